"""The desk's notes that are not a scan's verdict, in the volunteers' language: a text that
matches nobody or is no ticket, a badge's fate, what Ctrl+Z did, a write that failed.

Like the verdicts (`verdict_words`), each is said from the operations layer's code and facts with
Qt's placeholders; the panel shows them in the verdict colours.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from checkin.core.entities import Direction
from checkin.core.verdicts import Severity, UndoCode, UndoResult, shown_text
from checkin.operations.results import BadgeCode, BadgeNote
from checkin.operations.undo import BADGE_WITHDRAWN, Movement
from checkin.operations.walk_in import WalkInProblem, WalkInRefusal
from checkin.ui.language import fill
from checkin.ui.verdict_panel import VerdictPanel


def show_no_match(panel: VerdictPanel, text: str) -> None:
    walk_in = QCoreApplication.translate(
        "DeskController", "Not on the list? Ctrl+N registers a walk-in."
    )
    panel.show_note(Severity.CAUTION, no_match_headline(), no_match(text), walk_in)


def show_not_a_ticket(panel: VerdictPanel, text: str) -> None:
    panel.show_note(Severity.STOP, not_a_ticket_headline(), not_a_ticket(text))


def show_not_recorded(panel: VerdictPanel, error: Exception) -> None:
    """A write failed (the disk is full, another program holds the database)."""
    said = QCoreApplication.translate(
        "DeskController", "The desk could not save this: %1. Try again."
    )
    headline = QCoreApplication.translate("DeskController", "NOT RECORDED")
    panel.show_note(Severity.STOP, headline, fill(said, str(error)))


def show_undone(panel: VerdictPanel, result: UndoResult, shown: Movement | None) -> Severity:
    severity = Severity.CAUTION if result.done else Severity.STOP
    headline = (
        QCoreApplication.translate("DeskController", "UNDONE")
        if result.done
        else QCoreApplication.translate("DeskController", "NOT UNDONE")
    )
    panel.show_note(severity, headline, undo_said(result, shown))
    return severity


def badge_note(note: BadgeNote, name: str) -> str:
    """What became of a badge, by its code and the note's detail (the characters the badge font
    lacks; an error's own words, shown as they were said)."""
    said = {
        BadgeCode.GLYPHS_MISSING: fill(
            QCoreApplication.translate(
                "VerdictWords",
                "Badge not printed: the badge font cannot draw “%1” in %2. Correct the badge name "
                "(F2) to a spelling it can print.",
            ),
            note.detail,
            name,
        ),
        BadgeCode.UNAVAILABLE: QCoreApplication.translate(
            "VerdictWords", "Badge not printed: printing is not available on this desk right now."
        ),
        BadgeCode.FAILED: fill(
            QCoreApplication.translate(
                "VerdictWords", "Admitted, but the badge was not queued (%1); Ctrl+P prints it."
            ),
            note.detail,
        ),
        BadgeCode.NOT_SET_UP: QCoreApplication.translate(
            "VerdictWords", "No badge printed: printing is not set up here."
        ),
        BadgeCode.QUEUED: fill(
            QCoreApplication.translate("VerdictWords", "Badge for %1 sent to the printer."), name
        ),
        BadgeCode.REPRINT_QUEUED: fill(
            QCoreApplication.translate("VerdictWords", "Reprinting %1's badge."), name
        ),
        BadgeCode.ALREADY_QUEUED: fill(
            QCoreApplication.translate("VerdictWords", "%1's badge is already in the print queue."),
            name,
        ),
        BadgeCode.ALREADY_PRINTED: fill(
            QCoreApplication.translate("VerdictWords", "%1 already has a badge (Ctrl+P reprints)."),
            name,
        ),
    }
    return said.get(note.code, note.message) if name else note.message


