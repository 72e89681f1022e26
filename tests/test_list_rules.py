"""pretix's rule language and signed secrets, taken apart without a platform."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given
from hypothesis import strategies as st

from checkin.core.rule_logic import Context, Unsupported, evaluate, unsupported
from checkin.core.signed_codes import parse_sig1
from checkin.sync.signatures import verified
from tests.pretix_signing import layout, payload, public_key_text, sign

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2016, 2, 15, 10, 0, tzinfo=UTC)


def context(**changes: object) -> Context:
    given = {"now": NOW, "zone": LONDON, "product": "4", "variation": "",
             "entries": [NOW - timedelta(hours=1)]}  # fmt: skip
    return Context(**{**given, **changes})  # type: ignore[arg-type]


def test_the_rules_the_editor_writes_are_evaluated() -> None:
    speaker = {"lookup": ["product", "4", "Speaker"]}
    product = {"inList": [{"var": "product"}, {"objectList": [speaker]}]}
    assert evaluate(product, context()) is True
    assert evaluate(product, context(product="1")) is False
    twice = {"<": [{"var": "entries_today"}, 2]}
    assert evaluate(twice, context()) is True
    assert evaluate(twice, context(entries=[NOW, NOW - timedelta(hours=2)])) is False
    window = {"and": [
        {"isAfter": [{"var": "now"}, {"buildTime": ["custom", "2016-02-15T09:00:00Z"]}, 10]},
        {"isBefore": [{"var": "now"}, {"buildTime": ["customtime", "10:30"]}]},
    ]}  # fmt: skip
    assert evaluate(window, context()) is True
    assert evaluate(window, context(now=NOW + timedelta(hours=1))) is False
    assert evaluate({">": [{"var": "minutes_since_last_entry"}, 30]}, context()) is True
    assert evaluate({"<": [0, {"var": "entries_days"}, 2]}, context()) is True


def test_what_the_desk_cannot_know_is_named_not_guessed() -> None:
    rule = {"or": [{"inList": [{"var": "gate"}, [1]]}, {"buildTime": ["date_admission_x"]}]}
    assert unsupported(rule) == {"var gate", "buildTime date_admission_x"}
    with pytest.raises(Unsupported, match="var gate"):
        evaluate({"==": [{"var": "gate"}, 1]}, context())
    assert unsupported({"and": [{"var": "product"}, {"var": "entries_number"}]}) == set()


def test_a_signed_secret_is_read_and_verified_and_a_forged_one_is_not() -> None:
    key = Ed25519PrivateKey.generate()
    secret = sign(key, "Xk3p9a0Qz", 12345678, 21)
    ticket = parse_sig1(secret)
    assert ticket is not None
    read = (ticket.seed, ticket.item, ticket.variation, ticket.subevent)
    assert read == ("Xk3p9a0Qz", 12345678, 21, 0)
    assert verified(ticket, [public_key_text(key)])
    other = Ed25519PrivateKey.generate()
    assert not verified(ticket, [public_key_text(other)])
    tampered = parse_sig1(layout(payload("Xk3p9a0Qz", 1, 21), ticket.signature))
    assert tampered is not None and not verified(tampered, [public_key_text(key)])
    assert not verified(ticket, ["not base64!", base64.b64encode(b"not a key").decode()])


@given(st.text(max_size=300))
def test_any_scanned_text_is_either_a_signed_ticket_or_nothing(text: str) -> None:
    ticket = parse_sig1(text)
    assert ticket is None or isinstance(ticket.item, int)


@given(st.binary(max_size=200))
def test_any_bytes_laid_out_as_a_secret_never_break_the_reader(data: bytes) -> None:
    parse_sig1(layout(data, b"\x00" * 64))
