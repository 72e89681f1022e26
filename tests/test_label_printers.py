"""Badges sent straight to a Brother QL or a Zebra (fake printers on loopback recording every
byte), decoded back into images and checked: the QR reads as the ticket, the name stays on the
label, one job per badge, and a cut connection is uncertain and never sent twice."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image, ImageChops

from checkin.core.entities import Attendee
from checkin.core.print_jobs import JobState
from checkin.db.repository import Repository
from checkin.printing.label.brother import STATUS_REQUEST
from checkin.printing.label.printer import LabelPrinter, PrinterNeedsAttention, label_printer
from checkin.printing.printers import PrinterError
from checkin.printing.render import BadgeContent, BadgeRenderer
from checkin.printing.spool import PrintQueue
from checkin.printing.templates import get_template
from tests.fakes import person
from tests.label_printers import FakeQL, FakeZebra, ql_images, zpl_images

WAIT = 30.0  # a ceiling for the background thread, not a speed goal
LONG = ("Anna-Katharina", "Mountbatten-Windsor Featherstonehaugh-Smythes")
Encode = Callable[[bytes], bytes]


@pytest.fixture
def people(repo: Repository) -> list[Attendee]:
    repo.add_attendees(
        [
            person("910566143896126399043", "Łukasz", "Wiśniewski", ticket_type="Operator"),
            person("271828182845904523", *LONG, company="DataCentred", ticket_type="Sponsor"),
        ]
    )
    return sorted(repo.attendees(), key=lambda a: a.code, reverse=True)


@pytest.fixture
def ql() -> Iterator[FakeQL]:
    fake = FakeQL(media_mm=62, die_cut=True)
    yield fake
    fake.stop()


@pytest.fixture
def zebra() -> Iterator[FakeZebra]:
    fake = FakeZebra()
    yield fake
    fake.stop()


def direct(address: str) -> LabelPrinter:
    printer = label_printer(address)
    assert isinstance(printer, LabelPrinter)
    return printer


def run_queue(repo: Repository, printer: LabelPrinter, template: str = "a6") -> PrintQueue:
    renderer = BadgeRenderer(get_template(template), "OpenStack Operators Mid-Cycle Meetup")
    queue = PrintQueue(repo, printer, renderer, poll_seconds=0.02, retry_seconds=0.05)
    queue.start()
    return queue


def ql_62x100(ql: FakeQL) -> LabelPrinter:
    """The QL-820NWB fake, loaded with the 62×100 die-cut labels."""
    return direct(f"brother-ql://127.0.0.1:{ql.port}?model=QL-820NWB&label=62x100")


def wait_for_message(queue: PrintQueue, job_id: int, text: str = "") -> None:
    """Wait (at most WAIT) until the job carries a message, one containing `text` if given."""
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        message = queue.log.job(job_id).message
        if message and text in message:
            return
        time.sleep(0.02)


def retried(queue: PrintQueue) -> None:
    """The desk's "retry now", waited on until the queue is idle again."""
    queue.retry_now()
    assert queue.wait_idle(WAIT)


def qr_text(image: Image.Image) -> list[str]:
    return [found.text for found in zxingcpp.read_barcodes(image.convert("L"))]


def ink_box(image: Image.Image, blank: Image.Image) -> tuple[int, int, int, int]:
    """Where the two labels differ: the names' ink, everything else being the same badge."""
    box = ImageChops.difference(image.convert("L"), blank.convert("L")).getbbox()
    assert box is not None, "the names left no ink on the label"
    return box


def nameless(printer: LabelPrinter, queue: PrintQueue, attendee: Attendee) -> bytes:
    badge = BadgeContent.of(attendee)
    blank = BadgeContent("", "", "", badge.ticket_type, badge.code)
    return STATUS_REQUEST + printer.encode(queue.renderer.pdf([blank]))


def test_a_brother_ql_gets_one_raster_job_per_badge_that_reads_back(
    repo: Repository, ql: FakeQL, people: list[Attendee], tmp_path: Path
) -> None:
    printer = ql_62x100(ql)
    queue = run_queue(repo, printer)  # the desk's A6 card does not fit: the 62×100 label's does
    try:
        jobs = [queue.submit(a) for a in people]
        assert queue.wait_idle(WAIT)
    finally:
        queue.stop()
    assert queue.renderer.template.name == "label-62x100"
    assert [queue.log.job(j.id).state for j in jobs] == [JobState.DONE, JobState.DONE]
    assert ql.printed == 2 and len(ql.connections) == 2  # one connection, one label per badge
    for number, (attendee, sent) in enumerate(zip(people, ql.connections, strict=True)):
        (label,) = ql_images(sent, tmp_path / f"job{number}")
        (blank,) = ql_images(nameless(printer, queue, attendee), tmp_path / f"blank{number}")
        assert qr_text(label) == [attendee.code]
        # 720 dots across the head, 696 printable from dot 12; 1,109 rows of a 100 mm label.
        assert label.size == (720, 1109)
        left, top, right, bottom = ink_box(label, blank)
        assert 12 + 20 <= left < right <= 12 + 696 - 20 and 0 < top < bottom < 1109
        assert right - left > 300  # the names are large, not shrunk to a speck


