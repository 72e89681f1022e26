"""The organizer PIN: a slow hash in the home (0600), a growing wait after wrong tries, the same
PIN for the window and the command line, and no way to choose a new one by emptying the file."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from checkin.db.repository import Repository
from checkin.operations.organizer_pin import PIN_FILE, SCRYPT, PinError, PinState, PinStore
from checkin.paths import database_path
from checkin.ui.organizer import PinDialog
from tests.cli import child_env, run
from tests.fakes import RecordingBadges
from tests.window_desk import open_window


class WallClock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_the_pin_is_a_private_slow_hash_and_wrong_tries_wait_longer(tmp_path: Path) -> None:
    clock = WallClock()
    store = PinStore(tmp_path, clock)
    assert store.state() is PinState.NONE
    with pytest.raises(PinError, match="at least 4"):
        store.set_pin("12")
    store.set_pin("2468")
    record = json.loads((tmp_path / PIN_FILE).read_text())
    assert "2468" not in json.dumps(record)
    assert (record["scheme"], record["n"], record["r"]) == ("scrypt", SCRYPT["n"], SCRYPT["r"])
    if os.name == "posix":
        assert stat.S_IMODE((tmp_path / PIN_FILE).stat().st_mode) == 0o600
    with pytest.raises(PinError, match="already set"):
        store.set_pin("1111")  # nobody replaces a PIN from the first-run path
    assert store.check("2468").ok
    waits = [store.check("0000").wait for _ in range(3)]
    assert waits == [0.0, 0.0, 1.0]  # two typos free, then a wait
    assert store.check("0000") == store.check("2468")  # while waiting, no try counts at all
    clock.now += 1
    assert store.check("0000").wait == 2.0  # and each wrong try after it doubles the wait
    refused = store.check("2468")  # even the right PIN waits its turn
    assert not refused.ok and refused.message == "Too many wrong PINs: try again in 2 seconds."
    clock.now += 2
    assert PinStore(tmp_path, clock).check("2468").ok  # the count outlived this store
    assert store.check("0000").wait == 0.0  # a right PIN reset it


@pytest.mark.parametrize("content", ["", "{}", '{"scheme": "scrypt", "hash": ""}', "garbage"])
def test_an_emptied_pin_file_locks_the_desk_instead_of_reopening_it(
    tmp_path: Path, content: str
) -> None:
    (tmp_path / PIN_FILE).write_text(content)
    store = PinStore(tmp_path)
    assert store.state() is PinState.DAMAGED and store.has_pin
    with pytest.raises(PinError):
        store.set_pin("1234")
    assert not store.check("1234").ok


def test_the_window_does_not_offer_a_new_pin_when_the_file_was_emptied(
    qtbot: QtBot, repo: Repository, tmp_path: Path
) -> None:
    (repo.path.parent / PIN_FILE).write_text("")
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    settings.setValue("organizer/pin", "")  # and the old settings entry empty too
    window = open_window(qtbot, repo, settings, RecordingBadges(repo))
    window.actions_by_name["Settings"].trigger()
    dialog = window.dialog
    assert isinstance(dialog, PinDialog) and not dialog.setting
    dialog.pin.setText("1234")
    assert "damaged" in dialog.problem()
    assert not window.lock.unlocked
    dialog.reject()
    window.close()


@pytest.fixture
def locked_home(tmp_path: Path) -> Path:
    home = tmp_path / "desk"
    assert run("demo", "--no-gui", home=home).returncode == 0
    PinStore(home).set_pin("2468")  # as the window's first organizer would
    return home


def cli(home: Path, *args: str, pin: str | None = None) -> tuple[int, str, str]:
    env = child_env(home)
    env.pop("CHECKIN_PIN", None)
    if pin is not None:
        env["CHECKIN_PIN"] = pin
    done = run(*args, env=env)
    return done.returncode, done.stdout, done.stderr


def capacity(home: Path) -> int | None:
    with Repository(database_path(home)) as repo:
        return repo.require_event().capacity


def test_organizer_commands_ask_for_the_pin(locked_home: Path, tmp_path: Path) -> None:
    home = locked_home
    code, _, err = cli(home, "event", "--capacity", "80")
    assert code == 2
    assert err == (
        "checkin: Changing the event needs the organizer PIN: give it with --pin-file FILE or "
        "$CHECKIN_PIN.\n"
    )
    code, _, err = cli(home, "event", "--capacity", "80", pin="1111")
    assert (code, err) == (2, "checkin: Wrong organizer PIN: changing the event was not done.\n")
    assert capacity(home) == 120
    pin_file = tmp_path / "pin.txt"
    pin_file.write_text("2468\n")
    code, _, err = cli(home, "event", "--capacity", "80", "--pin-file", str(pin_file))
    assert code == 0, err
    assert capacity(home) == 80
    assert cli(home, "event")[0] == 0  # showing the event needs no PIN

    out = tmp_path / "people.csv"
    code, _, err = cli(home, "export", "attendees", "--out", str(out))
    assert code == 2 and "exporting attendees" in err.lower() and not out.exists()
    assert cli(home, "export", "attendees", "--out", str(out), pin="2468")[0] == 0
    assert cli(home, "export", "headcount", "--out", str(tmp_path / "h.csv"))[0] == 0

    code, _, err = cli(home, "scan", "NOT-A-CODE", "--override")
    assert code == 2 and "Admitting past capacity needs the organizer PIN" in err
    code, _, err = cli(home, "purge", "--yes")
    assert code == 2 and "Purging needs the organizer PIN" in err
    with Repository(database_path(home)) as repo:
        assert any(a.first_name for a in repo.attendees())  # nothing was purged
