"""pretix: the event's orders and their positions in, the desk's check-ins out.

Built on pretix's REST API documentation (docs.pretix.eu, "REST API"): Events (`date_from`,
`date_to`, `timezone`, `has_subevents`, `valid_keys`), Orders (order and order position resources
with the positions' `checkins`, "List of all orders" with `modified_since`,
`include_canceled_positions`, `testmode`, `exclude` and the `X-Page-Generated` header), Items,
Questions, Check-in lists (their rules), Revoked secrets, and Check-in (`checkinrpc/redeem/` with
`nonce`, `force`, `ignore_unpaid` and `datetime`, `checkinrpc/annul/`).

Incremental pulls work as pretix's own scanning apps do: the `X-Page-Generated` header of the
first page of a complete pull is the next pull's `modified_since`; ordering by `-last_modified`
means an order changed while the pages are fetched is seen again next time, never lost between
two pages. The connected URL is the event's API URL, `…/api/v1/organizers/ORG/events/EVENT/`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from checkin.sync.api_client import ApiClient, join
from checkin.sync.headers import question_field
from checkin.sync.model import SourceUnreadable, SyncError
from checkin.sync.platform_model import (
    CheckInList,
    EventFacts,
    Pull,
    PushItem,
    PushResult,
    instant,
    pick_list,
    zone_name,
)
from checkin.sync.pretix_lists import list_rules
from checkin.sync.pretix_orders import Catalogue, i18n, read_order
from checkin.sync.signatures import SCHEME, usable_keys

_EVENT_URL = re.compile(r"^(?P<organizer>.*/organizers/[^/]+/)events/(?P<event>[^/]+)/$")
# Everything of an order the desk does not read; the positions' `checkins` it does.
_ORDER_EXCLUDES = ("downloads", "payments", "refunds", "fees", "positions.downloads",
                   "payment_date", "payment_provider")  # fmt: skip


class PretixApi:
    name = "pretix"
    can_push = True
    pushes_exits = True

    def __init__(self, client: ApiClient, url: str, chosen_list: str = "") -> None:
        match = _EVENT_URL.match(url)
        if match is None:
            raise SyncError(
                "A pretix URL is the event's API address, "
                "https://HOST/api/v1/organizers/ORGANIZER/events/EVENT/."
            )
        self.client, self.url = client, url
        self.organizer_url = match["organizer"]
        self.chosen_list = chosen_list  # a check-in list's id; "" for the event's first
        self._list_objects: list[dict[str, Any]] | None = None
        self._event_data: dict[str, Any] | None = None

    def check(self) -> str:
        return f'pretix event "{self.event_name() or self._event()["slug"]}"'

    def event_name(self) -> str:
        # "Events" in the REST API docs (docs.pretix.eu/dev/api/resources/events.html): `name`
        # is a multi-lingual string, {"en": …, "de": …}.
        return i18n(self._event().get("name"))

    def _event(self) -> dict[str, Any]:
        if self._event_data is None:  # one request per pull or check, however often asked
            event = self.client.get(self.url).data
            if not isinstance(event, dict) or "slug" not in event:
                raise SourceUnreadable("That address does not answer like a pretix event.")
            self._event_data = event
        return self._event_data

    # -- pull ------------------------------------------------------------------------------

    def facts(self) -> EventFacts:
        # "Events": `date_from`, `date_to` (may be null) and `timezone`.
        event = self._event()
        return EventFacts(
            name=i18n(event.get("name")),
            timezone=zone_name(event.get("timezone")),
            starts=instant(event.get("date_from")) if event.get("date_from") else None,
            ends=instant(event.get("date_to")) if event.get("date_to") else None,
        )

    def pull(self, cursor: str) -> Pull:
        event = self._event()
        if event.get("has_subevents"):
            raise SyncError(
                "This pretix event is an event series (dates as sub-events), which the desk "
                "does not support: connect one event without sub-events."
            )
        catalogue, products = self._catalogue()
        chosen = self._chosen_list()
        catalogue.list_id, catalogue.list_name = int(chosen["id"]), i18n(chosen.get("name"))
        params = [("testmode", "false"), ("include_canceled_positions", "true")]
        params += [("exclude", name) for name in _ORDER_EXCLUDES]
        if cursor:
            params += [("ordering", "-last_modified"), ("modified_since", cursor)]
        else:
            params += [("ordering", "datetime")]
        pull = Pull(complete=not cursor, facts=self.facts(), products=products)
        pull.states_checkins = True  # a position's `checkins`: all of its successful ones
        generated = ""
        for page, answer_headers in self._paged(join(self.url, "orders/"), params):
            if pull.pages == 0:
                generated = answer_headers.get("X-Page-Generated", "")
            pull.pages += 1
            for order in page:
                read_order(order, catalogue, pull)
        # Without the header there is no safe point to continue from: the next pull is whole.
        pull.cursor = generated
        pull.rules, unknown = list_rules(chosen, pull.facts, products)
        if unknown:
            pull.notes.append(
                f'The rules of pretix list "{pull.rules.name}" use {", ".join(unknown)}: '
                "checked only by pretix, when the check-in is pushed."
            )
        keys = (event.get("valid_keys") or {}).get(SCHEME) or []
        pull.keys = usable_keys(str(key) for key in keys)
        if len(pull.keys) < len(keys):
            pull.notes.append("A pretix signing key could not be read: tickets it signed "
                              "are checked only by pretix.")  # fmt: skip
        if pull.keys:
            revoked = self._pages(join(self.url, "revokedsecrets/"), [])
            pull.revoked = [str(r["secret"]) for r in revoked if r.get("secret")]
        return pull

    def _catalogue(self) -> tuple[Catalogue, dict[str, str]]:
        items: dict[int, tuple[str, bool]] = {}
        variations: dict[int, str] = {}
        products: dict[str, str] = {}
        for item in self._pages(join(self.url, "items/"), []):
            name = i18n(item.get("name"))
            items[item["id"]] = (name, bool(item.get("checkin_attention")))
            products[str(item["id"])] = name
            for variation in item.get("variations") or ():
                variations[variation["id"]] = i18n(variation.get("value"))
                products[f"{item['id']}/{variation['id']}"] = " – ".join(
                    filter(None, (name, variations[variation["id"]]))
                )
        # Which attendee field each question feeds (dietary, accessibility), decided once.
        questions = {
            q["id"]: question_field(i18n(q.get("question")))
            for q in self._pages(join(self.url, "questions/"), [])
        }
        return Catalogue(items, variations, questions), products

    def _pages(self, url: str, params: list[tuple[str, str]]) -> Iterator[dict[str, Any]]:
        for page, _headers in self._paged(url, params):
            yield from page

    def _paged(
        self, url: str, params: list[tuple[str, str]]
    ) -> Iterator[tuple[list[dict[str, Any]], dict[str, str]]]:
        """pretix's pagination: `results`, and `next` holding the next page's full URL."""
        answer = self.client.get(url, params)
        while True:
            data = answer.data
            if not isinstance(data, dict) or not isinstance(data.get("results"), list):
                raise SourceUnreadable(f"pretix sent a page without results from {url}.")
            yield data["results"], dict(answer.headers)
            following = data.get("next")
            if not following:
                return
            answer = self.client.get(str(following))

    # -- push ------------------------------------------------------------------------------

    def lists(self) -> list[CheckInList]:
        return [
            CheckInList(str(found["id"]), i18n(found.get("name"))) for found in self._raw_lists()
        ]

    def _raw_lists(self) -> list[dict[str, Any]]:
        if self._list_objects is None:
            self._list_objects = [
                found
                for found in self._pages(join(self.url, "checkinlists/"), [])
                if isinstance(found, dict) and "id" in found
            ]
        return self._list_objects

    def _chosen_list(self) -> dict[str, Any]:
        """The list a desk's check-ins count on: the one chosen at `connect`, else the first."""
        raw = self._raw_lists()
        if not raw:
            raise SyncError("The pretix event has no check-in list to send check-ins to.")
        if not self.chosen_list:
            return raw[0]
        chosen = pick_list("pretix", self.chosen_list, self.lists())
        return next(found for found in raw if str(found["id"]) == chosen.id)

    def check_in_lists(self) -> list[int]:
        return [int(self._chosen_list()["id"])]

    def start_push(self) -> None:
        pass  # pretix is told the nonce: it needs no picture of its own check-ins

    def push_one(self, item: PushItem) -> PushResult:
        lists = self.check_in_lists()
        if item.undo:
            return self._annul(item, lists)
        body = {
            "secret": item.code,
            "source_type": "barcode",
            "lists": lists,
            "type": "exit" if item.direction == "out" else "entry",
            "datetime": item.at.isoformat(),
            "force": item.late,
            # An organizer admitted an unpaid order on a list that includes pending ones.
            "ignore_unpaid": item.override,
            "questions_supported": False,
            "nonce": item.uuid,  # the same check-in sent twice is counted once
        }
        answer = self.client.call(
            "POST", join(self.organizer_url, "checkinrpc/redeem/"), body, accept=(400, 404)
        )
        data = answer.data if isinstance(answer.data, dict) else {}
        if data.get("status") == "ok":
            return PushResult(item.uuid, False, "sent", remote_id=_made(data, item, lists[0]))
        reason = str(data.get("reason") or data.get("status") or answer.status)
        explanation = data.get("reason_explanation") or ""
        message = f"pretix refused it ({reason}{': ' + str(explanation) if explanation else ''})."
        return PushResult(item.uuid, False, "refused", message=message)

    def _annul(self, item: PushItem, lists: list[int]) -> PushResult:
        body: dict[str, Any] = {"nonce": item.uuid, "lists": lists}
        if item.undone_at is not None:
            body["datetime"] = item.undone_at.isoformat()
        answer = self.client.call(
            "POST", join(self.organizer_url, "checkinrpc/annul/"), body, accept=(400, 404)
        )
        if 200 <= answer.status < 300:
            return PushResult(item.uuid, True, "sent")
        # pretix allows annulling only soon after the check-in, from the device that made it,
        # and says why: its reason is kept for the organizer, not only the status.
        why = _reason(answer.data)
        text = f"pretix refused the undo ({answer.status}{': ' + why if why else ''})"
        return PushResult(item.uuid, True, "refused", message=f"{text.rstrip('.')}.")


def _made(data: dict[str, Any], item: PushItem, list_id: int) -> str:
    """pretix's id for the check-in just made: the position's check-in on the list at the time
    sent (else its newest), so that the pull recognises it as the desk's own."""
    position = data.get("position")
    given = position.get("checkins") if isinstance(position, dict) else None
    found = [c for c in given or () if isinstance(c, dict) and c.get("list") == list_id]
    for checkin in found:
        when = instant(checkin.get("datetime"))
        if when is not None and abs((when - item.at).total_seconds()) < 2 and "id" in checkin:
            return str(checkin["id"])
    ids = [int(c["id"]) for c in found if isinstance(c.get("id"), int)]
    return str(max(ids)) if ids else ""


def _reason(data: Any) -> str:
    """The sentence in a pretix error answer, wherever this endpoint puts it."""
    if isinstance(data, dict):
        for key in ("reason_explanation", "detail", "error", "reason", "non_field_errors"):
            value = data.get(key)
            if isinstance(value, list):
                value = "; ".join(str(v) for v in value)
            if value:
                return str(value)
        return "; ".join(str(v) for v in data.values() if isinstance(v, str))
    if isinstance(data, list):
        return "; ".join(str(v) for v in data)
    return "" if data is None else str(data)
