"""The desk window: screens, menus and shortcuts, dialogs, settings, and the collaborators' wiring.

Every dialog opens window-modal without blocking (`open()`), pauses the camera, and hands the
keyboard back to the scan field when it closes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QHideEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QStackedWidget, QWidget

from checkin.operations import Changes
from checkin.operations.organizer_pin import PinStore
from checkin.operations.records import Store
from checkin.operations.undo import UNDO_WINDOW
from checkin.ui.camera_control import DIALOG, HIDDEN, CameraControl
from checkin.ui.controller import DeskController
from checkin.ui.desk_flows import (
    change_language,
    open_badge_name,
    open_settings,
    open_walk_in,
    remember_printer,
    toggle_exit_mode,
)
from checkin.ui.desk_menus import build_menus, name_window, retranslate
from checkin.ui.desk_state import open_demo, show_changes, show_counts, show_mode, show_state
from checkin.ui.jobs import wait_for_jobs
from checkin.ui.language import fill
from checkin.ui.organizer import OrganizerLock, PinDialog
from checkin.ui.ports import BadgeSink, CameraSource, Collaborators
from checkin.ui.prefs import load_prefs, save_prefs
from checkin.ui.screens import FirstRunScreen, ScanScreen
from checkin.ui.settings_dialog import DeskPrefs
from checkin.ui.sounds import SoundBoard
from checkin.ui.status import DeskStatus
from checkin.ui.theme import apply_theme

if TYPE_CHECKING:
    from checkin.ui.hub_link import HubBridge
    from checkin.ui.kiosk import KioskWindow

REFRESH_MS = 10_000  # other desks share the file: pick up their check-ins now and then


class DeskWindow(QMainWindow):
    def __init__(
        self,
        repo: Store,
        settings: QSettings,
        collaborators: Collaborators | None = None,
        *,
        clear_after_ms: int = 6000,
        undo_window: timedelta = UNDO_WINDOW,
    ) -> None:
        super().__init__()
        self.repo, self.settings = repo, settings
        self.parts = collaborators or Collaborators()
        self.prefs = load_prefs(settings, self.parts.language_key)
        apply_theme(self.prefs.theme)
        name_window(self)
        self.setMinimumSize(760, 520)
        self.resize(1280, 720)  # fits a 1366×768 laptop with its task bar

        self.scan_screen = ScanScreen(clear_after_ms, self)
        self.first_run = FirstRunScreen(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.scan_screen)
        self.stack.addWidget(self.first_run)
        self.setCentralWidget(self.stack)
        self.status = DeskStatus(self)
        self.setStatusBar(self.status)
        self.sounds = SoundBoard(self.prefs.muted, self)
        self.controller = DeskController(repo, self.scan_screen, self.sounds, undo_window, self)
        self.controller.auto_badge = self.prefs.auto_badge
        self.controller.message.connect(lambda text: self.status.showMessage(text, 8000))
        self.desk_changed = self.controller.desk_changed  # the one "desk changed" signal
        self.desk_changed.connect(self._changed)
        self.lock = OrganizerLock(settings, PinStore(repo.path.parent), self)
        self.lock.changed.connect(self._lock_changed)
        self.dialog: QDialog | None = None
        self.camera: CameraControl | None = None
        self.actions_by_name: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        self.hub_bridge: HubBridge | None = None  # set when this home joined a venue hub
        self.kiosk: KioskWindow | None = None  # Organizer ▸ Kiosk mode, while it runs
        build_menus(self)
        self.first_run.open_demo.connect(self.open_demo)
        self.first_run.import_list.connect(self.actions_by_name["Import an attendee list"].trigger)

        self.refresher = QTimer(self)
        self.refresher.setInterval(REFRESH_MS)
        self.refresher.timeout.connect(self.reload)
        self.refresher.start()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if self.parts.badges is not None:
            self.set_badges(self.parts.badges)
        if self.parts.camera is not None:
            self.set_camera(self.parts.camera)
        self.reload()

    # -- dialogs ---------------------------------------------------------------------------------

    def open_dialog(self, dialog: QDialog, on_accept: Callable[[], None] | None = None) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if on_accept is not None:
            dialog.accepted.connect(on_accept)
        dialog.finished.connect(self._dialog_closed)
        if self.camera is not None:
            self.camera.pause(DIALOG)
        dialog.open()

    @Slot()
    def _dialog_closed(self) -> None:
        self.dialog = None
        if self.camera is not None:
            self.camera.pause(DIALOG, False)
        self.lock.touch()
        self.activateWindow()
        self.scan_screen.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def walk_in(self) -> None:
        open_walk_in(self)

    def correct_badge(self) -> None:
        open_badge_name(self)

    # -- organizer -------------------------------------------------------------------------------

    def organizer(self, action: Callable[[], None], purpose: str = "") -> None:
        """Run an organizer action (`purpose` names it), asking for the PIN first if locked."""
        if self.lock.unlocked:
            self.lock.touch()
            action()
            return
        self.open_dialog(PinDialog(self.lock, self, purpose), lambda: QTimer.singleShot(0, action))

    def toggle_lock(self) -> None:
        if self.lock.unlocked:
            self.lock.lock()
        else:
            self.open_dialog(PinDialog(self.lock, self))

    def _lock_changed(self, unlocked: bool) -> None:
        self.status.set_organizer(unlocked)
        self.status.showMessage(
            self.tr("Organizer mode on.") if unlocked else self.tr("Organizer mode locked."), 5000
        )

    def settings_dialog(self) -> None:
        open_settings(self)

    def apply_prefs(self, prefs: DeskPrefs) -> None:
        old, self.prefs = self.prefs, prefs
        save_prefs(self.settings, prefs, self.parts.language_key)
        if prefs.language != old.language:
            change_language(self, prefs.language)
        self.sounds.muted = prefs.muted
        self.controller.auto_badge = prefs.auto_badge
        apply_theme(prefs.theme)
        if self.controller.badges is not None and prefs.printer != old.printer:
            self.controller.badges.set_printer(prefs.printer)
            remember_printer(self, prefs.printer)
        if self.controller.badges is not None and prefs.template != old.template:
            self.controller.badges.set_template(prefs.template)
        changed = (prefs.camera, prefs.resolution) != (old.camera, old.resolution)
        if self.camera is not None and changed:
            self.camera.start(prefs.camera, prefs.resolution)

    def override(self) -> None:
        if not self.controller.override():
            self.status.showMessage(
                self.tr("No one was refused for a full venue at this desk."), 8000
            )

    def optional(self, opener: Callable[[QWidget], None] | None, what: str) -> None:
        if opener is None:
            self.status.showMessage(fill(self.tr("%1 is not set up on this desk."), what), 8000)
            return
        opener(self)

    def dashboard(self) -> None:
        self.optional(self.parts.dashboard, self.tr("The dashboard"))

    def export(self) -> None:
        self.optional(self.parts.export, self.tr("Exporting"))

    def import_attendees(self) -> None:
        if self.parts.import_attendees is None:
            text = self.tr(
                "Importing is not set up on this desk; use `checkin sync FILE` in a terminal."
            )
            self.first_run.note.setText(text)
            self.status.showMessage(text, 8000)
            return
        self.parts.import_attendees(self)

    def sync_again(self) -> None:
        self.optional(self.parts.sync_again, self.tr("Syncing again"))

    # -- collaborators ---------------------------------------------------------------------------

    def set_camera(self, camera: CameraSource) -> None:
        self.camera = CameraControl(
            camera, self.scan_screen.preview, self.status, self.controller.camera_codes, self
        )
        # Nobody sees the preview until the window is shown: open the camera paused.
        self.camera.pause(HIDDEN, not self.isVisible() or self.isMinimized())
        self.camera.start(self.prefs.camera, self.prefs.resolution)

    def set_badges(self, badges: BadgeSink) -> None:
        self.controller.badges = badges
        badges.status_changed.connect(self.status.set_printer)
        self.status.set_printer("printer ready")
        badges.set_printer(self.prefs.printer)  # the sink answers with its state
        if self.controller.desk.event is not None:
            remember_printer(self, self.prefs.printer)
        badges.set_template(self.prefs.template)

    def toggle_camera(self) -> None:
        if self.camera is None:
            self.status.showMessage(self.tr("There is no camera on this desk."), 5000)
            return
        paused = self.camera.toggle()
        self.status.showMessage(
            self.tr("Camera paused.") if paused else self.tr("Camera on."), 4000
        )

    def toggle_exit_mode(self) -> None:
        toggle_exit_mode(self)

    def toggle_mute(self) -> None:
        self.apply_prefs(DeskPrefs(**{**self.prefs.__dict__, "muted": not self.prefs.muted}))
        self.status.showMessage(
            self.tr("Sounds off.") if self.prefs.muted else self.tr("Sounds on."), 4000
        )

    # -- state -----------------------------------------------------------------------------------

    @Slot()
    def reload(self) -> None:
        show_state(self)

    def refresh_counts(self) -> None:
        show_counts(self)

    def _changed(self, changes: Changes) -> None:
        show_changes(self, changes)

    def show_mode(self) -> None:
        show_mode(self)

    @Slot()
    def open_demo(self) -> None:
        open_demo(self)

    # A hidden or minimised desk reads no frames: the camera stays open, the CPU stays free.
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.camera is not None:
            self.camera.pause(HIDDEN, self.isMinimized())

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self.camera is not None:
            self.camera.pause(HIDDEN)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and self.camera is not None:
            self.camera.pause(HIDDEN, self.isMinimized() or not self.isVisible())
        elif event.type() == QEvent.Type.LanguageChange:
            retranslate(self)  # Settings chose another language: the menus follow at once

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.sync()
        self.refresher.stop()
        if self.camera is not None:
            self.camera.stop()
        self.controller.commits.stop()  # the scans it accepted are saved, their badges queued
        if self.controller.badges is not None:
            self.controller.badges.stop()  # no print thread outlives the window
        # An import still writing must finish before the database is closed behind it.
        wait_for_jobs()
        super().closeEvent(event)
