"""Hostile names stay present and inert in CSV and XLSX; catering exports carry no personal data."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from checkin.core.catering import as_written
from checkin.core.entities import Attendee
from checkin.db.repository import Repository
from checkin.reports.export import export
from checkin.reports.model import Format, Kind
from checkin.reports.safety import csv_text
from tests.fakes import FixedClock, person

HOSTILE = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "\tTab", "\rReturn"]


def hostile_people() -> list[Attendee]:
    return [
        person(f"H{n}", first, "Ødegård", company=first, dietary=first, notes=first,
               email=f"h{n}@example.org")
        for n, first in enumerate(HOSTILE)
    ]  # fmt: skip


@pytest.fixture
def hostile(repo: Repository, clock: FixedClock) -> Repository:
    repo.add_attendees(hostile_people())
    for n in range(len(HOSTILE)):
        clock.advance(minutes=1)
        assert repo.decide_and_record(f"H{n}").accepted
    return repo


@pytest.mark.parametrize("kind", [Kind.ATTENDEES, Kind.CHECKINS, Kind.DIETARY])
def test_csv_neutralises_formula_text_and_keeps_it(
    hostile: Repository, tmp_path: Path, kind: Kind
) -> None:
    out = export(hostile, kind, tmp_path / "x.csv", Format.CSV)
    with out.open(newline="", encoding="utf-8-sig") as handle:
        cells = [c for row in csv.reader(handle) for c in row]
    for text in HOSTILE:
        if kind is Kind.CHECKINS:
            text = f"{text} Ødegård"  # the name column holds the full name
        if kind is Kind.DIETARY:
            text = as_written(text)  # answers are listed trimmed to one line
        assert csv_text(text) in cells, text
    assert all(not c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in cells)


@pytest.mark.parametrize("kind", [Kind.ATTENDEES, Kind.CHECKINS])
def test_xlsx_stores_formula_text_as_text(hostile: Repository, tmp_path: Path, kind: Kind) -> None:
    out = export(hostile, kind, tmp_path / "x.xlsx", Format.XLSX)
    sheet = openpyxl.load_workbook(out).worksheets[0]
    found = {cell.value: cell.data_type for row in sheet.iter_rows(min_row=2) for cell in row}
    for text in HOSTILE:
        value = text if kind is Kind.ATTENDEES else f"{text} Ødegård"
        value = value.replace("\r", "\n")  # XML itself reads a bare CR back as a line feed
        assert found.get(value) == "s", value
    with zipfile.ZipFile(out) as archive:
        xml = "".join(archive.read(n).decode() for n in archive.namelist() if "sheet" in n)
    assert "<f>" not in xml and "<f " not in xml  # no formula anywhere


def test_catering_exports_carry_no_personal_data(hostile: Repository, tmp_path: Path) -> None:
    hostile.add_attendee(
        person("SECRET-CODE-1", "Łukasz", "Wójcik", email="lukasz.wojcik@example.org",
               company="Codethink", dietary="vegetarisch", notes="VIP", badge_name="Luke W")
    )  # fmt: skip
    assert hostile.decide_and_record("SECRET-CODE-1").accepted
    personal = ["Łukasz", "Wójcik", "lukasz.wojcik", "Codethink", "SECRET-CODE-1", "Luke W",
                "Ødegård", "example.org", "VIP"]  # fmt: skip
    for kind in (Kind.HEADCOUNT, Kind.DIETARY):
        texts = []
        csv_out = export(hostile, kind, tmp_path / f"{kind}.csv", Format.CSV)
        texts.append(csv_out.read_text("utf-8-sig"))
        book = openpyxl.load_workbook(export(hostile, kind, tmp_path / f"{kind}.xlsx", Format.XLSX))
        texts += [str(v) for s in book.worksheets for row in s.values for v in row]
        reader = PdfReader(export(hostile, kind, tmp_path / f"{kind}.pdf", Format.PDF))
        texts += [page.extract_text() for page in reader.pages]
        everything = "\n".join(texts)
        for secret in personal:
            assert secret not in everything, (kind, secret)
    assert "Vegetarian" in everything  # the grouped answer is there, the person is not


# What a spreadsheet would run, hidden behind a separator, blanks or a line feed → as exported.
HIDDEN = {
    "Ann;=1+4": "Ann;'=1+4",
    " =1+2": "' =1+2",
    "\u00a0=1+3": "'\u00a0=1+3",
    "\n=1+4": "\n'=1+4",
    "\ufeff@SUM(A1)": "'\ufeff@SUM(A1)",
    "\u3000-5": "'\u3000-5",
}


def test_csv_quotes_every_field_and_sees_formulas_behind_blanks(
    repo: Repository, tmp_path: Path
) -> None:
    repo.add_attendees(
        [
            person(f"Q{n}", first, "Lee", company=first, notes=first, email=f"q{n}@example.org")
            for n, first in enumerate(HIDDEN)
        ]
    )
    out = export(repo, Kind.ATTENDEES, tmp_path / "x.csv", Format.CSV)
    text = out.read_bytes().decode("utf-8-sig")
    with out.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    again = io.StringIO(newline="")
    csv.writer(again, quoting=csv.QUOTE_ALL).writerows(rows)
    assert text == again.getvalue()  # every field of every row is quoted
    cells = {c for row in rows for c in row}
    for hidden, exported in HIDDEN.items():
        assert exported in cells, repr(hidden)  # kept, and inert behind its apostrophe
    # A spreadsheet in a `;`-separator locale: no cell it reads out of the file is a formula.
    with out.open(newline="", encoding="utf-8-sig") as handle:
        semicolon = [c for row in csv.reader(handle, delimiter=";") for c in row]
    blanks = " \u00a0\u3000\ufeff\n\t\r"
    assert not [c for c in semicolon if c.lstrip(blanks).startswith(("=", "+", "-", "@"))]
