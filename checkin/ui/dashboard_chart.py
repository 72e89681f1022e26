"""The arrivals chart: first admissions per 10 minutes, one bar series per event day, on the
venue's clock. Buckets run from the earliest to the latest busy one across days, zero-filled."""

from __future__ import annotations

import math

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

from checkin.core.overview import BUCKET_MINUTES, DayFigures, bucket_label
from checkin.ui.language import fill, number, short_day

DAY_COLOURS = ("#1565c0", "#2e7d32", "#6a1b9a", "#ef6c00", "#00838f")


class ArrivalsChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        self._chart = QChart()
        super().__init__(self._chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._chart.setTitle(arrivals_title())
        self._chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self._chart.setMargins(self._chart.margins() * 0)
        self._signature: tuple[object, ...] | None = None
        self.point_size = 9

    def set_point_size(self, size: int) -> None:
        self.point_size = size
        self._signature = None

    def set_days(self, days: tuple[DayFigures, ...]) -> None:
        signature = (self.point_size, *((d.day, tuple(sorted(d.arrivals.items()))) for d in days))
        if signature == self._signature:
            return  # nothing new arrived: keep the chart as it is, no flicker
        self._signature = signature
        # A fresh chart per change: removing axes from a live QChart leaves their labels painted.
        chart = QChart()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(self._chart.margins())
        old, self._chart = self._chart, chart
        self.setChart(chart)
        old.deleteLater()
        busy = [m for d in days for m in d.arrivals]
        if not busy:
            nobody = QCoreApplication.translate("ArrivalsChart", "nobody admitted yet")
            chart.setTitle(f"{arrivals_title()} · {nobody}")
            return
        chart.setTitle(arrivals_title())
        buckets = list(range(min(busy), max(busy) + BUCKET_MINUTES, BUCKET_MINUTES))
        series = QBarSeries()
        top = 0
        for index, figures in enumerate(days):
            day = QCoreApplication.translate("ArrivalsChart", "Day %1 · %2")
            bars = QBarSet(fill(day, number(figures.number), short_day(figures.day)))
            bars.setColor(QColor(DAY_COLOURS[index % len(DAY_COLOURS)]))
            counts = [figures.arrivals.get(m, 0) for m in buckets]
            top = max(top, *counts)
            bars.append([float(n) for n in counts])
            series.append(bars)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([bucket_label(m) for m in buckets])
        if len(buckets) > 12:
            axis_x.setLabelsAngle(-90)  # a long day: upright labels would overlap
        axis_y = QValueAxis()
        # Whole people on whole-number ticks: about five steps, the top rounded up to one.
        step = max(1, math.ceil(top / 5))
        ticks = max(1, math.ceil(top / step))
        axis_y.setRange(0, ticks * step)
        axis_y.setTickCount(ticks + 1)
        axis_y.setLabelFormat("%d")
        font = QFont(self.font())
        font.setPointSize(self.point_size)
        for axis in (axis_x, axis_y):
            axis.setLabelsFont(font)
        chart.legend().setFont(font)
        title = QFont(font)
        title.setBold(True)
        chart.setTitleFont(title)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)


def arrivals_title() -> str:
    return fill(
        QCoreApplication.translate("ArrivalsChart", "Arrivals per %1 minutes"),
        number(BUCKET_MINUTES),
    )
