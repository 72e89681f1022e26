"""Table rows to attendee records: names, status, ticket codes, identities, rejected rows.

A row is rejected, with its spreadsheet row number and a reason, when it has no name (a file's
row; a platform's ticket without one is imported as it is), more cells
than the header (usually a delimiter inside an unquoted cell), or repeats the ticket or code of an
earlier row. Rows without a code get a code signed with the event's secret, seeded by the row's
identity so that the same row gets the same code on every sync.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from checkin.core.ticket_codes import clean, issue_code
from checkin.db.sync_store import SYNCED_FIELDS, Values
from checkin.sync.formats import Layout
from checkin.sync.headers import fold_label
from checkin.sync.model import Progress, RejectedRow, RowProblem, Table

MAX_CODE_LENGTH = 200
_CANCELLED_WORDS = (
    "refund",
    "void",
    "cancel",
    "not attending",
    "deleted",
    "declined",
    "storniert",
    "abgesagt",
    "erstattet",
    "annul",
    "rembours",
    "cancelad",
    "anulad",
    "reembols",
    "annullat",
    "rimborsat",
    "geannuleerd",
    "terugbetaald",
)
# Answers to an optional question that mean "nothing to know": the desk should not show them.
_NOTHING = frozenset(
    {"no", "none", "n a", "na", "nil", "nothing", "nein", "keine", "non", "aucun", "aucune",
     "ninguna", "ninguno", "nessuna", "nessuno", "geen", "nee", "nej", "ei", "nie", "ne"}
)  # fmt: skip
_TRUE_WORDS = frozenset({"yes", "y", "true", "1", "x", "void", "voided", "ja", "oui", "si", "sí"})


class Record(NamedTuple):  # a tuple: a sync makes one for each of up to 50,000 rows
    number: int  # spreadsheet row number
    source_id: str  # the platform's ticket identity within its source
    values: Values  # in SYNCED_FIELDS order


@dataclass
class Conversion:
    records: list[Record] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    # Identities of rejected rows: a typo in a row must not cancel the attendee it describes.
    protected: set[str] = field(default_factory=set)


# Statuses and answers repeat thousands of times in one export: classify each text once.
@lru_cache(maxsize=4096)
def is_cancelled(status: str) -> bool:
    folded = fold_label(status)
    return any(word in folded for word in _CANCELLED_WORDS)


@lru_cache(maxsize=256)
def is_true(value: str) -> bool:
    return fold_label(value) in _TRUE_WORDS


@lru_cache(maxsize=4096)
def answer(value: str) -> str:
    """A question's answer, or "" when it says there is nothing ("No", "none", "n/a", "-")."""
    folded = fold_label(value)
    return "" if not folded or folded in _NOTHING else value


def split_name(full: str) -> tuple[str, str]:
    """First word, then the rest: keeps "van den Berg" and "Ó Súilleabháin" whole."""
    first, _, rest = full.partition(" ")
    return first, rest.strip()


Cell = Callable[[Sequence[str]], str]


def _cell(columns: list[int]) -> Cell:
    """How one field is read from a row: built once per sync, so that each of 50,000 rows costs
    a C-level item lookup per field rather than a search through the mapping."""
    if not columns:
        return _empty
    if len(columns) == 1:
        return itemgetter(columns[0])  # the usual case
    return lambda row: "; ".join(part for part in (row[i] for i in columns) if part)


def _empty(row: Sequence[str]) -> str:
    return ""


def _any_true(value: str) -> bool:
    return bool(value) and any(is_true(v) for v in value.split("; "))


