"""A label printer chosen for the desk: in Settings (its address typed), on the status bar, with
`checkin badges --print --printer URL` and `checkin scan` on the same home, and its addresses."""

from __future__ import annotations

import os
import threading
import tty
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from checkin.cli import main
from checkin.core.print_jobs import JobState
from checkin.db.desk_setup import set_badge_printer
from checkin.db.print_log import PrintLog
from checkin.db.repository import Repository
from checkin.paths import database_path
from checkin.printing.label.address import AddressError, parse_address
from checkin.printing.label.printer import LabelPrinter, UnusablePrinter, label_printer
from checkin.printing.render import BadgeRenderer
from checkin.printing.spool import PrintQueue
from checkin.printing.templates import get_template
from checkin.ui.badge_sink import QueueBadges
from checkin.ui.printer_choice import make_printer
from checkin.ui.settings_dialog import SettingsDialog
from checkin.ui.window import DeskWindow
from tests.fakes import meetup, person
from tests.label_printers import FakeQL, FakeZebra, ql_images
from tests.test_window import open_window, scanner

ZOE = "4711000000000000101"
WAIT_MS = 30_000  # a ceiling for the queue thread, not a speed goal


@pytest.fixture
def ql() -> Iterator[FakeQL]:
    fake = FakeQL(media_mm=62, die_cut=False)
    yield fake
    fake.stop()


def ql_address(fake: FakeQL) -> str:
    return f"brother-ql://127.0.0.1:{fake.port}?model=QL-820NWB&label=62"


@pytest.fixture
def window(qtbot: QtBot, repo: Repository, tmp_path: Path, ql: FakeQL) -> Iterator[DeskWindow]:
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    settings.setValue("desk/muted", True)
    settings.setValue("desk/printer", ql_address(ql))
    sink = QueueBadges(repo, make_printer, printer=ql_address(ql), template="a6",
                       poll_seconds=0.02, retry_seconds=0.05)  # fmt: skip
    window = open_window(qtbot, repo, settings, sink, [person(ZOE, ticket_type="Operator")])
    yield window
    window.close()


def wait_status(qtbot: QtBot, window: DeskWindow, *words: str) -> None:
    """The printer's part of the status bar says all `words`: its line, or the last badge's fate
    kept in its tooltip."""
    label = window.status.printer

    def said() -> bool:
        shown = f"{label.text()}\n{label.toolTip()}"
        return all(w in shown for w in words)

    qtbot.waitUntil(said, timeout=WAIT_MS)


def test_a_scan_prints_on_the_label_printer_and_an_empty_roll_says_so(
    qtbot: QtBot, window: DeskWindow, ql: FakeQL, tmp_path: Path
) -> None:
    ql.error1 = 0x01  # no labels in the printer
    scanner(qtbot, window, ZOE)
    wait_status(qtbot, window, "QL-820NWB (127.0.0.1)", "Out of labels: load a new roll",
                "1 badge waiting, retrying")  # fmt: skip
    assert ql.printed == 0
    ql.error1 = 0  # the roll is changed
    wait_status(qtbot, window, "Zoë Ødegård's badge printed")
    assert ql.printed == 1
    (label,) = ql_images(ql.connections[-1], tmp_path)
    assert label.width == 720  # 62 mm roll: 720 dots across the head


def test_a_cut_link_shows_the_badge_may_not_have_printed(
    qtbot: QtBot, window: DeskWindow, ql: FakeQL, repo: Repository
) -> None:
    ql.cut_after = 5000
    scanner(qtbot, window, ZOE)
    wait_status(qtbot, window, "Zoë Ødegård's badge may not have printed", "check the printer")
    (job,) = PrintLog(repo).jobs()
    assert job.state is JobState.UNCERTAIN and len(ql.connections) == 1


def test_settings_take_a_typed_label_printer_address_and_refuse_a_wrong_one(
    qtbot: QtBot, window: DeskWindow
) -> None:
    dialog = SettingsDialog(window.repo.require_event(), window.prefs, window, lambda: [])
    qtbot.waitUntil(lambda: "No printers found" in dialog.printer.toolTip())
    assert "brother-ql://" in dialog.printer.toolTip()
    dialog.printer.setEditText("zpl://192.0.2.7?dpi=150&width=102")
    assert dialog.problem() == "A Zebra prints at 203, 300, 600 dpi, not 150."
    dialog.printer.setEditText("zpl://192.0.2.7?dpi=300&width=102&height=152")
    assert dialog.problem() == ""
    assert dialog.prefs().printer == "zpl://192.0.2.7?dpi=300&width=102&height=152"
    dialog.deleteLater()


