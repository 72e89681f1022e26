"""Pulling the attendee list from the connected platform's API into the home.

The platform's attendees become a table of the importer's own fields and go through the same
sync as an export file: checked, all or nothing, safe to repeat, check-ins and badge-name
corrections untouched, and (on a whole pull) people gone from the list cancelled, not deleted.
The first pull is whole; later ones ask only for what changed since the stored cursor, which is
written in the same transaction as the list.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from checkin.core.entities import utc_now
from checkin.db import platform_store
from checkin.db.repository import Repository
from checkin.sync.api_client import DEADLINE_SECONDS, ApiClient
from checkin.sync.connection import Connection
from checkin.sync.engine import run_sync
from checkin.sync.eventbrite_api import EventbriteApi
from checkin.sync.model import Progress, SyncError, SyncReport, Table
from checkin.sync.platform_apply import adopt_signed, write_extras
from checkin.sync.platform_model import COLUMNS, PlatformApi, Pull, pick_list
from checkin.sync.pretix_api import PretixApi
from checkin.sync.tables import paused_gc
from checkin.sync.tito_api import TitoApi

log = logging.getLogger("checkin.sync")

# Each platform's documented Authorization header.
_AUTH: dict[str, Callable[[str], str]] = {
    "pretix": lambda token: f"Token {token}",
    "eventbrite": lambda token: f"Bearer {token}",
    "tito": lambda token: f"Token token={token}",
}


def platform_api(connection: Connection, deadline_s: float = DEADLINE_SECONDS) -> PlatformApi:
    """The connected platform's adapter, with a client that carries the token to its host only."""
    client = ApiClient(
        platform={"pretix": "pretix", "eventbrite": "Eventbrite", "tito": "Tito"}[
            connection.platform
        ],
        auth_header=_AUTH[connection.platform](connection.token),
        auth_host=connection.host,
        deadline_s=deadline_s,
    )
    if connection.platform == "pretix":
        return PretixApi(client, connection.url, chosen_list=connection.check_in_list)
    if connection.platform == "eventbrite":
        return EventbriteApi(client, connection.url)
    return TitoApi(client, connection.url, chosen_list=connection.check_in_list)


def check_connection(connection: Connection, wanted_list: str = "") -> tuple[Connection, str]:
    """Ask the platform for the event with the token, and settle the check-in list the desk's
    check-ins will count on (`wanted_list`, its id or name; else the event's first): the
    connection to save, and one sentence naming what was found. `SyncError` refuses a list the
    event does not have, naming those it has."""
    api = platform_api(replace(connection, check_in_list="", check_in_list_name=""))
    try:
        found = api.check()
        if not api.can_push:
            if wanted_list:
                raise SyncError(
                    f"{api.name} has no check-in lists: its check-ins stay on the desk."
                )
            return connection, found
        lists = api.lists()
        chosen = pick_list(api.name, wanted_list, lists) if wanted_list else None
        chosen = chosen or (lists[0] if lists else None)
    finally:
        api.client.close()
    if chosen is None:  # none yet: the first one the event has when check-ins are sent
        return replace(connection, check_in_list="", check_in_list_name=""), found
    settled = replace(connection, check_in_list=chosen.id, check_in_list_name=chosen.name)
    return settled, f"{found}, check-in list {chosen}"


def as_table(connection: Connection, pull: Pull) -> Table:
    return Table(
        location=connection.url,
        columns=COLUMNS,
        rows=tuple(pull.rows),
        numbers=tuple(range(1, len(pull.rows) + 1)),
        kind="api",
        fetched_at=utc_now(),
    )


def pull_list(
    repo: Repository,
    connection: Connection,
    *,
    api: PlatformApi | None = None,
    whole: bool = False,
    progress: Progress | None = None,
) -> tuple[SyncReport, Pull]:
    """Fetch (everything, or what changed since the last pull) and write it; raises
    `SyncError` with one sentence, having changed nothing, when the platform fails."""
    api = api or platform_api(connection)
    # The rows of every page are kept until the write: a whole list of 10,000 attendees made the
    # cyclic collector rescan them page after page (a quarter of the fetch), and once more when
    # it resumed beside the sync's own copies. None form cycles; the collector resumes once the
    # sync's working copies are gone.
    with paused_gc():
        report, pull = _fetch_and_write(repo, connection, api, whole, progress)
    log.info(
        "pulled %d attendees in %d pages from %s (%s)",
        len(pull.rows),
        pull.pages,
        connection.platform,
        "whole list" if pull.complete else "changes",
    )
    return report, pull


def _fetch_and_write(
    repo: Repository,
    connection: Connection,
    api: PlatformApi,
    whole: bool,
    progress: Progress | None,
) -> tuple[SyncReport, Pull]:
    known = platform_store.state(repo, connection.source)
    cursor = "" if whole or known is None else known.cursor
    if progress is not None:
        progress("fetching", 0, 1)
    try:
        # A home's first pull creates its event: named as on the platform, where it has a name.
        event_name = api.event_name() if repo.event() is None else ""
        pull = api.pull(cursor)  # everything is fetched before the database is touched
    finally:
        api.client.close()

    adopt_signed(repo, connection.source, pull)

    def keep_cursor(report: SyncReport) -> None:
        platform_store.save_cursor(repo, connection.source, pull.cursor, repo.clock())
        write_extras(repo, connection.source, api.name, pull, report)

    report = run_sync(
        repo,
        as_table(connection, pull),
        format=connection.platform,
        mapping={column: column for column in COLUMNS},
        name=connection.source,
        progress=progress,
        partial=not pull.complete,
        within=keep_cursor,
        event_name=event_name,
    )
    return report, pull
