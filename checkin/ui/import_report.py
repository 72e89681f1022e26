"""The import dialog's sentences and notices: what a preview shows, which rows it will refuse and
what a sync did, for the organizer."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel
from shiboken6 import isValid

from checkin import sync
from checkin.core.entities import Event
from checkin.demo import demo_attendee_count
from checkin.operations.records import Store, sync_source
from checkin.sync import (
    FORMATS,
    Preview,
    RejectedRow,
    SourceUnreachable,
    SyncError,
    SyncReport,
    Table,
)
from checkin.sync.model import NoNameColumn, SourceUnreadable
from checkin.ui import import_words as words
from checkin.ui.import_words import COUNTED, format_name, rejected_row
from checkin.ui.inert import plain_label
from checkin.ui.jobs import Job
from checkin.ui.language import fill, long_moment, number
from checkin.ui.read_words import unreadable_said

MAX_REJECTED_SHOWN = 200  # a broken 50,000-row file must not freeze the report box
log = logging.getLogger("checkin.sync")


def format_box() -> QComboBox:
    box = QComboBox()
    box.setObjectName("importFormat")
    box.setAccessibleName(QCoreApplication.translate("ImportDialog", "Format"))
    box.addItem(QCoreApplication.translate("ImportDialog", "auto"), words.AUTO)
    for fmt in FORMATS:
        box.addItem(fmt, fmt)
    return box


def failure(error: object, repo: Store, location: str) -> str:
    """A failed read or sync in one sentence: the engine's own (with how old the list the desk
    keeps is, when the source could not be reached), or, for a bug, that nothing changed."""
    if isinstance(error, SourceUnreachable):
        return f"{error} {offline_message(repo, location)}"
    if isinstance(error, SourceUnreadable):
        return unreadable_said(error)
    if isinstance(error, SyncError):
        return str(error)
    log.exception("import of %s failed", location, exc_info=error)  # type: ignore[arg-type]
    return fill(
        QCoreApplication.translate("ImportDialog", "The import failed and changed nothing (%1)."),
        str(error),
    )


def preview(table: Table, fmt: str, overrides: dict[str, str], rows: int) -> tuple[Preview, str]:
    """The engine's preview with the organizer's choices, and why it cannot import yet."""
    try:
        return sync.preview(table, fmt, overrides, rows, check=False), ""
    except SyncError as error:  # no name column yet: show the columns so one can be mapped
        bare = Preview(fmt, table.columns, {}, table.rows[:rows], len(table.rows))
        if not isinstance(error, NoNameColumn):
            said = unreadable_said(error) if isinstance(error, SourceUnreadable) else str(error)
            return bare, said
        # The engine's sentence names the command line's option: the dialog has a combo.
        return bare, QCoreApplication.translate(
            "ImportDialog",
            "Found no name column (such as First name, Last name, Name, Vorname, Prénom); choose "
            "one in the combo above it.",
        )


def describe_preview(shown: Preview, table: Table) -> str:
    """ "Detected: Eventbrite attendee report · 120 rows · UTF-8, semicolons"."""
    detected = QCoreApplication.translate("ImportDialog", "Detected: %1")
    parts = [fill(detected, format_name(shown.format)), COUNTED.rows(shown.row_count)]
    reading = (
        [words.tr(words.ENCODINGS.get(shown.encoding, shown.encoding))] if shown.encoding else []
    )
    if shown.delimiter:
        known = words.DELIMITERS.get(shown.delimiter)
        reading.append(words.tr(known) if known else repr(shown.delimiter))
    if table.kind == "xlsx":
        reading = [QCoreApplication.translate("ImportDialog", "Excel workbook")]
    if reading:
        parts.append(", ".join(reading))
    return " · ".join(parts) + "."


def notice(name: str, text: str = "", alarm: bool = False) -> QLabel:
    """A wrapped line of the dialog saying what the import will do differently from expected
    (in the error colour when rows will be refused); hidden while it has nothing to say."""
    label = plain_label()
    label.setObjectName(name)
    label.setWordWrap(True)
    if alarm:
        label.setStyleSheet("color: #b3261e; font-weight: bold;")
    show_notice(label, text)
    return label


def demo_notice(repo: Store) -> QLabel:
    count = demo_attendee_count(repo)
    return notice("importDemoNote", COUNTED.demo(count) if count else "")


def show_notice(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def flag_refused_rows(label: QLabel, table: Table, fmt: str, mapping: dict[str, str]) -> None:
    """Read the rows as the import will, on a worker (10,000 rows take about 100 ms, too long
    for the UI thread at every change of a column's mapping), and show those it will refuse.
    A check overtaken by a newer one is not shown."""
    serial = int(label.property("checks") or 0) + 1
    label.setProperty("checks", serial)
    show_notice(label, "")  # until this reading answers (a mapping without a name fails it)
    job = Job(lambda _report: sync.refused_rows(table, fmt, dict(mapping)), "import-check")

    def show(refused: object) -> None:
        # The dialog may have closed (and its label gone) while the rows were read.
        if isValid(label) and label.property("checks") == serial and isinstance(refused, tuple):
            show_notice(label, describe_refused(refused))

    job.succeeded.connect(show)
    job.start()


def describe_refused(refused: Sequence[RejectedRow], shown_rows: int = 3) -> str:
    """The rows the import will refuse, named by their row numbers, so none goes quietly."""
    if not refused:
        return ""
    listed = "; ".join(rejected_row(row) for row in refused[:shown_rows])
    if len(refused) > shown_rows:
        listed += "; " + COUNTED.more(len(refused) - shown_rows)
    return fill(COUNTED.refused(len(refused)), listed)


def _place(location: str) -> str:
    return location if "://" in location else Path(location).name


def describe_report(report: SyncReport, event: Event | None) -> str:
    """Added / updated / cancelled / unchanged / rejected, then each rejected row by number."""
    said = (
        QCoreApplication.translate(
            "ImportDialog",
            "Would sync %1 (%2): %3 added, %4 updated, %5 cancelled, %6 unchanged, %7 rejected.",
        )
        if report.dry_run
        else QCoreApplication.translate(
            "ImportDialog",
            "Synced %1 (%2): %3 added, %4 updated, %5 cancelled, %6 unchanged, %7 rejected.",
        )
    )
    counts = (report.added, report.updated, report.cancelled, report.unchanged,
              len(report.rejected))  # fmt: skip
    lines = [
        fill(
            said,
            _place(report.location),
            format_name(report.format),
            *(number(count) for count in counts),
        )
    ]
    if report.created_event:
        created = QCoreApplication.translate(
            "ImportDialog",
            "Created the event “%1”; an organizer can set its days and capacity in Settings.",
        )
        lines.append(fill(created, report.created_event))
    if report.fetched_at is not None:
        when = event.local_time(report.fetched_at) if event else report.fetched_at.astimezone()
        lines.append(
            fill(QCoreApplication.translate("ImportDialog", "Fetched %1."), long_moment(when))
        )
    if report.cancelled_inside:
        inside = QCoreApplication.translate(
            "ImportDialog", "Cancelled but inside the venue (still counted on site): %1."
        )
        lines.append(fill(inside, ", ".join(report.cancelled_inside)))
    for rejected in report.rejected[:MAX_REJECTED_SHOWN]:
        lines.append(
            fill(QCoreApplication.translate("ImportDialog", "Rejected %1"), rejected_row(rejected))
        )
    hidden = len(report.rejected) - MAX_REJECTED_SHOWN
    if hidden > 0:
        lines.append(COUNTED.hidden(hidden))
    return "\n".join(lines)


def offline_message(repo: Store, location: str) -> str:
    """What the desk says when a list cannot be fetched: how old the list it works on is."""
    known = sync_source(repo, sync.source_key(location))
    if known is None:
        return QCoreApplication.translate(
            "ImportDialog", "Nothing was changed; this desk has no list from that address yet."
        )
    event = repo.event()
    instant = known.fetched_at or known.synced_at
    when = event.local_time(instant) if event is not None else instant.astimezone()
    said = QCoreApplication.translate(
        "ImportDialog", "Nothing was changed; the desk works offline on the list from %1."
    )
    return fill(said, long_moment(when))
