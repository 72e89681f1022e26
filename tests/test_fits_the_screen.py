"""Nothing the desk or the big dashboard shows is cut off at the resolutions desks and projectors
have (1280×720, the window's default, and 1366×768): every label, button, table cell and the
status bar's message is measured against its room, in the states a queue at 9:00 brings."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from pytestqt.qtbot import QtBot

from checkin.core.entities import Attendee
from checkin.db.repository import Repository
from checkin.ui.badge_sink import QueueBadges
from checkin.ui.dashboard import DashboardWindow
from checkin.ui.hub_link import HubBridge
from checkin.ui.ports import Collaborators
from checkin.ui.window import DeskWindow
from tests.fakes import RecordingPrinter
from tests.fitting import clipped_texts
from tests.hub_support import free_port
from tests.test_import_flags import demo_desk
from tests.test_window import ReplayCamera, index_ready, scanner

SIZES = [(1280, 720), (1366, 768)]
MISSING_CAMERA = "Camera 0 is missing or in use by another program. Retrying every 5 s…"


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Repository]:
    """The demo event on the real clock (its days are today and tomorrow)."""
    yield from demo_desk(tmp_path / "demo.sqlite3", "front")


@pytest.fixture
def desk(qtbot: QtBot, demo: Repository, tmp_path: Path) -> Iterator[DeskWindow]:
    """The demo desk as the issue found it at 9:00: no printer chosen (badges piling up), the
    camera missing, the venue hub unreachable, organizer mode on."""
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    settings.setValue("desk/muted", True)
    unnamed = RecordingPrinter("")
    unnamed.fail_with = "no default destination"
    badges = QueueBadges(demo, lambda _: unnamed, poll_seconds=0.02, retry_seconds=60)
    camera = ReplayCamera()
    window = DeskWindow(
        demo, settings, Collaborators(badges=badges, camera=camera), clear_after_ms=60_000
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    index_ready(qtbot, window)
    camera.state_changed.emit(MISSING_CAMERA)
    window.lock.set_pin("2468")
    hub = HubBridge(window, f"postgresql://desk:secret@127.0.0.1:{free_port()}/checkin").start()
    window.hub_bridge = hub
    qtbot.waitUntil(lambda: "Hub unreachable" in hub.label.text(), timeout=20_000)
    yield window
    hub.stop()
    window.close()


def valid_today(repo: Repository) -> list[Attendee]:
    today = repo.require_event().day_of(repo.clock())
    return [a for a in repo.attendees() if not a.cancelled and a.valid_on(today)]


def longest_named(people: list[Attendee]) -> Attendee:
    return max(people, key=lambda a: len(a.display_name))


def assert_fits(qtbot: QtBot, window: DeskWindow, state: str) -> None:
    for width, height in SIZES:
        window.resize(width, height)
        qtbot.waitUntil(lambda: window.size().width() == width)  # noqa: B023
        qtbot.wait(20)  # the layout settles in the next turns of the event loop
        assert clipped_texts(window) == [], f"{state} at {width}×{height}"


def test_no_text_of_the_desk_is_cut_at_desk_resolutions(
    qtbot: QtBot, desk: DeskWindow, demo: Repository
) -> None:
    people = valid_today(demo)
    long_name = longest_named(people)
    noted = next(a for a in people if a.notes)
    field = desk.scan_screen.field

    def typed(text: str) -> Callable[[], None]:
        def step() -> None:
            qtbot.keyClicks(field, text)
            qtbot.keyClick(field, Qt.Key.Key_Return)

        return step

    states: list[tuple[str, Callable[[], None]]] = [
        ("ready", lambda: None),
        ("admitted, long name", lambda: scanner(qtbot, desk, long_name.code)),
        ("already in", lambda: scanner(qtbot, desk, long_name.code)),
        ("requires attention", lambda: scanner(qtbot, desk, noted.code)),
        ("not today", lambda: scanner(qtbot, desk, next(
            a for a in demo.attendees() if not a.cancelled and a not in people).code)),
        ("cancelled", lambda: scanner(qtbot, desk, next(
            a for a in demo.attendees() if a.cancelled).code)),
        ("unknown", lambda: scanner(qtbot, desk, "4242424242424242")),
        ("no match", typed("xq")),
        ("not a ticket", lambda: scanner(qtbot, desk, "https://example.org/ticket/ABCDEF")),
        ("exit mode", lambda: qtbot.keyClick(field, Qt.Key.Key_F8)),
    ]  # fmt: skip
    for state, step in states:
        step()
        assert_fits(qtbot, desk, state)
    assert "badges waiting" in desk.status.printer.text()


def test_the_big_dashboard_fits_a_1366_by_768_projector(qtbot: QtBot, demo: Repository) -> None:
    for a in valid_today(demo)[:40]:
        demo.decide_and_record(a.code)
    window = DashboardWindow(demo)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.current is not None)
    window.set_big(True, QRect(0, 0, 1366, 768))
    # The test's virtual screen is 800 pixels square: hold the big view at the projector's size.
    window.showNormal()
    window.setGeometry(0, 0, 1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    qtbot.wait(50)
    assert clipped_texts(window) == []
    assert "ms)" not in window.updated.text()
    # The arrivals chart keeps a real plot, not a strip under its labels.
    assert window.chart.chart().plotArea().height() > 120
    window.set_big(False)
    window.fit_to_screen()
    assert window.height() <= window.screen().availableGeometry().height()
    window.close()
