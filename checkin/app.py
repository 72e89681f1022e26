"""The composition root: opens the home's database, builds the desk window, runs Qt.

This is where the camera worker, the badge print queue, the importer and the organizers' tools are
handed to the window (see `checkin.ui.ports`); whatever is not given shows as "not set up".
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from checkin.db.repository import Repository
from checkin.paths import database_path
from checkin.resources import resource_path
from checkin.ui.ports import Collaborators
from checkin.ui.window import DeskWindow

log = logging.getLogger("checkin.ui")

ORGANISATION = "checkin"
APPLICATION = "Check-in desk"


def application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        # Fractional scaling (125 %, 150 %) keeps the desk the same physical size on any laptop.
        QGuiApplication.highDpiScaleFactorRoundingPolicy().PassThrough
    )
    app = QApplication(argv or [sys.argv[0]])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setWindowIcon(QIcon(str(resource_path("icons", "checkin.png"))))
    return app


def desk_settings() -> QSettings:
    return QSettings(ORGANISATION, APPLICATION)


def build_window(
    repo: Repository, settings: QSettings | None = None, parts: Collaborators | None = None
) -> DeskWindow:
    return DeskWindow(repo, settings or desk_settings(), parts)


def run_window(home: Path, desk: str | None = None, parts: Collaborators | None = None) -> int:
    """Open the desk on a home (an empty home shows the first-run screen) until it is closed."""
    app = application()
    repo = Repository(database_path(home), desk=desk)
    try:
        window = build_window(repo, parts=parts)
        window.show()
        window.raise_()
        window.activateWindow()
        return int(app.exec())
    finally:
        repo.close()
