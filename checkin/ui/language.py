"""The language the desk speaks: which one is chosen, and Qt's translators installed for it.

The volunteers' language is the system's unless Settings chose another; the choice is kept per
home (one laptop may run a Berlin event's home and a Manchester one). The translations are Qt's
own: `.ts` sources under resources/translations, compiled to `.qm` by tools/translations.py.
Qt's own dialog buttons (OK, Cancel) come from Qt's qtbase catalogue for the same language.
Setting the default QLocale makes every date, time and number the desk formats follow it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTime,
    QTranslator,
)

from checkin.resources import resource_path

# Each language in its own name, as a volunteer looks for it in the list.
LANGUAGES = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "nl": "Nederlands",
    "it": "Italiano",
    "pl": "Polski",
}
SOURCE = "en"  # the language the strings are written in: it needs no translator
SYSTEM = ""  # the stored choice meaning "follow the system"
CATALOGUE = "checkin"  # checkin_<code>.qm

_installed: list[QTranslator] = []


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks a text for lupdate (which finds it by this name) where it is written, to be
    translated where it is shown; returns it unchanged. Qt's own marker is typed as returning
    object, which strict typing cannot pass on as the str it is."""
    return source


def home_key(database: str) -> str:
    """The settings key holding one home's language choice (homes are told apart by their file)."""
    digest = hashlib.sha256(database.encode()).hexdigest()[:16]
    return f"homes/{digest}/language"


def stored_choice(settings: QSettings, key: str) -> str:
    value = str(settings.value(key, SYSTEM) or SYSTEM)
    return value if value in LANGUAGES else SYSTEM


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language code to show: the choice, or the first of the system's UI languages the desk
    has, or English."""
    if choice in LANGUAGES:
        return choice
    for name in (system or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE


def install_language(choice: str) -> str:
    """Install the translators for a choice (replacing the previous ones); returns the code shown.

    Widgets built afterwards speak the new language; those already built keep their words (the
    window's menus and labels change at the next start).
    """
    app = QCoreApplication.instance()
    code = resolve(choice)
    if app is None:
        return code
    while _installed:
        app.removeTranslator(_installed.pop())
    _install_catalogue(code)
    if code != SOURCE:
        qt_own = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{code}", qt_folder):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    # Formats follow the language shown; an unchosen language keeps the system's own formats
    # (an English desk in Germany still writes 24-hour times and decimal commas).
    QLocale.setDefault(QLocale.system() if choice == SYSTEM else QLocale(code))
    return code


def installed() -> bool:
    """Whether a catalogue of the desk's is installed (English's too, for its plurals)."""
    return bool(_installed)


def shown_language() -> str:
    """The code of the language the desk currently shows."""
    for translator in _installed:
        code = translator.language().split("_")[0].split("-")[0]
        if code in LANGUAGES:
            return code
    return SOURCE


def fill(template: str, *values: str) -> str:
    """Qt's %1…%9 placeholders filled in one pass, so that a value holding "%2" (a name, a scanned
    text) stays as it is — QString.arg's behaviour, which PySide6 does not expose."""
    out, i = [], 0
    while i < len(template):
        if template[i] == "%" and i + 1 < len(template) and template[i + 1].isdigit():
            number = int(template[i + 1])
            if 1 <= number <= len(values):
                out.append(values[number - 1])
                i += 2
                continue
        out.append(template[i])
        i += 1
    return "".join(out)


def coded(words: Mapping[Any, str], code: object, facts: Sequence[str], as_said: str) -> str:
    """A refusal that carries a code and its values, in the desk's language; `as_said` (the
    sender's own English sentence) where the catalogue has no words for its code."""
    template = words.get(code)
    return as_said if template is None else fill(template, *facts)


def number(value: int) -> str:
    """A count as the desk's language writes it (1,234 · 1.234 · 1 234)."""
    return QLocale().toString(value)


def percent(ratio: float) -> str:
    """A share as a whole percentage; where the sign goes (42% · 42 %) is each language's own."""
    return fill(QCoreApplication.translate("Formats", "%1%"), number(round(ratio * 100)))


def short_day(day: date) -> str:
    """A day as "Sat 5 Dec", in the desk's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")


def long_moment(moment: datetime) -> str:
    """A wall-clock moment (already in the event's time zone) as "Monday 15 February 2016 at
    09:00", the desk's language's way."""
    locale = QLocale()
    day = locale.toString(
        QDate(moment.year, moment.month, moment.day), QLocale.FormatType.LongFormat
    )
    time = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return fill(QCoreApplication.translate("Formats", "%1 at %2"), day, time)


def reset_language() -> None:
    """Back to the source language with the system's formats: only English's own catalogue
    installed (the plural forms of its %n texts)."""
    app = QCoreApplication.instance()
    while _installed and app is not None:
        app.removeTranslator(_installed.pop())
    _install_catalogue(SOURCE)
    QLocale.setDefault(QLocale.system())


def _install_catalogue(code: str) -> None:
    # English loads its catalogue too: it holds the plural forms of the %n texts.
    app = QCoreApplication.instance()
    ours = QTranslator(app)
    if app is not None and ours.load(f"{CATALOGUE}_{code}", str(resource_path("translations"))):
        app.installTranslator(ours)
        _installed.append(ours)
