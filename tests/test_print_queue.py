"""The print queue against a recording printer: no badge lost, none printed twice by accident."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from checkin.core.entities import Attendee
from checkin.core.print_jobs import JobState, PrintJob
from checkin.db.print_log import AlreadyPrinted, PrintLog
from checkin.db.repository import Repository
from checkin.printing.batch import choose
from checkin.printing.render import BadgeRenderer
from checkin.printing.spool import PrintQueue
from checkin.printing.templates import available_templates
from tests.fakes import FixedClock, RecordingPrinter, audit_log, meetup, person

WAIT = 30.0  # a generous ceiling for the background thread, not a speed goal


@pytest.fixture
def people(repo: Repository) -> list[Attendee]:
    repo.add_attendees(
        [
            person("A1", "Zoë", "Ødegård", ticket_type="Operator"),
            person("A2", "Łukasz", "Żółć", ticket_type="Sponsor"),
            person("A3", "Άννα", "Αβραμίδου", ticket_type="Moderator"),
        ]
    )
    return sorted(repo.attendees(), key=lambda a: a.code)


@pytest.fixture
def printer() -> RecordingPrinter:
    return RecordingPrinter()


def make_queue(repo: Repository, printer: RecordingPrinter, template: str = "dymo-54x101",
               seen: list[PrintJob] | None = None) -> PrintQueue:  # fmt: skip
    renderer = BadgeRenderer(available_templates()[template], "Meetup")
    return PrintQueue(repo, printer, renderer, poll_seconds=0.02, retry_seconds=0.05,
                      on_status=None if seen is None else seen.append)  # fmt: skip


@pytest.fixture
def queue(repo: Repository, printer: RecordingPrinter) -> Iterator[PrintQueue]:
    spool = make_queue(repo, printer)
    spool.start()
    yield spool
    spool.stop()


def test_a_badge_is_printed_once_and_counted(
    repo: Repository, queue: PrintQueue, printer: RecordingPrinter, people: list[Attendee]
) -> None:
    job = queue.submit(people[0])
    assert job.state is JobState.QUEUED and job.title == f"badge-{job.id}"
    assert queue.wait_idle(WAIT)
    assert queue.log.job(job.id).state is JobState.DONE
    assert printer.titles == [job.title]
    assert repo.badges_printed(people[0].id or 0) == 1
    with pytest.raises(AlreadyPrinted, match="printed already"):
        queue.submit(people[0])
    reprint = queue.submit(people[0], reprint=True)
    assert queue.wait_idle(WAIT)
    assert queue.log.job(reprint.id).state is JobState.DONE
    assert repo.badges_printed(people[0].id or 0) == 2
    assert queue.log.reprints(people[0].id or 0) == 1
    assert [e["action"] for e in audit_log(repo)].count("reprint") == 1


def test_a_second_request_while_queued_is_refused(
    repo: Repository, printer: RecordingPrinter, people: list[Attendee]
) -> None:
    spool = make_queue(repo, printer)  # not started: the job stays queued
    spool.submit(people[1])
    with pytest.raises(AlreadyPrinted, match="already in the print queue"):
        spool.submit(people[1])


def test_an_offline_printer_keeps_the_job_queued_and_retries(
    repo: Repository, printer: RecordingPrinter, people: list[Attendee]
) -> None:
    printer.fail_with = "The printer is not accepting jobs."
    seen: list[PrintJob] = []
    spool = make_queue(repo, printer, seen=seen)
    spool.start()
    try:
        job = spool.submit(people[0])
        # Until the spooler has tried once (however busy the machine): then it must still hold it.
        deadline = time.monotonic() + WAIT
        while spool.log.job(job.id).attempts < 1 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert not spool.wait_idle(0.1)
        waiting = spool.log.job(job.id)
        assert waiting.state is JobState.QUEUED and "not accepting" in waiting.message
        assert waiting.attempts >= 1 and printer.received == []
        printer.fail_with = None
        spool.retry_now()
        assert spool.wait_idle(WAIT)
    finally:
        spool.stop()
    assert spool.log.job(job.id).state is JobState.DONE
    assert len(printer.received) == 1
    assert repo.badges_printed(people[0].id or 0) == 1
    assert any("not accepting" in j.message for j in seen)
    assert seen[-1].state is JobState.DONE


def test_a_stopped_printer_holds_the_job_until_it_comes_back(
    repo: Repository, queue: PrintQueue, printer: RecordingPrinter, people: list[Attendee]
) -> None:
    printer.hold = True
    job = queue.submit(people[2])
    assert not queue.wait_idle(0.3)
    held = queue.log.job(job.id)
    assert held.state is JobState.SENT and "out of labels" in held.message
    assert repo.badges_printed(people[2].id or 0) == 0
    printer.release()
    assert queue.wait_idle(WAIT)
    assert queue.log.job(job.id).state is JobState.DONE and len(printer.received) == 1


def test_a_job_cancelled_at_the_printer_is_not_resent(
    repo: Repository, queue: PrintQueue, printer: RecordingPrinter, people: list[Attendee]
) -> None:
    printer.hold = True
    job = queue.submit(people[0])
    while not printer.received:
        queue.wait_idle(0.05)
    printer.cancel(printer.received[0][0])
    assert queue.wait_idle(WAIT)
    assert queue.log.job(job.id).state is JobState.FAILED
    assert len(printer.received) == 1 and repo.badges_printed(people[0].id or 0) == 0


def test_a_restart_resumes_pending_jobs_without_repeating_done_ones(
    tmp_path: Path, printer: RecordingPrinter
) -> None:
    path = tmp_path / "desk.sqlite3"
    with Repository(path, clock=FixedClock(), desk="A") as repo:
        repo.save_event(meetup())
        repo.add_attendees([person(f"R{i}", "Søren", f"Kierkegaard{i}") for i in range(4)])
        a = sorted(repo.attendees(), key=lambda x: x.code)
        log = PrintLog(repo)
        printed = log.enqueue(a[0].id or 0, "dymo-54x101", printer.name)
        log.begin_send(printed.id)
        log.sent(printed.id, "earlier-1")
        log.done(printed.id)
        waiting = log.enqueue(a[1].id or 0, "dymo-54x101", printer.name)  # crash before sending
        midway = log.enqueue(a[2].id or 0, "dymo-54x101", printer.name)
        log.begin_send(midway.id)  # crash while handing it over: did it reach the printer?
    with Repository(path, clock=FixedClock(), desk="A") as repo:
        spool = make_queue(repo, printer)
        resumed = spool.start()
        try:
            assert [j.id for j in resumed] == [waiting.id]
            assert spool.wait_idle(WAIT)
        finally:
            spool.stop()
        log = spool.log
        assert printer.titles == [waiting.title]
        assert log.job(printed.id).state is JobState.DONE
        assert log.job(waiting.id).state is JobState.DONE
        assert log.job(midway.id).state is JobState.UNCERTAIN
        assert "reprint" in log.job(midway.id).message
        assert [repo.badges_printed(x.id or 0) for x in a] == [1, 1, 0, 0]
        assert [x.code for x in choose(repo, only_unprinted=True)] == ["R2", "R3"]


def test_a_sheet_template_sends_waiting_badges_as_one_sheet(
    repo: Repository, printer: RecordingPrinter, people: list[Attendee]
) -> None:
    spool = make_queue(repo, printer, template="letter-4x3")
    jobs = [spool.submit(a) for a in people]  # queued before the worker starts
    spool.start()
    try:
        assert spool.wait_idle(WAIT)
    finally:
        spool.stop()
    assert len(printer.received) == 1
    assert {spool.log.job(j.id).printer_job for j in jobs} == {printer.received[0][0]}
    assert all(spool.log.job(j.id).state is JobState.DONE for j in jobs)


def test_the_batch_is_sorted_by_folded_last_name(repo: Repository, people: list[Attendee]) -> None:
    assert [a.last_name for a in choose(repo)] == ["Αβραμίδου", "Ødegård", "Żółć"]
    assert [a.code for a in choose(repo, ["A2", "A1"])] == ["A2", "A1"]
