"""A hub that goes away, a server killed, a desk killed, a network cut mid-transaction, a hub
recreated empty: desks keep admitting, and converge with nothing lost and nothing doubled."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from checkin.db.repository import Repository
from checkin.hub import address, schema
from checkin.hub.link import HubLink, LinkStatus
from checkin.operations import DeskOperations
from checkin.paths import database_path
from tests.cli import ROOT, checkin, child_env
from tests.hub_support import Server, hub_count, joined_desk
from tests.tcp_proxy import Proxy
from tests.test_hub_desks import codes

pytestmark = pytest.mark.slow


def local_events(home: Path, where: str = "TRUE") -> set[str]:
    with sqlite3.connect(database_path(home)) as db:
        return {r[0] for r in db.execute(f"SELECT uuid FROM desk_event WHERE {where}")}


def on_site(home: Path) -> int:
    return int(checkin("status", "--json", home=home).json()["on_site"])


def test_a_stopped_hub_leaves_desks_admitting_and_they_converge(own_cluster: Server, tmp_path):
    url = own_cluster.new_database()
    a = joined_desk(tmp_path, "A", url, demo=True)
    b = joined_desk(tmp_path, "B", url)
    c1, c2, c3 = codes(a, 3)
    own_cluster.cluster.stop()
    for desk, code in ((a, c1), (a, c2), (b, c3), (b, c1)):
        done = checkin("scan", code, "--no-badge", home=desk)
        assert done.code == 0  # admitted at once, the hub or not
        assert "Hub unreachable: kept here and queued" in done.err
    assert checkin("hub", "sync", home=a).code == 2
    own_cluster.start()
    for desk in (a, b, a):
        assert checkin("hub", "sync", home=desk).code == 0
    assert on_site(a) == on_site(b) == 3
    assert hub_count(url, "kind = 'checkin'") == 4  # none lost, none doubled
    status = checkin("status", "--json", home=a).json()
    assert [(c["code"], c["desk"]) for c in status["conflicts"]] == [(c1, "B")]


def queue_admissions(home: Path, n: int) -> list[str]:
    """Admit n people at the desk without reaching the hub; their events' uuids in order."""
    with Repository(database_path(home), desk=home.name) as repo:
        ops = DeskOperations(repo)
        for code in codes(home, n):
            assert ops.scan(code, badge=False).verdict.accepted
    with sqlite3.connect(database_path(home)) as db:
        rows = db.execute("SELECT uuid FROM desk_event WHERE hub_seq IS NULL ORDER BY seq")
        return [r[0] for r in rows]


def block_at(url: str, uuid: str) -> psycopg.Connection[tuple[object, ...]]:
    """An open transaction holding `uuid`'s row: a push reaching it waits, mid-transaction."""
    blocker = psycopg.connect(url)
    blocker.execute(
        "INSERT INTO checkin_hub.event (uuid, kind, desk, at, ticket, data) "
        "VALUES (%s, 'checkin', 'blocker', now(), '', '{}')",
        (uuid,),
    )
    return blocker


