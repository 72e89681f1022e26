"""A desk's live link to its hub: one connection on one worker thread, never the caller's.

The link runs a round (`rounds.sync_round`) as soon as it connects, then whenever another desk's
push NOTIFYs the hub's channel, whenever this desk writes, at once again while the hub has more
than one round takes, and every `poll_seconds` in any case — a notification lost with a dropped
connection costs at most that. A write in this process (the window's, the terminal desk's)
wakes the waiting link at once: the database calls it back on commit, and the link waits on
the hub's socket and a wake-up socket of its own together. A write by another program on the
same home (a `checkin` command) moves SQLite's `data_version`, looked at every `TICK`. A round
woken by the hub alone pulls and skips looking for writes of this desk's; the desk tells the
hub it is alive every `TOUCH_SECONDS`, not every round (that is a write at the hub), and asks
who the hub is (`schema.hello`) every `HELLO_SECONDS`, not every round.

When the hub cannot be reached the link says so through `on_status` and tries again every
`retry_seconds`; the desk keeps deciding every scan locally meanwhile and its events wait,
marked as not on the hub, until a round gets through.

A hub that stops answering without closing the connection (its laptop frozen, a network that
swallows packets) would hold a round forever: TCP keepalives notice a dead path only when the
kernel at the far end is gone too. So a watchdog on a second thread shuts the connection down
under any round that has run `round_seconds`; the round fails having changed nothing half-way
(each push and each applied batch is one transaction) and the link reconnects.
"""

from __future__ import annotations

import contextlib
import logging
import select
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import psycopg

from checkin.db import hub_backlog, hub_state
from checkin.db.connection import DeskDatabase
from checkin.db.repository import Repository
from checkin.hub import address
from checkin.hub.errors import HubError, HubRefused
from checkin.hub.exchange import Pulled
from checkin.hub.rounds import sync_round
from checkin.hub.schema import CHANNEL, Conn
from checkin.workers import Worker

log = logging.getLogger("checkin.hub")

TICK = 0.025  # how often a waiting link looks at the desk's own writes (a nudge, a commit)
BREATHER = 0.05  # between two rounds of a long catch-up
ROUND_SECONDS = 20.0  # a catch-up of 1,000 events takes a few seconds; more is a hung hub
TOUCH_SECONDS = 30.0  # how fresh the hub's "last contact" of this desk is
HELLO_SECONDS = 10.0  # how soon a live link notices its hub made anew under it (rare)


@dataclass(frozen=True)
class LinkStatus:
    connected: bool
    desks: int  # desks the hub has seen
    waiting_checkins: int  # check-ins made here that the hub does not have yet
    problem: str = ""  # one sentence when not connected
    refused: bool = False  # the hub answered but will not take this desk: a person must act
    set_aside: tuple[str, ...] = ()  # "1 event from desk X was set aside: …", per desk and reason
    error: HubError | None = None  # the problem with its code and facts, for a translated screen

    @property
    def line(self) -> str:
        if self.connected:
            aside = f" — {self.set_aside[0]}" if self.set_aside else ""
            more = f" (and {len(self.set_aside) - 1} more)" if len(self.set_aside) > 1 else ""
            return f"Hub: {self.desks} desk{'s' if self.desks != 1 else ''}{aside}{more}"
        if self.refused:
            return f"Hub refused this desk — {self.problem}"
        n = self.waiting_checkins
        return f"Hub unreachable — {n} check-in{'s' if n != 1 else ''} waiting, retrying"


