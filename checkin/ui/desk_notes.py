"""The desk's notes that are not a scan's verdict, in the volunteers' language: a text that
matches nobody or is no ticket, a badge's fate, what Ctrl+Z did, a write that failed.

Like the verdicts (`verdict_words`), each is said from the operations layer's code and facts with
Qt's placeholders; the panel shows them in the verdict colours.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from checkin.core.entities import Direction
from checkin.core.verdicts import Severity, UndoCode, UndoResult, shown_text
from checkin.operations.results import BadgeCode, BadgeNote
from checkin.operations.undo import BADGE_WITHDRAWN, Movement
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


def show_undone(panel: VerdictPanel, result: UndoResult, shown: Movement) -> Severity:
    severity = Severity.CAUTION if result.done else Severity.STOP
    headline = (
        QCoreApplication.translate("DeskController", "UNDONE")
        if result.done
        else QCoreApplication.translate("DeskController", "NOT UNDONE")
    )
    panel.show_note(severity, headline, undo_said(result, shown))
    return severity


def badge_note(note: BadgeNote, name: str) -> str:
    """What became of a badge, by its code; the rare notes carrying a printer's or font's own
    words (unavailable, glyphs missing, failed) are shown as the operations layer said them."""
    said = {
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
    """What Ctrl+Z did, by its code; a refusal whose facts the result does not carry (too late,
    another desk's movement) is shown as the operations layer said it."""
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
