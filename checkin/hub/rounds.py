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

A round is as few trips to the hub as it can be: one `hello` (the hub, who this connection writes
as, how many desks), one push statement when this desk has something to send, one pull. The live
link says when nothing was written here since its last round (`local=False`: the hub woke it),
when the hello it had a moment ago on the same connection still holds (`known`: a hub made anew
or a desk revoked is seen at the next full round, and a push or pull meanwhile is harmless:
pushes are idempotent, and a new hub is answered by pushing and pulling everything again), and
how often to tell the hub this desk is alive (`touch`: a write at the hub, so not every round).
Each applied chunk is one short transaction at the desk, the pulled batch's cursor recorded in
its last one; between chunks a scan waiting at this desk goes first.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from checkin import __version__
from checkin.core.desk_events import ApplyReport, EventKind
from checkin.db import hub_backlog, hub_state, shared_list
from checkin.db.connection import DeskDatabase
from checkin.db.event_apply import apply_events
from checkin.db.hub_backlog import Aside
from checkin.db.repository import Repository
from checkin.hub import exchange, intake, schema
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
    hello: schema.Hello | None = None  # what the hub said at the round's start


def bind(conn: Conn, repo: Repository) -> schema.HubInfo:
    """The hub, checked: same schema, same event (claimed for this desk's if it has none)."""
    return _bound(conn, repo, schema.identify(conn))


def _bound(conn: Conn, repo: Repository, info: schema.HubInfo) -> schema.HubInfo:
    name = hub_state.event_name(repo)
    return info if name is None else schema.bind_event(conn, info, name)


def sync_round(
    conn: Conn, repo: Repository, *, push: bool = True, pull: bool = True,
    on_received: Callable[[list[Pulled]], None] | None = None, batches: int | None = 1,
    local: bool = True, touch: bool = True, known: schema.Hello | None = None,
) -> RoundReport:  # fmt: skip
    """`batches`: how many pulled batches at most (None: until the hub has nothing newer).
    `local=False`: nothing was written here since the last round, only the hub has news.
    `touch`: tell the hub this desk is alive. `known`: this connection's hello, still good."""
    report = RoundReport()
    hello = report.hello = known or schema.hello(conn)
    info = hello.info if known else _bound(conn, repo, hello.info)
    me = hello.me  # None: the owner's connection, which may send any desk's
    report.new_hub = hub_state.adopt_hub(repo, info.hub_id)
    if report.new_hub:
        log.info("desk %s meets hub %s: resending its history", repo.desk, info.hub_id)
        _pull(conn, repo, report, on_received, None)
    if push and (local or report.new_hub):
        shared_list.changed_snapshots(repo)
        _push(conn, repo, report, me, batches)
    if pull and not report.new_hub:
        _pull(conn, repo, report, on_received, batches)
    if report.new_hub and repo.event() is not None:
        bind(conn, repo)  # a desk that had no event has the hub's now
    if touch:
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
        kept, at = [a.kept() for a in bad], repo.clock()

        def recorded(cursor: int = cursor, at: datetime = at, kept: list[Aside] = kept) -> None:
            hub_state.record_batch(repo, cursor, at, kept)

        _take(repo, report, good, on_received, recorded)
        report.set_aside += bad
        done += 1
        if not batch.more:
            return
        if batches is not None and done >= batches:
            report.more = True


def _take(
    repo: Repository, report: RoundReport, pulled: list[Pulled],
    on_received: Callable[[list[Pulled]], None] | None,
    recorded: Callable[[], None] | None = None,
) -> None:  # fmt: skip
    """Apply in short transactions (`recorded` runs in the last one); then whatever waited for
    what they brought."""
    todo, rounds = pulled, 0
    # What waits is woken only by what it needs, so it applies when woken; the bound is a guard.
    while (todo or recorded is not None) and rounds < 50:
        rounds += 1
        taken: list[Pulled] = []
        tickets: set[str] = set()
        movements: set[str] = set()
        chunks = _chunks(todo) or [[]]
        for n, chunk in enumerate(chunks):
            if n:
                time.sleep(BREATHER)
                if isinstance(repo.db, DeskDatabase):
                    repo.db.yield_to_writers()  # a scan waiting at this desk goes first
            with repo.db.atomic("IMMEDIATE"):
                applied = apply_events(repo, [p.event for p in chunk])
                _after_apply(repo, chunk, applied)
                if recorded is not None and n == len(chunks) - 1:
                    recorded()
                    recorded = None
            if applied.not_yet:
                log.info("%d events wait for what they are about", len(applied.not_yet))
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
    """Inside the applying transaction: what the chunk leaves to remember."""
    if applied.settings:
        shared_list.settings_received(repo)
    seqs = {p.event.uuid: p.seq for p in chunk}
    hub_backlog.keep_waiting(repo, [(seqs[e.uuid], e) for e in applied.not_yet])
    missing = {e.uuid for e in applied.not_yet}
    hub_state.numbered(repo, {u: s for u, s in seqs.items() if u not in missing})
    hub_backlog.done_waiting(repo, [p.seq for p in chunk if p.event.uuid not in missing])
    hub_state.note_homes(repo, {p.event.uuid: p.home for p in chunk
                                if p.home and p.event.kind is EventKind.CHECKIN})  # fmt: skip


# Kept events can become applicable only when this release is newer than the one that kept
# them, i.e. once per process start: the databases whose kept rows were offered since.
_offered: set[str] = set()


def _offer_kept(
    repo: Repository, report: RoundReport,
    on_received: Callable[[list[Pulled]], None] | None,
) -> None:  # fmt: skip
    """Events kept for a later release, offered again once this release knows their kind."""
    if repo.db.database in _offered:
        return
    kept = hub_backlog.later_known(repo)
    _offered.add(repo.db.database)
    if not kept:
        return
    rows = [intake.raw_row(seq, row) for seq, row in kept]
    good, bad = intake.sort_out(rows)
    with repo.db.atomic("IMMEDIATE"):
        hub_backlog.release(repo, [seq for seq, _row in kept])
        hub_backlog.set_aside(repo, [a.kept() for a in bad], repo.clock())
    _take(repo, report, good, on_received)
