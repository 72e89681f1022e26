"""Exports as an organizer downloads them (tests/data/sync), synced without any --map: the
importer must find the format and the fields on its own."""

from __future__ import annotations

from pathlib import Path

from checkin.core.entities import Attendee
from checkin.db.repository import Repository
from checkin.sync import preview, run_sync

DATA = Path(__file__).parent / "data" / "sync"


def synced(repo: Repository, name: str, fmt: str, count: int) -> dict[str, Attendee]:
    path = DATA / name
    assert preview(str(path)).format == fmt
    report = run_sync(repo, str(path))
    assert (report.format, report.added, report.rejected) == (fmt, count, [])
    return {a.last_name: a for a in repo.attendees()}


def test_eventbrite_attendee_summary(repo: Repository) -> None:
    people = synced(repo, "eventbrite-attendee-summary.csv", "eventbrite", 7)
    zofia = people["Nowak"]
    # Barcode # is the last column here; the buyer (Wojciech) paid for Zofia's ticket.
    assert zofia.code == "1322110870608116456001"
    assert (zofia.first_name, zofia.email) == ("Zofia", "z.nowak@example.pl")
    assert zofia.accessibility == "Yes - I use a wheelchair"
    assert people["Kowalczyk"].accessibility == ""  # "No" is not something the desk must know
    assert people["Kowalczyk"].dietary == "Vegetarian, no mushrooms please"
    assert people["O'Brien"].dietary == "Coeliac (strictly gluten-free)"
    assert people["Sørensen"].ticket_type == "Sponsor"
    assert people["Sato"].cancelled and people["Кузнецова"].cancelled
    assert not people["Mitchell"].cancelled


def test_pretix_check_in_list(repo: Repository) -> None:
    people = synced(repo, "pretix-checkin-list.csv", "pretix", 4)
    cagri = people["Yıldız"]
    assert cagri.code == "c4vq9ha2ks8nwx7ty3mbrp6dzj5egf"
    assert cagri.notes == "Requires special attention; Keynote, day 1 — needs lapel mic"
    assert cagri.ticket_type == "Speaker"
    assert people["Peña"].accessibility == "hearing loop please"
    assert people["Rodriguez"].dietary == "nut allergy (severe)"
    assert people["Fernández"].source_id == people["Fernández"].code  # no Position ID column


def test_german_form_responses_in_cp1252(repo: Repository) -> None:
    people = synced(repo, "anmeldungen-formular.csv", "generic", 4)
    assert people["Groß"].first_name == "Jürgen"
    assert people["Groß"].dietary == "Laktoseintoleranz"
    assert people["Weiß"].accessibility == "Ja, Rollstuhl"
    assert people["Kovács"].company == "Vltava Compute"
    assert all(a.code.startswith("CK-") for a in people.values())  # app-issued, signed
