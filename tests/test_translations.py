"""The desk in the volunteers' language: every locale loaded, the main states walked.

For each language the desk ships, the window is opened on the demo event in that language and
taken through its main states (ready, each verdict, the search list, exit mode, the walk-in and
settings dialogs) and the dashboard: no text shown is an English source whose translation exists,
no placeholder is left unfilled, and nothing is cut at 1366×768. The translation files themselves
are checked with the project's own tool: complete, and the committed .qm built from the .ts.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenuBar,
    QStatusBar,
    QTableWidget,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from checkin.core.entities import Attendee
from checkin.db.repository import Repository
from checkin.demo import load_demo
from checkin.operations.kiosk import Answer, KioskResult
from checkin.operations.organizer_pin import PinStore
from checkin.ui.dashboard import DashboardWindow
from checkin.ui.fixups import WalkInDialog
from checkin.ui.kiosk import KioskWindow
from checkin.ui.language import LANGUAGES, SOURCE, install_language, reset_language, shown_language
from checkin.ui.organizer import PinDialog
from checkin.ui.ports import Collaborators
from checkin.ui.settings_dialog import SettingsDialog
from checkin.ui.window import DeskWindow
from tests.fakes import person
from tests.fitting import clipped_texts
from tests.window_desk import index_ready, scanner, settled, typing

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
TRANSLATED = sorted(code for code in LANGUAGES if code != SOURCE)
# %1…%9 and %n are Qt's placeholders; {name} would be a Python one leaking through.
UNFILLED = re.compile(r"%[1-9n]|\{[a-z_]+\}")


def english_left(code: str) -> set[str]:
    """The English sources that have a translation differing from them, as a widget shows them
    (accelerator marks removed)."""
    found = set()
    for message in ET.parse(FOLDER / f"checkin_{code}.ts").getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [] if translation is None else [f.text for f in translation.iter("numerusform")]
        said = forms[0] if forms else (translation.text if translation is not None else None)
        if said and said != source:
            found.add(source.replace("&", ""))
    return found


def texts(window: QWidget) -> list[str]:
    """Every text the window shows now: labels, buttons, combo items, headers, cells, menus,
    the title and the status bar's message."""
    shown = [window.windowTitle()]
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            shown.append(widget.text())
        elif isinstance(widget, QLineEdit):
            shown.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            shown += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            shown += [header.text(c) for c in range(widget.columnCount())]
            for row in range(widget.topLevelItemCount()):
                item = widget.topLevelItem(row)
                shown += [item.text(c) for c in range(widget.columnCount())]
        elif isinstance(widget, QTableWidget):
            for c in range(widget.columnCount()):
                title = widget.horizontalHeaderItem(c)
                shown.append(title.text() if title else "")
                for row in range(widget.rowCount()):
                    item = widget.item(row, c)
                    shown.append(item.text() if item else "")
    if isinstance(window, QMainWindow):
        # Found, not asked for: asking a window without one (the kiosk) would give it one.
        bar = window.findChild(QStatusBar)
        shown.append(bar.currentMessage() if bar is not None else "")
        menus = window.findChild(QMenuBar)
        for menu in menus.actions() if menus is not None else []:
            shown.append(menu.text())
            if menu.menu() is not None:
                shown += [a.text() for a in menu.menu().actions() if not a.isSeparator()]
    return [line.replace("&", "") for text in shown if text for line in text.split("\n")]


def untranslated(window: QWidget, code: str, data: frozenset[str] = frozenset()) -> list[str]:
    """What is shown in English or with a placeholder; `data` (names, ticket types, companies)
    is the event's own and shown as it is, even where it looks like a word of the desk."""
    left = english_left(code) - data
    return [
        f"{text!r} is English" if text in left else f"{text!r} has an unfilled placeholder"
        for text in texts(window)
        if text in left or UNFILLED.search(text)
    ]


@pytest.fixture(params=TRANSLATED)
def language(request: pytest.FixtureRequest, qapp: object) -> Iterator[str]:
    code = str(request.param)
    assert install_language(code) == code
    assert shown_language() == code
    yield code
    reset_language()


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Repository]:
    repo = Repository(tmp_path / "demo.sqlite3", desk="front")
    load_demo(repo)
    yield repo
    repo.close()


def valid_today(repo: Repository) -> list[Attendee]:
    today = repo.require_event().day_of(repo.clock())
    return [a for a in repo.attendees() if not a.cancelled and a.valid_on(today)]


def event_data(repo: Repository) -> frozenset[str]:
    people = repo.attendees()
    return frozenset(
        value for a in people for value in (a.display_name, a.ticket_type, a.company) if value
    )


