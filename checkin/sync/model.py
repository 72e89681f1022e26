"""The values a sync hands around: the table read from a source, a preview, the report, the errors.

These are what the window and the command line see; they carry sentences meant for the organizer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

# stage ("reading", "comparing", "writing"), done, total: for a progress bar in the window.
Progress = Callable[[str, int, int], None]

FIELDS: tuple[str, ...] = (
    "id",
    "code",
    "first_name",
    "last_name",
    "full_name",
    "email",
    "company",
    "ticket_type",
    "dietary",
    "accessibility",
    "notes",
    "status",
    "void",
    "attention",
)
"""What a column can be mapped to. `id` is the platform's ticket identity; `void` is a yes/no
column meaning cancelled (Tito); `attention` a yes/no "requires special attention" (pretix);
`ignore` (not listed) leaves a column out."""
IGNORE = "ignore"


class SyncError(Exception):
    """A sync that did not happen (nothing changed); the message is one sentence."""


class ReadCode(StrEnum):
    """Why a list could not be read, for a front end that says it in its own words."""

    OTHER = "other"  # said only in English (a platform's odd answer)
    MISSING = "missing"  # facts: the path
    FOLDER = "folder"  # facts: the path
    NOT_A_FILE = "not_a_file"  # facts: the path (a device, pipe or socket)
    DENIED = "denied"  # facts: the path
    UNREADABLE = "unreadable"  # facts: the path, the system's own words
    TOO_LARGE = "too_large"  # facts: the path
    EMPTY = "empty"  # facts: the file's name
    OLD_EXCEL = "old_excel"  # facts: the file's name
    WEB_PAGE = "web_page"  # facts: the file's name
    NOT_A_LIST = "not_a_list"  # facts: the file's name (neither CSV nor XLSX)
    ENCODING = "encoding"  # facts: the file's name, the encoding its start announced
    BAD_CSV = "bad_csv"  # facts: the file's name, the row, the CSV reader's words
    BAD_XLSX = "bad_xlsx"  # facts: the file's name
    TOO_MANY_CELLS = "too_many_cells"  # facts: the file's name, the limit
    NO_ROWS = "no_rows"  # facts: the file's name


class SourceUnreadable(SyncError):
    """The file is not a spreadsheet we can read, or has no name column; `str()` is the English
    sentence (the command line's), `code` and `facts` let a window say it in its language."""

    def __init__(
        self, sentence: str, code: ReadCode = ReadCode.OTHER, facts: tuple[str, ...] = ()
    ) -> None:
        super().__init__(sentence)
        self.code, self.facts = code, facts


class NoNameColumn(SourceUnreadable):
    """No column of the list holds names (a front end offers to choose one)."""


class SourceUnreachable(SyncError):
    """A URL that could not be fetched (no network at the venue, a dead link)."""


@dataclass(frozen=True)
class Table:
    """A spreadsheet as read: a header row and data rows of text, with their row numbers as the
    organizer would count them in a spreadsheet program (header = row 1)."""

    location: str  # the path or URL it came from
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numbers: tuple[int, ...]  # spreadsheet row number of each data row
    kind: str = "csv"  # csv | xlsx
    encoding: str = ""
    delimiter: str = ""
    fetched_at: datetime | None = None  # set when downloaded from a URL

    @property
    def is_url(self) -> bool:
        return self.fetched_at is not None


@dataclass(frozen=True)
class Preview:
    """What the import dialog shows before anything is written."""

    format: str
    columns: tuple[str, ...]
    mapping: dict[str, str]  # column → field, for every column that maps to something
    first_rows: tuple[tuple[str, ...], ...]
    row_count: int
    encoding: str = ""
    delimiter: str = ""
    # The rows an import would refuse, with why (broken, nameless, repeated…), before it runs.
    refused: tuple[RejectedRow, ...] = ()


class RowProblem(StrEnum):
    """Why a row of a list is not imported (the reason's sentence says it in English)."""

    WIDTH = "width"  # facts: the row's cells, the header's columns
    NO_NAME = "no_name"
    LONG_CODE = "long_code"
    REPEATED = "repeated"  # facts: the row it repeats
    SAME_CODE = "same_code"  # facts: the code, the row that has it
    CODE_TAKEN = "code_taken"  # facts: the code, who has it in another list


@dataclass(frozen=True)
class RejectedRow:
    number: int  # spreadsheet row number (header is row 1)
    reason: str
    # The reason's code and the values in its sentence, for a front end saying it in another
    # language; not part of the report's JSON.
    problem: RowProblem | None = field(default=None, compare=False)
    facts: tuple[str, ...] = field(default=(), compare=False)

    def __str__(self) -> str:
        return f"row {self.number}: {self.reason}"


@dataclass
class SyncReport:
    source: str
    location: str
    format: str
    added: int = 0
    updated: int = 0
    cancelled: int = 0
    unchanged: int = 0
    rejected: list[RejectedRow] = field(default_factory=list)
    dry_run: bool = False
    created_event: str = ""  # the name of the event a first sync created
    fetched_at: datetime | None = None
    mapping: dict[str, str] = field(default_factory=dict)
    # Cancelled by this sync while inside the venue: still counted on site (they are there),
    # but the organizer should know who they are.
    cancelled_inside: list[str] = field(default_factory=list)
    # A platform pull: tickets imported without an attendee name ("ORDER-1: name not given —
    # order ORDER"), what the event took from the platform and which list rules only the
    # platform checks (one sentence each), and the other devices' check-ins it brought.
    without_name: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    from_platform: dict[str, int] = field(default_factory=dict)

    def counts(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "updated": self.updated,
            "cancelled": self.cancelled,
            "unchanged": self.unchanged,
            "rejected": len(self.rejected),
        }

    def as_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "location": self.location,
            "format": self.format,
            **self.counts(),
            "rejected_rows": [{"row": r.number, "reason": r.reason} for r in self.rejected],
            "cancelled_inside": list(self.cancelled_inside),
            "dry_run": self.dry_run,
            "created_event": self.created_event or None,
            "fetched_at": None if self.fetched_at is None else self.fetched_at.isoformat(),
            "mapping": self.mapping,
            "without_name": list(self.without_name),
            "notes": list(self.notes),
            "checkins_from_platform": dict(self.from_platform),
        }
