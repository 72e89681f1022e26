"""Each desk writes only as itself: a PostgreSQL role per desk, row-level security, and enrolment.

Three kinds of role reach a hub's database. The **owner** (the organizer's: the role `hub serve`
makes, or the one `hub init` was given) owns the tables and may do anything. The **join role**
(`<prefix>_join`) may only call `checkin_hub.enrol(name, home)`: its password is the secret a join
URL carries. Enrolment makes a **desk role** (`<prefix>_d_…`, a member of `<prefix>_desks`) with a
fresh random password and hands it back once; the desk keeps that, not the join URL. A desk role
may read the log, and INSERT into it only rows whose `desk` is the name it was enrolled under
(row-level security, `checkin_hub.my_desk()`); nobody but the owner may UPDATE or DELETE a row.

Revoking a desk (`revoke`) marks it revoked — its inserts fail at once, even on a connection it
already holds — and takes away its login. A lost laptop costs its own role, not the hub.

The prefix comes from the hub's identity, so the roles of two hubs in one PostgreSQL (roles are
shared by a whole cluster) never meet.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import psycopg
from psycopg import sql

from checkin.hub.errors import HubCode, HubRefused

log = logging.getLogger("checkin.hub")

Conn = psycopg.Connection[tuple[object, ...]]


@dataclass(frozen=True)
class Roles:
    prefix: str

    @property
    def desks(self) -> str:
        return f"{self.prefix}_desks"

    @property
    def join(self) -> str:
        return f"{self.prefix}_join"


def roles_of(hub_id: str) -> Roles:
    return Roles("checkin_" + "".join(ch for ch in hub_id if ch.isalnum())[:12].lower())


_FUNCTIONS = """
CREATE OR REPLACE FUNCTION checkin_hub.my_desk() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
    SELECT name FROM checkin_hub.desk WHERE role = session_user AND revoked_at IS NULL
$$
----
CREATE OR REPLACE FUNCTION checkin_hub.touch(desk_name text, version text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
BEGIN
    UPDATE checkin_hub.desk SET app_version = left(version, 40), last_contact = now()
        WHERE role = session_user AND revoked_at IS NULL;
    IF NOT FOUND AND NOT EXISTS (
        SELECT 1 FROM pg_auth_members AS m JOIN pg_roles AS g ON g.oid = m.roleid
        JOIN pg_roles AS u ON u.oid = m.member
        WHERE g.rolname = {desks} AND u.rolname = session_user
    ) THEN
        -- the owner's own connection (a desk joined before desks had roles)
        INSERT INTO checkin_hub.desk (name, app_version) VALUES (desk_name, left(version, 40))
            ON CONFLICT (name) DO UPDATE SET app_version = EXCLUDED.app_version,
            last_contact = now();
    END IF;
END $$
----
CREATE OR REPLACE FUNCTION checkin_hub.enrol(desk_name text, desk_home text)
    RETURNS TABLE (role_name text, secret text)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
DECLARE
    found record;
    made text;
    password text := replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '');
BEGIN
    IF desk_name IS NULL OR btrim(desk_name) = '' OR length(desk_name) > 60 THEN
        RAISE EXCEPTION 'checkin: a desk name is 1 to 60 characters' USING ERRCODE = 'P0001';
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('checkin_hub.enrol'));
    SELECT * INTO found FROM checkin_hub.desk WHERE name = desk_name;
    IF found.revoked_at IS NOT NULL THEN
        RAISE EXCEPTION 'checkin: revoked' USING ERRCODE = 'P0001';
    END IF;
    IF found.home IS NOT NULL AND found.home <> desk_home THEN
        RAISE EXCEPTION 'checkin: name taken' USING ERRCODE = 'P0001';
    END IF;
    IF found.name IS NULL AND EXISTS (SELECT 1 FROM checkin_hub.desk
            WHERE home = desk_home AND revoked_at IS NULL) THEN
        RAISE EXCEPTION 'checkin: home named %', (SELECT name FROM checkin_hub.desk
            WHERE home = desk_home AND revoked_at IS NULL LIMIT 1) USING ERRCODE = 'P0001';
    END IF;
    IF found.role IS NOT NULL THEN  -- the same home joining again: a new password
        made := found.role;
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', made, password);
    ELSE
        made := {prefix} || '_d_' || left(replace(gen_random_uuid()::text, '-', ''), 16);
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', made, password, {desks});
        INSERT INTO checkin_hub.desk (name, app_version, role, home)
            VALUES (desk_name, '', made, desk_home)
            ON CONFLICT (name) DO UPDATE SET role = EXCLUDED.role, home = EXCLUDED.home;
    END IF;
    RETURN QUERY SELECT made, password;
