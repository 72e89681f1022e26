"""Desks of one hub, each a home of its own and the real command in a child process, against a
real PostgreSQL: what one desk does, the others see and decide by."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import psycopg
import pytest

from checkin.core.entities import utc_now
from checkin.db.conflicts import conflicts
from checkin.db.print_log import AlreadyPrinted, PrintLog
from checkin.db.repository import Repository
from checkin.hub import address
from checkin.hub.rounds import sync_round
from checkin.operations import DeskOperations
from checkin.paths import database_path
from tests.cli import ROOT, checkin, child_env
from tests.hub_support import Server, codes, hub_count, joined_desk

pytestmark = pytest.mark.slow


@pytest.fixture
def desks(tmp_path: Path, hub_server: Server) -> tuple[str, Path, Path]:
    url = hub_server.new_database()
    a = joined_desk(tmp_path, "A", url, demo=True)  # A brings the event and the list
    b = joined_desk(tmp_path, "B", url)  # B starts empty
    return url, a, b


def test_an_admission_at_a_is_refused_at_b_as_already_in_at_a(desks: tuple[str, Path, Path]):
    _url, a, b = desks
    code = codes(a, 1)[0]
    assert checkin("scan", code, "--no-badge", home=a).code == 0
    refused = checkin("scan", code, "--no-badge", "--json", home=b)
    assert refused.code == 1, refused.err
    assert refused.json()["code"] == "already_in"
    assert "desk A" in refused.json()["message"]
    assert refused.err == ""  # the hub answered: nothing queued to say


def test_the_list_and_event_synced_at_one_desk_reach_every_desk(
    desks: tuple[str, Path, Path], tmp_path: Path
):
    url, a, b = desks
    assert (
        checkin("status", "--json", home=b).json()["registered"]
        == checkin("status", "--json", home=a).json()["registered"]
    )
    listing = tmp_path / "late.csv"
    listing.write_text(
        "First name,Last name,Email,Ticket code,Ticket type\n"
        "Ada,Lovelace,ada@example.org,ADA-0001,Operator\n",
        encoding="utf-8",
    )
    assert checkin("sync", str(listing), home=b).code == 0  # synced at B, not at A
    c = joined_desk(tmp_path, "C", url)
    for desk in (a, c):
        assert checkin("hub", "sync", home=desk).code == 0
        found = checkin("find", "Lovelace", "--json", home=desk).json()
        assert [hit["code"] for hit in found] == ["ADA-0001"]
    assert checkin("scan", "ADA-0001", "--no-badge", home=c).code == 0


def test_a_walk_in_at_a_is_known_at_b(desks: tuple[str, Path, Path]):
    _url, a, b = desks
    walked = checkin("walk-in", "--first", "Grace", "--last", "Hopper", "--no-badge", "--json",
                     home=a)  # fmt: skip
    assert walked.code == 0, walked.err
    code = walked.json()["attendee"]["code"]
    at_b = checkin("scan", code, "--no-badge", "--json", home=b).json()
    assert at_b["code"] == "already_in" and "desk A" in at_b["message"]


def test_an_undo_at_a_is_seen_at_b(desks: tuple[str, Path, Path]):
    _url, a, b = desks
    code = codes(a, 1)[0]
    assert checkin("scan", code, "--no-badge", home=a).code == 0
    assert checkin("undo", code, home=a).code == 0
    assert checkin("scan", code, "--no-badge", home=b).code == 0  # A's admission is gone


def test_a_badge_printed_at_a_is_not_printed_again_at_b(desks: tuple[str, Path, Path]):
    url, a, b = desks
    code = codes(a, 1)[0]
    with Repository(database_path(a), desk="A") as repo:
        attendee = repo.attendee_by_code(code)
        assert attendee is not None and attendee.id is not None
        repo.record_badge_print(attendee.id, "default", "desk-printer")
        with address.connect(url) as conn:
            sync_round(conn, repo)
    with Repository(database_path(b), desk="B") as repo:
        with address.connect(url) as conn:
            assert sync_round(conn, repo).applied >= 1
        attendee = repo.attendee_by_code(code)
        assert attendee is not None and attendee.id is not None
        assert repo.badges_printed(attendee.id) == 1
        with pytest.raises(AlreadyPrinted):
            PrintLog(repo).enqueue(attendee.id, "default", "desk-printer")


def test_a_wrong_password_is_refused_in_a_sentence_without_the_password(
    hub_server: Server, tmp_path: Path
):
    url = hub_server.new_database()
    wrong = url.replace(f":{hub_server.password}@", ":not-the-password-at-all@")
    done = checkin("hub", "join", wrong, home=tmp_path / "D")
    assert done.code == 2
    assert "refused this desk's password" in done.err
    assert "not-the-password-at-all" not in done.err + done.out


def test_a_hub_of_another_event_is_refused(desks: tuple[str, Path, Path], tmp_path: Path):
    url, _a, _b = desks
    other = tmp_path / "other"
    assert checkin("event", "--name", "Another Meetup", home=other).code == 0
    done = checkin("hub", "join", url, "--desk", "X", home=other)
    assert done.code == 2
    assert "serves 'OpenStack Operators Mid-Cycle Meetup'" in done.err
    assert not (other / "hub.json").exists()


def test_a_desk_of_another_hub_schema_is_refused_and_keeps_admitting(
    desks: tuple[str, Path, Path],
):
    """The hub was upgraded (a newer checkin made it): an older desk is told so in a sentence,
    and its admissions stay here, queued, until it runs the same version."""
    url, a, _b = desks
    code = codes(a, 1)[0]
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("UPDATE checkin_hub.hub SET schema_version = schema_version + 1")
    synced = checkin("hub", "sync", home=a)
    assert synced.code == 2
    assert "run the same checkin version at every desk" in synced.err
    scanned = checkin("scan", code, "--no-badge", home=a)
    assert scanned.code == 0
    assert "Hub refused this desk: kept here and queued (1 event waiting" in scanned.err
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("UPDATE checkin_hub.hub SET schema_version = schema_version - 1")
    assert checkin("hub", "sync", home=a).code == 0
    assert hub_count(url, "desk = 'A' AND kind = 'checkin'") == 1


def test_the_join_url_is_private_and_never_in_status(desks: tuple[str, Path, Path]):
    url, a, _b = desks
    assert (a / "hub.json").stat().st_mode & 0o777 == 0o600
    password = url.split(":")[2].split("@")[0]
    shown = checkin("hub", "status", "--json", home=a)
    assert shown.json()["connected"] is True
    assert shown.json()["tls"] == "off"  # the test cluster speaks no TLS
    text = checkin("hub", "status", home=a).out
    assert "connected (TLS: off)." in text
    # Times to the second, as a person reads them: no microseconds, no ISO "T".
    assert re.search(r"last contact \d{1,2} \w{3} \d\d:\d\d:\d\d$", text, re.MULTILINE)
    assert not re.search(r"\d\d:\d\d:\d\d\.\d", text + shown.out)
    assert {d["name"] for d in shown.json()["desks"]} >= {"A", "B"}
    assert password not in shown.out + shown.err
    assert password not in checkin("status", "--json", home=a).out


def test_clocks_ten_minutes_apart_order_conflicts_by_the_hub(desks: tuple[str, Path, Path]):
    url, a, b = desks
    code = codes(a, 1)[0]
    behind = timedelta(minutes=10)
    # Apart: B admits first and reaches the hub first; A's clock is ten minutes behind, so its
    # own admission looks earlier although the hub received it later.
    with Repository(database_path(b), desk="B") as repo:
        assert repo.attendee_by_code(code) is not None
        assert DeskOperations(repo).scan(code, badge=False).verdict.accepted
        with address.connect(url) as conn:
            sync_round(conn, repo)
    with Repository(database_path(a), desk="A", clock=lambda: utc_now() - behind) as repo:
        assert DeskOperations(repo).scan(code, badge=False).verdict.accepted  # not seen B's
        with address.connect(url) as conn:
            sync_round(conn, repo)
        flagged = conflicts(repo)
    assert [(c.code, c.desk, c.first_desk) for c in flagged] == [(code, "A", "B")]
    assert checkin("hub", "sync", home=b).code == 0
    at_b = checkin("status", "--json", home=b).json()["conflicts"]
    assert [(c["code"], c["desk"]) for c in at_b] == [(code, "A")]
    assert hub_count(url, "kind = 'checkin'") == 2  # both kept, neither undone


def test_hub_follow_prints_one_json_line_per_event_from_another_desk(
    desks: tuple[str, Path, Path],
):
    _url, a, b = desks
    code = codes(a, 1)[0]
    follow = subprocess.Popen(
        [sys.executable, "-m", "checkin", "hub", "follow", "--json"], env=child_env(b),
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
    )  # fmt: skip
    try:
        assert follow.stderr is not None and follow.stdout is not None
        assert follow.stderr.readline().startswith("Hub: ")  # connected, first round done
        assert checkin("scan", code, "--no-badge", home=a).code == 0
        line = json.loads(follow.stdout.readline())
    finally:
        follow.send_signal(signal.SIGINT)
        follow.communicate(timeout=60)
    assert follow.returncode == 0
    assert set(line) == {"uuid", "kind", "code", "desk", "received_at"}
    assert (line["kind"], line["code"], line["desk"]) == ("checkin", code, "A")


def test_the_terminal_desk_of_a_joined_home_shares_its_admissions(desks: tuple[str, Path, Path]):
    _url, a, b = desks
    code = codes(a, 1)[0]
    done = checkin("gui", "--terminal", home=b, stdin=f"{code}\n/quit\n")
    assert done.code == 0 and "ADMITTED" in done.out
    at_a = checkin("scan", code, "--no-badge", "--json", home=a).json()
    assert at_a["code"] == "already_in" and "desk B" in at_a["message"]
