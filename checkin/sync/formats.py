"""Which platform wrote a table, and which column holds which attendee field.

Each platform is recognised by a few header names only it uses; its own columns are mapped
exactly (so Eventbrite's "Buyer First Name" never becomes the attendee's name), and the columns it
leaves over (custom questions such as dietary requirements) go through the generic heuristics.
`--map COLUMN=FIELD` has the last word.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from checkin.sync import headers
from checkin.sync.headers import fold_label
from checkin.sync.model import FIELDS, IGNORE, NoNameColumn, SyncError

FORMATS = ("eventbrite", "pretix", "tito", "generic")
# A field several columns may feed: their answers are joined.
JOINABLE = frozenset({"dietary", "accessibility", "notes"})


@dataclass(frozen=True)
class Platform:
    name: str
    signature: frozenset[str]  # folded headers only this platform writes
    needed: int  # how many of them make the format certain
    columns: Mapping[str, str]  # folded header → field (or IGNORE)
    identity: tuple[str, ...] = ()  # folded headers making the ticket identity without an id


def _platform(
    name: str, signature: str, needed: int, columns: dict[str, str], *identity: str
) -> Platform:
    return Platform(
        name,
        frozenset(fold_label(h) for h in signature.split("|")),
        needed,
        {fold_label(h): f for h, f in columns.items()},
        tuple(fold_label(h) for h in identity),
    )


PLATFORMS = (
    _platform(
        "eventbrite",
        "Order #|Attendee #|Barcode #|Attendee Status|Buyer Last Name",
        2,
        {
            "First Name": "first_name",
            "Last Name": "last_name",
            "Email": "email",
            "Company": "company",
            "Ticket Type": "ticket_type",
            "Attendee #": "id",
            "Barcode #": "code",
            "Attendee Status": "status",
            "Buyer First Name": IGNORE,
            "Buyer Last Name": IGNORE,
            "Buyer Email": IGNORE,
            "Order Type": IGNORE,
            "Event Name": IGNORE,
        },
    ),
    _platform(
        "pretix",
        "Order code|Secret|Attendee name|Product|Requires special attention",
        3,
        {
            "Attendee name": "full_name",
            "Attendee name: Given name": "first_name",
            "Attendee name: Family name": "last_name",
            "Attendee name: First name": "first_name",
            "Attendee name: Last name": "last_name",
            "Product": "ticket_type",
            "Secret": "code",
            "Email": "email",
            "E-mail": "email",
            "Company": "company",
            "Attendee company": "company",
            "Requires special attention": "attention",
            "Comment": "notes",
            "Status": "status",
            "Order status": "status",
            "Position ID": IGNORE,  # numbers positions within an order: see identity
            "Invoice address name": IGNORE,
            "Invoice address company": IGNORE,
        },
        "Order code",
        "Position ID",
    ),
    _platform(
        "tito",
        "Ticket Reference|Ticket First Name|Ticket Last Name|Ticket Full Name|Void|Order Reference",
        2,
        {
            "Ticket Reference": "code",
            "Ticket First Name": "first_name",
            "Ticket Last Name": "last_name",
            "Ticket Full Name": "full_name",
            "Ticket Email": "email",
            "Ticket Company Name": "company",
            "Ticket": "ticket_type",
            "Release": "ticket_type",
            "Void": "void",
            "Void Status": "void",
            "Ticket Status": "status",
            "Order Name": IGNORE,
            "Order Email": IGNORE,
            "Order Company Name": IGNORE,
            "Event": IGNORE,
        },
    ),
)
_BY_NAME = {p.name: p for p in PLATFORMS}


@dataclass(frozen=True)
class Layout:
    """A table's format and column mapping (column → field), as used for a sync."""

    format: str
    mapping: dict[str, str]
    identity: tuple[str, ...] = ()  # columns making the ticket identity when no id/code column

    def columns_for(self, field: str) -> list[str]:
        return [column for column, mapped in self.mapping.items() if mapped == field]


def detect(columns: Sequence[str]) -> str:
    folded = {fold_label(c) for c in columns}
    scores = [(len(p.signature & folded), p) for p in PLATFORMS]
    score, best = max(scores, key=lambda item: item[0])
    return best.name if score >= best.needed else "generic"


def layout(columns: Sequence[str], fmt: str = "auto", overrides: Mapping[str, str] = {}) -> Layout:
    """Detect (or take) the format and map every column; raises when no name column is found."""
    if fmt not in (*FORMATS, "auto"):
        raise SyncError(f"Unknown format {fmt!r}; use one of auto, {', '.join(FORMATS)}.")
    fmt = detect(columns) if fmt == "auto" else fmt
    platform = _BY_NAME.get(fmt)
    mapping: dict[str, str] = {}
    taken: set[str] = set()

    def assign(column: str, field: str) -> None:
        if field == IGNORE or field in JOINABLE or field not in taken:
            mapping[column] = field
            taken.add(field)

    if platform is not None:
        for column in columns:
            field = platform.columns.get(fold_label(column))
            if field is not None:
                assign(column, field)
    for column in columns:
        if column in mapping:
            continue
        field = headers.exact_field(column) or headers.question_field(column)
        if field is not None:
            assign(column, field)
    for column, field in _resolve_overrides(columns, overrides).items():
        if field not in JOINABLE and field != IGNORE:
            for other in [c for c, f in mapping.items() if f == field]:
                del mapping[other]
        mapping[column] = field
    mapping = {c: f for c, f in mapping.items() if f != IGNORE}
    if not {"first_name", "last_name", "full_name"} & set(mapping.values()):
        raise NoNameColumn(
            "Found no name column (such as First name, Last name, Name, Vorname, Prénom); "
            "name one with --map COLUMN=full_name."
        )
    identity: tuple[str, ...] = ()
    if platform is not None:
        present = {fold_label(c): c for c in columns}
        if all(h in present for h in platform.identity):
            identity = tuple(present[h] for h in platform.identity)
    return Layout(fmt, {c: mapping[c] for c in columns if c in mapping}, identity)


def parse_overrides(pairs: Sequence[str]) -> dict[str, str]:
    """`COLUMN=FIELD` arguments as given on the command line (the last `=` splits)."""
    overrides: dict[str, str] = {}
    for pair in pairs:
        column, sep, field = pair.rpartition("=")
        if not sep or not column.strip():
            raise SyncError(f"--map wants COLUMN=FIELD, not {pair!r}.")
        overrides[column.strip()] = field.strip()
    return overrides


def _resolve_overrides(columns: Sequence[str], overrides: Mapping[str, str]) -> dict[str, str]:
    by_fold = {fold_label(c): c for c in columns}
    resolved: dict[str, str] = {}
    for column, field in overrides.items():
        field = field.strip().lower()
        if field not in (*FIELDS, IGNORE):
            raise SyncError(
                f"--map: {field!r} is not a field; use one of {', '.join(FIELDS)} or {IGNORE}."
            )
        actual = column if column in columns else by_fold.get(fold_label(column))
        if actual is None:
            shown = ", ".join(columns[:12]) + (", …" if len(columns) > 12 else "")
            raise SyncError(f"--map: the file has no column {column!r} (it has: {shown}).")
        resolved[actual] = field
    return resolved
