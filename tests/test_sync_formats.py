"""Each export format, as the platforms and real people write it, lands in the database right."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import Workbook

from checkin.core.entities import Attendee, TicketStatus
from checkin.core.ticket_codes import is_genuine
from checkin.db.repository import Repository
from checkin.sync import SyncError, preview, run_sync


def write_csv(
    path: Path,
    rows: list[list[str]],
    *,
    encoding: str = "utf-8",
    delimiter: str = ",",
    newline: str = "\r\n",
) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator=newline).writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def by_name(repo: Repository) -> dict[str, Attendee]:
    return {a.full_name: a for a in repo.attendees()}


EVENTBRITE = [
    ["Order #", "Order Date", "First Name", "Last Name", "Email", "Quantity", "Ticket Type",
     "Attendee #", "Barcode #", "Buyer Last Name", "Buyer First Name", "Buyer Email",
     "Attendee Status", "Company", "Job Title",
     "Do you have any dietary requirements?", "Accessibility needs"],
    ["487261001", "2016-01-12 10:01:22", "Zoë", "Ødegård", "zoe@example.org", "1", "Operator",
     "722001", "722001487261001001", "Ødegård", "Zoë", "zoe@example.org", "Attending",
     "Nordlys Hosting", "SRE", "vegan", ""],
    # A multi-attendee order: one buyer, three attendees, one of them refunded.
    ["487261002", "2016-01-13 18:40:03", "Łukasz", "Wójcik", "lukasz@example.org", "3",
     "Operator", "722002", "722002487261002001", "Wójcik", "Łukasz", "lukasz@example.org",
     "Attending", "Baltic Grid", "", "nut allergy,\nno pork", "step-free access"],
    ["487261002", "2016-01-13 18:40:03", "Małgorzata", "Kowalczyk", "gosia@example.org", "3",
     "Operator", "722003", "722003487261002002", "Wójcik", "Łukasz", "lukasz@example.org",
     "Attending", "Baltic Grid", "", "", ""],
    ["487261002", "2016-01-13 18:40:03", "Søren", "Kjærgaard", "soren@example.org", "3",
     "Sponsor", "722004", "722004487261002003", "Wójcik", "Łukasz", "lukasz@example.org",
     "Refunded", "Canonical", "", "vegetarian", ""],
    ["487261003", "2016-01-14 08:00:00", "Eoin", "Ó Súilleabháin", "eoin@example.org", "1",
     "Moderator", "722005", "722005487261003001", "Ó Súilleabháin", "Eoin", "eoin@example.org",
     "Not Attending", "Liffey Systems", "", "", ""],
]  # fmt: skip


def test_eventbrite_with_bom_crlf_quoted_newlines_refunds_and_questions(
    repo: Repository, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "report.csv", EVENTBRITE, encoding="utf-8-sig")
    report = run_sync(repo, str(path))
    assert report.format == "eventbrite"
    assert (report.added, report.rejected) == (5, [])
    people = by_name(repo)
    lukasz = people["Łukasz Wójcik"]
    assert lukasz.code == "722002487261002001"
    assert lukasz.source_id == "722002"
    assert lukasz.dietary == "nut allergy, no pork"  # the quoted newline, on one badge line
    assert lukasz.accessibility == "step-free access"
    assert lukasz.email == "lukasz@example.org" and lukasz.company == "Baltic Grid"
    # The order's other attendees keep their own names, not the buyer's.
    assert people["Małgorzata Kowalczyk"].email == "gosia@example.org"
    assert people["Søren Kjærgaard"].status is TicketStatus.CANCELLED
    assert people["Eoin Ó Súilleabháin"].status is TicketStatus.CANCELLED
    assert people["Zoë Ødegård"].status is TicketStatus.ACTIVE
    assert people["Zoë Ødegård"].dietary == "vegan"


PRETIX = [
    ["Order code", "Position ID", "Attendee name", "Attendee name: Given name",
     "Attendee name: Family name", "Product", "Price", "Checked in", "Secret", "E-mail",
     "Company", "Voucher code", "Order date", "Requires special attention", "Comment",
     "Dietary restrictions", "Do you need step-free access?"],
    ["Q8XKD", "1", "Jürgen Müller", "Jürgen", "Müller", "Operator ticket", "10.00", "",
     "tbkxj4r8wvq2nz7fhs3d9yuc6pm5ea", "juergen@example.org", "Alpenrose IT", "", "2016-01-20",
     "No", "", "vegetarisch", ""],
    ["Q8XKD", "2", "Anke Groß", "Anke", "Groß", "Operator ticket", "10.00", "",
     "h7wdq2pxk9mzr4vt8ycn3bf6sa5jge", "anke@example.org", "Alpenrose IT", "", "2016-01-20",
     "Yes", "Speaker, collect slides", "", "Ja, Rollstuhl"],
    ["ZR3TW", "1", "Jiří Dvořák", "", "", "Sponsor ticket", "0.00", "",
     "m3vq8xn2k7pdw9zt4hc6rjy5bgfsae", "jiri@example.org", "Vltava Compute", "", "2016-01-21",
     "No", "", "", ""],
]  # fmt: skip


def test_pretix_semicolons_name_parts_attention_and_questions(
    repo: Repository, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "checkin-list.csv", PRETIX, delimiter=";", newline="\n")
    shown = preview(str(path))
    assert shown.format == "pretix" and shown.delimiter == ";"
    report = run_sync(repo, str(path))
    assert (report.added, report.rejected) == (3, [])
    people = by_name(repo)
    anke = people["Anke Groß"]
    assert anke.code == "h7wdq2pxk9mzr4vt8ycn3bf6sa5jge"
    assert anke.source_id == "Q8XKD-2"
    assert anke.notes == "Requires special attention; Speaker, collect slides"
    assert anke.accessibility == "Ja, Rollstuhl"
    assert people["Jürgen Müller"].dietary == "vegetarisch"
    # Only the full name given: split into first word and the rest.
    jiri = people["Jiří Dvořák"]
    assert (jiri.first_name, jiri.last_name, jiri.ticket_type) == (
        "Jiří",
        "Dvořák",
        "Sponsor ticket",
    )


TITO = [
    ["Number", "Ticket Reference", "Ticket Created Date", "Ticket", "Ticket Full Name",
     "Ticket First Name", "Ticket Last Name", "Ticket Email", "Ticket Company Name",
     "Order Reference", "Order Name", "Order Email", "Void", "Dietary Requirements"],
    ["1", "TK4D-1", "2016-01-05", "Early Bird", "Hélène Lefèvre", "Hélène", "Lefèvre",
     "helene@example.org", "Garonne Hébergement", "TK4D", "Hélène Lefèvre", "helene@example.org",
     "", "gluten-free"],
    ["2", "TK4D-2", "2016-01-05", "Early Bird", "François Bénard", "François", "Bénard",
     "francois@example.org", "Garonne Hébergement", "TK4D", "Hélène Lefèvre",
     "helene@example.org", "true", ""],
]  # fmt: skip


def test_tito_utf16_tab_separated_with_void(repo: Repository, tmp_path: Path) -> None:
    # Excel's "Unicode text": UTF-16 with a BOM, tab-separated.
    path = write_csv(tmp_path / "tickets.txt", TITO, encoding="utf-16", delimiter="\t")
    report = run_sync(repo, str(path))
    assert report.format == "tito" and report.added == 2
    people = by_name(repo)
    assert people["Hélène Lefèvre"].code == "TK4D-1"
    assert people["Hélène Lefèvre"].dietary == "gluten-free"
    assert people["François Bénard"].email == "francois@example.org"  # not the order's e-mail
    assert people["François Bénard"].status is TicketStatus.CANCELLED


def test_generic_german_cp1252_semicolons_without_codes(repo: Repository, tmp_path: Path) -> None:
    rows = [
        ["Vorname", "Nachname", "E-Mail", "Firma", "Ticketart", "Besondere Ernährung", "Status"],
        ["Jürgen", "Weiß", "jw@example.org", "Pennine Data", "Operator", "vegan", "bezahlt"],
        ["Anke", "Schröder", "as@example.org", "Kestrel Networks", "Operator", "", "storniert"],
    ]
    path = write_csv(tmp_path / "Teilnehmer.csv", rows, encoding="cp1252", delimiter=";")
    report = run_sync(repo, str(path))
    assert report.format == "generic" and report.added == 2
    people = by_name(repo)
    secret = repo.require_event().secret
    weiss = people["Jürgen Weiß"]
    assert is_genuine(secret, weiss.code)  # no code column: app-issued, signed
    assert (weiss.company, weiss.ticket_type, weiss.dietary) == (
        "Pennine Data",
        "Operator",
        "vegan",
    )
    assert people["Anke Schröder"].status is TicketStatus.CANCELLED
    # The same row gets the same code on the next sync.
    run_sync(repo, str(path))
    assert by_name(repo)["Jürgen Weiß"].code == weiss.code


def test_generic_french_xlsx_and_spanish_headers(repo: Repository, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Prénom", "Nom", "Courriel", "Société", "Régime alimentaire", "Statut"])
    sheet.append(["Gaël", "Dubois", "gael@example.org", "Garonne Hébergement", "halal", "Payé"])
    sheet.append(["Zoë", "Bénard", "zoe.b@example.org", "", "", "Annulé"])
    sheet.append([None, None, None, None, None, None])  # formatting rows Excel leaves behind
    book.save(tmp_path / "inscrits.xlsx")
    report = run_sync(repo, str(tmp_path / "inscrits.xlsx"), name="fr")
    assert (report.format, report.added) == ("generic", 2)
    people = by_name(repo)
    assert people["Gaël Dubois"].dietary == "halal"
    assert people["Zoë Bénard"].cancelled

    spanish = [
        ["Nombre", "Apellidos", "Correo electrónico", "Empresa", "Tipo de entrada", "Estado"],
        ["Begoña", "Muñoz Peña", "bego@example.org", "Ebro Datos", "Operador", "Confirmado"],
        ["Íñigo", "Fernández", "inigo@example.org", "Ebro Datos", "Operador", "Cancelado"],
    ]
    run_sync(repo, str(write_csv(tmp_path / "inscritos.csv", spanish)), name="es")
    people = by_name(repo)
    assert people["Begoña Muñoz Peña"].ticket_type == "Operador"
    assert people["Íñigo Fernández"].cancelled


def test_map_overrides_the_detected_columns(repo: Repository, tmp_path: Path) -> None:
    rows = [
        ["Wer", "Kürzel", "Essen?"],
        ["Zofia Nowak", "ZN-01", "vegetarian"],
    ]
    path = write_csv(tmp_path / "list.csv", rows)
    with pytest.raises(SyncError, match="no name column"):
        run_sync(repo, str(path))
    report = run_sync(repo, str(path), mapping={"wer": "full_name", "Kürzel": "code"})
    assert report.mapping == {"Wer": "full_name", "Kürzel": "code", "Essen?": "dietary"}
    zofia = repo.attendee_by_code("ZN-01")
    assert zofia is not None and zofia.last_name == "Nowak" and zofia.dietary == "vegetarian"


def test_map_naming_a_missing_column_or_field_is_refused(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "list.csv", [["Name"], ["Ada"]])
    with pytest.raises(SyncError, match="no column 'Nmae'"):
        preview(str(path), mapping={"Nmae": "full_name"})
    with pytest.raises(SyncError, match="not a field"):
        preview(str(path), mapping={"Name": "nickname"})
