"""The window's side of the camera: which source it reads, why it is paused, what the desk shows.

The camera worker reads and decodes on its own thread; this object only decides. It pauses the
camera for as long as any reason holds — the window hidden or minimised, a dialog open, the
volunteer's F6 — so frames are neither read nor drawn when nobody can see them, and it turns the
worker's state sentences into one line in the status bar and a word in the preview area.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

from checkin.ui.ports import CameraSource
from checkin.ui.screens import CameraPreview
from checkin.ui.status import DeskStatus

log = logging.getLogger("checkin.scan")

HIDDEN, DIALOG, VOLUNTEER = "hidden", "dialog", "volunteer"


def camera_source(text: str) -> int | str:
    """A device number ("0") or a video file / stream URL."""
    text = text.strip()
    return int(text) if text.isdigit() else text


class CameraControl(QObject):
    def __init__(
        self,
        camera: CameraSource,
        preview: CameraPreview,
        status: DeskStatus,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.camera, self.preview, self.status = camera, preview, status
        self.reasons: set[str] = set()
        self.state = "starting"
        self.source = ""
        self.resolution = ""
        camera.frame_ready.connect(preview.show_frame)
        camera.state_changed.connect(self._state)
        self.status.set_camera(self.state)

    @property
    def paused(self) -> bool:
        return bool(self.reasons)

    def start(self, source: str, resolution: str = "") -> None:
        """(Re)open the camera on this source; the worker reports how that went by signal."""
        self.source, self.resolution = source, resolution
        self.camera.stop()
        self.camera.set_resolution(resolution)
        self.camera.set_paused(self.paused)  # a hidden window opens the camera paused
        self.camera.start(camera_source(source))

    def stop(self) -> None:
        self.camera.stop()

    def pause(self, reason: str, on: bool = True) -> None:
        was = self.paused
        if on:
            self.reasons.add(reason)
        else:
            self.reasons.discard(reason)
        if self.paused != was:
            self.camera.set_paused(self.paused)
            log.debug("camera %s (%s)", "paused" if self.paused else "resumed", reason)
        self._show()

    def toggle(self) -> bool:
        """F6: the volunteer pauses or resumes the camera; returns whether it is now paused."""
        paused = VOLUNTEER not in self.reasons
        self.pause(VOLUNTEER, paused)
        self.preview.show_state("paused (F6 resumes)" if paused else self.state)
        return paused

    def _state(self, sentence: str) -> None:
        self.state = sentence
        self.preview.show_state(sentence)
        self._show()

    def _show(self) -> None:
        paused = VOLUNTEER in self.reasons
        self.status.set_camera("paused (F6 resumes)" if paused else self.state)
