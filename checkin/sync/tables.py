"""Bytes to a table of text: XLSX through openpyxl, CSV in the encodings and dialects real
exports arrive in (UTF-8 with or without BOM, UTF-16 from Excel's "Unicode text", cp1252; comma,
semicolon or tab; CRLF; newlines inside quoted cells).

Anything that is not a readable table raises `SourceUnreadable` with one sentence, naming the row
where there is one.
"""

from __future__ import annotations

import csv
import gc
import io
import warnings
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from typing import Any

from checkin.core.cleaning import single_line
from checkin.sync.fetch import display_name
from checkin.sync.model import ReadCode, SourceUnreadable, Table

_DELIMITERS = (",", ";", "\t")
# Cells a workbook may hand over (50,000 rows × 100 columns), counted as openpyxl pads them: far
# above a real attendee list, far below what a forged `<dimension>` or one far-off cell can claim.
MAX_CELLS = 5_000_000
_TEXT_CONTROLS = {"\t", "\n", "\r"}
_NOT_A_LIST = "{} is not a spreadsheet (CSV or XLSX)."
_BAD_XLSX = "{} cannot be read as an XLSX workbook."


@contextmanager
def paused_gc() -> Iterator[None]:
    """Building hundreds of thousands of small lists makes the cyclic garbage collector rescan
    them again and again (reading 50,000 rows took 3× longer); none of them form cycles."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read_table(data: bytes, location: str, fetched_at: datetime | None = None) -> Table:
    with paused_gc():
        return _read_table(data, location, fetched_at)


def _read_table(data: bytes, location: str, fetched_at: datetime | None) -> Table:
    name = display_name(location)
    if not data.strip():
        raise SourceUnreadable(f"{name} is empty.", ReadCode.EMPTY, (name,))
    if data.startswith(b"PK\x03\x04"):
        columns, rows, numbers = _xlsx_rows(data, name)
        return _table(location, name, columns, rows, numbers, "xlsx", "", "", fetched_at)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise SourceUnreadable(
            f"{name} is an old Excel .xls workbook: save it as .xlsx or CSV.",
            ReadCode.OLD_EXCEL,
            (name,),
        )
    text, encoding = _decode(data, name)
    head = text.lstrip()[:200].lower()
    if head.startswith("<") and ("<html" in head or "<!doctype" in head):
        raise SourceUnreadable(
            f"{name} is a web page, not a spreadsheet (is it a download link?).",
            ReadCode.WEB_PAGE,
            (name,),
        )
    delimiter = _delimiter(text)
    records = _csv_records(text, delimiter, name)
    return _table(location, name, *records, "csv", encoding, delimiter, fetched_at)


def _decode(data: bytes, name: str) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data, "utf-8-sig", name), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", name), "utf-16"
    sample = data[:4096]
    # UTF-16 without a BOM: every other byte of mostly-ASCII text is zero.
    if len(sample) >= 4 and sample[1::2].count(0) > len(sample) // 4:
        return _strict(data, "utf-16-le", name), "utf-16-le"
    if len(sample) >= 4 and sample[0::2].count(0) > len(sample) // 4:
        return _strict(data, "utf-16-be", name), "utf-16-be"
    if b"\x00" in data:
        raise SourceUnreadable(_NOT_A_LIST.format(name), ReadCode.NOT_A_LIST, (name,))
    for encoding in ("utf-8", "cp1252"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        break
    else:
        encoding, text = "latin-1", data.decode("latin-1")
    controls = sum(1 for ch in text[:20000] if ch < " " and ch not in _TEXT_CONTROLS)
    if controls > len(text[:20000]) // 100:
        raise SourceUnreadable(_NOT_A_LIST.format(name), ReadCode.NOT_A_LIST, (name,))
    return text, encoding


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise SourceUnreadable(
            f"{name} is not valid {encoding} text.", ReadCode.ENCODING, (name, encoding)
        ) from error


def _delimiter(text: str) -> str:
    """The delimiter that splits the header line into the most columns (comma on a tie)."""
    first = text.lstrip("\r\n").splitlines()[0] if text.strip("\r\n") else ""
    counts = {d: _cells(first, d) for d in _DELIMITERS}
    return max(_DELIMITERS, key=lambda d: (counts[d], d == ","))


def _cells(line: str, delimiter: str) -> int:
    try:
        return len(next(csv.reader([line], delimiter=delimiter), []))
    except csv.Error:  # a broken header line: the full read reports it with its row
        return line.count(delimiter) + 1


def _csv_records(
    text: str, delimiter: str, name: str
) -> tuple[list[str], list[tuple[str, ...]], list[int]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[list[str]] = []
    try:
        for record in reader:
            records.append(record)
    except csv.Error as error:
        row = len(records) + 1
        raise SourceUnreadable(
            f"{name} cannot be read as CSV at row {row}: {error}.",
            ReadCode.BAD_CSV,
            (name, str(row), str(error)),
        ) from error
    numbered = [(n, r) for n, r in enumerate(records, start=1)]
    return _split_header(numbered, name)


def _xlsx_rows(data: bytes, name: str) -> tuple[list[str], list[tuple[str, ...]], list[int]]:
    from openpyxl import load_workbook  # only XLSX sources pay for importing it

    try:
        with warnings.catch_warnings():
            # openpyxl warns about styles and extensions it drops; they do not matter here.
            warnings.simplefilter("ignore")
            book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                numbered = _sheet_rows(book.worksheets[0], name)
            finally:
                book.close()
    except SourceUnreadable:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, IndexError) as error:
        raise SourceUnreadable(_BAD_XLSX.format(name), ReadCode.BAD_XLSX, (name,)) from error
    except Exception as error:  # openpyxl raises its own types for damaged workbooks
        raise SourceUnreadable(_BAD_XLSX.format(name), ReadCode.BAD_XLSX, (name,)) from error
    return _split_header(numbered, name)


def _sheet_rows(sheet: Any, name: str) -> list[tuple[int, list[str]]]:
    """The non-empty rows of a read-only sheet, sized by the cells it really holds.

    The sheet's `<dimension>` is only a claim: openpyxl pads every row to its width and every gap
    to its height, so a 2 kB file claiming A1:XFD1048576 would become 17 billion cells. With the
    claim dropped, rows are as wide as their last cell, and the cells handed over are counted.
    """
    sheet.reset_dimensions()
    numbered: list[tuple[int, list[str]]] = []
    budget = MAX_CELLS
    for number, values in enumerate(sheet.iter_rows(min_row=1, min_col=1, values_only=True), 1):
        budget -= max(1, len(values))
        if budget < 0:
            raise SourceUnreadable(
                f"{name} holds more than {MAX_CELLS:,} cells, too many for an attendee list.",
                ReadCode.TOO_MANY_CELLS,
                (name, str(MAX_CELLS)),
            )
        cells = [_cell_text(v) for v in values]
        while cells and not cells[-1]:
            cells.pop()  # the width of one stray far-right cell is not every row's
        if cells:
            numbered.append((number, cells))
    return numbered


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a barcode typed into Excel arrives as 1.2e21-ish floats
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value)


def _split_header(
    numbered: list[tuple[int, list[str]]], name: str
) -> tuple[list[str], list[tuple[str, ...]], list[int]]:
    cleaned = [(n, _clean_row(row)) for n, row in numbered]
    filled = [(n, row) for n, row in cleaned if any(row)]
    if not filled:
        raise SourceUnreadable(f"{name} is empty.", ReadCode.EMPTY, (name,))
    (_, header), body = filled[0], filled[1:]
    while header and not header[-1]:
        header.pop()  # trailing empty header cells from a spreadsheet's formatting
    columns = _unique_columns(header)
    return columns, [tuple(row) for _, row in body], [n for n, _ in body]


def _clean_row(row: list[str]) -> list[str]:
    joined = "".join(row)
    if joined.isprintable() and "  " not in joined:
        return list(map(str.strip, row))  # nearly every row: no need to look at each character
    return [single_line(cell) for cell in row]


def _unique_columns(header: list[str]) -> list[str]:
    columns: list[str] = []
    seen: dict[str, int] = {}
    for position, cell in enumerate(header, start=1):
        label = cell.lstrip("\ufeff").strip() or f"Column {position}"
        seen[label] = seen.get(label, 0) + 1
        columns.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return columns


def _table(
    location: str,
    name: str,
    columns: list[str],
    rows: list[tuple[str, ...]],
    numbers: list[int],
    kind: str,
    encoding: str,
    delimiter: str,
    fetched_at: datetime | None,
) -> Table:
    if not rows:
        raise SourceUnreadable(
            f"{name} has a header row but no attendee rows.", ReadCode.NO_ROWS, (name,)
        )
    return Table(
        location=location,
        columns=tuple(columns),
        rows=tuple(rows),
        numbers=tuple(numbers),
        kind=kind,
        encoding=encoding,
        delimiter=delimiter,
        fetched_at=fetched_at,
    )
