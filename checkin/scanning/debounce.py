"""Debouncing camera scans: a code held in front of the camera counts once.

A code is reported when it appears, then not again until it has been out of sight for
`hold_off` seconds. Any other code is reported at once, so the next attendee in the queue is
never swallowed. Frames where a held code is missed (motion blur, glare) do not reset it,
because only an absence longer than `hold_off` does. And a code is never reported twice within
`repeat_after` seconds, however it came and went: a ticket pulled back and shown again at once is
one scan. This is the desk's only debouncer (the camera's; a scanner's Enter always counts).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

DEFAULT_HOLD_OFF = 1.5  # seconds: longer than a hand wobble, shorter than the next person
DEFAULT_REPEAT_AFTER = 3.0  # seconds: the same ticket shown again at once is the same scan


class Debouncer:
    """Turns the codes seen frame by frame into scans. The clock is injected for tests."""

    def __init__(
        self,
        hold_off: float = DEFAULT_HOLD_OFF,
        clock: Callable[[], float] = time.monotonic,
        repeat_after: float = 0.0,
    ) -> None:
        if hold_off < 0 or repeat_after < 0:
            raise ValueError("hold_off and repeat_after must not be negative")
        self.hold_off = hold_off
        self.repeat_after = repeat_after
        self._clock = clock
        self._last_seen: dict[str, float] = {}
        self._last_reported: dict[str, float] = {}

    def feed(self, codes: Iterable[str]) -> list[str]:
        """The codes in this frame that count as new scans, in frame order."""
        now = self._clock()
        fresh: list[str] = []
        for code in codes:
            if not code or code in fresh:
                continue
            seen = self._last_seen.get(code)
            reported = self._last_reported.get(code)
            recent = reported is not None and now - reported < self.repeat_after
            if (seen is None or now - seen > self.hold_off) and not recent:
                fresh.append(code)
                self._last_reported[code] = now
            self._last_seen[code] = now
        self._forget_older_than(now)
        return fresh

    def forget(self, code: str) -> None:
        """Let the next sighting of this code count (e.g. after the desk undid its scan)."""
        self._last_seen.pop(code, None)
        self._last_reported.pop(code, None)

    def reset(self) -> None:
        self._last_seen.clear()
        self._last_reported.clear()

    def _forget_older_than(self, now: float) -> None:
        # Keeps the table small over a whole day of scanning.
        stale = [code for code, seen in self._last_seen.items() if now - seen > self.hold_off]
        for code in stale:
            del self._last_seen[code]
        keep = max(self.hold_off, self.repeat_after)
        for code in [c for c, at in self._last_reported.items() if now - at > keep]:
            del self._last_reported[code]
