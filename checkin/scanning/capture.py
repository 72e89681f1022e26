"""The capture loop: frames from a camera, file or stream, decoded in a background thread.

The loop owns its OpenCV capture and two threads: a reader that takes every frame the source
delivers and a decoder that works on the newest one. When decoding is slower than the camera
the frames in between are dropped (see `checkin.scanning.latest`), never queued, so a verdict
is never late by more than one decode. The loop reports through three callbacks, called on its
threads: `on_frame(frame, decoded)` for the preview and `on_scans(scans)` for debounced ticket
codes (decoder thread), `on_state(sentence)` when the source comes, goes or fails (reader
thread). A source that is missing,
busy or stops mid-stream is reported once and reopened in the background with a growing
delay; nothing here ever blocks the caller, and `stop()` returns within a fraction of a second
unless the camera driver itself hangs.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import cv2
import numpy as np

from checkin.core.symbologies import DEFAULT_SYMBOLOGIES
from checkin.core.ticket_codes import normalise
from checkin.scanning.debounce import Debouncer
from checkin.scanning.decoder import Decoded, Decoder
from checkin.scanning.latest import LatestFrame
from checkin.scanning.news import CameraCode
from checkin.scanning.sources import Source, frame_interval, open_capture
from checkin.workers import Worker

log = logging.getLogger("checkin.scan")

FrameCallback = Callable[[np.ndarray, list[Decoded]], None]


@dataclass(frozen=True)
class Scan:
    """A debounced code from the camera: the ticket code, what was read, when it was captured."""

    code: str
    decoded: Decoded
    captured_at: float  # time.monotonic() when the frame left the camera


@dataclass(frozen=True)
class Backoff:
    """Delays between attempts to reopen a source: first, then doubling up to the maximum."""

    first: float = 0.5
    maximum: float = 8.0

    def after(self, delay: float) -> float:
        return min(max(delay * 2, self.first), self.maximum)


def draw_outlines(frame: np.ndarray, decoded: list[Decoded]) -> np.ndarray:
    """A copy of the frame with each code's outline drawn in green."""
    out = frame.copy() if frame.ndim == 3 else cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR)
    for item in decoded:
        if len(item.corners) >= 3:
            points = np.array(item.corners, dtype=np.int32).reshape(-1, 1, 2)
            cv2.polylines(out, [points], isClosed=True, color=(0, 200, 0), thickness=3)
    return out


