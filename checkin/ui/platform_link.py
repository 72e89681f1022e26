"""The desk's link to the connected ticketing platform: pulls every few minutes, pushes after
check-ins, and one calm status-bar line ("list: 4 min ago · pretix").

Pulls and pushes run as `Job`s off the UI thread, one at a time. While the platform answers, the
list is pulled every `PULL_EVERY_MS` and check-ins follow a few seconds after they are made; when
it does not, the status bar says so in one line and the next timer tick tries again — never a
dialog, never a pause at the desk.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from checkin.core.entities import utc_now
from checkin.operations import Changes, records
from checkin.operations.records import Store
from checkin.sync import NotVisible, TokenRefused
from checkin.sync import connection as connections
from checkin.sync.connection import Connection
from checkin.sync.model import SyncError
from checkin.sync.platform_pull import pull_list
from checkin.sync.platform_push import push_checkins
from checkin.ui.jobs import Job, Report
from checkin.ui.language import fill

if TYPE_CHECKING:
    from checkin.ui.window import DeskWindow

log = logging.getLogger("checkin.ui")

PULL_EVERY_MS = 3 * 60 * 1000
PUSH_AFTER_MS = 3000  # check-ins made in a burst go out together
_NAMES = {"pretix": "pretix", "eventbrite": "Eventbrite", "tito": "Tito"}


class PlatformLink(QObject):
    changed = Signal()  # the list was pulled: the window reloads
    line_changed = Signal(str)

    def __init__(self, repo: Store, connection: Connection, parent: QObject | None = None):
        super().__init__(parent)
        self.repo, self.connection = repo, connection
        self.name = _NAMES.get(connection.platform, connection.platform)
        known = records.sync_source(repo, connection.source)
        self.last_pull: datetime | None = None if known is None else known.synced_at
        self.problem = ""
        # Check-ins (and undos) the platform refused: counted here and after each push.
        self.refused = len(records.platform_refusals(repo, connection.source))
        self.job: Job | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(PULL_EVERY_MS)
        self.timer.timeout.connect(self.pull_now)
        self.waiting: tuple[str, object] | None = None  # asked for while a job was running
        self.pusher = QTimer(self)
        self.pusher.setSingleShot(True)
        self.pusher.setInterval(PUSH_AFTER_MS)
        self.pusher.timeout.connect(self.push_now)

    def desk_changed(self, changes: Changes) -> None:
        """Only this desk's own check-ins and undos are worth a push: a reload caused by the
        hub or by this link's own pull has nothing new for the platform."""
        if changes.local and changes.movements:
            self.push_soon()

    def start(self) -> None:
        self.timer.start()
        self.pull_now()

    def stop(self) -> None:
        self.timer.stop()
        self.pusher.stop()
        self.waiting = None

    def ago(self, when: datetime, now: datetime) -> str:
        minutes = int((now - when).total_seconds() // 60)
        if minutes < 1:
            return self.tr("just now")
        if minutes < 90:
            return self.tr("%n min ago", "", minutes)
        return self.tr("%n h ago", "", minutes // 60)

    def line(self) -> str:
        """The status bar's list line, and what the platform refused (never only in a log)."""
        refused = ""
        if self.refused:
            said = self.tr(
                "%1 refused %n check-in(s) — see Organizer ▸ Ticketing platform…", "", self.refused
            )
            refused = " · " + fill(said, self.name)
        if self.problem:
            return self.problem + refused
        if self.last_pull is None:
            return fill(self.tr("list: not pulled yet · %1"), self.name) + refused
        return (
            fill(
                self.tr("list: %1 · %2"),
                self.ago(self.last_pull, utc_now()),
                self.name,
            )
            + refused
        )

    def pull_now(self) -> None:
        self._run("pull", self._pull_and_push)

    def push_soon(self) -> None:
        """A check-in was made: send it shortly, if the platform is answering."""
        if not self.problem:
            self.pusher.start()

    def push_now(self) -> None:
        self._run("push", lambda report: self._push())

    def _run(self, name: str, work: object) -> None:
        if self.job is not None and self.job.running:
            # One conversation with the platform at a time: the latest request follows it.
            self.waiting = (name, work)
            return
        job = Job(work, f"platform {name}")  # type: ignore[arg-type]
        job.succeeded.connect(self._done)
        job.failed.connect(self._failed)
        job.ended.connect(self._next)
        self.job = job
        job.start()

    def _next(self) -> None:
        waiting, self.waiting = self.waiting, None
        if waiting is not None and self.timer.isActive():
            self._run(*waiting)

    def _pull_and_push(self, report: Report) -> bool:
        pull_list(self.repo, self.connection, progress=report)
        self._push()
        return True

    def _push(self) -> bool:
        try:
            push_checkins(self.repo, self.connection)
        except SyncError as error:  # Eventbrite is pull only; a push failure is not the list's
            log.info("push to %s: %s", self.name, error)
        self.refused = len(records.platform_refusals(self.repo, self.connection.source))
        return False

    def _done(self, pulled: object) -> None:
        if pulled:  # a push with nothing to send asks nothing: only a pull proves it answers
            self.problem = ""
            self.last_pull = utc_now()
            self.changed.emit()
        self.line_changed.emit(self.line())

    def _failed(self, error: object) -> None:
        # One calm line: the desk keeps working on the list it has.
        when = (
            fill(
                self.tr("list %1"),
                self.ago(self.last_pull, utc_now()),
            )
            if self.last_pull
            else self.tr("no list pulled")
        )
        reason = (
            self.tr("%1 event not found: check the URL")
            if isinstance(error, NotVisible)
            else self.tr("%1 token refused")
            if isinstance(error, TokenRefused)
            else self.tr("%1 unreachable")
        )
        self.problem = f"{fill(reason, self.name)} · {when}"
        log.info("%s: %s", self.name, error)
        self.line_changed.emit(self.line())


def link_desk(window: DeskWindow, home: Path) -> PlatformLink | None:
    """Wire the desk to the home's connected platform, if there is one."""
    try:
        connection = connections.load(home)
    except SyncError:
        return None  # no platform: the desk syncs from files as before
    link = PlatformLink(window.repo, connection, window)
    window.status.list_line = link.line
    link.line_changed.connect(window.status.sync.setText)
    # A pulled list is this desk's own write: the hub shares it, the index re-reads it.
    link.changed.connect(lambda: window.desk_changed.emit(Changes(attendee_list=True)))
    link.changed.connect(window.reload)
    window.desk_changed.connect(link.desk_changed)
    pull = window.actions_by_name.get("Pull now")
    if pull is None:
        pull = window.menus["&Organizer"].addAction(
            QCoreApplication.translate("DeskMenus", "&Pull now")
        )
        window.actions_by_name["Pull now"] = pull
    else:
        pull.triggered.disconnect()  # from the link this one replaces
    pull.triggered.connect(link.pull_now)
    link.start()
    return link


class DeskPlatform:
    """The window's platform: the current link (if connected) and Organizer ▸ Ticketing
    platform…, which connects, replaces or forgets it while the desk runs."""

    def __init__(self, window: DeskWindow, home: Path) -> None:
        self.window, self.home = window, home
        self.link = link_desk(window, home)
        action = window.menus["&Organizer"].addAction(
            QCoreApplication.translate("DeskMenus", "&Ticketing platform…")
        )
        window.actions_by_name["Ticketing platform"] = action
        action.triggered.connect(lambda _checked=False: window.organizer(self.open_dialog))

    def open_dialog(self) -> None:
        from checkin.ui.platform_dialog import PlatformDialog  # opened rarely: loaded then

        refused = None
        if self.link is not None:  # what the platform refused, with its reasons
            refused = records.platform_refusals(self.window.repo, self.link.connection.source)
        dialog = PlatformDialog(self.home, self.window, refused)
        dialog.connected.connect(lambda _connection: self.restart())
        dialog.forgotten.connect(self.stop)
        self.window.open_dialog(dialog)

    def restart(self) -> None:
        self.stop()
        self.link = link_desk(self.window, self.home)

    def stop(self) -> None:
        if self.link is not None:
            self.link.stop()
            self.link.deleteLater()
            self.link = None
        self.window.status.list_line = None
        self.window.reload()
