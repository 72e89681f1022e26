"""Undo takes back one identified movement: the command line only this desk's own latest one
(unless told otherwise), the window exactly the movement it showed — also when another desk's
history has arrived in between."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from checkin.core.entities import Direction
from checkin.core.verdicts import UndoCode
from checkin.db.repository import Repository
from checkin.demo import demo_attendees, demo_event
from checkin.operations import DeskOperations
from checkin.ui.window import DeskWindow
from tests.cli import checkin
from tests.fakes import FixedClock, RecordingBadges
from tests.window_desk import ZOE, on_site, open_window, scanner, settled


def demo_codes(home: Path) -> list[str]:
    assert checkin("demo", "--no-gui", home=home).code == 0
    people = demo_attendees(demo_event(date.today()))
    return [a.code for a in people if not a.cancelled and not a.days]


def test_undo_refuses_another_desks_latest_movement_after_a_merge(tmp_path: Path) -> None:
    north, south = tmp_path / "north", tmp_path / "south"
    code = demo_codes(north)[0]
    demo_codes(south)
    assert checkin("scan", code, "--desk", "North", home=north).code == 0
    assert checkin("merge", str(north), home=south).code == 0

    refused = checkin("undo", code, "--desk", "South", "--json", home=south)
    assert refused.code == 1
    answer = refused.json()
    assert answer["code"] == "other_desk" and answer["desk"] == "North"
    assert "made at desk North at" in answer["message"] and "--any-desk" in answer["message"]
    assert checkin("status", "--json", home=south).json()["on_site"] == 1

    taken = checkin("undo", code, "--desk", "South", "--any-desk", home=south)
    assert taken.code == 0 and taken.out.startswith("Undid ")
    assert checkin("status", "--json", home=south).json()["on_site"] == 0
    # The undo is South's event: merged back, North sees it too.
    assert checkin("merge", str(south), home=north).code == 0
    assert checkin("status", "--json", home=north).json()["on_site"] == 0


def test_undo_takes_back_this_desks_own_latest_movement(repo: Repository) -> None:
    repo.add_attendees(demo_attendees(repo.require_event())[:3])
    code = repo.attendees()[0].code
    ops = DeskOperations(repo)
    ops.scan(code)
    ops.scan(code, direction=Direction.OUT)
    result = ops.undo_latest(code)
    assert result.done and result.message.endswith("exit.")
    assert repo.on_site(repo.require_event().day_of(repo.clock())) == 1
    assert ops.undo_latest("NO-SUCH-CODE").code is UndoCode.UNKNOWN


def test_ctrl_z_undoes_the_movement_it_showed_not_a_later_one_from_another_desk(
    qtbot: QtBot, repo: Repository, clock: FixedClock, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    window: DeskWindow = open_window(qtbot, repo, settings, RecordingBadges(repo))
    try:
        scanner(qtbot, window, ZOE)  # admitted here, at desk A
        clock.advance(seconds=30)
        # B lets her out meanwhile.
        other = repo.decide_and_record(ZOE, direction=Direction.OUT, desk="B")
        assert other.checkin is not None and on_site(repo) == 0
        qtbot.keyClick(window.scan_screen.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        settled(qtbot, window)
        history = repo.checkins()
        mine = next(c for c in history if c.desk == "A")
        theirs = next(c for c in history if c.desk == "B")
        assert mine.undone and not theirs.undone  # B's exit stands
        assert window.scan_screen.verdict.word.text() == "UNDONE"

        scanner(qtbot, window, ZOE)  # back in at A …
        assert repo.undo_movement(repo.checkins()[-1].uuid, desk="B")
        qtbot.keyClick(window.scan_screen.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        settled(qtbot, window)  # … undone elsewhere first: nothing more is taken back
        assert window.scan_screen.verdict.word.text() == "NOT UNDONE"
        assert "already undone" in window.scan_screen.verdict.message.text()
        assert [c.undone for c in repo.checkins()] == [True, False, True]
    finally:
        window.close()