def test_a_landscape_badge_runs_along_a_continuous_62_mm_roll(
    repo: Repository, people: list[Attendee], tmp_path: Path
) -> None:
    fake = FakeQL(media_mm=62, die_cut=False)
    try:
        printer = direct(f"brother-ql://127.0.0.1:{fake.port}?model=QL-820NWB&label=62")
        queue = run_queue(repo, printer, "brother-62mm")
        try:
            queue.submit(people[1])
            assert queue.wait_idle(WAIT)
        finally:
            queue.stop()
    finally:
        fake.stop()
    (label,) = ql_images(fake.connections[0], tmp_path)
    assert qr_text(label) == [people[1].code]
    assert label.width == 720 and label.height > label.width  # 100 mm along the roll


def test_a_zebra_gets_one_zpl_format_per_badge_that_reads_back(
    repo: Repository, zebra: FakeZebra, people: list[Attendee]
) -> None:
    printer = direct(f"zpl://127.0.0.1:{zebra.port}?dpi=203&width=102&height=152")
    queue = run_queue(repo, printer, "a4-8up")  # a sheet template: the label's own is used
    try:
        jobs = [queue.submit(a) for a in people]
        assert queue.wait_idle(WAIT)
    finally:
        queue.stop()
    assert queue.renderer.template.name == "label-102x152"
    assert [queue.log.job(j.id).state for j in jobs] == [JobState.DONE, JobState.DONE]
    assert len(zebra.printed) == 2
    for attendee, format_ in zip(people, zebra.printed, strict=True):
        assert format_.startswith(b"^XA^PW815^LL1215")
        (label,) = zpl_images(format_)
        badge = BadgeContent.of(attendee)
        blank_pdf = queue.renderer.pdf([BadgeContent("", "", "", badge.ticket_type, badge.code)])
        (blank,) = zpl_images(printer.encode(blank_pdf))
        assert qr_text(label) == [attendee.code]
        left, top, right, bottom = ink_box(label, blank)
        assert 20 <= left < right <= 815 - 20 and 0 < top < bottom < 1215


@pytest.mark.parametrize("where", ["mid-job", "before the printer confirmed"])
def test_a_cut_connection_is_uncertain_and_never_sent_again(
    repo: Repository, ql: FakeQL, people: list[Attendee], where: str
) -> None:
    printer = ql_62x100(ql)
    queue = run_queue(repo, printer)
    job_bytes = len(STATUS_REQUEST) + len(printer.encode(queue.renderer.pdf([people[0]])))
    ql.cut_after = 5000 if where == "mid-job" else job_bytes
    try:
        job = queue.submit(people[0])
        assert queue.wait_idle(WAIT)
        time.sleep(0.5)  # ten retry intervals: room for a wrong resend to show
        after = queue.log.job(job.id)
    finally:
        queue.stop()
    assert after.state is JobState.UNCERTAIN
    assert "check the printer, then reprint if needed" in after.message
    assert len(ql.connections) == 1 and ql.printed == 0
    assert repo.badges_printed(people[0].id or 0) == 0  # not counted: a person decides


def test_a_zebra_cut_mid_job_is_uncertain_too(
    repo: Repository, zebra: FakeZebra, people: list[Attendee]
) -> None:
    printer = direct(f"zpl://127.0.0.1:{zebra.port}?dpi=300&width=102")
    zebra.cut_after = 3000
    queue = run_queue(repo, printer)
    try:
        job = queue.submit(people[0])
        assert queue.wait_idle(WAIT)
        time.sleep(0.5)
    finally:
        queue.stop()
    assert queue.log.job(job.id).state is JobState.UNCERTAIN
    assert len(zebra.connections) == 1 and zebra.printed == []


