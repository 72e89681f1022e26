"""The desk's answers in the volunteers' language: headlines, sentences and next steps by code.

The operations layer answers in English (the command line and its --json stay English) and gives
every answer a code and its facts (a time, a desk, counts). This catalogue says the same answer
again in the language installed, from the code and the facts, with Qt's placeholders — never by
gluing translated pieces together. Names are placed as they are, never translated.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from checkin.core.verdicts import (
    Outcome,
    RefusalCode,
    Severity,
    Verdict,
    WarningCode,
)
from checkin.ui.language import fill


# Every string is written out as QCoreApplication.translate("VerdictWords", …): lupdate finds
# translatable text only in that literal form.
def _headlines() -> dict[RefusalCode, str]:
    # Built on each call: the words follow the translator installed at that moment.
    return {
        RefusalCode.UNKNOWN: QCoreApplication.translate("VerdictWords", "STOP: UNKNOWN"),
        RefusalCode.CANCELLED: QCoreApplication.translate("VerdictWords", "STOP: CANCELLED"),
        RefusalCode.ALREADY_IN: QCoreApplication.translate("VerdictWords", "CHECK: ALREADY IN"),
        RefusalCode.NOT_TODAY: QCoreApplication.translate("VerdictWords", "CHECK: NOT TODAY"),
        RefusalCode.VENUE_FULL: QCoreApplication.translate("VerdictWords", "STOP: VENUE FULL"),
        RefusalCode.NOT_IN: QCoreApplication.translate("VerdictWords", "CHECK: NOT CHECKED IN"),
        RefusalCode.UNPAID: QCoreApplication.translate("VerdictWords", "STOP: UNPAID"),
        RefusalCode.PRODUCT: QCoreApplication.translate("VerdictWords", "STOP: NOT ON THIS LIST"),
        RefusalCode.RULES: QCoreApplication.translate("VerdictWords", "STOP: LIST RULES"),
        RefusalCode.REVOKED: QCoreApplication.translate("VerdictWords", "STOP: REVOKED"),
        RefusalCode.FORGED: QCoreApplication.translate("VerdictWords", "STOP: FORGED"),
    }


def _next_steps() -> dict[RefusalCode, str]:
    return {
        RefusalCode.ALREADY_IN: QCoreApplication.translate(
            "VerdictWords",
            "The same person as on the ticket? Let them through: they are counted already. "
            "Someone else? Call an organizer.",
        ),
        RefusalCode.NOT_TODAY: QCoreApplication.translate(
            "VerdictWords",
            "Not admitted. Only an organizer may let them in today, by registering them as a "
            "walk-in.",
        ),
        RefusalCode.NOT_IN: QCoreApplication.translate(
            "VerdictWords",
            "Nothing was recorded. Let them go if they are leaving; to admit people, switch back "
            "to check-in.",
        ),
        RefusalCode.VENUE_FULL: QCoreApplication.translate(
            "VerdictWords", "Not admitted. Only an organizer may admit past capacity."
        ),
        RefusalCode.CANCELLED: QCoreApplication.translate(
            "VerdictWords", "Not admitted. Send them to an organizer: they may hold a newer ticket."
        ),
        RefusalCode.UNKNOWN: QCoreApplication.translate(
            "VerdictWords",
            "Not admitted. Search their name instead; if they are not on the list, register "
            "them as a walk-in.",
        ),
    }


# The refusals the F1 help explains, in the order the core lists them.
HELPED_CODES = (
    RefusalCode.ALREADY_IN,
    RefusalCode.NOT_TODAY,
    RefusalCode.NOT_IN,
    RefusalCode.VENUE_FULL,
    RefusalCode.CANCELLED,
    RefusalCode.UNKNOWN,
)


def key_hint(code: RefusalCode | None) -> str:
    """The window's keys for the next step (the command line names its own options)."""
    hints = {
        RefusalCode.NOT_TODAY: QCoreApplication.translate(
            "VerdictWords", "The organizer registers them with Ctrl+N."
        ),
        RefusalCode.VENUE_FULL: QCoreApplication.translate(
            "VerdictWords", "Organizer: Ctrl+L, then Ctrl+Shift+A."
        ),
        RefusalCode.UNKNOWN: QCoreApplication.translate("VerdictWords", "Walk-in: Ctrl+N."),
        RefusalCode.NOT_IN: QCoreApplication.translate(
            "VerdictWords", "F8 switches back to check-in."
        ),
    }
    return hints.get(code, "") if code is not None else ""


def headline(verdict: Verdict) -> str:
    """The word above the name."""
    if verdict.outcome is Outcome.EXITED:
        return QCoreApplication.translate("VerdictWords", "EXITED")
    if verdict.outcome is Outcome.ADMITTED:
        if verdict.severity is Severity.ATTENTION:
            return QCoreApplication.translate("VerdictWords", "ADMITTED — ATTENTION")
        return (
            QCoreApplication.translate("VerdictWords", "ADMITTED — CHECK")
            if verdict.severity is Severity.CAUTION
            else QCoreApplication.translate("VerdictWords", "ADMITTED")
        )
    if verdict.code is None:
        return QCoreApplication.translate("VerdictWords", "STOP")
    return _headlines().get(verdict.code, verdict.headline)


