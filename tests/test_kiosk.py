"""The self-service kiosk walked as an attendee would: a ticket scanned, a surname typed and picked,
an e-mail typed; every case needing judgement sent to the desk; the idle reset; leaving with the
organizer PIN; and no widget ever showing another attendee's e-mail or ticket code."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from checkin.core.entities import Attendee, CapacityPolicy, TicketStatus
from checkin.db.conflicts import admissions_by_desk
from checkin.db.repository import Repository
from checkin.operations import Changes, Desk
from checkin.operations.kiosk import FREE_MISSES, Answer, Ask, Kiosk
from checkin.operations.organizer_pin import PinStore
from checkin.paths import database_path
from checkin.ui.desk_flows import open_kiosk
from checkin.ui.kiosk import KioskWindow
from checkin.ui.language import SOURCE, install_language, reset_language
from tests.cli import ROOT, checkin, child_env, run
from tests.fakes import DAY1, RecordingBadges, ReplayCamera, audit_log, meetup, person
from tests.hub_support import Server, hub_count, joined_desk
from tests.test_front_end_parity import Case, over_cases, seed
from tests.test_hub_desks import codes
from tests.window_desk import open_window

ADA = person("KIOSK-0001", "Ada", "Lovelace", company="Analytical Engines",
             email="ada@example.org")  # fmt: skip
ALAN = person("KIOSK-0002", "Alan", "Turing", company="Bletchley", email="alan@example.org")
NOTED = person("KIOSK-0003", "Grace", "Hopper", email="grace@example.org",
               notes="Speaker: take her to the green room")  # fmt: skip
GONE = person("KIOSK-0004", "Cian", "Walsh", status=TicketStatus.CANCELLED)
LATER = person("KIOSK-0005", "Dora", "Dvorak", days=(DAY1.replace(day=16),))
TWINS = [person(f"KIOSK-1{n:03d}", f"Twin{n}", "Lovegood", email=f"t{n}@example.org")
         for n in range(7)]  # fmt: skip
EVERYONE = [ADA, ALAN, NOTED, GONE, LATER, *TWINS]


@pytest.fixture
def kiosk(qtbot: QtBot, repo: Repository) -> Iterator[KioskWindow]:
    repo.add_attendees(EVERYONE)
    badges = RecordingBadges(repo)
    install_language(SOURCE)  # as `checkin kiosk` does for an English home: its plurals
    window = KioskWindow(repo, badges, idle_ms=60_000, result_ms=60_000, language=SOURCE)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.may_close = True
    window.close()
    reset_language()


def enter(qtbot: QtBot, kiosk: KioskWindow, text: str) -> None:
    """Typed (or scanned) into the kiosk's field, then Enter."""
    kiosk.field.setText(text)
    qtbot.keyClick(kiosk.field, Qt.Key.Key_Return)


def shown_texts(window: QWidget) -> str:
    """Everything any widget of the kiosk shows, visible or not."""
    parts = []
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            parts.append(widget.text())
        parts.append(widget.toolTip())
    return "\n".join(parts)


def no_one_elses_details(kiosk: KioskWindow, me: Attendee | None = None) -> None:
    texts = shown_texts(kiosk)
    for other in EVERYONE:
        if other is me:
            continue
        assert other.code not in texts and (not other.email or other.email not in texts)
        assert not other.notes or other.notes not in texts


def test_a_scanned_ticket_checks_in_and_prints_its_badge(
    qtbot: QtBot, kiosk: KioskWindow, repo: Repository
) -> None:
    with qtbot.waitSignal(kiosk.answered, timeout=10_000) as signal:
        enter(qtbot, kiosk, ADA.code)
    assert signal.args[0].answer is Answer.ADMITTED
    assert kiosk.answer_label.text() == "Welcome, Ada!"
    assert "pick it up at the badge table" in kiosk.answer_detail.text()
    assert kiosk.desk.badges.jobs == [("Ada Lovelace", False)]  # type: ignore[union-attr]
    assert repo.on_site(DAY1) == 1


