"""Camera capture and QR decoding, plus the logic behind USB keyboard-wedge scanners.

Imports core, OpenCV and zxing-cpp only; the window wraps `CaptureLoop` in a Qt worker.
"""

from checkin.scanning.capture import Backoff, CaptureLoop, Scan, draw_outlines
from checkin.scanning.debounce import Debouncer
from checkin.scanning.decoder import Decoded, Decoder
from checkin.scanning.event_clock import EventClock
from checkin.scanning.files import FileResult, UnreadableFile, decode_file
from checkin.scanning.sources import Source, parse_source, probe_cameras
from checkin.scanning.wedge import Burst, BurstKind, WedgeReader, candidates, repair

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
