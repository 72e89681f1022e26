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


def print_conference(big: dict[str, Any], base: list[float], pushed: float, pulled: float) -> None:
    desks = big["desks"]
    print(f"conference: 7,500 attendees, {desks} desk processes scanning 1/s, a 25-row list "
          f"change every 15 s (1-min load average at the end: {big['load']:.1f} on "
          "this machine's cores)")  # fmt: skip
    print("                                                       p50 ms   p95 ms   max ms")
    print(f"baseline: psycopg INSERT+NOTIFY → LISTEN              {_ms(base)}")
    idle: list[float] = big["idle_spread"]
    print(f"propagation between two idle desks ({len(idle)})       {_ms(idle)}"
          "   goal p95 ≤ 3× baseline")  # fmt: skip
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
