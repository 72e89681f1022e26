"""What the kiosk says, in the language its screen shows: the attendee's prompts and answers, said
from the operations layer's codes and facts (`checkin.operations.kiosk`), and the organizer's
PIN prompt.

One translation context, "KioskWords" (this class's name), holds every sentence of the kiosk,
so that a translator sees the attendee's whole conversation together. Names (the event's, the
attendee's first name) arrive through Qt's placeholders and are never translated.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from checkin.operations.kiosk import MIN_SURNAME, Answer, Ask, KioskResult, Lookup
from checkin.operations.organizer_pin import PinCheck, PinState
from checkin.ui.language import fill

WRONG_PIN = "Wrong PIN."  # the PIN store's answer to a wrong PIN (its other answers say more)


class KioskWords(QObject):
    """The kiosk's sentences; each is looked up when said, so a language chosen a moment ago
    (the attendee's button, the home's at idle) is the one spoken."""

    def title(self) -> str:
        return self.tr("Check-in kiosk")

    def welcome(self, event_name: str | None) -> str:
        return fill(self.tr("Welcome to %1"), event_name) if event_name else self.tr("Welcome")

    def prompt(self) -> str:
        return self.tr("Scan your ticket — or type your surname or your e-mail, then Enter.")

    def field_name(self) -> str:
        return self.tr("Surname, e-mail or ticket")

    def lookup_said(self, lookup: Lookup) -> str:
        """Why nobody is offered to pick, and what to do; empty when there are people to pick."""
        if lookup.ask is Ask.WAIT:
            return self.tr("Please wait %n second(s), then try again.", "", lookup.wait)
        if lookup.ask is Ask.MORE_LETTERS:
            return self.tr("Please type at least %n letter(s) of your surname.", "", MIN_SURNAME)
        if lookup.ask is Ask.NOT_FOUND:
            return self.tr("We could not find you. Please check the spelling, or see the desk.")
        if lookup.ask is Ask.TOO_MANY:
            return self.tr("Many people match: please type more letters of your surname.")
        return ""

    def which_one(self) -> str:
        return self.tr("Which one is you?")

    def back(self) -> str:
        return self.tr("Back")

    def this_is_me(self) -> str:
        return self.tr("This is me")

    def not_me(self) -> str:
        return self.tr("Not me")

    def is_this_you(self, label: str) -> str:
        return fill(self.tr("Is this you? %1"), label)

    def answer_said(self, result: KioskResult, printing: bool, pickup: str = "") -> tuple[str, str]:
        """The answer's headline and the line under it. The reason a person must look is kept for
        the organizer; the attendee, in front of the queue, is only sent to the desk."""
        if result.answer is Answer.ADMITTED:
            headline = (
                fill(self.tr("Welcome, %1!"), result.first_name)
                if result.first_name
                else self.tr("Welcome!")
            )
            if not printing:
                return headline, self.tr(
                    "You are checked in: please collect your badge at the desk."
                )
            if pickup:
                return headline, fill(self.tr("Your badge is printing: pick it up at %1."), pickup)
            return headline, self.tr("Your badge is printing: pick it up at the badge table.")
        return (
            self.tr("Please see the desk — we need to check your ticket."),
            self.tr("A volunteer at the desk will help you."),
        )

    def not_recorded(self) -> tuple[str, str]:
        return self.tr("Please see the desk."), self.tr(
            "The kiosk could not check you in just now."
        )

    def pin_name(self) -> str:
        return self.tr("Organizer PIN")

    def pin_prompt(self) -> str:
        return self.tr("Organizer: type the PIN and Enter to leave the kiosk.")

    def pin_said(self, check: PinCheck, state: PinState, where: str) -> str:
        """Why the PIN did not open the kiosk: `state` is the home's PIN record, `where` its
        file."""
        seconds = max(1, round(check.wait))
        if check.message == WRONG_PIN:
            if check.wait:
                return self.tr("Wrong PIN. The next try is possible in %n second(s).", "", seconds)
            return self.tr("Wrong PIN.")
        if check.wait:
            return self.tr("Too many wrong PINs: try again in %n second(s).", "", seconds)
        if state is PinState.NONE:
            return self.tr("No organizer PIN is set here yet.")
        return fill(self.tr("The organizer PIN file %1 is damaged."), where)
