"""The dashboard's number tiles and small tables, with fonts that scale for big-screen mode."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from checkin.ui.inert import plain_label


def scaled_font(base: QFont, points: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


class Tile(QFrame):
    """A caption, one big number and a line of detail."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("tile")
        self.caption = plain_label(caption)
        self.value = plain_label("—")
        self.detail = plain_label("")
        self.value.setObjectName("tileValue")
        for label in (self.caption, self.value, self.detail):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)

    def apply_scale(self, scale: float) -> None:
        base = self.font()
        self.caption.setFont(scaled_font(base, 10 * scale))
        self.value.setFont(scaled_font(base, 26 * scale, bold=True))
        self.detail.setFont(scaled_font(base, 9 * scale))


class FiguresTable(QTableWidget):
    """A read-only table whose rows are replaced wholesale on every update. Each column is as
    wide as its header and cells need (the last one takes what is left), and the table as tall
    as its rows, so nothing in it is cut on a projector."""

    def __init__(self, headers: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(list(headers))
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlternatingRowColors(True)
        self._fit_height()

    def set_rows(self, rows: list[tuple[object, ...]]) -> None:
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(str(value))
                if isinstance(value, int) or value == "—":  # a figure, or its absence
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.setItem(r, c, item)
        self._fit_height()

    def _fit_height(self) -> None:
        rows = max(self.rowCount(), 1)
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        self.setFixedHeight(height + rows * self.verticalHeader().defaultSectionSize())

    def apply_scale(self, scale: float) -> None:
        font = scaled_font(self.font(), 10 * scale)
        self.setFont(font)
        self.horizontalHeader().setFont(scaled_font(font, 10 * scale, bold=True))
        self.verticalHeader().setDefaultSectionSize(int(24 * scale))
        self._fit_height()
