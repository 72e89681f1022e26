"""The import dialog: pick a file or paste a link, check the preview, sync, read the report.

Reading a file or a URL and writing the sync both run as `Job`s on the thread pool; the dialog
only shows. The preview is the sync engine's own (`checkin.sync.preview`), in a `PreviewGrid`
whose column combos the organizer may change before importing. A list synced before can be
synced again in one click; a link that cannot be reached changes nothing and says how old the
list the desk works on is.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin import sync
from checkin.operations.records import Store, sync_sources
from checkin.sync import Preview, SyncReport, Table
from checkin.ui import import_report as notes
from checkin.ui import import_words as words
from checkin.ui.dialog_fit import say
from checkin.ui.import_preview import PreviewGrid
from checkin.ui.import_report import describe_preview, describe_report
from checkin.ui.inert import plain_label, report_box
from checkin.ui.jobs import Job, Report
from checkin.ui.language import fill

PREVIEW_ROWS = 5


class ImportDialog(QDialog):
    previewed = Signal()  # a table was read and its preview is shown
    synced = Signal(object)  # SyncReport: the database changed (or would, for a dry run)
    failed = Signal(str)  # one sentence; nothing was changed

    def __init__(self, repo: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.table: Table | None = None
        self.overrides: dict[str, str] = {}
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Import an attendee list"))
        self.setAccessibleName(self.tr("Import an attendee list"))
        self.resize(960, 620)

        self.source = QLineEdit()
        self.source.setObjectName("importSource")
        self.source.setAccessibleName(self.tr("File or link to import"))
        self.source.setPlaceholderText(
            self.tr("A CSV or XLSX file, or a link (https://…) — then Enter")
        )
        self.source.returnPressed.connect(self.read)
        self.browse = QPushButton(self.tr("Choose &file…"))
        self.browse.clicked.connect(self.choose_file)
        self.read_button = QPushButton(self.tr("&Read"))
        self.read_button.clicked.connect(self.read)
        self.remembered = QComboBox()
        self.remembered.setObjectName("importRemembered")
        self.remembered.setAccessibleName(self.tr("Lists synced before"))
        self.again_button = QPushButton(self.tr("Sync &again"))
        self.again_button.setObjectName("importSyncAgain")
        self.again_button.clicked.connect(self.sync_again)
        self.format_box = notes.format_box()
        self.format_box.currentIndexChanged.connect(lambda _: self.refresh_preview())
        self.summary = plain_label(self.tr("Choose a file or paste a link to see its first rows."))
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.refused = notes.notice("importRefused", alarm=True)  # rows the import will refuse
        self.demo_note = notes.demo_notice(repo)  # importing beside the demo's attendees
        self.grid = PreviewGrid()
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setTextVisible(True)
        self.progress.setFormat("")
        self.report = report_box()
        self.report.setObjectName("importReport")
        self.report.setAccessibleName(self.tr("Import report"))
        self.report.setMaximumHeight(130)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.run_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.run_button.setObjectName("importRun")
        self.run_button.setEnabled(False)
        self.run_button.clicked.connect(self.run)
        self.buttons.rejected.connect(self.reject)

        pick = QHBoxLayout()
        pick.addWidget(self.source, 1)
        pick.addWidget(self.browse)
        pick.addWidget(self.read_button)
        again = QHBoxLayout()
        again.addWidget(QLabel(self.tr("Synced before:")))
        again.addWidget(self.remembered, 1)
        again.addWidget(self.again_button)
        options = QGridLayout()
        options.addWidget(format_label := QLabel(self.tr("F&ormat:")), 0, 0)
        format_label.setBuddy(self.format_box)  # Alt+O; without a buddy the & shows as typed
        options.addWidget(self.format_box, 0, 1)
        options.addWidget(self.summary, 0, 2)
        options.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addLayout(again)
        layout.addLayout(options)
        layout.addWidget(self.demo_note)
        layout.addWidget(self.refused)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.report)
        layout.addWidget(self.buttons)
        self.fill_remembered()
        self.source.setFocus()

    # -- choosing a source -----------------------------------------------------------------------

    def fill_remembered(self) -> None:
        self.remembered.clear()
        for known in sync_sources(self.repo):
            self.remembered.addItem(known.location, known.source)
        has_any = self.remembered.count() > 0
        self.remembered.setEnabled(has_any)
        self.again_button.setEnabled(has_any)
        if not has_any:
            self.remembered.addItem(self.tr("no list synced yet"))

    def choose_file(self) -> None:
        kinds = fill(self.tr("Spreadsheets (%1)"), "*.csv *.xlsx *.txt *.tsv")
        chooser = QFileDialog(self, self.tr("Attendee list"), "", kinds)
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.fileSelected.connect(self.set_source)
        chooser.open()  # window-modal, does not block the event loop

    def set_source(self, location: str) -> None:
        self.source.setText(location)
        self.read()

    def read(self) -> None:
        location = self.source.text().strip()
        if not location or self.busy:
            return
        self.table, self.overrides = None, {}
        self.run_button.setEnabled(False)
        say(self.summary, fill(self.tr("Reading %1…"), location))
        self.start(lambda report: sync.load(location, self.repo.clock), self._loaded, location)

    def _loaded(self, table: object) -> None:
        assert isinstance(table, Table)
        self.table = table
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat(
            self.tr("Ready: %n row(s) read, nothing written yet", "", len(table.rows))
        )
        self.refresh_preview()
        self.previewed.emit()

    # -- preview and mapping ---------------------------------------------------------------------

    def current_preview(self) -> tuple[Preview, str]:
        """The engine's preview with the organizer's choices, and why it cannot import yet."""
        assert self.table is not None
        return notes.preview(self.table, self.chosen_format(), self.overrides, PREVIEW_ROWS)

    def chosen_format(self) -> str:
        return str(self.format_box.currentData() or words.AUTO)

    def refresh_preview(self) -> None:
        if self.table is None:
            return
        shown, problem = self.current_preview()
        say(self.summary, describe_preview(shown, self.table) + (f" {problem}" if problem else ""))
        notes.flag_refused_rows(self.refused, self.table, shown.format, self.overrides)
        self.run_button.setEnabled(not problem and not self.busy)
        self.grid.show_preview(shown, self.change_mapping)

    def mapping_box(self, column: str) -> QComboBox:
        assert self.table is not None
        return self.grid.mapping_box(list(self.table.columns).index(column))

    def change_mapping(self, column: str, field: str) -> None:
        self.overrides[column] = field
        self.refresh_preview()

    # -- running ---------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.running

    def run(self) -> None:
        table = self.table
        if table is None or self.busy:
            return
        fmt, mapping, repo = self.chosen_format(), dict(self.overrides), self.repo

        def work(report: Report) -> SyncReport:
            return sync.run_sync(repo, table, format=fmt, mapping=mapping, progress=report)

        self.start(work, self._synced, table.location, writes=True)

    def sync_again(self) -> None:
        key = self.remembered.currentData()
        if self.busy:
            return
        if not isinstance(key, str):
            say(
                self.summary,
                self.tr("No list has been synced here yet: choose a file or paste a link."),
            )
            return
        repo = self.repo
        self.source.setText(self.remembered.currentText())
        self.start(
            lambda report: sync.sync_again(repo, key, report), self._synced, key, writes=True
        )

    def start(self, work: Any, done: Any, location: str, writes: bool = False) -> None:
        repo = self.repo

        def guarded(report: Report) -> object:
            try:
                return work(report)
            finally:
                if writes:  # the pool thread's own connection: do not leave it open
                    repo.db.close()

        self.report.clear()
        self.progress.setRange(0, 0)  # busy until the first progress report
        self.progress.setFormat(self.tr("Reading…"))
        self.job = Job(guarded, "import")
        self.job.progress.connect(self._progress)
        self.job.succeeded.connect(done)
        self.job.failed.connect(lambda error: self._failed(error, location))
        self.job.ended.connect(self._ended)
        self._enable(False)
        self.job.start()

    def _enable(self, enabled: bool) -> None:
        for widget in (self.source, self.browse, self.read_button, self.format_box, self.grid):
            widget.setEnabled(enabled)
        self.again_button.setEnabled(enabled and self.remembered.isEnabled())
        self.run_button.setEnabled(enabled and self.table is not None)

    def _progress(self, stage: str, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        # %v and %m are the bar's own placeholders (the value and the total).
        self.progress.setFormat(f"{words.stage(stage)} %v / %m")

    def _synced(self, report: object) -> None:
        assert isinstance(report, SyncReport)
        self.report.setPlainText(describe_report(report, self.repo.event()))
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.progress.setFormat(self.tr("Done"))
        self.fill_remembered()
        self.synced.emit(report)

    def _failed(self, error: object, location: str) -> None:
        sentence = notes.failure(error, self.repo, location)
        self.report.setPlainText(sentence)
        say(self.summary, sentence if self.table is None else self.summary.text())
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Nothing changed"))
        self.failed.emit(sentence)

    def _ended(self) -> None:
        self._enable(True)
        # The grid still shows this table's columns: rebuilding its combos would only hold up
        # the desk for a few tens of milliseconds. Import again only if the mapping allows it.
        problem = self.current_preview()[1] if self.table is not None else "no table"
        self.run_button.setEnabled(not problem)

    def reject(self) -> None:
        if self.busy:  # a sync is all-or-nothing: let it finish rather than abandon it
            self.progress.setFormat(self.tr("Finishing the import before closing…"))
            return
        super().reject()
