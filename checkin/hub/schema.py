"""The hub's tables in PostgreSQL, their version, and the hub's identity.

Everything lives in the schema `checkin_hub` of whatever database the join URL names. `hub`
holds one row: a uuid made when the hub was created (a hub recreated empty has a new one, which
desks notice and answer by pushing their whole history again), the hub schema's version (a desk
speaking another version is refused with a sentence), and the event the hub serves (bound by the
first desk that brings one; a desk of another event is refused). `event` is the shared log, its
`seq` handed out by the hub; `desk` is every desk's name, app version and last contact, and, for
a desk that joined with credentials of its own, its PostgreSQL role (`checkin.hub.desk_roles`).

Schema 2 adds those roles: a hub of schema 1 is brought to 2 by its owner's `hub serve` or
`hub init`, and a desk of either version meeting the other is refused with a sentence.
"""

from __future__ import annotations

import uuid as uuids
from dataclasses import dataclass

import psycopg

from checkin.hub import desk_roles
from checkin.hub.errors import HubRefused

HUB_SCHEMA = 2
CHANNEL = "checkin_hub"  # NOTIFY channel: "something new on the hub"
PUSH_LOCK = 0x636B6875  # advisory lock key serializing pushes (see `exchange`)

_DDL = f"""
CREATE SCHEMA IF NOT EXISTS checkin_hub;
CREATE TABLE IF NOT EXISTS checkin_hub.hub (
    only_row BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row),
    hub_id TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    event_name TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS checkin_hub.event (
    seq BIGSERIAL PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    desk TEXT NOT NULL,
    at TIMESTAMPTZ NOT NULL,
    ticket TEXT NOT NULL,
    data JSONB NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS checkin_hub.desk (
    name TEXT PRIMARY KEY,
    app_version TEXT NOT NULL,
    first_contact TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_contact TIMESTAMPTZ NOT NULL DEFAULT now()
);
ALTER TABLE checkin_hub.desk ADD COLUMN IF NOT EXISTS role TEXT UNIQUE;
ALTER TABLE checkin_hub.desk ADD COLUMN IF NOT EXISTS home TEXT;
ALTER TABLE checkin_hub.desk ADD COLUMN IF NOT EXISTS revoked_at TIMESTAMPTZ;
CREATE INDEX IF NOT EXISTS event_desk ON checkin_hub.event (desk, seq);
INSERT INTO checkin_hub.hub (hub_id, schema_version) VALUES (%(hub_id)s, {HUB_SCHEMA})
    ON CONFLICT (only_row) DO NOTHING
"""

Conn = psycopg.Connection[tuple[object, ...]]


@dataclass(frozen=True)
class HubInfo:
    hub_id: str
    schema_version: int
    event_name: str | None


@dataclass(frozen=True)
class Hello:
    """What a round needs to know of the hub before it sends or reads anything."""

    info: HubInfo
    me: str | None  # the desk name this connection writes as; None: the owner's connection
    desks: int  # desks the hub counts (one per home; revoked ones not)


_HELLO = (
    "SELECT h.hub_id, h.schema_version, h.event_name, "
    "(SELECT COUNT(*) FROM checkin_hub.desk WHERE revoked_at IS NULL), "
    f"{desk_roles.WHOAMI} FROM checkin_hub.hub AS h"
)


def create(conn: Conn, event_name: str | None = None) -> HubInfo:
    """Make this database a hub (idempotent: an existing hub keeps its identity)."""
    with conn.transaction():
        # Two `hub init`s at once must not interleave their CREATEs.
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (PUSH_LOCK + 1,))
        for statement in _DDL.split(";"):
            if statement.strip():
                conn.execute(statement, {"hub_id": str(uuids.uuid4())})
        # A hub of schema 1 is upgraded here, by its owner, and desk roles set up for it.
        conn.execute("UPDATE checkin_hub.hub SET schema_version = %s", (HUB_SCHEMA,))
        hub_id = conn.execute("SELECT hub_id FROM checkin_hub.hub").fetchone()
        assert hub_id is not None
        desk_roles.install(conn, str(hub_id[0]))
    info = identify(conn)
    if event_name is not None:
        info = bind_event(conn, info, event_name)
    return info


def identify(conn: Conn) -> HubInfo:
    try:
        row = conn.execute(
            "SELECT hub_id, schema_version, event_name FROM checkin_hub.hub"
        ).fetchone()
    except psycopg.errors.UndefinedTable:
        raise HubRefused(
            "That database is not a checkin hub yet; run `checkin hub init URL` once."
        ) from None
    if row is None:
        raise HubRefused("That hub is half made; run `checkin hub init URL` again.")
    info = HubInfo(str(row[0]), int(str(row[1])), None if row[2] is None else str(row[2]))
    if info.schema_version != HUB_SCHEMA:
        raise HubRefused(
            f"The hub speaks hub schema {info.schema_version} and this desk speaks "
            f"{HUB_SCHEMA}; run the same checkin version at every desk."
        )
    return info


def hello(conn: Conn) -> Hello:
    """The hub checked, who this connection writes as and how many desks it has: one trip."""
    try:
        row = conn.execute(_HELLO).fetchone()
    except (psycopg.errors.UndefinedTable, psycopg.errors.UndefinedFunction):
        identify(conn)  # says why in a sentence: not a hub, or one of another schema
        raise
    if row is None:
        identify(conn)
        raise HubRefused("That hub is half made; run `checkin hub init URL` again.")
    hub_id, version, event_name, desks, *who = row
    info = HubInfo(str(hub_id), int(str(version)), None if event_name is None else str(event_name))
    if info.schema_version != HUB_SCHEMA:
        identify(conn)
    return Hello(info, desk_roles.writer(*who), int(str(desks)))


def bind_event(conn: Conn, info: HubInfo, event_name: str) -> HubInfo:
    """The hub serves `event_name` (claimed now if it serves none yet), or HubRefused."""
    if info.event_name is None:
        # Through the owner's function: a desk's own role may not write the hub's row.
        conn.execute("SELECT checkin_hub.claim_event(%s)", (event_name,))
        info = identify(conn)
    if info.event_name != event_name:
        raise HubRefused(
            f"This hub serves {info.event_name!r}, not this desk's {event_name!r}; "
            "join it from an empty home, or use another hub."
        )
    return info
