"""The desk's four sounds (admitted, check, stop, requires attention): generated tones, played
with QSoundEffect.

The WAV files are small synthetic tones written with the standard library's `wave` module
(`python -m checkin.ui.sounds` rewrites them). Qt Multimedia needs an audio stack; where it cannot
load (a server without PulseAudio, an offscreen test run) the desk stays silent and says so.
"""

from __future__ import annotations

import logging
import math
import struct
import wave
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl

from checkin.core.verdicts import Severity
from checkin.resources import resource_path

log = logging.getLogger("checkin.ui")

SOUNDS = resource_path("sounds")
RATE = 22_050

# (frequency Hz, duration s) steps: a rising chime for yes, a double beep for "look", a low buzz
# for stop; different in pitch *and* rhythm so they are told apart in a noisy foyer.
TONES: dict[Severity, tuple[tuple[float, float], ...]] = {
    Severity.OK: ((880.0, 0.09), (1318.5, 0.16)),
    Severity.CAUTION: ((660.0, 0.12), (0.0, 0.06), (660.0, 0.12)),
    Severity.STOP: ((220.0, 0.45),),
    # The admitted chime, then a high repeated call: "yes, and look at the note".
    Severity.ATTENTION: (
        (880.0, 0.09),
        (1318.5, 0.12),
        (0.0, 0.05),
        (1760.0, 0.1),
        (0.0, 0.05),
        (1760.0, 0.1),
    ),
}


def sound_file(severity: Severity, folder: Path = SOUNDS) -> Path:
    return folder / f"{severity.value}.wav"


def _samples(steps: tuple[tuple[float, float], ...]) -> bytes:
    frames = bytearray()
    for frequency, seconds in steps:
        count = int(RATE * seconds)
        fade = max(1, int(RATE * 0.01))  # 10 ms ramps: no clicks at the edges
        for i in range(count):
            envelope = min(1.0, i / fade, (count - i) / fade)
            value = 0.0
            if frequency:
                value = math.sin(2 * math.pi * frequency * i / RATE)
                # A square-ish buzz for "stop": harsher, as it should be.
                if frequency < 300:
                    value = math.copysign(min(1.0, abs(value) * 3), value)
            frames += struct.pack("<h", int(value * envelope * 0.45 * 32767))
    return bytes(frames)


def write_sounds(folder: Path = SOUNDS) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for severity, steps in TONES.items():
        path = sound_file(severity, folder)
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(_samples(steps))
        written.append(path)
    return written


class SoundBoard(QObject):
    """Plays one sound per verdict severity. Loads Qt Multimedia on first use, not at start-up,
    so the window shows without waiting for the audio stack."""

    def __init__(self, muted: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.muted = muted
        self._effects: dict[Severity, Any] | None = None
        self.available: bool | None = None  # None: not tried yet
        self.last_played: Severity | None = None

    def _load(self) -> None:
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError as error:
            log.warning("no sound: Qt Multimedia cannot load (%s)", error)
            self.available, self._effects = False, {}
            return
        effects = {}
        for severity in TONES:
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(sound_file(severity))))
            effect.setVolume(0.8)
            effects[severity] = effect
        self._effects, self.available = effects, True

    def play(self, severity: Severity) -> None:
        if self.muted:
            return
        if self._effects is None:
            self._load()
        self.last_played = severity
        effect = (self._effects or {}).get(severity)
        if effect is not None:
            effect.play()


if __name__ == "__main__":
    for written_path in write_sounds():
        log.warning("wrote %s", written_path)
