"""`checkin --selftest`: proves a build of the app works on this machine, without a display.

Run first thing on a borrowed laptop, or by CI on a fresh bundle. Every check uses the real
parts — the shipped resources, a new SQLite file migrated from scratch, the desk window under Qt's
offscreen platform, the QR decoder on a bundled ticket image, the badge renderer writing a PDF —
in a temporary home that is removed afterwards, so the organizer's own data is never touched.

A failed check does not stop the others: the report names every broken part at once. Checks that
need an earlier one (the window needs the database) say so instead of failing on their own.
"""

from __future__ import annotations

import logging
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checkin.core.entities import Attendee
from checkin.demo import load_demo
from checkin.operations.records import SCHEMA_VERSION as LATEST
from checkin.operations.records import Store
from checkin.paths import database_path
from checkin.resources import resource_path, resources_root

log = logging.getLogger("checkin.ui")

TICKET_IMAGE = ("selftest", "ticket-qr.png")
TICKET_PAYLOAD = ("selftest", "ticket-qr.txt")
REQUIRED = (
    ("fonts", "DejaVuSans.ttf"),
    ("fonts", "DejaVuSans-Bold.ttf"),
    ("badges", "a6.json"),
    ("sounds", "ok.wav"),
    ("sounds", "caution.wav"),
    ("sounds", "stop.wav"),
    ("icons", "checkin.png"),
    TICKET_IMAGE,
    TICKET_PAYLOAD,
)


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str = ""  # one sentence: what failed, or a short note of what was seen


class CheckFailed(Exception):
    """A check found something wrong; the message is the sentence shown to the organizer."""


# The composition root's way to start the application and build the desk window
# (`checkin.app.selftest_window`), handed in so that this module needs nothing above the window
# layer.
WindowBuilder = Callable[[Store, Any, Any], Any]


@dataclass
class _State:
    """What one check hands to the next: the temporary home, the open repository, the ticket."""

    folder: Path
    build_window: WindowBuilder
    repo: Store | None = None
    code: str = ""
    notes: dict[str, str] = field(default_factory=dict)


def _need_repo(state: _State) -> Store:
    if state.repo is None:
        raise CheckFailed("skipped because the database check failed.")
    return state.repo


def check_resources(state: _State) -> str:
    missing = ["/".join(parts) for parts in REQUIRED if not resource_path(*parts).is_file()]
    if missing:
        raise CheckFailed(f"{', '.join(missing)} missing from {resources_root()}.")
    return f"{len(REQUIRED)} files in {resources_root()}"


def check_database(state: _State) -> str:
    path = database_path(state.folder / "home")
    state.repo = Store(path, desk="selftest")
    event, _ = load_demo(state.repo)
    registered = len(state.repo.attendees())
    # A second, plain connection: sees the file as another desk or a backup tool would.
    with sqlite3.connect(path) as plain:
        integrity = plain.execute("PRAGMA integrity_check").fetchone()[0]
        version = plain.execute("PRAGMA user_version").fetchone()[0]
    plain.close()
    if integrity != "ok":
        raise CheckFailed(f"the new database is damaged ({integrity}).")
    if version != LATEST:
        raise CheckFailed(f"the schema is at step {version}, expected {LATEST}.")
    if registered == 0:
        raise CheckFailed(f"the demo event {event.name!r} has no attendees.")
    return f"schema {version}, demo event with {registered} attendees"


def check_window(state: _State) -> str:
    repo = _need_repo(state)
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtGui import QGuiApplication

    from checkin.ui.ports import Collaborators

    # Settings in the temporary folder: the organizer's real desk preferences stay untouched.
    settings = QSettings(str(state.folder / "desk.ini"), QSettings.Format.IniFormat)
    # No camera: a selftest must not switch on the webcam (the scan check covers decoding).
    window = state.build_window(repo, settings, Collaborators())  # starts the application too
    app = QCoreApplication.instance()
    assert app is not None
    try:
        window.show()
        app.processEvents()
        if not window.isVisible():
            raise CheckFailed("the desk window did not show.")
        screen = type(window.stack.currentWidget()).__name__
        if window.stack.currentWidget() is not window.scan_screen:
            raise CheckFailed(f"the window shows {screen} instead of the desk for the demo event.")
        title = window.windowTitle()
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
    if window.isVisible():
        raise CheckFailed("the desk window did not close.")
    return f"{title!r} opened and closed on the {QGuiApplication.platformName()} platform"