def start_push(home: Path) -> subprocess.Popen[str]:
    """`hub sync` with a short bound: a round cut off mid-push gives up in seconds, not 30."""
    return subprocess.Popen(
        [sys.executable, "-m", "checkin", "hub", "sync", "--wait", "3"], env=child_env(home),
        cwd=ROOT,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def wait_until_blocked(admin: psycopg.Connection[tuple[object, ...]]) -> None:
    while not admin.execute(
        "SELECT 1 FROM pg_stat_activity WHERE application_name LIKE 'checkin%%' "
        "AND wait_event_type = 'Lock'"
    ).fetchone():
        time.sleep(0.02)


def converged(home: Path, url: str) -> None:
    assert checkin("hub", "sync", home=home).code == 0
    mine = local_events(home)
    with psycopg.connect(url) as conn:
        on_hub = {str(r[0]) for r in conn.execute("SELECT uuid FROM checkin_hub.event")}
    assert mine <= on_hub
    assert local_events(home, "hub_seq IS NULL") == set()


def test_the_hub_killed_with_sigkill_mid_push_loses_nothing(own_cluster: Server, tmp_path):
    url = own_cluster.new_database()
    a = joined_desk(tmp_path, "A", url, demo=True)
    queued = queue_admissions(a, 40)
    blocker = block_at(url, queued[-1])
    child = start_push(a)
    with own_cluster.admin() as admin:
        wait_until_blocked(admin)
    own_cluster.cluster.kill()
    _out, err = child.communicate(timeout=60)
    assert child.returncode == 2 and "cannot be reached" in err
    blocker.close()
    own_cluster.start()
    assert hub_count(url, "desk = 'A' AND kind = 'checkin'") == 0  # the push rolled back
    converged(a, url)
    assert hub_count(url, "desk = 'A' AND kind = 'checkin'") == 40


def test_a_desk_killed_mid_push_resends_once(hub_server: Server, tmp_path):
    url = hub_server.new_database()
    a = joined_desk(tmp_path, "A", url, demo=True)
    queued = queue_admissions(a, 30)
    blocker = block_at(url, queued[-1])
    child = start_push(a)
    with hub_server.admin() as admin:
        wait_until_blocked(admin)
    child.kill()
    child.communicate()
    blocker.rollback()
    blocker.close()
    converged(a, url)
    assert hub_count(url, "desk = 'A' AND kind = 'checkin'") == 30


def test_the_network_cut_while_a_push_is_open(hub_server: Server, tmp_path):
    url = hub_server.new_database()
    proxy = Proxy(hub_server.cluster.port)
    try:
        via = url.replace(f":{hub_server.cluster.port}/", f":{proxy.port}/")
        a = joined_desk(tmp_path, "A", via, demo=True)
        queued = queue_admissions(a, 30)
        blocker = block_at(url, queued[-1])
        child = start_push(a)
        with hub_server.admin() as admin:
            wait_until_blocked(admin)
        proxy.cut()
        _out, err = child.communicate(timeout=60)
        assert child.returncode == 2 and err.strip()
        blocker.rollback()
        blocker.close()
        converged(a, via)
        assert hub_count(url, "desk = 'A' AND kind = 'checkin'") == 30
    finally:
        proxy.close()


def test_a_hub_recreated_empty_gets_every_desks_history_again(hub_server: Server, tmp_path):
    url = hub_server.new_database()
    a = joined_desk(tmp_path, "A", url, demo=True)
    b = joined_desk(tmp_path, "B", url)
    c1, c2 = codes(a, 2)
    assert checkin("scan", c1, "--no-badge", home=a).code == 0
    name = url.rsplit("/", 1)[1]
    with hub_server.admin() as admin:
        admin.execute(f"DROP DATABASE {name} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {name}")
    with address.connect(url) as conn:
        schema.create(conn)  # a new identity, which knows none of the old desks' roles
    scanned = checkin("scan", c2, "--no-badge", home=b)
    assert scanned.code == 0  # admitted all the same, and queued
    assert "join it again with the organizer's join URL" in scanned.err
    for desk in (b, a):  # each joins the new hub and brings its own history
        assert checkin("hub", "join", url, "--desk", desk.name, home=desk).code == 0
    c = joined_desk(tmp_path, "C", url)
    assert on_site(c) == 2
    assert hub_count(url, "kind = 'checkin'") == 2


def test_a_network_gone_silent_costs_a_scan_about_a_second_and_loses_nothing(
    hub_server: Server, tmp_path
):
    """The hub's packets stop arriving and nobody says so (no reset, no close): commands wait
    their bound, keep the write, and the desk converges once the network is back."""
    url = hub_server.new_database()
    proxy = Proxy(hub_server.cluster.port)
    try:
        via = url.replace(f":{hub_server.cluster.port}/", f":{proxy.port}/")
        a = joined_desk(tmp_path, "A", via, demo=True)
        first, second = codes(a, 2)
        proxy.freeze()
        done = checkin("scan", first, "--no-badge", home=a)
        assert done.code == 0  # admitted, the hub silent or not
        assert "Hub unreachable: kept here and queued" in done.err
        synced = checkin("hub", "sync", "--wait", "2", home=a)  # its bound, shortened
        assert synced.code == 2 and "events stay queued here" in synced.err
        proxy.thaw()
        assert checkin("scan", second, "--no-badge", home=a).code == 0
        converged(a, via)
        assert hub_count(url, "desk = 'A' AND kind = 'checkin'") == 2
    finally:
        proxy.close()


def test_the_live_link_notices_a_silent_hub_and_comes_back(hub_server: Server, tmp_path):
    url = hub_server.new_database()
    proxy = Proxy(hub_server.cluster.port)
    via = url.replace(f":{hub_server.cluster.port}/", f":{proxy.port}/")
    a = joined_desk(tmp_path, "A", via, demo=True)
    statuses: list[LinkStatus] = []
    repo = Repository(database_path(a), desk="A")
    link = HubLink(repo, via, statuses.append, poll_seconds=0.3, retry_seconds=0.3,
                   round_seconds=2.0).start()  # fmt: skip
    try:
        wait_for(lambda: bool(statuses) and statuses[-1].connected)
        proxy.freeze()
        assert DeskOperations(repo).scan(codes(a, 1)[0], badge=False).verdict.accepted
        link.nudge()  # the desk wrote: the round that pushes it meets the silence
        wait_for(lambda: not statuses[-1].connected)
        assert statuses[-1].waiting_checkins == 1
        proxy.thaw()
        wait_for(lambda: statuses[-1].connected and statuses[-1].waiting_checkins == 0)
        assert hub_count(url, "desk = 'A' AND kind = 'checkin'") == 1
    finally:
        assert link.stop()
        repo.close()
        proxy.close()


def wait_for(condition, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the link never got there"
        time.sleep(0.05)
