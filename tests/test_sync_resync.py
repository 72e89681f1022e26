"""Syncing again: idempotence, cancellation, per-source isolation, the desk's corrections kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from checkin.core.entities import TicketStatus
from checkin.db import sync_store
from checkin.db.repository import Repository
from checkin.sync import load, preview, run_sync, sync_again
from tests.fakes import person
from tests.test_sync_formats import EVENTBRITE, write_csv

HEADER = ["Order #", "First Name", "Last Name", "Email", "Ticket Type", "Attendee #", "Barcode #",
          "Attendee Status", "Dietary requirements"]  # fmt: skip


def row(n: int, first: str, last: str, status: str = "Attending", diet: str = "") -> list[str]:
    return [f"9{n:03d}", first, last, f"p{n}@example.org", "Operator", f"A{n}", f"B{n}", status,
            diet]  # fmt: skip


PEOPLE = [row(1, "Zoë", "Ødegård"), row(2, "Łukasz", "Wójcik"), row(3, "Søren", "Sørensen")]


def test_second_sync_changes_nothing_and_keeps_check_ins(repo: Repository, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "eb.csv", EVENTBRITE, encoding="utf-8-sig")
    first = run_sync(repo, str(path))
    assert repo.decide_and_record("722001487261001001").accepted
    before_attendees, before_checkins = repo.attendees(), repo.checkins()
    again = run_sync(repo, str(path))
    assert again.counts() == {
        "added": 0,
        "updated": 0,
        "cancelled": 0,
        "unchanged": first.added,
        "rejected": 0,
    }
    assert repo.attendees() == before_attendees
    assert repo.checkins() == before_checkins


def test_changes_update_and_disappearance_cancels(repo: Repository, tmp_path: Path) -> None:
    path = tmp_path / "eb.csv"
    run_sync(repo, str(write_csv(path, [HEADER, *PEOPLE])))
    assert repo.decide_and_record("B3").accepted
    corrected = [row(1, "Zoë", "Ødegård-Lund", diet="vegan"), row(2, "Łukasz", "Wójcik"),
                 row(4, "Åsa", "Öberg")]  # fmt: skip
    report = run_sync(repo, str(write_csv(path, [HEADER, *corrected])))
    assert report.counts() == {
        "added": 1,
        "updated": 1,
        "cancelled": 1,
        "unchanged": 1,
        "rejected": 0,
    }
    zoe = repo.attendee_by_code("B1")
    assert zoe is not None and (zoe.last_name, zoe.dietary) == ("Ødegård-Lund", "vegan")
    gone = repo.attendee_by_code("B3")
    assert gone is not None and gone.status is TicketStatus.CANCELLED  # kept, not deleted
    assert gone.id is not None and len(repo.history(gone.id)) == 1  # history stays
    assert not repo.decide_and_record("B3").accepted
    # Coming back re-activates the same attendee.
    report = run_sync(repo, str(write_csv(path, [HEADER, *corrected, PEOPLE[2]])))
    assert (report.added, report.updated) == (0, 1)
    back = repo.attendee_by_code("B3")
    assert back is not None and back.id == gone.id and back.status is TicketStatus.ACTIVE


def test_refund_in_a_later_export_cancels(repo: Repository, tmp_path: Path) -> None:
    path = tmp_path / "eb.csv"
    run_sync(repo, str(write_csv(path, [HEADER, *PEOPLE])))
    refunded = [PEOPLE[0], row(2, "Łukasz", "Wójcik", status="Refunded"), PEOPLE[2]]
    report = run_sync(repo, str(write_csv(path, [HEADER, *refunded])))
    assert (report.updated, report.cancelled) == (1, 0)
    lukasz = repo.attendee_by_code("B2")
    assert lukasz is not None and lukasz.cancelled


def test_other_sources_and_walk_ins_are_untouched(repo: Repository, tmp_path: Path) -> None:
    speakers = [["Name", "E-mail", "Ticket"], ["Priya Raghunathan", "priya@example.org", "Speaker"]]
    run_sync(repo, str(write_csv(tmp_path / "speakers.csv", speakers)))
    walk_in = repo.add_attendee(person("WALK-1", "Anna", "Кузнецова", source="desk"))
    path = tmp_path / "eb.csv"
    run_sync(repo, str(write_csv(path, [HEADER, *PEOPLE])))
    before = {a.code: a for a in repo.attendees() if a.source != sync_store_source(path)}
    report = run_sync(repo, str(write_csv(path, [HEADER, PEOPLE[0]])))
    assert report.cancelled == 2
    after = {a.code: a for a in repo.attendees() if a.source != sync_store_source(path)}
    assert after == before
    assert after["WALK-1"] == walk_in
    assert len(after) == 2 and all(not a.cancelled for a in after.values())


def sync_store_source(path: Path) -> str:
    return str(path.resolve())


def test_badge_name_correction_survives(repo: Repository, tmp_path: Path) -> None:
    path = tmp_path / "eb.csv"
    run_sync(repo, str(write_csv(path, [HEADER, *PEOPLE])))
    repo.set_badge_name("B1", "Zoë Ø.")
    renamed = [row(1, "Zoe", "Odegard", diet="vegan"), *PEOPLE[1:]]
    report = run_sync(repo, str(write_csv(path, [HEADER, *renamed])))
    assert report.updated == 1
    zoe = repo.attendee_by_code("B1")
    assert zoe is not None
    assert (zoe.first_name, zoe.badge_name, zoe.display_name) == ("Zoe", "Zoë Ø.", "Zoë Ø.")
    assert run_sync(repo, str(path)).unchanged == 3


def test_bad_rows_are_rejected_with_numbers_and_good_rows_imported(
    repo: Repository, tmp_path: Path
) -> None:
    repo.add_attendee(person("B9", source="desk"))
    rows = [
        HEADER,
        PEOPLE[0],
        row(2, "", ""),  # no name
        row(3, "Søren", "Sørensen"),
        [*row(5, "Ondřej", "Svoboda"), "stray", "cells"],  # an unquoted delimiter somewhere
        ["9006", "Tomáš", "Procházka", "t@example.org", "Operator", "A6", "B1", "Attending", ""],
        row(9, "Cian", "O'Brien"),  # B9 belongs to a walk-in
        row(3, "Søren", "Sørensen"),  # the same ticket twice
    ]
    report = run_sync(repo, str(write_csv(tmp_path / "eb.csv", rows)))
    assert report.added == 2
    assert [(r.number, r.reason) for r in report.rejected] == [
        (3, "has no name"),
        (5, "has 11 cells but the header has 9 columns"),
        (6, "has the same ticket code B1 as row 2"),
        (7, "ticket code B9 already belongs to desk"),
        (8, "repeats the ticket of row 4"),
    ]
    assert {a.code for a in repo.attendees()} == {"B1", "B3", "B9"}


def test_a_row_that_turns_bad_does_not_cancel_its_attendee(
    repo: Repository, tmp_path: Path
) -> None:
    path = tmp_path / "eb.csv"
    run_sync(repo, str(write_csv(path, [HEADER, *PEOPLE])))
    report = run_sync(repo, str(write_csv(path, [HEADER, PEOPLE[0], row(2, "", ""), PEOPLE[2]])))
    assert (report.cancelled, len(report.rejected)) == (0, 1)
    lukasz = repo.attendee_by_code("B2")
    assert lukasz is not None and not lukasz.cancelled


def test_dry_run_writes_nothing(repo: Repository, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "eb.csv", [HEADER, *PEOPLE])
    report = run_sync(repo, str(path), dry_run=True)
    assert (report.added, report.dry_run) == (3, True)
    assert repo.attendees() == []
    assert sync_store.sync_sources(repo) == []


def test_source_and_time_are_remembered_for_sync_again(
    repo: Repository, tmp_path: Path, clock: object
) -> None:
    path = write_csv(tmp_path / "eb.csv", [HEADER, *PEOPLE])
    run_sync(repo, str(path), mapping={"Dietary requirements": "notes"})
    (known,) = sync_store.sync_sources(repo)
    assert known.location == str(path) and known.format == "eventbrite"
    assert known.synced_at == repo.clock()
    assert known.report["added"] == 3 and known.mapping == {"Dietary requirements": "notes"}
    write_csv(path, [HEADER, *PEOPLE, row(4, "Åsa", "Öberg", diet="kosher")])
    report = sync_again(repo, known.source)
    assert (report.added, report.unchanged) == (1, 3)
    asa = repo.attendee_by_code("B4")
    assert asa is not None and asa.notes == "kosher"  # the --map choice was reused


def test_preview_and_progress_for_the_window(repo: Repository, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "eb.csv", [HEADER, *PEOPLE])
    table = load(str(path))  # read once: previewed, then synced without reading again
    shown = preview(table, rows=2)
    assert (shown.format, shown.row_count, len(shown.first_rows)) == ("eventbrite", 3, 2)
    assert shown.first_rows[0][1] == "Zoë" and shown.mapping["Barcode #"] == "code"
    seen: list[tuple[str, int, int]] = []
    run_sync(repo, table, progress=lambda stage, done, total: seen.append((stage, done, total)))
    assert seen[0] == ("reading", 0, 3) and ("reading", 3, 3) in seen
    assert seen[-1] == ("writing", 1, 1)


def test_two_tickets_swapping_codes(repo: Repository, tmp_path: Path) -> None:
    path = tmp_path / "eb.csv"
    run_sync(repo, str(write_csv(path, [HEADER, *PEOPLE])))
    swapped = [[*PEOPLE[0][:6], "B2", *PEOPLE[0][7:]], [*PEOPLE[1][:6], "B1", *PEOPLE[1][7:]]]
    report = run_sync(repo, str(write_csv(path, [HEADER, *swapped, PEOPLE[2]])))
    assert (report.updated, report.rejected) == (2, [])
    zoe = repo.attendee_by_code("B2")
    assert zoe is not None and zoe.first_name == "Zoë"


def test_a_big_list_is_marked_for_the_hub_as_the_trigger_marks_it(
    repo: Repository, tmp_path: Path
) -> None:
    """A list of hundreds is marked for the hub in one statement, not by a trigger run per
    person: the same people in the same order, and the trigger is back afterwards, also when
    the database refuses the list."""
    people = [row(n, f"Person{n}", "Nowak") for n in range(1, 401)]
    run_sync(repo, str(write_csv(tmp_path / "a.csv", [HEADER, *people[:3]])))  # a few: trigger
    run_sync(repo, str(write_csv(tmp_path / "a.csv", [HEADER, *people])))  # many: one statement
    dirty = [code for (code,) in repo.db.execute_sql(
        "SELECT code FROM hub_list_dirty ORDER BY rowid").fetchall()]  # fmt: skip
    by_id = [code for (code,) in repo.db.execute_sql(
        "SELECT code FROM attendee ORDER BY id").fetchall()]  # fmt: skip
    assert dirty == by_id and len(dirty) == 400
    trigger = "SELECT COUNT(*) FROM sqlite_master WHERE name = 'hub_list_added'"
    assert repo.db.execute_sql(trigger).fetchone() == (1,)
    # The database refuses a list (a code taken meanwhile): nothing written, the trigger kept.
    refused = sync_store.SyncWrite(source="other")
    for n in range(1000, 1300):
        refused.inserts.append((f"x{n}", (f"C{n}", "P", "Q", "", "", "", "", "", "", "active")))
    refused.inserts.append(("x1", ("B1", "P", "Q", "", "", "", "", "", "", "active")))
    with pytest.raises(sync_store.SyncConflict), sync_store.transaction(repo):
        sync_store.apply(repo, refused)
    assert repo.db.execute_sql(trigger).fetchone() == (1,)
    assert repo.attendee_by_code("C1000") is None
