"""The import dialog's preview grid: the first rows of a list, and above each column a combo with
the field it feeds, which the organizer may change before importing. Cells are plain, read-only
text: a spreadsheet from outside is data, never markup."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTableWidget, QTableWidgetItem, QWidget

from checkin.sync import FIELDS, Preview
from checkin.ui.language import fill

IGNORE = "ignore"


class PreviewGrid(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setAccessibleName(self.tr("First rows and the field each column feeds"))

    def show_preview(self, shown: Preview, remap: Callable[[str, str], None]) -> None:
        """Fill the grid; `remap(column, field)` follows a change of a column's combo."""
        self.clear()
        self.setColumnCount(len(shown.columns))
        self.setRowCount(len(shown.first_rows) + 1)
        self.setHorizontalHeaderLabels(list(shown.columns))
        rows = [str(n + 2) for n in range(len(shown.first_rows))]
        self.setVerticalHeaderLabels([self.tr("field"), *rows])
        for column, name in enumerate(shown.columns):
            combo = QComboBox()
            combo.setAccessibleName(fill(self.tr("Field for column %1"), name))
            # The fields keep their names (the command line's --map speaks them); "ignore" is
            # a word of the desk's.
            combo.addItem(self.tr("ignore"), IGNORE)
            for field in FIELDS:
                combo.addItem(field, field)
            combo.setCurrentIndex(max(0, combo.findData(shown.mapping.get(name, IGNORE))))
            combo.currentIndexChanged.connect(
                lambda _index, combo=combo, name=name: remap(name, str(combo.currentData()))
            )
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
