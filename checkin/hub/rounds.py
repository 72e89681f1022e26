"""One round of a desk with its hub: check the hub, push what it lacks, pull what is new.

The order matters in two places. A desk that meets a hub for the first time (joining, or a hub
recreated empty) pulls before it pushes: it takes in the hub's settings and list before its own
copies could be mistaken for newer ones. And pulled events are applied in the hub's order,
those about a person this desk does not know yet kept aside (`hub_state.waiting`) and retried
with every later pull, so nothing is lost when a check-in arrives before the list it needs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from checkin import __version__
from checkin.core.desk_events import SHARED_KINDS
from checkin.db import event_log, hub_state, shared_list
from checkin.db.event_apply import apply_events
from checkin.db.repository import Repository
from checkin.hub import exchange, schema
from checkin.hub.exchange import Pulled
from checkin.hub.schema import Conn

log = logging.getLogger("checkin.hub")

PUSH_BATCH = 1000


@dataclass
class RoundReport:
    pushed: int = 0  # events the hub now has from this desk
    applied: int = 0  # events from other desks taken in here
    received: list[Pulled] = field(default_factory=list)  # those, as pulled
    waiting: int = 0  # events still to push (0 after a full round)
    new_hub: bool = False


def bind(conn: Conn, repo: Repository) -> schema.HubInfo:
    """The hub, checked: same schema, same event (claimed for this desk's if it has none)."""
    info = schema.identify(conn)
    event = repo.event()
    if event is not None:
        info = schema.bind_event(conn, info, event.name)
    return info


def sync_round(
    conn: Conn, repo: Repository, *, push: bool = True, pull: bool = True,
    on_received: Callable[[list[Pulled]], None] | None = None,
) -> RoundReport:  # fmt: skip
    report = RoundReport()
    info = bind(conn, repo)
    report.new_hub = hub_state.adopt_hub(repo, info.hub_id)
    if report.new_hub:
        log.info("desk %s meets hub %s: resending its history", repo.desk, info.hub_id)
        _pull(conn, repo, report, on_received)
    if push:
        shared_list.changed_snapshots(repo)
        _push(conn, repo, report)
    if pull and not report.new_hub:
        _pull(conn, repo, report, on_received)
    if report.new_hub and repo.event() is not None:
        bind(conn, repo)  # a desk that had no event has the hub's now
    exchange.touch_desk(conn, repo.desk, __version__)
    report.waiting = hub_state.off_hub_count(repo)
    return report


def _push(conn: Conn, repo: Repository, report: RoundReport) -> None:
    while events := hub_state.off_hub(PUSH_BATCH):
        numbers = exchange.push(conn, events)
        hub_state.record_pushed(repo, numbers, repo.clock())
        report.pushed += len(numbers)
        if len(events) < PUSH_BATCH:
            break


def _pull(
    conn: Conn, repo: Repository, report: RoundReport,
    on_received: Callable[[list[Pulled]], None] | None,
) -> None:  # fmt: skip
    cursor = hub_state.state(repo).cursor
    waiting = hub_state.waiting(repo)
    while True:
        batch = exchange.pull(conn, cursor)
        candidates = sorted(
            [Pulled(seq, e, e.at) for seq, e in waiting] + batch, key=lambda p: p.seq
        )
        if not candidates:
            break
        before = event_log.known(p.event.uuid for p in candidates)
        fresh = [p for p in candidates if p.event.uuid not in before]
        if fresh:
            applied = apply_events(repo, [p.event for p in fresh])
            if applied.settings or applied.lists:
                # What arrived is shared already: only a later change here is sent as new.
                kinds = tuple({p.event.kind for p in fresh if p.event.kind in SHARED_KINDS})
                shared_list.remember_current(repo, kinds)
        after = event_log.known(p.event.uuid for p in candidates)
        taken = [p for p in fresh if p.event.uuid in after]
        waiting = [(p.seq, p.event) for p in candidates if p.event.uuid not in after]
        hub_state.keep_waiting(repo, waiting)
        if batch:
            cursor = batch[-1].seq
        hub_state.record_pulled(
            repo, {p.event.uuid: p.seq for p in candidates if p.event.uuid in after},
            cursor, repo.clock(),
        )  # fmt: skip
        report.applied += len(taken)
        received = [p for p in taken if p.event.desk != repo.desk]
        report.received += received
        if on_received is not None and received:
            on_received(received)
        if not batch:
            break  # the hub has nothing newer; what still waits is retried next round
    if waiting:
        log.info("%d events wait for what they are about", len(waiting))
