"""`checkin badges` from the command line: PDFs, selections, warnings and refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from checkin.cli import main
from checkin.db.repository import Repository
from checkin.demo import load_demo
from checkin.paths import database_path


@pytest.fixture
def demo_home(home: Path) -> Path:
    with Repository(database_path(home), desk="A") as repo:
        load_demo(repo)
    return home


def test_all_badges_to_a_pdf_warns_about_names_the_font_cannot_draw(
    demo_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "all.pdf"
    assert main(["badges", "--template", "a4-8up", "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert "花子" in captured.err and "skipped" in captured.err
    with Repository(database_path(demo_home)) as repo:
        expected = sum(1 for a in repo.attendees() if not a.cancelled) - 1
    assert f"Saved {expected} badges" in captured.out
    assert len(PdfReader(out).pages) == -(-expected // 8)


def test_selected_codes_from_a_start_position_and_recorded(
    demo_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Repository(database_path(demo_home)) as repo:
        codes = [a.code for a in repo.attendees()[:3]]
    out = tmp_path / "three.pdf"
    args = ["badges", "--template", "letter-4x3", "--start-position", "5", "--out", str(out)]
    assert main([*args, *[f"--code={c}" for c in codes], "--record"]) == 0
    assert "Saved 3 badges on 2 pages" in capsys.readouterr().out
    assert main([*args, "--unprinted"]) == 0
    with Repository(database_path(demo_home)) as repo:
        assert all(repo.badges_printed(a.id or 0) == 1 for a in repo.attendees()[:3])


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--code", "NOPE", "--out", "x.pdf"], "No ticket with code NOPE"),
        (["--template", "huge", "--out", "x.pdf"], "no badge template called 'huge'"),
        (["--template", "a6", "--start-position", "2", "--out", "x.pdf"], "positions 1 to 1"),
        ([], "--out FILE.pdf or --print"),
        (["--out", "x.txt"], "should end in .pdf"),
    ],
)
def test_bad_input_is_one_sentence_and_exit_2(
    demo_home: Path, extra: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["badges", *extra]) == 2
    assert message in capsys.readouterr().err


def test_list_templates(capsys: pytest.CaptureFixture[str], home: Path) -> None:
    assert main(["badges", "--list-templates"]) == 0
    names = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert names == ["a4-8up", "a6", "brother-62mm", "dymo-54x101",
                     "label-102x152", "label-62x100", "letter-4x3"]  # fmt: skip
