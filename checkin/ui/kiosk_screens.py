"""The kiosk's parts: its pages' layout, its big labels and buttons (read from a metre away),
the attendee's field and the mirrored camera preview. Layout only; what the kiosk does with them
is `checkin.ui.kiosk`'s.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from checkin.ui.inert import plain_label
from checkin.ui.kiosk_words import KioskWords
from checkin.ui.scan_field import ScanField
from checkin.ui.screens import CameraPreview
from checkin.ui.theme import StateColours

BIG = "font-size: 34px;"
HUGE = "font-size: 52px; font-weight: bold;"
BUTTON = "font-size: 30px; padding: 8px; min-height: 54px;"  # a big target, six fit at 768 px


def screen(*widgets: QWidget) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setSpacing(14)
    layout.addStretch(1)  # centred: read from a metre away, whatever the screen's height
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return page


def column(pages: QWidget, languages: QWidget) -> QWidget:
    """The kiosk's window: its pages, the row of language names under them."""
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.setContentsMargins(0, 0, 0, 0)  # an answer's colour reaches the screen's edges
    layout.setSpacing(0)
    layout.addWidget(pages, 1)
    layout.addWidget(languages)
    return body


def big_label(name: str, style: str) -> QLabel:
    label = plain_label()  # outside text is shown as text, never markup
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def big_button(name: str) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    button.setStyleSheet(BUTTON)
    return button


class KioskField(ScanField):
    """The desk's scan field, with the kiosk's words for the attendee."""

    def __init__(self, words: KioskWords) -> None:
        self.words = words
        super().__init__()
        self.setObjectName("kioskField")
        self.setStyleSheet(BIG)

    def retranslate(self) -> None:
        self.setAccessibleName(self.words.field_name())
        self.setPlaceholderText(self.words.field_name())
        self.setAccessibleDescription(self.words.prompt())


class MirroredPreview(CameraPreview):
    """The camera's frames as a mirror shows them: people aim their phone at it naturally."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("kioskPreview")

    def show_frame(self, image: QImage) -> None:
        super().show_frame(image.flipped(Qt.Orientation.Horizontal))


def paint(page: QWidget, colours: StateColours) -> None:
    """The answer page in the verdict's colours (its object name is kioskAnswerPage)."""
    background, text = colours.background, colours.text
    page.setStyleSheet(
        f"#kioskAnswerPage {{ background: {background}; }} QLabel {{ color: {text}; }}"
    )


def pin_field() -> QLineEdit:
    """The organizer's PIN, typed to leave the kiosk: one field, shown on Ctrl+Shift+Q."""
    field = QLineEdit()
    field.setObjectName("kioskPin")
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setStyleSheet(BIG)
    field.hide()
    return field
