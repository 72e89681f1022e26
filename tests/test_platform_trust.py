"""A connected desk answers as the ticketing platform would (each test is one way it did not).

Nameless tickets are tickets; the event's days come from the platform; check-ins made by the
platform's own scanners count; the list's rules apply at the door; signed tickets prove
themselves offline; what the platform refused is kept with its reason.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from checkin.core.desk_events import DeskEvent, EventKind
from checkin.core.entities import CheckIn, Direction
from checkin.core.verdicts import Outcome, RefusalCode
from checkin.db import event_log, platform_store
from checkin.db.event_apply import apply_events
from checkin.db.platform_checkins import _NAMESPACE, movement_uuid
from checkin.db.repository import Repository
from checkin.operations import DeskOperations
from checkin.operations.search_index import SearchCache
from checkin.sync.api_client import NotVisible, TokenRefused
from checkin.sync.connection import Connection
from checkin.sync.model import SyncReport
from checkin.sync.platform_pull import pull_list
from checkin.sync.platform_push import push_checkins
from tests.fake_platforms import TOKEN, FakeEventbrite, FakePretix, FakeTito, pretix_position
from tests.fakes import DAY1, DAY2, FixedClock
from tests.platform_servers import Served, serve


@pytest.fixture(autouse=True)
def local_platforms(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fakes listen on 127.0.0.1: no proxy may stand between."""
    monkeypatch.setenv("no_proxy", "127.0.0.1")


@pytest.fixture
def pretix() -> Iterator[tuple[FakePretix, Served]]:
    fake = FakePretix(page_size=3)
    fake.add_order("P1", pretix_position("tkt-lukasz", "Łukasz Wiśniewski"))
    fake.add_order("P2", pretix_position("tkt-zoe", "Zoë Ødegård"))
    fake.add_order("P3", pretix_position("tkt-speaker", "Siobhán Ó Súilleabháin", item=4))
    served = serve(fake)
    yield fake, served
    served.stop()


def connect(fake: FakePretix, served: Served) -> Connection:
    return Connection("pretix", served.url + fake.base, TOKEN)


def pulled(repo: Repository, pretix: tuple[FakePretix, Served]) -> tuple[FakePretix, Connection]:
    """The pretix fake and a connection to it, after the desk's first pull."""
    fake, served = pretix
    connection = connect(fake, served)
    pull_list(repo, connection)
    return fake, connection


def checked_in(repo: Repository, code: str) -> CheckIn:
    """The check-in the desk makes scanning `code` (it must admit)."""
    mine = repo.decide_and_record(code).checkin
    assert mine is not None
    return mine


def zoe_pushed(repo: Repository, pretix: tuple[FakePretix, Served]) -> tuple[Connection, CheckIn]:
    """After the first pull, Zoë admitted at the desk and her check-in pushed to pretix."""
    connection = pulled(repo, pretix)[1]
    mine = checked_in(repo, "tkt-zoe")
    push_checkins(repo, connection)
    return connection, mine


def pull_once(
    repo: Repository, source: str, fake: FakeTito | FakeEventbrite, tail: str = ""
) -> SyncReport:
    """One pull from a Tito or Eventbrite fake served for just this pull."""
    served = serve(fake)
    try:
        report, _ = pull_list(repo, Connection(source, served.url + fake.base + tail, TOKEN))
    finally:
        served.stop()
    return report


# -- 1. every valid ticket is imported ------------------------------------------------------


def test_a_ticket_without_an_attendee_name_is_imported_found_and_admitted(
    repo: Repository, pretix: tuple[FakePretix, Served]
) -> None:
    fake, served = pretix
    fake.add_order("NONAME", pretix_position("tkt-plain"), email="quiet@example.org")
    invoice = {"name": "Søren Kierkegaard", "name_parts": {"full_name": "Søren Kierkegaard"}}
    fake.add_order("BUYER", pretix_position("tkt-buyer"), invoice=invoice)
    report, _ = pull_list(repo, connect(fake, served))
    assert not report.rejected and report.added == 5
    assert report.without_name == [
        "NONAME-1: name not given — order NONAME",
        "BUYER-1: name not given — order BUYER",
    ]
    plain = repo.attendee_by_code("tkt-plain")
    assert plain is not None and plain.display_name == "" and plain.email == "quiet@example.org"
    assert "name not given — order NONAME" in plain.notes
    buyer = repo.attendee_by_code("tkt-buyer")
    assert buyer is not None and buyer.display_name == "Søren Kierkegaard"
    search = SearchCache(repo)
    assert [h.attendee.code for h in search.search("NONAME")] == ["tkt-plain"]
    assert [h.attendee.code for h in search.search("quiet@example.org")] == ["tkt-plain"]
    verdict = DeskOperations(repo, auto_badge=False).scan("tkt-plain").verdict
    assert verdict.outcome is Outcome.ADMITTED and "name not given" in verdict.attendee.notes  # type: ignore[union-attr]


