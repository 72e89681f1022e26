"""`checkin connect`, `checkin sync` (no SOURCE) and `checkin push`, run as a user would."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.cli import checkin, child_env, run
from tests.fake_platforms import TOKEN, FakePretix, pretix_position
from tests.platform_servers import Served, serve


@pytest.fixture
def pretix(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[FakePretix, Served]]:
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    fake = FakePretix()
    fake.runs_now()  # the command runs by the real clock
    fake.add_order("Q1", pretix_position("tkt-1", "Łukasz Wiśniewski"))
    fake.add_order("Q2", pretix_position("tkt-2", "Zoë Ødegård"))
    fake.add_order("Q3", pretix_position("tkt-3", "Дмитро Шевченко"), status="c")
    served = serve(fake)
    yield fake, served
    served.stop()


def connect(home: Path, url: str, *extra: str) -> tuple[int, str, str]:
    token_file = home.parent / "token.txt"
    token_file.write_text(TOKEN + "\n")
    done = checkin("connect", "pretix", url, "--token-file", str(token_file), *extra, home=home)
    return done.code, done.out, done.err


def connected_home(tmp_path: Path, pretix: tuple[FakePretix, Served]) -> Path:
    """A desk's home, connected to the pretix fake with the right token."""
    fake, served = pretix
    home = tmp_path / "home"
    connect(home, served.url + fake.base)
    return home


def test_connect_checks_the_token_and_keeps_it_readable_by_the_user_only(
    tmp_path: Path, pretix: tuple[FakePretix, Served]
) -> None:
    fake, served = pretix
    home = tmp_path / "home"
    url = served.url + fake.base
    code, out, err = connect(home, url)
    assert code == 0, err
    assert 'pretix event "OpenStack Operators Meetup"' in out and TOKEN not in out + err
    stored = home / "platform.json"
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    shown = checkin("connect", "--show", home=home)
    assert shown.code == 0 and url in shown.out and TOKEN not in shown.out
    assert "stored, not shown" in shown.out
    as_json = checkin("connect", "--show", "--json", home=home).json()
    assert as_json["platform"] == "pretix" and TOKEN not in str(as_json)


def test_a_refused_token_saves_nothing_and_is_not_echoed(
    tmp_path: Path, pretix: tuple[FakePretix, Served]
) -> None:
    fake, served = pretix
    home = tmp_path / "home"
    done = checkin(
        "connect", "pretix", served.url + fake.base, "--token", "wrong-Token-99", home=home
    )
    assert done.code == 2 and "refused the token (401)" in done.err
    assert "wrong-Token-99" not in done.out + done.err
    assert not (home / "platform.json").exists()


def test_the_token_can_come_from_the_environment(
    tmp_path: Path, pretix: tuple[FakePretix, Served]
) -> None:
    fake, served = pretix
    home = tmp_path / "home"
    env = {**child_env(home), "CHECKIN_TOKEN": TOKEN}
    done = run("connect", "pretix", served.url + fake.base, env=env)
    assert done.returncode == 0, done.stderr


def test_sync_without_a_source_pulls_then_push_sends_the_check_ins(
    tmp_path: Path, pretix: tuple[FakePretix, Served]
) -> None:
    fake = pretix[0]
    home = connected_home(tmp_path, pretix)
    first = checkin("-v", "sync", home=home)
    assert first.code == 0, first.err
    assert "Pulled 3 attendees from pretix (the whole list" in first.out
    assert "3 added" in first.out and TOKEN not in first.out + first.err
    assert checkin("scan", "tkt-1", home=home).code == 0
    assert checkin("scan", "tkt-3", home=home).code == 1  # cancelled at pretix: refused here
    fake.change("Q2", email="zoe@example.org")
    again = checkin("sync", "--json", home=home).json()
    assert again["whole_list"] is False and again["updated"] == 1 and again["pages"] == 1
    pushed = checkin("push", "--json", home=home)
    assert pushed.code == 0, pushed.err
    assert pushed.json()["sent"] == 1 and len(fake.redeemed) == 1
    shown = checkin("connect", "--show", "--json", home=home).json()
    assert shown["last_pull"] and shown["last_push"] and shown["checkins"] == {"sent": 1}


def test_an_unreachable_platform_says_how_old_the_list_is(
    tmp_path: Path, pretix: tuple[FakePretix, Served]
) -> None:
    served = pretix[1]
    home = connected_home(tmp_path, pretix)
    assert checkin("sync", home=home).code == 0
    served.fail("html", "/orders/")
    login = checkin("sync", home=home)
    assert login.code == 2 and "web page" in login.err
    served.fail("status", "/orders/", status=503)
    down = checkin("sync", home=home)
    assert down.code == 2 and "answered 503" in down.err and "works offline" in down.err
    assert checkin("find", "Łukasz", home=home).code == 0  # the list is still there


def test_forget_removes_the_token_and_sync_then_asks_for_a_source(
    tmp_path: Path, pretix: tuple[FakePretix, Served]
) -> None:
    home = connected_home(tmp_path, pretix)
    forgot = checkin("connect", "--forget", home=home)
    assert forgot.code == 0 and "Forgot the pretix connection" in forgot.out
    assert not (home / "platform.json").exists()
    done = checkin("sync", home=home)
    assert done.code == 2 and "No ticketing platform is connected" in done.err


