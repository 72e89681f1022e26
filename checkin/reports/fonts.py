"""The TrueType font the PDF exports use: the base-14 PDF fonts cannot draw Ł, ő or ř.

`unicode_font()` is the one place that knows where the font comes from: a font bundled with the
app in `resources/fonts` when present, else DejaVu Sans from the system.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from checkin.resources import resource_path

REGULAR = "CheckinSans"
BOLD = "CheckinSans-Bold"
_BUNDLED = resource_path("fonts")
_SYSTEM_DIRS = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts")


class NoUnicodeFont(RuntimeError):
    """No TrueType font that can draw names with diacritics was found."""


def _fc_match(family: str) -> Path | None:
    if shutil.which("fc-match") is None:
        return None
    try:
        found = subprocess.run(
            ["fc-match", "-f", "%{file}", family], capture_output=True, text=True, timeout=5
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    path = Path(found) if found else None
    return path if path and path.suffix.lower() == ".ttf" and path.exists() else None


def _find(file_name: str, family: str) -> Path | None:
    bundled = _BUNDLED / file_name
    if bundled.exists():
        return bundled
    for folder in _SYSTEM_DIRS:
        if folder.is_dir():
            hit = next(folder.rglob(file_name), None)
            if hit is not None:
                return hit
    matched = _fc_match(family)
    return matched if matched and matched.name == file_name else None


@functools.cache
def unicode_font() -> tuple[str, str]:
    """Register the font with ReportLab once; returns (regular, bold) font names."""
    regular = _find("DejaVuSans.ttf", "DejaVu Sans")
    if regular is None:
        raise NoUnicodeFont(
            "No DejaVu Sans font found for PDF export; install fonts-dejavu-core or export "
            "as CSV or XLSX."
        )
    bold = _find("DejaVuSans-Bold.ttf", "DejaVu Sans:bold") or regular
    pdfmetrics.registerFont(TTFont(REGULAR, str(regular)))
    pdfmetrics.registerFont(TTFont(BOLD, str(bold)))
    return REGULAR, BOLD
