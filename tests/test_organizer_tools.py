"""The organizer's dashboard and export dialog as the desk window opens them."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from checkin.db.repository import Repository
from checkin.operations import Changes
from checkin.ui.organizer_tools import ExportDialog, OrganizerTools
from tests.fakes import person


def seeded(repo: Repository) -> Repository:
    repo.add_attendees(
        [
            person("D1", "Zoë", "Ødegård", dietary="veggie", ticket_type="Operator"),
            person("D2", "Łukasz", "Wiśniewski", dietary="vegetarisch", ticket_type="Operator"),
            person("D3", "=HYPERLINK(1)", "Evil", dietary="vegan", ticket_type="Sponsor"),
        ]
    )
    return repo


def test_the_dashboard_follows_scans_at_this_desk(qtbot: QtBot, repo: Repository) -> None:
    tools = OrganizerTools(seeded(repo))
    host = QWidget()
    qtbot.addWidget(host)
    tools.open_dashboard(host)
    dashboard = tools.dashboard_window
    assert dashboard is not None
    qtbot.addWidget(dashboard)
    assert dashboard.gauge.on_site == 0
    repo.decide_and_record("D1")
    tools.desk_changed(Changes(movements=True))
    qtbot.waitUntil(lambda: dashboard.gauge.on_site == 1, timeout=3000)
    assert dashboard.gauge.caption() == "1 of 120 on site (1%)"
    tools.close()


def test_the_catering_export_runs_off_the_desk_and_names_nobody(
    qtbot: QtBot, repo: Repository, tmp_path: Path
) -> None:
    seeded(repo).decide_and_record("D1")
    tools = OrganizerTools(repo)
    dialog = ExportDialog(repo)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("dietary"))
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    out = tmp_path / "catering.csv"
    dialog.path.setText(str(out))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.outcome.text().startswith("Saved"), timeout=10_000)
    text = out.read_text(encoding="utf-8")
    rows = list(csv.reader(text.splitlines()))
    assert any("Vegetarian" in cell for row in rows for cell in row)
    # One of three admitted at 9:00: today's lunch is a forecast, not the one person in so far.
    lunch = next(row for row in rows if row[:1] == ["1"] and row[2:3] == ["Lunch"])
    assert lunch[5:7] == ["1", "3"]
    assert lunch[7] == (
        "forecast: 3 tickets valid today × 85% expected to come (15% no-shows); 1 in so far"
    )
    for name in ("Zoë", "Łukasz", "HYPERLINK", "Ødegård"):
        assert name not in text
    tools.close()


def test_an_export_to_a_missing_folder_is_explained(
    qtbot: QtBot, repo: Repository, tmp_path: Path
) -> None:
    tools = OrganizerTools(seeded(repo))
    dialog = ExportDialog(repo)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "nowhere" / "x.csv"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.outcome.text() == f"The folder {tmp_path / 'nowhere'} does not exist."
    tools.close()
