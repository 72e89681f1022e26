"""Tito: the event's tickets in (admin API), the desk's check-ins out (check-in API).

Built on Tito's API documentation (ti.to/docs/api): Admin API 3.x "Tickets" (attributes, "Get all
tickets" with `search[states][]`, `search[updated_at][gte]`, `search[sort]`), "Pagination"
(`page[size]` ≤ 1000, `meta.next_page`), "Check-in Lists" (`web_checkin_url`), "Errors"; and the
Check-in API ("Check-ins": POST to create, DELETE by the check-in's `uuid` to undo; "Pagination").

Void tickets are left out of Tito's list unless asked for, so every pull asks for every state:
an incremental pull that did not would never see a cancellation. The check-in API's address is
the check-in list's `web_checkin_url` as the admin API gives it — never a host written here — and
it is not authenticated by the token, so the token is never sent to it. The connected URL is
the event's admin API URL, `https://api.tito.io/v3/ACCOUNT/EVENT/`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from checkin.core.entities import Direction, utc_now
from checkin.core.list_rules import ListRules
from checkin.db.platform_checkins import RemoteCheckIn
from checkin.sync.api_client import ApiClient, join, server_time
from checkin.sync.headers import question_field
from checkin.sync.model import SourceUnreadable, SyncError
from checkin.sync.platform_model import (
    CLOCK_SLACK,
    CheckInList,
    EventFacts,
    Pull,
    PushItem,
    PushResult,
    changed_since_cursor,
    instant,
    local_instant,
    pick_list,
    row,
    zone_name,
)

PAGE_SIZE = 1000  # Tito's largest page
STATES = ("complete", "incomplete", "unassigned", "void")


class TitoApi:
    name = "Tito"
    can_push = True
    pushes_exits = False  # Tito's check-ins are arrivals only

    def __init__(
        self, client: ApiClient, url: str, page_size: int = PAGE_SIZE, chosen_list: str = ""
    ) -> None:
        self.client, self.url, self.page_size = client, url, page_size
        self.chosen_list = chosen_list  # a check-in list's slug; "" for the first open one
        self._checkin_url: str | None = None
        # The list's check-ins as read once per push (oldest first), and those already matched
        # to one of the desk's check-ins in this push: each remote one answers for one only.
        self._remote: list[tuple[datetime, str, str]] | None = None
        self._matched: set[str] = set()
        self._event_data: dict[str, Any] | None = None
        self._releases: dict[str, list[str]] = {}

    def check(self) -> str:
        return f'Tito event "{self.event_name() or self._event().get("slug")}"'

    def event_name(self) -> str:
        # "Events" in the Admin API docs (ti.to/docs/api/admin/3.1/events): the event's `title`.
        return str(self._event().get("title") or "")

    def _event(self) -> dict[str, Any]:
        if self._event_data is None:  # one request per pull or check
            data = self.client.get(self.url).data
            event = data.get("event") if isinstance(data, dict) else None
            if not isinstance(event, dict):
                raise SourceUnreadable("That address does not answer like a Tito event.")
            self._event_data = event
        return self._event_data

    def facts(self) -> EventFacts:
        # "Events": `start_date`, `end_date` (dates, or times) and the event's time zone.
        event = self._event()
        zone = zone_name(event.get("timezone") or event.get("time_zone"))
        return EventFacts(
            name=self.event_name(),
            timezone=zone,
            starts=local_instant(event.get("start_date"), zone),
            ends=local_instant(event.get("end_date"), zone),
        )

    def pull(self, cursor: str) -> Pull:
        params = [("page[size]", str(self.page_size))]
        params += [("search[states][]", state) for state in STATES]
        params += [("search[sort]", "updated_at"), ("search[direction]", "asc")]
        params += [("expand", "release,responses,registration")]
        if cursor:
            # Tito reads "+UTC" as the zone; without it the event's own zone would be assumed.
            params.append(("search[updated_at][gte]", cursor.removesuffix("Z") + "+UTC"))
        pull = Pull(complete=not cursor, facts=self.facts())
        started = utc_now()
        number = 1
        while True:
            answer = self.client.get(
                join(self.url, "tickets"), [*params, ("page[number]", str(number))]
            )
            if pull.pages == 0:
                started = server_time(answer.headers) or started
            data = answer.data
            if not isinstance(data, dict) or not isinstance(data.get("tickets"), list):
                raise SourceUnreadable("Tito sent a page without tickets.")
            pull.pages += 1
            for ticket in data["tickets"]:
                pull.rows.append(_ticket(ticket, pull))
            following = (data.get("meta") or {}).get("next_page")
            if not following:
                break
            number = int(following)
        pull.cursor = changed_since_cursor(started)
        self._list_facts(pull)
        return pull

    def _list_facts(self, pull: Pull) -> None:
        """The connected list's check-ins (made by Tito's own app, or other devices) and the
        releases it admits."""
        usable = self._open_lists()
        if not usable:
            return
        slug = next(iter(usable))
        if self.chosen_list:
            slug = pick_list("Tito", self.chosen_list, self.lists()).id
        title, base = usable[slug]
        self._checkin_url = base
        for created, ticket_id, remote_id in self._list_checkins(base):
            where = title or slug
            # Tito stamps a check-in when it arrives: a desk's own comes back a little later.
            pull.checkins.append(
                RemoteCheckIn(remote_id, ticket_id, created, Direction.IN, where, sent_time=False)
            )
        releases = self._releases.get(slug)
        if releases:
            pull.rules = ListRules("Tito", title or slug, all_products=False,
                                   products=frozenset(releases))  # fmt: skip

    # -- push ------------------------------------------------------------------------------

    def lists(self) -> list[CheckInList]:
        return [CheckInList(slug, title) for slug, (title, _url) in self._open_lists().items()]

    def checkin_url(self) -> str:
        """The web check-in address of the list chosen at `connect` (else the first open one),
        as the admin API gives it."""
        if self._checkin_url is None:
            usable = self._open_lists()
            if not usable:
                raise SyncError("The Tito event has no open check-in list to send check-ins to.")
            slug = next(iter(usable))
            if self.chosen_list:
                slug = pick_list("Tito", self.chosen_list, self.lists()).id
            self._checkin_url = usable[slug][1]
        return self._checkin_url

    def _open_lists(self) -> dict[str, tuple[str, str]]:
        """Open check-in lists with a web check-in address: slug → (title, address)."""
        data = self.client.get(join(self.url, "checkin_lists")).data
        given = data.get("checkin_lists") if isinstance(data, dict) else None
        lists = given if isinstance(given, list) else []
        # A list limited to some releases names their ids ("Check-in Lists": `release_ids`).
        self._releases = {
            str(c.get("slug") or c.get("id")): [str(r) for r in c.get("release_ids") or ()]
            for c in lists
            if isinstance(c, dict)
        }
        return {
            str(c.get("slug") or c.get("id")): (
                str(c.get("title") or ""),
                str(c["web_checkin_url"]),
            )
            for c in lists
            if isinstance(c, dict) and c.get("web_checkin_url") and c.get("open", True)
        }

    def start_push(self) -> None:
        self._remote, self._matched = None, set()  # other desks may have sent more since

    def push_one(self, item: PushItem) -> PushResult:
        base = self.checkin_url()
        if item.undo:
            if not item.remote_id:
                return PushResult(item.uuid, True, "refused", message="Tito never had it.")
            answer = self.client.call(
                "DELETE", join(base, f"checkins/{item.remote_id}"), accept=(404,)
            )
            return PushResult(item.uuid, True, "sent", remote_id=item.remote_id)
        if item.uncertain:
            # Tito's check-in API takes no client key: a check-in sent before without an answer
            # is looked for among the list's check-ins before it is sent again.
            known = self._find(base, item)
            if known:
                return PushResult(item.uuid, False, "sent", remote_id=known)
        try:
            ticket_id: int | str = int(item.ticket_id)
        except ValueError:
            ticket_id = item.ticket_id
        answer = self.client.call(
            "POST", join(base, "checkins"), {"checkin": {"ticket_id": ticket_id}}, accept=(404, 422)
        )
        data = answer.data if isinstance(answer.data, dict) else {}
        if 200 <= answer.status < 300:
            remote_id = str(data.get("uuid") or "")
            self._matched.add(remote_id)
            return PushResult(item.uuid, False, "sent", remote_id=remote_id)
        message = str(data.get("message") or f"Tito answered {answer.status}")
        return PushResult(item.uuid, False, "refused", message=f"{message.rstrip('.')}.")

    def _find(self, base: str, item: PushItem) -> str:
        """The list's check-in that is this one, sent before by this desk (its answer lost) or
        by another desk: the ticket's earliest live check-in made since the scan (give or take
        the clocks' slack) that no other check-in of this push was matched to; "" if none."""
        if self._remote is None:
            self._remote = sorted(self._list_checkins(base))
        earliest = item.at - CLOCK_SLACK
        for created, ticket_id, remote_id in self._remote:
            if (
                ticket_id == item.ticket_id
                and created >= earliest
                and remote_id not in self._matched
            ):
                self._matched.add(remote_id)
                return remote_id
        return ""

    def _list_checkins(self, base: str) -> list[tuple[datetime, str, str]]:
        meta = self.client.get(base).data
        pages = int(meta.get("total_checkin_pages") or 1) if isinstance(meta, dict) else 1
        found = []
        for number in range(1, pages + 1):
            checkins = self.client.get(join(base, "checkins"), {"page": str(number)}).data
            for checkin in checkins if isinstance(checkins, list) else ():
                created = instant(checkin.get("created_at"))
                if created is None or checkin.get("deleted_at") or not checkin.get("uuid"):
                    continue
                found.append((created, str(checkin.get("ticket_id")), str(checkin["uuid"])))
        return found


