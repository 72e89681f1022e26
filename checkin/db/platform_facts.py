"""What the desk keeps of a ticketing platform besides the attendee list, to answer as it would.

Each ticket's product and whether its order is paid (`platform_ticket`, by ticket code), the
connected check-in list's rules, the event's signing keys and the products' names
(`platform_list`, one row per source), and the signed tickets the platform revoked
(`platform_revoked`). A pull writes them in its own transaction; a scan reads them in its.
Whether the event's days were set by hand (`checkin event --days`) is kept in the meta table:
then pulls no longer move them.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import peewee as pw

from checkin.core.list_rules import ListRules, TicketFacts, rules_from_text, rules_text
from checkin.db import hub_tables
from checkin.db.models import MetaRow

log = logging.getLogger("checkin.db")

_DAYS_BY_HAND = "event_days_by_hand"
SHARED_BYTES = 48 * 1024  # of a settings event's 64 KB, for the platform lists it carries


@dataclass(frozen=True)
class Signing:
    """What verifies a signed ticket the desk has never seen, and names what it carries."""

    source: str
    keys: tuple[str, ...]
    products: dict[str, str]  # product id → name (a variation is "item/variation")


@functools.lru_cache(maxsize=8)
def _rules(text: str, products: str) -> ListRules | None:
    """The stored rules, parsed once per text: every entry scan of a platform ticket asks."""
    if not text:
        return None
    return rules_from_text(text, json.loads(products or "{}"))


def save_tickets(
    db: pw.SqliteDatabase,
    source: str,
    tickets: Iterable[tuple[str, str, str, bool]],
    complete: bool,
    rows_written: bool = False,
) -> None:
    """(code, product, variation, pending) of the pulled tickets; call in the pull's
    transaction. A whole pull replaces the source's tickets, a partial one adds to them. Only
    what changed is written, and marked for the hub: its list events carry the facts —
    unless every ticket's attendee row was written in this transaction (`rows_written`: a
    first pull), which marked them all already."""
    tickets = list(tickets)
    # A whole pull compares with all of the source's tickets; a few (a ticket admitted by its
    # signature, a partial pull) only with theirs.
    stored = _stored(db, source, None if complete else [t[0] for t in tickets])
    rows, given = [], set()
    for code, product, variation, pending in tickets:
        given.add(code)
        if stored.get(code) != (product, variation, int(pending)):
            rows.append((code, source, product, variation, int(pending)))
    gone = [(code,) for code in stored if code not in given] if complete else []
    cursor = db.cursor()
    cursor.executemany("DELETE FROM platform_ticket WHERE code = ?", gone)
    cursor.executemany(_SAVE_TICKET, rows)
    if not rows_written:
        hub_tables.mark_changed(db, [row[0] for row in rows] + [code for (code,) in gone])


def _stored(
    db: pw.SqliteDatabase, source: str, codes: list[str] | None
) -> dict[str, tuple[str, str, int]]:
    query = "SELECT code, product, variation, pending FROM platform_ticket WHERE source = ?"
    if codes is None:
        rows = db.execute_sql(query, (source,)).fetchall()
    else:
        rows = []
        for start in range(0, len(codes), 500):
            chunk = codes[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            rows += db.execute_sql(f"{query} AND code IN ({marks})", (source, *chunk)).fetchall()
    return {code: (product, variation, pending) for code, product, variation, pending in rows}


_SAVE_TICKET = (
    "INSERT INTO platform_ticket (code, source, product, variation, pending) "
    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET source = excluded.source, "
    "product = excluded.product, variation = excluded.variation, pending = excluded.pending"
)


def ticket_facts(db: pw.SqliteDatabase, codes: list[str]) -> dict[str, dict[str, Any]]:
    """What a hub's list event carries of these tickets besides their attendee rows (the keys
    `receive_tickets` takes), for those a platform gave facts for."""
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(codes), 500):
        chunk = codes[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for code, product, variation, pending in db.execute_sql(
            "SELECT code, product, variation, pending FROM platform_ticket "
            f"WHERE code IN ({marks})",
            chunk,
        ).fetchall():
            found[str(code)] = {_PRODUCT: str(product), _VARIATION: str(variation),
                                _PENDING: bool(pending)}  # fmt: skip
    return found


def receive_tickets(db: pw.SqliteDatabase, records: Iterable[dict[str, Any]]) -> None:
    """Store the facts a hub's list event carries (people without them are left as they are)."""
    rows = [
        (str(r["code"]), str(r.get("source", "")), str(r[_PRODUCT]), str(r.get(_VARIATION, "")),
         int(bool(r.get(_PENDING))))
        for r in records
        if r.get(_PRODUCT) is not None
    ]  # fmt: skip
    db.cursor().executemany(_SAVE_TICKET, rows)


