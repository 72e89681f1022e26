"""Each desk writes only as itself: a role per desk made at join, row-level security on the log,
and `checkin hub revoke`. Real PostgreSQL; desks are homes driven by the real command."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import psycopg
import pytest

from checkin.hub import config
from checkin.paths import database_path
from tests.cli import checkin
from tests.hub_support import Server, codes, hub_count, hub_serving, joined_desk

pytestmark = pytest.mark.slow

INSERT = (
    "INSERT INTO checkin_hub.event (uuid, kind, desk, at, ticket, data) "
    "VALUES (gen_random_uuid()::text, 'checkin', %s, now(), 'X', "
    '\'{"direction": "in", "day": "2026-02-15"}\')'
)


def desk_connection(home: Path) -> psycopg.Connection[tuple[object, ...]]:
    """The credentials the desk keeps in its home, as a thief of its laptop would use them."""
    joined = config.load(home)
    assert joined is not None
    return psycopg.connect(joined.connection, autocommit=True)


@pytest.fixture
def hub(hub_server: Server, tmp_path: Path) -> tuple[str, Path, Path]:
    url = hub_server.new_database()
    return url, joined_desk(tmp_path, "A", url, demo=True), joined_desk(tmp_path, "B", url)


def test_each_desk_joins_with_a_role_of_its_own(hub: tuple[str, Path, Path]):
    url, a, b = hub
    stored = [json.loads((home / "hub.json").read_text())["url"] for home in (a, b)]
    assert url not in stored  # the URL the desks joined with is not kept
    with desk_connection(a) as one, desk_connection(b) as other:
        users = {str(c.execute("SELECT session_user").fetchone()[0]) for c in (one, other)}  # type: ignore[index]
    assert len(users) == 2


def test_a_desk_cannot_write_as_another_desk_nor_change_the_log(hub: tuple[str, Path, Path]):
    url, a, _b = hub
    assert checkin("scan", codes(a, 1)[0], "--no-badge", home=a).code == 0
    with desk_connection(a) as conn:
        conn.execute(INSERT, ("A",))  # as itself: allowed
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute(INSERT, ("B",))
        for statement in (
            "UPDATE checkin_hub.event SET desk = 'A' WHERE desk = 'B'",
            "UPDATE checkin_hub.event SET data = '{}'",
            "DELETE FROM checkin_hub.event",
            "TRUNCATE checkin_hub.event",
            "UPDATE checkin_hub.desk SET revoked_at = now()",
            "UPDATE checkin_hub.hub SET event_name = 'other'",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
    assert hub_count(url, "desk = 'B'") == 0
    assert hub_count(url, "desk = 'A' AND kind = 'checkin'") == 2


def test_a_revoked_desk_can_no_longer_push_and_the_others_carry_on(
    hub: tuple[str, Path, Path],
):
    url, a, b = hub
    first, second, third = codes(a, 3)
    assert checkin("scan", first, "--no-badge", home=b).code == 0
    held = desk_connection(b)  # a connection the desk had open before it was revoked
    revoked = checkin("hub", "revoke", "B", "--url", url, home=a)
    assert revoked.code == 0, revoked.err
    assert "Desk 'B' is revoked" in revoked.out
    scanned = checkin("scan", second, "--no-badge", home=b)
    assert scanned.code == 0  # the desk still decides at once; its write stays here
    assert "Hub refused this desk" in scanned.err or "refused" in scanned.err
    with pytest.raises(psycopg.Error):
        held.execute(INSERT, ("B",))
    held.close()
    assert hub_count(url, "desk = 'B' AND kind = 'checkin'") == 1
    assert checkin("scan", third, "--no-badge", home=a).code == 0
    assert hub_count(url, "desk = 'A' AND kind = 'checkin'") == 1
    listed = checkin("hub", "status", "--json", home=a).json()["desks"]
    assert {d["name"]: d["revoked"] for d in listed} == {"A": False, "B": True}
    again = checkin("hub", "join", url, "--desk", "B", home=b)
    assert again.code == 2 and "was revoked by the organizer" in again.err
    unknown = checkin("hub", "revoke", "Nobody", "--url", url, home=a)
    assert unknown.code == 2 and "no desk 'Nobody'" in unknown.err


def test_two_homes_cannot_join_under_one_name(hub: tuple[str, Path, Path], tmp_path: Path):
    url, _a, b = hub
    twin = checkin("hub", "join", url, "--desk", "B", home=tmp_path / "twin")
    assert twin.code == 2
    assert "Another desk already works at this hub as 'B'" in twin.err
    assert checkin("hub", "join", url, "--desk", "B", home=b).code == 0  # B itself may rejoin


def test_the_served_join_url_only_enrols_and_the_organizer_revokes(tmp_path: Path):
    organizer = tmp_path / "organizer"
    assert checkin("demo", "--no-gui", home=organizer).code == 0
    with hub_serving(organizer) as served:
        folder = served.lines[0].removeprefix("Hub running in ").split(", listening")[0]
        owner = (Path(folder) / "owner-url").read_text().strip()
        assert "postgresql://desk:" in owner and "desk:" not in served.url
        with (
            psycopg.connect(
                served.url.split("?")[0] + "?sslmode=prefer", autocommit=True
            ) as joiner,
            pytest.raises(psycopg.errors.InsufficientPrivilege),
        ):
            joiner.execute("SELECT COUNT(*) FROM checkin_hub.event")
        desk = tmp_path / "desk"
        assert checkin("hub", "join", served.url, "--desk", "Lost laptop", home=desk).code == 0
        assert checkin("scan", codes(organizer, 1)[0], "--no-badge", home=desk).code == 0
        revoked = checkin("hub", "revoke", "Lost laptop", "--dir", folder, home=organizer)
        assert revoked.code == 0, revoked.err
        synced = checkin("hub", "sync", home=desk)
        assert synced.code == 2


def test_two_laptops_made_from_one_image_join_as_two_desks(
    hub: tuple[str, Path, Path], tmp_path: Path
):
    """Same host name, no --desk: each home suggests its own name, and undo at one desk never
    takes back the other's admission."""
    url, a, _b = hub
    first, second = tmp_path / "image-1", tmp_path / "image-2"
    for home in (first, second):
        joined = checkin("hub", "join", url, home=home)
        assert joined.code == 0, joined.err
    names = [config.load(home).desk for home in (first, second)]  # type: ignore[union-attr]
    assert names[0] != names[1] and names[0].rsplit("-", 1)[0] == names[1].rsplit("-", 1)[0]
    code = codes(a, 1)[0]
    assert checkin("scan", code, "--no-badge", home=first).code == 0
    taken_back = checkin("undo", code, home=second)
    assert taken_back.code != 0
    assert f"desk {names[0]}" in taken_back.out + taken_back.err
    assert checkin("hub", "sync", home=a).code == 0
    status = checkin("status", "--json", home=a).json()
    assert status["on_site"] == 1 and status["by_desk"] == {names[0]: 1}
    assert len(checkin("hub", "status", "--json", home=a).json()["desks"]) == 4


