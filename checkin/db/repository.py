"""The desk's single door to the database: the event, attendees, check-ins, badges, audit.

Every method returns `checkin.core` types. A scan is decided and recorded inside one
`BEGIN IMMEDIATE` transaction together with its audit row and its event in the desk's log, so two
desks sharing the file can never both admit the last place in the venue or the same ticket twice,
and the log always holds exactly the writes that were committed. Which movement an undo takes
back, and whether a badge is printed, are the operations layer's rules (`checkin.operations`);
the repository records what it is told, atomically. Its parts, one concept each: `records_base`
(connection, event, audit), `attendee_records`, `movement_records`, and badges here.
"""

from __future__ import annotations

import socket
import threading
from pathlib import Path

from checkin.core.desk_events import EventKind
from checkin.core.entities import utc_now
from checkin.db import event_log
from checkin.db import mapping as m
from checkin.db.connection import close_database, open_database
from checkin.db.models import BadgePrintRow
from checkin.db.movement_records import MovementRecords
from checkin.db.records_base import Clock, NoEvent

__all__ = ["Clock", "NoEvent", "Repository", "default_desk"]


def default_desk() -> str:
    return socket.gethostname().split(".")[0] or "desk"


class Repository(MovementRecords):
    def __init__(self, path: Path, clock: Clock = utc_now, desk: str | None = None) -> None:
        self.path = Path(path)
        self.clock = clock
        self.desk = desk or default_desk()
        self.db = open_database(self.path)
        self._cached = threading.local()

    def close(self) -> None:
        close_database()

    def __enter__(self) -> Repository:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- badges and audit ----------------------------------------------------------------------

    def record_badge_print(
        self, attendee_id: int, template: str, printer: str, reprint: bool = False
    ) -> None:
        """A badge came out of this desk's printer: counted, audited and an event in the log."""
        with self.db.atomic("IMMEDIATE"):
            now = self.clock()
            BadgePrintRow.insert(
                attendee=attendee_id,
                at=m.instant_text(now),
                desk=self.desk,
                template=template,
                printer=printer,
                reprint=reprint,
            ).execute()
            self.audit("reprint" if reprint else "print", attendee_id=attendee_id)
            attendee = self.attendee(attendee_id)
            data = {"template": template, "printer": printer, "reprint": reprint}
            event_log.append(
                EventKind.BADGE_PRINT,
                desk=self.desk,
                at=now,
                ticket=attendee.code if attendee else "",
                data=data,
            )

    def badges_printed(self, attendee_id: int) -> int:
        return int(BadgePrintRow.select().where(BadgePrintRow.attendee == attendee_id).count())
