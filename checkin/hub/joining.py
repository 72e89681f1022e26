"""Joining a hub, for the command line and the window alike: check the URL, check the hub's
certificate where the URL names one, run the first round, then remember the hub.

Nothing is remembered until that round got through: a refused or unreachable hub leaves the
home as it was (a lone desk, or still a desk of the hub it had joined before).
"""

from __future__ import annotations

from pathlib import Path

from checkin.db.repository import Repository
from checkin.hub import address, certificate, config
from checkin.hub.rounds import RoundReport, sync_round


def join(home: Path, repo: Repository, url: str, desk: str) -> RoundReport:
    """Make `home` a desk of the hub at `url`; HubRefused or HubUnreachable say why not."""
    url = address.check_url(url)
    pin = address.pin_of(url)
    if pin is None:  # a venue's own PostgreSQL, or an older URL: as its sslmode says
        with address.connect(url) as conn:
            report = sync_round(conn, repo)
        config.save(home, config.HubConfig(url, desk))
        return report
    staged = config.stage_certificate(home, certificate.fetch_pinned(url, pin))
    try:
        # libpq checks the certificate again on this very connection, against the copy.
        with address.connect(address.verified(url, staged)) as conn:
            report = sync_round(conn, repo)
        config.save(home, config.HubConfig(url, desk), staged_cert=staged)
    finally:
        staged.unlink(missing_ok=True)
    return report
