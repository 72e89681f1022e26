"""The on-site gauge: a half dial from 0 to a little past capacity, with the warn band amber and
the part at or over capacity red, the count in the middle large enough to read across a hall."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from checkin.core.capacity import Band
from checkin.ui.language import fill, percent
from checkin.ui.language import number as figure

BAND_COLOURS = {
    Band.NO_LIMIT: QColor("#455a64"),
    Band.OK: QColor("#2e7d32"),
    Band.WARN: QColor("#ef8f00"),
    Band.CRITICAL: QColor("#c62828"),
}
_TRACK = QColor("#dfe3e8")
_SPAN = 180.0  # degrees: a half dial


class CapacityGauge(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on_site = 0
        self.capacity: int | None = None
        self.warn_ratio = 0.9
        self.band = Band.NO_LIMIT
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(220, 140)

    def sizeHint(self) -> QSize:
        return QSize(360, 220)

    def set_values(self, on_site: int, capacity: int | None, warn_ratio: float, band: Band) -> None:
        self.on_site, self.capacity, self.warn_ratio, self.band = (
            on_site,
            capacity,
            warn_ratio,
            band,
        )
        self.setToolTip(self.caption())
        self.update()

    def caption(self) -> str:
        if not self.capacity:
            return f"{self.on_site} on site · no capacity set"
        return f"{self.on_site} of {self.capacity} on site ({self.on_site / self.capacity:.0%})"

    def _scale_max(self) -> float:
        # Leave room past 100 % so an override crowd still shows on the dial.
        if not self.capacity:
            return float(max(self.on_site, 1))
        return max(self.capacity * 1.1, float(self.on_site))

    def _angle(self, value: float) -> float:
        return _SPAN * min(value / self._scale_max(), 1.0)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Geometry in units of the dial's radius R: band markers reach 0.2 R beyond it, the
        # caption needs 0.25 R below the centre line; the whole dial must fit the widget.
        radius = max(20.0, min(self.width() / 2.4, self.height() / 1.5))
        thickness = radius * 0.16
        centre = QPointF(self.width() / 2, radius * 0.2 + radius + 2)
        track = radius - thickness / 2
        rect = QRectF(centre.x() - track, centre.y() - track, 2 * track, 2 * track)

        def arc(box: QRectF, start: float, end: float, colour: QColor, width: float) -> None:
            if end <= start:
                return
            pen = QPen(colour, width)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            # Qt angles: 1/16 degree, anticlockwise from 3 o'clock; the dial fills left to right.
            painter.drawArc(box, int((180 - end) * 16), int((end - start) * 16))

        arc(rect, 0, _SPAN, _TRACK, thickness)
        if self.capacity:
            warn = self._angle(self.capacity * self.warn_ratio)
            full = self._angle(self.capacity)
            # Thin bands just outside the track show where amber and red begin.
            ring = radius + radius * 0.08
            outer = QRectF(centre.x() - ring, centre.y() - ring, 2 * ring, 2 * ring)
            arc(outer, warn, full, BAND_COLOURS[Band.WARN], radius * 0.06)
            arc(outer, full, _SPAN, BAND_COLOURS[Band.CRITICAL], radius * 0.06)
        arc(rect, 0, self._angle(self.on_site), BAND_COLOURS[self.band], thickness)

        number = QFont(self.font())
        number.setBold(True)
        number.setPixelSize(max(12, int(radius * 0.45)))
        painter.setFont(number)
        painter.setPen(BAND_COLOURS[self.band])
        box = QRectF(centre.x() - radius * 0.75, centre.y() - radius * 0.55, radius * 1.5,
                     radius * 0.55)  # fmt: skip
        painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                         figure(self.on_site))  # fmt: skip
        small = QFont(self.font())
        small.setPixelSize(max(9, int(radius * 0.11)))
        painter.setFont(small)
        painter.setPen(self.palette().windowText().color())
        below = QRectF(0, centre.y() + radius * 0.03, self.width(), radius * 0.2)
        if self.capacity:
            text = fill(
                self.tr("on site of %1 · %2 of capacity"),
                figure(self.capacity),
                percent(self.on_site / self.capacity),
            )
        else:
            text = self.tr("on site · no capacity set")
        painter.drawText(below, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
