"""The import dialog's sentences and notices: what a preview shows, which rows it will refuse and
what a sync did, for the organizer."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QLabel
from shiboken6 import isValid

from checkin import sync
from checkin.core.entities import Event
from checkin.demo import demo_import_warning
from checkin.operations.records import Store
from checkin.sync import Preview, RejectedRow, SyncReport, Table
from checkin.ui.inert import plain_label
from checkin.ui.jobs import Job

FORMAT_NAMES = {
    "eventbrite": "Eventbrite attendee report",
    "pretix": "pretix check-in list",
    "tito": "Tito ticket export",
    "generic": "spreadsheet (columns recognised by their headers)",
}
ENCODINGS = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 with BOM", "cp1252": "Windows-1252"}
DELIMITERS = {",": "commas", ";": "semicolons", "\t": "tabs", "|": "bars"}
MAX_REJECTED_SHOWN = 200  # a broken 50,000-row file must not freeze the report box


def format_name(fmt: str) -> str:
    return FORMAT_NAMES.get(fmt, fmt)


def describe_preview(shown: Preview, table: Table) -> str:
    """ "Detected: Eventbrite attendee report · 120 rows · UTF-8, semicolons"."""
    rows = f"{shown.row_count} row{'s' if shown.row_count != 1 else ''}"
    parts = [f"Detected: {format_name(shown.format)}", rows]
    reading = [ENCODINGS.get(shown.encoding, shown.encoding)] if shown.encoding else []
    if shown.delimiter:
        reading.append(DELIMITERS.get(shown.delimiter, repr(shown.delimiter)))
    if table.kind == "xlsx":
        reading = ["Excel workbook"]
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
    return notice("importDemoNote", demo_import_warning(repo))


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
    listed = "; ".join(str(row) for row in refused[:shown_rows])
    more = f"; and {len(refused) - shown_rows} more" if len(refused) > shown_rows else ""
    count = f"{len(refused)} row{'s' * (len(refused) != 1)}"
    return f"{count} will not be imported — {listed}{more}."


def _place(location: str) -> str:
    return location if "://" in location else Path(location).name


def describe_report(report: SyncReport, event: Event | None) -> str:
    """Added / updated / cancelled / unchanged / rejected, then each rejected row by number."""
    lines = [
        f"{'Would sync' if report.dry_run else 'Synced'} {_place(report.location)} "
        f"({format_name(report.format)}): {report.added} added, {report.updated} updated, "
        f"{report.cancelled} cancelled, {report.unchanged} unchanged, "
        f"{len(report.rejected)} rejected."
    ]
    if report.created_event:
        lines.append(
            f"Created the event “{report.created_event}”; an organizer can set its days "
            "and capacity in Settings."
        )
    if report.fetched_at is not None:
        when = event.local_time(report.fetched_at) if event else report.fetched_at.astimezone()
        lines.append(f"Fetched {when:%A %d %B %Y at %H:%M}.")
    if report.cancelled_inside:
        lines.append(
            "Cancelled but inside the venue (still counted on site): "
            + ", ".join(report.cancelled_inside)
            + "."
        )
    for rejected in report.rejected[:MAX_REJECTED_SHOWN]:
        lines.append(f"Rejected {rejected}")
    hidden = len(report.rejected) - MAX_REJECTED_SHOWN
    if hidden > 0:
        lines.append(f"…and {hidden} more rejected rows (`checkin sync --dry-run` lists them all).")
    return "\n".join(lines)
