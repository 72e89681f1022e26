"""When a key was really pressed: window-system event timestamps on the monotonic clock.

The scan field sees a key when the event loop delivers it, not when the scanner sent it. If the
UI thread is busy for 200 ms in the middle of a scanner's burst, the keys sent meanwhile wait in
the window system's queue and arrive together afterwards; timed at delivery, the burst has a
200 ms hole and `WedgeReader` would cut the code in two. Every key event also carries the window
system's own timestamp in milliseconds (on X11 the server's time, which wraps at 2**32 ms), taken
when the key was sent, on a clock of its own.

`EventClock` maps those timestamps onto the reader's monotonic timebase. The offset between the
two clocks is `delivered - timestamp` minus the delivery delay; a delay is never negative, so the
smallest `delivered - timestamp` seen so far is the best estimate of the offset (the least
delayed key). Keys delivered late after a stall then keep the gaps the scanner typed them with.
A mapped time is never later than the key's delivery, and the gap between two mapped times is
never wider than the gap between their timestamps: a stall can no longer split a burst. (A gap
can only come out narrower while the offset is still being learned, when the very first keys
were the late ones.)

A timestamp of 0 means the event has none (synthesized events): the delivery time stands in.
A timestamp that goes backwards means the window system's clock wrapped or changed (another
display server, another input device): the old offset is forgotten and this key starts anew.
"""

from __future__ import annotations

import time
from collections.abc import Callable


class EventClock:
    """Turns event timestamps (ms, the window system's clock) into monotonic seconds."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._offset: float | None = None  # monotonic seconds minus timestamp seconds
        self._last_stamp = 0

    def at(self, stamp_ms: int) -> float:
        """The monotonic time at which an event stamped `stamp_ms` happened, as best known."""
        now = self._clock()
        if stamp_ms <= 0:
            return now  # no timestamp: delivery time is all there is
        if stamp_ms < self._last_stamp:
            self._offset = None  # the window system's clock wrapped or was replaced
        self._last_stamp = stamp_ms
        offset = now - stamp_ms / 1000
        if self._offset is None or offset < self._offset:
            self._offset = offset  # the least delayed event so far
        return stamp_ms / 1000 + self._offset
