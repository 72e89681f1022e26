"""Recognising a column by its header, in English and the common European languages.

Headers are compared after folding (no accents, no case, punctuation as spaces), so "Prénom",
"PRENOM" and "prénom :" are one header. Name, e-mail, company, ticket type, code and status columns
must match a known header exactly; question columns (dietary, accessibility) are found by a word
inside a longer question, because every organizer words those questions differently.
"""

from __future__ import annotations

import re
import unicodedata

_PUNCTUATION = re.compile(r"[^\w#]+")


def fold_label(header: str) -> str:
    """A header or a status word as compared: no accents, no case, punctuation as spaces."""
    decomposed = unicodedata.normalize("NFKD", header)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    bare = bare.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
    return " ".join(_PUNCTUATION.sub(" ", bare.casefold()).replace("_", " ").split())


def _words(text: str) -> frozenset[str]:
    return frozenset(fold_label(part) for part in text.split("|"))


# Exact headers (folded), by field.
EXACT: dict[str, frozenset[str]] = {
    "first_name": _words(
        "first name|firstname|first|given name|given names|forename|forenames|christian name|"
        "attendee first name|participant first name|vorname|vornamen|prénom|prenoms|nombre|"
        "nome|voornaam|imię|fornavn|förnamn|etunimi|jméno|keresztnév|primeiro nome"
    ),
    "last_name": _words(
        "last name|lastname|last|surname|family name|attendee last name|"
        "participant last name|nachname|familienname|nom|nom de famille|apellido|apellidos|"
        "cognome|achternaam|nazwisko|efternavn|efternamn|etternavn|sukunimi|příjmení|"
        "vezetéknév|sobrenome|apelido"
    ),
    "full_name": _words(
        "name|full name|fullname|attendee|attendee name|participant|participant name|"
        "delegate|delegate name|guest|guest name|contact name|teilnehmer|teilnehmer name|"
        "teilnehmername|vollständiger name|nom complet|nom et prénom|prénom et nom|participant|"
        "nombre completo|nombre y apellidos|nome completo|nome e cognome|naam|volledige naam|"
        "imię i nazwisko|navn|fulde navn|namn|fullständigt namn|nimi|jméno a příjmení"
    ),
    "email": _words(
        "email|e mail|email address|e mail address|mail|attendee email|courriel|adresse mail|"
        "adresse e mail|adresse email|correo|correo electrónico|posta elettronica|indirizzo email|"
        "e mailadres|emailadres|e post|epost|e postadress|sähköposti|e mail adresse"
    ),
    "company": _words(
        "company|company name|organisation|organization|organisation name|organization name|"
        "affiliation|employer|firma|unternehmen|arbeitgeber|société|entreprise|organisme|empresa|"
        "organización|compañía|azienda|società|organizzazione|bedrijf|organisatie|virksomhed|"
        "företag|organisasjon|yritys|organizacja|společnost"
    ),
    "ticket_type": _words(
        "ticket type|ticket|ticket name|ticket category|ticket class|type|category|product|"
        "registration type|pass|pass type|ticketart|tickettyp|ticket typ|kategorie|type de billet|"
        "billet|catégorie|tipo de entrada|entrada|tipo|tipo di biglietto|biglietto|kaartsoort|"
        "tickettype|rodzaj biletu|bilet|billettype|biljettyp|lipputyyppi"
    ),
    "code": _words(
        "code|ticket code|barcode|barcode #|bar code|qr|qr code|ticket number|ticket no|"
        "ticket id|ticket #|ticketnummer|ticketcode|code du billet|numéro de billet|código|"
        "código de entrada|codice|codice biglietto|secret|registration code|ticket reference"
    ),
    "id": _words("id|attendee id|attendee #|registration id|participant id"),
    "notes": _words(
        "notes|note|comment|comments|remarks|remark|bemerkung|bemerkungen|anmerkung|anmerkungen|"
        "kommentar|commentaire|commentaires|remarque|remarques|comentario|comentarios|"
        "observaciones|osservazioni|opmerking|opmerkingen|uwagi|internal notes|desk notes"
    ),
    "status": _words(
        "status|attendee status|ticket status|registration status|state|estado|statut|stato|"
        "anmeldestatus|teilnahmestatus|stav"
    ),
}

# Words found inside a longer question: "Do you have any dietary requirements?". A word starts a
# word of the question ("allerg" finds "Allergien"); a trailing space makes it a whole word.
QUESTION_WORDS: dict[str, tuple[str, ...]] = {
    "dietary": (
        "dietary",
        "diet",
        "food",
        "meal",
        "allerg",
        "vegetarian",
        "vegan",
        "intoleran",
        "ernahrung",
        "essen",
        "regime",
        "alimentaire",
        "alimentacion",
        "dieta",
        "comida",
        "alimentari",
        "dieet",
        "voeding",
        "kost",
        "ruokavalio",
        "catering",
    ),
    "accessibility": (
        "accessib",
        "access ",  # a whole word: "access?" yes, "accession" no
        "step free",
        "wheelchair",
        "mobility",
        "disabilit",
        "barrierefrei",
        "rollstuhl",
        "accesibilidad",
        "silla de ruedas",
        "toegankelijk",
        "rolstoel",
        "tillganglighet",
        "esteettom",
        "hearing loop",
    ),
}


def exact_field(header: str) -> str | None:
    folded = fold_label(header)
    for name, headers in EXACT.items():
        if folded in headers:
            return name
    return None


def question_field(header: str) -> str | None:
    folded = fold_label(header)
    padded = f" {folded} "
    for name, words in QUESTION_WORDS.items():
        # Short words must be whole words ("diet" but not "dietrich"); stems may start a word.
        if any(f" {word}" in padded for word in words):
            return name
    return None
