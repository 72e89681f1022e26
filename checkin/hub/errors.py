"""The two ways a hub can fail a desk, each told in one sentence that never shows the password."""

from __future__ import annotations


class HubError(Exception):
    """Something about the hub; `str()` is one sentence for the organizer."""


class HubUnreachable(HubError):
    """The hub cannot be reached now: the desk keeps working and tries again."""


class HubRefused(HubError):
    """The hub answered but this desk cannot use it (password, other event, other schema)."""
