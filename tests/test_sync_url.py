"""Syncing from a URL: a local web server stands in for the platform's export link."""

from __future__ import annotations

import functools
import socket
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from checkin.db import sync_store
from checkin.db.repository import Repository
from checkin.sync import SourceUnreachable, SyncError, offline_message, preview, run_sync
from tests.fakes import FixedClock
from tests.test_sync_formats import write_csv
from tests.test_sync_resync import HEADER, PEOPLE


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def served(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, Path]]:
    """(base URL, folder it serves) on 127.0.0.1 for the length of one test."""
    monkeypatch.setenv("no_proxy", "127.0.0.1")  # a proxy set on the machine must not see it
    folder = tmp_path / "www"
    folder.mkdir()
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", folder
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_sync_from_url_reports_when_it_was_fetched(
    repo: Repository, clock: FixedClock, served: tuple[str, Path]
) -> None:
    base, folder = served
    write_csv(folder / "attendees.csv", [HEADER, *PEOPLE], encoding="utf-8-sig")
    url = f"{base}/attendees.csv?token=abc"
    assert preview(url).format == "eventbrite"
    report = run_sync(repo, url)
    assert report.added == 3 and report.fetched_at is not None
    assert report.source == url
    (known,) = sync_store.sync_sources(repo)
    assert known.location == url and known.fetched_at == report.fetched_at


def test_unreachable_url_leaves_the_list_and_says_how_old_it_is(
    repo: Repository, clock: FixedClock, served: tuple[str, Path]
) -> None:
    base, folder = served
    write_csv(folder / "attendees.csv", [HEADER, *PEOPLE])
    url = f"{base}/attendees.csv"
    run_sync(repo, url)
    clock.advance(hours=9)
    (folder / "attendees.csv").unlink()
    before = repo.attendees()
    with pytest.raises(SourceUnreachable, match="404"):
        run_sync(repo, url)
    assert repo.attendees() == before
    # 09:00 UTC on 15 February 2016 is 09:00 in London.
    assert offline_message(repo, url) == (
        "Nothing was changed; the desk works offline on the list from Monday 15 February 2016 "
        "at 09:00."
    )


def test_no_server_at_all(repo: Repository) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/list.csv"
    with pytest.raises(SyncError, match="cannot be reached"):
        run_sync(repo, url)
    assert "no list from that address" in offline_message(repo, url)


def test_a_login_page_instead_of_the_export(repo: Repository, served: tuple[str, Path]) -> None:
    base, folder = served
    (folder / "export").write_text("<!doctype html><html><title>Log in</title></html>")
    with pytest.raises(SyncError, match="web page"):
        run_sync(repo, f"{base}/export")
