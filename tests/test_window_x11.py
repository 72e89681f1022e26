"""The desk as a new user meets it: `checkin demo` on a real X server, a USB scanner's keystrokes,
and `checkin status` in another process seeing the attendee on site."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli import run
from tests.conftest import ROOT

pytestmark = pytest.mark.slow


@pytest.fixture
def x_display() -> Iterator[str]:
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        pytest.skip("needs Xvfb and xdotool")
    read, write = os.pipe()
    # -displayfd: the server picks a free display number and reports it, so runs never collide.
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        server.wait()
        pytest.skip("Xvfb did not start")
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def checkin(home: Path, *args: str, env: dict[str, str] | None = None) -> str:
    result = run(*args, "--home", str(home), env=env)
    result.check_returncode()
    return result.stdout


def test_demo_window_admits_a_scanned_code_seen_by_status(x_display: str, tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=x_display, PYTHONPATH=str(ROOT), XDG_CONFIG_HOME=str(tmp_path / "config"))
    checkin(home, "demo", "--no-gui", env=env)
    organizers = json.loads(checkin(home, "find", "OpenStack Operators", "--json", env=env))
    code = organizers[0]["code"]

    desk = subprocess.Popen(
        [sys.executable, "-m", "checkin", "demo", "--home", str(home)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    xdotool = {"env": env, "check": True, "timeout": 60, "capture_output": True, "text": True}
    try:
        found = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--name", "Check-in desk"],
            **xdotool,  # type: ignore[call-overload]
        )
        window = found.stdout.split()[0]
        subprocess.run(["xdotool", "windowfocus", "--sync", window], **xdotool)  # type: ignore[call-overload]
        # A USB scanner: the code typed in one fast burst, then Enter.
        subprocess.run(["xdotool", "type", "--delay", "3", code], **xdotool)  # type: ignore[call-overload]
        subprocess.run(["xdotool", "key", "Return"], **xdotool)  # type: ignore[call-overload]
        on_site = 0
        deadline = time.monotonic() + 30
        while on_site != 1 and time.monotonic() < deadline:
            on_site = json.loads(checkin(home, "status", "--json", env=env))["on_site"]
            time.sleep(0.2)
        assert on_site == 1
        subprocess.run(["xdotool", "key", "ctrl+q"], **xdotool)  # type: ignore[call-overload]
        assert desk.wait(timeout=20) == 0
    finally:
        if desk.poll() is None:
            desk.terminate()
            desk.wait(timeout=10)
        if desk.stderr is not None:
            desk.stderr.close()
