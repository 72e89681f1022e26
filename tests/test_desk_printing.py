"""Scan to badge in one motion: the desk window on a real print queue (recording printer, Qt's
print path into a PDF file, and a real CUPS queue where the machine has one)."""

from __future__ import annotations

import html
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from checkin.core.entities import Direction
from checkin.db.print_log import PrintLog
from checkin.db.repository import Repository
from checkin.printing.printers import CupsPrinter, Printer
from checkin.printing.render import BadgeRenderer
from checkin.printing.templates import available_templates
from checkin.ui.badge_sink import QueueBadges
from checkin.ui.batch_dialog import BatchDialog, Mode
from checkin.ui.qt_printer import QtPrinter
from checkin.ui.settings_dialog import SettingsDialog
from checkin.ui.window import DeskWindow
from tests.fakes import FixedClock, RecordingPrinter, person
from tests.test_cups_printing import cups_pdf  # noqa: F401  (the real CUPS queue fixture)
from tests.window_desk import open_window, scanner, settled

ZOE, JURGEN, HANAKO, ANNA = (
    "4711000000000000101",
    "4711000000000000102",
    "4711000000000000103",
    "4711000000000000104",
)
WAIT_MS = 30_000  # a ceiling for the queue thread, not a speed goal


def desk_settings(tmp_path: Path) -> QSettings:
    """A muted desk's settings in a file of the test's own, printing on the Dymo template."""
    ini = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    ini.setValue("desk/muted", True)
    ini.setValue("desk/template", "dymo-54x101")
    return ini


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return desk_settings(tmp_path)


@pytest.fixture
def printer() -> RecordingPrinter:
    return RecordingPrinter("Brother-QL")


def open_printing_desk(
    qtbot: QtBot, repo: Repository, settings: QSettings, printer: Printer
) -> DeskWindow:
    """The desk with a real print queue on `printer`."""
    sink = QueueBadges(
        repo, lambda name: printer, template="dymo-54x101", poll_seconds=0.02, retry_seconds=0.05
    )
    attendees = [
        person(ZOE, ticket_type="Operator", company="Nordlys Hosting"),
        person(JURGEN, "Jürgen", "Müller", ticket_type="Sponsor"),
        person(HANAKO, "花子", "山田", ticket_type="Operator"),
        person(ANNA, "Άννα", "Αβραμίδου", ticket_type="Moderator"),
    ]
    return open_window(qtbot, repo, settings, sink, attendees)


@pytest.fixture
def window(
    qtbot: QtBot, repo: Repository, settings: QSettings, printer: RecordingPrinter
) -> Iterator[DeskWindow]:
    window = open_printing_desk(qtbot, repo, settings, printer)
    yield window
    window.close()
    assert sink_of(window).queue is None  # closing the window ended the print thread


def sink_of(window: DeskWindow) -> QueueBadges:
    sink = window.controller.badges
    assert isinstance(sink, QueueBadges)
    return sink


def scan(qtbot: QtBot, window: DeskWindow, code: str) -> None:
    scanner(qtbot, window, code)


def printer_status(window: DeskWindow) -> str:
    return window.status.printer.text()


def printer_story(window: DeskWindow) -> str:
    """The printer's words on the status bar and, in its tooltip, the last badge's fate."""
    label = window.status.printer
    return f"{label.text()} {html.unescape(label.toolTip())}"


def wait_status(qtbot: QtBot, window: DeskWindow, *words: str) -> None:
    qtbot.waitUntil(lambda: all(w in printer_story(window) for w in words), timeout=WAIT_MS)


def test_admission_prints_the_badge_and_the_status_says_so(
    qtbot: QtBot, window: DeskWindow, repo: Repository, printer: RecordingPrinter
) -> None:
    assert printer_status(window) == "Printer Brother-QL: ready"
    scan(qtbot, window, ZOE)
    wait_status(qtbot, window, "Zoë Ødegård's badge printed")
    assert printer_status(window).startswith("Printer Brother-QL: ready")
    assert len(printer.received) == 1
    zoe = repo.attendee_by_code(ZOE)
    assert zoe is not None and repo.badges_printed(zoe.id or 0) == 1


