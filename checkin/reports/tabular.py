"""CSV and XLSX writers. Both keep every value and make formula-like text inert.

CSV: one section is a plain table (header row, then rows). A report with several sections writes
them one after another, each with its own header row, separated by an empty line — the layout a
spreadsheet shows readably. XLSX: one sheet per section with typed cells (numbers, dates, times),
a bold frozen header row and column widths fitted to the content.
"""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell as SheetCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from checkin.reports.model import Cell, Report
from checkin.reports.safety import csv_text, looks_like_formula

_MAX_WIDTH = 60
# Sheet titles: at most 31 characters, none of these.
_SHEET_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


def _csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return csv_text(value)
    return str(value)


def write_csv(report: Report, out: Path) -> None:
    # utf-8-sig: Excel only reads a CSV as UTF-8 (Łukasz, Dvořák) when it starts with a BOM.
    with out.open("w", newline="", encoding="utf-8-sig") as handle:
        # Every field quoted: a `;`-separator locale must not split `Ann;=1+4` into a formula.
        writer = csv.writer(handle, quoting=csv.QUOTE_ALL)
        for number, section in enumerate(report.sections):
            if number:
                writer.writerow([])
            writer.writerow([csv_text(h) for h in section.headers])
            writer.writerows([_csv_cell(v) for v in row] for row in section.rows)


def write_xlsx(report: Report, out: Path) -> None:
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    bold = Font(bold=True)
    for section in report.sections:
        sheet = book.create_sheet(section.name.translate(_SHEET_FORBIDDEN)[:31])
        sheet.append(list(section.headers))
        for cell in sheet[1]:
            cell.font = bold
        widths = [len(h) for h in section.headers]
        for row_number, row in enumerate(section.rows, start=2):
            for column, value in enumerate(row, start=1):
                _put(sheet.cell(row=row_number, column=column), value)
                widths[column - 1] = max(widths[column - 1], _shown_length(value))
        for column, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = min(width + 2, _MAX_WIDTH)
        sheet.freeze_panes = "A2"
    notes = book.create_sheet("About")
    for line in (report.title, report.subtitle, *report.notes):
        notes.append([line])
    notes.column_dimensions["A"].width = _MAX_WIDTH * 2
    book.save(out)


def _put(cell: SheetCell, value: Cell) -> None:
    cell.value = value
    if isinstance(value, datetime):
        cell.number_format = "yyyy-mm-dd hh:mm:ss"
    elif isinstance(value, date):
        cell.number_format = "yyyy-mm-dd"
    elif isinstance(value, str) and looks_like_formula(value):
        # openpyxl turns text starting with "=" into a formula; force a text cell, and mark it
        # with the quote prefix so a spreadsheet re-editing the cell keeps it text too.
        cell.data_type = "s"
        cell.quotePrefix = True


def _shown_length(value: Cell) -> int:
    if isinstance(value, datetime):
        return 19
    if isinstance(value, date):
        return 10
    return len(str(value)) if value is not None else 0