class CaptureLoop:
    """Reads, decodes and reports frames from one source until stopped."""

    def __init__(
        self,
        source: Source,
        *,
        on_frame: FrameCallback | None = None,
        on_scans: Callable[[list[Scan]], None] | None = None,
        on_state: Callable[[str], None] | None = None,
        decoder: Decoder | None = None,
        debouncer: Debouncer | None = None,
        backoff: Backoff | None = None,
        thorough_every: int = 15,
        preview_fps: float = 30.0,
        formats: Sequence[str] | None = None,
    ) -> None:
        self.source = source
        self._on_frame = on_frame
        self._on_scans = on_scans
        self._on_state = on_state
        # `formats`: the symbologies to look for (QR only by default); ignored with `decoder`.
        self._decoder = decoder or Decoder(formats or DEFAULT_SYMBOLOGIES)
        self._debouncer = debouncer or Debouncer()
        self._backoff = backoff or Backoff()
        # Every n-th frame without a code gets the thorough search (small, inverted codes).
        self._thorough_every = max(thorough_every, 0)
        # 0.8: frames arrive with jitter; a strict gap would drop every other one at 30 fps.
        self._preview_gap = 0.8 / preview_fps if preview_fps > 0 else 0.0
        self._stop = threading.Event()
        self._paused = threading.Event()
        self._workers: list[Worker] = []
        self._latest = LatestFrame()
        self._last_state = ""
        self.frames_read = 0
        self.frames_decoded = 0

    @property
    def frames_dropped(self) -> int:
        """Frames the camera delivered while the decoder was still busy with an earlier one."""
        return self._latest.dropped

    @property
    def running(self) -> bool:
        return any(worker.alive for worker in self._workers)

    def start(self) -> None:
        if self.running:
            return
        self._stop.clear()
        self._latest = LatestFrame()
        self._workers = [
            Worker("checkin-capture", self._run),
            Worker("checkin-decode", self._decode_frames),
        ]
        for worker in self._workers:
            worker.start()

    def stop(self, timeout: float = 3.0) -> bool:
        """Ask the loop to end and wait for it; False if the driver did not let go in time."""
        self._stop.set()
        self._latest.close()
        deadline = time.monotonic() + timeout
        for worker in self._workers:
            if not worker.join(max(deadline - time.monotonic(), 0.0)):
                log.warning("%s did not stop within %.1f s", self.source.label, timeout)
                return False
        self._workers = []
        return True

    def set_paused(self, paused: bool) -> None:
        """Paused: the source stays open but no frame is read, decoded or shown."""
        if paused:
            self._paused.set()
        else:
            self._paused.clear()

    def _state(self, sentence: str) -> None:
        if sentence == self._last_state:
            return
        self._last_state = sentence
        log.info("%s", sentence)
        self._call(self._on_state, sentence)

    def _call(self, callback: Callable[..., None] | None, *args: object) -> None:
        if callback is None:
            return
        try:
            callback(*args)
        except Exception:  # a faulty listener must not end scanning for the whole desk
            log.exception("A capture listener failed")

    def _run(self) -> None:
        delay = self._backoff.first
        while not self._stop.is_set():
            capture, message = open_capture(self.source)
            if capture is None:
                self._state(message.retried())
                if self._stop.wait(delay):
                    break
                delay = self._backoff.after(delay)
                continue
            self._state(message)
            try:
                frames = self._stream(capture)
            finally:
                capture.release()
            if self._stop.is_set():
                break
            if frames:
                delay = self._backoff.first
            stalled = f"{self.source.label} stopped delivering frames."
            self._state(self.source.news(stalled, CameraCode.STALLED).retried())
            if self._stop.wait(delay):
                break
            delay = self._backoff.after(delay)
        self._state(self.source.news(f"{self.source.label} stopped.", CameraCode.STOPPED))

    def _stream(self, capture: cv2.VideoCapture) -> int:
        """Reads until the source fails or the loop is stopped; returns the frames read."""
        interval = frame_interval(capture, self.source)
        next_due = time.monotonic()
        frames = 0
        while not self._stop.is_set():
            if self._paused.is_set():
                self._stop.wait(0.05)
                next_due = time.monotonic()
                continue
            try:
                ok, frame = capture.read()
            except cv2.error as error:
                log.warning("%s failed: %s", self.source.label, error)
                return frames
            captured_at = time.monotonic()
            if not ok or frame is None or frame.size == 0:
                return frames
            frames += 1
            self.frames_read += 1
            self._latest.put(frame, captured_at)
            if interval:
                # Replay files at their own frame rate, as a camera would deliver them.
                next_due += interval
                wait = next_due - time.monotonic()
                if wait > 0:
                    self._stop.wait(wait)
                else:
                    next_due = time.monotonic()
        return frames

    def _decode_frames(self) -> None:
        """The decoder thread: the newest frame each time, until the loop is stopped."""
        last_preview = 0.0
        empty = 0
        while (taken := self._latest.take()) is not None:
            frame, captured_at = taken
            thorough = self._thorough_every > 0 and empty >= self._thorough_every
            decoded = self._decoder.decode(frame, thorough=thorough)
            self.frames_decoded += 1
            empty = 0 if decoded or thorough else empty + 1
            if decoded:
                self._report(decoded, captured_at)
            if self._on_frame is not None and captured_at - last_preview >= self._preview_gap:
                last_preview = captured_at
                self._call(self._on_frame, frame, decoded)

    def _report(self, decoded: list[Decoded], captured_at: float) -> None:
        by_code: dict[str, Decoded] = {}
        for item in decoded:
            code = normalise(item.text)
            if code:
                by_code.setdefault(code, item)
        fresh = self._debouncer.feed(by_code)
        if fresh:
            self._call(self._on_scans, [Scan(code, by_code[code], captured_at) for code in fresh])