def test_an_unassigned_tito_ticket_takes_its_registration_name(repo: Repository) -> None:
    fake = FakeTito()
    fake.add("Ana", "Petrović")
    registration = {"name": "Bo Ødegård", "email": "bo@example.org", "reference": "REG7"}
    spare = fake.add("", "", state="unassigned", registration=registration)
    report = pull_once(repo, "tito", fake, "/")
    assert not report.rejected and report.added == 2
    ticket = repo.attendee_by_code(spare["slug"])
    assert ticket is not None and ticket.display_name == "Bo Ødegård"
    assert ticket.notes == "name not given — registration REG7"
    assert report.without_name == [f"{spare['reference']}: name not given — registration REG7"]


# -- 2. the event as the platform describes it ----------------------------------------------


def test_the_event_takes_its_days_and_zone_from_pretix_and_follows_a_moved_date(
    tmp_path: object, clock: FixedClock, pretix: tuple[FakePretix, Served]
) -> None:
    fake, served = pretix
    clock.now = clock.now - timedelta(hours=15)  # the evening before, 18:00
    folder = tmp_path / "new"  # type: ignore[operator]
    folder.mkdir()
    with Repository(folder / "desk.sqlite3", clock=clock, desk="A") as repo:
        report, _ = pull_list(repo, connect(fake, served))
        event = repo.require_event()
        assert (event.days, event.timezone) == ((DAY1, DAY2), "Europe/London")
        assert report.created_event == "OpenStack Operators Meetup"
        clock.now = clock.now + timedelta(hours=15)  # 9:00 next morning
        assert repo.decide_and_record("tkt-zoe").outcome is Outcome.ADMITTED
        fake.event["date_to"] = "2016-02-17T17:00:00Z"  # a third day, added on pretix
        report, _ = pull_list(repo, connect(fake, served))
        assert repo.require_event().days == (DAY1, DAY2, date(2016, 2, 17))
        assert any("days 2016-02-15, 2016-02-16, 2016-02-17 (were" in n for n in report.notes)


def test_days_set_by_hand_win_over_the_platform_and_the_report_says_so(
    repo: Repository, pretix: tuple[FakePretix, Served]
) -> None:
    from checkin.db import platform_facts

    fake, served = pretix
    repo.save_event(repo.require_event().with_changes(days=(DAY2,)))
    platform_facts.set_days_by_hand(repo.db, True)
    report, _ = pull_list(repo, connect(fake, served))
    assert repo.require_event().days == (DAY2,)
    assert any("set with `checkin event --days`" in note for note in report.notes)


def test_an_event_series_is_refused_in_a_sentence(
    repo: Repository, pretix: tuple[FakePretix, Served]
) -> None:
    from checkin.sync.model import SyncError

    fake, served = pretix
    fake.event["has_subevents"] = True
    with pytest.raises(SyncError, match="event series"):
        pull_list(repo, connect(fake, served))
    assert repo.attendees() == []


# -- 3. check-ins made elsewhere come in ----------------------------------------------------


