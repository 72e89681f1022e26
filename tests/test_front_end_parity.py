"""One set of rules behind every front end: the same cases through the desk window and through
the command line give the same verdict codes, warnings, badge decisions and undo results.

Each case runs on two fresh homes holding the same event and list: one driven by a volunteer at
the real window (scanner keys, F8, the walk-in dialog, Ctrl+Z), one by the real `checkin`
command in a child process. With a cups-pdf queue (where CUPS runs) both desks print to it;
without one, both say printing is not set up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from checkin.core.entities import CapacityPolicy, Event, TicketStatus
from checkin.db.desk_setup import set_badge_printer
from checkin.db.repository import Repository
from checkin.operations import ScanResult
from checkin.paths import database_path
from checkin.printing.printers import CupsPrinter
from checkin.ui.badge_sink import QueueBadges
from checkin.ui.ports import Collaborators
from checkin.ui.window import DeskWindow
from tests.cli import checkin
from tests.fakes import person
from tests.test_cups_printing import cups_pdf  # noqa: F401  (the cups-pdf queue fixture)
from tests.test_window import fill_walk_in, index_ready, ok, scanner, settled

ADA, BEN, CIAN, DORA = "PARITY-0001", "PARITY-0002", "PARITY-0003", "PARITY-0004"
HAS_BADGE = {"already_printed", "already_queued"}  # which one depends on the printer's speed

DUE = "due"  # a first badge is due: queued where the desk prints, "not set up" where it does not
# Re-admitted after an undo: the undone admission's badge was withdrawn if it was still queued,
# so a new one is queued; if it had reached the printer, the person has a badge. Which one
# depends on the printer's speed, as HAS_BADGE does.
AFTER_UNDO = "has_badge_or_queued"
IN, FULL_BLOCK = ("admitted", None, (), DUE), ("refused", "venue_full", (), None)
NEARLY = ("admitted", None, ("nearly_full",), DUE)

# (case, capacity, policy, steps, expected): a step is (action, code).
CASES = [
    ("first scan", None, CapacityPolicy.WARN, [("scan", ADA)], [IN]),
    ("repeat", None, CapacityPolicy.WARN, [("scan", ADA), ("scan", ADA)],
     [IN, ("refused", "already_in", (), None)]),
    ("cancelled", None, CapacityPolicy.WARN, [("scan", CIAN)],
     [("refused", "cancelled", (), None)]),
    ("not today", None, CapacityPolicy.WARN, [("scan", DORA)],
     [("refused", "not_today", (), None)]),
    ("venue full, warn", 1, CapacityPolicy.WARN, [("scan", ADA), ("scan", BEN)],
     [NEARLY, ("admitted", None, ("full",), DUE)]),
    ("venue full, block", 1, CapacityPolicy.BLOCK, [("scan", ADA), ("scan", BEN)],
     [NEARLY, FULL_BLOCK]),
    ("exit and back", None, CapacityPolicy.WARN, [("scan", ADA), ("exit", ADA), ("scan", ADA)],
     [IN, ("exited", None, (), None), ("admitted", None, (), "has_badge")]),
    ("walk-in", 10, CapacityPolicy.WARN, [("walk-in", "")], [IN]),
    ("undo", None, CapacityPolicy.WARN, [("scan", BEN), ("undo", BEN), ("scan", BEN)],
     [IN, ("undo", True, None), ("admitted", None, (), AFTER_UNDO)]),
]  # fmt: skip


def expected_with(
    printer: str | None, expected: list[tuple[object, ...]]
) -> list[tuple[object, ...]]:
    due = "queued" if printer else "not_set_up"
    # Without a printer no badge is ever printed, so a re-admission finds none either.
    again = "has_badge" if printer else "not_set_up"
    swap = {DUE: due, "has_badge": again, AFTER_UNDO: AFTER_UNDO if printer else "not_set_up"}
    return [tuple(swap.get(v, v) if isinstance(v, str) else v for v in row) for row in expected]


def seed(home: Path, capacity: int | None, policy: CapacityPolicy, printer: str | None) -> Path:
    today = datetime.now(ZoneInfo("Europe/London")).date()
    with Repository(database_path(home), desk="Parity") as repo:
        repo.save_event(
            Event("Parity Meetup", timezone="Europe/London", days=(today,), capacity=capacity,
                  policy=policy, secret="parity-secret")
        )  # fmt: skip
        repo.add_attendees(
            [
                person(ADA, "Ada", "Łukasiewicz", ticket_type="Operator"),
                person(BEN, "Ben", "Ødegård", ticket_type="Operator"),
                person(CIAN, "Cian", "Ó Súilleabháin", status=TicketStatus.CANCELLED),
                person(DORA, "Dora", "Dvořák", days=(today.replace(year=today.year + 1),)),
            ]
        )
        if printer is not None:
            set_badge_printer(repo, printer)
    return home


def summary(result: dict[str, Any]) -> tuple[object, ...]:
    badge = (result.get("badge") or {}).get("code")
    return (
        result["outcome"],
        result["code"],
        tuple(result["warning_codes"]),
        "has_badge" if badge in HAS_BADGE else badge,
    )


def through_the_command_line(home: Path, steps: list[tuple[str, str]]) -> list[tuple[object, ...]]:
    answers = []
    for action, code in steps:
        if action == "undo":
            done = checkin("undo", code, "--desk", "Parity", "--json", home=home).json()
            answers.append(("undo", done["done"], done["code"]))
            continue
        if action == "walk-in":
            command = ["walk-in", "--first", "Ada", "--last", "Lovelace", "--email",
                       "ada@example.org", "--company", "Analytical Engines",
                       "--ticket-type", "Operator"]  # fmt: skip
        else:
            command = ["scan", code, *(["--exit"] if action == "exit" else [])]
        answer = checkin(*command, "--desk", "Parity", "--json", home=home)
        assert answer.code in (0, 1), answer.err
        answers.append(summary(answer.json()))
    return answers


def through_the_window(
    qtbot: QtBot, window: DeskWindow, steps: list[tuple[str, str]]
) -> list[tuple[object, ...]]:
    ops = window.controller.ops
    results: list[Any] = []
    scan, undo_shown = ops.scan, ops.undo_shown

    def record(method: Callable[..., Any]) -> Callable[..., Any]:
        def recorded(*args: Any, **kwargs: Any) -> Any:
            results.append(method(*args, **kwargs))
            return results[-1]

        return recorded

    ops.scan = record(scan)  # type: ignore[method-assign]
    ops.undo_shown = record(undo_shown)  # type: ignore[method-assign]
    for action, code in steps:
        if action == "walk-in":
            window.actions_by_name["Walk-in registration"].trigger()
            fill_walk_in(window.dialog)  # type: ignore[arg-type]
            ok(window.dialog)
            settled(qtbot, window)
        elif action == "undo":
            window.actions_by_name["Undo last admission"].trigger()
            settled(qtbot, window)
        else:
            leaving = action == "exit"
            if leaving:
                window.toggle_exit_mode()
            scanner(qtbot, window, code)
            if leaving:
                window.toggle_exit_mode()
    answers: list[tuple[object, ...]] = []
    for result in results:
        if isinstance(result, ScanResult):
            answers.append(summary(result.to_dict()))
        else:
            answers.append(("undo", result.done, result.code.value if result.code else None))
    return answers


@pytest.fixture(params=["no printer", "cups-pdf"])
def printer(request: pytest.FixtureRequest) -> Iterator[str | None]:
    if request.param == "no printer":
        yield None
    else:
        queue, _out = request.getfixturevalue("cups_pdf")
        yield queue


@pytest.mark.slow
@pytest.mark.parametrize(
    ("case", "capacity", "policy", "steps", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_the_window_and_the_command_line_decide_alike(
    qtbot: QtBot,
    tmp_path: Path,
    printer: str | None,
    case: str,
    capacity: int | None,
    policy: CapacityPolicy,
    steps: list[tuple[str, str]],
    expected: list[tuple[object, ...]],
) -> None:
    by_command = through_the_command_line(seed(tmp_path / "cli", capacity, policy, printer), steps)
    window_home = seed(tmp_path / "window", capacity, policy, printer)
    repo = Repository(database_path(window_home), desk="Parity")
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    settings.setValue("desk/muted", True)
    settings.setValue("desk/printer", printer or "")
    badges = None
    if printer is not None:
        badges = QueueBadges(repo, lambda name: CupsPrinter(name), printer=printer,
                             poll_seconds=0.2)  # fmt: skip
    window = DeskWindow(repo, settings, Collaborators(badges=badges), clear_after_ms=60_000)
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitExposed(window)
        index_ready(qtbot, window)
        by_window = through_the_window(qtbot, window, steps)
    finally:
        window.close()
        if badges is not None:
            badges.stop()
        repo.close()
    wanted = expected_with(printer, expected)
    by_command, by_window = after_undo(by_command, wanted), after_undo(by_window, wanted)
    assert by_command == wanted, case
    assert by_window == by_command, case


def after_undo(
    answers: list[tuple[object, ...]], wanted: list[tuple[object, ...]]
) -> list[tuple[object, ...]]:
    """Either badge answer to a re-admission after an undo counts as the one expected."""
    either = (("has_badge",), ("queued",))
    return [
        (*got[:3], AFTER_UNDO) if want[3:] == (AFTER_UNDO,) and got[3:] in either else got
        for got, want in zip(answers, wanted, strict=False)
    ]
