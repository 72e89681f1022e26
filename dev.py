#!/usr/bin/env python3
"""Developer entry point that needs only Python 3 and pip.

    python3 dev.py demo     run the desk on the demo event
    python3 dev.py test     lint, type check, import contracts and the whole test suite
    python3 dev.py bundle   build the app bundle in dist/checkin and run its selftest

The first run creates .venv and installs the project with its dev extra into it; later runs
reinstall only when pyproject.toml changed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed-from"


def ensure_environment() -> None:
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted and PYTHON.exists():
        return
    if not PYTHON.exists():
        print("Creating .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("Installing checkin and its dependencies into .venv …", flush=True)
    pip = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "-e", f"{ROOT}[dev]"], check=True)
    STAMP.write_text(wanted)


def run(*command: str) -> None:
    """Run a module of the project's environment (python -m …), stopping at the first failure."""
    print(f"$ {' '.join(command)}", flush=True)
    result = subprocess.run([str(PYTHON), "-m", *command], cwd=ROOT)
    if result.returncode != 0:
        sys.exit(result.returncode)


def run_script(name: str, *args: str) -> None:
    """Run a console script of the project's environment (for tools without `python -m`)."""
    print(f"$ {name} {' '.join(args)}", flush=True)
    result = subprocess.run([str(BIN / name), *args], cwd=ROOT)
    if result.returncode != 0:
        sys.exit(result.returncode)


def main(argv: list[str]) -> None:
    task, *rest = argv or ["help"]
    if task not in {"demo", "test", "checkin", "bundle"}:
        print(__doc__)
        sys.exit(0 if task == "help" else 2)
    ensure_environment()
    if task == "demo":
        run("checkin", "demo", *rest)
    elif task == "checkin":
        run("checkin", *rest)
    elif task == "bundle":
        result = subprocess.run([str(PYTHON), str(ROOT / "tools" / "build_bundle.py"), *rest])
        sys.exit(result.returncode)
    else:
        run("ruff", "format", "--check", ".")
        run("ruff", "check", ".")
        run("mypy")
        run_script("lint-imports")
        run("pytest", *rest)


if __name__ == "__main__":
    main(sys.argv[1:])
