"""The composition root: opens the home's database, builds the desk window, runs Qt.

This is where the camera worker, the badge print queue, the importer and the organizers' tools are
handed to the window (see `checkin.ui.ports`); whatever is not given shows as "not set up".
`desk_parts` builds the ones this desk has: the real camera (source and resolution from the desk's
settings), the attendee-list importer with "sync again", and the last sync time for the status bar.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from checkin.core.symbologies import DEFAULT_SYMBOLOGIES
from checkin.db.desk_setup import mark_running
from checkin.db.repository import Repository, default_desk
from checkin.db.shared_list import list_synced_at
from checkin.db.sync_store import sync_sources
from checkin.paths import database_path
from checkin.resources import resource_path
from checkin.ui.camera_worker import CameraWorker
from checkin.ui.hub_link import link_hub, stop_hub
from checkin.ui.import_dialog import ImportDialog
from checkin.ui.language import home_key, install_language, stored_choice
from checkin.ui.organizer_tools import OrganizerTools
from checkin.ui.platform_link import DeskPlatform
from checkin.ui.ports import Collaborators, OpenDialog
from checkin.ui.prefs import load_prefs
from checkin.ui.printer_choice import desk_badges
from checkin.ui.selftest import CheckResult, run_checks
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
    # The UI thread shares the interpreter with the camera, print, import and search-index
    # workers. Each time it gives the interpreter up (every SQLite call does), a busy worker may
    # keep it for up to the switch interval before handing it back: at Python's default 5 ms,
    # a scan's few dozen SQLite calls could add up to stalls of 50–100 ms. 1 ms keeps that
    # small and costs the workers nothing while the UI thread is idle.
    sys.setswitchinterval(0.001)
    app = QApplication(argv or [sys.argv[0]])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setWindowIcon(QIcon(str(resource_path("icons", "checkin.png"))))
    return app


def desk_settings() -> QSettings:
    return QSettings(ORGANISATION, APPLICATION)


def last_synced(repo: Repository) -> datetime | None:
    """When any attendee list was last synced into this home, here or at a desk of its hub
    (UTC), or None."""
    sources = sync_sources(repo)
    times = [sources[0].synced_at] if sources else []
    times += [t for t in [list_synced_at(repo)] if t is not None]
    return max(times, default=None)


def _importer(repo: Repository, again: bool) -> OpenDialog:
    def open_import(parent: QWidget) -> None:
        dialog = ImportDialog(repo, parent)
        if isinstance(parent, DeskWindow):
            desk = parent
            dialog.synced.connect(lambda _report: desk.reload())
            desk.open_dialog(dialog)
        else:
            dialog.open()
        if again:
            dialog.sync_again()  # the most recent list; the dialog says when there is none

    return open_import


def ticket_formats(repo: Repository) -> tuple[str, ...]:
    """The symbologies the camera looks for: the event's (QR before there is an event)."""
    event = repo.event()
    return event.ticket_formats if event is not None else DEFAULT_SYMBOLOGIES


def desk_parts(repo: Repository, settings: QSettings) -> Collaborators:
    """Everything this desk has, for a window on this repository."""
    resolution = str(settings.value("desk/resolution", "") or "")
    return Collaborators(
        camera=CameraWorker(resolution=resolution or None, formats=lambda: ticket_formats(repo)),
        last_sync=lambda: last_synced(repo),
        import_attendees=_importer(repo, again=False),
        sync_again=_importer(repo, again=True),
    )


def build_window(
    repo: Repository, settings: QSettings | None = None, parts: Collaborators | None = None
) -> DeskWindow:
    settings = settings or desk_settings()
    return DeskWindow(repo, settings, parts or desk_parts(repo, settings))


def selftest_window(repo: Repository, settings: QSettings, parts: Collaborators) -> DeskWindow:
    """The application and a desk window, as `checkin --selftest` checks them."""
    application()
    return build_window(repo, settings, parts)


def run_selftest() -> Iterator[CheckResult]:
    return run_checks(selftest_window)


def run_window(home: Path, desk: str | None = None, parts: Collaborators | None = None) -> int:
    """Open the desk on a home (an empty home shows the first-run screen) until it is closed."""
    app = application()
    repo = Repository(database_path(home), desk=desk)
    settings = desk_settings()
    parts = desk_badges(repo, settings, home, parts or desk_parts(repo, settings))
    # The volunteers' language, chosen for this home (or the system's), before any widget exists.
    parts.language_key = home_key(str(repo.path))
    install_language(stored_choice(settings, parts.language_key))
    tools = OrganizerTools(repo)
    platform: DeskPlatform | None = None
    parts.dashboard = parts.dashboard or tools.open_dashboard
    parts.export = parts.export or tools.open_export
    window: DeskWindow | None = None
    mark_running(repo, True)
    try:
        window = build_window(repo, settings, parts)
        window.desk_changed.connect(tools.desk_changed)
        platform = DeskPlatform(window, home)  # the ticketing platform's API, when connected
        link_hub(window, home)  # the venue hub, when this home joined one
        window.show()
        window.raise_()
        window.activateWindow()
        return int(app.exec())
    finally:
        if window is not None:
            stop_hub(window)
        if platform is not None and platform.link is not None:
            platform.link.stop()
        if parts.badges is not None:
            parts.badges.stop()  # the window stops it on close; this covers an early exit
        tools.close()
        mark_running(repo, False)
        repo.close()


def run_dashboard(repo: Repository, big: bool = False) -> int:
    """`checkin dashboard`: the dashboard alone, in the language chosen for this home in the
    desk's Settings (or the system's), as the desk window would speak it."""
    from checkin.ui.dashboard import run_dashboard_window  # only a dashboard loads it

    application()
    language = stored_choice(desk_settings(), home_key(str(repo.path)))
    return run_dashboard_window(repo, big=big, language=language)


def run_kiosk(home: Path, desk: str | None = None) -> int:
    """A self-service kiosk on a home, full screen, until an organizer leaves it with the PIN.
    It is a desk of its own (its name shows on the dashboard and in the audit trail) and, in a
    home that joined a venue hub, shares its check-ins through the hub as a desk does, under the
    name the home joined as (a kiosk shown as its own desk has a home of its own)."""
    from checkin.hub import config as hub_config
    from checkin.hub.link import HubLink
    from checkin.ui.kiosk import KioskWindow  # only a kiosk loads it

    app = application()
    joined = hub_config.load(home)
    # In a joined home the hub takes only what is written under the name the home joined as.
    name = joined.desk if joined is not None else desk or f"kiosk-{default_desk()}"
    repo = Repository(database_path(home), desk=name)
    settings = desk_settings()
    parts = desk_badges(repo, settings, home, desk_parts(repo, settings))
    link = None if joined is None else HubLink(repo, joined.connection, lambda _s: None).start()
    # The home's language (or the system's), before any widget exists; attendees may pick theirs.
    language = stored_choice(settings, home_key(str(repo.path)))
    install_language(language)
    mark_running(repo, True)
    try:
        camera_at = load_prefs(settings).camera
        window = KioskWindow(
            repo, parts.badges, parts.camera, camera_at=camera_at, language=language
        )
        if link is not None:
            window.answered.connect(lambda _result: link.nudge())  # push each check-in now
        window.showFullScreen()
        return int(app.exec())
    finally:
        if link is not None:
            link.stop()
        if parts.badges is not None:
            parts.badges.stop()
        mark_running(repo, False)
        repo.close()
