"""Organizer ▸ Join a hub…: the join URL typed, pasted, or read from the hub's QR code.

`checkin hub serve` prints the join URL and draws it as a QR code in its terminal; an organizer
holds the desk's webcam to that screen. While the dialog reads, it claims the desk's camera
(`CameraControl.claim`): the camera runs although a dialog is open, the dialog gets the texts the
camera decoded, and no ticket is admitted meanwhile. The URL carries the hub's password, so the
field stays masked and the dialog only ever shows the URL without it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from checkin.hub import address
from checkin.hub.errors import HubError
from checkin.ui.camera_control import CameraControl
from checkin.ui.dialog_fit import say
from checkin.ui.hub_words import hub_said
from checkin.ui.inert import plain_label
from checkin.ui.language import fill
from checkin.ui.screens import CameraPreview

MAX_URL = 2048  # a join URL is about 140 characters; a longer code is something else
_PREFIXES = tuple(f"{scheme}://" for scheme in address.SCHEMES)


def join_url_in(texts: list[str]) -> str | None:
    """The first decoded text that looks like a join URL (not yet checked), if any."""
    for text in texts:
        text = text.strip()
        if len(text) <= MAX_URL and text.lower().startswith(_PREFIXES):
            return text
    return None


class JoinDialog(QDialog):
    """The join URL and this desk's name; a button reads the URL from the hub's QR code."""

    def __init__(
        self, desk: str, camera: CameraControl | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Join a hub"))
        self.camera = camera
        form = QFormLayout(self)
        self.url = QLineEdit()
        self.url.setEchoMode(QLineEdit.EchoMode.Password)  # it carries the hub's password
        self.url.setPlaceholderText("postgresql://desk:…@10.0.0.5:5433/checkin")
        self.url.setMaxLength(MAX_URL)
        self.desk = QLineEdit(desk)
        self.scan_button = QPushButton(self.tr("Read the hub's QR code with the camera"))
        self.scan_button.setCheckable(True)
        self.preview = CameraPreview()
        self.preview.hide()
        self.problem = plain_label()
        self.problem.setWordWrap(True)
        form.addRow(self.tr("Join URL"), self.url)
        form.addRow(self.scan_button)
        form.addRow(self.preview)
        form.addRow(self.tr("This desk's name"), self.desk)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if camera is None:
            self.scan_button.setEnabled(False)
            self.scan_button.setToolTip(
                self.tr("There is no camera on this desk; type or paste the URL.")
            )
        else:
            self.scan_button.toggled.connect(self._reading)
            self.finished.connect(lambda _result: self._reading(False))

    @property
    def reading(self) -> bool:
        return self.camera is not None and self.camera.claimant is not None

    def _reading(self, on: bool) -> None:
        camera = self.camera
        if camera is None:
            return
        if on and camera.claimant is None:
            camera.camera.frame_ready.connect(self.preview.show_frame)
            camera.claim(self.read)
            self.preview.show_state(camera.state)
            self.preview.show()
            say(self.problem, self.tr("Hold the hub's QR code in front of the camera."))
        elif not on and camera.claimant is not None:
            camera.release()
            camera.camera.frame_ready.disconnect(self.preview.show_frame)
            self.preview.hide()
        if self.scan_button.isChecked() != on:
            self.scan_button.setChecked(on)

    def read(self, texts: list[str]) -> None:
        """What the camera decoded while the dialog reads: a join URL ends the reading."""
        found = join_url_in(texts)
        if found is None:
            say(
                self.problem,
                self.tr(
                    "That code is not a hub's join URL (one starts with postgresql://); "
                    "hold up the QR code that `checkin hub serve` shows."
                ),
            )
            return
        try:
            url = address.check_url(found)
        except HubError as error:
            say(self.problem, hub_said(error))
            return
        self.url.setText(url)
        self._reading(False)
        say(self.problem, fill(self.tr("Read from the camera: %1"), address.shown(url)))