def test_an_empty_roll_keeps_the_badge_queued_with_the_reason_then_prints_once(
    repo: Repository, ql: FakeQL, people: list[Attendee]
) -> None:
    ql.error1 = 0x01  # "no media"
    queue = run_queue(repo, ql_62x100(ql))
    try:
        job = queue.submit(people[0])
        wait_for_message(queue, job.id)
        waiting = queue.log.job(job.id)
        assert waiting.state is JobState.QUEUED
        assert waiting.message == "Out of labels: load a new roll."
        assert ql.printed == 0 and all(len(c) < 500 for c in ql.connections)  # no job went out
        ql.error1 = 0  # the roll is changed
        retried(queue)
    finally:
        queue.stop()
    assert queue.log.job(job.id).state is JobState.DONE and ql.printed == 1


def test_labels_running_out_during_a_job_are_sent_again_once_the_roll_is_changed(
    repo: Repository, ql: FakeQL, people: list[Attendee]
) -> None:
    queue = run_queue(repo, ql_62x100(ql))
    original = ql.take

    def runs_out(data: bytes) -> list[bytes]:
        if b"\x1a" in data and not ql.connections[:-1]:
            ql.error1 = 0x02  # "end of media" while the first job prints: it did not come out
        return original(data)

    ql.take = runs_out  # type: ignore[method-assign]
    try:
        job = queue.submit(people[0])
        wait_for_message(queue, job.id, "Out of labels")
        assert queue.log.job(job.id).state is JobState.QUEUED
        ql.error1 = 0
        retried(queue)
    finally:
        queue.stop()
    assert queue.log.job(job.id).state is JobState.DONE and ql.printed == 1


def test_a_zebra_out_of_paper_says_so_before_anything_is_sent(
    repo: Repository, zebra: FakeZebra, people: list[Attendee]
) -> None:
    zebra.paper_out = True
    queue = run_queue(repo, direct(f"zpl://127.0.0.1:{zebra.port}?dpi=203&width=102"))
    try:
        job = queue.submit(people[0])
        wait_for_message(queue, job.id)
        assert queue.log.job(job.id).message == "Out of labels: load a new roll."
        assert zebra.printed == [] and zebra.held == []
        zebra.load_paper()
        retried(queue)
    finally:
        queue.stop()
    assert len(zebra.printed) == 1


def test_a_printer_that_never_answers_counts_a_fully_taken_job_as_printed(
    repo: Repository, ql: FakeQL, people: list[Attendee]
) -> None:
    ql.mute = True
    queue = run_queue(repo, ql_62x100(ql))
    try:
        job = queue.submit(people[0])
        assert queue.wait_idle(WAIT)
    finally:
        queue.stop()
    assert queue.log.job(job.id).state is JobState.DONE and ql.printed == 1


def test_a_printer_that_is_not_there_keeps_the_badge_queued(
    repo: Repository, people: list[Attendee]
) -> None:
    fake = FakeQL()
    fake.stop()  # its port is free again: nothing listens there
    queue = run_queue(repo, direct(f"brother-ql://127.0.0.1:{fake.port}?model=QL-820NWB&label=62"))
    try:
        job = queue.submit(people[0])
        wait_for_message(queue, job.id)
    finally:
        queue.stop()
    waiting = queue.log.job(job.id)
    assert waiting.state is JobState.QUEUED
    assert "does not answer" in waiting.message and "switched on" in waiting.message


def test_a_printer_that_cannot_print_now_is_asked_before_the_badge_is_rasterised(
    ql: FakeQL, people: list[Attendee], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The queue retries a printer that is off or out of labels every few seconds: each try
    costs a status request (or a refused connection), not the badge's labels rendered again."""
    gone = FakeQL()
    gone.stop()  # nothing listens on its port
    ready = ql_62x100(ql)
    absent = direct(f"brother-ql://127.0.0.1:{gone.port}?model=QL-820NWB&label=62x100")
    rendered: list[str] = []
    for printer in (ready, absent):
        encode = printer.encode

        def counted(pdf: bytes, name: str = printer.name, encode: Encode = encode) -> bytes:
            rendered.append(name)
            return encode(pdf)

        monkeypatch.setattr(printer, "encode", counted)
    renderer = BadgeRenderer(ready.fit_template(get_template("a6")), "Meetup")
    pdf = renderer.pdf(people[:1])
    ql.error1 = 0x01  # "no media"
    with pytest.raises(PrinterNeedsAttention, match="Out of labels"):
        ready.submit(pdf, "badge-1")
    with pytest.raises(PrinterError, match="does not answer"):
        absent.submit(pdf, "badge-1")
    assert rendered == [] and ql.printed == 0
    ql.error1 = 0  # the roll is changed
    ready.submit(pdf, "badge-1")
    ready.close()
    assert rendered == [ready.name]
