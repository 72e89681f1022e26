"""One entry point for every export: gather the figures from the repository, build the report,
write it in the requested format."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from checkin.core.catering import DEFAULT_MEALS, DEFAULT_NO_SHOW
from checkin.db.repository import Repository
from checkin.db.stats import overview
from checkin.paths import private_file
from checkin.reports.builders import (
    attendees_report,
    checkins_report,
    dietary_report,
    headcount_report,
)
from checkin.reports.model import Format, Kind, Report

log = logging.getLogger("checkin.reports")


def _writer(fmt: Format) -> Callable[[Report, Path], object]:
    # openpyxl and ReportLab's platypus and charts take about half a second to import: only an
    # export that writes with them pays for it (in the window, on the export's worker thread),
    # not the desk's start-up.
    if fmt is Format.PDF:
        from checkin.reports.pdf import write_pdf

        return write_pdf
    from checkin.reports.tabular import write_csv, write_xlsx

    return write_xlsx if fmt is Format.XLSX else write_csv


def build(
    repo: Repository,
    kind: Kind,
    day: int | None = None,
    meals: Sequence[str] = DEFAULT_MEALS,
    no_show: float = DEFAULT_NO_SHOW,
) -> Report:
    """Raises ValueError with one sentence for a day outside the event."""
    event = repo.require_event()
    if kind is Kind.HEADCOUNT:
        return headcount_report(event, overview(repo), day)
    checkins = repo.checkins()
    attendees = repo.attendees()
    if kind is Kind.DIETARY:
        return dietary_report(event, overview(repo), attendees, checkins, day, meals, no_show)
    if kind is Kind.ATTENDEES:
        return attendees_report(event, attendees, checkins, day)
    return checkins_report(event, attendees, checkins, day)


def format_for(out: Path, requested: str | None) -> Format:
    """The format asked for, else the one the file name ends with, else CSV."""
    if requested:
        return Format(requested)
    suffix = out.suffix.lower().lstrip(".")
    return Format(suffix) if suffix in {f.value for f in Format} else Format.CSV


def write(report: Report, fmt: Format, out: Path) -> Path:
    # Write beside the target and move into place: a half-written export never looks finished.
    partial = out.with_name(out.name + ".partial")
    try:
        private_file(
            partial, create=True
        )  # personal data: this user's only (writers keep the mode)
        _writer(fmt)(report, partial)
        partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)
    log.info("exported %s as %s to %s", report.kind, fmt, out)
    return out


def export(
    repo: Repository,
    kind: Kind,
    out: Path,
    fmt: Format = Format.CSV,
    day: int | None = None,
    meals: Sequence[str] = DEFAULT_MEALS,
    no_show: float = DEFAULT_NO_SHOW,
) -> Path:
    return write(build(repo, kind, day, meals, no_show), fmt, out)
