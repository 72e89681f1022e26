"""The desk's writes, made in order on one thread of their own so the UI thread never waits on them.

A scan's check-in, its badge's print-log entry and an undo are each one short SQLite transaction,
but a transaction that commits waits for the disk (the database syncs every commit, so a
check-in survives a power cut) and for the write lock, which the print queue's thread and other
desks take too. On a busy machine that is tens to hundreds of milliseconds: long enough for the
scanner's next keys to queue up and the camera preview to freeze if it happened on the UI thread.

`CommitLine.run(work, then)` queues `work` for the line's thread and later calls `then(result)`
on the UI thread, in the order the work was queued; a failure reaches `failed(error)` instead.
The desk shows a verdict only once its check-in is committed, so what a volunteer sees is always
what the database holds. `stop` lets queued work finish before the window closes: a scan
accepted by the desk is never dropped.

A `checkin.workers.WorkLine`, not a `checkin.ui.jobs.Job`: jobs run side by side in no set
order, each on a thread with its own SQLite connection; here order is the point, and one
connection serves.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from checkin.operations.records import Store
from checkin.workers import WorkLine

log = logging.getLogger("checkin.ui")

Work = Callable[[], Any]
Then = Callable[[Any], None]
Failed = Callable[[Exception], None]


class CommitLine(QObject):
    _finished = Signal(object, object, object)  # (then, failed), result, error — from the line

    def __init__(self, repo: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.pending = 0  # queued, result not yet shown (touched on the UI thread only)
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        # The line's own SQLite connection is closed on its thread when the line ends.
        self._line: WorkLine | None = WorkLine("checkin-commit", on_exit=repo.db.close)

    def run(self, work: Work, then: Then, failed: Failed) -> None:
        """Queue `work`; `then(result)` or `failed(error)` follows on the UI thread, in order."""
        line = self._line
        if line is None:  # a late camera frame or key after the window closed
            failed(RuntimeError("the desk is closing"))
            return
        self.pending += 1
        line.put(lambda: self._do(work, then, failed))

    def stop(self, timeout: float = 30.0) -> None:
        """Finish what is queued, then end the thread (the window is closing)."""
        line, self._line = self._line, None
        if line is not None and not line.close(timeout):
            log.warning("the commit line did not finish within %.0f s", timeout)

    def _do(self, work: Work, then: Then, failed: Failed) -> None:  # on the line's thread
        try:
            result, error = work(), None
        except Exception as problem:  # shown to the desk as one sentence, never a crash
            log.warning("desk write failed: %s", problem)
            result, error = None, problem
        self._finished.emit((then, failed), result, error)

    @Slot(object, object, object)
    def _deliver(
        self, callbacks: tuple[Then, Failed], result: Any, error: Exception | None
    ) -> None:
        self.pending -= 1
        then, failed = callbacks
        if error is None:
            then(result)
        else:
            failed(error)
