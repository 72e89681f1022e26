"""Joining a hub, for the command line and the window alike: check the URL, check the hub's
certificate where the URL names one, enrol as a desk of its own, run the first round, then
remember the hub.

Enrolment (`desk_roles.enrol`) trades the join URL for a PostgreSQL role and password that are
this desk's alone; the home keeps those (in `hub.json`, readable by its user only), never the
join URL, so a lost laptop holds nothing that writes as another desk or adds desks. Nothing is
remembered until the first round got through: a refused or unreachable hub leaves the home as
it was (a lone desk, or still a desk of the hub it had joined before).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

from checkin.db import hub_state
from checkin.db.repository import Repository
from checkin.hub import address, certificate, config, desk_roles, schema
from checkin.hub.rounds import RoundReport, sync_round


def join(home: Path, repo: Repository, url: str, desk: str) -> RoundReport:
    """Make `home` a desk of the hub at `url`; HubRefused or HubUnreachable say why not."""
    url = address.check_url(url)
    pin = address.pin_of(url)
    if pin is None:  # a venue's own PostgreSQL, or an older URL: as its sslmode says
        own = _enrolled(url, url, repo, desk)
        with address.connect(own) as conn:
            report = sync_round(conn, repo, batches=None)
        config.save(home, config.HubConfig(own, desk))
        return report
    staged = config.stage_certificate(home, certificate.fetch_pinned(url, pin))
    try:
        # libpq checks the certificate again on this very connection, against the copy.
        own = _enrolled(url, address.verified(url, staged), repo, desk)
        with address.connect(address.verified(own, staged)) as conn:
            report = sync_round(conn, repo, batches=None)
        config.save(home, config.HubConfig(own, desk), staged_cert=staged)
    finally:
        staged.unlink(missing_ok=True)
    return report


def _enrolled(url: str, connection: str, repo: Repository, desk: str) -> str:
    """The join URL with this desk's own role and password in place of the join secret."""
    with address.connect(connection) as conn:
        schema.identify(conn)
        role, password = desk_roles.enrol(conn, desk, hub_state.home_identity(repo))
    hub_state.relabel(repo, desk)  # what this home made before is this desk's, by its name
    return with_credentials(url, role, password)


def with_credentials(url: str, user: str, password: str) -> str:
    parts = urlsplit(url)
    host = parts.hostname or ""
    host = f"[{host}]" if ":" in host else host
    port = f":{parts.port}" if parts.port else ""
    netloc = f"{quote(user, safe='')}:{quote(password, safe='')}@{host}{port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
