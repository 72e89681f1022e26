"""The narrow shapes through which camera, badge printing, sync and the organizers' tools plug in.

The window never imports those packages: the composition root (`checkin.app`) hands it objects of
these shapes. Any of them may be missing; the window then says so instead of pretending.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

from checkin.core.entities import Attendee


@runtime_checkable
class CameraSource(Protocol):
    """A camera worker (a QObject living in its own thread) that reports by signal.

    codes_found(list[str]): ticket codes decoded from one frame; texts_found(list[str]): the same
    scans' texts as decoded; frame_ready(QImage): a preview frame;
    state_changed(str): a short human word such as "running", "paused", "no camera", or the
    capture loop's sentence (`checkin.scanning.news.CameraNews`, said again in the language).
    """

    codes_found: SignalInstance
    texts_found: SignalInstance
    frame_ready: SignalInstance
    state_changed: SignalInstance

    def start(self, source: Any) -> None: ...

    def stop(self) -> None: ...

    def set_resolution(self, resolution: str) -> None: ...

    def set_paused(self, paused: bool) -> None: ...


@runtime_checkable
class BadgeSink(Protocol):
    """A print queue (the operations' `BadgeQueue`, with Qt signals): `enqueue` writes the job
    to the print log and returns at once; the queue records the print in the database
    (`Repository.record_badge_print`) when the badge is out, and reports its state as a short
    sentence through `status_changed(str)` (e.g. "Printer Brother-QL: 2 waiting")."""

    status_changed: SignalInstance

    def enqueue(self, attendee: Attendee, reprint: bool) -> None:
        """Raises `AlreadyPrinted` for an accidental repeat, `BadgeUnavailable` when stopped.

        Called on the desk's commit line, not the UI thread: report only through signals."""
        ...

    def set_printer(self, name: str) -> None: ...

    def set_template(self, name: str) -> None: ...

    def refresh(self) -> None:
        """Badges were withdrawn from the print log (undo, cleared): report the queue anew."""
        ...

    def stop(self) -> None:
        """End any background work; the window is closing."""
        ...


# Opens the importer's own dialog over the given parent; returns when the dialog is shown.
OpenDialog = Callable[[QWidget], None]


@dataclass
class Collaborators:
    """Everything optional the window can be given. None means "not set up on this desk"."""

    camera: CameraSource | None = None
    badges: BadgeSink | None = None
    # When the attendee list was last synchronised (UTC), or None if never.
    last_sync: Callable[[], datetime | None] | None = None
    import_attendees: OpenDialog | None = None  # first-run screen and the Organizer menu
    sync_again: OpenDialog | None = None  # re-read the lists synced before
    dashboard: OpenDialog | None = None  # organizer only: the whole list's personal data
    export: OpenDialog | None = None  # organizer only
    badge_batch: OpenDialog | None = None  # organizer only: pre-print or save badges as a PDF
    # Where this home's language choice is kept in the desk's settings (`language.home_key`).
    language_key: str = "desk/language"
