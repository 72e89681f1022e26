"""The organizer lock in the window: the PIN (`operations.organizer_pin`) guards organizer tools.

Volunteer mode is the default. The first organizer to unlock sets the PIN; unlocking lasts until
locked again (Ctrl+L) or until the desk has been idle for a while, so a laptop left unlocked at the
desk does not stay open to anyone walking by. The PIN itself is kept in the home, shared with the
command line; a hash an earlier release kept in the desk's settings is moved there on first use.
"""

from __future__ import annotations

import hashlib
import hmac

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QWidget

from checkin.operations.organizer_pin import MIN_PIN, PinCheck, PinError, PinStore
from checkin.ui.fixups import FormDialog, line_edit
from checkin.ui.inert import plain_label
from checkin.ui.language import fill

LEGACY_PIN_KEY = "organizer/pin"  # PBKDF2 hash in the settings file, before the home kept it
AUTO_LOCK_MS = 10 * 60 * 1000
__all__ = ["MIN_PIN", "OrganizerLock", "PinDialog"]


def _legacy_check(pin: str, stored: str) -> bool:
    try:
        scheme, iterations, salt, digest = stored.split("$")
        if scheme != "pbkdf2_sha256":
            return False
        again = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt), int(iterations))
    except ValueError:
        return False
    return hmac.compare_digest(again.hex(), digest)


class OrganizerLock(QObject):
    changed = Signal(bool)  # True: unlocked

    def __init__(self, settings: QSettings, store: PinStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.store = store
        self.unlocked = False
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(AUTO_LOCK_MS)
        self.idle.timeout.connect(self.lock)

    def _legacy(self) -> str:
        return str(self.settings.value(LEGACY_PIN_KEY, "") or "")

    @property
    def has_pin(self) -> bool:
        return self.store.has_pin or bool(self._legacy())

    def set_pin(self, pin: str) -> None:
        """The first PIN; raises `PinError` (a sentence) when one exists or it is too short."""
        self.store.set_pin(pin)
        self._set(True)

    def unlock(self, pin: str) -> PinCheck:
        legacy = self._legacy()
        if not self.store.has_pin and legacy:
            if not _legacy_check(pin, legacy):
                return PinCheck(False, message="Wrong PIN.")
            self.store.set_pin(pin)  # from now on the home's record, shared with the CLI
            self.settings.remove(LEGACY_PIN_KEY)
            self.settings.sync()
        verdict = self.store.check(pin)
        if verdict.ok:
            self._set(True)
        return verdict

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

    def __init__(
        self, lock: OrganizerLock, parent: QWidget | None = None, purpose: str = ""
    ) -> None:
        self.lock = lock
        self.setting = not lock.has_pin
        if purpose:
            title = (
                fill(self.tr("Set the organizer PIN for %1"), purpose)
                if self.setting
                else fill(self.tr("Organizer PIN for %1"), purpose)
            )
        else:
            title = self.tr("Set the organizer PIN") if self.setting else self.tr("Organizer PIN")
        super().__init__(title, parent)
        # Say what the PIN opens: a volunteer who pressed a key by mistake knows to cancel.
        if not purpose:
            context = self.tr(
                "Organizer mode unlocks the organizer tools until it is locked again."
            )
        elif self.setting:
            context = fill(
                self.tr("%1 is for organizers. Choose a PIN for the organizer tools."), purpose
            )
        else:
            context = fill(self.tr("%1 is for organizers. Enter the PIN."), purpose)
        self.context = plain_label(context)
        self.context.setObjectName("organizerPinContext")
        self.context.setWordWrap(True)
        self.form.addRow(self.context)
        self.pin = line_edit("organizerPin", self.tr("Organizer PIN"))
        self.pin.setEchoMode(self.pin.EchoMode.Password)
        self.form.addRow(self.tr("&PIN"), self.pin)
        self.again = line_edit("organizerPinAgain", self.tr("Organizer PIN again"))
        self.again.setEchoMode(self.again.EchoMode.Password)
        if self.setting:
            self.form.addRow(self.tr("PIN &again"), self.again)
        self.pin.setFocus()

    def problem(self) -> str:
        pin = self.pin.text()
        if self.setting:
            if pin != self.again.text():
                return self.tr("The two PINs differ.")
            try:
                self.lock.set_pin(pin)
            except PinError as error:
                return str(error)
            return ""
        verdict = self.lock.unlock(pin)
        if not verdict.ok:
            self.pin.clear()
            if verdict.wait and verdict.message == "Wrong PIN.":
                wait = round(verdict.wait)
                return self.tr("Wrong PIN. The next try is possible in %n second(s).", "", wait)
            if verdict.message == "Wrong PIN.":
                return self.tr("Wrong PIN.")
            return verdict.message
        return ""
