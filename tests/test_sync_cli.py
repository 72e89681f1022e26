"""`checkin sync` as an organizer runs it: a real process, a real home folder."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.cli import child_env, run
from tests.test_sync_formats import write_csv
from tests.test_sync_resync import HEADER, PEOPLE, row

DATA = Path(__file__).parent / "data" / "sync"


def checkin(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # The event a first sync creates is dated in the computer's time zone: pin it.
    env = {**child_env(), "TZ": "Europe/London"}
    return run(*args, "--home", str(home), env=env, timeout=120)


def test_first_sync_creates_the_event_and_a_second_changes_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    path = write_csv(tmp_path / "meetup-attendees.csv", [HEADER, *PEOPLE])
    first = checkin(home, "sync", str(path))
    assert first.returncode == 0, first.stderr
    assert "3 added" in first.stdout and 'Created the event "meetup attendees"' in first.stdout
    event = json.loads(checkin(home, "event", "--json").stdout)
    assert event["name"] == "meetup attendees" and len(event["days"]) == 1
    assert (event["capacity"], event["timezone"]) == (None, "Europe/London")
    assert checkin(home, "scan", "B2").returncode == 0
    again = checkin(home, "sync", str(path), "--json")
    assert again.returncode == 0
    assert json.loads(again.stdout)["unchanged"] == 3
    assert json.loads(checkin(home, "status", "--json").stdout)["registered"] == 3


def test_unreadable_file_exits_2_and_leaves_the_database_alone(tmp_path: Path) -> None:
    home = tmp_path / "home"
    good = write_csv(tmp_path / "eb.csv", [HEADER, *PEOPLE])
    assert checkin(home, "sync", str(good)).returncode == 0
    database = home / "checkin.sqlite3"
    before = database.read_bytes()
    broken = tmp_path / "broken.csv"
    broken.write_text('First Name,Last Name\nAda,"Lovelace\n', encoding="utf-8")
    result = checkin(home, "sync", str(broken))
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "checkin: broken.csv cannot be read as CSV at row 2: unexpected end of data."
    )
    assert database.read_bytes() == before


def test_refused_file_in_an_empty_home_creates_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (tmp_path / "sales.csv").write_text("Invoice;Total\n1;10\n", encoding="utf-8")
    result = checkin(home, "sync", str(tmp_path / "sales.csv"))
    assert result.returncode == 2 and "no name column" in result.stderr
    dry = checkin(home, "sync", str(DATA / "pretix-checkin-list.csv"), "--dry-run")
    assert dry.returncode == 0 and "4 added" in dry.stdout and "nothing was written" in dry.stdout
    assert not home.exists()


def test_rejected_rows_are_listed_and_map_applies(tmp_path: Path) -> None:
    home = tmp_path / "home"
    path = write_csv(tmp_path / "eb.csv", [HEADER, PEOPLE[0], row(2, "", ""), PEOPLE[2]])
    result = checkin(
        home, "sync", str(path), "--map", "Dietary requirements=notes", "--format", "eventbrite"
    )
    assert result.returncode == 0
    assert "2 added" in result.stdout and "rejected row 3: has no name" in result.stdout
    assert "Dietary requirements → notes" in result.stdout
    bad = checkin(home, "sync", str(path), "--map", "Diet=notes")
    assert bad.returncode == 2 and "no column 'Diet'" in bad.stderr


def test_unreachable_url_says_the_desk_works_offline(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert checkin(home, "sync", str(DATA / "eventbrite-attendee-summary.csv")).returncode == 0
    # Nothing listens on port 9 (discard) of the loopback address.
    result = checkin(home, "sync", "http://127.0.0.1:9/attendees.csv")
    assert result.returncode == 2
    assert "cannot be reached" in result.stderr
    assert "no list from that address yet" in result.stderr


def test_a_resync_that_cancels_someone_inside_names_them(tmp_path: Path) -> None:
    home = tmp_path / "desk"
    source = write_csv(tmp_path / "eb.csv", [HEADER, *PEOPLE])
    assert checkin(home, "sync", str(source)).returncode == 0
    found = json.loads(checkin(home, "find", "Zoë", "--json").stdout)
    assert checkin(home, "scan", found[0]["code"]).returncode == 0
    write_csv(source, [HEADER, PEOPLE[1], PEOPLE[2]])  # Zoë's ticket is gone from the list
    again = checkin(home, "sync", str(source))
    assert again.returncode == 0, again.stderr
    assert "1 cancelled" in again.stdout
    assert (
        f"Cancelled while inside (1; still counted on site): Zoë Ødegård ({found[0]['code']})."
        in again.stdout.splitlines()
    )
    as_json = json.loads(checkin(home, "sync", str(source), "--json").stdout)
    assert as_json["cancelled_inside"] == []  # already cancelled: this sync cancelled nobody
    assert json.loads(checkin(home, "status", "--json").stdout)["on_site"] == 1
