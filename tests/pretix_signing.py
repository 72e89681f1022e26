"""pretix's side of signed tickets (`pretix_sig1`), for the fakes: a protobuf `Ticket` written by
hand (seed, item, variation, subevent), signed with the event's Ed25519 key, laid out as pretix
documents (version 1, two big-endian lengths, payload, signature), base64'd and reversed."""

from __future__ import annotations

import base64
import struct

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def payload(seed: str, item: int, variation: int = 0, subevent: int = 0) -> bytes:
    raw = seed.encode()
    out = b"\x0a" + _varint(len(raw)) + raw + b"\x10" + _varint(item)
    if variation:
        out += b"\x18" + _varint(variation)
    if subevent:
        out += b"\x20" + _varint(subevent)
    return out


def layout(data: bytes, signature: bytes) -> str:
    raw = bytes([1]) + struct.pack(">HH", len(data), len(signature)) + data + signature
    return base64.b64encode(raw).decode()[::-1]


def sign(key: Ed25519PrivateKey, seed: str, item: int, variation: int = 0) -> str:
    data = payload(seed, item, variation)
    return layout(data, key.sign(data))


def public_key_text(key: Ed25519PrivateKey) -> str:
    """As the event resource's `valid_keys` lists it: base64 of the PEM public key."""
    pem = key.public_key().public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
    return base64.b64encode(pem).decode()
