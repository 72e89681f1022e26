"""Running the real `checkin` command in a child process, as a user would from a shell."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def child_env(home: Path | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["PYTHONIOENCODING"] = "utf-8"
    if home is not None:
        env["CHECKIN_HOME"] = str(home)
    return env


def run(
    *args: str,
    home: Path | None = None,
    stdin: str = "",
    timeout: float = 60,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """`python -m checkin ARGS` in a child process; `env` replaces the inherited environment."""
    return subprocess.run(
        [sys.executable, "-m", "checkin", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=child_env(home) if env is None else env,
        cwd=ROOT,
        timeout=timeout,
    )


def checkin(*args: str, home: Path | None = None, stdin: str = "", timeout: float = 60) -> Result:
    done = run(*args, home=home, stdin=stdin, timeout=timeout)
    return Result(done.returncode, done.stdout, done.stderr)
