"""This desk's own preferences (camera, printer, template, sounds, theme), kept in QSettings,
and the language, kept per home under the key the window is given."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from checkin.ui.language import stored_choice
from checkin.ui.settings_dialog import DeskPrefs
from checkin.ui.theme import ThemeChoice


def load_prefs(settings: QSettings, language_key: str = "desk/language") -> DeskPrefs:
    theme = str(settings.value("desk/theme", ThemeChoice.SYSTEM.value))
    return DeskPrefs(
        camera=str(settings.value("desk/camera", "0")),
        resolution=str(settings.value("desk/resolution", "")),
        printer=str(settings.value("desk/printer", "")),
        template=str(settings.value("desk/template", "")),
        auto_badge=bool(settings.value("desk/auto_badge", True, type=bool)),
        muted=bool(settings.value("desk/muted", False, type=bool)),
        theme=ThemeChoice(theme) if theme in set(ThemeChoice) else ThemeChoice.SYSTEM,
        language=stored_choice(settings, language_key),
    )


def save_prefs(settings: QSettings, prefs: DeskPrefs, language_key: str = "desk/language") -> None:
    settings.setValue("desk/camera", prefs.camera)
    settings.setValue("desk/resolution", prefs.resolution)
    settings.setValue("desk/printer", prefs.printer)
    settings.setValue("desk/template", prefs.template)
    settings.setValue("desk/auto_badge", prefs.auto_badge)
    settings.setValue("desk/muted", prefs.muted)
    settings.setValue("desk/theme", prefs.theme.value)
    settings.setValue(language_key, prefs.language)
