"""Outside text reaches the terminal escaped: payloads, file names, names, errors naming them.

Each command runs as a child process, as a user's shell would run it; what it prints is checked
for every character that could drive a terminal (C0/C1 controls, DEL, bidi overrides).
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import replace
from datetime import date
from pathlib import Path

import cv2

from checkin.core.entities import Attendee
from checkin.db.repository import Repository
from checkin.paths import database_path
from tests.cli import checkin
from tests.fakes import meetup
from tests.qr_media import qr_image, scene

CSI = "\x9b"  # C1 "control sequence introducer": ESC [ in one character
HOSTILE_PAYLOAD = f"A{CSI}2JB\x7fC\u202eD\x1b]0;owned\x07E"


def drives_the_terminal(text: str) -> list[str]:
    """The characters in `text` a terminal could act on (newlines and tabs are layout)."""
    return [
        f"U+{ord(ch):04X}"
        for ch in text
        if ch not in "\n\t" and unicodedata.category(ch) in {"Cc", "Cf", "Cs", "Zl", "Zp"}
    ]


def test_decode_json_escapes_c1_del_and_bidi(tmp_path: Path) -> None:
    image = tmp_path / "ticket.png"
    cv2.imwrite(str(image), scene([(qr_image(HOSTILE_PAYLOAD), 100, 100)]))
    done = checkin("decode", str(image), "--json")
    assert done.code == 0, done.err
    assert drives_the_terminal(done.out) == []
    assert "\\u009b" in done.out and "\\u007f" in done.out and "\\u202e" in done.out
    assert json.loads(done.out) == {"file": str(image), "payloads": [HOSTILE_PAYLOAD]}


def test_plain_decode_escapes_file_names_payloads_and_errors(tmp_path: Path) -> None:
    image = tmp_path / f"ticket{CSI}2J\u202e.png"
    cv2.imwrite(str(tmp_path / "plain.png"), scene([(qr_image(HOSTILE_PAYLOAD), 100, 100)]))
    (tmp_path / "plain.png").rename(image)
    missing = tmp_path / "gone\x1b[2J.png"
    done = checkin("decode", str(image), str(missing))
    assert done.code == 2
    assert drives_the_terminal(done.out) == [] and drives_the_terminal(done.err) == []
    assert done.out == (
        f"{tmp_path}/ticket\\u009b2J\\u202e.png: "
        "A\\u009b2JB\\u007fC\\u202eD\\u001b]0;owned\\u0007E\n"
    )
    assert done.err == f"checkin: {tmp_path}/gone\\u001b[2J.png does not exist.\n"


def hostile_home(home: Path) -> Attendee:
    """A home whose attendee came in with control characters (as a merged desk's could)."""
    with Repository(database_path(home)) as repo:
        repo.save_event(replace(meetup(), name=f"Meetup{CSI}2J", days=(date.today(),)))
        return repo.add_attendee(
            Attendee(
                code="6000000000000000001",
                first_name=f"Mallory\x1b[31m{CSI}1;1H",
                last_name="\u202eyrollaM",
                company="Evil\x7f Corp\x1b]0;title\x07",
                ticket_type="Operator",
            )
        )


def test_find_scan_and_status_escape_names(tmp_path: Path) -> None:
    home = tmp_path / "home"
    mallory = hostile_home(home)
    found = checkin("find", "Mallory", home=home)
    assert found.code == 0, found.err
    assert mallory.code in found.out
    assert drives_the_terminal(found.out) == []
    assert "Mallory\\u001b[31m\\u009b1;1H" in found.out

    as_json = checkin("find", "Mallory", "--json", home=home)
    assert drives_the_terminal(as_json.out) == []
    assert as_json.json()[0]["first_name"] == mallory.first_name  # the value, unchanged

    scanned = checkin("scan", mallory.code, home=home)
    assert scanned.code == 0, scanned.out + scanned.err
    assert scanned.out.startswith("ADMITTED")
    assert drives_the_terminal(scanned.out + scanned.err) == []

    again = checkin("scan", mallory.code, "--json", home=home)
    assert again.code == 1 and drives_the_terminal(again.out) == []
    assert again.json()["message"].startswith(
        mallory.first_name
    )  # read back character for character

    status = checkin("status", home=home)
    assert status.code == 0 and drives_the_terminal(status.out) == []
    assert status.out.startswith("Meetup\\u009b2J")


def test_an_error_quoting_outside_text_is_escaped(tmp_path: Path) -> None:
    done = checkin("sync", str(tmp_path / "list\x1b[2J.csv"), home=tmp_path / "home")
    assert done.code == 2
    assert done.err == f"checkin: There is no file {tmp_path}/list\\u001b[2J.csv.\n"
