"""Ticket codes: cleaning what a scanner delivers, and the codes the app issues itself.

Codes the app issues (walk-ins, imported rows without a code) carry an HMAC tag made with the
event's secret, so a desk can tell a genuine app-issued code from a made-up one offline.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

APP_PREFIX = "CK"
_BODY_BYTES = 5  # 8 base32 characters: 2^40 codes, ample for one event
_TAG_LENGTH = 6


def new_event_secret() -> str:
    return secrets.token_hex(32)


def _b32(data: bytes) -> str:
    return base64.b32encode(data).decode("ascii").rstrip("=")


def _tag(secret: str, body: str) -> str:
    digest = hmac.new(secret.encode("utf-8"), body.encode("ascii"), hashlib.sha256).digest()
    return _b32(digest)[:_TAG_LENGTH]


def issue_code(secret: str, seed: str | None = None) -> str:
    """A new signed code; with a seed (e.g. a source row's identity) the code is stable."""
    if seed is None:
        raw = secrets.token_bytes(_BODY_BYTES)
    else:
        raw = hmac.new(secret.encode(), seed.encode("utf-8"), hashlib.sha256).digest()
    body = _b32(raw[:_BODY_BYTES])
    return f"{APP_PREFIX}-{body}-{_tag(secret, body)}"


def is_app_code(code: str) -> bool:
    parts = code.split("-")
    return len(parts) == 3 and parts[0] == APP_PREFIX


def is_genuine(secret: str, code: str) -> bool:
    """True when the code was issued by this app for the event holding this secret."""
    if not is_app_code(code):
        return False
    _, body, tag = code.split("-")
    try:
        expected = _tag(secret, body)
    except UnicodeEncodeError:
        return False
    return hmac.compare_digest(expected, tag)


def clean(raw: str) -> str:
    """Strip what scanners and copy-paste add around a code: whitespace and control characters."""
    return "".join(ch for ch in raw if ch.isprintable()).strip()
