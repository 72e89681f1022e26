"""What the desk keeps of a ticketing platform besides the attendee list, to answer as it would.

Each ticket's product and whether its order is paid (`platform_ticket`, by ticket code), the
connected check-in list's rules, the event's signing keys and the products' names
(`platform_list`, one row per source), and the signed tickets the platform revoked
(`platform_revoked`). A pull writes them in its own transaction; a scan reads them in its.
Whether the event's days were set by hand (`checkin event --days`) is kept in the meta table:
then pulls no longer move them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import peewee as pw

from checkin.core.list_rules import ListRules, TicketFacts
from checkin.db.models import MetaRow

_DAYS_BY_HAND = "event_days_by_hand"


@dataclass(frozen=True)
class Signing:
    """What verifies a signed ticket the desk has never seen, and names what it carries."""

    source: str
    keys: tuple[str, ...]
    products: dict[str, str]  # product id → name (a variation is "item/variation")


def rules_json(rules: ListRules) -> str:
    return json.dumps(
        {
            "platform": rules.platform,
            "name": rules.name,
            "all_products": rules.all_products,
            "products": sorted(rules.products),
            "include_pending": rules.include_pending,
            "allow_multiple_entries": rules.allow_multiple_entries,
            "allow_entry_after_exit": rules.allow_entry_after_exit,
            "logic": rules.logic,
            "starts": rules.starts.isoformat() if rules.starts else None,
            "ends": rules.ends.isoformat() if rules.ends else None,
            "exits_nightly": rules.exits_nightly,
        },
        ensure_ascii=False,
    )


def _rules(text: str, products: dict[str, str]) -> ListRules | None:
    if not text:
        return None
    data: dict[str, Any] = json.loads(text)
    return ListRules(
        platform=str(data["platform"]),
        name=str(data["name"]),
        all_products=bool(data["all_products"]),
        products=frozenset(str(p) for p in data["products"]),
        include_pending=bool(data["include_pending"]),
        allow_multiple_entries=bool(data["allow_multiple_entries"]),
        allow_entry_after_exit=bool(data["allow_entry_after_exit"]),
        logic=data.get("logic"),
        starts=datetime.fromisoformat(data["starts"]) if data.get("starts") else None,
        ends=datetime.fromisoformat(data["ends"]) if data.get("ends") else None,
        product_names=products,
        exits_nightly=bool(data.get("exits_nightly")),
    )


def save_tickets(
    db: pw.SqliteDatabase,
    source: str,
    tickets: Iterable[tuple[str, str, str, bool]],
    complete: bool,
) -> None:
    """(code, product, variation, pending) of the pulled tickets; call in the pull's
    transaction. A whole pull replaces the source's tickets, a partial one adds to them."""
    if complete:
        db.execute_sql("DELETE FROM platform_ticket WHERE source = ?", (source,))
    rows = [(code, source, product, variation, int(pending))
            for code, product, variation, pending in tickets]  # fmt: skip
    db.cursor().executemany(
        "INSERT INTO platform_ticket (code, source, product, variation, pending) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET source = excluded.source, "
        "product = excluded.product, variation = excluded.variation, pending = excluded.pending",
        rows,
    )


def save_list(
    db: pw.SqliteDatabase,
    source: str,
    rules: ListRules | None,
    keys: Iterable[str],
    products: dict[str, str],
) -> None:
    db.execute_sql(
        "INSERT INTO platform_list (source, rules, keys, products) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (source) DO UPDATE SET rules = excluded.rules, keys = excluded.keys, "
        "products = excluded.products",
        (
            source,
            rules_json(rules) if rules is not None else "",
            json.dumps(list(keys)),
            json.dumps(products, ensure_ascii=False),
        ),
    )


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
    rules = _rules(found[3], json.loads(found[4] or "{}"))
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
