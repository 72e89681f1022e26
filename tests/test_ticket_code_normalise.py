"""Normalising what scanners deliver into the ticket codes the import stored."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checkin.core.ticket_codes import CodeKind, clean, issue_code, kind_of, normalise


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  ABC123 \r\n", "ABC123"),
        ("\ufeffABC123\u200b", "ABC123"),
        ("https://tickets.example.org/ticket/ab12cd34ef56gh78ij90", "ab12cd34ef56gh78ij90"),
        ("https://example.org/tickets/XYZ-1/", "XYZ-1"),
        ("https://example.org/check?code=CK-ABCDEFGH-IJKLMN", "CK-ABCDEFGH-IJKLMN"),
        ("http://pretix.example/ev/order/?secret=s3cr3tvalue00000000000", "s3cr3tvalue00000000000"),
        ("https://example.org/o/77/t/ABCD-3?utm_source=mail", "ABCD-3"),
        ("https://example.org/ABCD-3", "ABCD-3"),
        ("https://example.org/", "https://example.org/"),
        ("http://[broken", "http://[broken"),
        ("ck-abcdefgh-ijklmn", "CK-ABCDEFGH-IJKLMN"),
        ("pretixsecretlowercase0001", "pretixsecretlowercase0001"),
        ("", ""),
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_app_codes_survive_normalising() -> None:
    code = issue_code("secret", seed="row-1")
    assert normalise(f" {code.lower()}\n") == code
    assert normalise(f"https://desk.example/ticket/{code}") == code


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("CK-ABCDEFGH-IJKLMN", CodeKind.APP),
        ("1234567890123456789", CodeKind.EVENTBRITE),
        ("ab12cd34ef56gh78ij90kl", CodeKind.PRETIX),
        ("ABCD-1", CodeKind.TITO),
        ("hello world", CodeKind.OTHER),
    ],
)
def test_kind_of(code: str, kind: CodeKind) -> None:
    assert kind_of(code) is kind


@given(st.text())
def test_normalise_never_raises_and_is_idempotent(raw: str) -> None:
    once = normalise(raw)
    assert once == clean(once)
    assert normalise(once) in {once, normalise(once)}