def test_push_for_eventbrite_says_it_is_pull_only(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "platform.json").write_text(
        '{"platform": "eventbrite", "url": "http://127.0.0.1:9/v3/events/1/", "token": "t"}'
    )
    checkin("event", "--name", "Meetup", home=home)
    done = checkin("push", home=home)
    assert done.code == 2 and "Eventbrite documents no check-in write" in done.err


def test_connect_list_picks_the_check_in_list_and_an_unknown_one_is_refused(
    tmp_path: Path, pretix: tuple[FakePretix, Served]
) -> None:
    fake, served = pretix
    fake.check_in_lists = [
        {"id": 44, "name": {"en": "Front door"}},
        {"id": 45, "name": {"en": "Speakers' entrance"}},
    ]
    home = tmp_path / "home"
    url = served.url + fake.base
    code, out, err = connect(home, url, "--list", "Tribune")
    assert code == 2 and not (home / "platform.json").exists()
    assert err.count("\n") == 1, err  # one sentence, naming the lists there are
    assert "no check-in list 'Tribune'" in err
    assert '"Front door" (44), "Speakers\' entrance" (45)' in err
    code, out, err = connect(home, url)
    assert code == 0 and 'check-in list "Front door" (44)' in out  # the first, by default
    code, out, err = connect(home, url, "--list", "speakers' ENTRANCE")
    assert code == 0, err
    assert "Check-in list: Speakers' entrance (45)" in checkin("connect", "--show", home=home).out
    shown = checkin("connect", "--show", "--json", home=home).json()
    assert shown["check_in_list"] == {"id": "45", "name": "Speakers' entrance"}
    assert connect(home, url, "--list", "44")[0] == 0  # or by its id
    assert checkin("connect", "--show", "--json", home=home).json()["check_in_list"]["id"] == "44"
    connect(home, url, "--list", "45")
    assert checkin("sync", home=home).code == 0
    assert checkin("scan", "tkt-1", home=home).code == 0
    assert checkin("push", home=home).code == 0
    assert [r.body["lists"] for r in served.requests if r.path.endswith("/redeem/")] == [[45]]


def test_what_pretix_refused_is_in_push_and_status_json_and_hand_set_days_say_so(
    tmp_path: Path, pretix: tuple[FakePretix, Served]
) -> None:
    fake = pretix[0]
    home = connected_home(tmp_path, pretix)
    fake.add_order("Q4", pretix_position("tkt-4"), email="quiet@example.org")
    pulled = checkin("sync", home=home)
    assert pulled.code == 0, pulled.err
    assert "1 imported without an attendee name" in pulled.out
    assert "Q4-1: name not given — order Q4" in pulled.out
    assert checkin("scan", "tkt-1", home=home).code == 0
    fake.scan_elsewhere("tkt-1")  # pretix's own scanner, before the desk's push
    pushed = checkin("push", "--json", home=home).json()
    assert pushed["refusals"][0]["reason"] == "pretix refused it (already_redeemed)."
    status = checkin("status", "--json", home=home).json()
    assert status["platform"]["refused"] == 1 and status["platform"]["platform"] == "pretix"
    assert "pretix refused 1 check-in — see" in checkin("status", home=home).out
    hand = checkin("event", "--days", "2030-01-01", home=home)
    assert hand.code == 0 and "set by hand: platform pulls no longer change them" in hand.out
    assert checkin("sync", home=home).code == 0
    assert checkin("event", "--json", home=home).json()["days"] == ["2030-01-01"]
    back = checkin("event", "--days", "platform", home=home)
    assert back.code == 0 and "follow the connected platform again" in back.out
    assert checkin("sync", home=home).code == 0
    assert checkin("event", "--json", home=home).json()["days"] != ["2030-01-01"]


def test_a_check_in_from_pretix_travels_to_another_desk_and_is_never_pushed_back(
    tmp_path: Path, pretix: tuple[FakePretix, Served]
) -> None:
    fake, served = pretix
    first, second = tmp_path / "a" / "home", tmp_path / "b" / "home"
    for home in (first, second):
        home.parent.mkdir()
        connect(home, served.url + fake.base)
        assert checkin("sync", home=home).code == 0
    fake.scan_elsewhere("tkt-2", at=datetime.now(UTC))  # pretixSCAN at gate 2
    pulled = checkin("sync", "--json", home=first).json()
    assert pulled["checkins_from_platform"]["added"] == 1
    merged = checkin("merge", str(first), "--any-event", home=second)  # as the hub carries it
    assert merged.code == 0, merged.err
    refused = checkin("scan", "tkt-2", home=second)
    assert refused.code == 1 and "at pretix: Front door gate 2" in refused.out
    assert checkin("status", "--json", home=second).json()["on_site"] == 1
    pushed = checkin("push", "--json", home=second).json()
    assert pushed["sent"] == 0 and served.paths("/redeem/") == []
