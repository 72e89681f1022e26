"""Opening the SQLite file with the settings a registration desk needs.

WAL lets the dashboard read while a desk writes; synchronous=FULL because a laptop at a desk can
lose power and a check-in the desk reported as done must survive it; a busy timeout because
several desks (processes) may share one file.

Write transactions wait in line for the write lock (`DeskDatabase.begin`): SQLite's own busy
handler sleeps longer the longer it has waited, so with three desks writing a fourth could lose
every race for ten seconds and fail. Here each waiter keeps polling at the same short, jittered
pace until a deadline far past any commit, then says in one sentence that it could not. Every
attempt, the first included, waits at most `_POLL_BUSY_MS` inside SQLite, so the attempts a
write needed count how long it waited (`LockWaits`, per thread); a long job that writes in
short transactions steps aside between them while another thread of the desk waits
(`yield_to_writers`), and whoever waits for the desk's writes hears of each commit
(`add_commit_listener`) at once, without polling.
"""

from __future__ import annotations

import logging
import os
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import peewee as pw

from checkin.db.migrations import migrate
from checkin.db.models import database_proxy
from checkin.paths import private_file, private_home

log = logging.getLogger("checkin.db")

SQLITE_BUSY_MS = 10_000  # SQLite's own wait for a lock, at most (`busy_timeout_ms`)
PRAGMAS: dict[str, str | int] = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": SQLITE_BUSY_MS,
}


# How long a write waits for other programs' writes (seconds): a commit takes milliseconds, a
# 50,000-row sync a few seconds. CHECKIN_LOCK_WAIT changes it (a desk on a slow shared drive).
LOCK_WAIT_SECONDS = 60.0
_POLL_BUSY_MS = 20  # SQLite's own wait per attempt: short, so a long waiter never polls slowly
_BUSY_WORDS = ("database is locked", "database is busy")


class DatabaseInUse(RuntimeError):
    """Another database file is already open in this process."""


class DatabaseBusy(RuntimeError):
    """Another program held the write lock for longer than a write waits."""

    def __init__(self, waited: float) -> None:
        super().__init__(
            "Another program is writing to the database and did not finish within "
            f"{waited:.1f} seconds; nothing was changed."
        )
        self.waited = waited  # seconds this write really waited, its first attempt included


def lock_wait() -> float:
    try:
        return max(0.0, float(os.environ.get("CHECKIN_LOCK_WAIT", LOCK_WAIT_SECONDS)))
    except ValueError:
        return LOCK_WAIT_SECONDS


def busy_timeout_ms() -> int:
    """SQLite's own wait for a lock: never longer than the write wait, so a write's first
    attempt (which SQLite times) cannot outlast `CHECKIN_LOCK_WAIT` on its own."""
    return min(SQLITE_BUSY_MS, int(lock_wait() * 1000))


def is_busy(error: BaseException) -> bool:
    return any(word in str(error).lower() for word in _BUSY_WORDS)


@dataclass
class LockWaits:
    """What one thread's write transactions spent waiting for SQLite's write lock."""

    writes: int = 0  # write transactions begun
    attempts: int = 0  # attempts that found the lock taken (each ≤ _POLL_BUSY_MS in SQLite)
    seconds: float = 0.0  # time spent in those attempts and between them


