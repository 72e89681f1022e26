"""The values operations return: a scan with what became of its badge, a walk-in's details."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from checkin.core.verdicts import Verdict


class BadgeCode(StrEnum):
    """What became of a badge the desk was asked for (or would print after an admission)."""

    QUEUED = "queued"
    REPRINT_QUEUED = "reprint_queued"
    ALREADY_PRINTED = "already_printed"  # by this desk or another: Ctrl+P reprints
    ALREADY_QUEUED = "already_queued"
    NOT_SET_UP = "not_set_up"  # this desk has no printer
    GLYPHS_MISSING = "glyphs_missing"  # the badge font cannot draw the name
    UNAVAILABLE = "unavailable"  # the print queue is stopped or restarting
    FAILED = "failed"  # queuing raised after the check-in was saved


@dataclass(frozen=True)
class BadgeNote:
    code: BadgeCode
    message: str
    # What a front end needs to say the note in another language besides the name: the
    # characters the font lacks, or the error's own words. Not part of the --json answer.
    detail: str = ""

    @property
    def warning(self) -> bool:
        """Worth showing beside the verdict, not only in the status bar."""
        return self.code in {BadgeCode.GLYPHS_MISSING, BadgeCode.UNAVAILABLE, BadgeCode.FAILED,
                             BadgeCode.ALREADY_QUEUED}  # fmt: skip


@dataclass(frozen=True)
class ScanResult:
    """A scan as recorded, with what followed it."""

    verdict: Verdict
    badge: BadgeNote | None  # None: no badge was due (refused, exit, repeat, desk not printing)
    on_site: int | None  # people on site after it (None without an event)

    def to_dict(self) -> dict[str, object]:
        badge = None if self.badge is None else {"code": self.badge.code.value,
                                                 "message": self.badge.message}  # fmt: skip
        return {**self.verdict.to_dict(), "badge": badge, "on_site": self.on_site}


@dataclass(frozen=True)
class WalkInDetails:
    """Someone registering at the desk, as the walk-in form hands them over."""

    first_name: str
    last_name: str
    email: str
    company: str
    ticket_type: str
