"""The window's side of the camera: which source it reads, why it is paused, what the desk shows.

The camera worker reads and decodes on its own thread; this object only decides. It pauses the
camera for as long as any reason holds — the window hidden or minimised, a dialog open, the
volunteer's F6 — so frames are neither read nor drawn when nobody can see them, and it turns the
worker's state sentences into one line in the status bar and a word in the preview area.

It also decides where what the camera reads goes: ticket codes to the desk, except while a dialog
has claimed the camera (Organizer ▸ Join a hub… reading the hub's QR code). A claimed camera
runs with that dialog open and hands the dialog the raw texts; no ticket is admitted meanwhile.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

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
        on_codes: Callable[[list[object]], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.camera, self.preview, self.status = camera, preview, status
        self.on_codes = on_codes
        self.claimant: Callable[[list[str]], None] | None = None
        self.reasons: set[str] = set()
        self.state = "starting"
        self.source = ""
        self.resolution = ""
        camera.frame_ready.connect(preview.show_frame)
        camera.state_changed.connect(self._state)
        camera.codes_found.connect(self._codes)
        camera.texts_found.connect(self._texts)
        self.status.set_camera(self.state)

    @property
    def paused(self) -> bool:
        if self.claimant is not None:  # the dialog that claimed it is open and wants frames
            return bool(self.reasons - {DIALOG, VOLUNTEER})
        return bool(self.reasons)

    def claim(self, receiver: Callable[[list[str]], None]) -> None:
        """Send what the camera reads to `receiver` (raw texts) instead of the desk."""
        was = self.paused
        self.claimant = receiver
        self._apply(was)

    def release(self) -> None:
        if self.claimant is None:
            return
        was = self.paused
        self.claimant = None
        self._apply(was)

    def _codes(self, codes: list[object]) -> None:
        if self.claimant is None:
            self.on_codes(codes)

    def _texts(self, texts: list[str]) -> None:
        if self.claimant is not None:
            self.claimant(texts)

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
        self._apply(was, reason)

    def _apply(self, was: bool, reason: str = "claim") -> None:
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
