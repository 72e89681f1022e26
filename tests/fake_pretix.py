"""pretix as the desk sees it (docs.pretix.eu "REST API": Events, Orders, Items, Questions,
Check-in lists, Revoked secrets, Check-in `checkinrpc/redeem/` and `checkinrpc/annul/`), with
what real data holds: positions without attendee names, pending orders, positions' `checkins`
from other devices, a two-day event in its own time zone, list rules, signed secrets."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from tests.fake_platforms import START, TOKEN, Clock, iso
from tests.platform_servers import Reply, Request, json_reply


@dataclass
class FakePretix:
    """pretix as the desk sees it, with what real data holds: positions without attendee
    names, pending orders, positions' `checkins` from other devices (`scan_elsewhere` is a
    second pretix scanner), a two-day event in its own time zone, check-in lists with their
    rules, and signed secrets with the event's `valid_keys` once `sign_tickets()` is called."""

    page_size: int = 50
    clock: Clock = field(default_factory=Clock)
    orders: list[dict[str, Any]] = field(default_factory=list)
    redeemed: dict[str, dict[str, Any]] = field(default_factory=dict)  # nonce → check-in
    annulled: set[str] = field(default_factory=set)
    base: str = "/api/v1/organizers/osops/events/manchester16/"
    event_name: Any = field(default_factory=lambda: {"en": "OpenStack Operators Meetup"})
    # "Events": date_from/date_to with their offset, the event's time zone.
    event: dict[str, Any] = field(
        default_factory=lambda: {
            "date_from": "2016-02-15T09:00:00Z",
            "date_to": "2016-02-16T17:30:00Z",
            "timezone": "Europe/London",
            "has_subevents": False,
        }
    )
    check_in_lists: list[dict[str, Any]] = field(
        default_factory=lambda: [{"id": 44, "name": "Front door"}]
    )
    revoked: list[str] = field(default_factory=list)
    signer: Any = None  # an Ed25519 private key once the event signs its tickets
    annul_minutes: int = 15  # pretix refuses an annulment this long after the check-in
    checkin_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(5001))

    def add_order(
        self,
        code: str,
        *positions: dict[str, Any],
        status: str = "p",
        email: str = "buyer@example.org",
        attention: bool = False,
        invoice: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        order = {
            "code": code,
            "status": status,
            "testmode": False,
            "email": email,
            "checkin_attention": attention,
            "last_modified": iso(self.clock.tick()),
            "datetime": iso(self.clock.now),
            "invoice_address": invoice,
            "positions": [
                {
                    "id": 1000 * len(self.orders) + n,
                    "order": code,
                    "positionid": n,
                    "canceled": False,
                    "addon_to": None,
                    "variation": None,
                    "answers": [],
                    "company": None,
                    "attendee_email": None,
                    "checkins": [],
                    **p,
                }
                for n, p in enumerate(positions, start=1)
            ],
        }
        self.orders.append(order)
        return order

    def change(self, code: str, **fields: Any) -> dict[str, Any]:
        order = next(o for o in self.orders if o["code"] == code)
        order.update(fields, last_modified=iso(self.clock.tick()))
        return order

    def runs_now(self) -> None:
        """The event is on today by the real clock (for tests that run the real command)."""
        now = datetime.now(UTC)
        self.event.update(
            date_from=iso(now - timedelta(hours=1)), date_to=iso(now + timedelta(hours=1))
        )

    def list_settings(self, list_id: int = 44, **settings: Any) -> None:
        found = next(c for c in self.check_in_lists if c["id"] == list_id)
        found.update(settings)

    def sign_tickets(self) -> None:
        """The event switches to pretix_sig1: new tickets' secrets are signed."""
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        self.signer = Ed25519PrivateKey.generate()

    def signed_secret(self, item: int, variation: int = 0, seed: str = "") -> str:
        from tests.pretix_signing import sign

        return sign(self.signer, seed or f"s{next(self.checkin_ids)}", item, variation)

    def scan_elsewhere(
        self,
        secret: str,
        *,
        list_id: int = 44,
        gate: int | None = 2,
        kind: str = "entry",
        at: datetime | None = None,
    ) -> dict[str, Any]:
        """pretixSCAN at another door: pretix's own rules, the check-in recorded on the
        position, and the order touched (so an incremental pull sees it)."""
        return self._checkin(secret, list_id, kind, at or self.clock.now, gate=gate)

    def _position(self, secret: str) -> tuple[dict[str, Any], dict[str, Any]] | None:
        for order in self.orders:
            for position in order["positions"]:
                if position["secret"] == secret:
                    return order, position
        return None

    def _refusal(
        self,
        order: dict[str, Any],
        position: dict[str, Any],
        listed: dict[str, Any],
        kind: str,
        ignore_unpaid: bool,
    ) -> str:
        """pretix's reason code for refusing this check-in, or "" (perform_checkin's order)."""
        if order["status"] in ("c", "e") or position["canceled"]:
            return "canceled"
        if not listed.get("all_products", True) and position["item"] not in listed.get(
            "limit_products", []
        ):
            return "product"
        if order["status"] == "n" and not (ignore_unpaid and listed.get("include_pending")):
            return "unpaid"
        if kind != "entry" or listed.get("allow_multiple_entries"):
            return ""
        live = [c for c in position["checkins"] if c["list"] == listed["id"]]
        entries = [c for c in live if c["type"] == "entry"]
        if entries and not (
            listed.get("allow_entry_after_exit", True) and live[-1]["type"] == "exit"
        ):
            return "already_redeemed"
        return ""

    def _checkin(
        self,
        secret: str,
        list_id: int,
        kind: str,
        at: datetime,
        *,
        gate: int | None = None,
        nonce: str = "",
        force: bool = False,
        ignore_unpaid: bool = False,
    ) -> dict[str, Any]:
        found = self._position(secret)
        if found is None:
            return {"status": "error", "reason": "invalid"}
        order, position = found
        listed = next(c for c in self.check_in_lists if c["id"] == list_id)
        reason = "" if force else self._refusal(order, position, listed, kind, ignore_unpaid)
        if reason:
            return {
                "status": "error",
                "reason": reason,
                "reason_explanation": None,
                "position": position,
            }
        checkin = {
            "id": next(self.checkin_ids),
            "list": list_id,
            "datetime": iso(at),
            "type": kind,
            "gate": gate,
            "device": None,
            "auto_checked_in": False,
        }
        position["checkins"].append(checkin)
        if nonce:
            self.nonces[nonce] = (position, checkin)
        order["last_modified"] = iso(self.clock.tick())  # a check-in touches the order
        return {"status": "ok", "position": position, "list": {"id": list_id}}

    def __post_init__(self) -> None:
        self.nonces: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}

    def _event_resource(self) -> dict[str, Any]:
        keys: list[str] = []
        if self.signer is not None:
            from tests.pretix_signing import public_key_text

            keys = [public_key_text(self.signer)]
        return {
            "name": self.event_name,
            "slug": "manchester16",
            **self.event,
            "valid_keys": {"pretix_sig1": keys},
        }

    def __call__(self, request: Request) -> Reply:
        if request.headers.get("Authorization") != f"Token {TOKEN}":
            return json_reply({"detail": "Invalid token."}, 401)
        organizer = self.base.split("/")[4]
        if not request.path.startswith(f"/api/v1/organizers/{organizer}/"):
            # A token of one organizer asking for another's: pretix answers 403.
            return json_reply({"detail": "You do not have permission to perform this action."}, 403)
        if "/events/" in request.path and not request.path.startswith(self.base):
            # pretix 2026.8 answers an event the token cannot see (or that does not exist) 403.
            denied = {"detail": "You do not have permission to perform this action."}
            return json_reply(denied, 403)
        path = request.path.removeprefix(self.base)
        if request.path == self.base:
            return json_reply(self._event_resource())
        if path == "items/":
            return self._page(
                request,
                [
                    {
                        "id": 1,
                        "name": {"en": "Operator"},
                        "checkin_attention": False,
                        "variations": [],
                    },
                    {
                        "id": 2,
                        "name": {"de": "Sponsor", "en": "Sponsor"},
                        "checkin_attention": True,
                        "variations": [{"id": 21, "value": {"en": "Gold"}}],
                    },
                    {
                        "id": 3,
                        "name": {"en": "Workshop"},
                        "checkin_attention": False,
                        "variations": [],
                    },
                    {
                        "id": 4,
                        "name": {"en": "Speaker"},
                        "checkin_attention": False,
                        "variations": [],
                    },
                ],
            )
        if path == "questions/":
            return self._page(
                request,
                [
                    {"id": 7, "question": {"en": "Dietary requirements"}},
                    {"id": 8, "question": {"en": "Do you need step-free access?"}},
                    {"id": 9, "question": {"en": "T-shirt size"}},
                ],
            )
        if path == "checkinlists/":
            return self._page(request, self.check_in_lists)
        if path == "revokedsecrets/":
            rows = [
                {"id": n, "secret": s, "created": iso(START)} for n, s in enumerate(self.revoked)
            ]
            return self._page(request, rows)
        if path == "orders/":
            return self._orders(request)
        if request.path.endswith("/checkinrpc/redeem/"):
            return self._redeem(request.body)
        if request.path.endswith("/checkinrpc/annul/"):
            return self._annul(request.body)
        return json_reply({"detail": "Not found."}, 404)

    def _annul(self, body: dict[str, Any]) -> Reply:
        nonce = body["nonce"]
        if nonce not in self.redeemed:
            return json_reply({"detail": "Not found."}, 404)
        position, checkin = self.nonces[nonce]
        made = datetime.fromisoformat(checkin["datetime"].replace("Z", "+00:00"))
        asked = datetime.fromisoformat(body.get("datetime") or datetime.now(UTC).isoformat())
        if asked - made > timedelta(minutes=self.annul_minutes):
            # pretix's own answer (CheckinRPCAnnulView), word for word.
            return json_reply(
                {
                    "non_field_errors": [
                        "Annulment is not allowed more than 15 minutes after check-in"
                    ]
                },
                400,
            )
        self.annulled.add(nonce)
        self._take_back(position, checkin)
        return json_reply({"status": "ok"})

    def annul_elsewhere(self, checkin_id: int) -> None:
        """The device that made a check-in (or the organizer in pretix's back office) annuls
        it: pretix keeps it as unsuccessful, so positions' `checkins` no longer list it."""
        for order in self.orders:
            for position in order["positions"]:
                for checkin in position["checkins"]:
                    if checkin["id"] == checkin_id:
                        self._take_back(position, checkin)
                        return
        raise KeyError(checkin_id)

    def _take_back(self, position: dict[str, Any], checkin: dict[str, Any]) -> None:
        position["checkins"].remove(checkin)
        order = next(o for o in self.orders if position in o["positions"])
        order["last_modified"] = iso(self.clock.tick())  # saving a check-in touches the order

    def _orders(self, request: Request) -> Reply:
        assert request.one("testmode") == "false"
        excluded = set(request.query.get("exclude", []))
        orders = [o for o in self.orders if not o["testmode"]]
        since = request.one("modified_since")
        if since:
            orders = [o for o in orders if o["last_modified"] >= since]
        if request.one("ordering") == "-last_modified":
            orders.sort(key=lambda o: o["last_modified"], reverse=True)
        if request.one("include_canceled_positions") != "true":
            orders = [
                {**o, "positions": [p for p in o["positions"] if not p["canceled"]]} for o in orders
            ]
        if "positions.checkins" in excluded:
            orders = [
                {
                    **o,
                    "positions": [
                        {k: v for k, v in p.items() if k != "checkins"} for p in o["positions"]
                    ],
                }
                for o in orders
            ]
        return self._page(request, orders, generated=iso(self.clock.tick()))

    def _page(self, request: Request, rows: list[Any], generated: str = "") -> Reply:
        number = int(request.one("page", "1"))
        chunk = rows[(number - 1) * self.page_size : number * self.page_size]
        more = number * self.page_size < len(rows)
        query = "&".join(
            f"{k}={v}" for k, values in request.query.items() if k != "page" for v in values
        )
        following = f"http://{request.headers['Host']}{request.path}?{query}&page={number + 1}"
        headers = {"X-Page-Generated": generated} if generated else {}
        body = {
            "count": len(rows),
            "next": following if more else None,
            "previous": None,
            "results": chunk,
        }
        return json_reply(body, **headers)

    def _redeem(self, body: dict[str, Any]) -> Reply:
        found = self._position(body["secret"])
        if found is None:
            return json_reply({"status": "error", "reason": "invalid", "detail": "Not found."}, 404)
        _order, position = found
        if body["nonce"] in self.redeemed:  # documented: a repeated nonce creates nothing
            return json_reply({"status": "ok", "position": position}, 201)
        # Check-ins recorded through `redeemed` by a test directly count as entries too.
        elsewhere = [
            c
            for nonce, c in self.redeemed.items()
            if c["secret"] == body["secret"]
            and c["type"] == "entry"
            and nonce not in self.annulled
            and nonce not in self.nonces
        ]
        if body["type"] == "entry" and elsewhere and not body["force"]:
            return json_reply(
                {
                    "status": "error",
                    "reason": "already_redeemed",
                    "reason_explanation": None,
                    "position": position,
                }
            )
        when = datetime.fromisoformat(body["datetime"]) if body.get("datetime") else self.clock.now
        answer = self._checkin(
            body["secret"],
            body["lists"][0],
            body["type"],
            when.astimezone(UTC),
            nonce=body["nonce"],
            force=body["force"],
            ignore_unpaid=body.get("ignore_unpaid", False),
        )
        if answer["status"] != "ok":
            return json_reply(answer)
        self.redeemed[body["nonce"]] = dict(body)
        return json_reply(answer, 201)


def pretix_position(secret: str, name: str = "", **fields: Any) -> dict[str, Any]:
    parts = fields.pop("parts", None)
    return {
        "secret": secret,
        "item": fields.pop("item", 1),
        "attendee_name": name,
        "attendee_name_parts": parts or ({"full_name": name} if name else {}),
        **fields,
    }