def test_re_entry_does_not_print_again_but_ctrl_p_reprints_and_counts(
    qtbot: QtBot,
    window: DeskWindow,
    repo: Repository,
    printer: RecordingPrinter,
    clock: FixedClock,
) -> None:
    scan(qtbot, window, JURGEN)
    wait_status(qtbot, window, "Jürgen Müller's badge printed")
    window.controller.direction = Direction.OUT
    clock.advance(minutes=30)
    scan(qtbot, window, JURGEN)
    window.controller.direction = Direction.IN
    clock.advance(minutes=30)
    scan(qtbot, window, JURGEN)
    assert window.scan_screen.verdict.word.text().startswith("ADMITTED")
    assert "already has a badge" in window.scan_screen.verdict.badge.text()
    assert len(printer.received) == 1

    qtbot.keyClick(window.scan_screen.field, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    wait_status(qtbot, window, "Jürgen Müller's badge reprinted")
    jurgen = repo.attendee_by_code(JURGEN)
    assert jurgen is not None and jurgen.id is not None
    assert len(printer.received) == 2
    assert repo.badges_printed(jurgen.id) == 2 and PrintLog(repo).reprints(jurgen.id) == 1


def test_an_offline_printer_shows_waiting_and_retrying_then_prints_once(
    qtbot: QtBot, window: DeskWindow, repo: Repository, printer: RecordingPrinter
) -> None:
    printer.fail_with = "The printer is not accepting jobs."
    scan(qtbot, window, ZOE)
    wait_status(qtbot, window, "offline", "1 badge waiting, retrying")
    assert printer.received == []
    printer.fail_with = None
    wait_status(qtbot, window, "Zoë Ødegård's badge printed")
    assert len(printer.received) == 1
    zoe = repo.attendee_by_code(ZOE)
    assert zoe is not None and repo.badges_printed(zoe.id or 0) == 1


def test_a_stopped_printer_shows_its_reason_until_it_comes_back(
    qtbot: QtBot, window: DeskWindow, printer: RecordingPrinter
) -> None:
    printer.hold = True
    scan(qtbot, window, ZOE)
    wait_status(qtbot, window, "out of labels", "1 badge waiting")
    printer.release()
    wait_status(qtbot, window, "badge printed")


def test_a_name_the_font_cannot_draw_warns_instead_of_printing_boxes(
    qtbot: QtBot, window: DeskWindow, printer: RecordingPrinter
) -> None:
    scan(qtbot, window, HANAKO)
    assert window.scan_screen.verdict.word.text().startswith("ADMITTED")
    warning = window.scan_screen.verdict.must_know.text()
    assert "cannot draw" in warning and "花子" in warning and "F2" in warning
    assert window.status.currentMessage() == ""  # whole on the panel, not clipped in the bar
    qtbot.keyClick(window.scan_screen.field, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    settled(qtbot, window)
    assert printer.received == [] and sink_of(window).pending == {}


def test_settings_choose_the_printer_and_template_and_remember_them(
    qtbot: QtBot, window: DeskWindow, settings: QSettings
) -> None:
    dialog = SettingsDialog(
        window.repo.require_event(), window.prefs, window, lambda: ["Brother-QL", "Office"]
    )
    qtbot.waitUntil(lambda: dialog.printer.findData("Office") >= 0)
    dialog.printer.setCurrentIndex(dialog.printer.findData("Office"))
    dialog.template.setCurrentIndex(dialog.template.findData("a6"))
    window.apply_prefs(dialog.prefs())
    dialog.deleteLater()
    assert settings.value("desk/printer") == "Office"
    assert settings.value("desk/template") == "a6"
    sink = sink_of(window)
    assert sink.printer_name == "Office" and sink.template_name == "a6"
    assert sink.queue is not None and sink.queue.renderer.template.name == "a6"


def test_the_batch_saves_a_pdf_with_one_page_per_badge(
    qtbot: QtBot, window: DeskWindow, tmp_path: Path
) -> None:
    dialog = BatchDialog(window.repo, sink_of(window), None, window)
    qtbot.addWidget(dialog)
    out = tmp_path / "night-before.pdf"
    dialog.save_to(out)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=WAIT_MS)
    assert "Saved 3 badges on 3 pages" in dialog.note.text()
    assert "Left out 1 badge" in dialog.note.text()  # 山田 花子 would print as boxes
    pages = PdfReader(out).pages
    assert len(pages) == 3 and dialog.progress.value() == 3
    # Sorted by folded last name: Αβραμίδου (Avramidou), Müller, Ødegård.
    assert ["Άννα" in pages[0].extract_text(), "Jürgen" in pages[1].extract_text()] == [True, True]

    dialog.modes.button(list(Mode).index(Mode.SELECTION)).setChecked(True)
    dialog.select([ZOE])
    dialog.save_to(out)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=WAIT_MS)
    assert len(PdfReader(out).pages) == 1


