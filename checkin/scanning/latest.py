"""The hand-over between the camera reader and the decoder: one slot, newest frame wins.

A camera delivers frames at its own pace whether or not anybody keeps up. When decoding a
frame takes longer than the camera takes to deliver the next (a thorough attempt, a busy
laptop), queueing them would make every later verdict later still; the slot keeps only the
newest frame and counts the ones it replaced, so the decoder always works on what the camera
sees now.
"""

from __future__ import annotations

import threading

import numpy as np


class LatestFrame:
    """A one-frame mailbox between one writer thread and one reader thread."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._frame: tuple[np.ndarray, float] | None = None
        self._closed = False
        self.dropped = 0

    def put(self, frame: np.ndarray, captured_at: float) -> None:
        """Leave a frame for the decoder, replacing (dropping) one it has not taken yet."""
        with self._changed:
            if self._frame is not None:
                self.dropped += 1
            self._frame = (frame, captured_at)
            self._changed.notify()

    def take(self) -> tuple[np.ndarray, float] | None:
        """The newest frame and when it was captured, waiting for one; None once closed."""
        with self._changed:
            while self._frame is None and not self._closed:
                self._changed.wait()
            frame, self._frame = self._frame, None
            return None if self._closed else frame

    def close(self) -> None:
        """Wake the reader for good; frames still waiting are not decoded."""
        with self._changed:
            self._closed = True
            self._changed.notify_all()
