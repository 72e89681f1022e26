"""The self-service kiosk: an attendee-facing, full-screen window on a `Desk` session of its own.

Three steps at most: scan the ticket (or type a surname and pick, or type the e-mail), confirm
"This is me", read where the badge is. The rules are the operations layer's
(`checkin.operations.kiosk`); the admission and its badge are written on the commit line, as at
the desk. The camera's preview is mirrored, so people can aim their phone at it. The kiosk has
no menus and no organizer tools; it goes back to the welcome screen after each attendee and when
nobody touches it for a while; leaving it (Ctrl+Shift+Q) asks for the organizer PIN.

It speaks the home's language; an attendee may pick theirs from the row of language names at the
bottom, which lasts until the kiosk is idle again. Every text is set in `retranslate`, which runs
again whenever Qt announces a change of language; what the current step says (a note, an answer)
is kept as a function that words it, so it is said again in the new language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QPushButton, QStackedWidget

from checkin.core.verdicts import Severity
from checkin.operations import BadgeCode, Desk
from checkin.operations.kiosk import Answer, Kiosk, KioskResult, Pick
from checkin.operations.organizer_pin import PinStore
from checkin.operations.records import Store
from checkin.ui.camera_control import camera_source
from checkin.ui.commit_line import CommitLine
from checkin.ui.kiosk_languages import LanguageRow
from checkin.ui.kiosk_screens import (
    BIG,
    HUGE,
    KioskField,
    MirroredPreview,
    big_button,
    big_label,
    column,
    paint,
    pin_field,
    screen,
)
from checkin.ui.kiosk_words import KioskWords
from checkin.ui.language import SYSTEM, install_language, resolve, shown_language
from checkin.ui.ports import BadgeSink, CameraSource
from checkin.ui.search_refresh import SearchRefresher
from checkin.ui.sounds import SoundBoard
from checkin.ui.theme import VERDICT_COLOURS

IDLE_MS = 45_000  # nobody touched the kiosk: back to the welcome screen
RESULT_MS = 8_000  # how long the answer stays for the attendee who just checked in
PRINTING = {BadgeCode.QUEUED, BadgeCode.REPRINT_QUEUED}


class KioskWindow(QMainWindow):
    answered = Signal(object)  # KioskResult, once shown
    left = Signal()  # the organizer left the kiosk with the PIN

    def __init__(
        self,
        repo: Store,
        badges: BadgeSink | None = None,
        camera: CameraSource | None = None,
        *,
        idle_ms: int = IDLE_MS,
        result_ms: int = RESULT_MS,
        pickup: str = "",
        desk_name: str | None = None,
        camera_at: str = "0",
        language: str = SYSTEM,
    ) -> None:
        super().__init__()
        self.words = KioskWords(self)
        self.language = language  # the home's choice, spoken whenever the kiosk is idle
        self.desk = Desk(repo, badges, name=desk_name)
        self.kiosk = Kiosk(self.desk)
        self.pins = PinStore(repo.path.parent)
        self.commits = CommitLine(repo, self)
        # The list is read into the session's index on a worker, before the first attendee.
        self.refresher = SearchRefresher(self.desk, self)
        self.refresher.warm_up()
        self.sounds = SoundBoard(False, self)
        self.pickup = pickup  # where badges are picked up; empty: "the badge table"
        self.chosen: Pick | None = None
        self.stack = QStackedWidget()
        self.languages = LanguageRow()
        self.languages.chosen.connect(self.choose_language)
        self.setCentralWidget(column(self.stack, self.languages))
        event = self.desk.read_event()
        self.event_name = event.name if event else None  # the organizers' words: never translated
        self.heading = big_label("kioskHeading", HUGE)
        self.prompt = big_label("kioskPrompt", BIG)
        self.field = KioskField(self.words)
        self.field.submitted.connect(self.submit)
        self.field.burst_ended.connect(self.submit)
        self.note = big_label("kioskNote", BIG)
        # Ctrl+Shift+Q shows the one PIN field (pressed again, it is the same field).
        self.leaving = pin_field()
        self.leaving.returnPressed.connect(lambda: self.try_leave(self.leaving.text()))
        self.leaving.textChanged.connect(lambda _text: self.touched())
        self.preview = MirroredPreview()
        self.preview.setVisible(camera is not None)
        self.welcome = screen(
            self.heading, self.prompt, self.field, self.note, self.leaving, self.preview
        )
        self.picks_heading = big_label("kioskPicksHeading", HUGE)
        self.pick_buttons = [big_button(f"kioskPick{n}") for n in range(5)]
        for button in self.pick_buttons:
            button.clicked.connect(lambda _checked=False, b=button: self.choose(b))
        self.back = big_button("kioskBack")
        self.back.clicked.connect(self.reset)
        self.picks = screen(self.picks_heading, *self.pick_buttons, self.back)
        self.confirm_label = big_label("kioskConfirm", HUGE)
        self.yes = big_button("kioskThisIsMe")
        self.yes.clicked.connect(self.confirmed)
        self.no = big_button("kioskNotMe")
        self.no.clicked.connect(self.reset)
        self.confirm = screen(self.confirm_label, self.yes, self.no)
        self.answer_label = big_label("kioskAnswer", HUGE)
        self.answer_detail = big_label("kioskAnswerDetail", BIG)
        self.answer = screen(self.answer_label, self.answer_detail)
        self.answer.setObjectName("kioskAnswerPage")
        for page in (self.welcome, self.picks, self.confirm, self.answer):
            self.stack.addWidget(page)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.go_idle)
        self.idle_ms, self.result_ms = idle_ms, result_ms
        self.field.textChanged.connect(lambda _text: self.touched())
        QShortcut(QKeySequence("Ctrl+Shift+Q"), self).activated.connect(self.ask_to_leave)
        self.may_close = False
        # What the current step says, worded again when the language changes.
        self.saying: Callable[[], None] = lambda: None
        self.camera = camera
        if camera is not None:
            camera.codes_found.connect(self.camera_codes)
            camera.frame_ready.connect(self.preview.show_frame)
            camera.state_changed.connect(self.preview.show_state)
            camera.start(camera_source(camera_at))
        self.retranslate()
        self.reset()

    # -- the language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text of the kiosk in the language installed now."""
        words = self.words
        self.setWindowTitle(words.title())
        self.setAccessibleName(words.title())
        self.heading.setText(words.welcome(self.event_name))
        self.prompt.setText(words.prompt())
        self.field.retranslate()
        self.leaving.setAccessibleName(words.pin_name())
        self.leaving.setPlaceholderText(words.pin_name())
        self.picks_heading.setText(words.which_one())
        self.back.setText(words.back())
        self.yes.setText(words.this_is_me())
        self.no.setText(words.not_me())
        self.languages.mark(shown_language())
        self.saying()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def say(self, saying: Callable[[], None]) -> None:
        """Word the current step now, and again after a change of language."""
        self.saying = saying
        saying()

    def choose_language(self, code: str) -> None:
        """The attendee's language, from the row of names: the screen follows at once."""
        self.touched()
        install_language(code)
        self.retranslate()

    def go_idle(self) -> None:
        """Nobody there: the welcome screen, in the home's language."""
        self.home_language()
        self.reset()

    def home_language(self) -> None:
        if shown_language() != resolve(self.language):  # an attendee chose theirs
            install_language(self.language)
            self.retranslate()

    # -- the attendee's path ---------------------------------------------------------------------

    def camera_codes(self, codes: list[object]) -> None:
        if codes and self.stack.currentWidget() is self.welcome:
            self.submit(str(codes[0]))

    def touched(self) -> None:
        self.idle.start(self.idle_ms)

    def reset(self) -> None:
        """The welcome screen, empty: after each attendee, and when nobody touched it."""
        self.chosen = None
        self.field.clear()
        self.leaving.clear()
        self.leaving.hide()
        self.say(lambda: self.note.setText(""))
        self.stack.setCurrentWidget(self.welcome)
        self.field.setFocus()
        self.idle.stop()

    def submit(self, text: str) -> None:
        self.touched()
        reading = self.desk.interpret(text)
        if reading.scannable and "@" not in text:  # an e-mail with digits is still an e-mail
            self.admit(reading.text)  # a ticket needs no confirming: it is the attendee's own
            return
        lookup = self.kiosk.find(text)
        self.refresher.refresh()  # did the list change meanwhile? asked on a worker
        self.field.clear()
        if not lookup.picks:
            self.say(lambda: self.note.setText(self.words.lookup_said(lookup)))
            return
        for button, pick in zip(self.pick_buttons, [*lookup.picks, *[None] * 5], strict=False):
            button.setVisible(pick is not None)
            button.setText(pick.label if pick else "")
            button.setProperty("code", pick.code if pick else "")
            button.setProperty("label", pick.label if pick else "")
        self.stack.setCurrentWidget(self.picks)
        self.pick_buttons[0].setFocus()

    def choose(self, button: QPushButton) -> None:
        self.touched()
        self.chosen = Pick(str(button.property("code")), "", "", "")
        label = str(button.property("label"))  # the attendee's name and company, as written
        self.say(lambda: self.confirm_label.setText(self.words.is_this_you(label)))
        self.stack.setCurrentWidget(self.confirm)
        self.yes.setFocus()

    def confirmed(self) -> None:
        if self.chosen is not None:
            self.admit(self.chosen.code)

    def admit(self, code: str) -> None:
        self.field.clear()
        self.commits.run(lambda: self.kiosk.admit(code), self.show_answer, self.not_recorded)

    def show_answer(self, result: KioskResult) -> None:
        badge = result.scan.badge if result.scan is not None else None
        printing = badge is not None and badge.code in PRINTING
        self.say(lambda: self._answer(*self.words.answer_said(result, printing, self.pickup)))
        if result.answer is Answer.ADMITTED:
            paint(self.answer, VERDICT_COLOURS[Severity.OK])
            self.sounds.play(Severity.OK)
        else:
            paint(self.answer, VERDICT_COLOURS[Severity.CAUTION])
            self.sounds.play(Severity.STOP)
        self.stack.setCurrentWidget(self.answer)
        self.idle.start(self.result_ms)  # the next attendee starts from the welcome screen
        self.answered.emit(result)

    def _answer(self, headline: str, detail: str) -> None:
        self.answer_label.setText(headline)
        self.answer_detail.setText(detail)

    def not_recorded(self, error: Exception) -> None:
        self.say(lambda: self._answer(*self.words.not_recorded()))
        self.stack.setCurrentWidget(self.answer)
        self.idle.start(self.result_ms)

    # -- leaving: the organizer PIN ----------------------------------------------------------------

    def ask_to_leave(self) -> None:
        """Ctrl+Shift+Q: the welcome screen shows the PIN field under the note; Enter checks it.
        Left alone, it goes away with the next idle reset."""
        self.reset()
        self.say(lambda: self.note.setText(self.words.pin_prompt()))
        self.leaving.show()
        self.leaving.setFocus()
        self.touched()

    def try_leave(self, pin: str) -> None:
        check = self.pins.check(pin)
        if check.ok:
            self.may_close = True
            self.close()
            return
        state, where = self.pins.state(), str(self.pins.path)
        self.say(lambda: self.note.setText(self.words.pin_said(check, state, where)))
        self.leaving.clear()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.may_close:  # Alt+F4 and the like: only the organizer PIN leaves
            event.ignore()
            return
        self.idle.stop()
        self.home_language()  # the desk behind a kiosk speaks its own language again
        if self.camera is not None:
            self.camera.stop()
        self.commits.stop()
        super().closeEvent(event)
        self.left.emit()
