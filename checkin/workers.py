"""Background threads, one shape for the whole app: named, never daemon, always joined.

Every piece of work that must not run on the caller's thread — the desk's commit line, camera
capture, the print queue, imports, exports, search-index rebuilds, printer discovery, badge
batches — runs on a `Worker`. A worker is an ordinary (non-daemon) thread: the interpreter never
cuts one off mid-write at exit, so whoever starts a worker stops and joins it (the window does so
when it closes: queued writes are finished first). `live_workers` names the ones still running,
which the test suite checks after every test, and `join_all` waits for them at shutdown.

`BackgroundCall` runs one function and hands its result back through a `Future`; `WorkLine`
runs queued functions one after another, in order, on one thread (and one SQLite connection).
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

log = logging.getLogger("checkin.workers")

_live: set[Worker] = set()
_lock = threading.Lock()


class Worker:
    """One named thread running `target` once; `on_exit` runs on it afterwards, always."""

    def __init__(
        self, name: str, target: Callable[[], None], on_exit: Callable[[], object] | None = None
    ) -> None:
        self.name = name
        self._target, self._on_exit = target, on_exit
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError(f"{self.name} was started already.")
        self._thread = threading.Thread(target=self._run, name=self.name, daemon=False)
        with _lock:
            _live.add(self)
        self._thread.start()

    @property
    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def join(self, timeout: float | None = None) -> bool:
        """Wait for the thread to end; False when it is still running after `timeout`."""
        thread = self._thread
        if thread is None or thread is threading.current_thread():
            return True
        thread.join(timeout)
        return not thread.is_alive()

    def _run(self) -> None:
        try:
            self._target()
        except Exception:  # the worker's owner reports what it can; the traceback goes to the log
            log.exception("%s failed", self.name)
        finally:
            try:
                if self._on_exit is not None:
                    self._on_exit()
            finally:
                with _lock:
                    _live.discard(self)


class BackgroundCall:
    """`work()` on a worker of its own; its result (or exception) arrives in `future`."""

    def __init__(
        self, name: str, work: Callable[[], Any], on_exit: Callable[[], object] | None = None
    ) -> None:
        self.future: Future[Any] = Future()
        self.worker = Worker(name, self._call, on_exit)
        self._work = work

    def start(self) -> BackgroundCall:
        self.worker.start()
        return self

    def _call(self) -> None:
        try:
            self.future.set_result(self._work())
        except BaseException as error:  # handed to whoever reads the future
            self.future.set_exception(error)


class WorkLine:
    """Runs queued functions in the order they were queued, on one worker thread."""

    def __init__(self, name: str, on_exit: Callable[[], object] | None = None) -> None:
        self._items: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self.worker = Worker(name, self._run, on_exit)
        self.worker.start()
        self.closed = False

    def put(self, item: Callable[[], None]) -> None:
        if self.closed:
            raise RuntimeError("the line is closed")
        self._items.put(item)

    def close(self, timeout: float = 30.0) -> bool:
        """Finish what is queued, then end the thread; False if it did not end in time."""
        if not self.closed:
            self.closed = True
            self._items.put(None)
        return self.worker.join(timeout)

    def _run(self) -> None:
        while (item := self._items.get()) is not None:
            item()  # an item reports its own failures; one failing must not end the line


def live_workers() -> list[str]:
    with _lock:
        return sorted(worker.name for worker in _live)


def join_all(timeout: float = 30.0) -> bool:
    """Wait for every running worker (shutdown, tests); False if some are still running."""
    deadline = time.monotonic() + timeout
    while True:
        with _lock:
            workers = list(_live)
        if not workers:
            return True
        for worker in workers:
            if not worker.join(max(deadline - time.monotonic(), 0)):
                return False
