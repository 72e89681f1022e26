"""The composition root: opens the home's database, builds the desk window, runs Qt.

This is where the camera worker, the badge print queue, the importer and the organizers' tools are
handed to the window (see `checkin.ui.ports`); whatever is not given shows as "not set up".
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from checkin.db.repository import Repository
from checkin.paths import database_path
from checkin.ui.organizer_tools import OrganizerTools
from checkin.ui.ports import Collaborators
from checkin.ui.printer_choice import desk_badges
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
    settings = desk_settings()
    parts = desk_badges(repo, settings, home, parts or Collaborators())
    tools = OrganizerTools(repo)
    parts.dashboard = parts.dashboard or tools.open_dashboard
    parts.export = parts.export or tools.open_export
    try:
        window = build_window(repo, settings, parts)
        window.controller.counts_changed.connect(tools.desk_changed)
        window.show()
        window.raise_()
        window.activateWindow()
        return int(app.exec())
    finally:
        if parts.badges is not None:
            parts.badges.stop()  # the window stops it on close; this covers an early exit
        tools.close()
        repo.close()
