"""The desk window's menus and keyboard shortcuts, and the box that lists them (F1)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from checkin.core.verdicts import answers_and_next_steps
from checkin.ui.desk_flows import open_kiosk
from checkin.ui.print_queue_dialog import open_print_queue
from checkin.ui.verdict_panel import KEY_HINTS

if TYPE_CHECKING:
    from checkin.ui.window import DeskWindow


def add_action(
    window: DeskWindow, menu_name: str, text: str, keys: str, slot: Callable[[], None]
) -> QAction:
    action = QAction(text, window)
    action.setShortcut(QKeySequence(keys))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    window.menus[menu_name].addAction(action)
    window.actions_by_name[text.replace("&", "").rstrip("…")] = action
    return action


def build_menus(w: DeskWindow) -> None:
    bar = w.menuBar()
    w.menus = {name: bar.addMenu(name) for name in ("&Desk", "&Organizer", "&Help")}
    c = w.controller

    def organizer(action: Callable[[], None], purpose: str) -> Callable[[], None]:
        return lambda: w.organizer(action, purpose)

    desk = [
        ("&Walk-in registration…", "Ctrl+N", w.walk_in),
        ("Correct &badge name…", "F2", w.correct_badge),
        ("&Reprint badge", "Ctrl+P", lambda: c.reprint()),
        ("&Undo last admission", "Ctrl+Z", c.undo),
    ]
    for text, keys, slot in desk:
        add_action(w, "&Desk", text, keys, slot)
    add_action(w, "&Desk", "&Clear", "Esc", c.clear).setShortcut(QKeySequence())
    exits = add_action(w, "&Desk", "E&xit mode (people leaving)", "F8", w.toggle_exit_mode)
    exits.setCheckable(True)
    for text, keys, slot in [
        ("Pause &camera", "F6", w.toggle_camera),
        ("&Mute sounds", "Ctrl+M", w.toggle_mute),
        ("&Quit", "Ctrl+Q", w.quit),
    ]:
        add_action(w, "&Desk", text, keys, slot)
    batch = lambda: w.optional(w.parts.badge_batch, "Batch printing")  # noqa: E731
    for text, keys, slot in [
        ("&Unlock or lock organizer mode", "Ctrl+L", w.toggle_lock),
        ("&Settings…", "Ctrl+,", organizer(w.settings_dialog, "Settings")),
        ("&Admit past capacity", "Ctrl+Shift+A", organizer(w.override, "Admitting past capacity")),
        (
            "&Dashboard and attendee list…",
            "Ctrl+D",
            organizer(w.dashboard, "The dashboard and attendee list"),
        ),
        ("&Export…", "Ctrl+E", organizer(w.export, "Exporting")),
        (
            "Print &badges in advance…",
            "Ctrl+Shift+B",
            organizer(batch, "Printing badges in advance"),
        ),
        (
            "&Import an attendee list…",
            "Ctrl+I",
            organizer(w.import_attendees, "Importing an attendee list"),
        ),
        (
            "S&ync the attendee list again",
            "Ctrl+Shift+I",
            organizer(w.sync_again, "Syncing the list again"),
        ),
        (
            "Badges &waiting to print…",
            "Ctrl+Shift+P",
            organizer(lambda: open_print_queue(w), "The badges waiting to print"),
        ),
        ("&Kiosk mode…", "Ctrl+Shift+K", organizer(lambda: open_kiosk(w), "Kiosk mode")),
    ]:
        add_action(w, "&Organizer", text, keys, slot)
    show_keys = lambda: w.open_dialog(shortcuts_box(w, w.actions_by_name))  # noqa: E731
    add_action(w, "&Help", "&Keyboard shortcuts", "F1", show_keys)


def shortcuts_box(parent: QWidget, actions: dict[str, QAction]) -> QMessageBox:
    lines = [
        "Enter — admit the scanned code or the highlighted name",
        "↑ / ↓ — pick a search result;  Esc — clear",
    ]
    for name, action in actions.items():
        if not action.shortcut().isEmpty():
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            lines.append(f"{keys} — {name}")
    # What each amber or red answer asks of the volunteer, and who may admit anyway.
    lines += ["", "When the desk says…"]
    for code, headline, step in answers_and_next_steps():
        lines.append(" ".join(p for p in (f"{headline} — {step}", KEY_HINTS.get(code)) if p))
    return QMessageBox(
        QMessageBox.Icon.Information, "Keyboard shortcuts", "\n".join(lines), parent=parent
    )
