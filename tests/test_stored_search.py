"""`checkin find`'s single query from stored keys answers exactly as the window's index does."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from anyascii import anyascii

from checkin.core.entities import Attendee, TicketStatus
from checkin.core.folding import tokens
from checkin.core.search import SearchHit, SearchIndex
from checkin.db.purge import purge_personal_data
from checkin.db.repository import Repository
from checkin.operations import stored_search
from checkin.operations.stored_search import search_once, store_stale_keys
from checkin.paths import database_path
from tests.cli import checkin
from tests.fakes import meetup, person

VARIED = [
    person("EB-1001", "Łukasz", "Wiśniewski", company="Pennine Data", email="lw@pennine.example"),
    person("EB-1002", "Jürgen", "Müller", company="Alpenrose IT", email="j.mueller@alpen.example"),
    person("EB-1003", "Siobhán", "O'Brien", company="Liffey Systems"),
    person("EB-1004", "Søren", "Sørensen", company="Nordlys Hosting"),
    person("EB-1005", "Tomáš", "Dvořák", company="Vltava Compute", badge_name="Tom D."),
    person("EB-1006", "Анна", "Кузнецова", company="Baltic Grid", email="anna@grid.example"),
    person("EB-1007", "Maarten", "van den Berg", company="Tidewater Cloud"),
    person("EB-1008", "Luke", "Skywalker", company="Rebel Ops"),
    person("EB-1009", "Lucia", "Kowalska", company="Luke's Diner"),
    person("EB-1010", "Νίκος", "Παπαδόπουλος", company="Kestrel Networks"),
    person("EB-1011", "芳", "王", company="Sakura Stack KK", email="wang.fang@sakura.example"),
    person("EB-1012", "Çağrı", "Yıldız", company="Smith & Sons"),
    person("EB-1013", "Anna", "Smith", company="Muller Logistics", email="anna.smith@x.example"),
    person("EB-1014", "Zoë", "Ødegård", company="Kowalski Data"),
    person("EB-1015", "Ada", "Lovelace", company="Analytical", status=TicketStatus.CANCELLED),
    person("ORDER-77-1", "", "", source="pretix", source_id="ABC12-1", company="Anonymous"),
    person("tito_9XK2", "Priya", "Iyer", company="Pennine Data", email="priya@pennine.example"),
    person("EB-1018", "Jürgen", "Mueller", company="Mueller & Co"),
    person("EB-1019", "Anna", "Kuznetsova", company="Grid"),
    person("EB-1020", "Ana", "Smit", company="Smithy"),
]
FIXED = ["lu", "lukasz", "muller", "mueller", "mulle", "obrien", "o'brien", "brien",
         "soerensen", "dvorak", "kuznetsova", "кузн", "papadopoulos", "vandenberg", "van den",
         "jurgen mul", "eb-1005", "eb1005", "lw@pennine", "lw@pennine.example", "pennine",
         "abc12", "abc12-1", "wang", "fang", "王", "yildiz", "cagri", "smith", "smiht", "smth",
         "anna smith", "a s", "as", "lw", "tom d", "lovelace", "tito_9xk2", "9xk2", "priya@",
         "kowalsk", "kowalksa", "luke", "lukes", "skywalker", "odegard", "oedegaard", "zz",
         "x", "", "  ", "an", "ana", "anna", "gird", "grid"]  # fmt: skip


def queries(people: list[Attendee]) -> list[str]:
    """The fixed queries, and from every attendee's words: prefixes, a swap typo, initials."""
    found = list(FIXED)
    for a in people:
        words = tokens(f"{a.full_name} {a.company} {a.email}", anyascii)
        found += [w[:n] for w in words for n in (2, 3, 5)]
        found += [w[:1] + w[2] + w[1] + w[3:] for w in words if len(w) >= 4]
        found.append(" ".join(w[:1] for w in tokens(a.full_name, anyascii)))
    return found


def window_search(repo: Repository, query: str, limit: int) -> list[SearchHit]:
    return SearchIndex(repo.attendees(), transliterate=anyascii).search(query, limit=limit)


def assert_same_answers(repo: Repository, limit: int = 20) -> None:
    index = SearchIndex(repo.attendees(), transliterate=anyascii)
    for query in queries(repo.attendees()):
        assert search_once(repo, query, limit) == index.search(query, limit=limit), query


@pytest.mark.parametrize("limit", [20, 3, 1])
def test_a_single_query_gives_the_windows_hits_in_the_windows_order(
    repo: Repository, limit: int
) -> None:
    repo.add_attendees(VARIED)
    assert_same_answers(repo, limit)


def test_the_answers_stay_the_same_after_walk_ins_corrections_and_cancellations(
    repo: Repository,
) -> None:
    repo.add_attendees(VARIED)
    assert_same_answers(repo)  # keys stored now
    repo.add_attendee(person("WALK-1", "Smitha", "Łoś", company="Pennine Data"), walk_in=True)
    repo.set_badge_name("EB-1013", "Annie Smithers")
    cancelled = repo.attendee_by_code("EB-1008")
    assert cancelled is not None
    repo.update_attendee(cancelled.with_changes(status=TicketStatus.CANCELLED, last_name="Solo"))
    assert store_stale_keys(repo) == 3  # only the three written are computed again
    assert_same_answers(repo)


def test_keys_stored_under_other_rules_are_computed_again(
    repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo.add_attendees(VARIED)
    assert store_stale_keys(repo) == len(VARIED)
    assert store_stale_keys(repo) == 0
    monkeypatch.setattr(stored_search, "RULES", "next rules")
    assert store_stale_keys(repo) == len(VARIED)
    assert_same_answers(repo)


def test_a_purged_list_leaves_no_stored_key(repo: Repository) -> None:
    repo.add_attendees(VARIED)
    assert search_once(repo, "wisniewski")
    purge_personal_data(repo)
    path = repo.path
    repo.close()
    with sqlite3.connect(path) as raw:
        stored = {row[0] for row in raw.execute("SELECT key FROM search_key")}
        stored |= {row[0] for row in raw.execute("SELECT last_key FROM search_order")}
    assert not {"wisniewski", "lukasz", "pennine", "lw", "kuznetsova"} & stored
    with Repository(path) as again:
        assert search_once(again, "wisniewski") == []
        assert_same_answers(again)


def test_checkin_find_prints_what_the_windows_index_finds(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with Repository(database_path(home), desk="A") as repo:
        repo.save_event(meetup())
        repo.add_attendees(VARIED)
        for query in ["an", "smiht", "pennine", "abc12", "кузн", "jurgen mul"]:
            found = checkin("find", query, "--json", "--limit", "5", home=home).json()
            expected = window_search(repo, query, 5)
            assert [hit["code"] for hit in found] == [h.attendee.code for h in expected], query


def test_a_query_while_another_program_writes_answers_without_waiting(repo: Repository) -> None:
    repo.add_attendees(VARIED)
    other = sqlite3.connect(repo.path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another desk in the middle of a sync
        other.execute("UPDATE event SET venue = venue")
        assert store_stale_keys(repo) is None  # nothing stored, nothing waited for
        assert_same_answers(repo)  # answered from the whole list's index instead
        other.execute("COMMIT")
    finally:
        other.close()
    assert store_stale_keys(repo) == len(VARIED)
    assert_same_answers(repo)
