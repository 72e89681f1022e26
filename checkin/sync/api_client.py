"""Talking JSON to a ticketing platform's REST API, within one deadline.

Every pull or push gets one `ApiClient` with a total deadline (30 s by default): each request's
socket timeout is what is left of it, so a platform that hangs, or one that keeps answering
429, ends the work with a sentence instead of freezing the desk. A 429 is waited out
(`Retry-After`, within the deadline) and the same request — the same page — is asked again.
A web page where JSON was expected (a login page, a hotel's captive portal) is an error, never an
empty list. The token travels only in the `Authorization` header of requests to the platform's
own host — a redirect elsewhere is followed without it, one to plain http refused — and it is
never part of a message, a log line or an exception. Connections stay open from page to page
(`http_pool`); `close` ends them when the pull or push is done.
"""

from __future__ import annotations

import http.client
import json
import logging
import time
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from checkin import __version__
from checkin.sync.http_pool import CannotConnect, Pool
from checkin.sync.model import SourceUnreachable, SourceUnreadable, SyncError

log = logging.getLogger("checkin.sync")

DEADLINE_SECONDS = 30.0
MAX_BYTES = 50 * 1024 * 1024  # one page of JSON; far above the largest page a platform serves
_MAX_WAIT_DEFAULT = 5.0  # a 429 without Retry-After
_REDIRECTS = (301, 302, 303, 307, 308)
_MAX_REDIRECTS = 5


Params = Mapping[str, str] | list[tuple[str, str]] | None


class TokenRefused(SyncError):
    """The platform does not accept the token (401)."""


class NotVisible(SyncError):
    """The token works, but the platform shows it no such organizer or event (403/404)."""


@dataclass(frozen=True)
class Answer:
    status: int
    data: Any  # the decoded JSON body (None for an empty body)
    headers: Mapping[str, str]


