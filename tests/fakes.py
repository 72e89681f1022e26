"""Fakes shared by the tests: a clock the test moves by hand, attendee factories, a printer."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from checkin.core.entities import Attendee, CapacityPolicy, Event
from checkin.db.print_log import PrintLog
from checkin.db.repository import Repository
from checkin.printing.printers import JobReport, PrinterError, PrinterState


class FixedClock:
    """Returns the time the test set; `advance` moves it. Always timezone-aware UTC."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2016, 2, 15, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


DAY1 = date(2016, 2, 15)
DAY2 = date(2016, 2, 16)


def meetup(capacity: int | None = 120, policy: CapacityPolicy = CapacityPolicy.WARN) -> Event:
    return Event(
        name="OpenStack Operators Mid-Cycle Meetup",
        venue="The Landing, MediaCityUK, Manchester",
        timezone="Europe/London",
        days=(DAY1, DAY2),
        capacity=capacity,
        policy=policy,
        secret="test-secret",
    )


def person(code: str, first: str = "Zoë", last: str = "Ødegård", **fields: object) -> Attendee:
    return Attendee(code=code, first_name=first, last_name=last, **fields)  # type: ignore[arg-type]


class RecordingPrinter:
    """A printer for unit tests: keeps every PDF it is given and reports what the test says.

    `fail_with` makes submit refuse (an offline printer); `hold` keeps jobs pending (a stopped
    printer) until `release()`; `cancel(job)` plays a person cancelling at the printer.
    """

    def __init__(self, name: str = "recorder") -> None:
        self._name = name
        self.received: list[tuple[str, str, bytes]] = []  # (job id, title, pdf)
        self.fail_with: str | None = None
        self.hold = False
        self._finished: dict[str, str] = {}

    @property
    def name(self) -> str:
        return self._name

    def submit(self, pdf: bytes, title: str) -> str:
        if self.fail_with is not None:
            raise PrinterError(self.fail_with)
        job_id = f"{self._name}-{len(self.received) + 1}"
        self.received.append((job_id, title, pdf))
        if not self.hold:
            self._finished[job_id] = "done"
        return job_id

    def release(self) -> None:
        self.hold = False
        for job_id, _, _ in self.received:
            self._finished.setdefault(job_id, "done")

    def cancel(self, job_id: str) -> None:
        self._finished[job_id] = "cancelled"

    def status(self, job_id: str) -> JobReport:
        if job_id not in {j for j, _, _ in self.received}:
            return JobReport(PrinterState.UNKNOWN, f"No job {job_id}.")
        finished = self._finished.get(job_id)
        if finished is None:
            return JobReport(PrinterState.PENDING, "Printer stopped: out of labels.")
        return JobReport(PrinterState(finished))

    @property
    def titles(self) -> list[str]:
        return [title for _, title, _ in self.received]


class RecordingBadges(QObject):
    """A print queue whose printer prints at once: each badge goes through the real print log
    (so "already has a badge" is the database's answer) and is remembered here."""

    status_changed = Signal(str)

    def __init__(self, repo: Repository) -> None:
        super().__init__()
        self.log = PrintLog(repo)
        self.jobs: list[tuple[str, bool]] = []
        self.printer = ""

    def enqueue(self, attendee: Attendee, reprint: bool) -> None:
        assert attendee.id is not None
        job = self.log.enqueue(attendee.id, "test", "recorder", reprint=reprint)
        self.log.begin_send(job.id)
        self.log.sent(job.id, f"recorder-{job.id}")
        self.log.done(job.id)
        self.jobs.append((attendee.display_name, reprint))
        self.status_changed.emit(f"{len(self.jobs)} badges printed")

    def set_printer(self, name: str) -> None:
        self.printer = name

    def set_template(self, name: str) -> None:
        self.template = name

    def refresh(self) -> None:
        self.status_changed.emit(f"{len(self.jobs)} badges printed")

    def stop(self) -> None:
        self.stopped = True


class ReplayCamera(QObject):
    """Stands in for the camera worker: the test emits what the worker would decode."""

    codes_found = Signal(list)
    texts_found = Signal(list)
    frame_ready = Signal(QImage)
    state_changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[Any] = []

    def start(self, source: Any) -> None:
        self.calls.append(("start", source))
        self.state_changed.emit("running")

    def stop(self) -> None:
        self.calls.append(("stop",))

    def set_paused(self, paused: bool) -> None:
        self.calls.append(("paused", paused))

    def set_resolution(self, resolution: str) -> None:
        self.calls.append(("resolution", resolution))


# -- reading what the desk wrote, as an auditor would (the product reads none of it back) --------


def audit_log(repo: Repository) -> list[dict[str, Any]]:
    """The audit rows, oldest first, their details parsed."""
    rows = repo.db.execute_sql(
        "SELECT at, desk, action, attendee_id, detail FROM audit ORDER BY id"
    ).fetchall()
    keys = ("at", "desk", "action", "attendee_id")
    return [
        {**dict(zip(keys, row[:4], strict=True)), "detail": json.loads(row[4]) if row[4] else {}}
        for row in rows
    ]


def integrity_ok(repo: Repository) -> bool:
    return bool(repo.db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok")


def push_entry(repo: Repository, uuid: str) -> dict[str, str] | None:
    """What the platform push remembers of one check-in."""
    found = repo.db.execute_sql(
        "SELECT state, remote_id, message, undo_state, undo_message FROM platform_push "
        "WHERE checkin_uuid = ?",
        (uuid,),
    ).fetchone()
    if found is None:
        return None
    keys = ("state", "remote_id", "message", "undo_state", "undo_message")
    return {k: v or "" for k, v in zip(keys, found, strict=True)}
