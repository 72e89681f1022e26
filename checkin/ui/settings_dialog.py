"""Organizer settings: the event's capacity and its policy, and this desk's own preferences.

Event fields live in the database (every desk shares them); desk preferences (camera, printer,
sound, automatic badges, theme) live in QSettings on this machine.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QComboBox, QSpinBox, QWidget

from checkin.core.entities import CapacityPolicy, Event
from checkin.ui.fixups import FormDialog, line_edit
from checkin.ui.printer_choice import PrinterField, TemplateField, printer_names
from checkin.ui.theme import ThemeChoice


@dataclass(frozen=True)
class DeskPrefs:
    camera: str = "0"
    printer: str = ""
    template: str = ""  # badge template name; '' is the default template
    auto_badge: bool = True
    muted: bool = False
    theme: ThemeChoice = ThemeChoice.SYSTEM


class SettingsDialog(FormDialog):
    def __init__(
        self,
        event: Event,
        prefs: DeskPrefs,
        parent: QWidget | None = None,
        list_printers: Callable[[], list[str]] = printer_names,
    ) -> None:
        super().__init__("Settings", parent)
        self.current_event = event
        self.capacity = QSpinBox()
        self.capacity.setObjectName("settingsCapacity")
        self.capacity.setAccessibleName("Venue capacity (0 for no limit)")
        self.capacity.setRange(0, 1_000_000)
        self.capacity.setSpecialValueText("no limit")
        self.capacity.setValue(event.capacity or 0)
        self.policy = QComboBox()
        self.policy.setObjectName("settingsPolicy")
        self.policy.setAccessibleName("When the venue is full")
        self.policy.addItem("admit with a warning", CapacityPolicy.WARN)
        self.policy.addItem("refuse until an organizer overrides", CapacityPolicy.BLOCK)
        self.policy.setCurrentIndex(0 if event.policy is CapacityPolicy.WARN else 1)
        self.camera = line_edit("settingsCamera", "Camera: device number or video file")
        self.camera.setText(prefs.camera)
        self.printer = PrinterField(prefs.printer, list_printers)
        self.template = TemplateField(prefs.template)
        self.auto_badge = QCheckBox("Print a badge on admission")
        self.auto_badge.setObjectName("settingsAutoBadge")
        self.auto_badge.setChecked(prefs.auto_badge)
        self.muted = QCheckBox("Mute the desk sounds")
        self.muted.setObjectName("settingsMuted")
        self.muted.setChecked(prefs.muted)
        self.theme = QComboBox()
        self.theme.setObjectName("settingsTheme")
        self.theme.setAccessibleName("Colour theme")
        for choice in ThemeChoice:
            self.theme.addItem(choice.value, choice)
        self.theme.setCurrentIndex(list(ThemeChoice).index(prefs.theme))
        self.form.addRow("Venue &capacity", self.capacity)
        self.form.addRow("When &full", self.policy)
        self.form.addRow("Ca&mera", self.camera)
        self.form.addRow("&Printer", self.printer)
        self.form.addRow("&Badge template", self.template)
        self.form.addRow("", self.auto_badge)
        self.form.addRow("", self.muted)
        self.form.addRow("&Theme", self.theme)

    def new_event(self) -> Event:
        return self.current_event.with_changes(
            capacity=self.capacity.value() or None, policy=CapacityPolicy(self.policy.currentData())
        )

    def prefs(self) -> DeskPrefs:
        return DeskPrefs(
            camera=self.camera.text().strip() or "0",
            printer=self.printer.value(),
            template=self.template.value(),
            auto_badge=self.auto_badge.isChecked(),
            muted=self.muted.isChecked(),
            theme=ThemeChoice(self.theme.currentData()),
        )