def test_a_surname_then_a_pick_then_this_is_me(
    qtbot: QtBot, kiosk: KioskWindow, repo: Repository
) -> None:
    enter(qtbot, kiosk, "tur")
    assert kiosk.stack.currentWidget() is kiosk.picks
    visible = [b for b in kiosk.pick_buttons if not b.isHidden()]
    assert [b.text() for b in visible] == ["Alan T. · Bletchley"]
    no_one_elses_details(kiosk)
    qtbot.mouseClick(visible[0], Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.confirm
    with qtbot.waitSignal(kiosk.answered, timeout=10_000) as signal:
        qtbot.mouseClick(kiosk.yes, Qt.MouseButton.LeftButton)
    assert signal.args[0].answer is Answer.ADMITTED
    assert repo.on_site(DAY1) == 1


def test_an_email_typed_exactly_finds_its_owner_only(
    qtbot: QtBot, kiosk: KioskWindow, repo: Repository
) -> None:
    enter(qtbot, kiosk, "ADA@example.org")
    visible = [b for b in kiosk.pick_buttons if not b.isHidden()]
    assert [b.text() for b in visible] == ["Ada L. · Analytical Engines"]
    qtbot.mouseClick(visible[0], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(kiosk.answered, timeout=10_000):
        qtbot.mouseClick(kiosk.yes, Qt.MouseButton.LeftButton)
    assert repo.on_site(DAY1) == 1
    kiosk.reset()
    enter(qtbot, kiosk, TWINS[3].email)  # digits in it: still an e-mail, not a ticket code
    assert [b.text() for b in kiosk.pick_buttons if not b.isHidden()] == ["Twin3 L."]
    kiosk.reset()
    enter(qtbot, kiosk, "alan@example")  # not exactly: nobody, and no list of near misses
    assert "could not find" in kiosk.note.text()
    assert kiosk.stack.currentWidget() is kiosk.welcome


def test_too_few_letters_or_too_many_people_ask_for_more(qtbot: QtBot, kiosk: KioskWindow) -> None:
    enter(qtbot, kiosk, "lo")
    assert "at least 3 letters" in kiosk.note.text()
    enter(qtbot, kiosk, "love")  # Lovelace and seven Lovegoods
    assert "type more letters" in kiosk.note.text()
    assert kiosk.stack.currentWidget() is kiosk.welcome
    no_one_elses_details(kiosk)


@pytest.mark.parametrize(
    ("who", "reason"),
    [(NOTED, "attention"), (GONE, "cancelled"), (LATER, "not_today"), (None, "unknown")],
    ids=["a note for the desk", "cancelled", "not today", "unknown ticket"],
)
def test_what_needs_judgement_goes_to_the_desk(
    qtbot: QtBot, kiosk: KioskWindow, repo: Repository, who: Attendee | None, reason: str
) -> None:
    code = who.code if who else "KIOSK-9999"
    with qtbot.waitSignal(kiosk.answered, timeout=10_000) as signal:
        enter(qtbot, kiosk, code)
    result = signal.args[0]
    assert (result.answer, result.reason) == (Answer.SEE_DESK, reason)
    assert kiosk.answer_label.text() == "Please see the desk — we need to check your ticket."
    assert repo.on_site(DAY1) == 0
    assert audit_log(repo)[-1]["desk"] == repo.desk  # kept for the organizer, under its name
    no_one_elses_details(kiosk)


def test_already_in_and_a_full_venue_go_to_the_desk(
    qtbot: QtBot, kiosk: KioskWindow, repo: Repository
) -> None:
    with qtbot.waitSignal(kiosk.answered, timeout=10_000):
        enter(qtbot, kiosk, ADA.code)
    kiosk.reset()
    with qtbot.waitSignal(kiosk.answered, timeout=10_000) as again:
        enter(qtbot, kiosk, ADA.code)
    assert (again.args[0].answer, again.args[0].reason) == (Answer.SEE_DESK, "already_in")
    repo.save_event(meetup(capacity=1, policy=CapacityPolicy.WARN))
    kiosk.reset()
    with qtbot.waitSignal(kiosk.answered, timeout=10_000) as full:
        enter(qtbot, kiosk, ALAN.code)
    assert (full.args[0].answer, full.args[0].reason) == (Answer.SEE_DESK, "venue_full")
    assert repo.on_site(DAY1) == 1  # the kiosk admitted nobody past capacity


def test_the_kiosk_goes_back_to_welcome_when_left_alone(qtbot: QtBot, repo: Repository) -> None:
    repo.add_attendees(EVERYONE)
    kiosk = KioskWindow(repo, None, idle_ms=200, result_ms=200)
    qtbot.addWidget(kiosk)
    kiosk.show()
    enter(qtbot, kiosk, "tur")
    assert kiosk.stack.currentWidget() is kiosk.picks
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.welcome)
    assert kiosk.field.text() == ""
    with qtbot.waitSignal(kiosk.answered, timeout=10_000):
        enter(qtbot, kiosk, ALAN.code)
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.welcome)  # the next attendee
    kiosk.may_close = True
    kiosk.close()