END $$
----
CREATE OR REPLACE FUNCTION checkin_hub.claim_event(wanted text) RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog AS $$
    UPDATE checkin_hub.hub SET event_name = wanted WHERE event_name IS NULL
$$
----
REVOKE ALL ON FUNCTION checkin_hub.claim_event(text) FROM PUBLIC
----
REVOKE ALL ON FUNCTION checkin_hub.enrol(text, text) FROM PUBLIC
----
REVOKE ALL ON FUNCTION checkin_hub.touch(text, text) FROM PUBLIC
----
REVOKE ALL ON FUNCTION checkin_hub.my_desk() FROM PUBLIC
----
ALTER TABLE checkin_hub.event ENABLE ROW LEVEL SECURITY
----
DROP POLICY IF EXISTS everyone_reads ON checkin_hub.event
----
CREATE POLICY everyone_reads ON checkin_hub.event FOR SELECT USING (true)
----
DROP POLICY IF EXISTS desks_write_as_themselves ON checkin_hub.event
----
CREATE POLICY desks_write_as_themselves ON checkin_hub.event FOR INSERT
    WITH CHECK (desk = checkin_hub.my_desk())
"""

_GRANTS = """
GRANT USAGE ON SCHEMA checkin_hub TO {desks}, {join};
GRANT SELECT ON checkin_hub.hub TO {desks}, {join};
GRANT SELECT ON checkin_hub.event, checkin_hub.desk TO {desks};
GRANT INSERT (uuid, kind, desk, at, ticket, data) ON checkin_hub.event TO {desks};
GRANT USAGE ON SEQUENCE checkin_hub.event_seq_seq TO {desks};
GRANT EXECUTE ON FUNCTION checkin_hub.my_desk(), checkin_hub.touch(text, text),
    checkin_hub.claim_event(text) TO {desks};
GRANT EXECUTE ON FUNCTION checkin_hub.my_desk() TO {join};
GRANT EXECUTE ON FUNCTION checkin_hub.enrol(text, text) TO {join}
"""


def _role_exists(conn: Conn, name: str) -> bool:
    return conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone() is not None


def install(conn: Conn, hub_id: str) -> None:
    """The roles, functions, grants and policies of a hub (idempotent; run by its owner, inside
    `schema.create`'s transaction)."""
    roles = roles_of(hub_id)
    for name in (roles.desks, roles.join):
        if not _role_exists(conn, name):
            try:
                conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(name)))
            except psycopg.errors.InsufficientPrivilege:
                raise HubRefused(
                    "The role in that URL may not make roles: give it CREATEROLE (or use the "
                    "database owner's URL), so that each desk gets a role of its own."
                ) from None
    names = {"desks": sql.Literal(roles.desks), "prefix": sql.Literal(roles.prefix)}
    for statement in _FUNCTIONS.split("\n----\n"):
        if statement.strip():
            conn.execute(sql.SQL(statement).format(**names))
    grantees = {"desks": sql.Identifier(roles.desks), "join": sql.Identifier(roles.join)}
    for statement in _GRANTS.split(";\n"):
        conn.execute(sql.SQL(statement).format(**grantees))


