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

from checkin.core.entities import utc_now
from checkin.sync.api_client import ApiClient, join, server_time
from checkin.sync.headers import question_field
from checkin.sync.model import SourceUnreadable
from checkin.sync.platform_model import (
    CheckInList,
    Pull,
    PushItem,
    PushResult,
    changed_since_cursor,
    row,
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

    def check(self) -> str:
        return f'Eventbrite event "{self.event_name() or self._event()["id"]}"'

    def event_name(self) -> str:
        # "Event" in the API v3 reference (eventbrite.com/platform/api#/reference/event):
        # `name` is a multipart text, {"text": …, "html": …}.
        name = self._event().get("name")
        return str((name.get("text") if isinstance(name, dict) else name) or "")

    def _event(self) -> dict[str, Any]:
        event = self.client.get(self.url).data
        if not isinstance(event, dict) or "id" not in event:
            raise SourceUnreadable("That address does not answer like an Eventbrite event.")
        return event

    def pull(self, cursor: str) -> Pull:
        pull = Pull(complete=not cursor)
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
            pull.rows.extend(_attendee(a) for a in data["attendees"])
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


def _attendee(attendee: dict[str, Any]) -> tuple[str, ...]:
    profile = attendee.get("profile") or {}
    barcodes = [b.get("barcode") for b in attendee.get("barcodes") or () if b.get("barcode")]
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
        # "Not Attending" and "Deleted" are cancellation words to the importer already.
        status="cancelled" if cancelled else attendee.get("status"),
    )
