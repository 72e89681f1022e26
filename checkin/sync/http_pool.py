"""HTTP(S) connections to a platform's API, kept open from one request to the next.

urllib.request opens a new connection for every request — on a real platform a TLS handshake for
every page of attendees, and on loopback a quarter of a page's time spent in its own machinery —
and on a redirect it forwards every header to wherever the redirect points, the token included.
This speaks http.client directly: one connection per scheme and host, kept while the server keeps
it (HTTP/1.1) and opened again when it does not; the proxy from the environment (`https_proxy`,
`http_proxy`, `no_proxy`) as urllib would use it. Redirects are the caller's to follow
(`ApiClient` decides who is given the token).
"""

from __future__ import annotations

import base64
import http.client
import ssl
import urllib.parse
import urllib.request
from collections.abc import Mapping

# A request that changes something (a check-in sent) must never reach the platform twice, so it
# is not sent over a kept connection that the server may have closed meanwhile: that is the one
# case where "send it again on a new connection" would be the natural repair.
_SAFE_AGAIN = frozenset({"GET", "HEAD"})
_STALE = (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError)


class CannotConnect(Exception):
    """The connection itself failed (refused, no route, unknown name, TLS); `reason` says how."""

    def __init__(self, reason: OSError) -> None:
        super().__init__(str(reason))
        self.reason = reason


class Pool:
    def __init__(self) -> None:
        self._open: dict[tuple[str, str], http.client.HTTPConnection] = {}
        self._absolute: set[tuple[str, str]] = set()  # plain HTTP through a proxy: full URLs
        self._proxy_auth: dict[tuple[str, str], str] = {}
        self._tls: ssl.SSLContext | None = None

    def send(
        self, method: str, url: str, body: bytes | None, headers: Mapping[str, str], timeout: float
    ) -> http.client.HTTPResponse:
        """Send one request and return its response, to be read whole (or `drop` the
        connection). Raises `CannotConnect`, `TimeoutError` or the error that cut it off."""
        parts = urllib.parse.urlsplit(url)
        key = (parts.scheme.lower(), parts.netloc.lower())
        if method not in _SAFE_AGAIN:
            self.drop(key)
        connection = self._open.get(key)
        kept = connection is not None and connection.sock is not None
        if connection is None:
            connection = self._open[key] = self._connection(key, parts)
        connection.timeout = timeout
        if connection.sock is None:
            try:
                connection.connect()
            except TimeoutError:
                self.drop(key)
                raise
            except OSError as error:
                self.drop(key)
                raise CannotConnect(error) from error
        else:
            connection.sock.settimeout(timeout)
        target = url if key in self._absolute else _path(parts)
        sent = dict(headers)
        if key in self._proxy_auth and key in self._absolute:
            sent["Proxy-Authorization"] = self._proxy_auth[key]
        try:
            connection.request(method, target, body=body, headers=sent)
            return connection.getresponse()
        except _STALE:
            self.drop(key)
            if not kept:
                raise
        # The server had closed the kept connection while it was idle: ask again on a new one.
        return self.send(method, url, body, headers, timeout)

    def drop(self, key_or_url: tuple[str, str] | str) -> None:
        """Close one host's connection (an answer left half read cannot carry another)."""
        key = key_or_url if isinstance(key_or_url, tuple) else _key(key_or_url)
        connection = self._open.pop(key, None)
        if connection is not None:
            connection.close()

    def close(self) -> None:
        """Close every connection; the pool opens new ones if it is used again."""
        for key in list(self._open):
            self.drop(key)

    def _connection(
        self, key: tuple[str, str], parts: urllib.parse.SplitResult
    ) -> http.client.HTTPConnection:
        proxy = _proxy_for(key[0], parts.hostname or "")
        if proxy is not None and proxy.username:
            user = urllib.parse.unquote(proxy.username)
            secret = urllib.parse.unquote(proxy.password or "")
            encoded = base64.b64encode(f"{user}:{secret}".encode()).decode("ascii")
            self._proxy_auth[key] = f"Basic {encoded}"
        via = None if proxy is None else f"{proxy.hostname}:{proxy.port or 80}"
        if key[0] == "https":
            if self._tls is None:
                self._tls = ssl.create_default_context()
            connection = http.client.HTTPSConnection(via or key[1], context=self._tls)
            if via is not None:
                extra = (
                    {"Proxy-Authorization": self._proxy_auth[key]}
                    if key in self._proxy_auth
                    else None
                )
                connection.set_tunnel(parts.hostname or "", parts.port, headers=extra)
            return connection
        if via is not None:
            self._absolute.add(key)
        return http.client.HTTPConnection(via or key[1])


def _key(url: str) -> tuple[str, str]:
    parts = urllib.parse.urlsplit(url)
    return parts.scheme.lower(), parts.netloc.lower()


def _path(parts: urllib.parse.SplitResult) -> str:
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _proxy_for(scheme: str, hostname: str) -> urllib.parse.SplitResult | None:
    """The proxy urllib would use for this scheme and host, if any."""
    proxy = urllib.request.getproxies().get(scheme)
    if not proxy or urllib.request.proxy_bypass(hostname):
        return None
    return urllib.parse.urlsplit(proxy if "://" in proxy else f"http://{proxy}")
