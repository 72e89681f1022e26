"""Organizer ▸ Ticketing platform…: connect the desk to the event on pretix, Eventbrite or Tito,
see what it is connected to, or forget the connection — what `checkin connect` does.

The token is typed into a password field, checked with the platform on a worker (a slow or
absent network never freezes the desk), stored in the home readable by this user only, and never
shown again: the dialog says only that one is stored.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.sync import connection as connections
from checkin.sync.connection import PLATFORMS, Connection
from checkin.sync.model import SyncError
from checkin.sync.platform_model import UnknownList
from checkin.sync.platform_pull import check_connection
from checkin.ui.inert import plain_label
from checkin.ui.jobs import Job


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
        self.setWindowTitle("Ticketing platform")
        self.setAccessibleName("Ticketing platform")
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
        form.addRow("&Platform", self.platform)
        form.addRow("Event's API &URL", self.url)
        form.addRow("API &token", self.token)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.connect_button = QPushButton("&Connect")
        self.forget_button = QPushButton("&Forget the connection")
        self.buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.forget_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.connect_button.clicked.connect(self.try_connect)
        self.forget_button.clicked.connect(self.forget)
        self.buttons.rejected.connect(self.reject)
        # What the platform refused, with its own reason: plain text (names are data).
        self.refused = QPlainTextEdit()
        self.refused.setObjectName("platformRefused")
        self.refused.setAccessibleName("Check-ins the platform refused")
        self.refused.setReadOnly(True)
        self.refused.setPlainText(
            "\n".join(
                f"{r['name']} — {r['what']} at {r['at'][:16].replace('T', ' ')} UTC: {r['reason']}"
                for r in refused or ()
            )
        )
        self.refused.setVisible(bool(refused))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        if refused:
            layout.addWidget(plain_label(f"Refused by the platform ({len(refused)}):"))
        layout.addWidget(self.refused)
        layout.addWidget(self.buttons)
        self.show_current()

    def show_current(self) -> None:
        try:
            current = connections.load(self.home)
        except SyncError:
            self.note.setText("Not connected: the desk syncs from files and links.")
            self.forget_button.setEnabled(False)
            return
        self.platform.setCurrentText(current.platform)
        self.url.setText(current.url)
        chosen = current.check_in_list_name or current.check_in_list
        self.note.setText(
            f"Connected to {current.platform} at {current.url} (token stored, not shown). "
            "Connect again with a new token to replace it."
            + (f" Check-ins count on the list “{chosen}”." if chosen else "")
        )
        self.forget_button.setEnabled(True)

    def try_connect(self) -> None:
        if self.job is not None and self.job.running:
            return
        platform, url, token = self.platform.currentText(), self.url.text(), self.token.text()
        self.note.setText(f"Checking the token with {platform}…")
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
        self.note.setText(f"Connected to the {found} at {connection.url}; pulling the list now.")
        self.forget_button.setEnabled(True)
        self.connected.emit(connection)

    def _refused(self, error: object) -> None:
        self.note.setText(f"{error} The connection was not saved.")

    def forget(self) -> None:
        if connections.forget(self.home):
            self.note.setText("Forgot the connection and its token; the attendee list stays.")
            self.forget_button.setEnabled(False)
            self.forgotten.emit()
