"""Camera capture and QR decoding, plus the logic behind USB keyboard-wedge scanners.

Imports core, OpenCV and zxing-cpp only; the window wraps `CaptureLoop` in a Qt worker.
"""

# Loaded on first use (PEP 562): `checkin scan` needs the keyboard-wedge rules, not OpenCV and
# zxing-cpp, which cost a command line a third of a second to import.
import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from checkin.scanning.capture import Backoff, CaptureLoop, Scan, draw_outlines
    from checkin.scanning.debounce import Debouncer
    from checkin.scanning.decoder import Decoded, Decoder
    from checkin.scanning.event_clock import EventClock
    from checkin.scanning.files import FileResult, UnreadableFile, decode_file
    from checkin.scanning.sources import Source, parse_source, probe_cameras
    from checkin.scanning.wedge import Burst, BurstKind, WedgeReader, candidates, repair

_MODULE_OF = {
    "Backoff": "capture", "CaptureLoop": "capture", "Scan": "capture", "draw_outlines": "capture",
    "Debouncer": "debounce", "Decoded": "decoder", "Decoder": "decoder",
    "EventClock": "event_clock", "FileResult": "files", "UnreadableFile": "files",
    "decode_file": "files", "Source": "sources", "parse_source": "sources",
    "probe_cameras": "sources", "Burst": "wedge", "BurstKind": "wedge", "WedgeReader": "wedge",
    "candidates": "wedge", "repair": "wedge",
}  # fmt: skip


def __getattr__(name: str) -> Any:
    if name not in _MODULE_OF:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_MODULE_OF[name]}"), name)


__all__ = [
    "Backoff",
    "Burst",
    "BurstKind",
    "CaptureLoop",
    "Debouncer",
    "Decoded",
    "Decoder",
    "EventClock",
    "FileResult",
    "Scan",
    "Source",
    "UnreadableFile",
    "WedgeReader",
    "candidates",
    "decode_file",
    "draw_outlines",
    "parse_source",
    "probe_cameras",
    "repair",
]