@pytest.mark.parametrize(
    ("address", "problem"),
    [
        ("brother-ql://10.0.0.5?label=62", "Say which Brother QL it is"),
        ("brother-ql://10.0.0.5?model=QL-820NWB&label=29", "The label must be one of"),
        ("brother-ql://10.0.0.5?model=QL-820NWB&label=102x152", "cannot print on 102mm"),
        ("zpl://10.0.0.5:nine?dpi=203", "port is not a number"),
        ("zpl://10.0.0.5?width=wide", "must be numbers"),
        ("zpl:relative/lp0", "Name the printer's network address"),
        ("/dev/usb/lp0", "Say which printer is on /dev/usb/lp0: brother-ql:///dev/usb/lp0"),
    ],
)
def test_a_wrong_address_is_one_sentence(address: str, problem: str) -> None:
    with pytest.raises(AddressError, match=problem):
        parse_address(address)
    unusable = label_printer(address)
    assert isinstance(unusable, UnusablePrinter) and problem in unusable.reason


def test_addresses_default_to_port_9100_and_name_usb_devices() -> None:
    ql = parse_address("brother-ql://192.168.1.50?model=ql-1110nwb&label=102x152")
    assert (ql.host, ql.port, ql.model, ql.media.width, ql.media.length) == (
        "192.168.1.50", 9100, "QL-1110NWB", 1164, 1660,
    )  # fmt: skip
    zebra = parse_address("zpl://[fe80::1]:6101?dpi=300&width=62")
    assert (zebra.host, zebra.port, zebra.media.width, zebra.media.continuous) == (
        "fe80::1", 6101, 732, True,
    )  # fmt: skip
    usb = parse_address("brother-ql:///dev/usb/lp0?model=QL-820NWB&label=62x100")
    assert (usb.device, usb.host, usb.name) == ("/dev/usb/lp0", "", "QL-820NWB (/dev/usb/lp0)")
    assert label_printer("Office-Laser") is None  # a print queue's name: the OS prints it


def test_a_usb_printer_device_gets_the_job(repo: Repository, tmp_path: Path) -> None:
    # A pseudo-terminal in raw mode stands in for /dev/usb/lp0: bytes pass through untouched.
    controller, device = os.openpty()
    tty.setraw(device)
    received = bytearray()

    def printer_side() -> None:
        while chunk := _read(controller):
            received.extend(chunk)

    reader = threading.Thread(target=printer_side, name="test-usb-printer")
    reader.start()
    try:
        repo.add_attendees([person(ZOE)])
        (zoe,) = repo.attendees()
        printer = label_printer(f"brother-ql://{os.ttyname(device)}?model=QL-820NWB&label=62")
        assert isinstance(printer, LabelPrinter) and printer.address.device.startswith("/dev/")
        renderer = BadgeRenderer(get_template("brother-62mm"), "Meetup")
        queue = PrintQueue(repo, printer, renderer, poll_seconds=0.02, retry_seconds=0.05)
        queue.start()
        try:
            job = queue.submit(zoe)
            assert queue.wait_idle(30)
        finally:
            queue.stop()
    finally:
        os.close(device)
        reader.join(10)
        os.close(controller)
    assert queue.log.job(job.id).state is JobState.DONE  # a device that never answers
    (label,) = ql_images(bytes(received), tmp_path)
    assert label.width == 720


def _read(fd: int) -> bytes:
    try:
        return os.read(fd, 65536)
    except OSError:  # the device side was closed
        return b""


def test_the_command_line_prints_to_a_label_printer_and_scan_uses_the_desks(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    zebra = FakeZebra()
    try:
        with Repository(database_path(home), desk="A") as repo:
            today = datetime.now(ZoneInfo("Europe/London")).date()
            repo.save_event(meetup().with_changes(days=(today,)))  # `scan` admits today
            repo.add_attendees([person(ZOE), person("4711000000000000102", "Jürgen", "Müller")])
        address = f"zpl://127.0.0.1:{zebra.port}?dpi=203&width=102&height=152"
        assert main(["badges", "--print", "--printer", address, "--code", ZOE]) == 0
        out = capsys.readouterr().out
        assert "Zoë Ødegård: done" in out and len(zebra.printed) == 1
        assert main(["badges", "--print", "--printer", "zpl://127.0.0.1?dpi=150"]) == 2
        assert "not 150" in capsys.readouterr().err
        with Repository(database_path(home), desk="A") as repo:
            set_badge_printer(repo, address)  # as the window's Settings do
        assert main(["scan", "4711000000000000102"]) == 0
        assert "ADMITTED" in capsys.readouterr().out
        assert len(zebra.printed) == 2 and len(zebra.connections) == 2
    finally:
        zebra.stop()
