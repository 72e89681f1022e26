"""The self-service kiosk: an attendee-facing, full-screen window on a `Desk` session of its own.

Three steps at most: scan the ticket (or type a surname and pick, or type the e-mail), confirm
"This is me", read where the badge is. The rules are the operations layer's
(`checkin.operations.kiosk`); the admission and its badge are written on the commit line, as at
the desk. The camera's preview is mirrored, so people can aim their phone at it. The kiosk has
no menus and no organizer tools; it goes back to the welcome screen after
each attendee and when nobody touches it for a while; leaving it (Ctrl+Shift+Q) asks for the
organizer PIN.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from checkin.core.verdicts import Severity
from checkin.operations import BadgeCode, Desk
from checkin.operations.kiosk import Answer, Kiosk, KioskResult, Pick
from checkin.operations.organizer_pin import PinStore
from checkin.operations.records import Store
from checkin.ui.camera_control import camera_source
from checkin.ui.commit_line import CommitLine
from checkin.ui.inert import plain_label
from checkin.ui.ports import BadgeSink, CameraSource
from checkin.ui.scan_field import ScanField
from checkin.ui.screens import CameraPreview
from checkin.ui.search_refresh import SearchRefresher
from checkin.ui.sounds import SoundBoard
from checkin.ui.theme import VERDICT_COLOURS, StateColours

TITLE = "Check-in kiosk"
IDLE_MS = 45_000  # nobody touched the kiosk: back to the welcome screen
RESULT_MS = 8_000  # how long the answer stays for the attendee who just checked in
BIG = "font-size: 34px;"
HUGE = "font-size: 52px; font-weight: bold;"
PRINTING = {BadgeCode.QUEUED, BadgeCode.REPRINT_QUEUED}
BUTTON = "font-size: 30px; padding: 8px; min-height: 54px;"  # a big target, six fit at 768 px


def _screen(*widgets: QWidget) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setSpacing(14)
    layout.addStretch(1)  # centred: read from a metre away, whatever the screen's height
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return page


def _label(name: str, style: str) -> QLabel:
    label = plain_label()  # outside text is shown as text, never markup
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def _button(name: str, text: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setStyleSheet(BUTTON)
    return button


class MirroredPreview(CameraPreview):
    """The camera's frames as a mirror shows them: people aim their phone at it naturally."""

    def show_frame(self, image: QImage) -> None:
        super().show_frame(image.flipped(Qt.Orientation.Horizontal))


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
        pickup: str = "the badge table",
        desk_name: str | None = None,
        camera_at: str = "0",
    ) -> None:
        super().__init__()
        self.setWindowTitle(TITLE)
        self.setAccessibleName(TITLE)
        self.desk = Desk(repo, badges, name=desk_name)
        self.kiosk = Kiosk(self.desk)
        self.pins = PinStore(repo.path.parent)
        self.commits = CommitLine(repo, self)
        # The list is read into the session's index on a worker, before the first attendee.
        self.refresher = SearchRefresher(self.desk, self)
        self.refresher.warm_up()
        self.sounds = SoundBoard(False, self)
        self.pickup = pickup
        self.chosen: Pick | None = None
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        event = self.desk.read_event()
        self.heading = _label("kioskHeading", HUGE)
        self.heading.setText(f"Welcome to {event.name}" if event else "Welcome")
        self.prompt = _label("kioskPrompt", BIG)
        self.prompt.setText("Scan your ticket — or type your surname or your e-mail, then Enter.")
        self.field = ScanField()
        self.field.setObjectName("kioskField")
        self.field.setAccessibleName("Surname, e-mail or ticket")
        self.field.setStyleSheet(BIG)
        self.field.submitted.connect(self.submit)
        self.field.burst_ended.connect(self.submit)
        self.note = _label("kioskNote", BIG)
        self.preview = MirroredPreview()
        self.preview.setObjectName("kioskPreview")
        self.preview.setVisible(camera is not None)
        self.welcome = _screen(self.heading, self.prompt, self.field, self.note, self.preview)
        self.welcome_layout = self.welcome.findChild(QVBoxLayout) or QVBoxLayout(self.welcome)
        self.picks_heading = _label("kioskPicksHeading", HUGE)
        self.picks_heading.setText("Which one is you?")
        self.pick_buttons = [_button(f"kioskPick{n}", "") for n in range(5)]
        for button in self.pick_buttons:
            button.clicked.connect(lambda _checked=False, b=button: self.choose(b))
        back = _button("kioskBack", "Back")
        back.clicked.connect(self.reset)
        self.picks = _screen(self.picks_heading, *self.pick_buttons, back)
        self.confirm_label = _label("kioskConfirm", HUGE)
        self.yes = _button("kioskThisIsMe", "This is me")
        self.yes.clicked.connect(self.confirmed)
        no = _button("kioskNotMe", "Not me")
        no.clicked.connect(self.reset)
        self.confirm = _screen(self.confirm_label, self.yes, no)
        self.answer_label = _label("kioskAnswer", HUGE)
        self.answer_detail = _label("kioskAnswerDetail", BIG)
        self.answer = _screen(self.answer_label, self.answer_detail)
        self.answer.setObjectName("kioskAnswerPage")
        for page in (self.welcome, self.picks, self.confirm, self.answer):
            self.stack.addWidget(page)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.reset)
        self.idle_ms, self.result_ms = idle_ms, result_ms
        self.field.textChanged.connect(lambda _text: self.touched())
        leave = QShortcut(QKeySequence("Ctrl+Shift+Q"), self)
        leave.activated.connect(self.ask_to_leave)
        self.leaving: QLineEdit | None = None
        self.may_close = False
        self.camera = camera
        if camera is not None:
            camera.codes_found.connect(self.camera_codes)
            camera.frame_ready.connect(self.preview.show_frame)
            camera.state_changed.connect(self.preview.show_state)
            camera.start(camera_source(camera_at))
        self.reset()

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
        self.note.setText("")
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
            self.note.setText(lookup.message)
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
        self.confirm_label.setText(f"Is this you? {button.property('label')}")
        self.stack.setCurrentWidget(self.confirm)
        self.yes.setFocus()

    def confirmed(self) -> None:
        if self.chosen is not None:
            self.admit(self.chosen.code)

    def admit(self, code: str) -> None:
        self.field.clear()
        self.commits.run(lambda: self.kiosk.admit(code), self.show_answer, self.not_recorded)

    def show_answer(self, result: KioskResult) -> None:
        if result.answer is Answer.ADMITTED:
            badge = result.scan.badge if result.scan is not None else None
            printing = badge is not None and badge.code in PRINTING
            self.answer_label.setText(result.message)
            self.answer_detail.setText(
                f"Your badge is printing: pick it up at {self.pickup}." if printing
                else "You are checked in: please collect your badge at the desk."
            )  # fmt: skip
            self._colour(VERDICT_COLOURS[Severity.OK])
            self.sounds.play(Severity.OK)
        else:
            self._colour(VERDICT_COLOURS[Severity.CAUTION])
            self.answer_label.setText(result.message)
            self.answer_detail.setText("A volunteer at the desk will help you.")
            self.sounds.play(Severity.STOP)
        self.stack.setCurrentWidget(self.answer)
        self.idle.start(self.result_ms)  # the next attendee starts from the welcome screen
        self.answered.emit(result)

    def _colour(self, colours: StateColours) -> None:
        background, text = colours.background, colours.text
        self.answer.setStyleSheet(
            f"#kioskAnswerPage {{ background: {background}; }} QLabel {{ color: {text}; }}"
        )

    def not_recorded(self, error: Exception) -> None:
        self.answer_label.setText("Please see the desk.")
        self.answer_detail.setText("The kiosk could not check you in just now.")
        self.stack.setCurrentWidget(self.answer)
        self.idle.start(self.result_ms)

    # -- leaving: the organizer PIN ----------------------------------------------------------------

    def ask_to_leave(self) -> None:
        """Ctrl+Shift+Q: the PIN field replaces the prompt; Enter checks it."""
        field = QLineEdit()
        field.setObjectName("kioskPin")
        field.setAccessibleName("Organizer PIN")
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setStyleSheet(BIG)
        field.returnPressed.connect(lambda: self.try_leave(field.text()))
        self.welcome_layout.addWidget(field)
        self.reset()
        self.note.setText("Organizer: type the PIN and Enter to leave the kiosk.")
        self.leaving = field
        field.setFocus()

    def try_leave(self, pin: str) -> None:
        check = self.pins.check(pin)
        if check.ok:
            self.may_close = True
            self.close()
            return
        self.note.setText(check.message or "Wrong PIN.")
        if self.leaving is not None:
            self.leaving.clear()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.may_close:  # Alt+F4 and the like: only the organizer PIN leaves
            event.ignore()
            return
        self.idle.stop()
        if self.camera is not None:
            self.camera.stop()
        self.commits.stop()
        super().closeEvent(event)
        self.left.emit()
