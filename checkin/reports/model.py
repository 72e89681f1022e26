"""What every export is made of, whatever the file format: titled sections of typed rows.

Writers (`tabular` for CSV and XLSX, `pdf`) only lay these out; which figures go in an export is
decided once, in `builders`, so a CSV and a PDF of the same export always agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

Cell = str | int | float | date | datetime | None


class Kind(StrEnum):
    HEADCOUNT = "headcount"
    DIETARY = "dietary"
    ATTENDEES = "attendees"
    CHECKINS = "checkins"


class Format(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    PDF = "pdf"


@dataclass(frozen=True)
class Section:
    name: str
    headers: tuple[str, ...]
    rows: list[tuple[Cell, ...]]
    # Relative column widths for the PDF (characters); XLSX measures the content instead.
    widths: tuple[int, ...] = ()


@dataclass(frozen=True)
class Arrivals:
    """One day's arrivals chart: first admissions per 10-minute bucket, zero-filled."""

    label: str  # "Day 1 · Mon 15 Feb"
    buckets: list[tuple[str, int]]  # ("09:10", 4)


@dataclass(frozen=True)
class Report:
    kind: Kind
    title: str
    subtitle: str
    sections: tuple[Section, ...]
    notes: tuple[str, ...] = ()
    charts: tuple[Arrivals, ...] = field(default=())
    wide: bool = False  # many columns: landscape pages in the PDF
