"""Keeping OpenCV's, FFmpeg's and the image libraries' own log lines off the terminal.

The desk says in one sentence what went wrong with a camera or a file; OpenCV's
`[ WARN:0@…] … can't open camera by index` at every retry, FFmpeg's `[mjpeg @ 0x…] overread`
and libpng's `libpng error: …` would otherwise reach the terminal first. OpenCV's and FFmpeg's
logging are turned off once (an OPENCV_LOG_LEVEL or OPENCV_FFMPEG_LOGLEVEL the user set for
debugging is left alone). libpng and libjpeg print straight to the process's stderr, so the
short native calls that may make them talk run with stderr pointed at a scratch file, whose
lines go to the desk's log at debug level.
"""

from __future__ import annotations

import logging
import os
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import cv2

log = logging.getLogger("checkin.scan")

_AV_LOG_QUIET = "-8"
_silenced = False
_stderr_lock = threading.Lock()


def silence_native_logs() -> None:
    """Turn off OpenCV's and FFmpeg's own logging (once; cheap to call again)."""
    global _silenced
    if _silenced:
        return
    _silenced = True
    # Read when OpenCV first opens a video with FFmpeg, which has not happened yet.
    os.environ.setdefault("OPENCV_FFMPEG_LOGLEVEL", _AV_LOG_QUIET)
    if "OPENCV_LOG_LEVEL" not in os.environ:
        cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_SILENT)


@contextmanager
def native_stderr_to_log() -> Iterator[None]:
    """Inside the block, whatever native code writes to stderr goes to the log instead.

    Process-wide while it lasts, so keep the block to one native call.
    """
    silence_native_logs()
    with _stderr_lock, tempfile.TemporaryFile() as sink:
        try:
            saved = os.dup(2)
        except OSError:  # no stderr at all (a windowed app): nothing to protect
            yield
            return
        os.dup2(sink.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            sink.seek(0)
            for line in sink.read(8192).decode("utf-8", "replace").splitlines():
                if line.strip():
                    log.debug("native library: %s", line.strip())
