"""The Qt binding itself must not leak or steal references: a desk runs for hours."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_qt_calls_leave_none_alone(qtbot: QtBot) -> None:
    # PySide6 6.12.0 on CPython 3.11 took one reference from None per call and the app died
    # after a few thousand scans with "deallocating None".
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("Welcome, Łukasz.")
    assert abs(sys.getrefcount(None) - before) < 50
