"""Undo rules: which movement "undo" takes back, and when a desk may not.

An undo always names one movement (a check-in's uuid). The window undoes exactly the movement it
showed, within a short time (`UNDO_WINDOW`: a mis-scan is noticed at once; later corrections are
an organizer's). `checkin undo CODE` takes back this desk's latest movement of the ticket; when
the latest movement was made at another desk — after a merge or over a venue hub — it refuses
and names that desk, unless asked to take it back anyway.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from checkin.core.entities import CheckIn, Direction
from checkin.core.ticket_codes import clean
from checkin.core.verdicts import UndoCode, UndoResult
from checkin.db.repository import Repository
from checkin.operations.badges import withdraw_for_undone_admission

UNDO_WINDOW = timedelta(minutes=2)


# Said after an undone admission whose waiting badge left the print queue.
BADGE_WITHDRAWN = "Their badge was taken off the print queue."


@dataclass(frozen=True)
class Movement:
    """A movement this desk recorded and showed: what Ctrl+Z takes back."""

    uuid: str
    code: str
    name: str
    at: datetime
    direction: Direction

    @property
    def verb(self) -> str:
        return "admission" if self.direction is Direction.IN else "exit"

    @classmethod
    def of(cls, checkin: CheckIn, code: str, name: str) -> Movement:
        return cls(checkin.uuid, code, name, checkin.at, checkin.direction)


def _verb(checkin: CheckIn) -> str:
    return "admission" if checkin.direction is Direction.IN else "exit"


def too_late(now: datetime, shown: Movement, window: timedelta = UNDO_WINDOW) -> UndoResult | None:
    """The refusal when the desk's short undo time for a movement it showed has passed."""
    if now - shown.at <= window:
        return None
    minutes = int(window.total_seconds() // 60)
    return UndoResult(
        False,
        f"Too late to undo {shown.name}'s {shown.verb} here (over {minutes} min); "
        f"an organizer can run `checkin undo {shown.code}`.",
        code=UndoCode.TOO_LATE,
        facts=(
            ("name", shown.name),
            ("code", shown.code),
            ("minutes", str(minutes)),
            ("direction", shown.direction.value),
        ),
    )


def undo_shown(repo: Repository, shown: Movement, window: timedelta = UNDO_WINDOW) -> UndoResult:
    """Take back the movement the desk just showed, if it is still recent and still counts."""
    late = too_late(repo.clock(), shown, window)
    return late or _take_back(repo, shown.uuid, shown.name, shown.verb)


def undo_latest(repo: Repository, code: str, any_desk: bool = False) -> UndoResult:
    """Take back the ticket's latest movement that still counts, if this desk made it."""
    attendee = repo.attendee_by_code(code)
    if attendee is None or attendee.id is None:
        return UndoResult(False, f"No ticket with code {clean(code)[:40]}.", code=UndoCode.UNKNOWN)
    name = attendee.display_name
    live = [c for c in repo.history(attendee.id) if not c.undone]
    if not live:
        return UndoResult(
            False, f"{name} has no check-in to undo.", attendee, code=UndoCode.NOTHING
        )
    latest = live[-1]  # history is in (time, insertion) order
    if latest.desk != repo.desk and not any_desk:
        event = repo.require_event()
        local = event.local_time(latest.at)
        when = local.strftime("%H:%M on %a %d %b").replace(" 0", " ")
        return UndoResult(
            False,
            f"{name}'s latest {_verb(latest)} was made at desk {latest.desk} at {when}; "
            "this desk undoes only its own (--any-desk takes it back anyway).",
            attendee,
            latest,
            UndoCode.OTHER_DESK,
            # The event's wall clock, for a front end saying it in its own language.
            (
                ("name", name),
                ("desk", latest.desk),
                ("at", local.replace(tzinfo=None).isoformat()),
                ("direction", latest.direction.value),
            ),
        )
    result = _take_back(repo, latest.uuid, name, _verb(latest))
    return UndoResult(result.done, result.message, attendee, result.checkin, result.code)


def _take_back(repo: Repository, movement: str, name: str, verb: str) -> UndoResult:
    undone = repo.undo_movement(movement)
    if undone is None:
        return UndoResult(
            False, f"{name}'s {verb} was already undone.", code=UndoCode.ALREADY_UNDONE
        )
    attendee = repo.attendee(undone.attendee_id)
    message = f"Undid {name}'s {verb}."
    if undone.direction is Direction.IN and withdraw_for_undone_admission(repo, undone.attendee_id):
        message += f" {BADGE_WITHDRAWN}"
    return UndoResult(True, message, attendee=attendee, checkin=undone)