def test_only_the_organizer_pin_leaves_the_kiosk(
    qtbot: QtBot, kiosk: KioskWindow, repo: Repository
) -> None:
    PinStore(repo.path.parent).set_pin("2468")
    kiosk.close()  # Alt+F4 and the like do nothing
    assert kiosk.isVisible()
    for _ in range(3):  # pressed again and again: still the one PIN field
        qtbot.keyClick(kiosk, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert [f for f in kiosk.findChildren(QLineEdit) if f.isVisible()] == [
        kiosk.field,
        kiosk.leaving,
    ]
    assert kiosk.leaving.hasFocus()
    assert kiosk.note.text() == "Organizer: type the PIN and Enter to leave the kiosk."
    kiosk.leaving.setText("1111")
    qtbot.keyClick(kiosk.leaving, Qt.Key.Key_Return)
    assert kiosk.isVisible() and kiosk.note.text() == "Wrong PIN."
    kiosk.go_idle()  # left alone: the prompt goes, the next attendee sees the welcome screen
    assert kiosk.leaving.isHidden() and kiosk.note.text() == ""
    qtbot.keyClick(kiosk, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    kiosk.leaving.setText("2468")
    qtbot.keyClick(kiosk.leaving, Qt.Key.Key_Return)
    assert not kiosk.isVisible()


def test_lookups_that_find_nobody_slow_the_next_ones_down(repo: Repository) -> None:
    repo.add_attendees(EVERYONE)
    now = [100.0]
    kiosk = Kiosk(Desk(repo), clock=lambda: now[0])
    for _ in range(FREE_MISSES):
        assert kiosk.find("nobodyhere").picks == () and kiosk.wait() == 0
    kiosk.find("nobodyhere")
    assert kiosk.wait() > 0
    assert kiosk.find("turing").ask is Ask.WAIT  # even a right one waits
    now[0] += kiosk.wait()
    assert [p.label for p in kiosk.find("turing").picks] == ["Alan T. · Bletchley"]


@over_cases(lambda parity: {action for action, _ in parity[3]} == {"scan"})
def test_the_kiosk_decides_as_the_desk_and_sends_judgement_to_it(
    tmp_path: Path,
    parity: Case,
) -> None:
    """The front-end parity cases, at a kiosk: what the desk admits without a warning of a full
    venue, the kiosk admits; every refusal, and a full venue, sends the attendee to the desk
    with the desk's own refusal code kept as the reason."""
    case, capacity, policy, steps, expected = parity
    home = seed(tmp_path / "kiosk", capacity, policy, None)
    with Repository(database_path(home), desk="Kiosk") as repo:
        kiosk = Kiosk(Desk(repo))
        answers = [kiosk.admit(code) for _action, code in steps]
    for (outcome, code, warnings, _badge), answer in zip(expected, answers, strict=True):
        if outcome == "admitted" and "full" not in warnings:
            assert answer.answer is Answer.ADMITTED, case
            assert answer.scan is not None
            assert answer.scan.verdict.warning_codes == tuple(warnings)
        else:
            assert answer.answer is Answer.SEE_DESK, case
            assert answer.reason == (code or "venue_full"), case


@pytest.mark.slow
def test_checkin_kiosk_shares_its_check_ins_through_the_hub(
    hub_server: Server, tmp_path: Path
) -> None:
    """A kiosk with a home of its own joined to the hub is a desk of the hub: its check-in
    arrives there under its own desk name, as another desk's would."""
    url = hub_server.new_database()
    home = joined_desk(tmp_path, "Kiosk 1", url, demo=True)
    code = codes(home, 1)[0]
    child = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "kiosk_child.py"), str(home), "Kiosk 1", code],
        env=child_env(home) | {"QT_QPA_PLATFORM": "offscreen"}, cwd=ROOT,
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert child.returncode == 0, child.stderr
    assert "answered" in child.stdout
    assert hub_count(url, "desk = 'Kiosk 1' AND kind = 'checkin'") == 1