@dataclass
class ApiClient:
    """A platform's API as the desk uses it: `platform` names it in messages."""

    platform: str
    auth_header: str = field(repr=False)  # e.g. "Token abc…"; never shown
    auth_host: str = ""  # the only host that is given the token
    deadline_s: float = DEADLINE_SECONDS
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    requests: int = 0  # how many requests this client sent (the benchmark counts pages)
    waited_s: float = 0.0  # time spent waiting out rate limits
    _ends_at: float = field(default=0.0, repr=False)
    _pool: Pool = field(default_factory=Pool, repr=False)

    def __post_init__(self) -> None:
        self._ends_at = self.clock() + self.deadline_s

    def get(
        self, url: str, params: Mapping[str, str] | list[tuple[str, str]] | None = None
    ) -> Answer:
        return self.call("GET", with_query(url, params))

    def post(self, url: str, body: Any) -> Answer:
        return self.call("POST", url, body)

    def delete(self, url: str) -> Answer:
        return self.call("DELETE", url)

    def call(
        self, method: str, url: str, body: Any = None, *, accept: tuple[int, ...] = ()
    ) -> Answer:
        """One request, repeated after a 429 until it is answered or the deadline passes, and
        following a few redirects (the token goes to the platform's own host only).

        Statuses in `accept` (and 2xx) are returned; 401 raises `TokenRefused`, 403/404
        `NotVisible` (a mistyped organizer or event, not a bad token), anything else
        `SourceUnreachable`."""
        redirects = 0
        while True:
            answer = self._once(method, url, body)
            if answer.status == 429:
                self._wait(answer.headers.get("Retry-After", ""))
                continue
            if answer.status in _REDIRECTS and answer.headers.get("Location"):
                redirects += 1
                url = self._redirected(url, answer.headers["Location"], redirects)
                if answer.status == 303 or (answer.status in (301, 302) and method == "POST"):
                    method, body = "GET", None  # what browsers (and urllib) do
                continue
            if 200 <= answer.status < 300 or answer.status in accept:
                return answer
            if answer.status == 401:
                raise TokenRefused(
                    f"{self.platform} refused the token ({answer.status}): check it, or connect "
                    "again with a new one."
                )
            if answer.status in (403, 404):
                raise NotVisible(
                    f"{self.platform} shows the token no such event ({answer.status} at "
                    f"{_where(url)}): check the organizer and event in the URL."
                )
            raise SourceUnreachable(f"{self.platform} answered {answer.status} at {_where(url)}.")

    def remaining(self) -> float:
        return self._ends_at - self.clock()

    def close(self) -> None:
        """Close the connections kept open; the client opens new ones if it is used again."""
        self._pool.close()

    def _redirected(self, url: str, location: str, count: int) -> str:
        target = urllib.parse.urljoin(url, location)
        scheme = urllib.parse.urlsplit(target).scheme
        if count > _MAX_REDIRECTS or scheme not in ("http", "https"):
            raise SourceUnreachable(
                f"{self.platform} kept redirecting from {_where(url)}; nothing was changed."
            )
        if scheme == "http" and urllib.parse.urlsplit(url).scheme == "https":
            raise SourceUnreachable(
                f"{_where(url)} redirected to an unencrypted address; nothing was changed."
            )
        return target

    def _once(self, method: str, url: str, body: Any) -> Answer:
        left = self.remaining()
        if left <= 0:
            raise SourceUnreachable(self._late())
        headers = {"Accept": "application/json", "User-Agent": f"checkin/{__version__}"}
        if _host(url) == self.auth_host:
            headers["Authorization"] = self.auth_header
        data = None
        if body is not None:
            data = json.dumps(body).encode("utf-8")
            headers["Content-Type"] = "application/json"
        self.requests += 1
        try:
            response = self._pool.send(method, url, data, headers, left)
            try:
                return self._decode(url, response.status, response.headers, response)
            finally:
                if not response.isclosed():  # left half read: the connection cannot go on
                    response.close()
                    self._pool.drop(url)
        except TimeoutError as error:
            self._pool.drop(url)
            raise SourceUnreachable(self._late()) from error
        except CannotConnect as error:
            raise SourceUnreachable(
                f"{self.platform} cannot be reached at {_where(url)} ({error.reason})."
            ) from error
        except (OSError, ValueError, http.client.HTTPException) as error:  # reset, cut short
            self._pool.drop(url)
            raise SourceUnreachable(
                f"{self.platform} broke off the answer from {_where(url)} ({error})."
            ) from error

    def _decode(self, url: str, status: int, headers: Any, stream: Any) -> Answer:
        raw: bytes = stream.read(MAX_BYTES + 1)
        if len(raw) > MAX_BYTES:
            raise SourceUnreadable(f"{self.platform} sent far too much from {_where(url)}.")
        plain = {k.title(): v for k, v in headers.items()} if headers is not None else {}
        expected = plain.get("Content-Length", "")
        if expected.isdigit() and int(expected) > len(raw):  # the connection closed mid-page
            raise SourceUnreachable(
                f"{self.platform} broke off the answer from {_where(url)} "
                f"({len(raw)} of {expected} bytes)."
            )
        kind = plain.get("Content-Type", "").lower()
        head = raw[:4096].lstrip()[:200].lower()  # not a copy of the whole page to look at it
        if "html" in kind or head.startswith((b"<!doctype", b"<html")):
            raise SourceUnreadable(
                f"{_where(url)} answered with a web page instead of {self.platform}'s data "
                "(a login or Wi-Fi sign-in page?); nothing was changed."
            )
        if not raw or raw.isspace():
            return Answer(status, None, plain)
        try:
            data = json.loads(raw)
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            if status >= 400:
                return Answer(status, None, plain)  # an error page in some other format
            raise SourceUnreadable(
                f"{_where(url)} did not answer with {self.platform}'s JSON; nothing was changed."
            ) from error
        return Answer(status, data, plain)

    def _wait(self, retry_after: str) -> None:
        wait = _retry_seconds(retry_after)
        if wait > self.remaining():
            raise SourceUnreachable(
                f"{self.platform} asks the desk to wait {wait:.0f} s before asking again "
                "(rate limit); nothing more was fetched this time."
            )
        log.info("%s rate limit: waiting %.1f s", self.platform, wait)
        self.waited_s += wait
        self.sleep(wait)

    def _late(self) -> str:
        return (
            f"{self.platform} did not answer within {self.deadline_s:.0f} s; nothing was changed."
        )


def _retry_seconds(value: str) -> float:
    """Retry-After is seconds or an HTTP date; a missing or odd value waits a few seconds."""
    value = value.strip()
    if not value:
        return _MAX_WAIT_DEFAULT
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return _MAX_WAIT_DEFAULT
    return max(0.0, when.timestamp() - time.time())


def server_time(headers: Mapping[str, str]) -> datetime | None:
    """The platform's clock at the answer (its `Date` header), for the next pull's cursor."""
    try:
        when = parsedate_to_datetime(headers.get("Date", ""))
    except (TypeError, ValueError):
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def with_query(url: str, params: Params) -> str:
    pairs = list(params.items()) if isinstance(params, Mapping) else list(params or ())
    if not pairs:
        return url
    joiner = "&" if urllib.parse.urlsplit(url).query else "?"
    return url + joiner + urllib.parse.urlencode(pairs)


def join(base: str, path: str) -> str:
    """`path` below the API URL the organizer gave (with or without its trailing slash)."""
    return base.rstrip("/") + "/" + path.lstrip("/")


def _host(url: str) -> str:
    return urllib.parse.urlsplit(url).netloc.lower()


def _where(url: str) -> str:
    """The URL without its query, for messages (queries may carry cursors and filters)."""
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
