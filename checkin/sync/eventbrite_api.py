"""Eventbrite: the event's attendees in; nothing goes back.

Built on Eventbrite's API v3 documentation (eventbrite.com/platform/api, "Attendee": "List
Attendees by Event" with `changed_since` and `continuation`, the attendee object with `profile`,
`barcodes`, `answers`, `cancelled`, `refunded` and `status`; "Pagination"; "Errors"). Eventbrite
documents no way for a third party to record a check-in, so the desk's check-ins stay on the desk.

The connected URL is the event's API URL, `https://www.eventbriteapi.com/v3/events/ID/`. The
next pull's `changed_since` is when this pull began by Eventbrite's clock (the first answer's
`Date` header): an attendee changed while the pages were fetched is fetched again, never lost.
"""

from __future__ import annotations

from typing import Any

from checkin.core.entities import Direction, utc_now
from checkin.db.platform_checkins import RemoteCheckIn
from checkin.sync.api_client import ApiClient, join, server_time
from checkin.sync.headers import question_field
from checkin.sync.model import SourceUnreadable
from checkin.sync.platform_model import (
    CheckInList,
    EventFacts,
    Pull,
    PushItem,
    PushResult,
    changed_since_cursor,
    instant,
    local_instant,
    row,
    zone_name,
)

# How far before the pull's start the next one looks (a change committed as the pull began).
PULL_ONLY = (
    "Eventbrite documents no check-in write for other apps: the list is pulled from it, the "
    "desk's check-ins stay on this desk."
)


class EventbriteApi:
    name = "Eventbrite"
    can_push = False
    pushes_exits = False

    def __init__(self, client: ApiClient, url: str) -> None:
        self.client, self.url = client, url
        self._event_data: dict[str, Any] | None = None

    def check(self) -> str:
        return f'Eventbrite event "{self.event_name() or self._event()["id"]}"'

    def event_name(self) -> str:
        # "Event" in the API v3 reference (eventbrite.com/platform/api#/reference/event):
        # `name` is a multipart text, {"text": …, "html": …}.
        name = self._event().get("name")
        return str((name.get("text") if isinstance(name, dict) else name) or "")

    def _event(self) -> dict[str, Any]:
        if self._event_data is None:  # one request per pull or check
            event = self.client.get(self.url).data
            if not isinstance(event, dict) or "id" not in event:
                raise SourceUnreadable("That address does not answer like an Eventbrite event.")
            self._event_data = event
        return self._event_data

    def facts(self) -> EventFacts:
        # "Event": `start` and `end` are {"timezone", "local", "utc"}.
        event = self._event()
        start, end = event.get("start") or {}, event.get("end") or {}
        zone = zone_name(start.get("timezone"))
        return EventFacts(
            name=self.event_name(),
            timezone=zone,
            starts=local_instant(start.get("utc") or start.get("local"), zone),
            ends=local_instant(end.get("utc") or end.get("local"), zone),
        )

    def pull(self, cursor: str) -> Pull:
        pull = Pull(complete=not cursor, facts=self.facts())
        params: dict[str, str] = {"changed_since": cursor} if cursor else {}
        started = utc_now()
        url = join(self.url, "attendees/")
        while True:
            answer = self.client.get(url, params)
            if pull.pages == 0:
                started = server_time(answer.headers) or started
            data = answer.data
            if not isinstance(data, dict) or not isinstance(data.get("attendees"), list):
                raise SourceUnreadable("Eventbrite sent a page without attendees.")
            pull.pages += 1
            for attendee in data["attendees"]:
                pull.rows.append(_attendee(attendee, pull))
            page = data.get("pagination") or {}
            if not page.get("has_more_items") or not page.get("continuation"):
                break
            params = {**({"changed_since": cursor} if cursor else {}),
                      "continuation": str(page["continuation"])}  # fmt: skip
        pull.cursor = changed_since_cursor(started)
        return pull

    def start_push(self) -> None:
        pass

    def lists(self) -> list[CheckInList]:
        return []  # nothing goes back to Eventbrite

    def push_one(self, item: PushItem) -> PushResult:
        return PushResult(item.uuid, item.undo, "refused", message=PULL_ONLY)


def _attendee(attendee: dict[str, Any], pull: Pull) -> tuple[str, ...]:
    profile = attendee.get("profile") or {}
    given = [b for b in attendee.get("barcodes") or () if isinstance(b, dict) and b.get("barcode")]
    barcodes = [b["barcode"] for b in given]
    notes = ""
    if not "".join(str(profile.get(k) or "") for k in ("first_name", "last_name", "name")).strip():
        notes = f"name not given — order {attendee.get('order_id')}"
        pull.unnamed.append(f"{attendee.get('id')}: {notes}")
    # Checked in at Eventbrite's own door (Organizer app): `checked_in`, the barcode "used".
    for barcode in given:
        if barcode.get("status") == "used" or (attendee.get("checked_in") and barcode is given[0]):
            when = instant(barcode.get("changed") or attendee.get("changed"))
            if when is not None:
                pull.checkins.append(
                    RemoteCheckIn(str(barcode["barcode"]),
                                  str(attendee.get("id")), when, Direction.IN, "Organizer app")
                )  # fmt: skip
    answers: dict[str, list[str]] = {}
    for given in attendee.get("answers") or ():
        target = question_field(str(given.get("question") or ""))
        if target is not None and given.get("answer"):
            answers.setdefault(target, []).append(str(given["answer"]))
    cancelled = attendee.get("cancelled") or attendee.get("refunded")
    return row(
        id=attendee.get("id"),
        code=barcodes[0] if barcodes else "",
        first_name=profile.get("first_name"),
        last_name=profile.get("last_name"),
        full_name=profile.get("name"),
        email=profile.get("email"),
        company=profile.get("company"),
        ticket_type=attendee.get("ticket_class_name"),
        dietary="; ".join(answers.get("dietary", ())),
        accessibility="; ".join(answers.get("accessibility", ())),
        notes=notes,
        # "Not Attending" and "Deleted" are cancellation words to the importer already.
        status="cancelled" if cancelled else attendee.get("status"),
    )