class DeskDatabase(pw.SqliteDatabase):
    """SQLite with write transactions that wait their turn (see the module's docstring)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._mine = threading.local()  # this thread's LockWaits and whether it is writing
        self._wanting = 0  # threads of this process in `begin` for the write lock
        self._wanting_lock = threading.Lock()
        self._listeners: list[Callable[[], None]] = []

    def lock_waits(self) -> LockWaits:
        """The calling thread's counts (a copy): what its writes waited for the lock."""
        mine = self._waits()
        return LockWaits(mine.writes, mine.attempts, mine.seconds)

    def _waits(self) -> LockWaits:
        waits: LockWaits | None = getattr(self._mine, "waits", None)
        if waits is None:
            waits = self._mine.waits = LockWaits()
        return waits

    def add_commit_listener(self, listener: Callable[[], None]) -> None:
        """Call `listener` after every write transaction commits, on the committing thread."""
        self._listeners = [*self._listeners, listener]

    def remove_commit_listener(self, listener: Callable[[], None]) -> None:
        self._listeners = [known for known in self._listeners if known is not listener]

    def yield_to_writers(self, longest: float = 0.25) -> None:
        """Wait (up to `longest` seconds) while another thread of this process waits for the
        write lock: a job of many short transactions lets a scan in between each of them."""
        deadline = time.monotonic() + longest
        while self._wanting and time.monotonic() < deadline:
            time.sleep(0.001)

    def commit(self) -> Any:
        done = super().commit()
        if getattr(self._mine, "writing", False):
            self._mine.writing = False
            for listener in self._listeners:
                listener()
        return done

    def rollback(self) -> Any:
        self._mine.writing = False
        return super().rollback()

    def begin(self, lock_type: str | None = None) -> Any:
        lock = str(lock_type or getattr(self, "_lock_type", None) or "").upper()
        if lock not in ("IMMEDIATE", "EXCLUSIVE"):
            return super().begin(lock_type)  # a read snapshot needs no lock
        waits = self._waits()
        waits.writes += 1
        with self._wanting_lock:
            self._wanting += 1
        start = time.monotonic()
        deadline = start + lock_wait()
        cursor = self.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {_POLL_BUSY_MS}")
        try:
            while True:
                try:
                    began = super().begin(lock_type)  # nearly always: nobody else is writing
                    self._mine.writing = True
                    return began
                except pw.OperationalError as error:
                    if not is_busy(error):
                        raise
                    waits.attempts += 1
                    if time.monotonic() >= deadline:
                        raise DatabaseBusy(time.monotonic() - start) from error
                time.sleep(random.uniform(0.001, 0.005))  # jitter: waiters do not move in step
        finally:
            waits.seconds += time.monotonic() - start
            with self._wanting_lock:
                self._wanting -= 1
            cursor.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")


class _OpenFile:
    """The one database this process has open. peewee binds models to a database globally,
    so a second file at the same time would silently read the wrong data: refuse it instead."""

    path: Path | None = None
    db: pw.SqliteDatabase | None = None
    users = 0


def checkpoint_truncate(db: pw.SqliteDatabase) -> bool:
    """Copy the whole WAL into the database file and empty it; False when another program kept
    reading an older snapshot (which pins the old pages) until the write wait ran out."""
    deadline = time.monotonic() + lock_wait()
    db.execute_sql(f"PRAGMA busy_timeout = {_POLL_BUSY_MS}")
    try:
        while True:
            try:
                busy = db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            except pw.OperationalError as error:
                if not is_busy(error):
                    raise
                busy = 1
            if not busy:
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(random.uniform(0.005, 0.02))
    finally:
        db.execute_sql(f"PRAGMA busy_timeout = {busy_timeout_ms()}")


def open_database(path: Path) -> pw.SqliteDatabase:
    """Open (creating if needed) and migrate the database file; one file per process."""
    path = Path(path).resolve()
    if _OpenFile.path is not None and _OpenFile.path != path:
        raise DatabaseInUse(f"{_OpenFile.path} is already open in this process.")
    if _OpenFile.db is None:
        private_home(path.parent)
        if not path.exists():
            private_file(path, create=True)  # SQLite gives its -wal and -shm the same mode
        pragmas = {**PRAGMAS, "busy_timeout": busy_timeout_ms()}
        db = DeskDatabase(str(path), pragmas=pragmas, timeout=busy_timeout_ms() / 1000)
        db.connect(reuse_if_open=True)
        try:
            found = migrate(db)
        except BaseException:
            db.close()
            raise
        for private in (path, *(path.with_name(path.name + end) for end in ("-wal", "-shm"))):
            private_file(private)  # a home from an earlier release had them 0644
        log.info("opened %s (schema %d)", path, found)
        database_proxy.initialize(db)
        _OpenFile.path, _OpenFile.db = path, db
    _OpenFile.users += 1
    return _OpenFile.db


def close_database() -> None:
    _OpenFile.users -= 1
    if _OpenFile.users <= 0 and _OpenFile.db is not None:
        _OpenFile.db.close()
        database_proxy.initialize(None)
        _OpenFile.path, _OpenFile.db, _OpenFile.users = None, None, 0
