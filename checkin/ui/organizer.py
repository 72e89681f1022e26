"""The organizer lock: a PIN, kept only as a salted PBKDF2 hash, before the organizers' tools.

Volunteer mode is the default. The first organizer to unlock sets the PIN; unlocking lasts until
locked again (Ctrl+L) or until the desk has been idle for a while, so a laptop left unlocked at the
desk does not stay open to anyone walking by.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QWidget

from checkin.ui.fixups import FormDialog, line_edit

PIN_KEY = "organizer/pin"
ITERATIONS = 200_000
MIN_PIN = 4
AUTO_LOCK_MS = 10 * 60 * 1000


def hash_pin(pin: str, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations)
    return f"pbkdf2_sha256${iterations}${salt.hex()}${digest.hex()}"


def check_pin(pin: str, stored: str) -> bool:
    try:
        scheme, iterations, salt, digest = stored.split("$")
        if scheme != "pbkdf2_sha256":
            return False
        again = hash_pin(pin, bytes.fromhex(salt), int(iterations))
    except ValueError:
        return False
    return hmac.compare_digest(again.rsplit("$", 1)[1], digest)


class OrganizerLock(QObject):
    changed = Signal(bool)  # True: unlocked

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.unlocked = False
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(AUTO_LOCK_MS)
        self.idle.timeout.connect(self.lock)

    @property
    def has_pin(self) -> bool:
        return bool(self.settings.value(PIN_KEY, ""))

    def set_pin(self, pin: str) -> None:
        self.settings.setValue(PIN_KEY, hash_pin(pin))
        self.settings.sync()
        self._set(True)

    def unlock(self, pin: str) -> bool:
        stored = str(self.settings.value(PIN_KEY, ""))
        if stored and check_pin(pin, stored):
            self._set(True)
            return True
        return False

    def lock(self) -> None:
        self._set(False)

    def touch(self) -> None:
        """The organizer did something: postpone the automatic lock."""
        if self.unlocked:
            self.idle.start()

    def _set(self, unlocked: bool) -> None:
        self.unlocked = unlocked
        if unlocked:
            self.idle.start()
        else:
            self.idle.stop()
        self.changed.emit(unlocked)


class PinDialog(FormDialog):
    """Asks for the PIN, or (first time) for a new PIN twice."""

    def __init__(self, lock: OrganizerLock, parent: QWidget | None = None) -> None:
        self.lock = lock
        self.setting = not lock.has_pin
        super().__init__("Set the organizer PIN" if self.setting else "Organizer PIN", parent)
        self.pin = line_edit("organizerPin", "Organizer PIN")
        self.pin.setEchoMode(self.pin.EchoMode.Password)
        self.form.addRow("&PIN", self.pin)
        self.again = line_edit("organizerPinAgain", "Organizer PIN again")
        self.again.setEchoMode(self.again.EchoMode.Password)
        if self.setting:
            self.form.addRow("PIN &again", self.again)
        self.pin.setFocus()

    def problem(self) -> str:
        pin = self.pin.text()
        if self.setting:
            if len(pin) < MIN_PIN:
                return f"Choose a PIN of at least {MIN_PIN} characters."
            if pin != self.again.text():
                return "The two PINs differ."
            self.lock.set_pin(pin)
            return ""
        if not self.lock.unlock(pin):
            self.pin.clear()
            return "Wrong PIN."
        return ""