def settle_at_laptop_size(qtbot: QtBot, window: QWidget) -> None:
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    # The layouts settle in the next turns of the event loop: deliver their requests until none
    # is left (a text changed a moment ago may have asked for one more), however busy the machine.
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        qtbot.wait(10)


def test_translation_files_are_complete_and_built_by_the_tool() -> None:
    tool = ROOT / "tools" / "translations.py"
    result = subprocess.run(
        [sys.executable, str(tool), "check"], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert {p.stem.split("_")[1] for p in FOLDER.glob("checkin_*.qm")} == set(LANGUAGES)


def test_english_says_its_plurals_through_its_own_catalogue(qapp: QApplication) -> None:
    from PySide6.QtCore import QCoreApplication

    assert install_language(SOURCE) == SOURCE
    try:

        def say(count: int) -> str:
            source = "over %n finished day(s)"
            return QCoreApplication.translate("DashboardWindow", source, None, count)

        assert (say(1), say(2)) == ("over 1 finished day", "over 2 finished days")
    finally:
        reset_language()


def test_the_desk_speaks_each_language_in_its_main_states(
    qtbot: QtBot, language: str, demo: Repository, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    settings.setValue("desk/muted", True)
    window = DeskWindow(demo, settings, Collaborators(), clear_after_ms=60_000)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    index_ready(qtbot, window)
    people = valid_today(demo)
    longest = max(people, key=lambda a: len(a.display_name))
    noted = next(a for a in people if a.notes)
    data = event_data(demo)
    field = window.scan_screen.field
    panel = window.scan_screen.verdict
    not_today = next(a for a in demo.attendees() if not a.cancelled and a not in people)
    # Typed as a keyboard types it: letters a test key event can send.
    searched = next(a for a in people if len(a.last_name) >= 4 and a.last_name[:4].isascii())

    def typed(text: str) -> Callable[[], None]:
        def step() -> None:
            qtbot.keyClicks(field, text)
            qtbot.keyClick(field, Qt.Key.Key_Return)

        return step

    CTRL = Qt.KeyboardModifier.ControlModifier
    states: list[tuple[str, Callable[[], None]]] = [
        ("ready", lambda: None),
        ("admitted", lambda: scanner(qtbot, window, longest.code)),
        ("already in", lambda: scanner(qtbot, window, longest.code)),
        ("requires attention", lambda: scanner(qtbot, window, noted.code)),
        ("not today", lambda: scanner(qtbot, window, not_today.code)),
        ("cancelled", lambda: scanner(qtbot, window, next(
            a for a in demo.attendees() if a.cancelled).code)),
        ("unknown", lambda: scanner(qtbot, window, "4242424242424242")),
        ("no match", typed("xq")),
        ("not a ticket", lambda: scanner(qtbot, window, "https://example.org/ticket/ABCDEF")),
        ("search", lambda: (field.clear(), typing(qtbot, window, searched.last_name[:4]))),
        ("exit mode", lambda: (field.clear(), qtbot.keyClick(field, Qt.Key.Key_F8))),
        ("let out", lambda: scanner(qtbot, window, longest.code)),
        ("undone", lambda: (qtbot.keyClick(field, Qt.Key.Key_Z, CTRL), settled(qtbot, window))),
    ]  # fmt: skip
    headlines = set()
    for state, step in states:
        step()
        settle_at_laptop_size(qtbot, window)
        assert untranslated(window, language, data) == [], f"{state} in {language}"
        assert clipped_texts(window) == [], f"{state} in {language} at 1366×768"
        headlines.add(panel.word.text())
    # Each verdict had its own headline, in the language's words.
    assert len(headlines - {""}) >= 7
    # Names stay as they are: the admitted name is shown as written.
    scanner(qtbot, window, "4242424242424242")
    qtbot.keyClick(field, Qt.Key.Key_F8)  # back to check-in
    settled(qtbot, window)

    window.walk_in()
    walk_in = window.findChild(WalkInDialog)
    assert walk_in is not None
    qtbot.waitExposed(walk_in)
    assert untranslated(walk_in, language, data) == []
    walk_in.buttons.button(walk_in.buttons.StandardButton.Ok).click()  # no name: its error
    assert walk_in.error.text() and untranslated(walk_in, language, data) == []
    assert clipped_texts(walk_in) == []
    walk_in.reject()

    window.settings_dialog()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert untranslated(dialog, language) == []
    assert clipped_texts(dialog) == []
    assert dialog.language.findData(language) >= 0
    dialog.reject()

    # An organizer tool asked for from the menu: the PIN dialog says what it opens.
    window.actions_by_name["Dashboard and attendee list"].trigger()
    pin = window.findChild(PinDialog)
    assert pin is not None
    qtbot.waitExposed(pin)
    assert untranslated(pin, language) == []
    assert clipped_texts(pin) == []
    pin.reject()
    window.close()


def test_the_dashboard_speaks_each_language(qtbot: QtBot, language: str, demo: Repository) -> None:
    for attendee in valid_today(demo)[:30]:
        demo.decide_and_record(attendee.code)
    window = DashboardWindow(demo)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.current is not None)
    window.setGeometry(0, 0, 1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    qtbot.wait(50)
    assert untranslated(window, language, event_data(demo)) == []
    assert clipped_texts(window) == []
    # Counts are written the language's way (a thousands separator where there is one).
    assert QLocale().toString(1234) in {
        "1,234",
        "1.234",
        "1 234",
        "1\u00a0234",
        "1\u202f234",
        "1234",
    }
    window.close()


def test_a_language_chosen_in_settings_is_kept_for_its_home(
    qtbot: QtBot, demo: Repository, tmp_path: Path
) -> None:
    from checkin.ui.language import home_key, stored_choice

    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    key = home_key(str(demo.path))
    window = DeskWindow(demo, settings, Collaborators(language_key=key))
    qtbot.addWidget(window)
    window.settings_dialog()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: stored_choice(settings, key) == "fr")
    assert shown_language() == "fr"
    # Another home on the same machine keeps following the system.
    assert stored_choice(settings, home_key(str(tmp_path / "other.sqlite3"))) == ""
    reset_language()
    window.close()


def test_a_right_to_left_desk_is_mirrored_by_qt(
    qtbot: QtBot, demo: Repository, tmp_path: Path, qapp: QApplication
) -> None:
    """Under a right-to-left language the layouts mirror (the desk's name moves to the left of
    the event's title), the status bar's rules face the message, and a Hebrew or Arabic name
    shows as written."""
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
        settings.setValue("desk/muted", True)
        window = DeskWindow(demo, settings, Collaborators(), clear_after_ms=60_000)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        index_ready(qtbot, window)
        screen = window.scan_screen
        assert screen.mode.x() < screen.event_title.x()
        assert "border-right" in window.status.headcount.styleSheet()
        guest = demo.add_attendee(person("RTL-0001", "نور", "الهدى", days=()))
        scanner(qtbot, window, guest.code)
        assert screen.verdict.name.text() == "نور الهدى"
        settle_at_laptop_size(qtbot, window)
        assert clipped_texts(window) == []
        window.close()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def kiosk_at_laptop_size(qtbot: QtBot, repo: Repository, language: str) -> KioskWindow:
    kiosk = KioskWindow(repo, None, idle_ms=600_000, result_ms=600_000, language=language)
    qtbot.addWidget(kiosk)
    kiosk.setGeometry(0, 0, 1366, 768)  # full screen on the smallest laptop a kiosk runs on
    kiosk.show()
    qtbot.waitExposed(kiosk)
    return kiosk


def test_the_kiosk_speaks_each_language_in_its_states(
    qtbot: QtBot, language: str, demo: Repository
) -> None:
    """Welcome, the notes a search may give, a surname's picks, "Is this you?", admitted, sent
    to the desk, and the organizer's PIN prompt and its answer — in the home's language."""
    PinStore(demo.path.parent).set_pin("2468")
    people = valid_today(demo)
    # A surname whose first letters pick out a few people: the picks screen, not "type more".
    prefix, picked = next(
        (a.last_name[:4], a) for a in people
        if len(a.last_name) >= 4 and not a.notes
        and 1 <= sum(p.last_name.startswith(a.last_name[:4]) for p in people) <= 5
    )  # fmt: skip
    kiosk = kiosk_at_laptop_size(qtbot, demo, language)
    data = event_data(demo)
    event = demo.require_event().name  # the organizers' own words, in the welcome as written
    assert event in kiosk.heading.text() and not kiosk.heading.text().startswith("Welcome")
    seen: list[KioskResult] = []
    kiosk.answered.connect(seen.append)

    def answered(count: int) -> Callable[[], None]:
        return lambda: qtbot.waitUntil(lambda: len(seen) == count, timeout=10_000)

    states: list[tuple[str, Callable[[], None]]] = [
        ("welcome", lambda: None),
        ("too few letters", lambda: kiosk.submit("ab")),
        ("nobody found", lambda: kiosk.submit("Zzyqx")),
        ("picks", lambda: kiosk.submit(prefix)),
        ("is this you", lambda: kiosk.choose(next(
            b for b in kiosk.pick_buttons if b.property("code") == picked.code))),
        ("admitted", lambda: (kiosk.confirmed(), answered(1)())),
        ("sent to the desk", lambda: (kiosk.reset(), kiosk.submit(picked.code), answered(2)())),
        ("PIN prompt", kiosk.ask_to_leave),
        ("wrong PIN", lambda: kiosk.try_leave("1111")),
    ]  # fmt: skip
    for state, step in states:
        step()
        qtbot.wait(20)  # the layout settles in the next turns of the event loop
        assert untranslated(kiosk, language, data) == [], f"{state} in {language}"
        assert clipped_texts(kiosk) == [], f"{state} in {language} at 1366×768"
    assert [r.answer for r in seen] == [Answer.ADMITTED, Answer.SEE_DESK]
    # The attendee's first name is theirs, in any language.
    kiosk.reset()
    kiosk.submit(next(a for a in people if a not in (picked,) and not a.notes).code)
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=10_000)
    assert seen[-1].first_name and seen[-1].first_name in kiosk.answer_label.text()
    kiosk.may_close = True
    kiosk.close()


