"""pretix: the event's orders and their positions in, the desk's check-ins out.

Built on pretix's REST API documentation (docs.pretix.eu, "REST API"): Orders (order and order
position resources, "List of all orders" with `modified_since`, `include_canceled_positions`,
`testmode`, `exclude` and the `X-Page-Generated` header), Items, Questions, Check-in lists and
Check-in (`checkinrpc/redeem/` with `nonce`, `force` and `datetime`, `checkinrpc/annul/`).

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
from checkin.sync.platform_model import CheckInList, Pull, PushItem, PushResult, pick_list, row

_EVENT_URL = re.compile(r"^(?P<organizer>.*/organizers/[^/]+/)events/(?P<event>[^/]+)/$")
_CANCELLED_ORDER = frozenset({"c", "e"})  # canceled, expired
_NONE = ("", False)  # an item the catalogue does not list
_ORDER_EXCLUDES = ("downloads", "payments", "refunds", "fees", "positions.downloads",
                   "positions.checkins", "payment_date", "payment_provider")  # fmt: skip


def i18n(value: Any) -> str:
    """pretix's multilingual strings ({"en": …, "de": …}): English, else the first given."""
    if isinstance(value, dict):
        return str(value.get("en") or next((v for v in value.values() if v), ""))
    return "" if value is None else str(value)


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
        self._lists: list[int] | None = None

    def check(self) -> str:
        return f'pretix event "{self.event_name() or self._event()["slug"]}"'

    def event_name(self) -> str:
        # "Events" in the REST API docs (docs.pretix.eu/dev/api/resources/events.html): `name`
        # is a multi-lingual string, {"en": …, "de": …}.
        return i18n(self._event().get("name"))

    def _event(self) -> dict[str, Any]:
        event = self.client.get(self.url).data
        if not isinstance(event, dict) or "slug" not in event:
            raise SourceUnreadable("That address does not answer like a pretix event.")
        return event

    # -- pull ------------------------------------------------------------------------------

    def pull(self, cursor: str) -> Pull:
        items, variations = self._catalogue()
        # Which attendee field each question feeds (dietary, accessibility), decided once.
        questions = {
            q["id"]: question_field(i18n(q.get("question")))
            for q in self._pages(join(self.url, "questions/"), [])
        }
        params = [("testmode", "false"), ("include_canceled_positions", "true")]
        params += [("exclude", name) for name in _ORDER_EXCLUDES]
        if cursor:
            params += [("ordering", "-last_modified"), ("modified_since", cursor)]
        else:
            params += [("ordering", "datetime")]
        pull = Pull(complete=not cursor)
        generated = ""
        kinds: dict[tuple[Any, Any], str] = {}
        for page, answer_headers in self._paged(join(self.url, "orders/"), params):
            if pull.pages == 0:
                generated = answer_headers.get("X-Page-Generated", "")
            pull.pages += 1
            for order in page:
                pull.rows += self._attendees(order, items, variations, questions, kinds)
        # Without the header there is no safe point to continue from: the next pull is whole.
        pull.cursor = generated
        return pull

    def _catalogue(self) -> tuple[dict[int, tuple[str, bool]], dict[int, str]]:
        items: dict[int, tuple[str, bool]] = {}
        variations: dict[int, str] = {}
        for item in self._pages(join(self.url, "items/"), []):
            items[item["id"]] = (i18n(item.get("name")), bool(item.get("checkin_attention")))
            for variation in item.get("variations") or ():
                variations[variation["id"]] = i18n(variation.get("value"))
        return items, variations

    def _attendees(
        self,
        order: dict[str, Any],
        items: dict[int, tuple[str, bool]],
        variations: dict[int, str],
        questions: dict[int, str | None],
        kinds: dict[tuple[Any, Any], str],
    ) -> list[tuple[str, ...]]:
        """The order's attendees; `kinds` remembers each item and variation's ticket type
        across the orders of a pull."""
        out: list[tuple[str, ...]] = []
        positions = order.get("positions") or []
        invoice = order.get("invoice_address") or {}
        addons: dict[int, list[str]] = {}
        tickets = []
        for position in positions:
            parent = position.get("addon_to")
            if parent is None:
                tickets.append(position)
            elif not position.get("canceled"):
                # An add-on (a workshop, a T-shirt) belongs to its ticket, not a person.
                addons.setdefault(parent, []).append(items.get(position.get("item"), _NONE)[0])
        # What the order says holds for each of its tickets: looked up once per order.
        order_status = order.get("status", "")
        cancelled = order_status in _CANCELLED_ORDER
        unpaid = "Order not paid yet" if order_status == "n" else ""
        order_code, order_email = order.get("code"), order.get("email")
        order_attention = order.get("checkin_attention")
        for position in tickets:
            get = position.get
            item = get("item")
            variation = get("variation")
            ticket_type = kinds.get((item, variation))
            if ticket_type is None:  # the item's name and its variation's, named once each
                ticket_type = kinds[item, variation] = " – ".join(
                    filter(None, (items.get(item, _NONE)[0], variations.get(variation or -1, "")))
                )
            parts = get("attendee_name_parts") or {}
            full = get("attendee_name") or ""
            if not full and not parts:  # no name asked per ticket: the buyer's
                parts, full = invoice.get("name_parts") or {}, invoice.get("name") or ""
            dietary: list[str] = []
            accessibility: list[str] = []
            for given in get("answers") or ():
                target = questions.get(given.get("question"))
                if target is not None and given.get("answer"):
                    if target == "dietary":
                        dietary.append(str(given["answer"]))
                    elif target == "accessibility":
                        accessibility.append(str(given["answer"]))
            notes = unpaid
            extras = addons.get(get("id"))
            if extras:
                added = "Add-ons: " + ", ".join(filter(None, extras))
                notes = f"{notes}; {added}" if notes else added
            out.append(
                row(
                    id=f"{order_code}-{get('positionid')}",
                    code=get("secret"),
                    first_name=parts.get("given_name") or parts.get("first_name"),
                    last_name=parts.get("family_name") or parts.get("last_name"),
                    full_name=full or parts.get("full_name"),
                    email=get("attendee_email") or order_email,
                    company=get("company") or invoice.get("company"),
                    ticket_type=ticket_type,
                    dietary="; ".join(dietary),
                    accessibility="; ".join(accessibility),
                    notes=notes,
                    status="cancelled" if cancelled or get("canceled") else "valid",
                    attention=bool(order_attention or items.get(item, _NONE)[1]),
                )
            )
        return out

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
            CheckInList(str(found["id"]), i18n(found.get("name")))
            for found in self._pages(join(self.url, "checkinlists/"), [])
            if isinstance(found, dict) and "id" in found
        ]

    def check_in_lists(self) -> list[int]:
        """The list a desk's check-ins count on: the one chosen at `connect`, else the first."""
        if self._lists is None:
            lists = self.lists()
            if not lists:
                raise SyncError("The pretix event has no check-in list to send check-ins to.")
            chosen = pick_list("pretix", self.chosen_list, lists) if self.chosen_list else lists[0]
            self._lists = [int(chosen.id)]
        return self._lists

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
            "ignore_unpaid": False,
            "questions_supported": False,
            "nonce": item.uuid,  # the same check-in sent twice is counted once
        }
        answer = self.client.call(
            "POST", join(self.organizer_url, "checkinrpc/redeem/"), body, accept=(400, 404)
        )
        data = answer.data if isinstance(answer.data, dict) else {}
        if data.get("status") == "ok":
            return PushResult(item.uuid, False, "sent")
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
        # pretix allows annulling only soon after the check-in, from the device that made it.
        return PushResult(
            item.uuid, True, "refused", message=f"pretix refused the undo ({answer.status})."
        )
