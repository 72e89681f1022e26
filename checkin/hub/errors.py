"""How the hub fails, each told in one sentence that never shows the password: the two ways a
hub can fail a desk, and the organizer's own PostgreSQL that cannot be set up or started.

`str()` is the English sentence the command line prints and the log keeps; the errors a desk
meets while joining also carry a `code` and the values in the sentence (`facts`), so that the
window can say them again in the volunteers' language."""

from __future__ import annotations

from enum import StrEnum


class HubCode(StrEnum):
    OTHER = "other"  # said only in English (setting up a hub is the command line's)
    NOT_A_URL = "not_a_url"  # a join URL starts with postgresql:// and names a host
    BAD_PORT = "bad_port"  # the port is not a number
    BAD_FINGERPRINT = "bad_fingerprint"  # the certificate fingerprint is damaged
    UNREACHABLE = "unreachable"  # facts: host:port, the network's own words
    PASSWORD = "password"  # facts: host:port
    NO_DATABASE = "no_database"  # facts: host:port
    NOT_FROM_HERE = "not_from_here"  # facts: host:port (no pg_hba entry for this address)
    NAME_TAKEN = "name_taken"  # facts: the desk name another home works under
    NAME_ELSEWHERE = "name_elsewhere"  # facts: the name this home already works under
    NAME_REVOKED = "name_revoked"  # facts: the desk name
    NAME_INVALID = "name_invalid"  # facts: the desk name
    MAY_NOT_ADD = "may_not_add"  # the URL's role may not enrol desks


class HubError(Exception):
    """Something about the hub; `str()` is one sentence for the organizer."""

    def __init__(
        self, sentence: str, code: HubCode = HubCode.OTHER, facts: tuple[str, ...] = ()
    ) -> None:
        super().__init__(sentence)
        self.code, self.facts = code, facts


class HubUnreachable(HubError):
    """The hub cannot be reached now: the desk keeps working and tries again."""


class HubRefused(HubError):
    """The hub answered but this desk cannot use it (password, other event, other schema)."""


class ClusterError(HubError):
    """The local PostgreSQL could not be found, set up or started; one sentence says why."""
