"""A desk fed the list by its hub, without a platform connection of its own, decides as the
connected desk does: the list's rules, each ticket's product and payment, and the event's
signing keys and revoked secrets travel with the list and the settings — the platform's token
never does. Real PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from checkin.db.repository import Repository
from checkin.operations import DeskOperations
from checkin.paths import database_path
from checkin.sync.connection import Connection
from checkin.sync.platform_pull import pull_list
from tests.cli import checkin
from tests.fake_platforms import TOKEN, FakePretix, pretix_position
from tests.fakes import FixedClock
from tests.hub_support import Server, joined_desk
from tests.platform_servers import serve
from tests.pretix_signing import public_key_text

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def local_platforms(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("no_proxy", "127.0.0.1")


def verdicts(home: Path, desk: str, codes: list[str], clock: FixedClock) -> list[str]:
    """What the desk in `home` answers to each code: admitted, or the refusal's code."""
    with Repository(database_path(home), desk=desk, clock=clock) as repo:
        ops = DeskOperations(repo, auto_badge=False)
        answers = []
        for code in codes:
            verdict = ops.scan(code).verdict
            answers.append(str(verdict.code) if verdict.code else verdict.outcome.value)
    return answers


def test_a_desk_fed_by_the_hub_applies_the_platform_lists_rules_and_keys(
    hub_server: Server, tmp_path: Path, clock: FixedClock
) -> None:
    fake = FakePretix(page_size=3)
    fake.sign_tickets()
    old = fake.signed_secret(4, seed="oldseed")
    fake.revoked.append(old)  # replaced on pretix by a new secret
    fake.add_order("P1", pretix_position("tkt-zoe", "Zoë Ødegård"))  # an operator
    fake.add_order("P2", pretix_position("tkt-speaker", "Siobhán Ó Súilleabháin", item=4))
    fake.add_order("P3", pretix_position("tkt-unpaid", "Dvořák Antonín", item=4), status="n")
    fake.list_settings(name="Speakers' lounge", all_products=False, limit_products=[4])
    served = serve(fake)
    try:
        organizer = tmp_path / "O"
        organizer.mkdir()
        connection = Connection("pretix", served.url + fake.base, TOKEN)
        with Repository(database_path(organizer), desk="O", clock=clock) as repo:
            pull_list(repo, connection)
        decided_alike(hub_server, tmp_path, fake, organizer, clock)
        # The organizer opens the lounge to every product on pretix: the next pull changes the
        # rules, and the desk fed by the hub follows.
        fake.list_settings(all_products=True)
        with Repository(database_path(organizer), desk="O", clock=clock) as repo:
            pull_list(repo, connection)
    finally:
        served.stop()
    assert checkin("hub", "sync", home=organizer).code == 0
    assert checkin("hub", "sync", home=tmp_path / "B").code == 0
    assert verdicts(tmp_path / "B", "B", ["tkt-zoe"], clock) == ["admitted"]


def decided_alike(
    hub_server: Server, tmp_path: Path, fake: FakePretix, organizer: Path, clock: FixedClock
) -> None:
    """A hub joined by the connected desk and by a desk that never connected: both answer the
    same to every kind of ticket."""
    url = hub_server.new_database()
    assert checkin("hub", "join", url, "--desk", "O", home=organizer).code == 0
    fed = joined_desk(tmp_path, "B", url)  # never connected to pretix
    late = fake.signed_secret(4, seed="late1")  # bought after the pull
    forged = FakePretix()
    forged.sign_tickets()
    old = fake.revoked[0]
    codes = ["tkt-zoe", "tkt-speaker", "tkt-unpaid", late, old, forged.signed_secret(4)]
    expected = ["product", "admitted", "unpaid", "admitted", "revoked", "forged"]
    assert verdicts(fed, "B", codes, clock) == expected
    # The connected desk (which has not heard of B's scans) answers the same.
    assert verdicts(organizer, "O", codes, clock) == expected
    with psycopg.connect(url, autocommit=True) as conn:
        rows = conn.execute("SELECT kind, data::text FROM checkin_hub.event").fetchall()
    assert not [kind for kind, data in rows if TOKEN in str(data)]  # the token stays home
    settings = [str(data) for kind, data in rows if kind == "event_settings"]
    assert any(public_key_text(fake.signer) in text for text in settings)  # public keys only
