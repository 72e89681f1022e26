"""`checkin --selftest`: every check passes on a working install, and a broken part is named."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from checkin import resources
from checkin.app import selftest_window
from checkin.cli import build_parser, main
from checkin.cli.selftest import run_selftest
from checkin.db.repository import Repository
from checkin.ui import selftest
from tests.conftest import ROOT

CHECK_NAMES = [name for name, _ in selftest.CHECKS]


def test_selftest_passes_in_a_fresh_process_without_a_display(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"QT_QPA_PLATFORM", "DISPLAY"}}
    env.update(HOME=str(tmp_path), CHECKIN_HOME=str(tmp_path / "organizer-home"))
    result = subprocess.run(
        [sys.executable, "-m", "checkin", "--selftest"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert [line.split()[1] for line in lines[:-1]] == CHECK_NAMES
    assert all(line.startswith("ok   ") for line in lines[:-1])
    assert lines[-1] == "selftest passed"
    assert "offscreen platform" in result.stdout
    # The organizer's own home is never touched by the selftest.
    assert not (tmp_path / "organizer-home").exists()


def test_a_failing_check_is_named_and_the_others_still_run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    def broken(state: object) -> str:
        raise RuntimeError("the printer caught fire\nsecond line is not shown")

    monkeypatch.setattr(selftest, "REQUIRED", (*selftest.REQUIRED, ("fonts", "Missing.ttf")))
    monkeypatch.setattr(
        selftest,
        "CHECKS",
        (
            ("resources", selftest.check_resources),
            ("database", selftest.check_database),
            ("badge", broken),
            ("scan", selftest.check_scan),
        ),
    )
    assert main(["--selftest"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("FAIL resources: fonts/Missing.ttf missing from ")
    assert lines[1].startswith("ok   database (schema ")
    assert lines[2] == "FAIL badge: RuntimeError: the printer caught fire"
    assert lines[3].startswith("ok   scan (read ticket ")
    assert lines[4] == "selftest failed: resources, badge"
    # The temporary database was closed: this process may open another one.
    Repository(tmp_path / "after.sqlite3").close()


def test_checks_after_a_failed_database_say_why_they_were_skipped(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def no_database(state: object) -> str:
        raise OSError("disk full")

    monkeypatch.setattr(
        selftest, "CHECKS", (("database", no_database), ("scan", selftest.check_scan))
    )
    results = list(selftest.run_checks(selftest_window))
    assert [(r.name, r.ok) for r in results] == [("database", False), ("scan", False)]
    assert results[0].detail == "OSError: disk full"
    assert results[1].detail == "skipped because the database check failed."


def test_selftest_is_a_flag_and_a_command() -> None:
    parser = build_parser()
    assert parser.parse_args(["--selftest"]).handler is run_selftest
    assert parser.parse_args(["selftest"]).handler is run_selftest


def test_resources_are_found_in_a_bundle_a_wheel_and_a_source_tree(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert resources.resource_path("fonts", "DejaVuSans.ttf") == (
        ROOT / "resources" / "fonts" / "DejaVuSans.ttf"
    )
    package = tmp_path / "site-packages" / "checkin"
    (package / "_resources").mkdir(parents=True)
    monkeypatch.setattr(resources, "_PACKAGE", package)
    assert resources.resource_path("sounds") == package / "_resources" / "sounds"
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    assert resources.resources_root() == tmp_path / "bundle" / "resources"
