"""Merging another desk's history into this home: what makes side-by-side offline desks add up.

At a venue without a network every desk keeps its own SQLite file. Afterwards (or at lunch, from a
USB stick) an organizer merges the other desks' files into one home. Check-ins are append-only
events with uuids, so a merge only ever adds what is missing: merging the same file twice changes
nothing, and the headcount is derived from the union. The other file is opened read-only.

What travels: attendees this home has never seen (walk-ins registered at the other desk, matched by
ticket code), every check-in event (by uuid), and undos of events both sides hold. What does not:
the other desk's edits to attendees both sides know (the attendee list is owned by the sync), and
badge print logs (each desk's printer is its own).
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from checkin.core.entities import Direction
from checkin.db import mapping as m
from checkin.db.models import AttendeeRow, CheckInRow
from checkin.db.repository import Repository
from checkin.paths import database_path


class MergeRefused(ValueError):
    """The other file cannot be merged here; one sentence says why. Nothing was written."""


@dataclass
class MergeReport:
    source: str
    attendees_added: int = 0
    checkins_added: int = 0
    undos_applied: int = 0
    already_known: int = 0  # check-ins this home already had
    double_admissions: list[str] = field(default_factory=list)  # names admitted twice a day

    def to_dict(self) -> dict[str, object]:
        return {
            "source": self.source,
            "attendees_added": self.attendees_added,
            "checkins_added": self.checkins_added,
            "undos_applied": self.undos_applied,
            "already_known": self.already_known,
            "double_admissions": self.double_admissions,
        }


def locate(source: Path) -> Path:
    """A home folder or the database file itself."""
    path = database_path(source) if source.is_dir() else source
    if not path.is_file():
        raise MergeRefused(f"There is no desk database at {source}.")
    return path


def _read_other(path: Path) -> tuple[str, list[sqlite3.Row], list[sqlite3.Row]]:
    try:
        # Read-only: the other desk's file is evidence, never written by a merge.
        with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as other:
            other.row_factory = sqlite3.Row
            event = other.execute("SELECT name FROM event ORDER BY id LIMIT 1").fetchone()
            columns = ", ".join(c for c in m.ATTENDEE_COLUMNS if c != "id")
            people = other.execute(f"SELECT id, {columns} FROM attendee").fetchall()
            moves = other.execute(
                "SELECT c.*, a.code AS code FROM checkin AS c "
                "JOIN attendee AS a ON a.id = c.attendee_id ORDER BY c.at, c.id"
            ).fetchall()
    except sqlite3.DatabaseError as error:
        raise MergeRefused(f"{path} is not a desk database this app can read ({error}).") from error
    if event is None:
        raise MergeRefused(f"{path} holds no event.")
    return str(event["name"]), people, moves


def merge(repo: Repository, source: Path, allow_other_event: bool = False) -> MergeReport:
    path = locate(source)
    if path.resolve() == repo.path.resolve():
        raise MergeRefused("That is this desk's own database.")
    event = repo.require_event()
    other_event, people, moves = _read_other(path)
    if other_event != event.name and not allow_other_event:
        raise MergeRefused(
            f"{path} belongs to {other_event!r}, not {event.name!r}; "
            "use --any-event if that is intended."
        )
    report = MergeReport(source=str(path))
    now = m.instant_text(repo.clock())
    with repo.db.atomic("IMMEDIATE"):
        ids: dict[str, int] = dict(repo.db.execute_sql("SELECT code, id FROM attendee").fetchall())
        for person in people:
            if person["code"] in ids:
                continue
            fields = {c: person[c] for c in m.ATTENDEE_COLUMNS if c != "id"}
            ids[person["code"]] = AttendeeRow.insert(
                **fields, code_folded=person["code"].casefold(), updated_at=now
            ).execute()
            report.attendees_added += 1
        if report.attendees_added:
            repo._bump_revision()
        known: dict[str, str | None] = dict(
            repo.db.execute_sql("SELECT uuid, undone_at FROM checkin").fetchall()
        )
        nonces = {
            str(row[0])
            for row in repo.db.execute_sql("SELECT nonce FROM checkin WHERE nonce IS NOT NULL")
        }
        for move in moves:
            if move["uuid"] in known:
                report.already_known += 1
                if move["undone_at"] and not known[move["uuid"]]:
                    CheckInRow.update(undone_at=move["undone_at"]).where(
                        CheckInRow.uuid == move["uuid"]
                    ).execute()
                    report.undos_applied += 1
                continue
            CheckInRow.insert(
                uuid=move["uuid"],
                attendee=ids[move["code"]],
                direction=move["direction"],
                day=move["day"],
                at=move["at"],
                desk=move["desk"],
                # A scanner nonce seen here under another event stays with that one.
                nonce=move["nonce"] if move["nonce"] not in nonces else None,
                undone_at=move["undone_at"],
                override=move["override"],
            ).execute()
            report.checkins_added += 1
        report.double_admissions = _double_admissions(repo)
        repo._audit("merge", detail=report.to_dict())
    return report


def _double_admissions(repo: Repository) -> list[str]:
    """People with two live entries on one day and no exit between: admitted at two desks
    while the desks could not see each other. Reported so an organizer can look, never undone."""
    counts: Counter[tuple[int, object]] = Counter()
    inside: dict[tuple[int, object], bool] = {}
    for c in repo.checkins():
        if c.undone:
            continue
        key = (c.attendee_id, c.day)
        if c.direction is Direction.IN:
            if inside.get(key):
                counts[key] += 1
            inside[key] = True
        else:
            inside[key] = False
    names = []
    for attendee_id, _day in sorted(counts, key=lambda k: (str(k[1]), k[0])):
        attendee = repo.attendee(attendee_id)
        names.append(attendee.display_name if attendee else f"attendee {attendee_id}")
    return names


def describe(report: MergeReport) -> str:
    lines = [
        f"Merged {report.source}: {report.checkins_added} check-ins added, "
        f"{report.attendees_added} attendees added, {report.undos_applied} undos applied, "
        f"{report.already_known} check-ins already here."
    ]
    if report.double_admissions:
        lines.append(
            "Admitted at two desks on the same day (look at these): "
            + ", ".join(report.double_admissions)
        )
    return "\n".join(lines)


def report_json(report: MergeReport) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2)
