"""The `checkin` command line. Each command group lives in its own module with a `register`.

Exit codes: 0 success, 1 a refused check-in, 2 invalid input (nothing changed).
This package never imports PySide6 unless a command opens a window.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence

from checkin import __version__
from checkin.cli import selftest
from checkin.cli.common import EXIT_INVALID, EXIT_OK, UserError, home_options
from checkin.cli.terminal_text import escaped_output
from checkin.paths import private_umask

# The modules that register the commands, in the order `checkin --help` lists them.
COMMAND_GROUPS = (
    "event", "desk", "walk_in", "sync", "platform", "merge", "hub", "terminal", "decode",
    "badges", "reports", "selftest",
)  # fmt: skip
# Which module registers each command: a command line that names one loads only that module,
# as each module loads what its commands need (all of them cost every command ~30 ms).
# tests/test_cli_start.py checks this against what the modules register.
COMMANDS = {
    "event": "event", "demo": "event",
    "scan": "desk", "undo": "desk", "find": "desk", "status": "desk",
    "walk-in": "walk_in", "sync": "sync", "connect": "platform", "push": "platform",
    "merge": "merge", "snapshot": "merge", "hub": "hub", "gui": "terminal", "kiosk": "terminal",
    "decode": "decode", "badges": "badges",
    "export": "reports", "purge": "reports", "dashboard": "reports", "selftest": "selftest",
}  # fmt: skip


def command_of(argv: Sequence[str]) -> str | None:
    """The command a command line names (its first word that is neither an option nor the value
    of --home), or None."""
    takes_value = False
    for word in argv:
        if takes_value:
            takes_value = False
        elif word == "--":
            return None
        elif word.startswith("-"):
            # --home DIR, or an abbreviation argparse accepts (--hom DIR)
            takes_value = len(word) >= 4 and "--home".startswith(word)
        else:
            return word
    return None


def open_desk(args: argparse.Namespace) -> int:
    """No command: the desk window, or the terminal desk where there is no display."""
    from checkin.cli.terminal import run_desk

    return run_desk(args)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; given the command a line names, only that command's module
    is loaded (any other word, or none, loads them all: --help and mistakes list every one)."""
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
    named = COMMANDS.get(command) if command is not None else None
    for group in (named,) if named is not None else COMMAND_GROUPS:
        importlib.import_module(f"checkin.cli.{group}").register(commands)
    parser.set_defaults(handler=open_desk)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # Outside text never drives the terminal, whatever prints it; what is written is private.
    with escaped_output(), private_umask():
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(command_of(words)).parse_args(words)
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
