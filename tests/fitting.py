"""Whether every text a window shows has the room it needs: labels, buttons, table headers and
cells, and the status bar's passing message. Measured with the widgets' own fonts (QFontMetrics),
not by looking at pixels."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QMainWindow,
    QStatusBar,
    QTableWidget,
    QWidget,
)

SLACK = 1  # pixels of rounding between a text's advance and the room Qt gives it
CELL_PADDING = 6  # a table cell's text margins (the style's focus frame margin + 1, each side)
HEADER_PADDING = 2  # a header section's least margin around its text


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    if label.buddy() is not None:
        # A label with a buddy shows its mnemonic "&F" as an underlined F, not as an ampersand.
        text = re.sub(r"&(.)", r"\1", text)
    room = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    metrics = label.fontMetrics()
    lines = text.split("\n")
    if label.wordWrap():
        widest_word = max((metrics.horizontalAdvance(w) for w in text.split()), default=0)
        needed_height = label.heightForWidth(label.width())
        if widest_word > room + SLACK:
            return f"a word needs {widest_word} px, has {room}"
        if needed_height > label.height() + SLACK:
            return f"needs {needed_height} px high, has {label.height()}"
        return None
    widest = max(metrics.horizontalAdvance(line) for line in lines)
    if widest > room + SLACK:
        return f"needs {widest} px, has {room}"
    high = metrics.height() * len(lines)
    if high > label.contentsRect().height() + SLACK:
        return f"needs {high} px high, has {label.contentsRect().height()}"
    return None


def _table_problems(table: QTableWidget) -> list[str]:
    problems = []
    header = table.horizontalHeader()
    header_metrics = header.fontMetrics()
    cell_metrics = table.fontMetrics()
    for column in range(table.columnCount()):
        width = table.columnWidth(column)
        title = table.horizontalHeaderItem(column)
        if title is not None:
            needed = header_metrics.horizontalAdvance(title.text()) + HEADER_PADDING
            if needed > width + SLACK:
                problems.append(f"header {title.text()!r} needs {needed} px, has {width}")
        for row in range(table.rowCount()):
            item = table.item(row, column)
            if item is None:
                continue
            needed = cell_metrics.horizontalAdvance(item.text()) + CELL_PADDING
            if needed > width + SLACK:
                problems.append(f"cell {item.text()!r} needs {needed} px, has {width}")
    shown_rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    room = table.viewport().height()
    if shown_rows > room + SLACK:
        problems.append(f"rows need {shown_rows} px high, have {room}")
    return problems


def clipped_texts(window: QWidget) -> list[str]:
    """Every shown text that does not fit its room, as 'where: what' lines (empty: all fit)."""
    problems: list[str] = []
    for widget in window.findChildren(QWidget):
        if not _shown(widget):
            continue
        where = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
            if problem:
                problems.append(f"{where} {widget.text()!r}: {problem}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            needed = widget.minimumSizeHint().width()
            if needed > widget.width() + SLACK:
                problems.append(
                    f"{where} {widget.text()!r}: needs {needed} px, has {widget.width()}"
                )
        elif isinstance(widget, QTableWidget):
            problems += [f"{where}: {p}" for p in _table_problems(widget)]
    bar = window.findChild(QStatusBar) if isinstance(window, QMainWindow) else None
    if bar is not None:  # found, not asked for: asking would give a kiosk a status bar
        message = bar.currentMessage()
        if message:
            parts = [w for w in bar.findChildren(QLabel) if _shown(w) and w.x() > 0]
            if bar.isRightToLeft():  # the permanent parts sit on the left, the message right
                taken = max((w.x() + w.width() for w in parts), default=0)
                room = bar.width() - taken - 8
            else:
                room = min((w.x() for w in parts), default=bar.width()) - 8  # its own margins
            needed = bar.fontMetrics().horizontalAdvance(message)
            if needed > room:
                problems.append(f"status message {message!r}: needs {needed} px, has {room}")
    return problems
