"""The same code held up counts once; the next attendee is not swallowed."""

from __future__ import annotations

from checkin.scanning.debounce import Debouncer


class Ticker:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_held_code_counts_once() -> None:
    clock = Ticker()
    debouncer = Debouncer(hold_off=1.5, clock=clock)
    assert debouncer.feed(["A"]) == ["A"]
    for _ in range(90):  # three seconds at 30 fps, held in front of the camera
        clock.now += 1 / 30
        assert debouncer.feed(["A"]) == []


def test_missed_frames_while_held_do_not_repeat_the_scan() -> None:
    clock = Ticker()
    debouncer = Debouncer(hold_off=1.5, clock=clock)
    debouncer.feed(["A"])
    clock.now += 0.5
    assert debouncer.feed([]) == []  # glare: not read for half a second
    clock.now += 0.5
    assert debouncer.feed(["A"]) == []


def test_code_counts_again_after_it_was_away() -> None:
    clock = Ticker()
    debouncer = Debouncer(hold_off=1.5, clock=clock)
    debouncer.feed(["A"])
    clock.now += 2.0
    debouncer.feed([])
    assert debouncer.feed(["A"]) == ["A"]


def test_next_attendee_right_after_is_reported() -> None:
    clock = Ticker()
    debouncer = Debouncer(hold_off=1.5, clock=clock)
    assert debouncer.feed(["A"]) == ["A"]
    clock.now += 0.1
    assert debouncer.feed(["A", "B"]) == ["B"]
    clock.now += 0.1
    assert debouncer.feed(["C", "C", ""]) == ["C"]


def test_forget_lets_a_code_count_again() -> None:
    clock = Ticker()
    debouncer = Debouncer(clock=clock)
    debouncer.feed(["A"])
    debouncer.forget("A")
    assert debouncer.feed(["A"]) == ["A"]
    debouncer.reset()
    assert debouncer.feed(["A"]) == ["A"]


def test_a_ticket_pulled_back_and_shown_again_at_once_is_one_scan() -> None:
    clock = Ticker()
    debouncer = Debouncer(hold_off=0.5, clock=clock, repeat_after=3.0)
    assert debouncer.feed(["A"]) == ["A"]
    clock.now += 1.0  # out of sight longer than the hold-off …
    assert debouncer.feed(["A"]) == []  # … but only a second after it was scanned
    clock.now += 3.5
    assert debouncer.feed(["A"]) == ["A"]  # a deliberate second scan later still counts
