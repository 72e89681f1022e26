"""Every answer at the door shows on the big panel, in the same words as the command line:
no match, not a ticket, the amber states' next step, and a note that requires attention."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from checkin.cli.desk import describe
from checkin.core.verdicts import Severity
from checkin.db.repository import Repository
from checkin.ui.theme import VERDICT_COLOURS
from checkin.ui.window import DeskWindow
from tests.fakes import person
from tests.test_window import (
    DAY2_ONLY,
    ZOE,
    RecordingBadges,
    open_window,
    people,
    scanner,
)

SPEAKER = "4711000000000000009"


@pytest.fixture
def window(qtbot: QtBot, repo: Repository, tmp_path: Path) -> Iterator[DeskWindow]:
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    badges = RecordingBadges(repo)
    speaker = person(
        SPEAKER, "Lena", "Schröder", notes="Requires attention: speaker, collect slides"
    )
    window = open_window(qtbot, repo, settings, badges, [*people(), speaker])
    yield window
    window.close()


def test_a_name_that_matches_nobody_answers_on_the_panel_with_the_walk_in_key(
    qtbot: QtBot, window: DeskWindow
) -> None:
    field = window.scan_screen.field
    qtbot.keyClicks(field, "xq")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    panel = window.scan_screen.verdict
    assert panel.severity is Severity.CAUTION
    assert panel.word.text() == "NO MATCH"
    assert "Nobody matches “xq”" in panel.message.text()
    assert "Ctrl+N registers a walk-in" in panel.next_step.text()
    assert field.text() == "xq"  # left to correct


def test_a_link_without_digits_is_not_a_ticket_and_turns_red(
    qtbot: QtBot, window: DeskWindow, repo: Repository
) -> None:
    scanner(qtbot, window, "https://tickets.example.org/otherconf/ticket/ABCDEF")
    panel = window.scan_screen.verdict
    assert panel.severity is Severity.STOP
    assert panel.background() == VERDICT_COLOURS[Severity.STOP].background
    assert panel.word.text() == "STOP: NOT A TICKET"
    assert "https://tickets.example.org/otherconf/ticket/ABCDEF" in panel.message.text()
    assert window.scan_screen.field.text() == ""
    assert not window.scan_screen.results.isVisible()


def test_an_e_mail_is_still_a_search(qtbot: QtBot, window: DeskWindow) -> None:
    qtbot.keyClicks(window.scan_screen.field, "zz@example.org")
    qtbot.keyClick(window.scan_screen.field, Qt.Key.Key_Return)
    assert window.scan_screen.verdict.word.text() == "NO MATCH"


def test_amber_states_say_what_to_do_next_and_which_key(qtbot: QtBot, window: DeskWindow) -> None:
    panel = window.scan_screen.verdict
    scanner(qtbot, window, ZOE)
    scanner(qtbot, window, ZOE)
    assert panel.word.text() == "CHECK: ALREADY IN"
    assert "counted already" in panel.next_step.text()
    scanner(qtbot, window, DAY2_ONLY)
    assert panel.word.text() == "CHECK: NOT TODAY"
    assert "Only an organizer may let them in today" in panel.next_step.text()
    assert "Ctrl+N" in panel.next_step.text()


def test_the_command_line_prints_the_windows_words(qtbot: QtBot, window: DeskWindow) -> None:
    panel = window.scan_screen.verdict
    scanner(qtbot, window, ZOE)
    scanner(qtbot, window, ZOE)
    assert panel.verdict is not None
    printed = describe(panel.verdict)  # what `checkin scan` and the terminal desk print
    assert printed.startswith(f"{panel.word.text()} (already_in) — ")
    assert f"Next: {panel.verdict.next_step}" in printed
    assert panel.next_step.text().startswith(panel.verdict.next_step)


def test_a_note_that_requires_attention_has_its_own_band_and_sound(
    qtbot: QtBot, window: DeskWindow, repo: Repository
) -> None:
    window.sounds.muted = False
    scanner(qtbot, window, SPEAKER)
    panel = window.scan_screen.verdict
    assert panel.severity is Severity.ATTENTION
    assert panel.background() == VERDICT_COLOURS[Severity.ATTENTION].background
    assert panel.background() != VERDICT_COLOURS[Severity.OK].background
    assert panel.word.text() == "ADMITTED — ATTENTION"
    assert "collect slides" in panel.must_know.text()
    assert panel.must_know.font().pointSizeF() > panel.message.font().pointSizeF()
    assert window.sounds.last_played is Severity.ATTENTION
    assert repo.on_site(repo.require_event().day_of(repo.clock())) == 1  # admitted all the same


def test_f1_says_what_each_amber_and_red_answer_asks(qtbot: QtBot, window: DeskWindow) -> None:
    qtbot.keyClick(window.scan_screen.field, Qt.Key.Key_F1)
    box = window.dialog
    assert box is not None
    text = box.text()  # type: ignore[attr-defined]
    assert "CHECK: ALREADY IN — The same person as on the ticket?" in text
    assert "CHECK: NOT TODAY — Not admitted. Only an organizer may let them in today" in text
    assert "STOP: VENUE FULL — Not admitted. Only an organizer may admit past capacity." in text
    assert "Ctrl+Shift+A" in text


def test_the_volunteers_key_counts_stay_as_they_were(
    qtbot: QtBot, window: DeskWindow, repo: Repository
) -> None:
    """A scan costs no key (the scanner types and sends Enter); a search hit costs the letters
    and Enter — here 2 + 1, within the 4 the desk promises."""
    field = window.scan_screen.field
    qtbot.keyClicks(field, "zo")
    qtbot.waitUntil(window.scan_screen.results.isVisible)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.controller.commits.pending == 0)
    panel = window.scan_screen.verdict
    assert panel.word.text() == "ADMITTED" and panel.name.text() == "Zoë Ødegård"
