"""`checkin --selftest` (also `checkin selftest`): check that this copy of the app works here.

Prints one line per check (`ok   window`, `FAIL badge: <why>`) and exits 0 when every check
passed, 1 otherwise. Needs no display: Qt runs on its offscreen platform unless told otherwise.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

from checkin.cli.common import EXIT_OK, EXIT_REFUSED

HELP = "check that the app works on this machine (offscreen) and exit"


def register(commands: Any) -> None:
    selftest = commands.add_parser("selftest", help=HELP)
    selftest.set_defaults(handler=run_selftest)


def run_selftest(args: argparse.Namespace) -> int:
    # Before Qt is imported: the selftest must run on a machine with no display at all.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from checkin.app import run_selftest as checks  # the one way from here to Qt, when asked for

    failed = []
    for result in checks():
        if result.ok:
            line = f"ok   {result.name}" + (f" ({result.detail})" if result.detail else "")
        else:
            line = f"FAIL {result.name}: {result.detail}"
            failed.append(result.name)
        print(line, flush=True)  # line by line: a hanging check shows which one it is
    if failed:
        print(f"selftest failed: {', '.join(failed)}")
        return EXIT_REFUSED
    print("selftest passed")
    return EXIT_OK
