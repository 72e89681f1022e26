"""The organizer PIN on the command line: the same PIN, and the same slow check, as the window.

Commands that change the event, export personal data, admit past capacity or purge ask for it
when one is set: at a prompt on a terminal, else from `--pin-file FILE` (its first line) or
$CHECKIN_PIN for scripts. Without a PIN set (a home no window has locked yet) they run as before.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from checkin.cli.common import UserError, home_of

PIN_ENV = "CHECKIN_PIN"


def add_pin_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--pin-file",
        metavar="FILE",
        help=f"read the organizer PIN from FILE's first line (or set ${PIN_ENV})",
    )


def require_pin(args: argparse.Namespace, what: str) -> None:
    """Return when no PIN is set or the right one was given; else raise a one-sentence error."""
    from checkin.operations.organizer_pin import PinStore

    store = PinStore(home_of(args))
    if not store.has_pin:
        return
    verdict = store.check(_given_pin(args, what))
    if not verdict.ok:
        reason = "Wrong organizer PIN" if verdict.message == "Wrong PIN." else verdict.message
        raise UserError(f"{reason.rstrip('.')}: {what} was not done.")


def _given_pin(args: argparse.Namespace, what: str) -> str:
    if getattr(args, "pin_file", None):
        try:
            lines = Path(args.pin_file).expanduser().read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            raise UserError(f"The PIN file {args.pin_file} cannot be read.") from error
        return lines[0].strip() if lines else ""
    if os.environ.get(PIN_ENV):
        return os.environ[PIN_ENV].strip()
    if sys.stdin.isatty():
        return getpass.getpass("Organizer PIN: ")
    raise UserError(
        f"{what[0].upper()}{what[1:]} needs the organizer PIN: give it with --pin-file FILE "
        f"or ${PIN_ENV}."
    )
