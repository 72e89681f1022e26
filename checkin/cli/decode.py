"""`checkin decode FILE... [--formats NAME,...] [--json]`: the codes in images and video files.

Also the organizers' "can the desk read this ticket / this camera's footage" check. Needs no
event. Each unreadable input is reported in one sentence; the others are still decoded, and the
exit code is 2 if any input could not be read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from checkin.cli.common import EXIT_INVALID, EXIT_OK, UserError, home_options
from checkin.cli.terminal_text import escape, json_text
from checkin.core.symbologies import SYMBOLOGIES, parse_symbologies


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "decode",
        parents=[home_options()],
        help="print the QR payloads found in images or video files",
    )
    parser.add_argument(
        "files", nargs="+", metavar="FILE", help="image (PNG, JPEG, WebP, …) or video"
    )
    parser.add_argument("--json", action="store_true", help="one JSON object per input line")
    parser.add_argument(
        "--formats",
        metavar="NAME,...",
        default="qr",
        help=f"symbologies to look for (default qr; {', '.join(SYMBOLOGIES)})",
    )
    parser.set_defaults(handler=run_decode)


def run_decode(args: argparse.Namespace) -> int:
    from checkin.scanning.decoder import Decoder
    from checkin.scanning.files import UnreadableFile, decode_file

    try:
        decoder = Decoder(parse_symbologies(args.formats))
    except ValueError as error:
        raise UserError(f"--formats: {error}") from error
    failed = False
    for name in args.files:
        path = Path(name)
        try:
            result = decode_file(path, decoder)
        except UnreadableFile as error:
            failed = True
            print(f"checkin: {escape(str(error))}", file=sys.stderr)
            if args.json:
                print(json_text({"file": name, "payloads": [], "error": str(error)}))
            continue
        payloads = [item.text for item in result.decoded]
        if args.json:
            print(json_text({"file": name, "payloads": payloads}))
        elif not payloads:
            print(f"{escape(name)}: no code found")
        else:
            for payload in payloads:
                # Escaped here too: a payload is data even where stdout is not the guarded one.
                print(f"{escape(name)}: {escape(payload)}")
    return EXIT_INVALID if failed else EXIT_OK
