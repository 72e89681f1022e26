#!/usr/bin/env python3
"""Build the one-folder app bundle and prove it runs without this Python.

    python tools/build_bundle.py [--zip]        (or: python3 dev.py bundle [--zip])

1. The translations are compiled (tools/translations.py build), then PyInstaller turns
   build.spec into dist/checkin/ (build/ holds its cache).
2. `dist/checkin/checkin --selftest` runs from a clean environment: no virtualenv, no PYTHONPATH,
   a PATH without this interpreter, an empty HOME and no display — as on a borrowed laptop.
3. Prints the bundle's unpacked size and the time each step took; with --zip also writes
   dist/checkin-<os>-<machine>.zip, the file to hand to organizers.

Exits non-zero when the build or the selftest fails. Run it with the project's environment's
Python (PyInstaller and every dependency of the app must be installed there).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "checkin"
EXECUTABLE = BUNDLE / ("checkin.exe" if os.name == "nt" else "checkin")
# Variables that would let the bundle lean on this machine's Python or on the developer's data.
LEAKY = ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME", "CHECKIN_HOME", "QT_QPA_PLATFORM", "DISPLAY")


def build() -> float:
    started = time.monotonic()
    # The .qm files the bundle ships are compiled from the .ts sources here, never hand-copied.
    translations = [sys.executable, str(ROOT / "tools" / "translations.py"), "build"]
    subprocess.run(translations, cwd=ROOT, check=True)
    command = [sys.executable, "-m", "PyInstaller", "build.spec", "--noconfirm"]
    command += ["--distpath", str(DIST), "--workpath", str(ROOT / "build"), "--log-level", "WARN"]
    print(f"$ {' '.join(command)}", flush=True)
    subprocess.run(command, cwd=ROOT, check=True)
    return time.monotonic() - started


def clean_environment(home: Path) -> dict[str, str]:
    """This process's environment without anything pointing at a Python installation."""
    env = {key: value for key, value in os.environ.items() if key not in LEAKY}
    python_dirs = {Path(sys.executable).parent, Path(sys.prefix), Path(sys.base_prefix)}
    path = [
        entry
        for entry in env.get("PATH", "").split(os.pathsep)
        if entry and not any(Path(entry).resolve().is_relative_to(d.resolve()) for d in python_dirs)
    ]
    env["PATH"] = os.pathsep.join(path)
    env["HOME"] = env["USERPROFILE"] = str(home)  # USERPROFILE: the Windows home
    return env


def selftest() -> tuple[bool, float]:
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="checkin-empty-home-") as home:
        print(f"$ {EXECUTABLE} --selftest   (clean environment, HOME={home})", flush=True)
        result = subprocess.run(
            [str(EXECUTABLE), "--selftest"],
            env=clean_environment(Path(home)),
            cwd=home,  # not the source tree: the bundle must not find the sources by accident
            timeout=300,
            check=False,
        )
    return result.returncode == 0, time.monotonic() - started


def unpacked_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def make_zip() -> Path:
    name = f"checkin-{platform.system().lower()}-{platform.machine().lower()}"
    return Path(shutil.make_archive(str(DIST / name), "zip", DIST, "checkin"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zip", action="store_true", help="also write a zip of the bundle")
    args = parser.parse_args()
    build_seconds = build()
    passed, test_seconds = selftest()
    size, count = unpacked_size(BUNDLE)
    print(f"bundle: {BUNDLE} — {size / 1e6:.0f} MB unpacked in {count} files")
    print(f"build: {build_seconds:.0f} s, selftest: {test_seconds:.1f} s")
    if args.zip and passed:
        archive = make_zip()
        print(f"zip: {archive} — {archive.stat().st_size / 1e6:.0f} MB")
    if not passed:
        print("the bundle's selftest failed (see above)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
