"""The `checkin` command line. Each command group lives in its own module with a `register`.

Exit codes: 0 success, 1 a refused check-in, 2 invalid input (nothing changed).
This package never imports PySide6 unless a command opens a window.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from checkin import __version__
from checkin.cli import (
    badges,
    decode,
    desk,
    event,
    hub,
    merge,
    platform,
    reports,
    selftest,
    sync,
    terminal,
    walk_in,
)
from checkin.cli.common import EXIT_INVALID, EXIT_OK, UserError, home_options
from checkin.cli.terminal_text import escaped_output
from checkin.paths import private_umask

COMMAND_GROUPS = (
    event, desk, walk_in, sync, platform, merge, hub, terminal, decode, badges, reports,
    selftest,
)  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="checkin",
        description="Registration desk for technical meetups.",
        parents=[home_options()],
    )
    parser.add_argument("--version", action="version", version=f"checkin {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    parser.add_argument(
        "--selftest",
        dest="handler",
        action="store_const",
        const=selftest.run_selftest,
        help=selftest.HELP,
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in COMMAND_GROUPS:
        group.register(commands)
    parser.set_defaults(handler=terminal.run_desk)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # Outside text never drives the terminal, whatever prints it; what is written is private.
    with escaped_output(), private_umask():
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        return int(args.handler(args))
    except UserError as error:
        print(f"checkin: {error}", file=sys.stderr)
        return EXIT_INVALID
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `checkin find x | head` closed the pipe: the command's work is done, say nothing more.
        # Point stdout at /dev/null so the interpreter's final flush cannot raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
