"""Two desks and one platform: every check-in reaches pretix or Tito once, whether both desks
hold the platform connection or only one of them (the other's check-ins come to it by `merge`,
as they would from the venue hub)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from checkin.db.merge import merge
from checkin.db.repository import Repository
from checkin.sync.connection import Connection
from checkin.sync.platform_pull import pull_list
from checkin.sync.platform_push import OTHER_DESK_GRACE, push_checkins
from tests.fake_platforms import TOKEN, FakePretix, FakeTito, FakeTitoCheckin, pretix_position
from tests.fakes import FixedClock, meetup
from tests.platform_servers import serve


@contextmanager
def desk(path: Path, name: str, clock: FixedClock) -> Iterator[Repository]:
    """One desk's home at a time: a process holds one database open."""
    repo = Repository(path, clock=clock, desk=name)
    try:
        if repo.event() is None:
            repo.save_event(meetup())
        yield repo
    finally:
        repo.close()


Tito = tuple[FakeTito, FakeTitoCheckin, Connection]


@pytest.fixture
def tito(monkeypatch: pytest.MonkeyPatch) -> Iterator[Tito]:
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    admin, checkins = FakeTito(), FakeTitoCheckin()
    admin_served, checkin_served = serve(admin), serve(checkins)
    admin.checkin_base = checkin_served.url  # the admin API names the check-in API's address
    yield admin, checkins, Connection("tito", admin_served.url + admin.base + "/", TOKEN)
    admin_served.stop()
    checkin_served.stop()


def test_tito_gets_a_check_in_once_when_both_desks_push_it(tmp_path: Path, tito: Tito) -> None:
    admin, checkins, connection = tito
    ana, bo = admin.add("Ана", "Петровић"), admin.add("Bo", "Ødegård")
    clock = FixedClock()
    with desk(tmp_path / "a.sqlite3", "A", clock) as a:
        pull_list(a, connection)
        a.decide_and_record(ana["slug"])
        a.decide_and_record(bo["slug"])
        assert push_checkins(a, connection).sent == 2
    with desk(tmp_path / "b.sqlite3", "B", clock) as b:
        pull_list(b, connection)
        merge(b, tmp_path / "a.sqlite3", allow_other_event=True)
        clock.advance(minutes=1)
        early = push_checkins(b, connection)
        assert (early.sent, early.waiting) == (0, 2)  # desk A's, and A may still send them
        clock.advance(seconds=OTHER_DESK_GRACE.total_seconds())
        late = push_checkins(b, connection)
        assert (late.sent, late.waiting, late.stopped) == (2, 0, "")  # found on Tito, not posted
        assert push_checkins(b, connection).sent == 0
    assert sorted(c["ticket_id"] for c in checkins.checkins) == sorted([ana["id"], bo["id"]])


def test_tito_gets_the_check_ins_of_a_desk_without_the_connection_once(
    tmp_path: Path, tito: Tito
) -> None:
    admin, checkins, connection = tito
    ana = admin.add("Ана", "Петровић")
    clock = FixedClock()
    with desk(tmp_path / "a.sqlite3", "A", clock) as a:  # pulled once, never pushes
        pull_list(a, connection)
        a.decide_and_record(ana["slug"])
    with desk(tmp_path / "b.sqlite3", "B", clock) as b:
        pull_list(b, connection)
        merge(b, tmp_path / "a.sqlite3", allow_other_event=True)
        clock.advance(seconds=OTHER_DESK_GRACE.total_seconds() + 1)
        assert push_checkins(b, connection).sent == 1
        assert push_checkins(b, connection).sent == 0
    assert [c["ticket_id"] for c in checkins.checkins] == [ana["id"]]


def test_pretix_counts_a_check_in_once_whichever_desks_push_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    fake = FakePretix()
    fake.add_order("P1", pretix_position("tkt-lukasz", "Łukasz Wiśniewski"))
    fake.add_order("P2", pretix_position("tkt-zoe", "Zoë Ødegård"))
    served = serve(fake)
    connection = Connection("pretix", served.url + fake.base, TOKEN)
    clock = FixedClock()
    try:
        with desk(tmp_path / "a.sqlite3", "A", clock) as a:
            pull_list(a, connection)
            lukasz = a.decide_and_record("tkt-lukasz").checkin  # A sends this one itself …
            assert lukasz is not None and push_checkins(a, connection).sent == 1
            zoe = a.decide_and_record("tkt-zoe").checkin  # … and this one never (its link is down)
            assert zoe is not None
        with desk(tmp_path / "b.sqlite3", "B", clock) as b:
            pull_list(b, connection)
            merge(b, tmp_path / "a.sqlite3", allow_other_event=True)
            assert push_checkins(b, connection).waiting == 2
            clock.advance(seconds=OTHER_DESK_GRACE.total_seconds())
            assert push_checkins(b, connection).sent == 2
        assert set(fake.redeemed) == {lukasz.uuid, zoe.uuid}  # each nonce counted once
        nonces = [r.body["nonce"] for r in served.requests if r.path.endswith("/redeem/")]
        assert sorted(nonces) == sorted([lukasz.uuid, lukasz.uuid, zoe.uuid])
    finally:
        served.stop()