def test_an_attendee_picks_their_language_until_the_kiosk_is_idle(
    qtbot: QtBot, demo: Repository
) -> None:
    install_language("de")  # the home's language
    try:
        kiosk = kiosk_at_laptop_size(qtbot, demo, "de")
        german = kiosk.prompt.text()
        kiosk.submit("ab")
        assert kiosk.languages.buttons["de"].isChecked()
        # The names are each language's own, whatever the screen speaks now.
        assert [b.text() for b in kiosk.languages.buttons.values()] == list(LANGUAGES.values())
        qtbot.mouseClick(kiosk.languages.buttons["fr"], Qt.MouseButton.LeftButton)
        assert shown_language() == "fr" and kiosk.languages.buttons["fr"].isChecked()
        assert kiosk.prompt.text() != german
        # The step the attendee is at is said again in their language.
        assert untranslated(kiosk, "fr", event_data(demo)) == []
        assert kiosk.note.text() and clipped_texts(kiosk) == []
        kiosk.go_idle()  # nobody there any more: the home's language again
        assert shown_language() == "de" and kiosk.prompt.text() == german
        assert kiosk.languages.buttons["de"].isChecked() and kiosk.note.text() == ""
        kiosk.may_close = True
        kiosk.close()
    finally:
        reset_language()


