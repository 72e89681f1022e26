"""A pretix check-in list's settings as the desk applies them (`checkin.core.list_rules`).

docs.pretix.eu "Check-in lists": `all_products` and `limit_products` (item ids),
`include_pending`, `allow_multiple_entries`, `allow_entry_after_exit`, `exit_all_at` (everyone
checked out each night) and `rules` (JSONLogic).
What the desk cannot evaluate in `rules` is returned by name, for the sync report to say once.
"""

from __future__ import annotations

from typing import Any

from checkin.core.list_rules import ListRules
from checkin.core.rule_logic import unsupported
from checkin.sync.platform_model import EventFacts
from checkin.sync.pretix_orders import i18n


def list_rules(
    given: dict[str, Any], facts: EventFacts | None, products: dict[str, str]
) -> tuple[ListRules, list[str]]:
    """The list's rules, and what in them only pretix can check."""
    logic = given.get("rules") or None
    rules = ListRules(
        platform="pretix",
        name=i18n(given.get("name")) or f"list {given.get('id')}",
        all_products=bool(given.get("all_products", True)),
        products=frozenset(str(item) for item in given.get("limit_products") or ()),
        include_pending=bool(given.get("include_pending")),
        allow_multiple_entries=bool(given.get("allow_multiple_entries")),
        # pretix's default is True: only an explicit False forbids re-entry after an exit.
        allow_entry_after_exit=given.get("allow_entry_after_exit") is not False,
        logic=logic,
        starts=facts.starts if facts else None,
        ends=facts.ends if facts else None,
        product_names={k: v for k, v in products.items() if "/" not in k},
        exits_nightly=bool(given.get("exit_all_at")),
    )
    return rules, sorted(unsupported(logic)) if logic else []
