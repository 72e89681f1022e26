"""Key timestamps on the monotonic clock: a stall of the UI thread no longer splits a burst."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checkin.scanning.event_clock import EventClock
from checkin.scanning.wedge import BurstKind, WedgeReader

BOOT = 7200.0  # the monotonic clock's reading when the window system's clock read 0


class Delivery:
    """The monotonic clock as the scan field reads it: the moment each event is delivered."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def deliver(clock: EventClock, delivery: Delivery, stamp_ms: int, delay: float) -> float:
    """An event sent at `stamp_ms` on the window system's clock, delivered `delay` s later."""
    delivery.now = BOOT + stamp_ms / 1000 + delay
    return clock.at(stamp_ms)


def test_keys_delivered_late_keep_the_times_they_were_typed() -> None:
    delivery = Delivery()
    clock = EventClock(delivery)
    assert deliver(clock, delivery, 1000, 0.001) == pytest.approx(BOOT + 1.001)
    # A 300 ms stall: the next keys, typed 4 ms apart, all arrive at once afterwards.
    late = [deliver(clock, delivery, 1004 + 4 * k, 0.3 - 0.004 * k) for k in range(5)]
    assert late == pytest.approx([BOOT + 1.005 + 0.004 * k for k in range(5)])


def test_a_less_delayed_event_corrects_the_offset() -> None:
    delivery = Delivery()
    clock = EventClock(delivery)
    assert deliver(clock, delivery, 500, 0.25) == pytest.approx(BOOT + 0.75)  # the first is late
    assert deliver(clock, delivery, 600, 0.0) == pytest.approx(BOOT + 0.6)
    assert deliver(clock, delivery, 700, 0.4) == pytest.approx(BOOT + 0.7)


def test_events_without_a_timestamp_are_timed_on_delivery() -> None:
    delivery = Delivery()
    clock = EventClock(delivery)
    delivery.now = 12.5
    assert clock.at(0) == 12.5
    deliver(clock, delivery, 2000, 0.0)
    delivery.now += 0.2
    assert clock.at(0) == delivery.now  # a synthesized event among real ones


def test_a_timestamp_going_backwards_starts_over() -> None:
    delivery = Delivery()
    clock = EventClock(delivery)
    deliver(clock, delivery, 2**32 - 10, 0.0)  # X11 server time, about to wrap
    delivery.now += 0.5
    assert clock.at(5) == delivery.now  # wrapped: the old offset would put it 49 days ago
    delivery.now += 0.3
    assert clock.at(10) == pytest.approx(delivery.now - 0.295)  # the new offset holds


gaps_and_delays = st.lists(
    st.tuples(st.integers(0, 500), st.floats(0, 2, allow_nan=False)), min_size=1, max_size=40
)


@given(gaps_and_delays)
def test_mapped_time_is_the_send_time_plus_the_least_delay_so_far(
    events: list[tuple[int, float]],
) -> None:
    delivery = Delivery()
    clock = EventClock(delivery)
    stamp, least = 1, float("inf")
    for gap, delay in events:
        stamp += gap
        least = min(least, delay)
        mapped = deliver(clock, delivery, stamp, delay)
        assert mapped == pytest.approx(BOOT + stamp / 1000 + least, abs=1e-6)
        assert mapped <= delivery.now + 1e-9  # never later than the key's delivery


@given(
    st.lists(st.integers(1, 20), min_size=8, max_size=30),
    st.lists(st.floats(0, 1, allow_nan=False), min_size=32, max_size=32),
)
def test_a_scanner_burst_stays_whole_however_its_keys_are_held_up(
    gaps_ms: list[int], waits: list[float]
) -> None:
    """Keys queue in order; the event loop may stall anywhere, the first key arrives on time."""
    delivery = Delivery()
    clock = EventClock(delivery)
    reader = WedgeReader(clock=delivery)
    stamps = list(itertools.accumulate(gaps_ms, initial=1000))
    code = "".join(chr(ord("A") + k % 26) for k in range(len(stamps)))
    bursts = []
    delivered = BOOT
    for k, (char, stamp) in enumerate(zip(code + "\r", [*stamps, stamps[-1] + 3], strict=True)):
        sent = BOOT + stamp / 1000
        # Queued behind the previous key, and perhaps behind a stall (never for the first key).
        delivered = max(delivered, sent) + (waits[k] if k else 0.0)
        delivery.now = delivered
        bursts.extend(reader.key(char, at=clock.at(stamp)))
    assert [(b.kind, b.text) for b in bursts] == [(BurstKind.SCAN, code)]
