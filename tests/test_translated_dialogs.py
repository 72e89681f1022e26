"""The organizer's dialogs, the status bar's printer and hub parts and Ctrl+Z's refusals in each
language the desk ships.

Each dialog is opened in each language with something to say (a list read with a refused row and
imported, a badge waiting, a refusal from the platform) and walked like the main states in
`test_translations`: no English text where a translation exists — neither a whole source nor a
sentence built from an English template with its placeholders filled — no placeholder left, and
nothing cut. The status bar is measured at 1366×768.
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import timedelta
from functools import cache
from pathlib import Path

import pytest
from psycopg import OperationalError
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QPlainTextEdit, QProgressBar, QWidget
from pytestqt.qtbot import QtBot

from checkin.core.verdicts import UndoCode
from checkin.db.repository import Repository
from checkin.demo import load_demo
from checkin.hub.address import check_url, classify
from checkin.hub.errors import HubCode, HubError, HubRefused
from checkin.hub.link import LinkStatus
from checkin.operations.desk_operations import DeskOperations
from checkin.operations.results import BadgeCode, BadgeNote
from checkin.printing.label.address import AddressCode, AddressError, parse_address
from checkin.scanning.news import CameraCode, CameraNews
from checkin.scanning.sources import open_capture, parse_source
from checkin.sync import NotVisible, SourceUnreadable, TokenRefused, load
from checkin.sync.model import ReadCode
from checkin.ui.address_words import address_said
from checkin.ui.badge_sink import QueueBadges
from checkin.ui.batch_dialog import BatchDialog
from checkin.ui.camera_words import camera_said
from checkin.ui.desk_notes import badge_note, undo_said
from checkin.ui.hub_link import HubBridge
from checkin.ui.hub_words import hub_said
from checkin.ui.import_dialog import ImportDialog
from checkin.ui.join_dialog import JoinDialog
from checkin.ui.language import install_language, reset_language
from checkin.ui.organizer_tools import ExportDialog
from checkin.ui.platform_dialog import PlatformDialog
from checkin.ui.ports import Collaborators
from checkin.ui.print_queue_dialog import PrintQueueDialog
from checkin.ui.read_words import unreadable_said
from checkin.ui.screens import CameraPreview
from checkin.ui.settings_dialog import SettingsDialog
from checkin.ui.window import DeskWindow
from tests.fakes import RecordingPrinter, person
from tests.fitting import clipped_texts
from tests.test_translations import (
    FOLDER,
    TRANSLATED,
    UNFILLED,
    english_left,
    event_data,
    settle_at_laptop_size,
    texts,
    valid_today,
)
from tests.window_desk import index_ready, scanner, typing

WAIT_MS = 30_000  # a ceiling for the queue thread and the import's jobs, not a speed goal
PLACEHOLDER = re.compile(r"%[1-9n]")


@cache
def english_templates(code: str) -> tuple[re.Pattern[str], ...]:
    """The English sentences with placeholders whose translation differs, as patterns a filled
    sentence matches ("Printer %1: ready" matches "Printer Brother-QL: ready"); plural ones in
    the English catalogue's own forms. Templates with little text of their own are left out."""
    english = {}
    for message in ET.parse(FOLDER / "checkin_en.ts").getroot().iter("message"):
        forms = [f.text or "" for f in message.iter("numerusform")]
        english[message.findtext("source") or ""] = forms
    patterns = []
    for message in ET.parse(FOLDER / f"checkin_{code}.ts").getroot().iter("message"):
        source = message.findtext("source") or ""
        if not PLACEHOLDER.search(source) or source.replace("&", "") not in english_left(code):
            continue
        for said in english.get(source) or [source]:
            said = said.replace("&", "")
            if sum(c.isalpha() for c in PLACEHOLDER.sub("", said)) < 4:
                continue
            parts = [re.escape(part) for part in PLACEHOLDER.split(said)]
            patterns.append(re.compile("(?:.+?)".join(parts), re.S))
    return tuple(patterns)


