"""Colours and type sizes of the desk: verdict states readable from two metres, in any theme.

Verdict colours are fixed (not taken from the palette) so that green always means "go" in light
and dark themes alike; each pairs with the text colour that keeps a contrast ratio above 4.5:1.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from checkin.core.verdicts import Severity


@dataclass(frozen=True)
class StateColours:
    background: str
    text: str
    word: str  # what the banner says above the name, for people who cannot tell the colours


VERDICT_COLOURS: dict[Severity, StateColours] = {
    Severity.OK: StateColours("#1b7a36", "#ffffff", "ADMITTED"),
    Severity.CAUTION: StateColours("#f0a202", "#1a1a1a", "CHECK"),
    Severity.STOP: StateColours("#b3261e", "#ffffff", "STOP"),
    # Admitted, with a note to act on: a band no volunteer reads as an ordinary green.
    Severity.ATTENTION: StateColours("#6a1b9a", "#ffffff", "ADMITTED"),
}
# Someone leaving is neither "go" nor a warning: blue, like the exit-mode banner, so a volunteer
# who forgot exit mode was on sees at once that nobody was admitted.
EXIT_COLOURS = StateColours("#1f5fa8", "#ffffff", "EXITED")


class ThemeChoice(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#2b2c30",
        QPalette.ColorRole.AlternateBase: "#313236",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#303134",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.Highlight: "#8ab4f8",
        QPalette.ColorRole.HighlightedText: "#202124",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.ToolTipBase: "#303134",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


def apply_theme(choice: ThemeChoice) -> None:
    """Follow the system colour scheme, or force light or dark. Where the platform has no colour
    scheme of its own (a bare X server, some Linux desktops) a forced choice sets the palette."""
    app = QGuiApplication.instance()
    if not isinstance(app, QApplication):
        return
    scheme = {
        ThemeChoice.SYSTEM: Qt.ColorScheme.Unknown,
        ThemeChoice.LIGHT: Qt.ColorScheme.Light,
        ThemeChoice.DARK: Qt.ColorScheme.Dark,
    }[choice]
    hints = app.styleHints()
    hints.setColorScheme(scheme)
    if choice is not ThemeChoice.SYSTEM and hints.colorScheme() != scheme:
        app.setStyle("Fusion")
        style = app.style()
        app.setPalette(dark_palette() if choice is ThemeChoice.DARK else style.standardPalette())


def scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    """Sizes in points scale with the screen's DPI, so the banner is as big on a 4K laptop."""
    font = QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * factor)
    font.setBold(bold)
    return font


def idle_colours() -> StateColours:
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        palette = app.palette()
        return StateColours(
            palette.alternateBase().color().name(), palette.text().color().name(), ""
        )
    return StateColours("#f4f4f4", "#202020", "")