def test_a_ticket_admitted_by_another_pretix_scanner_is_refused_with_where_and_when(
    repo: Repository, clock: FixedClock, pretix: tuple[FakePretix, Served]
) -> None:
    fake, connection = pulled(repo, pretix)
    served = pretix[1]
    assert fake.scan_elsewhere("tkt-zoe", at=clock.now)["status"] == "ok"  # gate 2, 9:00
    report, pull = pull_list(repo, connection)
    assert not pull.complete and report.from_platform == {
        "added": 1,
        "known": 0,
        "own": 0,
        "annulled": 0,
    }
    assert repo.on_site(DAY1) == 1  # the headcount counts it
    clock.advance(minutes=5)
    verdict = repo.decide_and_record("tkt-zoe")
    assert verdict.code is RefusalCode.ALREADY_IN
    assert "Mon 15 Feb 9:00 at pretix: Front door gate 2" in verdict.message
    pushed = push_checkins(repo, connection)  # never pushed back
    assert pushed.sent == 0 and served.paths("/redeem/") == []
    # Its uuid derives from pretix's check-in id: every desk pulling it makes this movement,
    # and the hub (idempotent by uuid) carries one.
    remote = fake.orders[1]["positions"][0]["checkins"][0]["id"]
    expected = movement_uuid(connection.source, str(remote))
    assert expected == str(uuid.uuid5(_NAMESPACE, f"{connection.source}\n{remote}"))
    assert [c.uuid for c in repo.checkins()] == [expected]
    # Its event as any desk's check-in event is written (the log's own encoding).
    [logged] = event_log.events()
    assert logged.data == {"direction": "in", "day": "2016-02-15", "override": False,
                           "nonce": None, "platform_checkin": str(remote)}  # fmt: skip
    stored = repo.db.execute_sql("SELECT data FROM desk_event").fetchone()[0]
    assert stored == event_log.data_text(logged.data)


def test_a_check_in_annulled_on_pretix_after_the_pull_is_taken_back_at_the_desk(
    repo: Repository, clock: FixedClock, pretix: tuple[FakePretix, Served]
) -> None:
    fake, connection = pulled(repo, pretix)
    served = pretix[1]
    made = fake.scan_elsewhere("tkt-zoe", at=clock.now)["position"]["checkins"][0]["id"]
    pull_list(repo, connection)
    assert repo.decide_and_record("tkt-zoe").code is RefusalCode.ALREADY_IN
    fake.annul_elsewhere(made)  # the scanner at gate 2 takes it back
    clock.advance(minutes=2)
    report, pull = pull_list(repo, connection)
    assert not pull.complete and report.from_platform["annulled"] == 1
    assert any("1 check-in pulled before was annulled on pretix" in n for n in report.notes)
    [movement] = repo.checkins()  # kept, marked undone: nothing is deleted
    assert movement.undone and movement.uuid == movement_uuid(connection.source, str(made))
    undo = [e for e in event_log.events() if e.kind.value == "undo"]
    assert [e.data for e in undo] == [{"movement": movement.uuid}]
    assert repo.on_site(DAY1) == 0
    assert repo.decide_and_record("tkt-zoe").outcome is Outcome.ADMITTED  # may enter again
    again, _ = pull_list(repo, connection, whole=True)
    assert again.from_platform["annulled"] == 0  # taken back once
    push_checkins(repo, connection)  # the desk's own admission goes; the undo never does
    assert served.paths("/annul/") == [] and len(served.paths("/redeem/")) == 1


def test_the_desks_own_check_in_coming_back_is_recognised_and_a_second_device_is_refused(
    repo: Repository, clock: FixedClock, pretix: tuple[FakePretix, Served]
) -> None:
    fake, connection = pulled(repo, pretix)
    mine = checked_in(repo, "tkt-lukasz")
    assert push_checkins(repo, connection).sent == 1
    # pretix's own scanner at another door: the desk's admission is there already.
    assert fake.scan_elsewhere("tkt-lukasz")["reason"] == "already_redeemed"
    report, _ = pull_list(repo, connection)
    assert report.from_platform["own"] == 1 and report.from_platform["added"] == 0
    assert [c.uuid for c in repo.checkins()] == [mine.uuid]


def test_a_desk_and_a_second_device_never_both_admit_one_ticket_once_pulled(
    repo: Repository, clock: FixedClock, pretix: tuple[FakePretix, Served]
) -> None:
    fake, connection = pulled(repo, pretix)
    admitted = {"desk": 0, "device": 0}
    for n, code in enumerate(["tkt-lukasz", "tkt-zoe", "tkt-speaker"] * 2):
        clock.advance(minutes=1)
        if n % 2:  # the desk scans, having pulled first
            pull_list(repo, connection)
            if repo.decide_and_record(code).outcome is Outcome.ADMITTED:
                admitted["desk"] += 1
                push_checkins(repo, connection)
        elif fake.scan_elsewhere(code, at=clock.now)["status"] == "ok":
            admitted["device"] += 1
    assert admitted["desk"] + admitted["device"] == 3  # each ticket admitted once


# -- 4. the list's rules, offline -----------------------------------------------------------


