"""The connected check-in list's rules, decided at the desk as the ticketing platform would.

pretix's check-in lists say which products they admit (`all_products`/`limit_products`),
whether an unpaid (pending) order may enter (`include_pending`, then only past an organizer's
override, which the push repeats as `ignore_unpaid`), whether a ticket may enter more than
once (`allow_multiple_entries`, `allow_entry_after_exit`) and, in `rules`, custom conditions
(`checkin.core.rule_logic`). Tito's lists name the releases they admit. The order of the checks
and the reason codes are pretix's own (`perform_checkin`): product, unpaid, rules, already
redeemed. Everything here is pure: the repository hands in the facts, this says yes or no.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from checkin.core.entities import CheckIn, Direction, Event
from checkin.core.rule_logic import Context, Unsupported, evaluate
from checkin.core.verdicts import RefusalCode


@dataclass(frozen=True)
class ListRules:
    platform: str  # "pretix" | "Tito": named in refusals
    name: str  # the list's name
    all_products: bool = True
    products: frozenset[str] = frozenset()  # product ids admitted when not `all_products`
    include_pending: bool = False
    allow_multiple_entries: bool = False
    allow_entry_after_exit: bool = True
    logic: Any = None  # pretix's JSONLogic `rules`; None or {} for none
    starts: datetime | None = None  # the event's start and end, for time rules (UTC)
    ends: datetime | None = None
    product_names: dict[str, str] = field(default_factory=dict)  # id → name, for sentences
    # pretix's `exit_all_at`: everyone is checked out each night, so only today's entries count.
    exits_nightly: bool = False

    @property
    def has_logic(self) -> bool:
        return bool(self.logic)


@dataclass(frozen=True)
class TicketFacts:
    """What the platform says of one ticket beyond the attendee row."""

    product: str  # pretix item id, Tito release id
    variation: str = ""
    pending: bool = False  # the order is not paid yet


@dataclass(frozen=True)
class ListAnswer:
    """A refusal (`code` set), or an admission that used the organizer's override."""

    code: RefusalCode | None
    message: str
    override_used: bool = False


def judge(
    rules: ListRules,
    facts: TicketFacts,
    history: Sequence[CheckIn],
    now: datetime,
    event: Event,
    name: str,
    override: bool = False,
) -> ListAnswer | None:
    """The list's answer to an entry of this ticket now, before the desk's own "already in":
    None when the list has nothing against it."""
    where = f'{rules.platform} list "{rules.name}"'
    if not rules.all_products and facts.product not in rules.products:
        product = rules.product_names.get(facts.product) or "this product"
        text = f"{name}'s ticket ({product}) is not valid on the {where}."
        return ListAnswer(RefusalCode.PRODUCT, text)
    used = False
    if facts.pending:
        if not rules.include_pending:
            return ListAnswer(
                RefusalCode.UNPAID,
                f"{name}'s order is not paid yet, and the {where} does not admit unpaid orders.",
            )
        if not override:
            return ListAnswer(
                RefusalCode.UNPAID,
                f"{name}'s order is not paid yet. An organizer can check them in anyway.",
            )
        used = True
    live = [c for c in history if not c.undone]
    if rules.exits_nightly:
        today = event.day_of(now)
        live = [c for c in live if event.day_of(c.at) == today]
    entries = [c for c in live if c.direction is Direction.IN]
    if rules.has_logic:
        context = Context(
            now=now,
            zone=event.zone,
            product=facts.product,
            variation=facts.variation,
            entries=[c.at for c in entries],
            starts=rules.starts,
            ends=rules.ends,
        )
        try:
            allowed = bool(evaluate(rules.logic, context))
        except Unsupported:
            allowed = True  # named once at sync: "checked only by pretix"
        if not allowed:
            text = f"The {where} does not admit {name} now (its rules say no)."
            return ListAnswer(RefusalCode.RULES, text)
    if entries and not rules.allow_multiple_entries:
        last = max(live, key=lambda c: c.at)
        if not (rules.allow_entry_after_exit and last.direction is Direction.OUT):
            first = min(entries, key=lambda c: c.at)
            when = event.local_time(first.at).strftime("%a %d %b %H:%M").replace(" 0", " ")
            return ListAnswer(
                RefusalCode.ALREADY_IN,
                f"{name} was already admitted on the {where}: {when} at {first.desk}.",
            )
    if used:
        text = f"{name}'s order is not paid yet: admitted by organizer override."
        return ListAnswer(None, text, override_used=True)
    return None


def rules_text(rules: ListRules) -> str:
    """The rules as the desk stores them and a hub carries them (JSON; the product names apart)."""
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


def rules_from_text(text: str, products: dict[str, str]) -> ListRules:
    """The rules `rules_text` wrote; ValueError (or KeyError, TypeError) when `text` is not."""
    data: dict[str, Any] = json.loads(text)
    starts, ends = data.get("starts"), data.get("ends")
    return ListRules(
        platform=str(data["platform"]),
        name=str(data["name"]),
        all_products=bool(data["all_products"]),
        products=frozenset(str(p) for p in data["products"]),
        include_pending=bool(data["include_pending"]),
        allow_multiple_entries=bool(data["allow_multiple_entries"]),
        allow_entry_after_exit=bool(data["allow_entry_after_exit"]),
        logic=data.get("logic"),
        starts=_aware(datetime.fromisoformat(starts)) if starts else None,
        ends=_aware(datetime.fromisoformat(ends)) if ends else None,
        product_names={str(k): str(v) for k, v in products.items()},
        exits_nightly=bool(data.get("exits_nightly")),
    )


def _aware(when: datetime) -> datetime:
    if when.tzinfo is None:
        raise ValueError("a time without a zone")
    return when
