"""One set of rules behind every front end: the same cases through the desk window, the command
line and the terminal desk give the same verdict codes, warnings, badge decisions and undo
results; the same text is read the same way; a walk-in is refused for the same reasons.

Each case runs on two fresh homes holding the same event and list: one driven by a volunteer at
the real window (scanner keys, F8, the walk-in dialog, Ctrl+Z), one by the real `checkin`
command in a child process. With a cups-pdf queue (where CUPS runs) both desks print to it;
without one, both say printing is not set up.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from checkin.core.entities import CapacityPolicy, Event, TicketStatus
from checkin.core.verdicts import NOT_A_TICKET_HEADLINE
from checkin.db.desk_setup import set_badge_printer
from checkin.db.repository import Repository
from checkin.operations import ScanResult
from checkin.paths import database_path
from checkin.printing.printers import CupsPrinter
from checkin.ui.badge_sink import QueueBadges
from checkin.ui.fixups import WalkInDialog
from checkin.ui.ports import Collaborators
from checkin.ui.window import DeskWindow
from tests.cli import checkin
from tests.fakes import person
from tests.test_cups_printing import cups_pdf  # noqa: F401  (the cups-pdf queue fixture)
from tests.window_desk import fill_walk_in, index_ready, ok, scanner, settled

ADA, BEN, CIAN, DORA = "PARITY-0001", "PARITY-0002", "PARITY-0003", "PARITY-0004"
HAS_BADGE = {"already_printed", "already_queued"}  # which one depends on the printer's speed

DUE = "due"  # a first badge is due: queued where the desk prints, "not set up" where it does not
IN, FULL_BLOCK = ("admitted", None, (), DUE), ("refused", "venue_full", (), None)
NEARLY = ("admitted", None, ("nearly_full",), DUE)

# (case, capacity, policy, steps, expected): a step is (action, code).
# (case, capacity, policy, steps, expected verdicts)
Case = tuple[str, int | None, CapacityPolicy, list[tuple[str, str]], list[tuple[object, ...]]]
CASES: list[Case] = [
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
     [IN, ("undo", True, None), ("admitted", None, (), "has_badge")]),
]  # fmt: skip


def over_cases(keep: Callable[[Case], bool] = lambda parity: True) -> pytest.MarkDecorator:
    """Runs a test once per case `keep` accepts, the case as one `parity` tuple, named by it."""
    kept = [parity for parity in CASES if keep(parity)]
    return pytest.mark.parametrize("parity", kept, ids=[parity[0] for parity in kept])


def expected_with(
    printer: str | None, expected: list[tuple[object, ...]]
) -> list[tuple[object, ...]]:
    due = "queued" if printer else "not_set_up"
    # Without a printer no badge is ever printed, so a re-admission finds none either.
    again = "has_badge" if printer else "not_set_up"
    swap = {DUE: due, "has_badge": again}
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
    qtbot: QtBot,
    window: DeskWindow,
    steps: list[tuple[str, str]],
    badges: QueueBadges | None = None,
) -> list[tuple[object, ...]]:
    ops = window.controller.desk
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
        if badges is not None:
            # As `checkin scan` follows its badge to the printer before the next command, the
            # desk's badge is out before the next step (an undo withdraws only a waiting one).
            qtbot.waitUntil(lambda: not badges.pending, timeout=30_000)
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
@over_cases()
def test_the_window_and_the_command_line_decide_alike(
    qtbot: QtBot,
    tmp_path: Path,
    printer: str | None,
    parity: Case,
) -> None:
    case, capacity, policy, steps, expected = parity
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
        by_window = through_the_window(qtbot, window, steps, badges)
    finally:
        window.close()
        if badges is not None:
            badges.stop()
        repo.close()
    assert by_command == expected_with(printer, expected), case
    assert by_window == by_command, case


# -- the terminal desk -----------------------------------------------------------------------------

TERMINAL_LINE = {"scan": "{code}", "exit": "/out {code}", "undo": "/undo {code}"}


def terminal_answers(out: str) -> list[tuple[object, ...]]:
    """(outcome, code, number of warnings) per verdict the terminal desk printed; ("undo", done)
    per undo."""
    answers: list[tuple[object, ...]] = []
    for line in out.replace("> ", "\n").splitlines():
        # "CHECK: ALREADY IN (already_in) — …", "ADMITTED — ATTENTION: …" (`describe`)
        refused = re.match(r"[A-Z][A-Z :—-]* \((\w+)\) — ", line)
        plain = re.match(r"(ADMITTED|EXITED)(?: — [A-Z]+)?: ", line)
        if refused or plain:
            answers.append(
                ("refused", refused[1], 0) if refused else (plain[1].lower(), None, 0)  # type: ignore[index]
            )
        elif line.startswith("  ! ") and answers:
            outcome, code, warnings = answers[-1]
            answers[-1] = (outcome, code, int(str(warnings)) + 1)
        elif line.startswith("Undid "):
            answers.append(("undo", True))
    return answers


def verdicts_only(expected: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    return [row[:2] if row[0] == "undo" else (row[0], row[1], len(row[2]))  # type: ignore[arg-type]
            for row in expected]  # fmt: skip


@over_cases(lambda parity: parity[0] != "walk-in")
def test_the_terminal_desk_decides_as_the_other_front_ends(
    tmp_path: Path,
    parity: Case,
) -> None:
    case, capacity, policy, steps, expected = parity
    home = seed(tmp_path / "terminal", capacity, policy, None)
    lines = "".join(TERMINAL_LINE[action].format(code=code) + "\n" for action, code in steps)
    done = checkin("gui", "--terminal", "--desk", "Parity", home=home, stdin=lines + "/quit\n")
    assert done.code == 0, done.err
    assert terminal_answers(done.out) == verdicts_only(expected), case


@pytest.mark.parametrize("text", ["PARITY-9999", "https://tickets.example.org/t/ZZ-404-NOPE"])
def test_a_code_no_ticket_has_is_refused_as_unknown_everywhere(
    qtbot: QtBot, tmp_path: Path, text: str
) -> None:
    """The terminal desk used to search for it; the window and `checkin scan` refuse it."""
    home = seed(tmp_path / "terminal", None, CapacityPolicy.WARN, None)
    done = checkin("gui", "--terminal", home=home, stdin=f"{text}\n/quit\n")
    assert terminal_answers(done.out) == [("refused", "unknown", 0)]
    scanned = checkin("scan", text, "--json", home=home)
    assert scanned.code == 1 and scanned.json()["code"] == "unknown"
    window_home = seed(tmp_path / "window", None, CapacityPolicy.WARN, None)
    repo = Repository(database_path(window_home), desk="Parity")
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    settings.setValue("desk/muted", True)
    window = DeskWindow(repo, settings, clear_after_ms=60_000)
    qtbot.addWidget(window)
    try:
        index_ready(qtbot, window)
        window.scan_screen.field.setText(text)
        window.scan_screen.field.submitted.emit(text)
        settled(qtbot, window)
        # A link is refused in red on the panel too, worded for what it is: no ticket at all.
        word = NOT_A_TICKET_HEADLINE if "://" in text else "STOP: UNKNOWN"
        assert window.scan_screen.verdict.word.text() == word
    finally:
        window.close()
        repo.close()


# -- walk-in validation --------------------------------------------------------------------------

BAD_WALK_INS = [
    ({"first": "", "last": "", "email": ""}, "Enter the attendee's name."),
    ({"first": "Ada", "last": "Lovelace", "email": "ada at example"},
     "“ada at example” is not an e-mail address."),
]  # fmt: skip


@pytest.mark.parametrize(("fields", "sentence"), BAD_WALK_INS, ids=["no name", "bad e-mail"])
def test_checkin_walk_in_refuses_what_the_walk_in_dialog_refuses(
    qtbot: QtBot, tmp_path: Path, fields: dict[str, str], sentence: str
) -> None:
    home = seed(tmp_path / "cli", 10, CapacityPolicy.WARN, None)
    done = checkin("walk-in", "--first", fields["first"], "--last", fields["last"],
                   "--email", fields["email"], home=home)  # fmt: skip
    assert done.code == 2
    assert done.err.startswith(f"checkin: {sentence}")
    with Repository(database_path(home)) as repo:
        assert len(repo.attendees()) == 4  # nobody was registered

    dialog = WalkInDialog(["Operator"])
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.first, fields["first"])
    qtbot.keyClicks(dialog.last, fields["last"])
    dialog.email.setText(fields["email"])
    ok(dialog)
    assert dialog.error.text() == sentence
    assert dialog.isVisible() or not dialog.result()