def next_step(verdict: Verdict) -> str:
    """What to do now, with the window's keys for it; empty when nothing more is needed."""
    if verdict.code is not None:
        step = _next_steps().get(verdict.code, verdict.next_step)
        hint = key_hint(verdict.code)
        return f"{step} {hint}" if step and hint else step or hint
    if verdict.severity is Severity.ATTENTION:
        return QCoreApplication.translate("VerdictWords", "Let them in, and act on their note now.")
    return ""


def sentence(verdict: Verdict) -> str:
    """The answer's sentence, from its code and facts."""
    attendee = verdict.attendee
    name = (attendee.display_name or attendee.code) if attendee else ""
    facts = dict(verdict.facts)
    if verdict.repeated:
        return fill(
            QCoreApplication.translate("VerdictWords", "%1: this scan was already recorded."), name
        )
    if verdict.outcome is Outcome.ADMITTED:
        return fill(QCoreApplication.translate("VerdictWords", "Welcome, %1."), name)
    if verdict.outcome is Outcome.EXITED:
        return fill(
            QCoreApplication.translate("VerdictWords", "%1 has left; re-entry is allowed."), name
        )
    code = verdict.code
    if code is RefusalCode.UNKNOWN:
        return QCoreApplication.translate("VerdictWords", "No ticket has this code.")
    if code is RefusalCode.CANCELLED:
        return fill(QCoreApplication.translate("VerdictWords", "%1's ticket was cancelled."), name)
    if code is RefusalCode.NOT_IN:
        return fill(
            QCoreApplication.translate(
                "VerdictWords", "%1 is not checked in, so cannot be let out."
            ),
            name,
        )
    if code is RefusalCode.ALREADY_IN and "at" in facts:
        at = datetime.fromisoformat(facts["at"])
        when = QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)
        return fill(
            QCoreApplication.translate(
                "VerdictWords", "%1 is already in: admitted at %2 at desk %3."
            ),
            name,
            when,
            facts["desk"],
        )
    if code is RefusalCode.NOT_TODAY and "event_days" in facts:
        return fill(
            QCoreApplication.translate(
                "VerdictWords", "Today (%1) is not a day of the event; it runs %2."
            ),
            _day(facts["today"]),
            _days(facts["event_days"]),
        )
    if code is RefusalCode.NOT_TODAY and "ticket_days" in facts:
        return fill(
            QCoreApplication.translate(
                "VerdictWords", "%1's ticket is valid on %2, not today (%3)."
            ),
            name,
            _days(facts["ticket_days"]),
            _day(facts["today"]),
        )
    if code is RefusalCode.VENUE_FULL and "capacity" in facts:
        return fill(
            QCoreApplication.translate(
                "VerdictWords",
                "The venue is full: %1 of %2 are on site. An organizer can override.",
            ),
            _number(facts["on_site"]),
            _number(facts["capacity"]),
        )
    generic = {
        RefusalCode.UNPAID: QCoreApplication.translate(
            "VerdictWords", "The order of this ticket is not paid yet."
        ),
        RefusalCode.PRODUCT: QCoreApplication.translate(
            "VerdictWords", "This ticket's product is not on the desk's check-in list."
        ),
        RefusalCode.RULES: QCoreApplication.translate(
            "VerdictWords", "A rule of the check-in list refuses this ticket now."
        ),
        RefusalCode.REVOKED: QCoreApplication.translate(
            "VerdictWords", "The ticketing platform has revoked this ticket."
        ),
        RefusalCode.FORGED: QCoreApplication.translate(
            "VerdictWords", "This code looks like a signed ticket, but not one of this event."
        ),
    }
    return generic.get(code, verdict.message) if code is not None else verdict.message


def warnings(verdict: Verdict) -> list[str]:
    """The admission's warnings, one sentence each (an unknown code keeps its English)."""
    facts = dict(verdict.facts)
    on_site, capacity = _number(facts.get("on_site", "0")), _number(facts.get("capacity", "0"))
    said = {
        WarningCode.NEARLY_FULL: fill(
            QCoreApplication.translate("VerdictWords", "Venue nearly full: %1 of %2 on site."),
            on_site,
            capacity,
        ),
        WarningCode.FULL: fill(
            QCoreApplication.translate("VerdictWords", "The venue is full: %1 of %2 are on site."),
            on_site,
            capacity,
        ),
        WarningCode.OVERRIDE: QCoreApplication.translate(
            "VerdictWords", "Admitted by organizer override."
        ),
    }
    return [
        said.get(code, verdict.warnings[index] if index < len(verdict.warnings) else "")
        for index, code in enumerate(verdict.warning_codes)
    ]


def _day(iso: str) -> str:
    day = date.fromisoformat(iso)
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def _days(isos: str) -> str:
    return ", ".join(_day(iso) for iso in isos.split())


def _number(text: str) -> str:
    return QLocale().toString(int(text))