def test_an_unpaid_order_and_a_product_not_on_the_list_are_refused_as_pretix_would(
    repo: Repository, clock: FixedClock, pretix: tuple[FakePretix, Served]
) -> None:
    fake, served = pretix
    fake.add_order("UNPAID", pretix_position("tkt-unpaid", "Dvořák Antonín"), status="n")
    fake.list_settings(name="Speakers' lounge", all_products=False, limit_products=[4])
    fake.check_in_lists.append({"id": 45, "name": "Front door", "all_products": True})
    lounge = connect(fake, served)
    pull_list(repo, lounge)
    ops = DeskOperations(repo, auto_badge=False)
    refused = ops.scan("tkt-zoe").verdict
    assert refused.code is RefusalCode.PRODUCT
    assert '(Operator) is not valid on the pretix list "Speakers\' lounge"' in refused.message
    assert ops.scan("tkt-speaker").verdict.outcome is Outcome.ADMITTED
    fake.list_settings(all_products=True)
    pull_list(repo, lounge)
    unpaid = ops.scan("tkt-unpaid").verdict
    assert unpaid.code is RefusalCode.UNPAID and "does not admit unpaid" in unpaid.message
    # A list that includes pending orders: refused, but an organizer may override — and the
    # push tells pretix with ignore_unpaid, which it accepts.
    fake.list_settings(include_pending=True)
    pull_list(repo, lounge)
    assert ops.scan("tkt-unpaid").verdict.code is RefusalCode.UNPAID
    overridden = ops.scan("tkt-unpaid", override=True).verdict
    assert overridden.outcome is Outcome.ADMITTED and "not paid yet" in overridden.warnings[-1]
    report = push_checkins(repo, lounge)
    assert report.refused == [] and report.sent == 2
    sent = [c for c in fake.redeemed.values() if c["secret"] == "tkt-unpaid"]
    assert sent[0]["ignore_unpaid"] is True


def test_multiple_entries_and_custom_rules_decide_as_pretix(
    repo: Repository, clock: FixedClock, pretix: tuple[FakePretix, Served]
) -> None:
    fake, served = pretix
    # Entry only from 9:30 London time; the rule's gate condition only pretix can check.
    after = {"isAfter": [{"var": "now"}, {"buildTime": ["customtime", "09:30"]}, None]}
    fake.list_settings(rules={"and": [after, {"inList": [{"var": "gate"}, [1]]}]})
    connection = connect(fake, served)
    report, _ = pull_list(repo, connection)
    assert any("var gate" in n and "checked only by pretix" in n for n in report.notes)
    assert repo.decide_and_record("tkt-zoe").code is RefusalCode.RULES  # 9:00
    clock.advance(minutes=45)
    assert repo.decide_and_record("tkt-zoe").outcome is Outcome.ADMITTED
    # Without allow_multiple_entries a ticket admitted on day 1 is used on day 2 as well
    # (pretix's already_redeemed) unless it left and re-entry after exit is allowed.
    fake.list_settings(rules={})
    pull_list(repo, connection)
    clock.advance(days=1)
    assert repo.decide_and_record("tkt-zoe").code is RefusalCode.ALREADY_IN
    fake.list_settings(exit_all_at="2016-02-16T02:00:00Z")  # pretix checks everyone out nightly
    pull_list(repo, connection)
    assert repo.decide_and_record("tkt-zoe").outcome is Outcome.ADMITTED
    assert repo.decide_and_record("tkt-zoe").code is RefusalCode.ALREADY_IN
    fake.list_settings(allow_multiple_entries=True)
    pull_list(repo, connection)
    assert repo.decide_and_record("tkt-zoe").outcome is Outcome.ADMITTED
    # as often as pretix allows
    assert repo.decide_and_record("tkt-zoe").outcome is Outcome.ADMITTED


# -- 5. signed tickets offline --------------------------------------------------------------


def test_a_signed_ticket_bought_after_the_pull_is_admitted_offline_and_pulled_later(
    repo: Repository, clock: FixedClock, pretix: tuple[FakePretix, Served]
) -> None:
    fake, served = pretix
    fake.sign_tickets()
    old = fake.signed_secret(1, seed="oldseed")
    fake.revoked.append(old)  # replaced by a new one on pretix
    connection = connect(fake, served)
    pull_list(repo, connection)
    late = fake.signed_secret(2, 21, seed="late1")
    fake.add_order("LATE", pretix_position(late, "Zoë Late"))
    # Scanning asks nothing of pretix: the desk decides from what it stored at the pull.
    before = len(served.requests)
    ops = DeskOperations(repo, auto_badge=False)
    verdict = ops.scan(late).verdict
    assert verdict.outcome is Outcome.ADMITTED and verdict.attendee is not None
    assert verdict.attendee.ticket_type == "Sponsor – Gold"
    assert verdict.attendee.notes == "bought after the last sync"
    assert ops.scan(old).verdict.code is RefusalCode.REVOKED
    forged = FakePretix()
    forged.sign_tickets()
    assert ops.scan(forged.signed_secret(1)).verdict.code is RefusalCode.FORGED
    assert ops.scan("not-a-signed-code").verdict.code is RefusalCode.UNKNOWN
    assert len(served.requests) == before
    report, _ = pull_list(repo, connection)
    named = repo.attendee_by_code(late)
    assert named is not None and named.display_name == "Zoë Late" and report.added == 0
    assert named.source_id == "LATE-1" and len(repo.history(named.id or 0)) == 1


