"""Which name a desk joins a hub under: the one rule the command line and the window share.

A desk that joined before keeps its name (a desk is its home; joining again under another name
is refused by the hub). A new one is offered the host name and a few characters of the home's
identity, so that two laptops made from one image are offered two names. Offering only reads:
the window asks on its UI thread, which never waits for the write lock; the identity itself is
made when the home first joins (`checkin.hub.joining`). A home without one yet is offered a
random suffix instead: the name is a label, only unique, and nothing later depends on which.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from checkin.db import hub_state
from checkin.db.repository import Repository, default_desk
from checkin.hub import config


def offered_name(home: Path, repo: Repository) -> str:
    joined = config.load(home)
    if joined is not None and joined.desk:
        return joined.desk
    identity = hub_state.known_home(repo) or str(uuid.uuid4())
    return f"{default_desk()}-{identity[:4]}"
