"""Checking pretix's signed ticket secrets against the event's public keys, offline.

The event resource's `valid_keys` lists, under `pretix_sig1`, the keys its tickets are signed
with: each is base64 of a PEM "PUBLIC KEY" (Ed25519). They are stored at the desk with the list,
so that a ticket bought after the last pull is verified at the door without a network. The
curve is the `cryptography` package's, never written here.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable
from functools import lru_cache

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import load_pem_public_key

from checkin.core.signed_codes import SignedTicket

SCHEME = "pretix_sig1"


@lru_cache(maxsize=16)
def _public_key(text: str) -> Ed25519PublicKey | None:
    """One of `valid_keys`, loaded once (a key load costs far more than a verification)."""
    try:
        key = load_pem_public_key(base64.b64decode(text, validate=True))
    except (binascii.Error, ValueError, UnsupportedAlgorithm):
        return None
    return key if isinstance(key, Ed25519PublicKey) else None


def usable_keys(keys: Iterable[str]) -> list[str]:
    """The keys the desk can verify with (the others are named by the sync as unreadable)."""
    return [key for key in keys if _public_key(key) is not None]


def verified(ticket: SignedTicket, keys: Iterable[str]) -> bool:
    """True when one of the event's keys signed this ticket's payload."""
    for text in keys:
        key = _public_key(text)
        if key is None:
            continue
        try:
            key.verify(ticket.signature, ticket.payload)
        except InvalidSignature:
            continue
        return True
    return False