def check_sound(state: _State) -> str:
    # Loaded the way the desk loads it on its first verdict; a bundle without Qt Multimedia
    # would be a silent desk, which volunteers notice only in a noisy foyer.
    from PySide6.QtCore import QUrl

    try:
        from PySide6.QtMultimedia import QSoundEffect
    except ModuleNotFoundError:
        raise  # Qt Multimedia itself is missing from this build: a packaging fault
    except ImportError as error:
        # The module is there but the OS lacks its audio library (PulseAudio on Linux): the
        # desk runs silently, as it says in its status bar. Not a fault of the app.
        return f"silent on this machine: {_sentence(error)}"

    effect = QSoundEffect()
    effect.setSource(QUrl.fromLocalFile(str(resource_path("sounds", "ok.wav"))))
    if effect.status() == QSoundEffect.Status.Error:
        raise CheckFailed("Qt Multimedia cannot read the desk's sounds.")
    return "Qt Multimedia loads the desk's sounds"


def check_scan(state: _State) -> str:
    repo = _need_repo(state)
    from checkin.scanning import decode_file

    image = resource_path(*TICKET_IMAGE)
    expected = resource_path(*TICKET_PAYLOAD).read_text(encoding="ascii").strip()
    payloads = [found.text for found in decode_file(image).decoded]
    if payloads != [expected]:
        raise CheckFailed(f"{image.name} decoded as {payloads!r}, expected [{expected!r}].")
    if repo.attendee_by_code(expected) is None:
        raise CheckFailed(f"the decoded ticket {expected} is not in the demo event.")
    state.code = expected
    return f"read ticket {expected}"


def check_badge(state: _State) -> str:
    repo = _need_repo(state)
    from checkin.printing.render import BadgeRenderer
    from checkin.printing.templates import get_template

    attendee: Attendee | None = repo.attendee_by_code(state.code) if state.code else None
    attendee = attendee or repo.attendees()[0]
    template = get_template()
    pdf = BadgeRenderer(template, repo.require_event().name).pdf([attendee])
    out = state.folder / "badge.pdf"
    out.write_bytes(pdf)
    if not (pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")):
        raise CheckFailed(f"the badge for {attendee.display_name} is not a complete PDF.")
    return f"{template.name} badge for {attendee.display_name}, {len(pdf) // 1024} KiB"


def check_labels(state: _State) -> str:
    """The badge as a Brother QL job and a Zebra job, its label read back by the QR decoder."""
    repo = _need_repo(state)
    from checkin.printing.label.printer import LabelPrinter, label_printer
    from checkin.printing.render import BadgeRenderer
    from checkin.printing.templates import get_template
    from checkin.scanning import decode_file

    attendee: Attendee | None = repo.attendee_by_code(state.code) if state.code else None
    attendee = attendee or repo.attendees()[0]
    sizes = []
    for address in ("brother-ql://selftest?model=QL-820NWB&label=62x100", "zpl://selftest"):
        printer = label_printer(address)
        assert isinstance(printer, LabelPrinter)
        renderer = BadgeRenderer(printer.fit_template(get_template()), repo.require_event().name)
        pdf = renderer.pdf([attendee])
        sizes.append(f"{len(printer.encode(pdf)) // 1024} KiB")
        image = state.folder / "label.png"
        printer.images(pdf)[0].save(image)
        found = [f.text for f in decode_file(image).decoded]
        if found != [attendee.code]:
            raise CheckFailed(f"the {printer.name} label's QR code reads {found!r}.")
    return f"Brother QL job {sizes[0]}, ZPL job {sizes[1]}, QR codes read back"


CHECKS: tuple[tuple[str, Callable[[_State], str]], ...] = (
    ("resources", check_resources),
    ("database", check_database),
    ("window", check_window),
    ("sound", check_sound),
    ("scan", check_scan),
    ("badge", check_badge),
    ("labels", check_labels),
)


def _sentence(error: BaseException) -> str:
    if isinstance(error, CheckFailed):
        return str(error)
    text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def run_checks(build_window: WindowBuilder) -> Iterator[CheckResult]:
    """Runs every check in order in a temporary home, yielding each result as it is known."""
    with tempfile.TemporaryDirectory(prefix="checkin-selftest-") as folder:
        state = _State(Path(folder), build_window)
        try:
            for name, check in CHECKS:
                try:
                    detail = check(state)
                except Exception as error:  # a selftest reports every failure, whatever it is
                    log.debug("selftest %s failed", name, exc_info=True)
                    yield CheckResult(name, False, _sentence(error))
                else:
                    yield CheckResult(name, True, detail)
        finally:
            # Closed before the folder goes: Windows cannot delete an open database file.
            if state.repo is not None:
                state.repo.close()
