"""The result area: a full-width green, amber or red banner with the attendee's name in large type.

It shows one verdict at a time and clears itself after a few seconds, so the next person in the
queue never sees the previous person's answer.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from checkin.core.entities import Attendee
from checkin.core.verdicts import Outcome, Severity, Verdict
from checkin.operations.badges import must_know
from checkin.ui import verdict_words as words
from checkin.ui.inert import plain
from checkin.ui.language import fill
from checkin.ui.theme import (
    EXIT_COLOURS,
    VERDICT_COLOURS,
    StateColours,
    idle_colours,
    scaled_font,
)


class VerdictPanel(QFrame):
    cleared = Signal()

    def __init__(self, clear_after_ms: int = 6000, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictPanel")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(True)
        self.severity: Severity | None = None
        self.verdict: Verdict | None = None

        base = self.font()
        self.word = self._label("verdictWord", scaled_font(base, 2.0, bold=True))
        self.name = self._label("verdictName", scaled_font(base, 3.6, bold=True))
        self.details = self._label("verdictDetails", scaled_font(base, 1.7))
        self.message = self._label("verdictMessage", scaled_font(base, 1.5))
        self.next_step = self._label("verdictNextStep", scaled_font(base, 1.3))
        self.badge = self._label("verdictBadge", scaled_font(base, 1.1))
        self.must_know = self._label("verdictMustKnow", scaled_font(base, 1.5, bold=True))
        self._must_know_fonts = (self.must_know.font(), scaled_font(base, 2.2, bold=True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addStretch(1)
        self.labels = (
            self.word, self.name, self.details, self.message, self.must_know, self.next_step,
            self.badge,
        )  # fmt: skip
        for label in self.labels:
            layout.addWidget(label)
        layout.addStretch(1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(clear_after_ms)
        self.timer.timeout.connect(self.clear)
        self.clear()
        self.retranslate()

    def retranslate(self) -> None:
        """Its words in the language installed now. An answer being shown keeps the words it
        was said in: it clears itself within seconds, and the next one speaks the new language."""
        self.setAccessibleName(self.tr("Check-in result"))
        if self.severity is None:
            self._idle_texts()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def _label(self, name: str, font: object) -> QLabel:
        label = plain(QLabel(self))
        label.setObjectName(name)
        label.setFont(font)  # type: ignore[arg-type]
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    def _paint(self, colours: StateColours) -> None:
        self.setStyleSheet(
            f"#verdictPanel {{ background: {colours.background}; border-radius: 6px; }}"
            f"#verdictPanel QLabel {{ color: {colours.text}; background: transparent; }}"
        )

    def background(self) -> str:
        if self.verdict is not None and self.verdict.outcome is Outcome.EXITED:
            return EXIT_COLOURS.background
        colours = VERDICT_COLOURS.get(self.severity) if self.severity else None
        return (colours or idle_colours()).background

    def show_verdict(self, verdict: Verdict) -> None:
        self.verdict, self.severity = verdict, verdict.severity
        exited = verdict.outcome is Outcome.EXITED
        self._paint(EXIT_COLOURS if exited else VERDICT_COLOURS[verdict.severity])
        attendee = verdict.attendee
        # The command line prints the same answer in English; here it is said in the desk's
        # language from its code and facts.
        word = words.headline(verdict)
        self.word.setText(word)
        self.name.setText(attendee.display_name if attendee else self.tr("Unknown ticket"))
        self.details.setText(describe_attendee(attendee) if attendee else "")
        lines = [words.sentence(verdict), *words.warnings(verdict)]
        self.message.setText("\n".join(lines))
        # A note that needs action is set as large as the details, in its own colour band.
        attention = verdict.severity is Severity.ATTENTION
        self.must_know.setFont(self._must_know_fonts[attention])
        self.must_know.setText(
            "   ".join(
                fill(self.tr("%1: %2"), self._label_word(label), value)
                for label, value in must_know(attendee)
            )
            if attendee
            else ""
        )
        step = words.next_step(verdict)
        self.next_step.setText(step)
        self.badge.setText("")
        self.setAccessibleDescription(f"{word}. {self.name.text()}. {' '.join(lines)} {step}")
        self._tidy()
        self.timer.start()

    def _label_word(self, label: str) -> str:
        # The operations layer names the fields in English; the values are the attendee's own.
        shown = {
            "Dietary": self.tr("Dietary"),
            "Access": self.tr("Access"),
            "Note": self.tr("Note"),
        }
        return shown.get(label, label)

    def show_note(self, severity: Severity, headline: str, text: str, step: str = "") -> None:
        """A message that is not a scan (an undo, no match), in the verdict colours."""
        self.verdict, self.severity = None, severity
        self._paint(VERDICT_COLOURS[severity])
        self.word.setText(headline)
        self.name.setText("")
        self.details.setText("")
        self.message.setText(text)
        self.must_know.setFont(self._must_know_fonts[False])
        self.must_know.setText("")
        self.next_step.setText(step)
        self.badge.setText("")
        self.setAccessibleDescription(f"{headline}. {text} {step}")
        self._tidy()
        self.timer.start()

    def show_badge(self, text: str) -> None:
        """What became of the badge of the person shown (sent, already has one)."""
        self.badge.setText(text)
        self._tidy()
        self.timer.start()

    def add_warning(self, text: str) -> None:
        """One more line under the current verdict (e.g. a badge that cannot be printed)."""
        shown = self.must_know.text()
        self.must_know.setText(f"{shown}\n{text}" if shown else text)
        self.setAccessibleDescription(f"{self.accessibleDescription()} {text}")
        self._tidy()
        if self.severity is not None:
            self.timer.start()

    def clear(self) -> None:
        self.timer.stop()
        self.verdict, self.severity = None, None
        self._paint(idle_colours())
        self._idle_texts()
        self.cleared.emit()

    def _idle_texts(self) -> None:
        self.word.setText("")
        self.name.setText(self.tr("Ready"))
        self.details.setText(self.tr("Scan a ticket, or type two letters of a name"))
        self.message.setText("")
        self.must_know.setText("")
        self.next_step.setText("")
        self.badge.setText("")
        self.setAccessibleDescription(self.tr("Ready for the next attendee"))
        self._tidy()

    def _tidy(self) -> None:
        # An empty line would still take its height: a note without a name keeps its lines together.
        for label in self.labels:
            label.setVisible(bool(label.text()))


def describe_attendee(attendee: Attendee) -> str:
    # The ticket type and company are the organizers' data: shown as they are.
    no_type = QCoreApplication.translate("VerdictPanel", "no ticket type")
    parts = [attendee.ticket_type or no_type, attendee.company]
    return " · ".join(part for part in parts if part)
