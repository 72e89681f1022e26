"""How the hub fails, each told in one sentence that never shows the password: the two ways a
hub can fail a desk, and the organizer's own PostgreSQL that cannot be set up or started."""

from __future__ import annotations


class HubError(Exception):
    """Something about the hub; `str()` is one sentence for the organizer."""


class HubUnreachable(HubError):
    """The hub cannot be reached now: the desk keeps working and tries again."""


class HubRefused(HubError):
    """The hub answered but this desk cannot use it (password, other event, other schema)."""


class ClusterError(HubError):
    """The local PostgreSQL could not be found, set up or started; one sentence says why."""
