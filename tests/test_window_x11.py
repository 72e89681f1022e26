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


def desk_env(x_display: str, tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=x_display, PYTHONPATH=str(ROOT), XDG_CONFIG_HOME=str(tmp_path / "config"))
    return env


def organizer_code(home: Path, env: dict[str, str]) -> str:
    checkin(home, "demo", "--no-gui", env=env)
    organizers = json.loads(checkin(home, "find", "OpenStack Operators", "--json", env=env))
    return str(organizers[0]["code"])


def xdotool(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        ["xdotool", *args], env=env, check=True, timeout=60, capture_output=True, text=True
    )
    return done.stdout


def focus_desk(env: dict[str, str]) -> None:
    found = xdotool(env, "search", "--sync", "--onlyvisible", "--name", "Check-in desk")
    xdotool(env, "windowfocus", "--sync", found.split()[0])


def wait_on_site(home: Path, env: dict[str, str], count: int) -> int:
    on_site = 0
    deadline = time.monotonic() + 30
    while on_site != count and time.monotonic() < deadline:
        on_site = json.loads(checkin(home, "status", "--json", env=env))["on_site"]
        time.sleep(0.2)
    return on_site


def start_desk(
    env: dict[str, str], *args: str, stdout: int = subprocess.DEVNULL
) -> subprocess.Popen[str]:
    """A desk process (Python with these arguments) on the test's X display."""
    return subprocess.Popen(
        [sys.executable, *args],
        env=env,
        cwd=ROOT,
        stdout=stdout,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def quit_desk(window: subprocess.Popen[str], env: dict[str, str]) -> None:
    try:
        xdotool(env, "key", "ctrl+q")
        assert window.wait(timeout=20) == 0
    finally:
        if window.poll() is None:
            window.terminate()
            window.wait(timeout=10)


def test_demo_window_admits_a_scanned_code_seen_by_status(x_display: str, tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = desk_env(x_display, tmp_path)
    code = organizer_code(home, env)
    window = start_desk(env, "-m", "checkin", "demo", "--home", str(home))
    try:
        focus_desk(env)
        # A USB scanner: the code typed in one fast burst, then Enter.
        xdotool(env, "type", "--delay", "3", code)
        xdotool(env, "key", "Return")
        assert wait_on_site(home, env, 1) == 1
    finally:
        quit_desk(window, env)


@pytest.mark.parametrize("enter", [True, False], ids=["enter", "no-suffix"])
def test_a_stall_in_the_middle_of_a_burst_still_admits_the_whole_code(
    x_display: str, tmp_path: Path, enter: bool
) -> None:
    """The desk's UI thread is blocked after the 6th key while the scanner types the rest: the
    keys arrive together 300 ms late, but their X server timestamps keep the burst whole."""
    home = tmp_path / "home"
    env = desk_env(x_display, tmp_path)
    code = organizer_code(home, env)
    stall_after = 6
    assert len(code) > stall_after + 4  # the scanner is still typing when the stall begins
    stall_desk = str(ROOT / "tests" / "stall_desk.py")
    window = start_desk(env, stall_desk, str(home), str(stall_after), "0.3", stdout=subprocess.PIPE)
    try:
        focus_desk(env)
        xdotool(env, "type", "--delay", "4", code)
        if enter:
            xdotool(env, "key", "Return")
        assert wait_on_site(home, env, 1) == 1
    finally:
        quit_desk(window, env)
        assert window.stdout is not None
        stalled = window.stdout.read()
        window.stdout.close()
    assert f"after key {stall_after}" in stalled  # the stall did happen, mid-burst
