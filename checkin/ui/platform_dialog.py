"""Organizer ▸ Ticketing platform…: connect the desk to the event on pretix, Eventbrite or Tito,
see what it is connected to, or forget the connection — what `checkin connect` does.

The token is typed into a password field, checked with the platform on a worker (a slow or
absent network never freezes the desk), stored in the home readable by this user only, and never
shown again: the dialog says only that one is stored.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.sync import NotVisible, TokenRefused
from checkin.sync import connection as connections
from checkin.sync.connection import PLATFORMS, Connection
from checkin.sync.model import SyncError
from checkin.sync.platform_model import UnknownList
from checkin.sync.platform_pull import check_connection
from checkin.ui.dialog_fit import say
from checkin.ui.inert import plain_label, report_box
from checkin.ui.jobs import Job
from checkin.ui.language import fill


def _check(home: Path, platform: str, url: str, token: str) -> tuple[Connection, str]:
    """The connection to save: the check-in list chosen before for this event (with `checkin
    connect --list`) while the event still has it, else the event's first."""
    connection = connections.checked(platform, url, token)
    try:
        earlier = connections.load(home)
    except SyncError:
        earlier = None
    if earlier is not None and (earlier.platform, earlier.url) == (platform, connection.url):
        try:
            return check_connection(connection, earlier.check_in_list)
        except UnknownList:
            pass
    return check_connection(connection)


class PlatformDialog(QDialog):
    connected = Signal(object)  # Connection: saved in the home, the desk should start pulling
    forgotten = Signal()

    def __init__(
        self, home: Path, parent: QWidget | None = None, refused: list[dict[str, str]] | None = None
    ) -> None:
        super().__init__(parent)
        self.home = home
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Ticketing platform"))
        self.setAccessibleName(self.tr("Ticketing platform"))
        self.platform = QComboBox()
        self.platform.setObjectName("platformName")
        self.platform.addItems(list(PLATFORMS))
        self.url = QLineEdit()
        self.url.setObjectName("platformUrl")
        self.url.setPlaceholderText("https://pretix.eu/api/v1/organizers/ORG/events/EVENT/")
        self.token = QLineEdit()
        self.token.setObjectName("platformToken")
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setMaxLength(connections.MAX_TOKEN)
        self.note = plain_label()
        self.note.setObjectName("platformNote")
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Platform"), self.platform)
        form.addRow(self.tr("Event's API &URL"), self.url)
        form.addRow(self.tr("API &token"), self.token)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.connect_button = QPushButton(self.tr("&Connect"))
        self.forget_button = QPushButton(self.tr("&Forget the connection"))
        self.buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.forget_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.connect_button.clicked.connect(self.try_connect)
        self.forget_button.clicked.connect(self.forget)
        self.buttons.rejected.connect(self.reject)
        # What the platform refused, with its own reason: plain text (names are data).
        self.refused = report_box()
        self.refused.setObjectName("platformRefused")
        self.refused.setAccessibleName(self.tr("Check-ins the platform refused"))
        self.refused.setPlainText("\n".join(self.refusal(r) for r in refused or ()))
        self.refused.setVisible(bool(refused))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        if refused:
            count = QLocale().toString(len(refused))
            layout.addWidget(plain_label(fill(self.tr("Refused by the platform (%1):"), count)))
        layout.addWidget(self.refused)
        layout.addWidget(self.buttons)
        self.show_current()

    def refusal(self, refused: dict[str, str]) -> str:
        """One refused movement: the name, what and when (UTC, as the platform keeps it), and
        the platform's own reason as it said it."""
        said = (
            self.tr("%1 — undo at %2 UTC: %3")
            if refused["what"] == "undo"
            else self.tr("%1 — check-in at %2 UTC: %3")
        )
        try:
            at = datetime.fromisoformat(refused["at"])
            stamp = QDateTime(at.year, at.month, at.day, at.hour, at.minute, 0)
            when = QLocale().toString(stamp, QLocale.FormatType.ShortFormat)
        except ValueError:
            when = refused["at"][:16]
        return fill(said, refused["name"], when, refused["reason"])

    def show_current(self) -> None:
        try:
            current = connections.load(self.home)
        except SyncError:
            say(self.note, self.tr("Not connected: the desk syncs from files and links."))
            self.forget_button.setEnabled(False)
            return
        self.platform.setCurrentText(current.platform)
        self.url.setText(current.url)
        chosen = current.check_in_list_name or current.check_in_list
        said = fill(
            self.tr(
                "Connected to %1 at %2 (token stored, not shown). Connect again with a new token "
                "to replace it."
            ),
            current.platform,
            current.url,
        )
        if chosen:
            said += " " + fill(self.tr("Check-ins count on the list “%1”."), chosen)
        say(self.note, said)
        self.forget_button.setEnabled(True)

    def try_connect(self) -> None:
        if self.job is not None and self.job.running:
            return
        platform, url, token = self.platform.currentText(), self.url.text(), self.token.text()
        say(self.note, fill(self.tr("Checking the token with %1…"), platform))
        self.connect_button.setEnabled(False)
        home = self.home
        self.job = Job(lambda _report: _check(home, platform, url, token), name="platform check")
        self.job.succeeded.connect(self._checked)
        self.job.failed.connect(self._refused)
        self.job.ended.connect(lambda: self.connect_button.setEnabled(True))
        self.job.start()

    def _checked(self, result: object) -> None:
        assert isinstance(result, tuple)
        connection, found = result
        assert isinstance(connection, Connection)
        connections.save(self.home, connection)
        self.token.clear()
        said = self.tr("Connected to the %1 at %2; pulling the list now.")
        say(self.note, fill(said, found, connection.url))
        self.forget_button.setEnabled(True)
        self.connected.emit(connection)

    def _refused(self, error: object) -> None:
        platform = self.platform.currentText()
        # The platform's two answers a volunteer can act on, in the desk's words; any other
        # (a list the event lacks, an unreachable address) as the platform's client said it.
        if isinstance(error, TokenRefused):
            said = fill(
                self.tr("%1 refused the token: check it, or connect again with a new one."),
                platform,
            )
        elif isinstance(error, NotVisible):
            said = fill(
                self.tr(
                    "%1 shows the token no such event: check the organizer and event in the URL."
                ),
                platform,
            )
        else:
            said = str(error)
        say(self.note, fill(self.tr("%1 The connection was not saved."), said))

    def forget(self) -> None:
        if connections.forget(self.home):
            said = self.tr("Forgot the connection and its token; the attendee list stays.")
            say(self.note, said)
            self.forget_button.setEnabled(False)
            self.forgotten.emit()
