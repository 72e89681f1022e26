"""The desk window's menus and keyboard shortcuts, the box that lists them (F1), and the window's
own words said again when the language changes (`retranslate`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from checkin.core.verdicts import Outcome, Verdict
from checkin.ui import verdict_words as words
from checkin.ui.desk_flows import open_kiosk
from checkin.ui.desk_state import show_mode
from checkin.ui.language import QT_TRANSLATE_NOOP
from checkin.ui.print_queue_dialog import open_print_queue

if TYPE_CHECKING:
    from checkin.ui.window import DeskWindow

SOURCE = "sourceText"  # an action's property: its English entry, as marked for lupdate


def add_action(
    window: DeskWindow, menu_name: str, text: str, keys: str, slot: Callable[[], None]
) -> QAction:
    # `text` is the English entry (marked for lupdate where it is written); the menu shows it
    # in the desk's language and the window finds its actions by the English name.
    action = QAction(QCoreApplication.translate("DeskMenus", text), window)
    action.setProperty(SOURCE, text)  # said again in the new language when it changes
    action.setShortcut(QKeySequence(keys))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    window.menus[menu_name].addAction(action)
    window.actions_by_name[text.replace("&", "").rstrip("…")] = action
    return action


def build_menus(w: DeskWindow) -> None:
    bar = w.menuBar()
    names = (
        QT_TRANSLATE_NOOP("DeskMenus", "&Desk"),
        QT_TRANSLATE_NOOP("DeskMenus", "&Organizer"),
        QT_TRANSLATE_NOOP("DeskMenus", "&Help"),
    )
    w.menus = {name: bar.addMenu(QCoreApplication.translate("DeskMenus", name)) for name in names}
    c = w.controller

    def quit_desk() -> None:
        w.close()

    def organizer(action: Callable[[], None], purpose: str) -> Callable[[], None]:
        # The purpose is said when the PIN is asked for, in the language shown then.
        return lambda: w.organizer(action, QCoreApplication.translate("DeskMenus", purpose))

    desk = [
        (QT_TRANSLATE_NOOP("DeskMenus", "&Walk-in registration…"), "Ctrl+N", w.walk_in),
        (QT_TRANSLATE_NOOP("DeskMenus", "Correct &badge name…"), "F2", w.correct_badge),
        (QT_TRANSLATE_NOOP("DeskMenus", "&Reprint badge"), "Ctrl+P", lambda: c.reprint()),
        (QT_TRANSLATE_NOOP("DeskMenus", "&Undo last admission"), "Ctrl+Z", c.undo),
    ]
    for text, keys, slot in desk:
        add_action(w, "&Desk", text, keys, slot)
    add_action(w, "&Desk", QT_TRANSLATE_NOOP("DeskMenus", "&Clear"), "Esc", c.clear).setShortcut(
        QKeySequence()
    )
    exits = add_action(
        w,
        "&Desk",
        QT_TRANSLATE_NOOP("DeskMenus", "E&xit mode (people leaving)"),
        "F8",
        w.toggle_exit_mode,
    )
    exits.setCheckable(True)
    for text, keys, slot in [
        (QT_TRANSLATE_NOOP("DeskMenus", "Pause &camera"), "F6", w.toggle_camera),
        (QT_TRANSLATE_NOOP("DeskMenus", "&Mute sounds"), "Ctrl+M", w.toggle_mute),
        (QT_TRANSLATE_NOOP("DeskMenus", "&Quit"), "Ctrl+Q", quit_desk),
    ]:
        add_action(w, "&Desk", text, keys, slot)

    def batch() -> None:
        w.optional(w.parts.badge_batch, QCoreApplication.translate("DeskMenus", "Batch printing"))

    for text, keys, slot in [
        (QT_TRANSLATE_NOOP("DeskMenus", "&Unlock or lock organizer mode"), "Ctrl+L", w.toggle_lock),
        (
            QT_TRANSLATE_NOOP("DeskMenus", "&Settings…"),
            "Ctrl+,",
            organizer(w.settings_dialog, QT_TRANSLATE_NOOP("DeskMenus", "Settings")),
        ),
        (
            QT_TRANSLATE_NOOP("DeskMenus", "&Admit past capacity"),
            "Ctrl+Shift+A",
            organizer(w.override, QT_TRANSLATE_NOOP("DeskMenus", "Admitting past capacity")),
        ),
        (
            QT_TRANSLATE_NOOP("DeskMenus", "&Dashboard and attendee list…"),
            "Ctrl+D",
            organizer(
                w.dashboard,
                QT_TRANSLATE_NOOP("DeskMenus", "The dashboard and attendee list"),
            ),
        ),
        (
            QT_TRANSLATE_NOOP("DeskMenus", "&Export…"),
            "Ctrl+E",
            organizer(w.export, QT_TRANSLATE_NOOP("DeskMenus", "Exporting")),
        ),
        (
            QT_TRANSLATE_NOOP("DeskMenus", "Print &badges in advance…"),
            "Ctrl+Shift+B",
            organizer(batch, QT_TRANSLATE_NOOP("DeskMenus", "Printing badges in advance")),
        ),
        (
            QT_TRANSLATE_NOOP("DeskMenus", "&Import an attendee list…"),
            "Ctrl+I",
            organizer(
                w.import_attendees,
                QT_TRANSLATE_NOOP("DeskMenus", "Importing an attendee list"),
            ),
        ),
        (
            QT_TRANSLATE_NOOP("DeskMenus", "S&ync the attendee list again"),
            "Ctrl+Shift+I",
            organizer(w.sync_again, QT_TRANSLATE_NOOP("DeskMenus", "Syncing the list again")),
        ),
        (
            QT_TRANSLATE_NOOP("DeskMenus", "Badges &waiting to print…"),
            "Ctrl+Shift+P",
            organizer(
                lambda: open_print_queue(w),
                QT_TRANSLATE_NOOP("DeskMenus", "The badges waiting to print"),
            ),
        ),
        (
            QT_TRANSLATE_NOOP("DeskMenus", "&Kiosk mode…"),
            "Ctrl+Shift+K",
            organizer(lambda: open_kiosk(w), QT_TRANSLATE_NOOP("DeskMenus", "Kiosk mode")),
        ),
    ]:
        add_action(w, "&Organizer", text, keys, slot)
    show_keys = lambda: w.open_dialog(shortcuts_box(w, w.actions_by_name))  # noqa: E731
    add_action(w, "&Help", QT_TRANSLATE_NOOP("DeskMenus", "&Keyboard shortcuts"), "F1", show_keys)


def name_window(w: DeskWindow) -> None:
    w.setWindowTitle(QCoreApplication.translate("DeskWindow", "Check-in desk"))
    w.setAccessibleName(w.windowTitle())


def retranslate(w: DeskWindow) -> None:
    """The window's title, menus and mode line in the language installed now. The parts that
    build their own texts (status bar, screens, verdict panel, scan field) retranslate
    themselves on the same LanguageChange event."""
    name_window(w)
    for name, menu in w.menus.items():
        menu.setTitle(QCoreApplication.translate("DeskMenus", name))
    for action in w.actions_by_name.values():
        action.setText(QCoreApplication.translate("DeskMenus", str(action.property(SOURCE))))
    show_mode(w)


def shortcuts_box(parent: QWidget, actions: dict[str, QAction]) -> QMessageBox:
    lines = [
        QCoreApplication.translate(
            "DeskMenus", "Enter — admit the scanned code or the highlighted name"
        ),
        QCoreApplication.translate("DeskMenus", "↑ / ↓ — pick a search result;  Esc — clear"),
    ]
    for action in actions.values():
        if not action.shortcut().isEmpty():
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            lines.append(f"{keys} — {action.text().replace('&', '').rstrip('…')}")
    # What each amber or red answer asks of the volunteer, and who may admit anyway.
    lines += ["", QCoreApplication.translate("DeskMenus", "When the desk says…")]
    for code in words.HELPED_CODES:
        refused = Verdict(Outcome.REFUSED, "", code)
        lines.append(f"{words.headline(refused)} — {words.next_step(refused)}")
    title = QCoreApplication.translate("DeskMenus", "Keyboard shortcuts")
    return QMessageBox(QMessageBox.Icon.Information, title, "\n".join(lines), parent=parent)