def test_a_home_joins_again_only_under_its_own_name(hub: tuple[str, Path, Path]):
    url, a, _b = hub
    renamed = checkin("hub", "join", url, "--desk", "A2", home=a)
    assert renamed.code == 2 and "works at this hub as 'A'" in renamed.err


def test_a_desk_relabelled_after_it_joined_is_counted_once(hub: tuple[str, Path, Path]):
    """Revoked, then joined again under another name: the same home is the same desk, so every
    desk counts its admissions before and after as one desk's, shown under its new label."""
    url, a, b = hub
    first, second = codes(a, 2)
    assert checkin("scan", first, "--no-badge", home=a).code == 0
    assert checkin("hub", "sync", home=a).code == 0
    assert checkin("hub", "sync", home=b).code == 0
    assert checkin("status", "--json", home=b).json()["by_desk"] == {"A": 1}
    assert checkin("hub", "revoke", "A", "--url", url, home=b).code == 0
    rejoined = checkin("hub", "join", url, "--desk", "Door 1", home=a)
    assert rejoined.code == 0, rejoined.err
    assert checkin("scan", second, "--no-badge", home=a).code == 0
    assert checkin("hub", "sync", home=a).code == 0
    assert checkin("hub", "sync", home=b).code == 0
    identities = []
    for home in (a, b):
        status = checkin("status", "--json", home=home).json()
        assert status["on_site"] == 2 and status["by_desk"] == {"Door 1": 2}, home.name
        with sqlite3.connect(database_path(home)) as db:
            identities += [row[0] for row in db.execute("SELECT desk_home FROM checkin")]
    assert len(identities) == 4 and len(set(identities)) == 1 and identities[0]
    with desk_connection(b) as conn:  # the hub holds the first under the label it had then
        labels = conn.execute(
            "SELECT desk FROM checkin_hub.event WHERE kind = 'checkin' ORDER BY seq"
        ).fetchall()
    assert [str(row[0]) for row in labels] == ["A", "Door 1"]


def test_hub_init_prints_a_join_url_and_needs_a_role_that_makes_roles(
    hub_server: Server, tmp_path: Path
):
    url = hub_server.new_database(init=False)
    organizer = tmp_path / "organizer"
    assert checkin("demo", "--no-gui", home=organizer).code == 0
    weak = f"weak_{tmp_path.name[-8:].lower().replace('-', '_')}"
    with hub_server.admin(url.rsplit("/", 1)[1]) as admin:
        admin.execute(f"CREATE ROLE {weak} LOGIN PASSWORD 'weak-pass'")
        admin.execute(f"GRANT CREATE ON SCHEMA public TO {weak}")
        admin.execute(f"GRANT CREATE ON DATABASE {url.rsplit('/', 1)[1]} TO {weak}")
    weak_url = url.replace(url.split("//")[1].split("@")[0], f"{weak}:weak-pass")
    refused = checkin("hub", "init", weak_url, home=organizer)
    assert refused.code == 2 and "may not make roles" in refused.err
    made = checkin("hub", "init", url, home=organizer)
    assert made.code == 0, made.err
    join_url = made.out.strip().splitlines()[-1].removeprefix("join: ")
    assert "_join:" in join_url
    assert checkin("hub", "join", url, "--desk", "Organizer", home=organizer).code == 0
    desk = tmp_path / "desk"
    assert checkin("hub", "join", join_url, "--desk", "Desk 2", home=desk).code == 0
    assert checkin("status", "--json", home=desk).json()["registered"] > 100
    assert checkin("hub", "revoke", "Desk 2", "--url", url, home=organizer).code == 0
    assert checkin("hub", "sync", home=desk).code == 2