# A list event's keys for a ticket's facts (flat: a list event's people hold plain values).
_PRODUCT, _VARIATION, _PENDING = "platform_product", "platform_variation", "platform_pending"


def save_list(
    db: pw.SqliteDatabase,
    source: str,
    rules: ListRules | None,
    keys: Iterable[str],
    products: dict[str, str],
) -> None:
    _put_list(db, source, rules_text(rules) if rules is not None else "", list(keys), products)


def _put_list(
    db: pw.SqliteDatabase, source: str, rules: str, keys: list[str], products: dict[str, str]
) -> None:
    db.execute_sql(
        "INSERT INTO platform_list (source, rules, keys, products) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (source) DO UPDATE SET rules = excluded.rules, keys = excluded.keys, "
        "products = excluded.products",
        (source, rules, json.dumps(keys), json.dumps(products, ensure_ascii=False)),
    )


def shared_lists(db: pw.SqliteDatabase) -> dict[str, dict[str, Any]]:
    """Each platform list's rules, signing keys (public keys only: a platform's token is never
    stored here), product names and revoked secrets, as a hub's settings event carries them to
    desks without a connection of their own."""
    lists: dict[str, dict[str, Any]] = {}
    for source, rules, keys, products in db.execute_sql(
        "SELECT source, rules, keys, products FROM platform_list ORDER BY source"
    ).fetchall():
        revoked = db.execute_sql(
            "SELECT secret FROM platform_revoked WHERE source = ? ORDER BY secret", (source,)
        ).fetchall()
        lists[str(source)] = {
            "rules": str(rules or ""),
            "keys": json.loads(keys or "[]"),
            "products": json.loads(products or "{}"),
            "revoked": [str(secret) for (secret,) in revoked],
        }
    if len(json.dumps(lists, ensure_ascii=False).encode()) > SHARED_BYTES:
        # The settings event must fit what a desk accepts: revoked secrets are the part that
        # grows; without them the other desks still verify signatures (pretix refuses the
        # revoked ones at push).
        log.warning("platform lists too large for the hub: revoked secrets not carried")
        lists = {source: {**given, "revoked": []} for source, given in lists.items()}
    return lists


def receive_lists(db: pw.SqliteDatabase, lists: dict[str, dict[str, Any]]) -> None:
    """Store the platform lists a hub's settings event carries (checked by its schema)."""
    for source, given in lists.items():
        _put_list(db, source, given.get("rules") or "", given.get("keys") or [],
                  given.get("products") or {})  # fmt: skip
        save_revoked(db, source, given.get("revoked") or [])


def save_revoked(db: pw.SqliteDatabase, source: str, secrets: Iterable[str]) -> None:
    db.cursor().executemany(
        "INSERT OR IGNORE INTO platform_revoked (secret, source) VALUES (?, ?)",
        [(secret, source) for secret in secrets],
    )


def gate_for(db: pw.SqliteDatabase, code: str) -> tuple[ListRules, TicketFacts] | None:
    """The connected list's rules and this ticket's facts; None when the ticket is not a
    platform's or its source has no list."""
    found = db.execute_sql(
        "SELECT t.product, t.variation, t.pending, l.rules, l.products FROM platform_ticket t "
        "JOIN platform_list l ON l.source = t.source WHERE t.code = ?",
        (code,),
    ).fetchone()
    if found is None:
        return None
    rules = _rules(str(found[3] or ""), str(found[4] or ""))
    if rules is None:
        return None
    return rules, TicketFacts(str(found[0]), str(found[1]), bool(found[2]))


def signing(db: pw.SqliteDatabase) -> list[Signing]:
    """Every source with signing keys."""
    out = []
    for source, keys, products in db.execute_sql(
        "SELECT source, keys, products FROM platform_list ORDER BY source"
    ).fetchall():
        given = tuple(str(k) for k in json.loads(keys or "[]"))
        if given:
            out.append(Signing(source, given, json.loads(products or "{}")))
    return out


def revoked(db: pw.SqliteDatabase, code: str) -> bool:
    found = db.execute_sql("SELECT 1 FROM platform_revoked WHERE secret = ?", (code,))
    return found.fetchone() is not None


def days_by_hand(db: pw.SqliteDatabase) -> bool:
    return MetaRow.get_or_none(MetaRow.key == _DAYS_BY_HAND) is not None


def set_days_by_hand(db: pw.SqliteDatabase, by_hand: bool) -> None:
    with db.atomic():
        if by_hand:
            MetaRow.replace(key=_DAYS_BY_HAND, value="1").execute()
        else:
            MetaRow.delete().where(MetaRow.key == _DAYS_BY_HAND).execute()
