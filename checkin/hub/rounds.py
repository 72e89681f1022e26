"""One round of a desk with its hub: check the hub, push what it lacks, pull what is new.

The order matters in two places. A desk that meets a hub for the first time (joining, or a hub
recreated empty) pulls before it pushes: it takes in the hub's settings and list before its own
copies could be mistaken for newer ones. And pulled events are applied in the hub's order.

A round costs what it carries, whatever waits on the hub: it pulls at most `batches` budgeted
batches (`exchange.pull`: events and bytes), checks each row at the boundary
(`checkin.hub.intake`) — a row that does not fit is set aside with its reason, never applied,
never pulled again — and applies the rest in short transactions, so a scan at this desk gets
the database between them. `RoundReport.more` says the hub has more: the live link goes on at
once, a command leaves the rest to the next round. Events about a person or a movement this
desk does not know yet wait (`hub_backlog`) and are looked at again only when that arrives.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from checkin import __version__
from checkin.core.desk_events import ApplyReport
from checkin.db import hub_backlog, hub_state, shared_list
from checkin.db.event_apply import apply_events
from checkin.db.repository import Repository
from checkin.hub import desk_roles, exchange, intake, schema
from checkin.hub.exchange import Pulled
from checkin.hub.schema import Conn

log = logging.getLogger("checkin.hub")

PUSH_BATCH = 500
PULL_EVENTS = 200  # per batch; with PULL_BYTES, what one batch may bring
PULL_BYTES = 4 * 1024 * 1024
APPLY_CHUNK = 100  # events per applying transaction: a scan never waits long for the lock
# Between two applying transactions the round steps aside this long, so that a scan on another
# thread of the desk gets the write lock and the interpreter before the next one starts.
BREATHER = 0.005


@dataclass
class RoundReport:
    pushed: int = 0  # events the hub now has from this desk
    applied: int = 0  # events from other desks taken in here
    received: list[Pulled] = field(default_factory=list)  # those, as pulled
    waiting: int = 0  # events still to push (0 after a full round)
    new_hub: bool = False
    set_aside: list[intake.SetAside] = field(default_factory=list)  # rows that did not fit
    more: bool = False  # the hub holds more than this round pulled


def bind(conn: Conn, repo: Repository) -> schema.HubInfo:
    """The hub, checked: same schema, same event (claimed for this desk's if it has none)."""
    info = schema.identify(conn)
    event = repo.event()
    if event is not None:
        info = schema.bind_event(conn, info, event.name)
    return info


def sync_round(
    conn: Conn, repo: Repository, *, push: bool = True, pull: bool = True,
    on_received: Callable[[list[Pulled]], None] | None = None, batches: int | None = 1,
) -> RoundReport:  # fmt: skip
    """`batches`: how many pulled batches at most (None: until the hub has nothing newer)."""
    report = RoundReport()
    info = bind(conn, repo)
    me = desk_roles.whoami(conn)  # None: the owner's connection, which may send any desk's
    report.new_hub = hub_state.adopt_hub(repo, info.hub_id)
    if report.new_hub:
        log.info("desk %s meets hub %s: resending its history", repo.desk, info.hub_id)
        _pull(conn, repo, report, on_received, None)
    if push:
        shared_list.changed_snapshots(repo)
        _push(conn, repo, report, me, batches)
    if pull and not report.new_hub:
        _pull(conn, repo, report, on_received, batches)
    if report.new_hub and repo.event() is not None:
        bind(conn, repo)  # a desk that had no event has the hub's now
    exchange.touch_desk(conn, repo.desk, __version__)
    report.waiting = hub_state.off_hub_count(repo, me)
    return report


def _push(
    conn: Conn, repo: Repository, report: RoundReport, me: str | None, batches: int | None
) -> None:
    """Push in batches, each its own transaction on both sides and acknowledged at once, so a
    long catch-up makes progress round after round under the link's watchdog."""
    done = 0
    while events := hub_state.off_hub(PUSH_BATCH, me):
        numbers = exchange.push(conn, events)
        hub_state.record_pushed(repo, numbers, repo.clock())
        report.pushed += len(numbers)
        done += 1
        if len(events) < PUSH_BATCH:
            return
        if batches is not None and done >= batches:
            report.more = True  # the rest goes in the next round, at once
            return


def _pull(
    conn: Conn, repo: Repository, report: RoundReport,
    on_received: Callable[[list[Pulled]], None] | None, batches: int | None,
) -> None:  # fmt: skip
    _offer_kept(repo, report, on_received)
    cursor = hub_state.state(repo).cursor
    done = 0
    while batches is None or done < batches:
        batch = exchange.pull(conn, cursor, own=repo.desk, limit=PULL_EVENTS, budget=PULL_BYTES)
        rows = batch.rows
        if not rows:
            return
        good, bad = intake.sort_out(rows)
        cursor = rows[-1].seq
        _take(repo, report, good, on_received)
        hub_state.record_batch(repo, cursor, repo.clock(), [a.kept() for a in bad])
        report.set_aside += bad
        done += 1
        if not batch.more:
            return
        if batches is not None and done >= batches:
            report.more = True


def _take(
    repo: Repository, report: RoundReport, pulled: list[Pulled],
    on_received: Callable[[list[Pulled]], None] | None,
) -> None:  # fmt: skip
    """Apply in short transactions; then whatever waited for what they brought."""
    todo, rounds = pulled, 0
    # What waits is woken only by what it needs, so it applies when woken; the bound is a guard.
    while todo and rounds < 50:
        rounds += 1
        taken: list[Pulled] = []
        tickets: set[str] = set()
        movements: set[str] = set()
        for n, chunk in enumerate(_chunks(todo)):
            if n:
                time.sleep(BREATHER)
            applied = apply_events(repo, [p.event for p in chunk])
            _after_apply(repo, chunk, applied)
            missing = {e.uuid for e in applied.not_yet}
            taken += [p for p in chunk if p.event.uuid not in missing]
            tickets |= applied.new_tickets
            movements |= applied.new_movements
            report.applied += applied.applied
        received = [p for p in taken if p.event.desk != repo.desk]
        report.received += received
        if on_received is not None and received:
            on_received(received)
        # Waiting events that what was just taken in lets apply.
        todo = [Pulled(seq, e, e.at) for seq, e in hub_backlog.ready(repo, tickets, movements)]


def _chunks(pulled: list[Pulled]) -> list[list[Pulled]]:
    """Transactions of about APPLY_CHUNK rows' work each: a list event counts its people."""
    chunks: list[list[Pulled]] = [[]]
    weight = 0
    for item in pulled:
        people = item.event.data.get("attendees")
        cost = max(1, len(people)) if isinstance(people, list) else 1
        if chunks[-1] and weight + cost > APPLY_CHUNK:
            chunks.append([])
            weight = 0
        chunks[-1].append(item)
        weight += cost
    return [chunk for chunk in chunks if chunk]


def _after_apply(repo: Repository, chunk: list[Pulled], applied: ApplyReport) -> None:
    with repo.db.atomic("IMMEDIATE"):
        if applied.settings:
            shared_list.settings_received(repo)
        seqs = {p.event.uuid: p.seq for p in chunk}
        hub_backlog.keep_waiting(repo, [(seqs[e.uuid], e) for e in applied.not_yet])
        missing = {e.uuid for e in applied.not_yet}
        hub_state.numbered(repo, {u: s for u, s in seqs.items() if u not in missing})
        hub_backlog.done_waiting(repo, [p.seq for p in chunk if p.event.uuid not in missing])
    if applied.not_yet:
        log.info("%d events wait for what they are about", len(applied.not_yet))


def _offer_kept(
    repo: Repository, report: RoundReport,
    on_received: Callable[[list[Pulled]], None] | None,
) -> None:  # fmt: skip
    """Events kept for a later release, offered again once this release knows their kind."""
    kept = hub_backlog.later_known(repo)
    if not kept:
        return
    rows = [intake.raw_row(seq, row) for seq, row in kept]
    good, bad = intake.sort_out(rows)
    with repo.db.atomic("IMMEDIATE"):
        hub_backlog.release(repo, [seq for seq, _row in kept])
        hub_backlog.set_aside(repo, [a.kept() for a in bad], repo.clock())
    _take(repo, report, good, on_received)
