"""Running slow work (probing cameras, reading and syncing attendee lists) off the UI thread.

A `Job` runs one function on a worker thread of its own (`checkin.workers`) and reports back by
signal, which Qt queues
to the main thread: `progress(stage, done, total)`, then exactly one of `succeeded(result)` or
`failed(exception)`, then `ended()`. The function receives a `report` callable for its progress;
reports are thinned out so that a 50,000-row import does not flood the event loop.

A job is not a child of any widget: a dialog closed while its job runs simply stops listening
(Qt drops connections to deleted receivers), and the job lives until its function returns.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, Signal

from checkin.workers import BackgroundCall

log = logging.getLogger("checkin.ui")

Report = Callable[[str, int, int], None]
PROGRESS_EVERY_S = 0.05  # at most ~20 progress updates a second reach the window


class Job(QObject):
    progress = Signal(str, int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    ended = Signal()

    _running: ClassVar[set[Job]] = set()  # keeps unparented jobs alive until they end

    def __init__(self, work: Callable[[Report], Any], name: str = "job") -> None:
        super().__init__()
        self.work = work
        self.name = name
        self.running = False
        self.call: BackgroundCall | None = None
        self._last_report = 0.0
        self._last_stage = ""

    def start(self) -> None:
        if self.running:
            return
        self.running = True
        Job._running.add(self)
        self.ended.connect(self._forget)
        self.call = BackgroundCall(f"checkin-job-{self.name}", self._run).start()

    def _report(self, stage: str, done: int, total: int) -> None:
        # Called on the worker thread: only emits (queued to the UI thread).
        now = time.monotonic()
        last_step = total > 0 and done >= total
        if stage != self._last_stage or last_step or now - self._last_report >= PROGRESS_EVERY_S:
            self._last_stage, self._last_report = stage, now
            self.progress.emit(stage, done, total)

    def _run(self) -> None:
        try:
            result = self.work(self._report)
        except Exception as error:  # reported to the window as one sentence, never a crash
            log.info("%s failed: %s", self.name, error)
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        finally:
            self.running = False  # before `ended`, so that its listeners see the job done
            self.ended.emit()

    def _forget(self) -> None:
        Job._running.discard(self)


def wait_for_jobs(timeout_ms: int = 30_000) -> bool:
    """Block until every job has returned (used when the app quits, and by tests)."""
    deadline = time.monotonic() + timeout_ms / 1000
    for job in list(Job._running):
        call = job.call
        if call is not None and not call.worker.join(max(deadline - time.monotonic(), 0)):
            return False
    return True
