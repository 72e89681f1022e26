"""Pulling the attendee list from pretix, Eventbrite and Tito over real HTTP (local fakes)."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from pathlib import Path

import pytest

from checkin.core.entities import TicketStatus
from checkin.db.repository import Repository
from checkin.sync import SourceUnreachable, SourceUnreadable
from checkin.sync.api_client import TokenRefused
from checkin.sync.connection import Connection
from checkin.sync.platform_model import COLUMNS, row
from checkin.sync.platform_pull import platform_api, pull_list
from tests.fake_platforms import TOKEN, FakeEventbrite, FakePretix, FakeTito, pretix_position
from tests.fakes import FixedClock
from tests.platform_servers import Served, serve

HARD = [
    ("Łukasz", "Wiśniewski"),
    ("Zoë", "Ødegård"),
    ("Siobhán", "Ó Súilleabháin"),
    ("Дмитро", "Шевченко"),
    ("Νίκος", "Παπαδόπουλος"),
    ("遥", "佐藤"),
]


@pytest.fixture
def pretix(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[FakePretix, Served]]:
    monkeypatch.setenv("no_proxy", "127.0.0.1")  # a proxy set on the machine must not see it
    fake = FakePretix(page_size=2)
    served = serve(fake)
    yield fake, served
    served.stop()


def connection(served: Served, base: str, platform: str = "pretix") -> Connection:
    return Connection(platform, served.url + base, TOKEN)


def by_name(repo: Repository) -> dict[str, object]:
    return {a.display_name: a for a in repo.attendees()}


def test_pretix_whole_pull_keeps_hard_names_answers_and_add_ons(
    repo: Repository, pretix: tuple[FakePretix, Served]
) -> None:
    fake, served = pretix
    for n, (first, last) in enumerate(HARD):
        fake.add_order(
            f"A{n}",
            pretix_position(
                f"secret{n}",
                f"{first} {last}",
                parts={"given_name": first, "family_name": last},
                answers=[{"question": 7, "answer": "vegan"}, {"question": 9, "answer": "XL"}],
            ),
        )
    fake.add_order(
        "SPONS",
        pretix_position(
            "s-gold",
            "Søren Sørensen",
            item=2,
            variation=21,
            company="Codethink",
            answers=[{"question": 8, "answer": "Yes, a ramp please"}],
        ),
        pretix_position("s-addon", "", item=3, addon_to=5000),
    )
    fake.orders[-1]["positions"][1]["addon_to"] = fake.orders[-1]["positions"][0]["id"]
    report, pull = pull_list(repo, connection(served, fake.base))
    assert pull.complete and report.added == 7 and not report.rejected
    assert pull.pages == 4  # seven orders, two a page
    people = {a.first_name + " " + a.last_name: a for a in repo.attendees()}
    assert set(people) == {f"{f} {last}" for f, last in HARD} | {"Søren Sørensen"}
    assert people["Siobhán Ó Súilleabháin"].dietary == "vegan"
    soren = people["Søren Sørensen"]
    assert soren.ticket_type == "Sponsor – Gold" and soren.company == "Codethink"
    assert soren.accessibility == "Yes, a ramp please"
    assert "Add-ons: Workshop" in soren.notes and "Requires special attention" in soren.notes
    # Every request asked for canceled positions and left test orders out.
    orders = [r for r in served.requests if r.path.endswith("/orders/")]
    assert all(r.one("include_canceled_positions") == "true" for r in orders)


def test_pretix_incremental_pull_fetches_changes_and_cancels_what_pretix_cancelled(
    repo: Repository, pretix: tuple[FakePretix, Served]
) -> None:
    fake, served = pretix
    for n in range(6):
        fake.add_order(f"B{n}", pretix_position(f"sec{n}", f"Person{n} Test"))
    conn = connection(served, fake.base)
    pull_list(repo, conn)
    first = repo.attendee_by_code("sec0")
    assert first is not None
    repo.decide_and_record("sec0")
    repo.set_badge_name("sec1", "P1")
    fake.change("B1", status="c")  # the whole order cancelled
    fake.orders[2]["positions"][0]["canceled"] = True  # one position cancelled
    fake.change("B2")
    fake.change("B3", email="new@example.org")
    fake.add_order("B9", pretix_position("sec9", "Late Comer"))
    before = len(served.requests)
    report, pull = pull_list(repo, conn)
    assert not pull.complete
    assert (report.added, report.updated, report.cancelled) == (1, 3, 0)
    asked = [r for r in served.requests[before:] if r.path.endswith("/orders/")]
    assert asked[0].one("modified_since") and asked[0].one("ordering") == "-last_modified"
    assert pull.pages == 2  # four changed orders, not the ten there are
    assert repo.attendee_by_code("sec1").status is TicketStatus.CANCELLED  # type: ignore[union-attr]
    assert repo.attendee_by_code("sec1").badge_name == "P1"  # type: ignore[union-attr]
    assert repo.attendee_by_code("sec2").status is TicketStatus.CANCELLED  # type: ignore[union-attr]
    assert repo.attendee_by_code("sec3").email == "new@example.org"  # type: ignore[union-attr]
    assert repo.attendee_by_code("sec5").status is TicketStatus.ACTIVE  # type: ignore[union-attr]
    assert len(repo.checkins()) == 1  # the desk's check-in is untouched
    # Nothing changed upstream: the next pull fetches one empty page and changes nothing.
    again, pull = pull_list(repo, conn)
    assert again.counts() == {
        "added": 0,
        "updated": 0,
        "cancelled": 0,
        "unchanged": 0,
        "rejected": 0,
    }


def test_a_whole_pull_cancels_people_gone_from_the_list_without_deleting_them(
    repo: Repository, pretix: tuple[FakePretix, Served]
) -> None:
    fake, served = pretix
    fake.add_order("C1", pretix_position("c1", "Anna Muñoz"))
    fake.add_order("C2", pretix_position("c2", "Wei Zhang"))
    conn = connection(served, fake.base)
    pull_list(repo, conn)
    fake.orders.pop()  # gone from pretix altogether (a deleted test order)
    report, _ = pull_list(repo, conn, whole=True)
    assert report.cancelled == 1
    assert repo.attendee_by_code("c2").status is TicketStatus.CANCELLED  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("fault", "options", "message"),
    [
        ("status", {"status": 500}, "answered 500"),
        ("html", {}, "web page"),
        ("reset", {}, "broke off"),
    ],
)
def test_a_failing_page_changes_nothing(
    repo: Repository,
    pretix: tuple[FakePretix, Served],
    fault: str,
    options: dict[str, int],
    message: str,
) -> None:
    fake, served = pretix
    for n in range(5):
        fake.add_order(f"D{n}", pretix_position(f"d{n}", f"Łukasz {n}"))
    served.fail(fault, "/orders/", after=1, **options)  # page 1 answers, page 2 fails
    with pytest.raises((SourceUnreachable, SourceUnreadable), match=message):
        pull_list(repo, connection(served, fake.base))
    assert repo.attendees() == []


def test_an_html_login_page_is_an_error_not_an_empty_list(
    repo: Repository, pretix: tuple[FakePretix, Served]
) -> None:
    fake, served = pretix
    fake.add_order("E1", pretix_position("e1", "Zoë Ødegård"))
    pull_list(repo, connection(served, fake.base))
    served.fail("html", "/orders/")
    with pytest.raises(SourceUnreadable, match="web page"):
        pull_list(repo, connection(served, fake.base), whole=True)
    assert [a.status for a in repo.attendees()] == [TicketStatus.ACTIVE]


def test_a_rate_limit_is_waited_out_and_the_pull_resumes_at_the_page_it_reached(
    repo: Repository, pretix: tuple[FakePretix, Served]
) -> None:
    fake, served = pretix
    for n in range(5):
        fake.add_order(f"F{n}", pretix_position(f"f{n}", f"Person{n} Rate"))
    served.fail("429", "/orders/", after=1, retry_after="1")  # page 2 is throttled once
    report, _ = pull_list(repo, connection(served, fake.base))
    assert report.added == 5
    pages = [r.one("page", "1") for r in served.requests if r.path.endswith("/orders/")]
    assert pages == ["1", "2", "2", "3"]  # the throttled page asked again, page 1 not again


def test_a_wrong_token_is_refused_in_a_sentence_that_does_not_contain_it(
    repo: Repository, pretix: tuple[FakePretix, Served]
) -> None:
    fake, served = pretix
    wrong = Connection("pretix", served.url + fake.base, "not-the-token-XYZ")
    with pytest.raises(TokenRefused, match="refused the token") as raised:
        pull_list(repo, wrong)
    assert "not-the-token-XYZ" not in str(raised.value)


def test_a_platform_that_hangs_ends_the_pull_with_a_sentence(
    repo: Repository, pretix: tuple[FakePretix, Served]
) -> None:
    fake, served = pretix
    fake.add_order("G1", pretix_position("g1", "Hang Test"))
    served.fail("hang", "/orders/")
    api = platform_api(connection(served, fake.base), deadline_s=1.0)
    with pytest.raises(SourceUnreachable, match="did not answer within 1 s"):
        pull_list(repo, connection(served, fake.base), api=api)
    assert repo.attendees() == []


# -- Eventbrite --------------------------------------------------------------------------------


@pytest.fixture
def eventbrite(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[FakeEventbrite, Served]]:
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    fake = FakeEventbrite(page_size=3)
    served = serve(fake)
    yield fake, served
    served.stop()


def test_eventbrite_pull_follows_continuations_and_then_asks_for_changes(
    repo: Repository, eventbrite: tuple[FakeEventbrite, Served]
) -> None:
    fake, served = eventbrite
    for n, (first, last) in enumerate(HARD):
        fake.add(
            str(700 + n),
            first,
            last,
            f"1234{n:05d}001",
            answers=[{"question": "Dietary requirements", "answer": "halal", "type": "text"}],
        )
    for _ in range(10):  # the list was sold out a while before the pull
        fake.clock.tick()
    conn = connection(served, fake.base, "eventbrite")
    report, pull = pull_list(repo, conn)
    assert (report.added, pull.pages, pull.complete) == (6, 2, True)
    assert by_name(repo).keys() == {f"{f} {last}" for f, last in HARD}
    assert repo.attendee_by_code("123400000001").dietary == "halal"  # type: ignore[union-attr]
    fake.change("701", cancelled=True, status="Not Attending")
    fake.change("702", refunded=True)
    before = len(served.requests)
    report, pull = pull_list(repo, conn)
    assert not pull.complete and report.updated == 2 and report.cancelled == 0
    asked = served.requests[before:]
    # The event (its days may have moved), then only what changed.
    assert asked[1].one("changed_since") and len(asked) == 2
    assert repo.attendee_by_code("123400001001").status is TicketStatus.CANCELLED  # type: ignore[union-attr]
    assert repo.attendee_by_code("123400002001").status is TicketStatus.CANCELLED  # type: ignore[union-attr]


def test_eventbrite_401_is_a_sentence(
    repo: Repository, eventbrite: tuple[FakeEventbrite, Served]
) -> None:
    fake, served = eventbrite
    with pytest.raises(TokenRefused, match="Eventbrite refused the token"):
        pull_list(repo, Connection("eventbrite", served.url + fake.base, "wrong"))


# -- Tito --------------------------------------------------------------------------------------


@pytest.fixture
def tito(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[FakeTito, Served]]:
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    fake = FakeTito()
    served = serve(fake)
    yield fake, served
    served.stop()


def test_tito_pull_asks_for_void_tickets_so_an_incremental_pull_sees_cancellations(
    repo: Repository, tito: tuple[FakeTito, Served]
) -> None:
    fake, served = tito
    people = [fake.add(f, last, responses={"dietary-requirements": "kosher"}) for f, last in HARD]
    fake.add("", "", state="unassigned")  # bought, not yet given to a person
    conn = connection(served, fake.base + "/", "tito")
    api = platform_api(conn)
    api.page_size = 4  # type: ignore[attr-defined]
    report, pull = pull_list(repo, conn, api=api)
    # An unassigned ticket is a valid ticket: imported (see test_platform_trust), not rejected.
    assert (report.added, pull.pages, len(report.rejected)) == (7, 2, 0)
    zoe = repo.attendee_by_code(people[1]["slug"])
    assert zoe is not None and zoe.dietary == "kosher" and zoe.ticket_type == "Operator"
    for _ in range(6):
        fake.clock.tick()
    fake.change(people[1]["id"], state="void", void=True)
    fake.change(people[2]["id"], release_title="Moderator")
    report, pull = pull_list(repo, conn)
    assert not pull.complete and report.updated == 2
    asked = next(r for r in reversed(served.requests) if r.path.endswith("/tickets"))
    assert "void" in asked.query["search[states][]"]
    assert asked.one("search[updated_at][gte]").endswith("+UTC")
    assert repo.attendee_by_code(people[1]["slug"]).status is TicketStatus.CANCELLED  # type: ignore[union-attr]
    assert repo.attendee_by_code(people[2]["slug"]).ticket_type == "Moderator"  # type: ignore[union-attr]


def test_a_platform_row_is_in_column_order_and_one_printable_line() -> None:
    assert tuple(inspect.signature(row).parameters) == COLUMNS
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # a joiner is its spelling
    made = dict(
        zip(
            COLUMNS,
            row(
                id=17,
                first_name="  Zo\u00eb ",
                last_name="\u001b[31mRed\u202e",
                full_name=persian,
                notes="line one\nline two",
                attention=True,
                status=None,
            ),
            strict=True,
        )
    )
    assert made["id"] == "17" and made["first_name"] == "Zo\u00eb" and made["attention"] == "yes"
    assert "\u001b" not in made["last_name"] and "\u202e" not in made["last_name"]
    assert made["full_name"] == persian and made["notes"] == "line one line two"
    assert made["status"] == made["code"] == ""
    plain = row(first_name=" Łukasz ", last_name="Wiśniewski", attention=False)
    assert plain[COLUMNS.index("first_name")] == "Łukasz" and plain[-1] == ""


# -- the first pull into an empty home -----------------------------------------------------------


@pytest.mark.parametrize(
    ("platform", "given", "expected"),
    [
        ("pretix", {"de": "Betreibertreffen Zürich", "en": ""}, "Betreibertreffen Zürich"),
        ("pretix", {}, "manchester16"),  # no name: named after the URL, as before
        ("eventbrite", "Ops \u001bMeetup\n2016", "Ops Meetup 2016"),
        ("eventbrite", None, "913420"),
        ("tito", "Operators' Mid-Cycle – Łódź", "Operators' Mid-Cycle – Łódź"),
        ("tito", "", "manchester16"),
    ],
)
def test_a_first_pull_names_the_event_as_the_platform_does(
    tmp_path: Path,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    platform: str,
    given: object,
    expected: str,
) -> None:
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    fake: FakePretix | FakeEventbrite | FakeTito
    if platform == "pretix":
        fake = FakePretix(event_name=given)
        fake.add_order("N1", pretix_position("n1", "Nina Named"))
    elif platform == "eventbrite":
        fake = FakeEventbrite(event_name=given)
        fake.add("a1", "Nina", "Named", "1001")
    else:
        fake = FakeTito(event_name=given)
        fake.add("Nina", "Named")
    served = serve(fake)
    base = fake.base if platform != "tito" else fake.base + "/"
    try:
        with Repository(tmp_path / "empty.sqlite3", clock=clock, desk="A") as empty:
            report, _ = pull_list(empty, connection(served, base, platform))
            event = empty.event()
            assert event is not None and event.name == expected == report.created_event
            again, _ = pull_list(empty, connection(served, base, platform))
            assert again.created_event == ""  # named once; the organizer may rename it
    finally:
        served.stop()
