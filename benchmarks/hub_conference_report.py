"""The conference case's table (`benchmarks.hub_conference`), each figure beside its goal."""

from __future__ import annotations

import statistics
from typing import Any


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else 0.0


def _ms(values: list[float]) -> str:
    if not values:
        return "       —        —        —"
    ms = [v * 1000 for v in values]
    return f"{statistics.median(ms):8.1f} {_p(ms, 0.95):8.1f} {max(ms):8.1f}"


def _ratio(figure: list[float], base: list[float]) -> str:
    """How many times the base the figure is, at p50 and at p95."""
    if not figure or not base:
        return "—"
    p50 = statistics.median(figure) / statistics.median(base)
    return f"{p50:.1f}× at p50, {_p(figure, 0.95) / _p(base, 0.95):.1f}× at p95"


def print_conference(
    big: dict[str, Any], base: list[float], path: list[float], pushed: float, pulled: float
) -> None:
    desks = big["desks"]
    print(f"conference: 7,500 attendees, {desks} desk processes scanning 1/s, a 25-row list "
          f"change every 15 s (1-min load average at the end: {big['load']:.1f} on "
          "this machine's cores)")  # fmt: skip
    print("                                                       p50 ms   p95 ms   max ms")
    print(f"baseline: psycopg INSERT+NOTIFY → LISTEN              {_ms(base)}")
    print(f"baseline: bare desk-to-desk path ({len(path)})          {_ms(path)}")
    print("  (INSERT+NOTIFY at the hub, LISTEN wake, SELECT, SQLite INSERT+COMMIT, NORMAL)")
    idle: list[float] = big["idle_spread"]
    print(f"propagation between two idle desks ({len(idle)})       {_ms(idle)}"
          "   goal p95 ≤ 3× baseline")  # fmt: skip
    print(f"  idle propagation ÷ INSERT+NOTIFY round trip: {_ratio(idle, base)}")
    print(f"  idle propagation ÷ bare desk-to-desk path:   {_ratio(idle, path)}")
    spread: list[float] = big["spread"]
    print(f"propagation under the load ({len(spread)})             {_ms(spread)}"
          "   goal p95 ≤ 1 s")  # fmt: skip
    print(f"CPU of one idle round, per desk ({len(big['idle'])})            {_ms(big['idle'])}"
          "   goal ≤ 5 ms")  # fmt: skip
    print(f"CPU of a round that carried events ({len(big['busy'])})       {_ms(big['busy'])}")
    print(f"scan-to-verdict at the desks ({len(big['scans'])})            {_ms(big['scans'])}")
    print(f"scan-to-verdict while applying a list change ({len(big['applying'])}) "
          f"{_ms(big['applying'])}   goal max ≤ 250 ms")  # fmt: skip
    sizes = ", ".join(f"{b / 1000:.1f} KB" for b in big["bytes"])
    print(f"bytes each desk receives per 25-row list change: {sizes}   goal ≤ 100 KB")
    reach = ", ".join(f"{s:.2f} s" for s in big["every_desk"])
    print(f"a list change at every desk: {reach}   goal ≤ 5 s")
    joins = ", ".join(f"{s:.1f}" for s in big["joins"])
    print(f"a desk joining late (the whole list once, the command's own start included): {joins} s")
    print(f"catch-up of 1,000 queued events: pushed by their desk's link in {pushed:.2f} s, "
          f"pulled by another desk in {pulled:.2f} s   goal ≤ 5 s")  # fmt: skip
