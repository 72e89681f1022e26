"""pretix's orders as the desk takes them: attendee rows, ticket facts and other devices' check-ins.

One order (docs.pretix.eu "Orders": the order and order position resources) gives, per ticket
(a position that is not an add-on), an attendee row in the importer's fields, what the check-in
list's rules read (product, variation, order pending), and the position's `checkins` on the
connected list. A ticket whose attendee name was not asked is still a ticket: it takes the best
name pretix gives (the invoice address's; add-ons are not tickets here, they are listed on their
parent's) and the note "name not given — order CODE"; with no name at all it is imported
nameless, findable by order code and e-mail, its badge's name line left blank.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from checkin.core.entities import Direction
from checkin.db.platform_checkins import RemoteCheckIn
from checkin.sync.platform_model import Pull, instant, row

_CANCELLED_ORDER = frozenset({"c", "e"})  # canceled, expired
_NONE = ("", False)  # an item the catalogue does not list


def i18n(value: Any) -> str:
    """pretix's multilingual strings ({"en": …, "de": …}): English, else the first given."""
    if isinstance(value, dict):
        return str(value.get("en") or next((v for v in value.values() if v), ""))
    return "" if value is None else str(value)


@dataclass
class Catalogue:
    """What a pull looks up once: items, variations, questions, and the connected list."""

    items: dict[int, tuple[str, bool]]  # id → (name, check-in attention)
    variations: dict[int, str]
    questions: dict[int, str | None]  # id → attendee field it feeds
    list_id: int | None = None  # the connected check-in list
    list_name: str = ""
    kinds: dict[tuple[Any, Any], str] = field(default_factory=dict)  # (item, variation) → type
    places: dict[tuple[Any, Any], str] = field(default_factory=dict)  # (gate, device) → where


def read_order(order: dict[str, Any], catalogue: Catalogue, out: Pull) -> None:
    """Add the order's tickets to `out`."""
    items, variations, questions = catalogue.items, catalogue.variations, catalogue.questions
    positions = order.get("positions") or []
    invoice = order.get("invoice_address") or {}
    addons: dict[int, list[str]] = {}
    tickets = []
    for position in positions:
        parent = position.get("addon_to")
        if parent is None:
            tickets.append(position)
        elif not position.get("canceled"):
            # An add-on (a workshop, a T-shirt) belongs to its ticket, not a person.
            addons.setdefault(parent, []).append(items.get(position.get("item"), _NONE)[0])
    # What the order says holds for each of its tickets: looked up once per order.
    order_status = order.get("status", "")
    cancelled = order_status in _CANCELLED_ORDER
    # A pending order the organizer marked `valid_if_pending` is admitted as if paid.
    pending = order_status == "n" and not order.get("valid_if_pending")
    unpaid = "Order not paid yet" if pending else ""
    order_code, order_email = order.get("code"), order.get("email")
    order_attention = order.get("checkin_attention")
    for position in tickets:
        get = position.get
        item = get("item")
        variation = get("variation")
        ticket_type = catalogue.kinds.get((item, variation))
        if ticket_type is None:  # the item's name and its variation's, named once each
            ticket_type = catalogue.kinds[item, variation] = " – ".join(
                filter(None, (items.get(item, _NONE)[0], variations.get(variation or -1, "")))
            )
        parts = get("attendee_name_parts") or {}
        full = get("attendee_name") or ""
        notes = unpaid
        if not full and not _named(parts):  # no name asked per ticket: the buyer's, if any
            parts, full = invoice.get("name_parts") or {}, invoice.get("name") or ""
            missing = f"name not given — order {order_code}"
            notes = f"{notes}; {missing}" if notes else missing
            out.unnamed.append(f"{order_code}-{get('positionid')}: {missing}")
        dietary: list[str] = []
        accessibility: list[str] = []
        for given in get("answers") or ():
            target = questions.get(given.get("question"))
            if target is not None and given.get("answer"):
                if target == "dietary":
                    dietary.append(str(given["answer"]))
                elif target == "accessibility":
                    accessibility.append(str(given["answer"]))
        extras = addons.get(get("id"))
        if extras:
            added = "Add-ons: " + ", ".join(filter(None, extras))
            notes = f"{notes}; {added}" if notes else added
        ticket_id = f"{order_code}-{get('positionid')}"
        secret = get("secret")
        out.rows.append(
            row(
                id=ticket_id,
                code=secret,
                first_name=parts.get("given_name") or parts.get("first_name"),
                last_name=parts.get("family_name") or parts.get("last_name"),
                full_name=full or parts.get("full_name"),
                email=get("attendee_email") or order_email,
                company=get("company") or invoice.get("company"),
                ticket_type=ticket_type,
                dietary="; ".join(dietary),
                accessibility="; ".join(accessibility),
                notes=notes,
                status="cancelled" if cancelled or get("canceled") else "valid",
                attention=bool(order_attention or items.get(item, _NONE)[1]),
            )
        )
        if secret:
            out.tickets.append((str(secret), str(item), str(variation or ""), pending))
        if catalogue.list_id is not None:
            _checkins(position, ticket_id, catalogue, out)


def _named(parts: dict[str, Any]) -> bool:
    return any(value for key, value in parts.items() if key != "_scheme")


def _checkins(position: dict[str, Any], ticket_id: str, catalogue: Catalogue, out: Pull) -> None:
    """The position's check-ins on the connected list, as pretix recorded them."""
    for given in position.get("checkins") or ():
        get = given.get
        remote_id = get("id")
        if get("list") != catalogue.list_id or remote_id is None:
            continue
        when = instant(get("datetime"))
        if when is None:
            continue
        gate, device = get("gate"), get("device")
        where = catalogue.places.get((gate, device))
        if where is None:  # named once per gate and device
            where = catalogue.list_name or f"list {catalogue.list_id}"
            where += f" gate {gate}" if gate else ""
            where += f" device {device}" if device else ""
            catalogue.places[gate, device] = where
        direction = Direction.OUT if get("type") == "exit" else Direction.IN
        out.checkins.append(RemoteCheckIn(str(remote_id), ticket_id, when, direction, where))
