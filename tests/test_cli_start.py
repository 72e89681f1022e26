"""A command loads only what it uses: the table of which module registers which command agrees
with the modules, a command line's command is found whatever options come first, and the
commands a desk runs most do not load the hub driver, the platform clients, the camera or the
badge renderer."""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from checkin.cli import COMMAND_GROUPS, COMMANDS, build_parser, command_of
from tests.cli import checkin, child_env

ROOT = Path(__file__).resolve().parent.parent


def test_the_command_table_names_what_each_module_registers() -> None:
    registered = {}
    for group in COMMAND_GROUPS:
        commands = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(f"checkin.cli.{group}").register(commands)
        registered.update(dict.fromkeys(commands.choices, group))
    assert registered == COMMANDS


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["scan", "T1"], "scan"),
        (["--home", "scan", "find", "x"], "find"),  # a home folder named like a command
        (["--hom", "status", "status"], "status"),  # an abbreviation argparse accepts
        (["--home=/tmp/h", "-v", "walk-in"], "walk-in"),
        (["-v", "--help"], None),
        (["--", "scan"], None),
        ([], None),
    ],
)
def test_the_command_is_found_after_any_options(argv: list[str], command: str | None) -> None:
    assert command_of(argv) == command


def test_a_named_command_parses_as_with_every_command_loaded() -> None:
    argv = ["--home", "h", "scan", "T1", "--exit", "--json"]
    alone = vars(build_parser("scan").parse_args(argv))
    every = vars(build_parser().parse_args(argv))
    assert alone == every and alone["code"] == "T1"


def test_help_and_a_mistake_still_list_every_command(tmp_path: Path) -> None:
    listed = checkin("--help", home=tmp_path)
    assert listed.code == 0
    assert all(name in listed.out for name in COMMANDS)
    wrong = checkin("scna", "T1", home=tmp_path)
    assert wrong.code == 2 and "invalid choice: 'scna'" in wrong.err and "'scan'" in wrong.err


def test_a_desk_command_loads_no_driver_renderer_or_platform_client(tmp_path: Path) -> None:
    home = tmp_path / "desk"
    assert checkin("demo", "--no-gui", home=home).code == 0
    code = checkin("find", "lukasz", "--json", home=home).json()[0]["code"]
    heavy = ["psycopg", "cryptography", "reportlab", "cv2", "zxingcpp", "openpyxl", "PySide6",
             "http.client", "checkin.sync.platform_model", "checkin.printing.render"]  # fmt: skip
    probe = (
        "import sys, json, runpy\n"
        "sys.argv = ['checkin', *json.loads(sys.argv[1])]\n"
        "try:\n"
        "    runpy.run_module('checkin', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print(json.dumps(sorted(m for m in {heavy!r} if m in sys.modules)), file=sys.stderr)\n"
    )
    for argv in (["--help"], ["status"], ["find", "mull"], ["scan", code, "--no-badge"]):
        run = subprocess.run(
            [sys.executable, "-c", probe, json.dumps(["--home", str(home), *argv])],
            cwd=ROOT,
            env=child_env(),
            capture_output=True,
            text=True,
            check=False,
        )
        loaded = json.loads(run.stderr.strip().splitlines()[-1])
        assert loaded == [], f"checkin {argv[0]} loaded {loaded}"
