"""The window's venue hub: one live connection on a worker, a status-bar line, and
Organizer ▸ Join a hub….

The connection and every round run on the hub link's own worker (`checkin.hub.link`), never on
the UI thread; what it learns arrives here by queued signal. The kinds of events other desks made
become the window's one `desk_changed(changes)` (not local: the counts, the search index and the
dashboard refresh what they say); only the desk's own writes nudge the link to push now, so a
round that pulled something never causes another round, nor a platform push. The join URL
(with its password) is typed, pasted or read from the hub's QR code in organizer mode only
(`checkin.ui.join_dialog`) and is never shown again.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QLabel

from checkin.hub import address, config
from checkin.hub.errors import HubError
from checkin.hub.exchange import Pulled
from checkin.hub.joining import join
from checkin.hub.link import HubLink, LinkStatus
from checkin.operations.changes import Changes, arrived
from checkin.operations.hub_desk import offered_name
from checkin.ui.hub_words import hub_said
from checkin.ui.inert import tooltip
from checkin.ui.jobs import Job, Report
from checkin.ui.join_dialog import JoinDialog
from checkin.ui.language import fill

if TYPE_CHECKING:
    from checkin.ui.window import DeskWindow

log = logging.getLogger("checkin.ui")


class HubBridge(QObject):
    """A `HubLink` whose reports reach the UI thread as signals."""

    status_changed = Signal(object)  # LinkStatus
    received = Signal(object)  # Changes the events other desks made bring

    def __init__(self, window: DeskWindow, url: str) -> None:
        super().__init__(window)
        self.window = window
        self.label = QLabel(self.tr("Hub: connecting…"))
        self.label.setObjectName("statusHub")
        self.label.setAccessibleName(self.tr("Venue hub"))
        window.status.addPermanentWidget(self.label)
        self.status_changed.connect(self._show)
        self.received.connect(self._arrived)
        self.stopped = False
        window.desk_changed.connect(self._desk_changed)
        self.link = HubLink(window.repo, url, self.status_changed.emit, self._received)
        self.last: LinkStatus | None = None

    def _received(self, items: list[Pulled]) -> None:  # on the link's worker
        if items:
            self.received.emit(arrived(p.event.kind for p in items))

    def _arrived(self, changes: Changes) -> None:
        if not self.stopped:  # a report queued before the link stopped finds the desk closing
            self.window.desk_changed.emit(changes)

    def _desk_changed(self, changes: Changes) -> None:
        if changes.local and not changes.empty:
            self.nudge()

    def _show(self, status: LinkStatus) -> None:
        if self.stopped:
            return
        self.last = status
        line, detail = self.words(status)
        self.label.setText(line)
        self.label.setToolTip(tooltip(detail))

    def words(self, status: LinkStatus) -> tuple[str, str]:
        """The status bar's hub part from the link's facts, in the desk's language, and the
        longer story for its tooltip (the hub's own sentences: what was set aside, why it is
        unreachable or refuses this desk)."""
        if status.connected:
            line = self.tr("Hub: %n desk(s)", "", status.desks)
            if status.set_aside:
                line += " — " + self.tr("%n event(s) set aside", "", len(status.set_aside))
            return line, "\n".join(status.set_aside)
        problem = status.problem if status.error is None else hub_said(status.error)
        if status.refused:  # the reason is a long sentence: on the bar it squeezed the headcount
            return self.tr("Hub refused this desk"), problem
        waiting = self.tr(
            "Hub unreachable — %n check-in(s) waiting, retrying",
            "",
            status.waiting_checkins,
        )
        return waiting, problem

    def nudge(self, *_args: object) -> None:
        self.link.nudge()

    def start(self) -> HubBridge:
        self.link.start()
        return self

    def stop(self) -> None:
        self.stopped = True
        self.link.stop()


def join_hub(window: DeskWindow, home: Path, url: str, desk: str) -> Job:
    """Check the URL, run the first round on a worker, remember the hub, start the link."""
    url = address.check_url(url)
    desk = desk.strip()[:60] or window.repo.desk

    def work(_report: Report) -> None:
        try:
            join(home, window.repo, url, desk)
        finally:
            window.repo.db.close()  # the worker's own SQLite connection

    job = Job(work, "hub-join")

    def joined(_result: object) -> None:
        said = QCoreApplication.translate("HubBridge", "This desk joined the hub at %1.")
        window.statusBar().showMessage(fill(said, address.where(url)), 8000)
        window.reload()
        bridge = window.hub_bridge
        if bridge is not None:
            bridge.stop()
        joined_now = config.load(home)  # a pinned hub: connected through the kept certificate
        if joined_now is not None:
            window.hub_bridge = HubBridge(window, joined_now.connection).start()

    def failed(error: object) -> None:
        text = (
            hub_said(error)
            if isinstance(error, HubError)
            else QCoreApplication.translate("HubBridge", "The hub could not be joined.")
        )
        window.statusBar().showMessage(text, 15000)

    job.succeeded.connect(joined)
    job.failed.connect(failed)
    job.start()
    return job


def link_hub(window: DeskWindow, home: Path) -> HubBridge | None:
    """Add Organizer ▸ Join a hub…, and connect at once when the home has joined one."""

    def ask() -> None:
        dialog = JoinDialog(offered_name(home, window.repo), window.camera, window)

        def accepted() -> None:
            try:
                join_hub(window, home, dialog.url.text(), dialog.desk.text())
            except HubError as error:
                window.statusBar().showMessage(hub_said(error), 15000)

        window.open_dialog(dialog, accepted)

    action = window.menus["&Organizer"].addAction(
        QCoreApplication.translate("DeskMenus", "&Join a hub…")
    )
    action.triggered.connect(lambda: window.organizer(ask))
    window.actions_by_name["Join a hub…"] = action
    window.first_run.join_button.show()  # the first-run screen offers the same dialog
    window.first_run.join_hub.connect(action.trigger)
    joined = config.load(home)
    if joined is None:
        return None
    bridge = HubBridge(window, joined.connection).start()
    window.hub_bridge = bridge
    return bridge


def stop_hub(window: DeskWindow) -> None:
    bridge = window.hub_bridge
    if bridge is not None:
        bridge.stop()