def shown(widget: QWidget) -> list[str]:
    """What `test_translations.texts` reads, and the lines of read-only reports and the text
    of progress bars."""
    found = texts(widget)
    for child in widget.findChildren(QWidget):
        if not child.isVisible():
            continue
        if isinstance(child, QPlainTextEdit):
            found += child.toPlainText().splitlines()
        elif isinstance(child, QProgressBar) and child.isTextVisible():
            found.append(child.text())
    return [text for text in found if text]


def english(widget: QWidget, code: str, data: frozenset[str] = frozenset()) -> list[str]:
    """What is shown in English (whole or built from an English template) or unfilled."""
    left, templates = english_left(code) - data, english_templates(code)
    problems = []
    for text in shown(widget):
        if text in left or any(t.fullmatch(text) for t in templates):
            problems.append(f"{text!r} is English")
        elif UNFILLED.search(text):
            problems.append(f"{text!r} has an unfilled placeholder")
    return problems


@pytest.fixture(params=TRANSLATED)
def language(request: pytest.FixtureRequest, qapp: object) -> Iterator[str]:
    code = str(request.param)
    assert install_language(code) == code
    yield code
    reset_language()


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Repository]:
    repo = Repository(tmp_path / "demo.sqlite3", desk="front")
    load_demo(repo)
    yield repo
    repo.close()


def desk(qtbot: QtBot, repo: Repository, tmp_path: Path, **parts: object) -> DeskWindow:
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    settings.setValue("desk/muted", True)
    undo = parts.pop("undo_window", timedelta(minutes=2))
    assert isinstance(undo, timedelta)
    window = DeskWindow(
        repo, settings, Collaborators(**parts), clear_after_ms=60_000, undo_window=undo
    )  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def walked(qtbot: QtBot, dialog: QDialog, code: str, data: frozenset[str] = frozenset()) -> None:
    if not dialog.isVisible():
        dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(20)  # the layout settles in the next turns of the event loop
    assert english(dialog, code, data) == [], f"{type(dialog).__name__} in {code}"
    assert clipped_texts(dialog) == [], f"{type(dialog).__name__} in {code}"


def test_the_status_bar_and_the_print_dialogs_speak_each_language(
    qtbot: QtBot, language: str, demo: Repository, tmp_path: Path
) -> None:
    """No printer chosen and a badge waiting; the hub connected, setting rows aside, out of
    reach; then the print queue and badges-in-advance dialogs over that waiting badge."""
    unnamed = RecordingPrinter("")  # what the desk gets when no printer was picked
    unnamed.fail_with = "no default destination"
    sink = QueueBadges(demo, lambda _name: unnamed, poll_seconds=0.02, retry_seconds=0.05)
    window = desk(qtbot, demo, tmp_path, badges=sink)
    index_ready(qtbot, window)
    data = event_data(demo)
    try:
        scanner(qtbot, window, valid_today(demo)[0].code)
        qtbot.waitUntil(lambda: bool(sink.pending), timeout=WAIT_MS)
        settle_at_laptop_size(qtbot, window)
        assert "1" in window.status.printer.text()
        assert english(window, language, data) == [] and clipped_texts(window) == []

        bridge = HubBridge(window, "postgresql://desk:secret@127.0.0.1:1/checkin")
        aside = ("1 event from desk B was set aside: its time zone 'Mars/Olympus' is not one.",)
        for status in (
            LinkStatus(True, 3, 0),
            LinkStatus(True, 3, 0, set_aside=aside),
            LinkStatus(False, 0, 12, "the hub at 127.0.0.1:1 does not answer."),
        ):
            bridge.status_changed.emit(status)
            settle_at_laptop_size(qtbot, window)
            assert (bridge.label.text() and "12" in bridge.label.text()) or status.connected
            assert english(window, language, data) == [], f"{status} in {language}"
            assert clipped_texts(window) == [], f"{status} in {language}"
        bridge.stop()

        queue = PrintQueueDialog(demo, lambda _count: None, window)
        assert queue.list.count() == 1
        walked(qtbot, queue, language, data)
        queue.reject()
        batch = BatchDialog(demo, sink, None, window)
        walked(qtbot, batch, language, data)
        batch.reject()
    finally:
        window.close()


