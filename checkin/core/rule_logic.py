"""pretix's custom check-in rules: the part of JSONLogic its rule editor writes, evaluated here.

A check-in list's `rules` is a JSONLogic expression over a few variables — the product and
variation (`{"lookup": ["product", "2", "Name"]}` inside `inList`/`objectList`), the time
(`{"var": "now"}` against `buildTime` with `isAfter`/`isBefore` and a tolerance in minutes),
and the ticket's entries on the list (`entries_number`, `entries_today`, `entries_days`,
`minutes_since_last_entry`). What the desk cannot know (the gate, a question's answer, an
operator it has not met) raises `Unsupported`: the sync names it once, and the platform checks
it when the check-in is pushed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo


class Unsupported(Exception):
    """A rule the desk cannot evaluate; the message names it."""


@dataclass(frozen=True)
class Context:
    now: datetime  # UTC
    zone: ZoneInfo
    product: str
    variation: str = ""
    entries: list[datetime] = field(default_factory=list)  # this ticket's live entries, UTC
    starts: datetime | None = None
    ends: datetime | None = None


def _variables(ctx: Context) -> dict[str, Callable[[], Any]]:
    today = ctx.now.astimezone(ctx.zone).date()
    return {
        "product": lambda: ctx.product,
        "variation": lambda: ctx.variation,
        "now": lambda: ctx.now,
        "now_isoweekday": lambda: ctx.now.astimezone(ctx.zone).isoweekday(),
        "entries_number": lambda: len(ctx.entries),
        "entries_today": lambda: sum(
            1 for e in ctx.entries if e.astimezone(ctx.zone).date() == today
        ),
        "entries_days": lambda: len({e.astimezone(ctx.zone).date() for e in ctx.entries}),
        "minutes_since_last_entry": lambda: (
            int((ctx.now - max(ctx.entries)).total_seconds() // 60) if ctx.entries else -1
        ),
    }


def _build_time(ctx: Context, kind: Any, value: Any = None) -> datetime:
    if kind == "custom":
        given = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        return given if given.tzinfo else given.replace(tzinfo=ctx.zone)
    if kind == "customtime":
        local_day = ctx.now.astimezone(ctx.zone).date()
        return datetime.combine(local_day, time.fromisoformat(str(value)), ctx.zone)
    if kind in ("date_from", "date_admission") and ctx.starts is not None:
        return ctx.starts
    if kind == "date_to" and (ctx.ends or ctx.starts) is not None:
        return ctx.ends or ctx.starts  # type: ignore[return-value]
    raise Unsupported(f"buildTime {kind}")


def _minutes(tolerance: Any) -> timedelta:
    return timedelta(minutes=float(tolerance or 0))


_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "==": lambda a, b: a == b or str(a) == str(b),
    "!=": lambda a, b: not (a == b or str(a) == str(b)),
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
}


def evaluate(logic: Any, ctx: Context) -> Any:
    """The value of a rule; raises `Unsupported` for anything the desk cannot evaluate."""
    if isinstance(logic, list):
        return [evaluate(part, ctx) for part in logic]
    if not isinstance(logic, dict) or not logic:
        return logic
    if len(logic) != 1:
        raise Unsupported("a rule with several operators in one object")
    operator, raw = next(iter(logic.items()))
    args = raw if isinstance(raw, list) else [raw]
    if operator == "and":
        return all(evaluate(a, ctx) for a in args)
    if operator == "or":
        return any(evaluate(a, ctx) for a in args)
    if operator == "if":  # if / then / elif… / else: evaluated lazily, as JSONLogic does
        for index in range(0, len(args) - 1, 2):
            if evaluate(args[index], ctx):
                return evaluate(args[index + 1], ctx)
        return evaluate(args[-1], ctx) if len(args) % 2 else None
    if operator == "var":
        name = str(args[0])
        found = _variables(ctx).get(name)
        if found is None:
            raise Unsupported(f"var {name}")
        return found()
    if operator == "lookup":
        return str(args[1])  # ["product", "2", "Name"]: the id, as pretix compares it
    values = [evaluate(a, ctx) for a in args]
    if operator in ("!", "!!"):
        return (not values[0]) if operator == "!" else bool(values[0])
    if operator in _COMPARE:
        if len(values) == 3 and operator in ("<", "<="):  # between: a < b < c
            compare = _COMPARE[operator]
            return compare(values[0], values[1]) and compare(values[1], values[2])
        return _COMPARE[operator](values[0], values[1])
    if operator == "objectList":
        return [str(v) for v in values]
    if operator == "inList":
        return str(values[0]) in [str(v) for v in values[1]]
    if operator == "buildTime":
        return _build_time(ctx, *values)
    if operator == "isAfter":
        return values[0] > values[1] - _minutes(values[2] if len(values) > 2 else 0)
    if operator == "isBefore":
        return values[0] < values[1] + _minutes(values[2] if len(values) > 2 else 0)
    raise Unsupported(operator)


def _walk(logic: Any) -> Iterator[str]:
    """Every operator and variable named in a rule, as "operator" or "var name"."""
    if isinstance(logic, list):
        for part in logic:
            yield from _walk(part)
    elif isinstance(logic, dict):
        for operator, raw in logic.items():
            if operator == "var":
                yield f"var {raw[0] if isinstance(raw, list) else raw}"
            elif operator == "buildTime":
                kind = raw[0] if isinstance(raw, list) and raw else raw
                yield f"buildTime {kind}"
            else:
                yield str(operator)
                yield from _walk(raw)


_KNOWN_OPERATORS = frozenset(
    {"and", "or", "if", "!", "!!", "lookup", "objectList", "inList", "isAfter", "isBefore",
     *_COMPARE}
)  # fmt: skip
_KNOWN_TIMES = frozenset({"custom", "customtime", "date_from", "date_admission", "date_to"})
_KNOWN_VARIABLES = frozenset(
    {"product", "variation", "now", "now_isoweekday", "entries_number", "entries_today",
     "entries_days", "minutes_since_last_entry"}
)  # fmt: skip


def unsupported(logic: Any) -> set[str]:
    """What in a rule the desk cannot evaluate (its operators, variables and time kinds)."""
    found = set()
    for part in _walk(logic):
        kind, _, name = part.partition(" ")
        if kind == "var":
            if name not in _KNOWN_VARIABLES:
                found.add(part)
        elif kind == "buildTime":
            if name not in _KNOWN_TIMES:
                found.add(part)
        elif part not in _KNOWN_OPERATORS:
            found.add(part)
    return found
