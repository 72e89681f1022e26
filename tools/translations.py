#!/usr/bin/env python3
"""The desk's translations: refresh the `.ts` sources, compile the `.qm` files, check both.

    python tools/translations.py update   re-read the window's strings into every .ts (lupdate;
                                          translations already written are kept)
    python tools/translations.py build    compile every .ts into its .qm (lrelease)
    python tools/translations.py check    fail when a .ts misses a string of the code, holds an
                                          unfinished entry, or a .qm differs from its .ts

The `.ts` files under resources/translations are the sources translators edit (Qt Linguist opens
them); the `.qm` files beside them are what the app loads, committed so that a checkout runs and
the bundle ships them, and rebuilt only by this script. Locations are left out of the `.ts` files
so that moving code around does not churn them. Run it with the project's environment's Python:
lupdate and lrelease come with PySide6.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
# Where the strings are: the Qt front end (checkin/ui) and the composition root.
SOURCES = [ROOT / "checkin" / "ui", ROOT / "checkin" / "app.py"]
# English is the source language: its catalogue holds only the plural forms ("1 day", "2 days"),
# which the source text cannot say for every count.
LANGUAGES = ("en", "de", "fr", "es", "nl", "it", "pl")
CATALOGUE = "checkin"


def qt_tool(name: str) -> str:
    """lupdate or lrelease as PySide6 ships it (inside the package), else from PATH."""
    import PySide6

    exe = name + (".exe" if os.name == "nt" else "")
    shipped = Path(PySide6.__file__).resolve().parent / exe
    if shipped.exists():
        return str(shipped)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        sys.exit(f"{name} is not installed: install PySide6 into this environment.")
    return found


def ts_path(code: str, folder: Path = FOLDER) -> Path:
    return folder / f"{CATALOGUE}_{code}.ts"


def update(folder: Path = FOLDER) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    # lupdate reads Python only when given the files themselves (not in its folder search).
    files = [
        p for source in SOURCES for p in ([source] if source.is_file() else source.glob("*.py"))
    ]
    sources = sorted(str(path) for path in files)
    for code in LANGUAGES:
        command = [qt_tool("lupdate"), "-locations", "none", "-no-obsolete", "-silent"]
        command += ["-pluralonly"] if code == "en" else []
        command += [*sources, "-target-language", code, "-ts", str(ts_path(code, folder))]
        subprocess.run(command, check=True)


def build(folder: Path = FOLDER, into: Path = FOLDER) -> None:
    for code in LANGUAGES:
        qm = into / f"{CATALOGUE}_{code}.qm"
        command = [qt_tool("lrelease"), "-silent", str(ts_path(code, folder)), "-qm", str(qm)]
        subprocess.run(command, check=True)


def unfinished(ts: Path) -> list[str]:
    """The source texts of a .ts file that have no finished translation."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        forms = [] if translation is None else list(translation.iter("numerusform"))
        texts = (
            [f.text for f in forms]
            if forms
            else [None if translation is None else translation.text]
        )
        kind = None if translation is None else translation.get("type")
        if kind in {"unfinished", "vanished", "obsolete"} or not all(t for t in texts):
            missing.append(message.findtext("source") or "")
    return missing


def check() -> list[str]:
    """Every problem found, one sentence each (empty when the translations are in order)."""
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch)
        for code in LANGUAGES:
            if not ts_path(code).exists():
                problems.append(f"{ts_path(code).name} is missing.")
                continue
            shutil.copy(ts_path(code), ts_path(code, fresh))
        update(fresh)
        build(fresh, fresh)
        for code in LANGUAGES:
            ts, qm = ts_path(code), FOLDER / f"{CATALOGUE}_{code}.qm"
            if not ts.exists():
                continue
            if ts.read_bytes() != ts_path(code, fresh).read_bytes():
                problems.append(f"{ts.name} is out of date: run `tools/translations.py update`.")
            for source in unfinished(ts_path(code, fresh)):
                problems.append(f"{ts.name}: “{source}” is not translated.")
            built = fresh / qm.name
            if not qm.exists() or not filecmp.cmp(qm, built, shallow=False):
                problems.append(
                    f"{qm.name} differs from {ts.name}: run `tools/translations.py build`."
                )
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("task", choices=["update", "build", "check"])
    task = parser.parse_args(argv).task
    if task == "update":
        update()
    elif task == "build":
        build()
    else:
        problems = check()
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
