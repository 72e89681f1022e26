"""The dashboard window: live after a check-in at another desk (another process), immediate on
`refresh()`, and quiet while nothing changes."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtCharts")

from pytestqt.qtbot import QtBot

from checkin.core.capacity import Band
from checkin.core.entities import Direction, Event
from checkin.db.repository import Repository
from checkin.paths import database_path
from checkin.ui.dashboard import DashboardWindow
from tests.conftest import ROOT
from tests.fakes import person


@pytest.fixture
def live(home: Path) -> Iterator[Repository]:
    """A real-time event (another process scans with the real clock): today is its only day."""
    repo = Repository(database_path(home), desk="Dashboard")
    today = datetime.now().astimezone().date()
    repo.save_event(Event(name="Meetup", timezone="UTC", days=(today,), capacity=4, secret="s"))
    repo.add_attendees(person(f"L{n}", "Łukasz", str(n)) for n in range(6))
    yield repo
    repo.close()


def scan_in_another_process(home: Path, code: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CHECKIN_HOME": str(home)}
    done = subprocess.run(
        [sys.executable, "-m", "checkin", "scan", code, "--desk", "B"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_updates_after_a_check_in_at_another_desk(
    qtbot: QtBot, live: Repository, home: Path
) -> None:
    window = DashboardWindow(live)
    qtbot.addWidget(window)
    assert window.gauge.on_site == 0
    scan_in_another_process(home, "L0")
    qtbot.waitUntil(lambda: window.gauge.on_site == 1, timeout=5000)
    assert window.today_tile.value.text() == "1 / 6"
    window.close()


def test_refresh_is_immediate_and_polling_is_quiet(qtbot: QtBot, live: Repository) -> None:
    window = DashboardWindow(live)
    qtbot.addWidget(window)
    model = window.model
    computed = []
    model.changed.connect(computed.append)
    model.poll()
    model.poll()
    assert computed == []  # nothing committed: nothing recomputed

    for code in ("L0", "L1", "L2", "L3"):
        assert live.decide_and_record(code).accepted
    window.refresh()
    assert len(computed) == 1
    assert window.gauge.on_site == 4 and window.gauge.band is Band.CRITICAL
    assert window.days_table.item(0, 3).text() == "4"  # Admitted
    assert window.types_table.rowCount() == 1

    assert live.decide_and_record("L0", direction=Direction.OUT).accepted
    model.poll()  # this process's own commit moves the marker too
    assert len(computed) == 2 and window.gauge.on_site == 3
    window.close()


def test_big_screen_mode_toggles(qtbot: QtBot, live: Repository) -> None:
    window = DashboardWindow(live)
    qtbot.addWidget(window)
    window.show()
    normal = window.today_tile.value.font().pointSizeF()
    window.big_button.click()
    assert window.big
    assert window.today_tile.value.font().pointSizeF() > normal
    window.set_big(False)
    assert not window.big and not window.big_button.isChecked()
    assert window.today_tile.value.font().pointSizeF() == normal
    window.close()
