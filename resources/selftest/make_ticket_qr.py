"""Writes the ticket QR that `checkin --selftest` decodes (run from the source tree's root):

    PYTHONPATH=. python resources/selftest/make_ticket_qr.py

The payload is the ticket code of the demo event's first attendee (the demo's codes come from a
fixed seed), so the selftest can decode the image and find the person in a fresh demo home.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import qrcode

from checkin.demo import demo_attendees, demo_event

HERE = Path(__file__).resolve().parent


def main() -> None:
    code = demo_attendees(demo_event(date(2016, 2, 15)))[0].code
    image = qrcode.make(code, error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=8)
    image.save(HERE / "ticket-qr.png")
    (HERE / "ticket-qr.txt").write_text(code + "\n", encoding="ascii")


if __name__ == "__main__":
    main()
