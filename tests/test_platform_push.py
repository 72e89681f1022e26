"""Sending the desk's check-ins to pretix and Tito: once each, whatever the connection does."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from checkin.core.entities import Direction
from checkin.db.repository import Repository
from checkin.operations import DeskOperations
from checkin.sync.connection import Connection
from checkin.sync.model import SyncError
from checkin.sync.platform_pull import check_connection, pull_list
from checkin.sync.platform_push import PullOnly, push_checkins
from tests.fake_platforms import (
    TOKEN,
    FakeEventbrite,
    FakePretix,
    FakeTito,
    FakeTitoCheckin,
    pretix_position,
)
from tests.fakes import FixedClock, push_entry
from tests.platform_servers import Served, serve


@pytest.fixture
def pretix(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[FakePretix, Served]]:
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    fake = FakePretix()
    served = serve(fake)
    yield fake, served
    served.stop()


def pretix_desk(repo: Repository, fake: FakePretix, served: Served) -> Connection:
    fake.add_order("P1", pretix_position("tkt-lukasz", "Łukasz Wiśniewski"))
    fake.add_order("P2", pretix_position("tkt-zoe", "Zoë Ødegård"))
    fake.add_order("P3", pretix_position("tkt-siobhan", "Siobhán Ó Súilleabháin"))
    connection = Connection("pretix", served.url + fake.base, TOKEN)
    pull_list(repo, connection)
    return connection


def test_pretix_gets_each_check_in_once_with_the_desk_uuid_as_nonce(
    repo: Repository, clock: FixedClock, pretix: tuple[FakePretix, Served]
) -> None:
    fake, served = pretix
    connection = pretix_desk(repo, fake, served)
    admitted = repo.decide_and_record("tkt-lukasz").checkin
    clock.advance(minutes=30)
    left = repo.decide_and_record("tkt-lukasz", direction=Direction.OUT).checkin
    assert admitted is not None and left is not None
    report = push_checkins(repo, connection)
    assert (report.sent, report.refused, report.stopped) == (2, [], "")
    assert set(fake.redeemed) == {admitted.uuid, left.uuid}
    sent = fake.redeemed[admitted.uuid]
    assert (sent["secret"], sent["type"], sent["lists"]) == ("tkt-lukasz", "entry", [44])
    assert fake.redeemed[left.uuid]["type"] == "exit"
    assert fake.redeemed[left.uuid]["force"] is False  # sent at once: pretix may judge it
    again = push_checkins(repo, connection)
    assert again.sent == 0 and len(served.paths("/redeem/")) == 2


def test_a_check_in_whose_answer_was_lost_is_sent_again_and_counted_once(
    repo: Repository, pretix: tuple[FakePretix, Served]
) -> None:
    fake, served = pretix
    connection = pretix_desk(repo, fake, served)
    checkin = repo.decide_and_record("tkt-zoe").checkin
    assert checkin is not None
    served.fail("reset", "/redeem/")  # pretix records it, the answer never arrives
    first = push_checkins(repo, connection)
    assert first.stopped and first.left == 1 and first.sent == 0
    assert push_entry(repo, checkin.uuid)["state"] == "sending"  # type: ignore[index]
    second = push_checkins(repo, connection)
    assert second.sent == 1
    nonces = [r.body["nonce"] for r in served.requests if r.path.endswith("/redeem/")]
    assert nonces == [checkin.uuid, checkin.uuid]  # the same nonce both times …
    assert list(fake.redeemed) == [checkin.uuid]  # … so pretix has one check-in


def test_check_ins_made_offline_go_out_when_pretix_is_back_as_forced(
    repo: Repository, clock: FixedClock, pretix: tuple[FakePretix, Served]
) -> None:
    fake, served = pretix
    connection = pretix_desk(repo, fake, served)
    served.fail("status", "/", status=502, times=100)  # the venue's uplink is down
    for code in ("tkt-lukasz", "tkt-zoe", "tkt-siobhan"):
        repo.decide_and_record(code)
        clock.advance(minutes=2)
    offline = push_checkins(repo, connection)
    assert offline.stopped.startswith("pretix answered 502") and offline.left == 3
    assert fake.redeemed == {}
    served.faults.clear()  # back
    fake.redeemed["someone-else"] = {"secret": "tkt-zoe", "type": "entry", "nonce": "x"}
    back = push_checkins(repo, connection)
    assert back.sent == 3 and back.refused == []
    assert all(c["force"] for n, c in fake.redeemed.items() if n != "someone-else")


def test_an_undo_is_annulled_at_pretix_and_an_unsent_one_is_withdrawn(
    repo: Repository, pretix: tuple[FakePretix, Served]
) -> None:
    fake, served = pretix
    connection = pretix_desk(repo, fake, served)
    checkin = repo.decide_and_record("tkt-lukasz").checkin
    assert checkin is not None
    push_checkins(repo, connection)
    DeskOperations(repo).undo_latest("tkt-lukasz", any_desk=True)
    repo.decide_and_record("tkt-zoe")
    DeskOperations(repo).undo_latest(
        "tkt-zoe", any_desk=True
    )  # a mistake put right before anything was sent
    report = push_checkins(repo, connection)
    assert (report.undone, report.withdrawn, report.sent) == (1, 1, 0)
    assert fake.annulled == {checkin.uuid}
    assert len(fake.redeemed) == 1


def test_a_refusal_is_reported_and_not_sent_again(
    repo: Repository, pretix: tuple[FakePretix, Served]
) -> None:
    fake, served = pretix
    connection = pretix_desk(repo, fake, served)
    fake.redeemed["scanner-2"] = {"secret": "tkt-zoe", "type": "entry", "nonce": "scanner-2"}
    repo.decide_and_record("tkt-zoe")
    report = push_checkins(repo, connection)
    assert len(report.refused) == 1 and "already_redeemed" in report.refused[0]
    assert "Zoë Ødegård" in report.refused[0]
    assert push_checkins(repo, connection).refused == []
    assert len(served.paths("/redeem/")) == 1


# -- Tito --------------------------------------------------------------------------------------


@pytest.fixture
def tito(
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[FakeTito, FakeTitoCheckin, Served, Served]]:
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    admin, desk = FakeTito(), FakeTitoCheckin()
    admin_served, checkin_served = serve(admin), serve(desk)
    admin.checkin_base = checkin_served.url  # the admin API names the check-in API's address
    yield admin, desk, admin_served, checkin_served
    admin_served.stop()
    checkin_served.stop()


def test_tito_check_ins_go_to_the_listed_check_in_api_without_the_token(
    repo: Repository,
    clock: FixedClock,
    tito: tuple[FakeTito, FakeTitoCheckin, Served, Served],
) -> None:
    admin, desk, admin_served, checkin_served = tito
    ana = admin.add("Ана", "Петровић")
    bo = admin.add("Bo", "Ødegård")
    connection = Connection("tito", admin_served.url + admin.base + "/", TOKEN)
    pull_list(repo, connection)
    repo.decide_and_record(ana["slug"])
    repo.decide_and_record(bo["slug"])
    clock.advance(minutes=5)
    repo.decide_and_record(bo["slug"], direction=Direction.OUT)  # Tito has no exits: not sent
    checkin_served.fail("reset", "/checkins")  # Tito stores the first, the answer is lost
    first = push_checkins(repo, connection)
    assert first.stopped and len(desk.checkins) == 1
    report = push_checkins(repo, connection)
    assert report.sent == 2
    assert [c["ticket_id"] for c in desk.checkins] == [ana["id"], bo["id"]]  # Ана once
    posts = [r for r in checkin_served.requests if r.method == "POST"]
    assert len(posts) == 2
    assert all("Authorization" not in r.headers for r in checkin_served.requests)
    DeskOperations(repo).undo_latest(
        bo["slug"], any_desk=True
    )  # takes back the exit, which Tito never had
    DeskOperations(repo).undo_latest(bo["slug"], any_desk=True)  # and now the arrival
    undo = push_checkins(repo, connection)
    assert undo.undone == 1 and desk.live(bo["id"]) == [] and len(desk.live(ana["id"])) == 1


def test_eventbrite_is_pull_only_and_says_so(
    repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    fake = FakeEventbrite()
    served = serve(fake)
    try:
        with pytest.raises(PullOnly, match="Eventbrite documents no check-in write"):
            push_checkins(repo, Connection("eventbrite", served.url + fake.base, TOKEN))
        assert served.requests == []
    finally:
        served.stop()


def test_tito_check_ins_go_to_the_list_chosen_at_connect(
    repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    admin, side = FakeTito(), FakeTitoCheckin(base="/checkin_lists/chk_side")
    admin.check_in_lists.append(("chk_side", "Side door"))
    admin_served, checkin_served = serve(admin), serve(side)
    admin.checkin_base = checkin_served.url
    try:
        ana = admin.add("Ана", "Петровић")
        given = Connection("tito", admin_served.url + admin.base + "/", TOKEN)
        with pytest.raises(SyncError, match=r"its lists: \"Front door\" \(chk_ddqgQVVW\), "):
            check_connection(given, "Back door")
        connection, found = check_connection(given, "side door")
        assert connection.check_in_list == "chk_side" and '"Side door"' in found
        pull_list(repo, connection)
        repo.decide_and_record(ana["slug"])
        assert push_checkins(repo, connection).sent == 1
        assert [c["ticket_id"] for c in side.checkins] == [ana["id"]]
    finally:
        admin_served.stop()
        checkin_served.stop()


def test_eventbrite_has_no_check_in_list_to_choose(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    fake = FakeEventbrite()
    served = serve(fake)
    try:
        given = Connection("eventbrite", served.url + fake.base, TOKEN)
        assert check_connection(given)[0] == given
        with pytest.raises(SyncError, match="Eventbrite has no check-in lists"):
            check_connection(given, "Front door")
    finally:
        served.stop()
