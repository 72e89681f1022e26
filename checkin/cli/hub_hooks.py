"""What a joined home's writing commands add: a pull before a scan, a push after a write.

Each waits about a second at most (`checkin.hub.bounded`); when the hub does not answer the
write is kept and queued, the command says so in one line on stderr, and its exit code is the
one it would have without a hub.
"""

from __future__ import annotations

import argparse
import sys
from types import TracebackType
from typing import TYPE_CHECKING

from checkin.cli.common import home_of, open_repository

if TYPE_CHECKING:
    from checkin.db.repository import Repository
    from checkin.hub.link import HubLink


class JoinedDesk:
    """`with JoinedDesk(args, repo, pull_first=True): …write…` — a no-op in a lone home."""

    def __init__(self, args: argparse.Namespace, repo: Repository, pull_first: bool = False):
        from checkin.hub import config
        from checkin.hub.errors import HubError

        self.repo = repo
        self.config = config.load(home_of(args))
        self.pull_first = pull_first
        self.problem: HubError | None = None

    def __enter__(self) -> JoinedDesk:
        if self.config is None or not self.pull_first:
            return self  # a lone home loads nothing of the hub (psycopg alone takes ~50 ms)
        from checkin.hub.bounded import bounded_round
        from checkin.hub.errors import HubError

        outcome = bounded_round(self.repo, self.config.connection)
        if isinstance(outcome, HubError):
            self.problem = outcome
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self.config is None or kind is not None:
            return
        from checkin.db import hub_state
        from checkin.hub.bounded import bounded_round
        from checkin.hub.errors import HubError, HubRefused

        if self.problem is None:
            outcome = bounded_round(self.repo, self.config.connection, pull=False)
            if isinstance(outcome, HubError):
                self.problem = outcome
        if self.problem is not None:
            waiting = hub_state.off_hub_count(self.repo)
            what = "refused this desk" if isinstance(self.problem, HubRefused) else "unreachable"
            print(
                f"Hub {what}: kept here and queued ({waiting} event{'s' if waiting != 1 else ''}"
                f" waiting to be sent). {self.problem}",
                file=sys.stderr,
            )


def push_now(args: argparse.Namespace) -> None:
    """After a command that wrote through its own repository: push, in a joined home."""
    from checkin.hub import config

    if config.load(home_of(args)) is None:
        return
    with open_repository(args, need_event=False) as repo, JoinedDesk(args, repo):
        pass


def live_link(args: argparse.Namespace, repo: Repository) -> HubLink | None:
    """The hub link of a long-running desk (the terminal desk), quietly retrying; None when the
    home has not joined a hub. The caller stops it."""
    from checkin.hub import config
    from checkin.hub.link import HubLink

    joined = config.load(home_of(args))
    if joined is None:
        return None
    return HubLink(repo, joined.connection, lambda _status: None).start()
