"""Where the files shipped with the app live: fonts, badge templates, sounds, icons, selftest QR.

They sit in the top-level `resources/` folder of the source tree and are found in three layouts:

- a PyInstaller bundle: unpacked beside the executable, under `sys._MEIPASS/resources`;
- an installed wheel: packaged as `checkin/_resources` (setup.py maps the folder there);
- a source checkout or an editable install: `resources/` beside the `checkin` package.

Standard library only, so every layer (printing, the window, the command line) may ask it.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_root() -> Path:
    """The folder holding every shipped resource, in whichever layout the app runs from."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    installed = _PACKAGE / "_resources"
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A path inside the resources folder, e.g. `resource_path("fonts", "DejaVuSans.ttf")`.
    The path is returned whether or not the file exists: callers report what is missing."""
    return resources_root().joinpath(*parts)
