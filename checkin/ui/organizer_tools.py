"""The organizer's tools as the desk window opens them: the live dashboard and the export dialog.

Both sit behind the window's organizer lock (the window calls them only when unlocked). Exports
are written by a `Job` on the thread pool so that a 10,000-person PDF never freezes the desk.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Slot
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
from checkin.ui.dialog_fit import say
from checkin.ui.inert import plain_label
from checkin.ui.jobs import Job, Report, wait_for_jobs
from checkin.ui.language import QT_TRANSLATE_NOOP, fill, short_day

KIND_LABELS = {
    Kind.HEADCOUNT: QT_TRANSLATE_NOOP("ExportDialog", "Headcount (counts and arrivals)"),
    Kind.DIETARY: QT_TRANSLATE_NOOP(
        "ExportDialog", "Catering: per-day numbers and dietary needs (no names)"
    ),
    Kind.ATTENDEES: QT_TRANSLATE_NOOP("ExportDialog", "Attendee list (personal data)"),
    Kind.CHECKINS: QT_TRANSLATE_NOOP("ExportDialog", "Check-in history (personal data)"),
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
        self.setWindowTitle(self.tr("Export"))
        event = repo.require_event()
        self.kind = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(self.tr(label), kind.value)
        self.day = QComboBox()
        self.day.addItem(self.tr("All days"), None)
        for number, day in enumerate(event.days, start=1):
            self.day.addItem(fill(self.tr("Day %1 — %2"), str(number), short_day(day)), number)
        self.format = QComboBox()
        for fmt in Format:
            self.format.addItem(fmt.value.upper(), fmt.value)
        # The meals' names go into the catering sheet as typed: the default in the desk's words.
        self.meals = QLineEdit(self.tr("Lunch"))
        self.no_show = QSpinBox()
        self.no_show.setRange(0, 99)
        # Where the sign goes is each language's own (42% · 42 %).
        self.no_show.setSuffix(fill(QCoreApplication.translate("Formats", "%1%"), ""))
        self.no_show.setValue(round(DEFAULT_NO_SHOW * 100))
        self.path = QLineEdit(str(Path.home() / "headcount.csv"))
        browse = QPushButton(self.tr("Choose…"))
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
        form.addRow(self.tr("What"), self.kind)
        form.addRow(self.tr("Day"), self.day)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Meals per day"), self.meals)
        form.addRow(self.tr("Later days' no-shows"), self.no_show)
        form.addRow(self.tr("Save to"), where)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        for combo in (self.kind, self.format):
            combo.currentIndexChanged.connect(self.suggest_name)
        self.kind.setAccessibleName(self.tr("Export kind"))
        self.day.setAccessibleName(self.tr("Export day"))
        self.format.setAccessibleName(self.tr("Export format"))
        self.path.setAccessibleName(self.tr("Export file"))

    def suggest_name(self) -> None:
        current = Path(self.path.text() or str(Path.home() / "export"))
        self.path.setText(
            str(current.with_name(f"{self.kind.currentData()}.{self.format.currentData()}"))
        )

    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text())
        if chosen:
            self.path.setText(chosen)

    def start(self) -> None:
        out = Path(self.path.text()).expanduser()
        if not out.parent.is_dir():
            say(self.outcome, fill(self.tr("The folder %1 does not exist."), str(out.parent)))
            return
        repo = self.repo
        kind, fmt = Kind(str(self.kind.currentData())), Format(str(self.format.currentData()))
        day = self.day.currentData()
        meals = [m.strip() for m in self.meals.text().split(",") if m.strip()] or [self.tr("Lunch")]
        no_show = self.no_show.value() / 100

        def work(_report: Report) -> Path:
            try:
                return export(repo, kind, out, fmt, day if isinstance(day, int) else None,
                              meals, no_show)  # fmt: skip
            finally:
                repo.db.close()  # the pool thread's own connection

        self.job = Job(work, "export")
        saved, failed = self.tr("Saved %1 in %2."), self.tr("Could not export: %1")
        self.job.succeeded.connect(
            lambda path: self.done_exporting(fill(saved, path.name, str(path.parent)))
        )
        self.job.failed.connect(lambda error: self.done_exporting(fill(failed, str(error))))
        self.buttons.setEnabled(False)
        say(self.outcome, self.tr("Exporting…"))
        self.job.start()

    @Slot(str)
    def done_exporting(self, message: str) -> None:
        self.buttons.setEnabled(True)
        say(self.outcome, message)
