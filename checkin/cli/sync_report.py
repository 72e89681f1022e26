"""Lines every attendee-list sync prints the same way, from a file, a link or a platform's API:
the rows it rejected (the first ones, then how many more) and the event it created."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checkin.sync import SyncReport
    from checkin.sync.model import RejectedRow


MAX_REJECTED_SHOWN = 50


def rejected_lines(
    report: SyncReport, name: Callable[[RejectedRow], str], noun: str = "rows"
) -> list[str]:
    """The first rejected rows (`name` says which row each is), then how many more."""
    lines = [f"  rejected {name(r)}" for r in report.rejected[:MAX_REJECTED_SHOWN]]
    if len(report.rejected) > MAX_REJECTED_SHOWN:
        lines.append(f"  … and {len(report.rejected) - MAX_REJECTED_SHOWN} more rejected {noun}")
    return lines


def created_event_line(report: SyncReport) -> list[str]:
    if not report.created_event:
        return []
    return [
        f'Created the event "{report.created_event}" with today as its only day and no '
        "capacity: set them with `checkin event`."
    ]
