"""The two faces of the main window: the desk itself, and the first-run screen for an empty home.

Layout only; what happens on a scan is decided in `checkin.ui.window`. Each says its words in
`retranslate`, again whenever Qt announces a change of language.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from checkin.ui.camera_words import camera_said
from checkin.ui.inert import plain, plain_label, tooltip
from checkin.ui.language import fill
from checkin.ui.scan_field import ScanField
from checkin.ui.search_list import SearchList
from checkin.ui.status import camera_state
from checkin.ui.theme import EXIT_COLOURS, scaled_font
from checkin.ui.verdict_panel import VerdictPanel

PREVIEW = QSize(320, 240)


class CameraPreview(QLabel):
    """The camera's latest frame, scaled to fit; or one line saying why there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cameraPreview")
        self.setMinimumSize(PREVIEW)
        self.setMaximumWidth(PREVIEW.width() * 2)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setFrameShape(QLabel.Shape.StyledPanel)
        plain(self)
        self.frames = 0
        self.state = "no camera"
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Camera preview"))
        self.show_state(self.state)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def show_state(self, state: str) -> None:
        """A word or sentence from the camera; a running camera keeps showing its frames."""
        self.state = state
        said = camera_said(state)  # the camera's sentence in the desk's language
        self.setToolTip(tooltip(said))
        running = state == "running" or " is running" in state
        if not running or not self.frames:
            self.frames = 0
            self.setPixmap(QPixmap())
            shown = fill(self.tr("Camera: %1"), camera_state(state))
            self.setText(said if state.endswith(".") else shown)

    def show_frame(self, image: QImage) -> None:
        self.frames += 1
        pixmap = QPixmap.fromImage(image).scaled(
            self.size(),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.setPixmap(pixmap)


class ScanScreen(QWidget):
    def __init__(self, clear_after_ms: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskScreen")
        self.event_title = plain_label()
        self.event_title.setObjectName("eventTitle")
        self.event_title.setFont(scaled_font(self.font(), 1.3, bold=True))
        self.mode = plain_label()
        self.mode.setObjectName("deskMode")
        self.mode.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Exit mode is easy to forget once switched on: while it is, a wide band says so.
        self.exit_banner = QLabel()
        self.exit_banner.setObjectName("exitModeBanner")
        self.exit_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.exit_banner.setWordWrap(True)
        self.exit_banner.setFont(scaled_font(self.font(), 1.5, bold=True))
        self.exit_banner.setStyleSheet(
            f"#exitModeBanner {{ background: {EXIT_COLOURS.background}; "
            f"color: {EXIT_COLOURS.text}; padding: 8px; border-radius: 4px; }}"
        )
        self.exit_banner.hide()
        self.field = ScanField(self)
        self.results = SearchList(self)
        self.results.hide()
        self.verdict = VerdictPanel(clear_after_ms, self)
        self.preview = CameraPreview(self)
        self.hint = QLabel()
        self.hint.setObjectName("keyHint")
        self.hint.setWordWrap(True)
        self.leaving = False
        self.retranslate()

        top = QHBoxLayout()
        top.addWidget(self.event_title, 1)
        top.addWidget(self.mode)
        left = QVBoxLayout()
        left.addWidget(self.field)
        left.addWidget(self.results, 2)
        left.addWidget(self.verdict, 3)
        side = QVBoxLayout()
        side.addWidget(self.preview, 1)
        side.addWidget(self.hint)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.exit_banner)
        layout.addLayout(body, 1)
        self.setFocusProxy(self.field)

    def retranslate(self) -> None:
        self.exit_banner.setText(
            self.tr("EXIT MODE — every scan records someone LEAVING · F8 returns to check-in")
        )
        self.exit_banner.setAccessibleName(self.tr("Exit mode is on"))
        self.show_direction(self.leaving)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def show_direction(self, leaving: bool) -> None:
        """Exit mode's band, and the keys beside the panel for the desk's direction (in exit
        mode Enter admits nobody)."""
        self.leaving = leaving
        self.exit_banner.setVisible(leaving)
        enter = self.tr("Enter record leaving") if leaving else self.tr("Enter admit")
        back = self.tr("F8 back to check-in") if leaving else self.tr("F8 exit mode")
        keys = self.tr(
            "%1 · ↑/↓ pick · Esc clear · Ctrl+Z undo · F2 badge name · Ctrl+P reprint · "
            "Ctrl+N walk-in · %2 · F1 all keys"
        )
        self.hint.setText(fill(keys, enter, back))


class FirstRunScreen(QWidget):
    """Shown while the home holds no event: try the demo, or import the real attendee list."""

    open_demo = Signal()
    import_list = Signal()
    join_hub = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunScreen")
        self.title = title = QLabel()
        title.setFont(scaled_font(self.font(), 2.4, bold=True))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = text = QLabel()
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setFont(scaled_font(self.font(), 1.3))
        self.demo_button = QPushButton()
        self.demo_button.setObjectName("openDemo")
        self.import_button = QPushButton()
        self.import_button.setObjectName("importList")
        self.join_button = QPushButton()
        self.join_button.setObjectName("joinHub")
        self.join_button.hide()  # shown where the desk can join one (`hub_link.link_hub`)
        self.note = plain_label()
        self.note.setObjectName("firstRunNote")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for button in (self.demo_button, self.import_button, self.join_button):
            button.setFont(scaled_font(self.font(), 1.5))
            button.setMinimumHeight(56)
        self.demo_button.clicked.connect(self.open_demo)
        self.import_button.clicked.connect(self.import_list)
        self.join_button.clicked.connect(self.join_hub)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.join_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(24)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addStretch(3)
        self.demo_button.setDefault(True)
        self.demo_button.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to the check-in desk"))
        self.text.setText(
            self.tr(
                "There is no event on this computer yet. Try the desk with the demo event, "
                "import the attendee list exported from your ticketing site, or join the venue "
                "hub another desk runs."
            )
        )
        self.demo_button.setText(self.tr("Open the &demo event"))
        self.demo_button.setAccessibleName(self.tr("Open the demo event"))
        self.import_button.setText(self.tr("&Import an attendee list…"))
        self.import_button.setAccessibleName(self.tr("Import an attendee list"))
        self.join_button.setText(self.tr("&Join a hub…"))
        self.join_button.setAccessibleName(self.tr("Join a venue hub"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
