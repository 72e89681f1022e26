"""The organizer PIN: one implementation for the desk window and the command line.

What it protects against: a volunteer (or anyone passing) at an unlocked desk changing the event,
exporting the attendee list, admitting past capacity or purging. What it does not: someone with
the laptop's account and a file browser, who can read the database itself.

The PIN is kept only as a slow hash (scrypt, about 0.3 s and 64 MiB per try, so guessing a
4-digit PIN offline takes an hour rather than a second) in `organizer-pin.json` in the home,
0600. Two typos are free; from the third wrong try in a row the next one must wait, twice as long
each time (1 s, 2 s, 4 s … 5 min), and the count survives a restart. A PIN file that exists but
cannot be read is a locked desk, never a first run: nobody gets to choose a new PIN by emptying
it.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import json
import logging
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checkin.paths import private_file

log = logging.getLogger("checkin.pin")

PIN_FILE = "organizer-pin.json"
MIN_PIN = 4
SCRYPT = {"n": 2**16, "r": 8, "p": 1}  # ~0.3 s on a desk laptop
_MAXMEM = 2**27
FREE_TRIES, FIRST_DELAY, MAX_DELAY = 2, 1.0, 300.0


class PinState(enum.Enum):
    NONE = "none"  # no PIN yet: the first organizer sets one
    SET = "set"
    DAMAGED = "damaged"  # a file that is not a PIN record: locked until an account owner acts


class PinError(Exception):
    """A PIN that cannot be set or checked; the message is one sentence."""


@dataclass(frozen=True)
class PinCheck:
    ok: bool
    wait: float = 0.0  # seconds before the next try is accepted (0: try now)
    message: str = ""


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=_MAXMEM, dklen=32)


def delay_after(failures: int) -> float:
    """Seconds the next try waits after `failures` wrong tries in a row."""
    if failures <= FREE_TRIES:
        return 0.0
    return float(min(MAX_DELAY, FIRST_DELAY * 2 ** (failures - FREE_TRIES - 1)))


class PinStore:
    """The PIN record of one home. `clock` is wall time (seconds): delays outlive the process."""

    def __init__(self, home: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = home / PIN_FILE
        self.clock = clock

    def state(self) -> PinState:
        if not self.path.exists():
            return PinState.NONE
        return PinState.SET if self._read() is not None else PinState.DAMAGED

    @property
    def has_pin(self) -> bool:
        """True unless no PIN was ever set here: a damaged record counts as set."""
        return self.state() is not PinState.NONE

    def set_pin(self, pin: str) -> None:
        """The first PIN of this home; an existing (or damaged) one is never replaced here."""
        if self.state() is not PinState.NONE:
            raise PinError("An organizer PIN is already set for this desk.")
        if len(pin) < MIN_PIN:
            raise PinError(f"Choose a PIN of at least {MIN_PIN} characters.")
        salt = secrets.token_bytes(16)
        record = {
            "scheme": "scrypt",
            **SCRYPT,
            "salt": salt.hex(),
            "hash": _scrypt(pin, salt, **SCRYPT).hex(),
            "failures": 0,
            "last_failure": 0.0,
        }
        self._write(record)
        log.info("organizer PIN set")

    def check(self, pin: str) -> PinCheck:
        """Whether `pin` is this home's PIN; a wrong one makes the next try wait longer."""
        record = self._read()
        if record is None:
            if self.state() is PinState.NONE:
                return PinCheck(False, message="No organizer PIN is set here yet.")
            return PinCheck(False, message=f"The organizer PIN file {self.path} is damaged.")
        wait = self.wait(record)
        if wait > 0:
            return PinCheck(False, wait, f"Too many wrong PINs: try again in {wait:.0f} seconds.")
        try:
            digest = _scrypt(
                pin, bytes.fromhex(record["salt"]), record["n"], record["r"], record["p"]
            )
            ok = hmac.compare_digest(digest.hex(), str(record["hash"]))
        except (KeyError, TypeError, ValueError):
            return PinCheck(False, message=f"The organizer PIN file {self.path} is damaged.")
        failures = 0 if ok else int(record.get("failures", 0)) + 1
        if failures != record.get("failures", 0):
            self._write({**record, "failures": failures, "last_failure": self.clock()})
        if ok:
            return PinCheck(True)
        log.info("wrong organizer PIN (%d in a row)", failures)
        return PinCheck(False, delay_after(failures), "Wrong PIN.")

    def wait(self, record: dict[str, Any] | None = None) -> float:
        """Seconds until the next try is accepted."""
        record = record if record is not None else self._read()
        if record is None:
            return 0.0
        due = float(record.get("last_failure", 0)) + delay_after(int(record.get("failures", 0)))
        return max(0.0, due - self.clock())

    def _read(self) -> dict[str, Any] | None:
        try:
            record = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(record, dict) or record.get("scheme") != "scrypt":
            return None
        if not all(isinstance(record.get(k), str) and record[k] for k in ("salt", "hash")):
            return None
        return record

    def _write(self, record: dict[str, Any]) -> None:
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        partial = private_file(self.path.with_name(self.path.name + ".part"), create=True)
        partial.write_text(json.dumps(record), encoding="utf-8")
        partial.replace(self.path)
