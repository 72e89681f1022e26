"""The organizer's tools as the desk window opens them: the live dashboard and the export dialog.

Both sit behind the window's organizer lock (the window calls them only when unlocked). Exports
are written by a `Job` on the thread pool so that a 10,000-person PDF never freezes the desk.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from checkin.core.catering import DEFAULT_NO_SHOW
from checkin.operations import Changes
from checkin.operations.records import Store
from checkin.reports.export import export
from checkin.reports.model import Format, Kind
from checkin.ui.dashboard import DashboardWindow
from checkin.ui.inert import plain_label
from checkin.ui.jobs import Job, Report, wait_for_jobs

KIND_LABELS = {
    Kind.HEADCOUNT: "Headcount (counts and arrivals)",
    Kind.DIETARY: "Catering: per-day numbers and dietary needs (no names)",
    Kind.ATTENDEES: "Attendee list (personal data)",
    Kind.CHECKINS: "Check-in history (personal data)",
}


class OrganizerTools(QObject):
    """Gives the window its `dashboard` and `export` openers (see `ui.ports.Collaborators`)."""

    def __init__(self, repo: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.dashboard_window: DashboardWindow | None = None

    def open_dashboard(self, parent: QWidget) -> None:
        if self.dashboard_window is None:
            # A window of its own (no parent): it goes on a second screen or a projector.
            self.dashboard_window = DashboardWindow(self.repo)
        self.dashboard_window.refresh()
        self.dashboard_window.show()
        self.dashboard_window.raise_()

    def desk_changed(self, changes: Changes) -> None:
        """A scan or an undo at this desk: the dashboard's own change probe only sees other
        processes' commits, so the desk tells it directly — when a figure can have moved."""
        if not (changes.counts and changes.local):
            return
        if self.dashboard_window is not None and self.dashboard_window.isVisible():
            self.dashboard_window.refresh()

    def open_export(self, parent: QWidget) -> None:
        dialog = ExportDialog(self.repo, parent)
        dialog.setModal(True)
        dialog.show()

    def close(self) -> None:
        wait_for_jobs()  # an export still writing finishes before the database closes
        if self.dashboard_window is not None:
            self.dashboard_window.close()


class ExportDialog(QDialog):
    """Pick what to export, for which day, in which format and where; then write it off-thread."""

    def __init__(self, repo: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.job: Job | None = None
        self.setWindowTitle("Export")
        event = repo.require_event()
        self.kind = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(label, kind.value)
        self.day = QComboBox()
        self.day.addItem("All days", None)
        for number, day in enumerate(event.days, start=1):
            self.day.addItem(f"Day {number} — {day.strftime('%a %d %b')}", number)
        self.format = QComboBox()
        for fmt in Format:
            self.format.addItem(fmt.value.upper(), fmt.value)
        self.meals = QLineEdit("Lunch")
        self.no_show = QSpinBox()
        self.no_show.setRange(0, 99)
        self.no_show.setSuffix(" %")
        self.no_show.setValue(round(DEFAULT_NO_SHOW * 100))
        self.path = QLineEdit(str(Path.home() / "headcount.csv"))
        browse = QPushButton("Choose…")
        browse.clicked.connect(self.choose_file)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        self.outcome = plain_label("")
        self.outcome.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("What", self.kind)
        form.addRow("Day", self.day)
        form.addRow("Format", self.format)
        form.addRow("Meals per day", self.meals)
        form.addRow("Later days' no-shows", self.no_show)
        form.addRow("Save to", where)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        for combo in (self.kind, self.format):
            combo.currentIndexChanged.connect(self.suggest_name)
        self.kind.setAccessibleName("Export kind")
        self.day.setAccessibleName("Export day")
        self.format.setAccessibleName("Export format")
        self.path.setAccessibleName("Export file")

    def suggest_name(self) -> None:
        current = Path(self.path.text() or str(Path.home() / "export"))
        self.path.setText(
            str(current.with_name(f"{self.kind.currentData()}.{self.format.currentData()}"))
        )

    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, "Export to", self.path.text())
        if chosen:
            self.path.setText(chosen)

    def start(self) -> None:
        out = Path(self.path.text()).expanduser()
        if not out.parent.is_dir():
            self.outcome.setText(f"The folder {out.parent} does not exist.")
            return
        repo = self.repo
        kind, fmt = Kind(str(self.kind.currentData())), Format(str(self.format.currentData()))
        day = self.day.currentData()
        meals = [m.strip() for m in self.meals.text().split(",") if m.strip()] or ["Lunch"]
        no_show = self.no_show.value() / 100

        def work(_report: Report) -> Path:
            try:
                return export(repo, kind, out, fmt, day if isinstance(day, int) else None,
                              meals, no_show)  # fmt: skip
            finally:
                repo.db.close()  # the pool thread's own connection

        self.job = Job(work, "export")
        self.job.succeeded.connect(
            lambda path: self.done_exporting(f"Saved {path.name} in {path.parent}.")
        )
        self.job.failed.connect(lambda error: self.done_exporting(f"Could not export: {error}"))
        self.buttons.setEnabled(False)
        self.outcome.setText("Exporting…")
        self.job.start()

    @Slot(str)
    def done_exporting(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.outcome.setText(message)
