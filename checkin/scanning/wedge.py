"""USB barcode scanners in keyboard-wedge mode: telling their bursts from a person typing.

A wedge scanner types the code as keystrokes a few milliseconds apart, usually followed by
Enter; people type 80–300 ms apart. `WedgeReader` groups keystrokes into bursts, ends a burst
at Enter or at a pause (scanners configured without a suffix), and says which it was. The
desk's scan field (`checkin.ui.scan_field`) feeds it every keystroke and polls it from a timer.

The gaps are only meaningful if each key is timed when it was typed. A key timed when the event
loop delivers it carries every stall of the UI thread as a pause, so the scan field passes the
window system's timestamp of each key, mapped onto the monotonic clock by `EventClock`
(`checkin.scanning.event_clock`); a key fed without a time is timed on arrival.

A scanner set to a US layout on a UK or German keyboard delivers the right keys with the wrong
characters (`@` arrives as `"`, `y` as `z`). `repair` tries the code as typed, then as each
known layout mix-up would have garbled it, and keeps the first one the caller knows.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

from checkin.core.ticket_codes import normalise

# Scanners emit keys 1–20 ms apart (some USB stacks batch them to 0 ms); a very fast typist
# manages ~60 ms on average with occasional 20–30 ms rollovers.
SCANNER_MAX_GAP = 0.035
END_OF_BURST_GAP = 0.12  # silence that ends a scanner burst sent without Enter
MIN_SCAN_LENGTH = 4  # shorter bursts are key repeats or chords, not codes
_ENTER = frozenset({"\r", "\n"})


class BurstKind(Enum):
    SCAN = "scan"
    TYPING = "typing"


@dataclass(frozen=True)
class Burst:
    kind: BurstKind
    text: str
    ended_by_enter: bool


@dataclass
class _Pending:
    chars: list[str] = field(default_factory=list)
    times: list[float] = field(default_factory=list)
    segment: int = 0  # index where the keys after the last pause begin


class WedgeReader:
    """Groups keystrokes into bursts and classifies them by their timing.

    A pause splits the keys into segments. A fast segment is a scan as soon as the pause (or
    Enter) ends it; slow segments are a person typing and stay together until Enter, so a
    name typed with pauses comes back whole.
    """

    def __init__(
        self,
        *,
        max_gap: float = SCANNER_MAX_GAP,
        end_gap: float = END_OF_BURST_GAP,
        min_length: int = MIN_SCAN_LENGTH,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_gap = max_gap
        self.end_gap = end_gap
        self.min_length = min_length
        self._clock = clock
        self._pending = _Pending()

    def key(self, char: str, at: float | None = None) -> list[Burst]:
        """Feed one keystroke's text typed at monotonic time `at` (default: now).

        Returns the bursts this keystroke completed.
        """
        at = self._clock() if at is None else at
        done = self.poll(at)
        if self._pending.times and at - self._pending.times[-1] > self.end_gap:
            self._pending.segment = len(self._pending.chars)
        if char in _ENTER:
            done.extend(self._finish(ended_by_enter=True))
            return done
        if not char or not char.isprintable():
            return done  # modifiers and dead keys carry no text
        self._pending.chars.append(char)
        self._pending.times.append(at)
        return done

    def poll(self, now: float | None = None) -> list[Burst]:
        """Call from a timer: ends a scanner burst whose last key is older than the end gap."""
        if self.ending(now):
            return self._finish(ended_by_enter=False)
        return []

    def ending(self, now: float | None = None) -> bool:
        """Whether `poll(now)` would end a scanner burst (without ending it)."""
        now = self._clock() if now is None else now
        pending = self._pending
        return (
            bool(pending.times)
            and now - pending.times[-1] > self.end_gap
            and (self._segment_scanned())
        )

    @property
    def pending(self) -> str:
        return "".join(self._pending.chars)

    @property
    def scanning(self) -> bool:
        """True while the keys since the last pause look like a scanner's (a burst in progress)."""
        return bool(self._pending.times) and self._segment_scanned()

    def reset(self) -> None:
        """Forget the pending keys (the field they were typed into was cleared)."""
        self._pending = _Pending()

    def _segment_scanned(self) -> bool:
        pending = self._pending
        return self._looks_scanned(pending.times[pending.segment :])

    def _finish(self, *, ended_by_enter: bool) -> list[Burst]:
        scanned = self._segment_scanned()
        pending, self._pending = self._pending, _Pending()
        cut = pending.segment if scanned else len(pending.chars)
        done: list[Burst] = []
        typed = "".join(pending.chars[:cut])
        if typed:
            done.append(Burst(BurstKind.TYPING, typed, ended_by_enter and not scanned))
        if scanned:
            done.append(Burst(BurstKind.SCAN, "".join(pending.chars[cut:]), ended_by_enter))
        return done

    def _looks_scanned(self, times: list[float]) -> bool:
        if len(times) < self.min_length:
            return False
        gaps = sorted(b - a for a, b in itertools.pairwise(times))
        # The median resists one slow key (a scanner buffer flush); the 90th percentile keeps
        # a person's occasional fast rollover from passing as a scan.
        median = gaps[len(gaps) // 2]
        p90 = gaps[min(len(gaps) - 1, (len(gaps) * 9) // 10)]
        return median <= self.max_gap and p90 <= self.max_gap * 2


# Received character → what the scanner meant, for each layout mix-up.
LAYOUT_REPAIRS: dict[str, dict[str, str]] = {
    # US scanner, UK keyboard: Shift+2 and Shift+' are swapped, Shift+3 gives £.
    "us-on-uk": {'"': "@", "@": '"', "£": "#", "#": "£"},
    # US scanner, German keyboard: Y and Z swapped; the US minus key gives ß, slash gives minus.
    "us-on-de": {"y": "z", "z": "y", "Y": "Z", "Z": "Y", "ß": "-", "-": "/", "_": "?"},
}


def _translate(text: str, table: dict[str, str]) -> str:
    return "".join(table.get(ch, ch) for ch in text)


def candidates(typed: str) -> list[str]:
    """The code as typed, then as each layout mix-up and Caps Lock would explain it.

    Each reading is normalised afterwards: a ticket link garbled by the layout only becomes
    recognisable once its punctuation is repaired.
    """
    found = [typed]
    for table in LAYOUT_REPAIRS.values():
        found.append(_translate(typed, table))
    found.extend([text.swapcase() for text in list(found)])
    unique: list[str] = []
    for text in found:
        code = normalise(text)
        if code and code not in unique:
            unique.append(code)
    return unique


def repair(code: str, is_known: Callable[[str], bool]) -> str | None:
    """The first candidate the caller knows, or None when no reading matches a ticket."""
    for candidate in candidates(code):
        if is_known(candidate):
            return candidate
    return None
