"""The camera for the desk window: a QObject that runs the capture loop off the UI thread.

The loop runs on its own Python thread (see `checkin.scanning.capture`); this wrapper turns its
callbacks into Qt signals, which Qt queues to the receivers' thread, so widgets are only ever
touched on the main thread. `stop()` joins the loop: no thread is left running afterwards.

Signals: `codes_found(list[str])` debounced ticket codes, `texts_found(list[str])` the same
scans as the symbols spelled them (a hub's join URL is not a ticket link to take a code out of),
`frame_ready(QImage)` preview frames
with detected codes outlined (not sent while paused), `state_changed(str)` one sentence when
the camera starts, fails or comes back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QImage

from checkin.scanning import CaptureLoop, Debouncer, Decoded, Scan, draw_outlines, parse_source
from checkin.scanning.capture import Backoff
from checkin.scanning.debounce import DEFAULT_HOLD_OFF, DEFAULT_REPEAT_AFTER

log = logging.getLogger("checkin.scan")


def to_qimage(frame: np.ndarray) -> QImage:
    """A QImage owning a copy of a BGR (or grayscale) frame."""
    frame = np.ascontiguousarray(frame)
    height, width = frame.shape[:2]
    if frame.ndim == 2:
        image = QImage(frame.data, width, height, frame.strides[0], QImage.Format.Format_Grayscale8)
    else:
        image = QImage(frame.data, width, height, frame.strides[0], QImage.Format.Format_BGR888)
    return image.copy()  # the numpy buffer is reused by the next frame


class CameraWorker(QObject):
    codes_found = Signal(list)
    texts_found = Signal(list)
    frame_ready = Signal(QImage)
    state_changed = Signal(object)  # str: a word, or the capture loop's CameraNews

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        resolution: str | None = None,
        hold_off: float | None = None,
        backoff: Backoff | None = None,
        formats: Callable[[], Sequence[str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._resolution = resolution
        # Asked at every start: the event's ticket formats may have changed since the last.
        self._formats = formats
        self._hold_off = hold_off
        self._backoff = backoff
        self._loop: CaptureLoop | None = None
        self._paused = False

    @property
    def running(self) -> bool:
        return self._loop is not None and self._loop.running

    @Slot(object)
    def start(self, source: str | int) -> None:
        """Start reading from a camera index, a video file or a stream URL (replaces any other)."""
        self.stop()
        try:
            parsed = parse_source(source, self._resolution)
        except ValueError as error:
            self.state_changed.emit(str(error))
            return
        hold_off = DEFAULT_HOLD_OFF if self._hold_off is None else self._hold_off
        debouncer = Debouncer(hold_off, repeat_after=DEFAULT_REPEAT_AFTER)
        self._loop = CaptureLoop(
            parsed,
            on_frame=self._frame,
            on_scans=self._scans,
            on_state=self.state_changed.emit,
            debouncer=debouncer,
            backoff=self._backoff,
            formats=self._formats() if self._formats is not None else None,
        )
        self._loop.set_paused(self._paused)
        self._loop.start()

    @Slot(str)
    def set_resolution(self, resolution: str) -> None:
        """Width×height asked of a camera from the next `start` on ("" keeps its own)."""
        self._resolution = resolution or None

    @Slot()
    def stop(self) -> None:
        loop, self._loop = self._loop, None
        if loop is not None:
            loop.stop()

    @Slot(bool)
    def set_paused(self, paused: bool) -> None:
        """Paused while the window is hidden: the camera stays open, nothing is read."""
        self._paused = paused
        if self._loop is not None:
            self._loop.set_paused(paused)

    # Called on the capture thread: only emit signals here, never touch widgets.
    def _frame(self, frame: np.ndarray, decoded: list[Decoded]) -> None:
        if self._paused:
            return
        self.frame_ready.emit(to_qimage(draw_outlines(frame, decoded) if decoded else frame))

    def _scans(self, scans: list[Scan]) -> None:
        self.codes_found.emit([scan.code for scan in scans])
        self.texts_found.emit([scan.decoded.text for scan in scans])
