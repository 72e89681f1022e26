"""The command line as a user runs it: demo, status, find, scan, undo, event, exit codes."""

from __future__ import annotations

from pathlib import Path

from tests.cli import checkin


def test_the_demo_desk_from_the_terminal(tmp_path: Path) -> None:
    home = tmp_path / "desk"
    loaded = checkin("demo", "--no-gui", "--home", str(home))
    assert loaded.code == 0, loaded.err
    assert "120 attendees" in loaded.out

    status = checkin("status", "--json", "--home", str(home)).json()
    assert status["capacity"] == 120
    assert status["registered"] + status["cancelled"] == 120
    assert status["on_site"] == 0
    assert len(status["per_day"]) == 2

    found = checkin("find", "lukasz", "--json", "--home", str(home)).json()
    assert found and found[0]["name"].startswith("Łukasz")
    assert set(found[0]) >= {"name", "code", "company", "ticket_type", "status"}
    code = next(person["code"] for person in found if person["status"] == "active")

    admitted = checkin("scan", code, "--desk", "North", "--home", str(home))
    assert admitted.code == 0, admitted.out + admitted.err
    assert admitted.out.startswith("ADMITTED: Welcome, Łukasz")
    assert checkin("status", "--json", "--home", str(home)).json()["on_site"] == 1

    again = checkin("scan", code, "--home", str(home))
    assert again.code == 1
    assert "CHECK: ALREADY IN (already_in)" in again.out and "at desk North" in again.out
    assert "Next: The same person as on the ticket? Let them through" in again.out

    undone = checkin("undo", code, "--desk", "North", "--home", str(home))
    assert undone.code == 0 and undone.out.startswith("Undid Łukasz")
    assert checkin("status", "--json", "--home", str(home)).json()["on_site"] == 0

    unknown = checkin("scan", "NOT-A-TICKET", "--home", str(home))
    assert unknown.code == 1 and "STOP: UNKNOWN (unknown)" in unknown.out


def test_demo_twice_keeps_the_check_ins(tmp_path: Path) -> None:
    home = tmp_path / "desk"
    checkin("demo", "--no-gui", home=home)
    code = checkin("find", "dvorak", "--json", home=home).json()[0]["code"]
    assert checkin("scan", code, home=home).code == 0
    again = checkin("demo", "--no-gui", home=home)
    assert again.code == 0 and again.out.startswith("Opened the demo event")
    assert checkin("status", "--json", home=home).json()["on_site"] == 1


def test_home_comes_from_the_environment_or_the_option(tmp_path: Path) -> None:
    by_env, by_option = tmp_path / "env", tmp_path / "option"
    assert checkin("demo", "--no-gui", home=by_env).code == 0
    assert checkin("--home", str(by_option), "demo", "--no-gui").code == 0
    assert (by_env / "checkin.sqlite3").exists() and (by_option / "checkin.sqlite3").exists()


def test_commands_on_an_empty_home_explain_themselves(tmp_path: Path) -> None:
    result = checkin("status", home=tmp_path / "empty")
    assert result.code == 2
    assert result.err.startswith("checkin: No event in")
    assert not (tmp_path / "empty").exists()


def test_an_event_created_with_only_a_name_is_kept(tmp_path: Path) -> None:
    home = tmp_path / "ev"
    assert checkin("event", "--name", "Ops Meetup", home=home).code == 0
    shown = checkin("event", "--json", home=home)
    assert shown.code == 0 and shown.json()["name"] == "Ops Meetup"


def test_event_settings_are_validated_and_saved(tmp_path: Path) -> None:
    home = tmp_path / "ev"
    created = checkin(
        "event", "--name", "Ops Meetup", "--days", "2016-02-16,2016-02-15",
        "--timezone", "Europe/London", "--capacity", "120", "--policy", "block", "--json",
        home=home,
    )  # fmt: skip
    assert created.code == 0, created.err
    assert created.json()["days"] == ["2016-02-15", "2016-02-16"]
    assert created.json()["policy"] == "block"
    for bad in (["--days", "15/02/2016"], ["--timezone", "Mars/Olympus"], ["--capacity", "-4"]):
        refused = checkin("event", *bad, home=home)
        assert refused.code == 2 and refused.err.count("\n") == 1, refused.err
    assert checkin("event", "--json", home=home).json()["capacity"] == 120


def test_the_ticket_formats_are_a_setting_of_the_event(tmp_path: Path) -> None:
    home = tmp_path / "ev"
    created = checkin("event", "--name", "Rail Ops Meetup", home=home)
    assert "ticket formats: QR Code" in created.out  # QR unless told otherwise
    changed = checkin("event", "--formats", "Aztec, qr", home=home)
    assert changed.code == 0, changed.err
    assert "ticket formats: QR Code, Aztec" in changed.out
    refused = checkin("event", "--formats", "qr,morse", home=home)
    assert refused.code == 2
    assert refused.err == (
        "checkin: --formats: Unknown ticket format 'morse'; "
        "choose from qr, microqr, aztec, datamatrix, pdf417.\n"
    )
    assert checkin("event", "--json", home=home).json()["ticket_formats"] == ["qr", "aztec"]


def test_a_broken_database_file_is_reported_not_crashed(tmp_path: Path) -> None:
    home = tmp_path / "broken"
    home.mkdir()
    (home / "checkin.sqlite3").write_bytes(b"this is not a database" * 100)
    result = checkin("status", home=home)
    assert result.code == 2
    assert "Cannot open" in result.err and "Traceback" not in result.err


def test_the_terminal_desk_admits_by_code_and_by_search(tmp_path: Path) -> None:
    home = tmp_path / "desk"
    checkin("demo", "--no-gui", home=home)
    first = checkin("find", "sorensen", "--json", home=home).json()[0]
    session = checkin("gui", home=home, stdin=f"{first['code']}\ndvorak\n1\n/status\n/quit\n")
    assert session.code == 0, session.err
    assert f"ADMITTED: Welcome, {first['name']}." in session.out
    picked = session.out.split("1. ", 1)[1].split(" · ", 1)[0]
    assert "Dvořák" in picked
    assert f"ADMITTED: Welcome, {picked}." in session.out
    assert "On site 2 / 120" in session.out


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.cli import ROOT, child_env

    home = tmp_path / "desk"
    checkin("demo", "--no-gui", home=home)
    # Like `checkin find … | head -1` once head has gone: stdout is a pipe nobody reads.
    script = (
        "import os, sys\n"
        "from checkin.cli import main\n"
        "r, w = os.pipe(); os.close(r)\n"
        "os.dup2(w, 1); sys.stdout = open(1, 'w', buffering=1, closefd=False)\n"
        "sys.exit(main(['find', 'lukasz', '--json']))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=child_env(home),
        cwd=ROOT,
        timeout=60,
    )
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr, done.stderr
    assert done.returncode == 0


def test_find_with_one_letter_says_two_are_needed(tmp_path: Path) -> None:
    home = tmp_path / "desk"
    assert checkin("demo", "--no-gui", home=home).code == 0
    short = checkin("find", "a", home=home)
    assert short.code == 2
    assert short.err == "checkin: Type at least 2 letters of a name, or a ticket code.\n"
    assert short.out == ""
    assert checkin("find", "zz-nobody-qq", home=home).out == "Nobody matches 'zz-nobody-qq'.\n"