def test_the_import_dialog_speaks_each_language(
    qtbot: QtBot, language: str, demo: Repository, tmp_path: Path
) -> None:
    """A list read (beside the demo's attendees), one row the import will refuse, imported."""
    listed = tmp_path / "list.csv"
    listed.write_text(
        "First name,Last name,Email,Ticket type\n"
        "Jürgen,Müller,jm@example.org,Speaker\n"
        ",,nobody@example.org,Speaker\n"
        "Zoë,Ødegård,zo@example.org,Attendee\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(demo)
    qtbot.addWidget(dialog)
    walked(qtbot, dialog, language)
    with qtbot.waitSignal(dialog.previewed, timeout=WAIT_MS):
        dialog.set_source(str(listed))
    qtbot.waitUntil(lambda: dialog.refused.isVisible(), timeout=WAIT_MS)
    assert dialog.demo_note.isVisible()
    # Why the row is refused is said from the list reader's code, not in its English sentence.
    assert "has no name" not in dialog.refused.text()
    # The list's own headers and rows are data, shown as the file has them.
    data = event_data(demo) | {"First name", "Last name", "Email", "Ticket type", "Speaker"}
    walked(qtbot, dialog, language, data)
    with qtbot.waitSignal(dialog.synced, timeout=WAIT_MS):
        dialog.run()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert dialog.report.toPlainText()
    walked(qtbot, dialog, language, data)
    nameless = tmp_path / "nameless.csv"
    nameless.write_text("Who,Email\nJürgen Müller,jm@example.org\n", encoding="utf-8")
    with qtbot.waitSignal(dialog.previewed, timeout=WAIT_MS):
        dialog.set_source(str(nameless))
    assert not dialog.run_button.isEnabled()  # a name column must be chosen first
    assert "Found no name column" not in dialog.summary.text()
    walked(qtbot, dialog, language, data | {"Who"})
    dialog.reject()


def test_the_other_organizer_dialogs_speak_each_language(
    qtbot: QtBot, language: str, demo: Repository, tmp_path: Path
) -> None:
    """Export, join a hub, and the ticketing platform with a refusal."""
    export = ExportDialog(demo)
    qtbot.addWidget(export)
    walked(qtbot, export, language)
    export.path.setText(str(tmp_path / "missing" / "headcount.csv"))
    export.start()  # a folder that is not there: said in the desk's language
    walked(qtbot, export, language)

    join = JoinDialog("front", None)
    qtbot.addWidget(join)
    walked(qtbot, join, language)
    join.read(["https://example.org/not-a-hub"])
    walked(qtbot, join, language)

    refused = [{"checkin": "c1", "code": "tkt-1", "name": "Zoë Ødegård", "what": "check-in",
                "at": "2016-02-15T09:00:00+00:00", "reason": "already_redeemed"}]  # fmt: skip
    platform = PlatformDialog(tmp_path / "home", None, refused)
    qtbot.addWidget(platform)
    walked(qtbot, platform, language, frozenset({"already_redeemed"}))
    platform.platform.setCurrentText("pretix")
    for error in (TokenRefused("pretix refused the token (401)."), NotVisible("pretix: 404.")):
        platform._refused(error)  # what the check on a worker reports back
        assert str(error) not in platform.note.text()
        walked(qtbot, platform, language, frozenset({"already_redeemed"}))


def test_the_first_run_screen_speaks_each_language(
    qtbot: QtBot, language: str, tmp_path: Path
) -> None:
    empty = Repository(tmp_path / "empty.sqlite3", desk="front")
    try:
        window = desk(qtbot, empty, tmp_path)
        assert window.first_run.isVisible()
        settle_at_laptop_size(qtbot, window)
        assert english(window, language) == [] and clipped_texts(window) == []
        window.close()
    finally:
        empty.close()


def test_ctrl_z_refusals_and_badge_notes_speak_each_language(
    qtbot: QtBot, language: str, demo: Repository, tmp_path: Path
) -> None:
    """Too late to undo at the desk (on the verdict panel), another desk's movement (as the
    operations layer answers `checkin undo`), and every badge note."""
    window = desk(qtbot, demo, tmp_path, undo_window=timedelta(0))
    index_ready(qtbot, window)
    person = valid_today(demo)[0]
    scanner(qtbot, window, person.code)
    qtbot.keyClick(window.scan_screen.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    panel = window.scan_screen.verdict
    qtbot.waitUntil(lambda: person.code in panel.message.text(), timeout=WAIT_MS)
    settle_at_laptop_size(qtbot, window)
    assert english(window, language, event_data(demo)) == []
    assert clipped_texts(window) == []
    window.close()

    other = valid_today(demo)[1]
    demo.desk = "back"  # the movement comes from another desk (over a hub, after a merge)
    demo.decide_and_record(other.code)
    demo.desk = "front"
    result = DeskOperations(demo).undo_latest(other.code)
    assert result.code is UndoCode.OTHER_DESK
    said = undo_said(result, None)
    assert "back" in said and other.display_name in said
    assert said != result.message and not UNFILLED.search(said)

    name = other.display_name
    notes = [BadgeNote(code, f"English words for {name}.", "ŋ") for code in BadgeCode]
    naming = {BadgeCode.QUEUED, BadgeCode.REPRINT_QUEUED, BadgeCode.ALREADY_QUEUED,
              BadgeCode.ALREADY_PRINTED, BadgeCode.GLYPHS_MISSING}  # fmt: skip
    for note in notes:
        text = badge_note(note, name)
        assert text != note.message and not UNFILLED.search(text), text
        assert name in text or note.code not in naming, text
        assert "ŋ" in text or note.code not in {BadgeCode.GLYPHS_MISSING, BadgeCode.FAILED}


def test_arabic_and_hebrew_names_show_as_written_on_an_english_screen(
    qtbot: QtBot, demo: Repository, tmp_path: Path
) -> None:
    """The screen stays left-to-right (English); the names keep their own direction and letters
    in the verdict panel and in the search list, and have the room they need."""
    arabic = demo.add_attendee(person("RTL-0002", "نور", "الهدى", company="Levant Labs", days=()))
    hebrew = demo.add_attendee(person("RTL-0003", "דנה", "כהן", company="Levant Labs", days=()))
    assert {unicodedata.bidirectional(arabic.display_name[0]),
            unicodedata.bidirectional(hebrew.display_name[0])} == {"AL", "R"}  # fmt: skip
    window = desk(qtbot, demo, tmp_path)
    index_ready(qtbot, window)
    try:
        assert window.isLeftToRight()
        screen = window.scan_screen
        for guest in (arabic, hebrew):
            scanner(qtbot, window, guest.code)
            settle_at_laptop_size(qtbot, window)
            name = screen.verdict.name
            assert name.text() == guest.display_name and name.isLeftToRight()
            assert clipped_texts(window) == []
            drawn = name.grab().toImage()  # the letters were drawn: ink beside the background
            background = drawn.pixel(0, 0)
            inked = {drawn.pixel(x, drawn.height() // 2) for x in range(drawn.width())}
            assert len(inked - {background}) > 3
        screen.field.clear()
        typing(qtbot, window, "Levant")
        results = screen.results
        shown = {results.topLevelItem(i).text(0) for i in range(results.topLevelItemCount())}
        assert shown == {arabic.display_name, hebrew.display_name}
        assert results.isLeftToRight()
        widest = max(results.fontMetrics().horizontalAdvance(n) for n in shown)
        assert results.columnWidth(0) >= widest
    finally:
        window.close()
    # A report line that starts with the name stays a left-to-right line around it.
    at = "2016-02-15T09:00:00+00:00"
    refused = [{"checkin": "c1", "code": arabic.code, "name": arabic.display_name,
                "what": "check-in", "at": at, "reason": "already_redeemed"}]  # fmt: skip
    platform = PlatformDialog(tmp_path / "home", None, refused)
    qtbot.addWidget(platform)
    line = platform.refused.document().firstBlock()
    assert line.text().startswith(arabic.display_name)
    assert line.textDirection() is Qt.LayoutDirection.LeftToRight


def test_the_cameras_news_speaks_each_language(qtbot: QtBot, language: str, tmp_path: Path) -> None:
    """A camera, stream or video that cannot be read is said in the desk's language on the
    preview and in its tooltip; the English sentence stays for the log and the command line."""
    missing = parse_source(str(tmp_path / "door.mp4"))
    capture, news = open_capture(missing)
    assert capture is None and news.code is CameraCode.MISSING
    preview = CameraPreview()
    qtbot.addWidget(preview)
    preview.show()
    for said in (news, news.retried(), CameraNews("Camera 1 stopped.", CameraCode.STOPPED,
                                                  "camera", "1")):  # fmt: skip
        preview.show_state(said)
        assert preview.text() != said and preview.text() == camera_said(said)
        assert said.name in preview.text() and not UNFILLED.search(preview.text())
        assert english(preview, language) == [] and clipped_texts(preview) == []


def test_a_settings_problem_speaks_each_language(
    qtbot: QtBot, language: str, demo: Repository, tmp_path: Path
) -> None:
    """A resolution the camera cannot take is refused in the desk's language."""
    window = desk(qtbot, demo, tmp_path)
    window.settings_dialog()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    dialog.resolution.setCurrentText("huge")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert "huge" in dialog.error.text() and "resolution looks like" not in dialog.error.text()
    walked(qtbot, dialog, language)
    dialog.reject()
    window.close()


def said_in(code: str, text: str) -> list[str]:
    """`english`'s verdict on one sentence that is not on a widget (a tooltip, a status)."""
    left, templates = english_left(code), english_templates(code)
    if text in left or any(t.fullmatch(text) for t in templates):
        return [f"{text!r} is English"]
    return [f"{text!r} has an unfilled placeholder"] if UNFILLED.search(text) else []


def test_the_hubs_refusals_speak_each_language(
    qtbot: QtBot, language: str, demo: Repository, tmp_path: Path
) -> None:
    """A join URL that is not one (in the dialog), the hub unreachable, a password or address
    refused, a desk name taken, revoked or kept by another home: each said in the desk's
    language in the join dialog, on the status bar and in its tooltip; `str()` stays English
    for the command line and the log."""
    join = JoinDialog("front", None)
    qtbot.addWidget(join)
    for text in ("postgresql://", "postgresql://desk:x@10.0.0.5:port/checkin"):
        with pytest.raises(HubError) as raised:
            check_url(text)
        join.read([text])
        assert str(raised.value) not in join.problem.text()
        assert join.problem.text() == hub_said(raised.value)
        walked(qtbot, join, language)
    url = "postgresql://desk:secret@10.0.0.5:5433/checkin"
    network = [
        classify(OperationalError(words), url)
        for words in (
            'connection to server at "10.0.0.5", port 5433 failed: Connection refused',
            'FATAL:  password authentication failed for user "desk"',
            'FATAL:  database "checkin" does not exist',
            'FATAL:  no pg_hba.conf entry for host "10.0.0.9", user "desk"',
        )
    ]
    names = [  # as `desk_roles.enrol` refuses a name (the hub's PostgreSQL is not needed here)
        HubRefused("…", HubCode.NAME_TAKEN, ("Hall B",)),
        HubRefused("…", HubCode.NAME_ELSEWHERE, ("Hall A",)),
        HubRefused("…", HubCode.NAME_REVOKED, ("Hall B",)),
        HubRefused("…", HubCode.NAME_INVALID, ("x" * 61,)),
        HubRefused("…", HubCode.MAY_NOT_ADD),
    ]
    assert [e.code for e in network] == [
        HubCode.UNREACHABLE, HubCode.PASSWORD, HubCode.NO_DATABASE, HubCode.NOT_FROM_HERE
    ]  # fmt: skip
    assert str(network[0]) == "The hub at 10.0.0.5:5433 cannot be reached (Connection refused)."
    window = desk(qtbot, demo, tmp_path)
    bridge = HubBridge(window, url)
    try:
        for error in network + names:
            said = hub_said(error)
            assert said != str(error) and all(fact in said for fact in error.facts)
            assert said_in(language, said) == []
            status = LinkStatus(False, 0, 2, str(error), isinstance(error, HubRefused), (), error)
            line, tip = bridge.words(status)
            assert tip == said and said_in(language, line) == []
            bridge.status_changed.emit(status)
            settle_at_laptop_size(qtbot, window)
            assert english(window, language) == [] and clipped_texts(window) == []
    finally:
        bridge.stop()
        window.close()


def test_a_list_that_cannot_be_read_speaks_each_language(
    qtbot: QtBot, language: str, demo: Repository, tmp_path: Path
) -> None:
    """A missing file, a folder, an empty file, an old .xls, a binary file, a UTF-16 file cut
    in half, a header without rows: the import dialog says why in the desk's language, naming
    the file; the English sentence (the command line's) is not shown."""
    lists = tmp_path / "lists"
    lists.mkdir()
    files = {
        ReadCode.MISSING: lists / "gone.csv",
        ReadCode.FOLDER: lists,
        ReadCode.EMPTY: lists / "empty.csv",
        ReadCode.OLD_EXCEL: lists / "old.xls",
        ReadCode.NOT_A_LIST: lists / "photo.csv",
        ReadCode.ENCODING: lists / "utf16.csv",
        ReadCode.NO_ROWS: lists / "header.csv",
    }
    files[ReadCode.EMPTY].write_bytes(b"")
    files[ReadCode.OLD_EXCEL].write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 64)
    files[ReadCode.NOT_A_LIST].write_bytes(bytes(range(256)) * 8)
    files[ReadCode.ENCODING].write_bytes("Name\nZoë\n".encode("utf-16") + b"\x00\xd8")
    files[ReadCode.NO_ROWS].write_text("First name,Last name\n", encoding="utf-8")
    dialog = ImportDialog(demo)
    qtbot.addWidget(dialog)
    dialog.show()
    for code, path in files.items():
        with pytest.raises(SourceUnreadable) as raised:
            load(str(path))
        assert raised.value.code is code
        with qtbot.waitSignal(dialog.failed, timeout=WAIT_MS) as failed:
            dialog.set_source(str(path))
        qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
        sentence = failed.args[0]
        assert sentence == unreadable_said(raised.value) != str(raised.value)
        assert path.name in sentence and said_in(language, sentence) == []
        walked(qtbot, dialog, language)
    dialog.reject()


def test_a_label_printer_address_problem_speaks_each_language(
    qtbot: QtBot, language: str, demo: Repository, tmp_path: Path
) -> None:
    """Each way a label printer's address typed into Settings can be wrong is refused in the
    desk's language, with the address's own parts as typed; the print queue keeps the English
    sentence for its log."""
    window = desk(qtbot, demo, tmp_path)
    window.settings_dialog()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    seen = set()
    for typed in (
        "/dev/usb/lp0",
        "brother-ql://?model=QL-820NWB",
        "zpl://printer:port?dpi=203",
        "brother-ql://192.168.1.50?model=QL-999",
        "brother-ql://192.168.1.50?model=QL-820NWB&label=29",
        "brother-ql://192.168.1.50?model=QL-820NWB&label=102",
        "zpl://192.168.1.60?dpi=high",
        "zpl://192.168.1.60?dpi=150",
        "zpl://192.168.1.60?width=300",
    ):
        with pytest.raises(AddressError) as raised:
            parse_address(typed)
        seen.add(raised.value.code)
        dialog.printer.setEditText(typed)
        assert dialog.printer.value() == typed
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        assert dialog.isVisible()  # refused: nothing saved
        shown_error = dialog.error.text()
        assert shown_error == address_said(raised.value) != str(raised.value)
        assert all(fact in shown_error for fact in raised.value.facts)
        assert said_in(language, shown_error) == []
        walked(qtbot, dialog, language, frozenset({typed}))
    assert seen == set(AddressCode) - {AddressCode.SCHEME}  # a scheme is what makes an address
    dialog.reject()
    window.close()