def _ticket(ticket: dict[str, Any], pull: Pull) -> tuple[str, ...]:
    given_release = ticket.get("release")
    release: dict[str, Any] = given_release if isinstance(given_release, dict) else {}
    first, last, full = ticket.get("first_name"), ticket.get("last_name"), ticket.get("name")
    email, notes = ticket.get("email"), ""
    if not (first or last or full):
        # Not yet assigned to a person: the registration (the buyer) names it meanwhile.
        given = ticket.get("registration")
        registration: dict[str, Any] = given if isinstance(given, dict) else {}
        full = registration.get("name") or ""
        email = email or registration.get("email")
        reference = registration.get("reference") or ticket.get("registration_reference") or ""
        notes = f"name not given — registration {reference}".strip()
        pull.unnamed.append(f"{ticket.get('reference') or ticket.get('id')}: {notes}")
    release_id = ticket.get("release_id") or release.get("id")
    if ticket.get("slug") and release_id is not None:
        pull.tickets.append((str(ticket["slug"]), str(release_id), "", False))
    answers: dict[str, list[str]] = {}
    responses = ticket.get("responses")
    for slug, given in responses.items() if isinstance(responses, dict) else ():
        target = question_field(str(slug).replace("-", " "))
        if target is not None and given:
            answers.setdefault(target, []).append(str(given))
    void = ticket.get("state") == "void" or ticket.get("void") is True
    return row(
        id=ticket.get("id"),
        code=ticket.get("slug"),
        first_name=first,
        last_name=last,
        full_name=full,
        email=email,
        notes=notes,
        company=ticket.get("company_name"),
        ticket_type=ticket.get("release_title") or release.get("title"),
        dietary="; ".join(answers.get("dietary", ())),
        accessibility="; ".join(answers.get("accessibility", ())),
        status="void" if void else ticket.get("state"),
    )
