"""Batches of badges: choosing whose (everyone, not yet printed, a selection), in what order, and
checking before printing that the bundled fonts can draw every name.

The night-before batch is sorted by last name the way people look for their badge on a table:
accents and other scripts folded (Ødegård files under O, Żółć under Z).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from anyascii import anyascii

from checkin.core.entities import Attendee
from checkin.core.folding import fold
from checkin.db.print_log import PrintLog
from checkin.db.repository import Repository
from checkin.paths import private_file
from checkin.printing.fonts import missing_glyphs
from checkin.printing.render import BadgeContent, BadgeRenderer, Progress


class UnknownCodes(LookupError):
    def __init__(self, codes: Sequence[str]) -> None:
        shown = ", ".join(codes[:5]) + (" …" if len(codes) > 5 else "")
        super().__init__(f"No ticket with code {shown}.")
        self.codes = list(codes)


def sort_key(attendee: Attendee) -> tuple[str, str, str]:
    return (
        fold(attendee.last_name, anyascii),
        fold(attendee.first_name, anyascii),
        attendee.code,
    )


def choose(
    repo: Repository, codes: Sequence[str] = (), *, only_unprinted: bool = False
) -> list[Attendee]:
    """Active attendees for a batch: the codes given (in that order) or everyone by last name."""
    if codes:
        found = [(code, repo.attendee_by_code(code)) for code in codes]
        unknown = [code for code, attendee in found if attendee is None]
        if unknown:
            raise UnknownCodes(unknown)
        chosen = [attendee for _, attendee in found if attendee is not None]
    else:
        chosen = sorted((a for a in repo.attendees() if not a.cancelled), key=sort_key)
    if only_unprinted:
        printed = PrintLog(repo).printed_attendee_ids()
        chosen = [a for a in chosen if a.id not in printed]
    return chosen


def glyph_problems(attendees: Sequence[Attendee]) -> dict[str, str]:
    """Ticket code → characters its badge would print as boxes (only the badges with some)."""
    problems = {}
    for attendee in attendees:
        missing = missing_glyphs(*BadgeContent.of(attendee).texts())
        if missing:
            problems[attendee.code] = missing
    return problems


def save_pdf(
    renderer: BadgeRenderer,
    attendees: Sequence[Attendee],
    path: Path,
    *,
    start_position: int = 0,
    progress: Progress | None = None,
) -> int:
    """Write the badges to one PDF file (atomically); returns the number of pages."""
    pdf = renderer.pdf(attendees, start_position, progress, title=path.stem)
    partial = private_file(path.with_name(path.name + ".part"), create=True)  # names: private
    partial.write_bytes(pdf)
    partial.replace(path)
    per_page = renderer.template.per_page
    return max(1, -(-(start_position + len(attendees)) // per_page))