@pytest.mark.slow
def test_checkin_kiosk_on_a_joined_home_keeps_the_name_the_home_joined_as(
    hub_server: Server, tmp_path: Path
) -> None:
    """The hub takes from a home only what it writes under its joined name: a kiosk named
    otherwise would keep its check-ins to itself, so it is refused with the way out."""
    home = joined_desk(tmp_path, "Desk", hub_server.new_database(), demo=True)
    PinStore(home).set_pin("2468")
    (tmp_path / "pin").write_text("2468\n", encoding="utf-8")
    refused = run("kiosk", "--desk", "Kiosk 1", "--pin-file", str(tmp_path / "pin"),
                  env=child_env(home) | {"QT_QPA_PLATFORM": "xcb"})  # fmt: skip
    assert refused.returncode == 2
    assert "works at its hub as 'Desk'" in refused.stderr
    assert "give the kiosk its own home" in refused.stderr


def test_kiosk_mode_turns_the_desk_into_a_kiosk_of_its_own_name_and_back(
    qtbot: QtBot, repo: Repository, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    window = open_window(qtbot, repo, settings, RecordingBadges(repo), attendees=EVERYONE)
    PinStore(repo.path.parent).set_pin("2468")
    assert window.actions_by_name["Kiosk mode"].shortcut().toString() == "Ctrl+Shift+K"
    open_kiosk(window)  # what the action does once the organizer PIN was given
    kiosk = window.kiosk
    assert kiosk is not None and kiosk.isVisible() and not window.isVisible()
    qtbot.addWidget(kiosk)
    changed: list[Changes] = []
    window.desk_changed.connect(changed.append)  # the hub and the platform hear of it
    with qtbot.waitSignal(kiosk.answered, timeout=10_000):
        enter(qtbot, kiosk, ALAN.code)
    assert admissions_by_desk(repo) == {f"{repo.desk} kiosk": 1}
    assert [(c.local, c.movements, c.on_site) for c in changed] == [(True, True, 1)]
    kiosk.try_leave("2468")
    assert window.isVisible() and window.kiosk is None
    window.close()


def test_the_camera_admits_and_its_preview_is_a_mirror(qtbot: QtBot, repo: Repository) -> None:
    repo.add_attendees(EVERYONE)
    camera = ReplayCamera()
    kiosk = KioskWindow(repo, None, camera, idle_ms=60_000, result_ms=60_000)
    qtbot.addWidget(kiosk)
    kiosk.show()
    assert camera.calls[0] == ("start", 0)
    frame = QImage(40, 20, QImage.Format.Format_RGB32)
    frame.fill(QColor("white"))
    for x in range(10):  # a dark stripe on the left of what the camera sees
        for y in range(20):
            frame.setPixelColor(x, y, QColor("black"))
    kiosk.preview.resize(40, 20)
    camera.frame_ready.emit(frame)
    shown = kiosk.preview.pixmap().toImage()
    assert shown.pixelColor(shown.width() - 2, 10).lightness() < 50  # on the right, mirrored
    assert shown.pixelColor(1, 10).lightness() > 200
    with qtbot.waitSignal(kiosk.answered, timeout=10_000) as signal:
        camera.codes_found.emit([ALAN.code])
    assert signal.args[0].answer is Answer.ADMITTED
    kiosk.may_close = True
    kiosk.close()
    assert camera.calls[-1] == ("stop",)


def test_checkin_kiosk_needs_a_screen_and_the_organizer_pin(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert checkin("demo", "--no-gui", home=home).code == 0
    headless = run("kiosk", env=child_env(home) | {"QT_QPA_PLATFORM": "offscreen"})
    assert headless.returncode == 2
    assert headless.stderr == "checkin: A kiosk needs a screen: no display is available here.\n"
    PinStore(home).set_pin("2468")
    (tmp_path / "pin").write_text("1111\n", encoding="utf-8")
    wrong = run("kiosk", "--pin-file", str(tmp_path / "pin"),
                env=child_env(home) | {"QT_QPA_PLATFORM": "xcb"})  # fmt: skip
    assert wrong.returncode == 2
    assert wrong.stderr == "checkin: Wrong organizer PIN: starting a kiosk was not done.\n"