def test_the_batch_prints_only_badges_not_yet_printed(
    qtbot: QtBot, window: DeskWindow, printer: RecordingPrinter
) -> None:
    scan(qtbot, window, ZOE)
    wait_status(qtbot, window, "badge printed")
    dialog = BatchDialog(window.repo, sink_of(window), None, window)
    qtbot.addWidget(dialog)
    dialog.modes.button(list(Mode).index(Mode.UNPRINTED)).setChecked(True)
    dialog.print_batch()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=WAIT_MS)
    assert dialog.note.text().startswith("Queued 2 badges on Brother-QL.")
    qtbot.waitUntil(lambda: len(printer.received) == 3, timeout=WAIT_MS)
    wait_status(qtbot, window, "ready")


def test_the_qt_print_path_paints_each_badge_page_at_its_size(tmp_path: Path) -> None:
    template = available_templates()["a6"]
    pdf = BadgeRenderer(template, "Meetup").pdf([person("Q1"), person("Q2", "Łukasz", "Żółć")])
    out = tmp_path / "qt.pdf"
    qt = QtPrinter(output_file=out)
    job = qt.submit(pdf, "badge-7")
    assert qt.status(job).state.value == "done"
    assert qt.status("other-1").state.value == "unknown"
    pages = PdfReader(out).pages
    assert len(pages) == 2
    width_mm = float(pages[0].mediabox.width) * 25.4 / 72
    height_mm = float(pages[0].mediabox.height) * 25.4 / 72
    assert (round(width_mm), round(height_mm)) == (
        round(template.page_mm[0]),
        round(template.page_mm[1]),
    )


def test_the_qt_print_path_works_from_the_print_queue_thread(
    qtbot: QtBot, repo: Repository, settings: QSettings, tmp_path: Path
) -> None:
    out = tmp_path / "desk-qt.pdf"
    window = open_printing_desk(qtbot, repo, settings, QtPrinter(output_file=out))
    try:
        scan(qtbot, window, ANNA)
        wait_status(qtbot, window, "Άννα Αβραμίδου's badge printed")
    finally:
        window.close()
    assert len(PdfReader(out).pages) == 1


@pytest.mark.slow
def test_scan_in_the_window_prints_through_cups_exactly_once(
    qtbot: QtBot,
    repo: Repository,
    settings: QSettings,
    cups_pdf: tuple[str, Path],  # noqa: F811
    clock: FixedClock,
) -> None:
    queue_name, folder = cups_pdf
    window = open_printing_desk(qtbot, repo, settings, CupsPrinter(queue_name))
    try:
        scan(qtbot, window, ZOE)
        wait_status(qtbot, window, "Zoë Ødegård's badge printed")
        clock.advance(days=1)
        scan(qtbot, window, ZOE)  # admitted again on day two: no second badge
        assert "already has a badge" in window.scan_screen.verdict.badge.text()
    finally:
        window.close()
    printed = sorted(folder.rglob("*.pdf"))
    assert len(printed) == 1 and len(PdfReader(printed[0]).pages) == 1


def test_without_a_chosen_printer_the_status_bar_says_so(
    qtbot: QtBot, repo: Repository, settings: QSettings
) -> None:
    unnamed = RecordingPrinter("")  # what the desk gets when no printer was picked
    unnamed.fail_with = "no default destination"
    window = open_printing_desk(qtbot, repo, settings, unnamed)
    try:
        assert printer_status(window) == "No badge printer"
        scan(qtbot, window, ZOE)
        wait_status(qtbot, window, "1 badge waiting")
        assert printer_status(window) == "No badge printer — 1 badge waiting"
    finally:
        window.close()
