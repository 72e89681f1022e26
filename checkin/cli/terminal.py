"""The desk in a terminal: scan or type a code, or a few letters of a name, and see the verdict.

`checkin` and `checkin gui` open the desk window when a display is available, and this terminal
desk where none is (or with --terminal). It holds a `checkin.operations.Desk` session as the
window does and reads each line with the session's `interpret`, so the same text gets the same
answer in both: a ticket code is scanned, a code-like text no ticket has is refused as unknown,
anything else is searched.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import TYPE_CHECKING, Any, TextIO

from checkin.cli.common import EXIT_OK, UserError, desk_name, home_of, home_options, open_repository
from checkin.cli.desk import describe_scan
from checkin.cli.hub_hooks import JoinedDesk, live_link
from checkin.cli.organizer import add_pin_option, require_pin
from checkin.core.entities import Direction
from checkin.core.search import SearchHit

if TYPE_CHECKING:
    from checkin.db.repository import Repository

log = logging.getLogger("checkin.ui")
# Platforms that draw nowhere a person could see: a window there would just wait forever.
_INVISIBLE_PLATFORMS = {"offscreen", "minimal", "vnc"}

HELP = (
    "Scan or type a ticket code, or type two or more letters of a name.\n"
    "  a number   admit that search result      /undo CODE   undo a check-in\n"
    "  /out CODE  record someone leaving        /status      headcount\n"
    "  /quit      leave the desk (Ctrl+D too)"
)


def register(commands: Any) -> None:
    gui = commands.add_parser("gui", parents=[home_options()], help="open the desk (default)")
    gui.add_argument("--desk", metavar="NAME", help="desk name recorded with check-ins")
    gui.add_argument("--terminal", action="store_true", help="the terminal desk, not the window")
    gui.set_defaults(handler=run_desk)

    kiosk = commands.add_parser(
        "kiosk",
        parents=[home_options()],
        help="a self-service kiosk: attendees check themselves in",
    )
    kiosk.add_argument("--desk", metavar="NAME", help="the kiosk's desk name (default kiosk-HOST)")
    add_pin_option(kiosk)
    kiosk.set_defaults(handler=run_kiosk)


def display_available() -> bool:
    """Whether a window can be shown. Qt aborts the whole process when it cannot reach a display,
    so this is decided before Qt is loaded."""
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    if platform in _INVISIBLE_PLATFORMS:
        return False
    if platform or not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def open_window(args: argparse.Namespace) -> int | None:
    """Run the desk window until it closes; None where no window can be shown."""
    if getattr(args, "terminal", False) or not display_available():
        return None
    try:
        from checkin.app import run_window  # Qt is loaded only when a window opens
    except ImportError as error:
        log.warning("no window (%s); using the terminal desk", error)
        return None
    return run_window(home_of(args), desk=desk_name(args))


def run_kiosk(args: argparse.Namespace) -> int:
    if not display_available():
        raise UserError("A kiosk needs a screen: no display is available here.")
    require_pin(args, "starting a kiosk")  # the PIN leaves it too: an organizer's to start
    from checkin.app import run_kiosk as open_kiosk  # Qt is loaded only when a window opens
    from checkin.hub import config as hub_config

    joined = hub_config.load(home_of(args))
    named = desk_name(args)
    if joined is not None and named and named != joined.desk:
        # The hub takes from each home only what it writes under the name it joined as.
        raise UserError(
            f"This home works at its hub as {joined.desk!r}, so a kiosk on it records as that "
            f"desk; to show {named!r} as a desk of its own, give the kiosk its own home and "
            f"join the hub from it with --desk {named!r}."
        )
    return open_kiosk(home_of(args), desk=named)


def run_desk(args: argparse.Namespace) -> int:
    status = open_window(args)
    if status is not None:
        return status
    # A joined home pulls before the desk opens, shares its scans live as the window does, and
    # pushes what is left when it closes.
    with open_repository(args) as repo, JoinedDesk(args, repo, pull_first=True):
        link = live_link(args, repo)
        try:
            return TerminalDesk(repo, sys.stdin, sys.stdout).run()
        finally:
            if link is not None:
                link.stop()


class TerminalDesk:
    def __init__(self, repo: Repository, stdin: TextIO, stdout: TextIO) -> None:
        from checkin.operations import Desk

        self.repo, self.stdin, self.stdout = repo, stdin, stdout
        self.desk = Desk(repo)
        self.hits: list[SearchHit] = []

    def say(self, text: str) -> None:
        print(text, file=self.stdout, flush=True)

    def run(self) -> int:
        event = self.repo.require_event()
        self.say(f"{event.name} — desk {self.repo.desk}\n{HELP}")
        while True:
            self.stdout.write("> ")
            self.stdout.flush()
            line = self.stdin.readline()
            if not line or line.strip() in {"/quit", "/q"}:
                self.say("")
                return EXIT_OK
            self.handle(line.strip())

    def handle(self, line: str) -> None:
        from checkin.operations import InputKind

        reading = self.desk.interpret(line, commands=True)
        if reading.kind is InputKind.EMPTY:
            return
        if reading.kind is InputKind.COMMAND:
            self.command(reading.text, reading.argument)
        elif line.isdigit() and 1 <= int(line) <= len(self.hits) and len(line) <= 2:
            self.admit(self.hits[int(line) - 1].attendee.code)
        elif reading.scannable:
            self.admit(reading.text)  # a code no ticket has is refused as unknown, as in the window
        else:
            self.show_search(reading.text)

    def command(self, command: str, rest: str) -> None:
        from checkin.db import stats

        if command == "/status":
            count = stats.headcount(self.repo)
            capacity = count.capacity or "∞"
            self.say(
                f"On site {count.on_site} / {capacity}, "
                f"checked in today {count.checked_in_today} of {count.registered}."
            )
        elif command == "/undo" and rest:
            self.say(self.desk.undo_latest(rest).message)
        elif command == "/out" and rest:
            result, _changes = self.desk.record_scan(rest, direction=Direction.OUT, badge=False)
            self.say(describe_scan(result))
        else:
            self.say(HELP)

    def admit(self, code: str) -> None:
        self.hits = []
        result, _changes = self.desk.record_scan(code, badge=False)
        self.desk.shown_scan(result)
        self.say(describe_scan(result))

    def show_search(self, query: str) -> None:
        self.hits = self.desk.search(query, limit=9)
        if not self.hits:
            self.say(f"No ticket or name matches {query[:60]!r}.")
            return
        for number, hit in enumerate(self.hits, start=1):
            a = hit.attendee
            state = " (cancelled)" if a.cancelled else ""
            self.say(f"  {number}. {a.display_name} · {a.company or '—'} · {a.ticket_type}{state}")
        self.say("Type a number to admit.")
