"""The boundary between the hub's log and this desk: every pulled row is checked here, once.

A row that fits its kind's schema (`checkin.core.event_schema`) becomes a `Pulled` event for
`event_apply`; one that does not — its data not JSON, not an object, a key missing or of the
wrong type, a value out of range, too large to hold — is set aside (`SetAside`) with its reason
and never reaches anything that could fail on it. Rows of a kind this release does not know are
set aside as `later`: a newer desk sent them, and the release that knows them applies them.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from checkin.core.event_schema import Rejected, check
from checkin.db import mapping as m
from checkin.db.hub_backlog import Aside
from checkin.hub.exchange import Pulled, RawRow

log = logging.getLogger("checkin.hub")


@dataclass(frozen=True)
class SetAside:
    row: RawRow
    reason: str
    later: bool  # a kind this release does not know: kept for a later one

    def sentence(self) -> str:
        return f"1 event from desk {self.row.desk} was set aside: {self.reason}."

    def kept(self) -> Aside:
        """As `hub_backlog` keeps it; the row itself only for a later release to check."""
        row = self.row
        return (row.seq, row.uuid, row.kind, row.desk, row.app_version, self.reason, self.later,
                row_fields(row) if self.later else None)  # fmt: skip


def row_fields(row: RawRow) -> dict[str, Any]:
    return {
        "uuid": row.uuid, "kind": row.kind, "desk": row.desk, "at": m.instant_text(row.at),
        "ticket": row.ticket, "data": row.data, "size": row.size,
        "received_at": m.instant_text(row.received_at), "app_version": row.app_version,
    }  # fmt: skip


def raw_row(seq: int, fields: dict[str, Any]) -> RawRow:
    """A kept row as it was pulled, to be checked again by a release that knows its kind."""
    at, received = m.parse_instant(fields["at"]), m.parse_instant(fields["received_at"])
    assert at is not None and received is not None
    return RawRow(seq, fields["uuid"], fields["kind"], fields["desk"], at, fields["ticket"],
                  fields["data"], int(fields["size"]), received, fields["app_version"])  # fmt: skip


def sort_out(rows: list[RawRow]) -> tuple[list[Pulled], list[SetAside]]:
    """The rows that can be applied, and the ones set aside with their reasons."""
    good: list[Pulled] = []
    bad: list[SetAside] = []
    for row in rows:
        outcome = _checked(row)
        if isinstance(outcome, Rejected):
            bad.append(SetAside(row, outcome.reason, outcome.later))
        else:
            good.append(outcome)
    for item in bad:
        if item.later:
            log.warning(
                "desk %s (checkin %s) sent an event of a kind this release does not know "
                "(%r): kept for a later release", item.row.desk, item.row.app_version or "?",
                item.row.kind[:40],
            )  # fmt: skip
        else:
            log.warning("%s", item.sentence())
    return good, bad


def _checked(row: RawRow) -> Pulled | Rejected:
    if row.data is None:
        data: object = None
    else:
        try:
            data = json.loads(row.data)
        except ValueError:
            return Rejected("its data is not JSON")
    outcome = check(row.uuid, row.kind, row.desk, row.at, row.ticket, data, row.size)
    if isinstance(outcome, Rejected):
        return outcome
    return Pulled(row.seq, outcome, row.received_at, row.home)
