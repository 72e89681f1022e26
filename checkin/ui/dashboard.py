"""The organizers' dashboard: on site against capacity, admitted today, per day, per ticket type,
no-shows and arrivals — for a second screen or a projector (F11 or the button: big-screen mode).

It reads through `DashboardModel`, which recomputes only when a desk committed something, so the
window can stay open all day beside the desks without loading the database.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale, QRect, Qt, QTime, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.core.overview import DayState, Overview
from checkin.operations.records import Store
from checkin.ui.dashboard_chart import ArrivalsChart
from checkin.ui.dashboard_desks import DeskFigures
from checkin.ui.dashboard_gauge import CapacityGauge
from checkin.ui.dashboard_model import DashboardModel
from checkin.ui.dashboard_tiles import FiguresTable, Tile, scaled_font
from checkin.ui.inert import plain_label
from checkin.ui.language import SYSTEM, fill, install_language, number, percent, short_day

BIG_SCALE = 1.8  # on a 1080-line projector
# Type grows with the screen's height, so the big view fits a 768-line projector as well:
# 1.8 from 1008 lines up, about 1.37 at 768.
BIG_SCALE_PER_LINE = BIG_SCALE / 1008
NORMAL_SIZE = (1280, 800)


def big_scale(screen_height: int) -> float:
    return max(1.0, min(BIG_SCALE, screen_height * BIG_SCALE_PER_LINE))


class DashboardWindow(QMainWindow):
    def __init__(self, repo: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DashboardModel(repo, self)
        self.big = False
        self._normal_geometry: QRect | None = None
        event = repo.require_event()
        self.setWindowTitle(fill(self.tr("Headcount · %1"), event.name))
        self.title = plain_label(event.name)
        self.where = plain_label(event.venue)
        self.updated = plain_label("")
        self.big_button = QPushButton(self.tr("Big screen (F11)"))
        self.big_button.setCheckable(True)
        self.big_button.toggled.connect(self.set_big)
        QShortcut(QKeySequence(Qt.Key.Key_F11), self).activated.connect(self.big_button.toggle)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(
            lambda: self.set_big(False)
        )

        self.gauge = CapacityGauge()
        self.today_tile = Tile(self.tr("Admitted today"))
        self.registered_tile = Tile(self.tr("Registered"))
        self.no_show_tile = Tile(self.tr("No-shows so far"))
        self.waiting_tile = Tile(self.tr("Not arrived yet today"))
        self.days_table = FiguresTable(
            (self.tr("Day"), self.tr("State"), self.tr("Tickets"), self.tr("Admitted"),
             self.tr("No-shows"))
        )  # fmt: skip
        self.types_table = FiguresTable(
            (self.tr("Ticket type"), self.tr("Registered"), self.tr("Admitted"))
        )
        self.desks = DeskFigures()  # per desk, and double admissions between desks
        self.chart = ArrivalsChart()
        self._lay_out()
        self.model.changed.connect(self.show_overview)
        self.apply_scale(1.0)
        self.model.start()

    def _lay_out(self) -> None:
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.where)
        header.addLayout(titles, 1)
        header.addWidget(self.updated)
        header.addWidget(self.big_button)

        tiles = QGridLayout()
        for index, tile in enumerate(
            (self.today_tile, self.registered_tile, self.no_show_tile, self.waiting_tile)
        ):
            tiles.addWidget(tile, index // 2, index % 2)
        top = QHBoxLayout()
        top.addWidget(self.gauge, 3)
        top.addLayout(tiles, 4)

        tables = QHBoxLayout()
        top_aligned = Qt.AlignmentFlag.AlignTop
        tables.addWidget(self.days_table, 3, top_aligned)
        tables.addWidget(self.types_table, 2, top_aligned)
        tables.addWidget(self.desks, 2, top_aligned)

        body = QVBoxLayout()
        body.addLayout(header)
        body.addLayout(top, 4)
        body.addLayout(tables)  # as tall as their rows: the chart takes the rest
        body.addWidget(self.chart, 4)
        central = QWidget()
        central.setLayout(body)
        self.setCentralWidget(central)

    @Slot()
    def refresh(self) -> None:
        """For a desk in the same process: update now instead of at the next poll."""
        self.model.refresh()

    @Slot(object)
    def show_overview(self, overview: Overview) -> None:
        count = overview.headcount
        self.desks.update_from(self.model.repo)
        self.gauge.set_values(count.on_site, count.capacity, overview.warn_ratio, overview.band)
        today = overview.today_figures
        if today is not None:
            detail = (
                fill(
                    self.tr("of tickets valid today (%1); %2 registered"),
                    percent(today.admitted / today.valid),
                    number(count.registered),
                )
                if today.valid
                else fill(
                    self.tr("of tickets valid today; %1 registered"), number(count.registered)
                )
            )
            self.today_tile.set(f"{number(today.admitted)} / {number(today.valid)}", detail)
            self.waiting_tile.set(
                number(today.missing), self.tr("tickets valid today, not admitted yet")
            )
        else:
            self.today_tile.set(
                number(count.checked_in_today), self.tr("today is not an event day")
            )
            self.waiting_tile.set("—", self.tr("today is not an event day"))
        self.registered_tile.set(
            number(count.registered),
            fill(self.tr("active tickets; %1 cancelled"), number(count.cancelled)),
        )
        past = [d for d in overview.days if d.state is DayState.PAST]
        self.no_show_tile.set(
            number(overview.no_shows_so_far),
            self.tr("over %n finished day(s)", "", len(past))
            if past
            else self.tr("no day over yet"),
        )
        states = {
            DayState.PAST: self.tr("past"),
            DayState.TODAY: self.tr("today"),
            DayState.UPCOMING: self.tr("upcoming"),
        }
        self.days_table.set_rows(
            [
                (
                    short_day(d.day),
                    states[d.state],
                    d.valid,
                    d.admitted,
                    d.no_shows if d.state is DayState.PAST else "—",
                )
                for d in overview.days
            ]
        )
        self.types_table.set_rows(
            [(t, c.registered, c.admitted) for t, c in count.by_ticket_type.items()]
        )
        self.chart.set_days(overview.days)
        # The language's short time with seconds added (its long format names the time zone).
        short = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
        pattern = short.replace("mm", "mm:ss", 1) if "ss" not in short else short
        now = QLocale().toString(QTime.currentTime(), pattern)
        self.updated.setText(fill(self.tr("Updated %1"), now))

    @Slot(bool)
    def set_big(self, big: bool, screen: QRect | None = None) -> None:
        """Big-screen mode over the whole of `screen` (the window's own screen by default)."""
        if big == self.big:
            return
        self.big = big
        self.big_button.setChecked(big)
        screen = screen or self.screen().geometry()
        self.apply_scale(big_scale(screen.height()) if big else 1.0)
        if big:
            self._normal_geometry = self.geometry()
            # Cover the whole screen even where no window manager honours full-screen requests.
            self.setGeometry(screen)
            self.showFullScreen()
        else:
            self.showNormal()
            if self._normal_geometry is not None:
                self.setGeometry(self._normal_geometry)

    def apply_scale(self, scale: float) -> None:
        base = self.font()
        self.title.setFont(scaled_font(base, 16 * scale, bold=True))
        self.where.setFont(scaled_font(base, 10 * scale))
        self.updated.setFont(scaled_font(base, 9 * scale))
        self.gauge.setFont(scaled_font(base, 10 * scale))
        for tile in (self.today_tile, self.registered_tile, self.no_show_tile, self.waiting_tile):
            tile.apply_scale(scale)
        for table in (self.days_table, self.types_table, self.desks.table):
            table.apply_scale(scale)
        self.desks.doubles.setFont(scaled_font(base, 9 * scale))
        self.chart.set_point_size(round(9 * scale))
        if self.model.current is not None:
            self.show_overview(self.model.current)

    def fit_to_screen(self) -> None:
        """The normal window's size: never taller or wider than the screen it opens on (a
        768-line projector leaves less than 800 under its task bar and title bar)."""
        room = self.screen().availableGeometry()
        self.resize(min(NORMAL_SIZE[0], room.width()), min(NORMAL_SIZE[1], room.height() - 40))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.model.stop()
        super().closeEvent(event)


def run_dashboard_window(repo: Store, big: bool = False, language: str = SYSTEM) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_language(language)
    window = DashboardWindow(repo)
    window.fit_to_screen()
    if big:
        window.set_big(True)
    else:
        window.show()
    return int(app.exec())