def test_a_walk_in_code_of_a_desk_not_heard_from_is_admitted(repo: Repository) -> None:
    from checkin.core.ticket_codes import issue_code

    code = issue_code(repo.require_event().secret)  # made at another desk of this event
    ops = DeskOperations(repo, auto_badge=False)
    verdict = ops.scan(code).verdict
    assert verdict.outcome is Outcome.ADMITTED
    assert verdict.attendee is not None and "desk not heard from" in verdict.attendee.notes
    assert ops.scan(issue_code("another-events-secret")).verdict.code is RefusalCode.UNKNOWN
    # The desk that registered it is heard from: the placeholder takes the real details.
    registered = {"first_name": "Ada", "last_name": "Lovelace", "email": "ada@example.org",
                  "company": "Analytical", "ticket_type": "Walk-in", "source": "walk-in",
                  "notes": ""}  # fmt: skip
    walk_in = DeskEvent("w-1", EventKind.WALK_IN, "B", repo.clock(), code, registered)
    assert apply_events(repo, [walk_in]).applied == 1
    found = repo.attendee_by_code(code)
    assert found is not None and found.display_name == "Ada Lovelace"
    assert (found.email, found.company, found.notes) == ("ada@example.org", "Analytical", "")
    assert len(repo.history(found.id or 0)) == 1  # the admission stays
    assert ops.scan(code).verdict.code is RefusalCode.ALREADY_IN


# -- 6. what the platform refused is visible ------------------------------------------------


def test_an_undo_pretix_refuses_is_kept_with_pretixs_reason(
    repo: Repository, clock: FixedClock, pretix: tuple[FakePretix, Served]
) -> None:
    connection, mine = zoe_pushed(repo, pretix)
    clock.advance(minutes=20)
    repo.undo_movement(mine.uuid)
    report = push_checkins(repo, connection)
    assert report.undone == 0
    assert "not allowed more than 15 minutes after check-in" in report.refused[0]
    kept = platform_store.refusals(repo, connection.source)
    assert [(r["what"], r["name"]) for r in kept] == [("undo", "Zoë Ødegård")]
    assert "15 minutes" in kept[0]["reason"]


def test_a_refused_check_in_is_kept_with_its_reason(
    repo: Repository, clock: FixedClock, pretix: tuple[FakePretix, Served]
) -> None:
    fake, connection = pulled(repo, pretix)
    repo.decide_and_record("tkt-zoe")
    fake.scan_elsewhere("tkt-zoe")  # before the desk's push
    push_checkins(repo, connection)
    kept = platform_store.refusals(repo, connection.source)
    assert kept[0]["reason"] == "pretix refused it (already_redeemed)."


def test_a_mistyped_event_or_organizer_is_not_blamed_on_the_token(
    repo: Repository, pretix: tuple[FakePretix, Served]
) -> None:
    fake, served = pretix
    wrong_event = fake.base.replace("manchester16", "manchester61")
    with pytest.raises(NotVisible, match=r"\(403 .*check the organizer and event in the URL"):
        pull_list(repo, Connection("pretix", served.url + wrong_event, TOKEN))
    wrong_organizer = fake.base.replace("osops", "opsos")
    with pytest.raises(NotVisible, match=r"\(403 .*check the organizer and event"):
        pull_list(repo, Connection("pretix", served.url + wrong_organizer, TOKEN))
    with pytest.raises(TokenRefused, match=r"refused the token \(401\)"):
        pull_list(repo, Connection("pretix", served.url + fake.base, "wrong"))
    tito = FakeTito()  # Tito answers 404 for an event its token does not see
    tito_served = serve(tito)
    try:
        wrong = tito_served.url + tito.base.replace("manchester16", "manchester61") + "/"
        with pytest.raises(NotVisible, match=r"Tito shows the token no such event \(404"):
            pull_list(repo, Connection("tito", wrong, TOKEN))
    finally:
        tito_served.stop()


