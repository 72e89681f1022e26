"""The import dialog's preview grid: the first rows of a list, and above each column a combo with
the field it feeds, which the organizer may change before importing. Cells are plain, read-only
text: a spreadsheet from outside is data, never markup."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTableWidget, QTableWidgetItem, QWidget

from checkin.sync import FIELDS, Preview

IGNORE = "ignore"


class PreviewGrid(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setAccessibleName("First rows and the field each column feeds")

    def show_preview(self, shown: Preview, remap: Callable[[str, str], None]) -> None:
        """Fill the grid; `remap(column, field)` follows a change of a column's combo."""
        self.clear()
        self.setColumnCount(len(shown.columns))
        self.setRowCount(len(shown.first_rows) + 1)
        self.setHorizontalHeaderLabels(list(shown.columns))
        self.setVerticalHeaderLabels(["field", *(str(n + 2) for n in range(len(shown.first_rows)))])
        for column, name in enumerate(shown.columns):
            combo = QComboBox()
            combo.setAccessibleName(f"Field for column {name}")
            combo.addItems([IGNORE, *FIELDS])
            combo.setCurrentText(shown.mapping.get(name, IGNORE))
            combo.currentTextChanged.connect(lambda field, name=name: remap(name, field))
            self.setCellWidget(0, column, combo)
            for row, values in enumerate(shown.first_rows, start=1):
                item = QTableWidgetItem(values[column] if column < len(values) else "")
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.setItem(row, column, item)
        self.resizeColumnsToContents()

    def mapping_box(self, index: int) -> QComboBox:
        widget = self.cellWidget(0, index)
        assert isinstance(widget, QComboBox)
        return widget
