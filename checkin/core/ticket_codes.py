"""Ticket codes: cleaning and normalising what a scanner delivers, and the codes the app issues.

Codes the app issues (walk-ins, imported rows without a code) carry an HMAC tag made with the
event's secret, so a desk can tell a genuine app-issued code from a made-up one offline.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import hmac
import re
import secrets
from urllib.parse import parse_qs, unquote, urlsplit

APP_PREFIX = "CK"
# The note of a walk-in admitted by its code alone, before the desk that registered it was
# heard from: a placeholder that takes the registration's details when they arrive.
UNHEARD_WALK_IN = "walk-in registered at a desk not heard from yet"
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
    """Strip what scanners and copy-paste add around a code: whitespace and control characters.

    Invisible format characters (byte-order marks, zero-width spaces) go too: they are not
    printable, and a code that differs from the stored one only by them is the same ticket.
    """
    return "".join(ch for ch in raw if ch.isprintable()).strip()


class CodeKind(enum.Enum):
    """Where a ticket code most likely comes from, judged by its shape alone."""

    APP = "app"  # CK-XXXXXXXX-XXXXXX, signed by this app
    EVENTBRITE = "eventbrite"  # long digit string (order + attendee + suffix)
    PRETIX = "pretix"  # random secret of 20+ lowercase letters and digits
    TITO = "tito"  # short reference such as ABCD-1
    OTHER = "other"


_APP_RE = re.compile(r"ck-[a-z2-7]{8}-[a-z2-7]{6}", re.IGNORECASE)
_EVENTBRITE_RE = re.compile(r"\d{12,24}")
_PRETIX_RE = re.compile(r"[a-z0-9]{20,64}")
_TITO_RE = re.compile(r"[A-Z0-9]{4}-\d{1,3}")
# Query parameters that carry the code in ticket links (pretix `secret`, generic `code`, ...).
_CODE_PARAMS = ("code", "secret", "ticket", "barcode", "reference", "ref", "t", "c")
# Path words after which the code follows: /ticket/<code>, /checkin/<code>, ...
_PATH_MARKERS = frozenset({"ticket", "tickets", "t", "checkin", "check-in", "code", "c", "qr"})
_URL_RE = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def kind_of(code: str) -> CodeKind:
    if _APP_RE.fullmatch(code):
        return CodeKind.APP
    if _EVENTBRITE_RE.fullmatch(code):
        return CodeKind.EVENTBRITE
    if _PRETIX_RE.fullmatch(code):
        return CodeKind.PRETIX
    if _TITO_RE.fullmatch(code):
        return CodeKind.TITO
    return CodeKind.OTHER


def _unwrap_url(text: str) -> str:
    """The code inside a ticket link, or the text unchanged when it is not a link."""
    if not _URL_RE.match(text):
        return text
    try:
        parts = urlsplit(text)
        query = parse_qs(parts.query, keep_blank_values=False)
    except ValueError:  # malformed netloc such as "http://[" : keep what was scanned
        return text
    lowered = {key.lower(): values for key, values in query.items()}
    for name in _CODE_PARAMS:
        values = lowered.get(name)
        if values and values[0].strip():
            return values[0].strip()
    segments = [unquote(seg) for seg in parts.path.split("/") if seg.strip()]
    for index, segment in enumerate(segments[:-1]):
        if segment.lower() in _PATH_MARKERS:
            return segments[index + 1]
    if segments:
        return segments[-1]
    # A bare link with nothing after the host carries no code: keep it for the refusal text.
    return text


def normalise(raw: str) -> str:
    """The ticket code a scanner or a pasted link means, in the form the import stored.

    Removes whitespace and control characters, takes the code out of ticket links such as
    `https://example.org/ticket/<code>` or `...?secret=<code>`, and upper-cases the app's own
    codes (a scanner with Caps Lock on sends them in lower case). Other codes keep their case:
    pretix secrets are case-sensitive.
    """
    text = clean(raw)
    text = clean(_unwrap_url(text))
    if _APP_RE.fullmatch(text):
        return text.upper()
    return text
