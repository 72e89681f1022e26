"""The three platforms' APIs as the tests need them: data in each platform's documented shape.

pretix — docs.pretix.eu "REST API": Orders (order and order position resources; "List of all
orders": `modified_since`, `include_canceled_positions`, `testmode`, the `X-Page-Generated`
header; `count/next/previous/results` pagination from "Basic concepts"), Items, Questions,
Check-in lists, Check-in (`checkinrpc/redeem/` with `nonce`, `checkinrpc/annul/`).
Eventbrite — eventbrite.com/platform/api "Attendee" (List Attendees by Event, `changed_since`,
`continuation`), "Pagination" (`pagination.continuation`, `has_more_items`), "Errors".
Tito — ti.to/docs/api/admin "Tickets", "Pagination" (`meta.next_page`), "Check-in Lists",
"Errors" (`{"status", "message"}`); ti.to/docs/api/checkin "Check-ins".
"""

from __future__ import annotations

import itertools
import uuid as uuids
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

from tests.platform_servers import Reply, Request, json_reply

TOKEN = "s3cret-Token-42"
START = datetime(2016, 2, 14, 18, 0, tzinfo=UTC)


def iso(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Clock:
    """The platform's own clock: every change moves it on by a minute."""

    now: datetime = START

    def tick(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


# -- Eventbrite -----------------------------------------------------------------------------


@dataclass
class FakeEventbrite:
    page_size: int = 50
    clock: Clock = field(default_factory=Clock)
    attendees: list[dict[str, Any]] = field(default_factory=list)
    base: str = "/v3/events/913420/"
    event_name: Any = "OpenStack Operators"

    def add(self, attendee_id: str, first: str, last: str, barcode: str, **fields: Any) -> None:
        self.attendees.append(
            {
                "id": attendee_id,
                "event_id": "913420",
                "order_id": f"o{attendee_id}",
                "changed": iso(self.clock.tick()),
                "created": iso(self.clock.now),
                "ticket_class_name": fields.pop("ticket", "General Admission"),
                "profile": {
                    "first_name": first,
                    "last_name": last,
                    "name": f"{first} {last}".strip(),
                    "email": f"{attendee_id}@example.org",
                    "company": fields.pop("company", ""),
                },
                "barcodes": [{"barcode": barcode, "status": "unused", "checkin_type": 0}],
                "answers": fields.pop("answers", []),
                "checked_in": False,
                "cancelled": False,
                "refunded": False,
                "status": "Attending",
                **fields,
            }
        )

    def change(self, attendee_id: str, **fields: Any) -> None:
        attendee = next(a for a in self.attendees if a["id"] == attendee_id)
        attendee.update(fields, changed=iso(self.clock.tick()))

    def __call__(self, request: Request) -> Reply:
        if request.headers.get("Authorization") != f"Bearer {TOKEN}":
            return json_reply(
                {
                    "status_code": 401,
                    "error": "INVALID_AUTH",
                    "error_description": "The OAuth token you provided was invalid.",
                },
                401,
            )
        date = {"Date": format_datetime(self.clock.now, usegmt=True)}
        if request.path == self.base:
            # "Event": `start` and `end` with the event's time zone, local and UTC.
            start = {
                "timezone": "Europe/London",
                "local": "2016-02-15T09:00:00",
                "utc": "2016-02-15T09:00:00Z",
            }
            end = {
                "timezone": "Europe/London",
                "local": "2016-02-16T17:30:00",
                "utc": "2016-02-16T17:30:00Z",
            }
            event = {"id": "913420", "name": {"text": self.event_name}, "start": start, "end": end}
            return json_reply(event, **date)
        if request.path != self.base + "attendees/":
            return json_reply({"status_code": 404, "error": "NOT_FOUND"}, 404)
        rows = self.attendees
        since = request.one("changed_since")
        if since:
            rows = [a for a in rows if a["changed"] >= since]
        start = int(request.one("continuation", "0") or 0)
        chunk = rows[start : start + self.page_size]
        more = start + self.page_size < len(rows)
        page = {
            "object_count": len(rows),
            "page_size": self.page_size,
            "has_more_items": more,
            "continuation": str(start + self.page_size) if more else None,
        }
        return json_reply({"pagination": page, "attendees": chunk}, **date)


# -- Tito -----------------------------------------------------------------------------------


@dataclass
class FakeTito:
    """The admin API; `checkin` below is the check-in API, served on another port."""

    clock: Clock = field(default_factory=Clock)
    tickets: list[dict[str, Any]] = field(default_factory=list)
    checkin_base: str = ""  # the check-in server's URL, set once it runs
    base: str = "/v3/osops/manchester16"
    event_name: Any = "OpenStack Operators"
    check_in_lists: list[tuple[str, str]] = field(
        default_factory=lambda: [("chk_ddqgQVVW", "Front door")]  # (slug, title)
    )
    ids: itertools.count[int] = field(default_factory=lambda: itertools.count(9001))
    # "Events": start and end dates, the event's time zone.
    event: dict[str, Any] = field(
        default_factory=lambda: {
            "start_date": "2016-02-15",
            "end_date": "2016-02-16",
            "timezone": "Europe/London",
        }
    )
    list_releases: dict[str, list[int]] = field(default_factory=dict)  # slug → releases admitted
    # The check-in API, served here too unless `checkin_base` names another server.
    desk: FakeTitoCheckin = field(default_factory=lambda: FakeTitoCheckin())

    def add(
        self, first: str, last: str, release: str = "Operator", **fields: Any
    ) -> dict[str, Any]:
        number = next(self.ids)
        ticket = {
            "_type": "ticket",
            "id": number,
            "slug": f"ti_{number:x}Zk",
            "reference": f"UHMF-{number % 100}",
            "first_name": first,
            "last_name": last,
            "name": f"{first} {last}".strip(),
            "email": f"{number}@example.org",
            "company_name": fields.pop("company", None),
            "state": "complete",
            "void": False,
            "release_id": 1,
            "release_title": release,
            "responses": fields.pop("responses", {}),
            "created_at": iso(self.clock.tick()),
            "updated_at": iso(self.clock.now),
            **fields,
        }
        self.tickets.append(ticket)
        return ticket

    def change(self, ticket_id: int, **fields: Any) -> None:
        ticket = next(t for t in self.tickets if t["id"] == ticket_id)
        ticket.update(fields, updated_at=iso(self.clock.tick()))

    def __call__(self, request: Request) -> Reply:
        if request.path.startswith("/checkin_lists/"):  # not authenticated, by design
            return self.desk(request)
        if request.headers.get("Authorization") != f"Token token={TOKEN}":
            return json_reply({"status": 401, "message": "Not authenticated"}, 401)
        date = {"Date": format_datetime(self.clock.now, usegmt=True)}
        if request.path in (self.base, self.base + "/"):
            event = {"title": self.event_name, "slug": "manchester16", **self.event}
            return json_reply({"event": event})
        if request.path == self.base + "/checkin_lists":
            base = self.checkin_base or f"http://{request.headers['Host']}"
            lists = [
                {
                    "slug": slug,
                    "title": title,
                    "open": True,
                    "web_checkin_url": f"{base}/checkin_lists/{slug}",
                    "release_ids": self.list_releases.get(slug, []),
                }
                for slug, title in self.check_in_lists
            ]
            return json_reply({"checkin_lists": lists})
        if request.path != self.base + "/tickets":
            return json_reply({"status": 404, "message": "Not found"}, 404)
        states = request.query.get("search[states][]") or ["complete", "incomplete", "unassigned"]
        rows = [t for t in self.tickets if t["state"] in states]  # void only when asked for
        since = request.one("search[updated_at][gte]")
        if since:
            assert since.endswith("+UTC"), since
            rows = [t for t in rows if t["updated_at"] >= since.removesuffix("+UTC") + "Z"]
        rows.sort(key=lambda t: t["updated_at"])
        size = int(request.one("page[size]", "100"))
        number = int(request.one("page[number]", "1"))
        pages = max(1, -(-len(rows) // size))
        meta = {
            "current_page": number,
            "next_page": number + 1 if number < pages else None,
            "total_pages": pages,
            "total_count": len(rows),
            "per_page": size,
        }
        chunk = rows[(number - 1) * size : number * size]
        return json_reply({"tickets": chunk, "meta": meta}, **date)


@dataclass
class FakeTitoCheckin:
    """ti.to/docs/api/checkin: not authenticated; the list's slug is in the URL."""

    checkins: list[dict[str, Any]] = field(default_factory=list)
    base: str = "/checkin_lists/chk_ddqgQVVW"

    def live(self, ticket_id: int) -> list[dict[str, Any]]:
        return [c for c in self.checkins if c["ticket_id"] == ticket_id and not c["deleted_at"]]

    def __call__(self, request: Request) -> Reply:
        if request.path == self.base:
            return json_reply({"slug": "chk_ddqgQVVW", "total_checkin_pages": 1})
        if request.path == self.base + "/checkins" and request.method == "GET":
            return json_reply(self.checkins)
        if request.path == self.base + "/checkins" and request.method == "POST":
            checkin = {
                "id": len(self.checkins) + 1,
                "uuid": str(uuids.uuid4()),
                "ticket_id": request.body["checkin"]["ticket_id"],
                "created_at": iso(datetime.now(UTC)),
                "deleted_at": None,
            }
            self.checkins.append(checkin)
            return json_reply(checkin, 201)
        if request.path.startswith(self.base + "/checkins/") and request.method == "DELETE":
            key = request.path.rsplit("/", 1)[1]
            for checkin in self.checkins:
                if checkin["uuid"] == key:
                    checkin["deleted_at"] = iso(datetime.now(UTC))
                    return json_reply(checkin)
        return json_reply({"status": 404, "message": "Not found"}, 404)


# pretix lives in its own module; the tests import every platform from here.
from tests.fake_pretix import FakePretix, pretix_position  # noqa: E402

__all__ = [
    "TOKEN",
    "FakeEventbrite",
    "FakePretix",
    "FakeTito",
    "FakeTitoCheckin",
    "pretix_position",
]
