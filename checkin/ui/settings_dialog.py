"""Organizer settings: the event's capacity and its policy, and this desk's own preferences.

Event fields live in the database (every desk shares them); desk preferences (camera and its
resolution, printer, sound, automatic badges, theme) live in QSettings on this machine. The
cameras that open on this machine are probed in the background while the dialog is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QComboBox, QSpinBox, QWidget

from checkin.core.entities import CapacityPolicy, Event
from checkin.scanning.sources import ResolutionError, parse_source, probe_cameras
from checkin.ui.fixups import FormDialog
from checkin.ui.jobs import Job, Report
from checkin.ui.language import LANGUAGES, SYSTEM, fill, resolve
from checkin.ui.printer_choice import (
    PrinterField,
    TemplateField,
    printer_names,
    printer_problem,
)
from checkin.ui.theme import ThemeChoice

RESOLUTIONS = ("", "640x480", "1280x720", "1920x1080")  # "" keeps the camera's own
CAMERA_DEFAULT = "camera default"  # stored as typed; shown in the desk's language


@dataclass(frozen=True)
class DeskPrefs:
    camera: str = "0"
    resolution: str = ""
    printer: str = ""
    template: str = ""  # badge template name; '' is the default template
    auto_badge: bool = True
    muted: bool = False
    theme: ThemeChoice = ThemeChoice.SYSTEM
    language: str = SYSTEM  # a code of `LANGUAGES`, or the system's


class SettingsDialog(FormDialog):
    def __init__(
        self,
        event: Event,
        prefs: DeskPrefs,
        parent: QWidget | None = None,
        list_printers: Callable[[], list[str]] = printer_names,
    ) -> None:
        super().__init__(self.tr("Settings"), parent)
        self.current_event = event
        self.capacity = QSpinBox()
        self.capacity.setObjectName("settingsCapacity")
        self.capacity.setAccessibleName(self.tr("Venue capacity (0 for no limit)"))
        self.capacity.setRange(0, 1_000_000)
        self.capacity.setSpecialValueText(self.tr("no limit"))
        self.capacity.setValue(event.capacity or 0)
        self.policy = QComboBox()
        self.policy.setObjectName("settingsPolicy")
        self.policy.setAccessibleName(self.tr("When the venue is full"))
        self.policy.addItem(self.tr("admit with a warning"), CapacityPolicy.WARN)
        self.policy.addItem(self.tr("refuse until an organizer overrides"), CapacityPolicy.BLOCK)
        self.policy.setCurrentIndex(0 if event.policy is CapacityPolicy.WARN else 1)
        # A device number from the probe, or typed: a video file or a phone's stream URL.
        self.camera = QComboBox()
        self.camera.setObjectName("settingsCamera")
        self.camera.setAccessibleName(self.tr("Camera: device number, video file or stream URL"))
        self.camera.setEditable(True)
        self.camera.addItem(prefs.camera)
        self.camera.setCurrentText(prefs.camera)
        self.camera.setToolTip(self.tr("Looking for cameras…"))
        self.resolution = QComboBox()
        self.resolution.setObjectName("settingsResolution")
        self.resolution.setAccessibleName(self.tr("Camera resolution"))
        self.resolution.setEditable(True)
        for size in RESOLUTIONS:
            self.resolution.addItem(size or self.tr("camera default"))
        if prefs.resolution in RESOLUTIONS:
            self.resolution.setCurrentIndex(RESOLUTIONS.index(prefs.resolution))
        else:
            self.resolution.setCurrentText(prefs.resolution)
        self.printer = PrinterField(prefs.printer, list_printers)
        self.template = TemplateField(prefs.template)
        self.auto_badge = QCheckBox(self.tr("Print a badge on admission"))
        self.auto_badge.setObjectName("settingsAutoBadge")
        self.auto_badge.setChecked(prefs.auto_badge)
        self.muted = QCheckBox(self.tr("Mute the desk sounds"))
        self.muted.setObjectName("settingsMuted")
        self.muted.setChecked(prefs.muted)
        self.theme = QComboBox()
        self.theme.setObjectName("settingsTheme")
        self.theme.setAccessibleName(self.tr("Colour theme"))
        themes = {
            ThemeChoice.SYSTEM: self.tr("system"),
            ThemeChoice.LIGHT: self.tr("light"),
            ThemeChoice.DARK: self.tr("dark"),
        }
        for choice in ThemeChoice:
            self.theme.addItem(themes.get(choice, choice.value), choice)
        self.theme.setCurrentIndex(list(ThemeChoice).index(prefs.theme))
        # Each language in its own name; the first entry follows the system's.
        self.language = QComboBox()
        self.language.setObjectName("settingsLanguage")
        self.language.setAccessibleName(self.tr("Language of this desk"))
        system = LANGUAGES[resolve(SYSTEM)]
        self.language.addItem(fill(self.tr("as the system (%1)"), system), SYSTEM)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        self.probe = Job(_probe, "camera probe")
        self.probe.succeeded.connect(self.show_cameras)
        self.probe.start()
        self.form.addRow(self.tr("Venue &capacity"), self.capacity)
        self.form.addRow(self.tr("When &full"), self.policy)
        self.form.addRow(self.tr("Ca&mera"), self.camera)
        self.form.addRow(self.tr("&Resolution"), self.resolution)
        self.form.addRow(self.tr("&Printer"), self.printer)
        self.form.addRow(self.tr("&Badge template"), self.template)
        self.form.addRow("", self.auto_badge)
        self.form.addRow("", self.muted)
        self.form.addRow(self.tr("&Theme"), self.theme)
        self.form.addRow(self.tr("&Language"), self.language)

    def show_cameras(self, found: object) -> None:
        """The probe's answer: list every camera that opened (the current choice stays first)."""
        indexes = [str(i) for i in found] if isinstance(found, list) else []
        for index in indexes:
            if self.camera.findText(index) < 0:
                self.camera.addItem(index)
        self.camera.setToolTip(
            fill(self.tr("Cameras found: %1"), ", ".join(indexes))
            if indexes
            else self.tr("No camera found by number.")
        )

    def chosen_resolution(self) -> str:
        text = self.resolution.currentText().strip()
        return "" if text in {CAMERA_DEFAULT, self.tr("camera default")} else text

    def problem(self) -> str:
        try:
            parse_source(self.camera.currentText() or "0", self.chosen_resolution() or None)
        except ResolutionError as error:
            return fill(self.tr("A resolution looks like 1280x720, not “%1”."), error.text)
        except ValueError as error:
            return str(error)
        return printer_problem(self.printer.value())

    def new_event(self) -> Event:
        return self.current_event.with_changes(
            capacity=self.capacity.value() or None, policy=CapacityPolicy(self.policy.currentData())
        )

    def prefs(self) -> DeskPrefs:
        return DeskPrefs(
            camera=self.camera.currentText().strip() or "0",
            resolution=self.chosen_resolution(),
            printer=self.printer.value(),
            template=self.template.value(),
            auto_badge=self.auto_badge.isChecked(),
            muted=self.muted.isChecked(),
            theme=ThemeChoice(self.theme.currentData()),
            language=str(self.language.currentData() or SYSTEM),
        )


def _probe(report: Report) -> list[int]:
    # Opening each device can take a second: never on the UI thread.
    return probe_cameras()