def convert(
    table: Table, layout: Layout, source: str, secret: str, progress: Progress | None = None
) -> Conversion:
    width = len(table.columns)
    index = {c: i for i, c in enumerate(table.columns)}
    cell = {name: _cell([index[c] for c in layout.columns_for(name)]) for name in _ALL_FIELDS}
    first_of, last_of, full_of, code_of = (
        cell["first_name"], cell["last_name"], cell["full_name"], cell["code"]
    )  # fmt: skip
    email_of, id_of, status_of, void_of = cell["email"], cell["id"], cell["status"], cell["void"]
    attention_of, notes_of, company_of = cell["attention"], cell["notes"], cell["company"]
    type_of, dietary_of, access_of = cell["ticket_type"], cell["dietary"], cell["accessibility"]
    identity = [index[c] for c in layout.identity]
    out = Conversion()
    records, rejected, protected = out.records, out.rejected, out.protected
    seen_ids: dict[str, int] = {}
    seen_codes: dict[str, int] = {}
    total = len(table.rows)
    blank = ("",) * width
    # A platform's ticket is valid without an attendee name (not asked, not yet assigned): it
    # comes with its order's note and e-mail. A file's row without a name is a mistake.
    nameless_ok = table.kind == "api"

    for position, (number, row) in enumerate(zip(table.numbers, table.rows, strict=True)):
        if progress is not None and position % 2000 == 0:
            progress("reading", position, total)
        if len(row) != width:
            if len(row) > width and any(row[width:]):
                reason = f"has {len(row)} cells but the header has {width} columns"
                facts = (str(len(row)), str(width))
                rejected.append(RejectedRow(number, reason, RowProblem.WIDTH, facts))
                continue
            if len(row) < width and table.kind == "csv":
                # Every exporter writes each delimiter; a CSV row with cells missing is broken
                # (cut, or a note typed into the file), never an attendee with empty fields.
                cells = f"{len(row)} cell{'s' * (len(row) != 1)}"
                facts = (str(len(row)), str(width))
                reason = f"has {cells} but the header has {width}"
                rejected.append(RejectedRow(number, reason, RowProblem.WIDTH, facts))
                continue
            if len(row) < width:
                row = row + blank[len(row) :]  # a workbook's row: trailing empty cells omitted
        first, last = first_of(row), last_of(row)
        if not first and not last:
            first, last = split_name(full_of(row))
        code = code_of(row)
        code = code if code.isprintable() else clean(code)
        email = email_of(row)
        source_id = _identity(row, identity, id_of(row), code, email, first, last)
        if not first and not last and not nameless_ok:
            rejected.append(RejectedRow(number, "has no name", RowProblem.NO_NAME))
            protected.add(source_id)
            continue
        if len(code) > MAX_CODE_LENGTH:
            reason = "has a ticket code that is far too long"
            rejected.append(RejectedRow(number, reason, RowProblem.LONG_CODE))
            protected.add(source_id)
            continue
        if source_id in seen_ids:
            first_row = seen_ids[source_id]
            reason = f"repeats the ticket of row {first_row}"
            rejected.append(RejectedRow(number, reason, RowProblem.REPEATED, (str(first_row),)))
            continue
        if not code:
            code = issue_code(secret, seed=f"{source}\n{source_id}")
        if code in seen_codes:
            reason = f"has the same ticket code {code} as row {seen_codes[code]}"
            facts = (code, str(seen_codes[code]))
            rejected.append(RejectedRow(number, reason, RowProblem.SAME_CODE, facts))
            protected.add(source_id)
            continue
        seen_ids[source_id] = seen_codes[code] = number
        cancelled = is_cancelled(status_of(row)) or _any_true(void_of(row))
        notes = notes_of(row)
        if _any_true(attention_of(row)):
            notes = "; ".join(part for part in ("Requires special attention", notes) if part)
        # In SYNCED_FIELDS order: code first, status last.
        values = (
            code,
            first,
            last,
            email,
            company_of(row),
            type_of(row),
            answer(dietary_of(row)),
            answer(access_of(row)),
            notes,
            "cancelled" if cancelled else "active",
        )
        records.append(Record(number, source_id, values))
    if progress is not None:
        progress("reading", total, total)
    return out


_ALL_FIELDS = (*SYNCED_FIELDS, "id", "full_name", "void", "attention")


def _identity(
    row: Sequence[str],
    identity: Sequence[int],
    platform_id: str,
    code: str,
    email: str,
    first: str,
    last: str,
) -> str:
    """The platform's ticket identity: its id, else its identity columns, else the code, else
    who the row is (e-mail and name), which survives re-ordered and inserted rows."""
    if platform_id:
        return platform_id
    parts = [row[i].strip() if i < len(row) else "" for i in identity]
    if parts and all(parts):
        return "-".join(parts)
    if code:
        return code
    return "|".join(fold_label(part) for part in (email, first, last))
