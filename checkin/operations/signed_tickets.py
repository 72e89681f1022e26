"""Codes no ticket at the desk has, that prove themselves: admitted offline, or refused as such.

A pretix ticket bought after the last pull carries its own proof when the event signs its
secrets (`pretix_sig1`): signed by one of the event's keys, it is admitted with the product the
signature names and the note "bought after the last sync", and the next pull gives it its
order; revoked by pretix, or signed by no key of the event, it is refused as revoked or forged.
A walk-in code signed with this event's secret was issued by a desk not heard from yet (its
registration reaches this desk later over the hub): it is admitted as a walk-in.
"""

from __future__ import annotations

import logging

from checkin.core.entities import Attendee
from checkin.core.signed_codes import parse_sig1
from checkin.core.ticket_codes import UNHEARD_WALK_IN, clean, is_app_code, is_genuine
from checkin.core.verdicts import Outcome, RefusalCode, Verdict
from checkin.db import platform_facts
from checkin.db.repository import Repository

log = logging.getLogger("checkin.desk")

BOUGHT_LATE = "bought after the last sync"


def take_in(repo: Repository, scanned: str) -> Verdict | None:
    """For a code no ticket has: add the ticket its signature proves (then the scan decides as
    for any ticket), or refuse it (revoked, forged). None: nothing to do — a known ticket, or a
    code that proves nothing (the scan answers "unknown")."""
    code = clean(scanned)
    # Most scans are ordinary tickets: only a code shaped as a walk-in or a signed ticket is
    # looked up here, so the scan path reads nothing more for the rest.
    if not code or (not is_app_code(code.upper()) and parse_sig1(code) is None):
        return None
    if repo.attendee_by_code(code) is not None:
        return None
    event = repo.event()
    if event is None:
        return None
    if is_app_code(code.upper()) and is_genuine(event.secret, code.upper()):
        repo.add_attendee(
            Attendee(
                code=code.upper(),
                first_name="",
                last_name="",
                notes=UNHEARD_WALK_IN,
                source="walk-in",
            )
        )
        log.info("walk-in %s from a desk not heard from yet", code.upper())
        return None
    ticket = parse_sig1(code)
    if ticket is None:
        return None
    # Loaded only for a signed code: the crypto and platform modules cost every command ~30 ms.
    from checkin.sync.platform_apply import SIGNED_PREFIX
    from checkin.sync.signatures import verified

    signings = platform_facts.signing(repo.db)
    if not signings:
        return None  # the event does not sign its tickets (or was never pulled): unknown
    for signing in signings:
        if not verified(ticket, signing.keys):
            continue
        if platform_facts.revoked(repo.db, code):
            return _refuse(
                repo,
                code,
                RefusalCode.REVOKED,
                "This ticket was replaced or cancelled on the platform: its code is revoked.",
            )
        products = signing.products
        product = (
            products.get(f"{ticket.item}/{ticket.variation}")
            or products.get(str(ticket.item))
            or f"product {ticket.item}"
        )
        with repo.db.atomic("IMMEDIATE"):
            repo.add_attendee(
                Attendee(
                    code=code,
                    first_name="",
                    last_name="",
                    ticket_type=product,
                    notes=BOUGHT_LATE,
                    source=signing.source,
                    source_id=SIGNED_PREFIX + ticket.seed,
                )
            )
            # The list's product rules apply to it as to any pulled ticket.
            variation = str(ticket.variation) if ticket.variation else ""
            platform_facts.save_tickets(
                repo.db, signing.source, [(code, str(ticket.item), variation, False)], False
            )
        log.info("signed ticket %s… admitted before the pull knew it", code[:12])
        return None
    return _refuse(
        repo,
        code,
        RefusalCode.FORGED,
        "This ticket's signature is not the event's: the code may be forged.",
    )


def _refuse(repo: Repository, code: str, reason: RefusalCode, message: str) -> Verdict:
    with repo.db.atomic("IMMEDIATE"):
        repo.audit("refuse", detail={"code": code[:120], "reason": str(reason)})
    return Verdict(Outcome.REFUSED, message, code=reason)
