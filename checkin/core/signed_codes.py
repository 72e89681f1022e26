"""Ticket codes that carry their own proof: pretix's signed secrets (`pretix_sig1`), read.

pretix can issue each ticket's secret as a signed record instead of a random word, so that a
scanner that has never seen the ticket can still tell it is genuine: the secret is, reversed,
base64 of one version byte (1), the payload's and the signature's lengths (two bytes each, big
endian), the payload — a protobuf `Ticket` with `seed` (1, text), `item` (2), `variation` (3)
and `subevent` (4) — and an Ed25519 signature of the payload. This module only takes a code
apart (standard library); checking the signature against the event's keys is the sync layer's
(`checkin.sync.signatures`).
"""

from __future__ import annotations

import base64
import binascii
import re
import struct
from dataclasses import dataclass

_BASE64 = re.compile(r"[A-Za-z0-9+/]+={0,2}")
_VERSION = 1


@dataclass(frozen=True)
class SignedTicket:
    seed: str  # the ticket's opaque id
    item: int  # pretix's product id
    variation: int  # 0: none
    subevent: int  # 0: none
    payload: bytes  # what the signature signs
    signature: bytes


def parse_sig1(code: str) -> SignedTicket | None:
    """The ticket a pretix_sig1 secret describes, unverified; None when the code is not one."""
    if len(code) < 40 or not _BASE64.fullmatch(code[::-1]):
        return None
    try:
        raw = base64.b64decode(code[::-1], validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(raw) < 5 or raw[0] != _VERSION:
        return None
    payload_len, signature_len = struct.unpack(">HH", raw[1:5])
    if len(raw) != 5 + payload_len + signature_len:
        return None
    payload = raw[5 : 5 + payload_len]
    fields = _protobuf(payload)
    if fields is None:
        return None
    seed = fields.get(1, b"")
    try:
        text = seed.decode("utf-8") if isinstance(seed, bytes) else ""
    except UnicodeDecodeError:
        return None
    return SignedTicket(
        seed=text,
        item=_number(fields.get(2)),
        variation=_number(fields.get(3)),
        subevent=_number(fields.get(4)),
        payload=payload,
        signature=raw[5 + payload_len :],
    )


def _number(value: int | bytes | None) -> int:
    return value if isinstance(value, int) else 0


def _varint(data: bytes, at: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        if at >= len(data) or shift > 63:
            raise ValueError("truncated varint")
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return value, at


def _protobuf(data: bytes) -> dict[int, int | bytes] | None:
    """A flat protobuf message's fields by number (varints and length-delimited bytes); the
    fixed-width kinds are skipped. None when the bytes are not a protobuf message."""
    fields: dict[int, int | bytes] = {}
    at = 0
    try:
        while at < len(data):
            key, at = _varint(data, at)
            number, wire = key >> 3, key & 7
            if wire == 0:
                fields[number], at = _varint(data, at)
            elif wire == 2:
                length, at = _varint(data, at)
                if at + length > len(data):
                    return None
                fields[number], at = data[at : at + length], at + length
            elif wire == 1:
                at += 8
            elif wire == 5:
                at += 4
            else:
                return None
    except ValueError:
        return None
    return fields if at == len(data) else None