def test_exits_made_on_pretix_let_the_ticket_in_again(
    repo: Repository, clock: FixedClock, pretix: tuple[FakePretix, Served]
) -> None:
    fake, connection = pulled(repo, pretix)
    fake.scan_elsewhere("tkt-zoe", at=clock.now)
    fake.scan_elsewhere("tkt-zoe", kind="exit", at=clock.advance(minutes=10))
    pull_list(repo, connection)
    assert repo.on_site(DAY1) == 0
    assert [c.direction for c in repo.checkins()] == [Direction.IN, Direction.OUT]
    assert repo.decide_and_record("tkt-zoe").outcome is Outcome.ADMITTED


def test_tito_check_ins_and_list_releases_decide_at_the_desk(
    repo: Repository, clock: FixedClock
) -> None:
    fake = FakeTito()
    ana = fake.add("Ana", "Petrović")
    bo = fake.add("Bo", "Ødegård", release_id=2, release_title="Speaker")
    fake.desk.checkins.append(  # Tito's own check-in app, at the front door
        {"id": 1, "uuid": "tito-chk-1", "ticket_id": bo["id"],
         "created_at": "2016-02-15T08:50:00Z", "deleted_at": None}
    )  # fmt: skip
    fake.list_releases["chk_ddqgQVVW"] = [2]  # the list admits speakers only
    report = pull_once(repo, "tito", fake, "/")
    assert report.from_platform["added"] == 1
    already = repo.decide_and_record(bo["slug"])
    assert already.code is RefusalCode.ALREADY_IN and "Tito: Front door" in already.message
    assert repo.decide_and_record(ana["slug"]).code is RefusalCode.PRODUCT


def test_eventbrite_check_ins_and_days_come_in(repo: Repository) -> None:
    fake = FakeEventbrite()
    fake.add("701", "Zoë", "Ødegård", "123400000001")
    fake.add("702", "Ana", "Petrović", "123400000002", checked_in=True,
             barcodes=[{"barcode": "123400000002", "status": "used",
                        "changed": "2016-02-15T08:55:00Z"}])  # fmt: skip
    fake.add("703", "", "", "123400000003")  # no name asked
    report = pull_once(repo, "eventbrite", fake)
    assert report.added == 3 and report.without_name == ["703: name not given — order o703"]
    assert repo.require_event().days == (DAY1, DAY2)
    refused = repo.decide_and_record("123400000002")
    assert refused.code is RefusalCode.ALREADY_IN and "Eventbrite: Organizer app" in refused.message
    assert repo.decide_and_record("123400000003").outcome is Outcome.ADMITTED


def test_a_check_in_another_desk_pushed_comes_back_as_this_desks_own(
    repo: Repository, clock: FixedClock, pretix: tuple[FakePretix, Served]
) -> None:
    connection, mine = zoe_pushed(repo, pretix)
    # As if the desk that pushed it were another one (this desk has the movement from the
    # hub, not the push's answer): pretix kept the check-in's own time, which says it is ours.
    repo.db.execute_sql("DELETE FROM platform_push")
    report, _ = pull_list(repo, connection)
    assert report.from_platform == {"added": 0, "known": 0, "own": 1, "annulled": 0}
    assert [c.uuid for c in repo.checkins()] == [mine.uuid]


def test_a_tito_check_in_another_desk_pushed_is_recognised_by_its_arrival(
    repo: Repository, clock: FixedClock
) -> None:
    fake = FakeTito()
    ana = fake.add("Ana", "Petrović")
    served = serve(fake)
    try:
        connection = Connection("tito", served.url + fake.base + "/", TOKEN)
        pull_list(repo, connection)
        checked_in(repo, ana["slug"])
        assert push_checkins(repo, connection).sent == 1
        sent = fake.desk.checkins[0]
        sent["created_at"] = (clock.now + timedelta(seconds=40)).strftime("%Y-%m-%dT%H:%M:%SZ")
        repo.db.execute_sql("DELETE FROM platform_push")  # pushed by another desk
        clock.advance(minutes=3)
        report, _ = pull_list(repo, connection)
    finally:
        served.stop()
    assert report.from_platform["own"] == 1 and report.from_platform["added"] == 0