def undo_said(result: UndoResult, shown: Movement | None) -> str:
    """What Ctrl+Z did, by its code and the facts the result carries."""
    if result.code in (UndoCode.TOO_LATE, UndoCode.OTHER_DESK) and result.facts:
        return undo_refused(result.code, dict(result.facts))
    if result.code is UndoCode.NOTHING and shown is None:
        return QCoreApplication.translate("VerdictWords", "Nothing to undo at this desk.")
    if shown is None:
        return result.message
    entering = shown.direction is Direction.IN
    if result.done:
        said = fill(
            QCoreApplication.translate("VerdictWords", "Undid %1's admission.")
            if entering
            else QCoreApplication.translate("VerdictWords", "Undid %1's exit."),
            shown.name,
        )
        if result.message.endswith(BADGE_WITHDRAWN):
            withdrawn = QCoreApplication.translate(
                "VerdictWords", "Their badge was taken off the print queue."
            )
            said = f"{said} {withdrawn}"
        return said
    if result.code is UndoCode.ALREADY_UNDONE:
        return fill(
            QCoreApplication.translate("VerdictWords", "%1's admission was already undone.")
            if entering
            else QCoreApplication.translate("VerdictWords", "%1's exit was already undone."),
            shown.name,
        )
    return result.message


def undo_refused(code: UndoCode, facts: dict[str, str]) -> str:
    """Too late to undo here, or the movement was another desk's: said from the refusal's facts."""
    entering = facts.get("direction") == Direction.IN.value
    if code is UndoCode.TOO_LATE:
        said = (
            QCoreApplication.translate(
                "VerdictWords",
                "Too late to undo %1's admission here (over %3 min); an organizer can run "
                "`checkin undo %2`.",
            )
            if entering
            else QCoreApplication.translate(
                "VerdictWords",
                "Too late to undo %1's exit here (over %3 min); an organizer can run "
                "`checkin undo %2`.",
            )
        )
        minutes = QLocale().toString(int(facts["minutes"]))
        return fill(said, facts["name"], facts["code"], minutes)
    at = datetime.fromisoformat(facts["at"])
    moment = QDateTime(at.year, at.month, at.day, at.hour, at.minute, 0)
    when = QLocale().toString(moment, QLocale.FormatType.ShortFormat)
    said = (
        QCoreApplication.translate(
            "VerdictWords",
            "%1's latest admission was made at desk %2 at %3; this desk undoes only its own.",
        )
        if entering
        else QCoreApplication.translate(
            "VerdictWords",
            "%1's latest exit was made at desk %2 at %3; this desk undoes only its own.",
        )
    )
    return fill(said, facts["name"], facts["desk"], when)


def walk_in_refused(refusal: WalkInRefusal) -> tuple[str, str]:
    """The headline and sentence of a walk-in the desk would not register."""
    if refusal.code is WalkInProblem.VENUE_FULL:
        return QCoreApplication.translate(
            "DeskController", "VENUE FULL"
        ), QCoreApplication.translate(
            "DeskController",
            "Nobody was registered: the venue is full. An organizer can unlock (Ctrl+L) and "
            "register the walk-in past capacity.",
        )
    headline = QCoreApplication.translate("DeskController", "NOT REGISTERED")
    return headline, refusal.message


def no_match_headline() -> str:
    return QCoreApplication.translate("VerdictWords", "NO MATCH")


def no_match(text: str) -> str:
    return fill(
        QCoreApplication.translate(
            "VerdictWords",
            "Nobody matches “%1”: check the spelling, or try their e-mail or company.",
        ),
        shown_text(text),
    )


def not_a_ticket_headline() -> str:
    return QCoreApplication.translate("VerdictWords", "STOP: NOT A TICKET")


def not_a_ticket(text: str) -> str:
    return fill(
        QCoreApplication.translate(
            "VerdictWords",
            "This code is not a ticket: it holds “%1”. Ask for the ticket's own QR code, or "
            "search their name.",
        ),
        shown_text(text),
    )