def test_choosing_a_language_in_settings_retranslates_the_window_at_once(
    qtbot: QtBot, demo: Repository, tmp_path: Path
) -> None:
    """The menus, the status bar and the labels built in English follow the language chosen in
    Settings without a restart."""
    install_language(SOURCE)
    try:
        settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
        settings.setValue("desk/muted", True)
        window = DeskWindow(demo, settings, Collaborators(), clear_after_ms=60_000)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        index_ready(qtbot, window)
        before = {name: menu.title() for name, menu in window.menus.items()}
        assert before["&Desk"] == "&Desk" and window.status.organizer.text() == "volunteer"
        window.settings_dialog()
        dialog = window.findChild(SettingsDialog)
        assert dialog is not None
        dialog.language.setCurrentIndex(dialog.language.findData("de"))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: window.menus["&Desk"].title() != "&Desk")
        settle_at_laptop_size(qtbot, window)
        assert all(window.menus[name].title() != title for name, title in before.items())
        assert window.windowTitle() != "Check-in desk"
        assert untranslated(window, "de", event_data(demo)) == []
        assert clipped_texts(window) == []
        # An action's English name still finds it; a language back to English says it again.
        assert window.actions_by_name["Walk-in registration"].text() != "&Walk-in registration…"
        install_language(SOURCE)
        qtbot.waitUntil(lambda: window.menus["&Desk"].title() == "&Desk")
        assert window.status.organizer.text() == "volunteer"
        assert window.scan_screen.verdict.name.text() == "Ready"
        window.close()
    finally:
        reset_language()


def test_checkin_dashboard_speaks_the_language_chosen_for_its_home(
    qtbot: QtBot, demo: Repository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`checkin dashboard` opens in the language the home's desk chose, not the system's."""
    from checkin import app
    from checkin.ui.language import home_key

    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    settings.setValue(home_key(str(demo.path)), "fr")
    monkeypatch.setattr(app, "desk_settings", lambda: settings)
    monkeypatch.setattr(QApplication, "exec", lambda _app: 0)  # shown, not run
    try:
        assert app.run_dashboard(demo) == 0
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, DashboardWindow)]
        assert len(shown) == 1 and shown_language() == "fr"
        qtbot.addWidget(shown[0])
        qtbot.waitUntil(lambda: shown[0].model.current is not None)
        assert untranslated(shown[0], "fr", event_data(demo)) == []
        shown[0].close()
    finally:
        reset_language()
