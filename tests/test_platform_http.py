"""How the desk talks HTTP to a platform: one kept connection for a whole pull, the token only
to the platform's own host (also across redirects), the proxy the environment names."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from checkin.db.repository import Repository
from checkin.sync.api_client import ApiClient
from checkin.sync.connection import Connection
from checkin.sync.platform_pull import platform_api, pull_list
from tests.fake_platforms import TOKEN, FakePretix, pretix_position
from tests.platform_servers import Reply, Request, Served, json_reply, serve


@pytest.fixture
def pretix(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[FakePretix, Served]]:
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    fake = FakePretix(page_size=2)
    for n in range(7):
        fake.add_order(f"K{n}", pretix_position(f"keep{n}", f"Keep Alive{n}"))
    served = serve(fake)
    yield fake, served
    served.stop()


def test_a_whole_pull_goes_over_one_kept_connection(
    repo: Repository, pretix: tuple[FakePretix, Served]
) -> None:
    fake, served = pretix
    connection = Connection("pretix", served.url + fake.base, TOKEN)
    api = platform_api(connection)
    report, pull = pull_list(repo, connection, api=api)
    assert report.added == 7 and pull.pages == 4
    assert len(served.requests) == api.client.requests > pull.pages  # catalogue pages too
    assert len({request.peer for request in served.requests}) == 1
    # Closed when the pull ended; the next pull opens a new one and still works.
    pull_list(repo, connection, api=api)
    assert len({request.peer for request in served.requests}) == 2


def test_the_token_follows_a_redirect_on_its_host_but_never_to_another(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    elsewhere = serve(lambda request: json_reply({"seen": request.headers.get("Authorization")}))

    def platform(request: Request) -> Reply:
        if request.path == "/moved/":
            return 301, {"Location": "/api/"}, b""
        if request.path == "/away/":
            port = elsewhere.server.server_address[1]
            return 302, {"Location": f"http://localhost:{port}/landing"}, b""
        return json_reply({"seen": request.headers.get("Authorization")})

    served = serve(platform)
    try:
        host = served.url.removeprefix("http://")
        client = ApiClient("pretix", auth_header=f"Token {TOKEN}", auth_host=host)
        assert client.get(served.url + "/moved/").data == {"seen": f"Token {TOKEN}"}
        assert client.get(served.url + "/away/").data == {"seen": None}
        assert [r.headers.get("Authorization") for r in elsewhere.requests] == [None]
        client.close()
    finally:
        served.stop()
        elsewhere.stop()


def test_the_proxy_named_by_the_environment_carries_the_pull(
    repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = FakePretix(page_size=2)
    for n in range(3):
        fake.add_order(f"P{n}", pretix_position(f"proxied{n}", f"Proxy Person{n}"))
    proxy = serve(fake)  # answers a proxy's absolute-URL requests as the platform would
    try:
        monkeypatch.setenv("no_proxy", "")
        monkeypatch.setenv("http_proxy", proxy.url)
        connection = Connection("pretix", "http://pretix.invalid" + fake.base, TOKEN)
        report, pull = pull_list(repo, connection)
        assert report.added == 3 and pull.pages == 2
        assert {r.headers["Host"] for r in proxy.requests} == {"pretix.invalid"}
        assert {r.headers.get("Authorization") for r in proxy.requests} == {f"Token {TOKEN}"}
    finally:
        proxy.stop()
