"""Sending the desk's check-ins (and undos) of the connected platform's attendees to it.

Oldest first, one at a time, each recorded as soon as the platform answered: when the
connection drops halfway, what was sent stays sent and the rest goes next time. Before each
request the check-in is marked 'sending' (committed), so that a check-in whose answer was lost
is re-sent in a way that cannot count it twice: pretix by its `nonce` (the check-in's uuid),
Tito by looking for it among the list's check-ins first. A check-in undone before it was ever
sent is withdrawn without a word to the platform.

Every check-in reaches the platform once, whichever desks hold the connection: a desk sends its
own at once, and another desk's (merged, or received from the venue hub) only once it is
`OTHER_DESK_GRACE` old — time for the desk that made it to send it, if that desk is connected —
and then as a check-in that may have arrived already: pretix counts the same nonce once, Tito's
list is searched for it before anything is sent.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from checkin.db import platform_store
from checkin.db.platform_store import Pending
from checkin.db.repository import Repository
from checkin.sync.connection import Connection
from checkin.sync.eventbrite_api import PULL_ONLY
from checkin.sync.model import SyncError
from checkin.sync.platform_model import OFFLINE_AFTER, PlatformApi, PushItem
from checkin.sync.platform_pull import platform_api

log = logging.getLogger("checkin.sync")

# The desk that made a check-in pushes it a few seconds later (the window's PUSH_AFTER_MS);
# the hub brings it to the other desks within a second or two. Well past both.
OTHER_DESK_GRACE = timedelta(minutes=2)


@dataclass
class PushReport:
    platform: str
    sent: int = 0
    undone: int = 0
    refused: list[str] = field(default_factory=list)  # one sentence per refused check-in
    withdrawn: int = 0
    left: int = 0  # not sent because the platform stopped answering
    waiting: int = 0  # other desks' check-ins left, for now, to the desk that made them
    stopped: str = ""  # why the push stopped early ("" when it went through)

    def as_json(self) -> dict[str, Any]:
        return {
            "platform": self.platform,
            "sent": self.sent,
            "undone": self.undone,
            "refused": self.refused,
            "withdrawn": self.withdrawn,
            "left": self.left,
            "waiting": self.waiting,
            "stopped": self.stopped or None,
        }


class PullOnly(SyncError):
    """The platform documents no check-in write."""


def push_checkins(
    repo: Repository, connection: Connection, api: PlatformApi | None = None
) -> PushReport:
    api = api or platform_api(connection)
    report = PushReport(api.name)
    if not api.can_push:
        raise PullOnly(PULL_ONLY)
    todo = platform_store.pending(repo, connection.source, with_exits=api.pushes_exits)
    api.start_push()
    try:
        _send_all(repo, connection, api, todo, report)
    finally:
        api.client.close()
    if todo and not report.stopped:
        platform_store.mark_pushed(repo, connection.source, repo.clock())
    return report


def _send_all(
    repo: Repository,
    connection: Connection,
    api: PlatformApi,
    todo: list[Pending],
    report: PushReport,
) -> None:
    now = repo.clock()
    for position, pending in enumerate(todo):
        since = pending.undone_at if pending.undo else pending.at
        if not pending.made_here and since is not None and now - since < OTHER_DESK_GRACE:
            report.waiting += 1
            continue
        if pending.state is None and pending.undone_at is not None:
            # Taken back before the platform ever heard of it: nothing to tell it.
            platform_store.mark(repo, connection.source, pending.uuid, "withdrawn", repo.clock())
            report.withdrawn += 1
            continue
        try:
            _send(repo, connection, api, pending, report)
        except SyncError as error:
            report.stopped = str(error)
            report.left = len(todo) - position
            log.info("push to %s stopped: %s", api.name, error)
            break


def _send(
    repo: Repository, connection: Connection, api: PlatformApi, pending: Pending, report: PushReport
) -> None:
    item = PushItem(
        uuid=pending.uuid,
        code=pending.code,
        ticket_id=pending.ticket_id,
        direction=pending.direction,
        at=pending.at,
        undo=pending.undo,
        undone_at=pending.undone_at,
        remote_id=pending.remote_id,
        # Its answer was lost, or another desk may have sent it: it may be there already.
        uncertain=pending.state == "sending" or not pending.made_here,
        late=repo.clock() - pending.at > OFFLINE_AFTER,
        override=pending.override,
    )
    if not item.undo:
        platform_store.mark(repo, connection.source, item.uuid, "sending", repo.clock())
    result = api.push_one(item)
    if item.undo:
        platform_store.mark_undo(repo, item.uuid, result.state, repo.clock(), result.message)
        if result.state == "sent":
            report.undone += 1
    else:
        platform_store.mark(
            repo, connection.source, item.uuid, result.state, repo.clock(),
            remote_id=result.remote_id, message=result.message,
        )  # fmt: skip
        if result.state == "sent":
            report.sent += 1
    if result.state == "refused":
        attendee = repo.attendee_by_code(item.code)
        who = attendee.display_name if attendee is not None else item.code[:40]
        what = "undo of the check-in" if item.undo else "check-in"
        report.refused.append(f"{who}: {what} at {item.at:%Y-%m-%d %H:%M} UTC — {result.message}")
    # A check-in undone after a send whose answer was lost: now that it is sent, take it back.
    if not item.undo and result.state == "sent" and pending.undone_at is not None:
        undo = PushItem(**{**item.__dict__, "undo": True, "remote_id": result.remote_id,
                           "uncertain": False})  # fmt: skip
        second = api.push_one(undo)
        platform_store.mark_undo(repo, item.uuid, second.state, repo.clock(), second.message)
        report.undone += second.state == "sent"
