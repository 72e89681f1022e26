"""A dialog that grows to show the sentence it was just given.

A shown window keeps its size when a wrapped label in it gets a longer text (a refusal, a
report): Qt's minimum size for a top-level window does not follow the height a wrapped label needs
at the window's width, so the sentence would be cut. `say` sets the text and lets the window grow
to the height its layout needs at its present width (never shrinking it).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def say(label: QLabel, text: str) -> None:
    label.setText(text)
    window = label.window()
    fit_height(window)


def fit_height(window: QWidget) -> None:
    layout = window.layout()
    if layout is None or not window.isVisible():
        return
    layout.activate()
    needed = layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth() else -1
    needed = max(needed, layout.totalMinimumSize().height())
    if needed > window.height():
        window.resize(window.width(), needed)