class HubLink:
    def __init__(
        self,
        repo: Repository,
        url: str,
        on_status: Callable[[LinkStatus], None],
        on_received: Callable[[list[Pulled]], None] | None = None,
        poll_seconds: float = 2.0,
        retry_seconds: float = 3.0,
        round_seconds: float = ROUND_SECONDS,
    ) -> None:
        self.repo, self.url = repo, url
        self.on_status, self.on_received = on_status, on_received
        self.poll_seconds, self.retry_seconds = poll_seconds, retry_seconds
        self.round_seconds = round_seconds
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._conn: Conn | None = None
        self._conn_lock = threading.Lock()
        self._round_started: float | None = None  # under _conn_lock
        self._bell, self._ear = socket.socketpair()  # a nudge rings; the waiting link hears
        self._bell.setblocking(False)
        self._ear.setblocking(False)
        self._thread: int | None = None  # the link's own thread: its commits wake nobody
        self.worker = Worker("hub-link", self._run)
        self.watchdog = Worker("hub-watchdog", self._watch)

    def start(self) -> HubLink:
        if isinstance(self.repo.db, DeskDatabase):
            self.repo.db.add_commit_listener(self._committed)
        self.worker.start()
        self.watchdog.start()
        return self

    def nudge(self) -> None:
        """The desk wrote something: push it now rather than at the next poll."""
        self._wake.set()
        with contextlib.suppress(OSError):  # full (already rung) or closed (stopped)
            self._bell.send(b"!")

    def _committed(self) -> None:  # on the thread that committed
        if threading.get_ident() != self._thread:
            self.nudge()

    def stop(self, timeout: float = 10.0) -> bool:
        if isinstance(self.repo.db, DeskDatabase):
            self.repo.db.remove_commit_listener(self._committed)
        self._stop.set()
        self.nudge()
        with self._conn_lock:
            if self._conn is not None:
                address.abort(self._conn)  # a query stuck on a dead network fails at once
        stopped = self.worker.join(timeout) and self.watchdog.join(timeout)
        if stopped:
            self._bell.close()
            self._ear.close()
        return stopped

    def _watch(self) -> None:
        while not self._stop.wait(TICK):
            with self._conn_lock:
                started = self._round_started
                if started is None or time.monotonic() - started < self.round_seconds:
                    continue
                self._round_started = None  # once per round
                if self._conn is not None:
                    log.info(
                        "hub round stuck for %.0f s: dropping the connection", self.round_seconds
                    )
                    address.abort(self._conn)

    def _run(self) -> None:
        self._thread = threading.get_ident()
        hub_state.link_connection(self.repo)
        try:
            while not self._stop.is_set():
                pause = self.retry_seconds
                try:
                    self._connected()
                except HubError as error:
                    refused = isinstance(error, HubRefused)
                    pause *= 10 if refused else 1  # a person must act first
                    self._report(False, problem=str(error), refused=refused, error=error)
                except psycopg.Error as error:
                    if not self._stop.is_set():
                        lost = address.classify(error, self.url)
                        log.info("hub link lost: %s", lost)
                        self._report(False, problem=str(lost), refused=False, error=lost)
                self._stop.wait(pause)
        finally:
            self.repo.db.close()  # this thread's own SQLite connection

    def _connected(self) -> None:
        conn = address.connect(self.url)
        with self._conn_lock:
            if self._stop.is_set():
                conn.close()
                return
            self._conn = conn
        try:
            self._timed(True)
            conn.execute(f"LISTEN {CHANNEL}")
            asides = self._asides()
            local, touched, known, greeted = True, 0.0, None, 0.0
            while not self._stop.is_set():
                self._wake.clear()
                self._timed(True)
                version = self._local_version()  # a write from here on wakes the next wait
                now = time.monotonic()
                touch = now - touched >= TOUCH_SECONDS
                if now - greeted >= min(self.poll_seconds, HELLO_SECONDS):
                    known = None  # a full round now and then: the hub is still this hub
                report = sync_round(conn, self.repo, on_received=self.on_received, local=local,
                                    touch=touch, known=known)  # fmt: skip
                self._timed(False)
                touched = now if touch else touched
                if known is None:
                    known, greeted = report.hello, now
                if report.set_aside:
                    asides = self._asides()
                desks = report.hello.desks if report.hello else 0
                self._report(True, desks=desks, asides=asides)
                if report.more:  # a flood is worked off batch after batch, at once, but
                    self._stop.wait(BREATHER)  # leaving the desk room to scan between them
                    local = True
                else:
                    local = self._wait(conn, version) or report.waiting > 0
        finally:
            with self._conn_lock:
                self._conn = None
                self._round_started = None
            conn.close()

    def _timed(self, running: bool) -> None:
        with self._conn_lock:
            self._round_started = time.monotonic() if running else None

    def _wait(self, conn: Conn, version: int) -> bool:
        """Until something is new; True when this desk may have written (or the poll came),
        False when only the hub has news."""
        deadline = time.monotonic() + self.poll_seconds
        me = conn.info.backend_pid
        while not self._stop.is_set() and time.monotonic() < deadline:
            if self._wake.is_set() or self._local_version() != version:
                return True  # this desk wrote, through whichever front end: push it now
            # psycopg 3.3 keeps notifications that arrived during a round for this call; the
            # desk's own pushes notify its own connection too, and are no news to it.
            if any(n.pid != me for n in conn.notifies(timeout=0)):
                return False
            ear = self._ear.fileno()
            ready, _, _ = select.select([conn.fileno(), ear], [], [], TICK)
            if ear in ready:
                with contextlib.suppress(OSError):
                    self._ear.recv(64)
        return True

    def _local_version(self) -> int:
        """SQLite's count of commits made by other connections to the desk's database: the
        window, the terminal desk and any `checkin` command on this home all move it."""
        return hub_state.local_version(self.repo)

    def _asides(self) -> tuple[str, ...]:
        return tuple(aside.sentence() for aside in hub_backlog.asides(self.repo))

    def _report(self, connected: bool, desks: int = 0, problem: str = "",
                refused: bool = False, asides: tuple[str, ...] = (),
                error: HubError | None = None) -> None:  # fmt: skip
        waiting = hub_state.waiting_checkins(self.repo)
        self.on_status(LinkStatus(connected, desks, waiting, problem, refused, asides, error))
