"""The kiosk's language buttons: a row of the languages the desk speaks, each in its own name
("Deutsch", "Français"), so an attendee finds theirs whatever the screen shows now.

Choosing one switches the kiosk for that attendee; the kiosk itself goes back to the home's
language when it returns to idle (`checkin.ui.kiosk`). The names are never translated: a German
visitor looks for "Deutsch", not for "German" in French.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from checkin.ui.language import LANGUAGES

STYLE = "font-size: 20px; padding: 6px 14px; min-height: 36px;"  # a finger's target, not a headline


class LanguageRow(QWidget):
    chosen = Signal(str)  # a language code of LANGUAGES

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskLanguages")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout(self)
        row.addStretch(1)
        for code, name in LANGUAGES.items():
            button = QPushButton(name)
            button.setObjectName(f"kioskLanguage_{code}")
            button.setCheckable(True)
            button.setFlat(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a scanner's keys stay in the field
            button.setStyleSheet(STYLE)
            button.setAccessibleName(name)
            button.clicked.connect(lambda _checked=False, c=code: self.chosen.emit(c))
            self.group.addButton(button)
            self.buttons[code] = button
            row.addWidget(button)
        row.addStretch(1)

    def mark(self, code: str) -> None:
        """Show which language the screen speaks now."""
        if code in self.buttons:
            self.buttons[code].setChecked(True)