def open_enrolment(conn: Conn, hub_id: str, secret: str) -> str:
    """Let join URLs carrying `secret` enrol desks; returns the join role's name."""
    roles = roles_of(hub_id)
    conn.execute(
        sql.SQL("ALTER ROLE {} LOGIN PASSWORD {}").format(
            sql.Identifier(roles.join), sql.Literal(secret)
        )
    )
    return roles.join


def enrol(conn: Conn, desk: str, home: str) -> tuple[str, str]:
    """A role and password of this desk's own, or HubRefused saying why not."""
    try:
        row = conn.execute("SELECT * FROM checkin_hub.enrol(%s, %s)", (desk, home)).fetchone()
    except psycopg.errors.InsufficientPrivilege:
        raise HubRefused(
            "That URL may not add desks to the hub; ask the organizer for its join URL.",
            HubCode.MAY_NOT_ADD,
        ) from None
    except psycopg.errors.RaiseException as error:
        text = str(error)
        if "revoked" in text:
            raise HubRefused(
                f"The desk {desk!r} was revoked by the organizer; join under another name.",
                HubCode.NAME_REVOKED,
                (desk,),
            ) from None
        if "home named " in text:
            known = text.split("home named ", 1)[1].splitlines()[0]
            raise HubRefused(
                f"This desk works at this hub as {known!r}; join again under that name.",
                HubCode.NAME_ELSEWHERE,
                (known,),
            ) from None
        if "name taken" in text:
            raise HubRefused(
                f"Another desk already works at this hub as {desk!r}; give this one another name.",
                HubCode.NAME_TAKEN,
                (desk,),
            ) from None
        raise HubRefused(f"The hub refused the name {desk!r}: a desk name is 1 to 60 "
                         "characters.", HubCode.NAME_INVALID, (desk,)) from None  # fmt: skip
    assert row is not None
    return str(row[0]), str(row[1])


# Who this connection writes as: its desk name (None for the owner); whether its role is a desk
# role the hub no longer knows; the name it was enrolled under. Read with the hub's row by
# `schema.hello`, so that a round asks both in one trip.
WHOAMI = (
    "checkin_hub.my_desk(), NOT EXISTS (SELECT 1 FROM checkin_hub.desk "
    "WHERE role = session_user) AND session_user LIKE 'checkin\\_%\\_d\\_%', "
    "(SELECT name FROM checkin_hub.desk WHERE role = session_user)"
)


def whoami(conn: Conn) -> str | None:
    """The desk name this connection writes as; None for the owner (who writes as anyone).
    A desk role that is no longer a desk (revoked, or the hub made anew) is refused."""
    row = conn.execute(f"SELECT {WHOAMI}").fetchone()
    assert row is not None
    return writer(*row)


def writer(name: object, stranger: object, enrolled_as: object) -> str | None:
    """`WHOAMI`'s answer: the desk name, None for the owner, or HubRefused."""
    if name is not None:
        return str(name)
    if stranger or enrolled_as is not None:
        raise HubRefused(
            "This desk may no longer write to the hub (the organizer revoked it, or the hub "
            "was made anew); join it again with the organizer's join URL."
        )
    return None


def revoke(conn: Conn, desk: str) -> bool:
    """Take the desk's right to write and to log in; False when the hub has no such desk."""
    with conn.transaction():
        row = conn.execute(
            "UPDATE checkin_hub.desk SET revoked_at = now() WHERE name = %s "
            "AND revoked_at IS NULL RETURNING role",
            (desk,),
        ).fetchone()
        if row is None:
            return False
        if row[0] is not None:
            role = sql.Identifier(str(row[0]))
            conn.execute(sql.SQL("ALTER ROLE {} NOLOGIN PASSWORD NULL").format(role))
    if row[0] is not None:
        try:  # its open connections too (needs pg_signal_backend; its writes fail anyway)
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s",
                (str(row[0]),),
            )
        except psycopg.Error as error:
            log.info("a revoked desk's connections stay open until they drop: %s", error)
    return True
