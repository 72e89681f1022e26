"""The desk window's side of a scan, a pick from the search list, or a fix-up: which session
action to call, on which thread, and how its answer is shown. No rule and no layout here.

The rules, and the session's state, are the `checkin.operations.Desk`'s. Reading a text runs on
the UI thread against the session's in-memory index (no SQL); every write — a scan's check-in,
its badge's print-log entry, undo, reprints, walk-ins, badge names — goes through the
`CommitLine`, so the UI thread never waits for the disk or another thread's write lock; the
verdict shows once the check-in is committed. Every write's `Changes` is announced once, on
`desk_changed`, for whoever shows what changed (benchmarks/bench_window.py measures the stalls).
"""

from __future__ import annotations

import logging
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QObject, Signal

from checkin.core.entities import Attendee, Direction
from checkin.core.verdicts import Severity, UndoCode, UndoResult, Verdict
from checkin.operations import BadgeNote, Changes, Desk, InputKind, ScanResult, WalkInDetails
from checkin.operations.records import Store
from checkin.operations.results import BadgeCode
from checkin.operations.undo import BADGE_WITHDRAWN, UNDO_WINDOW, Movement
from checkin.operations.walk_in import WalkInRefusal
from checkin.ui import desk_notes as notes
from checkin.ui.commit_line import CommitLine
from checkin.ui.desk_search import DeskSearch
from checkin.ui.ports import BadgeSink
from checkin.ui.screens import ScanScreen
from checkin.ui.sounds import SoundBoard

log = logging.getLogger("checkin.ui")


class DeskController(QObject):
    message = Signal(str)  # one sentence for the status bar
    desk_changed = Signal(object)  # Changes: what a write here, or events from elsewhere, changed

    def __init__(
        self,
        repo: Store,
        screen: ScanScreen,
        sounds: SoundBoard,
        undo_window: timedelta = UNDO_WINDOW,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.screen, self.sounds = screen, sounds
        self.desk = Desk(repo, undo_window=undo_window)
        self.badges: BadgeSink | None = None
        self.auto_badge = True
        self.finder = DeskSearch(self.desk, screen, self.message.emit, self)
        self.refresher = self.finder.refresher
        self.commits = CommitLine(repo, self)
        field = screen.field
        field.textChanged.connect(self.finder.typed)
        field.submitted.connect(self.submit)
        field.burst_ended.connect(self.burst)
        field.navigate.connect(self.finder.navigate)
        field.escape.connect(self.clear)
        self.desk_changed.connect(self._apply)

    # The session's state, read by the window's menus and flows.
    @property
    def direction(self) -> Direction:
        return self.desk.direction

    @direction.setter
    def direction(self, direction: Direction) -> None:
        self.desk.direction = direction

    @property
    def current(self) -> Attendee | None:
        return self.desk.current

    def search(self, text: str) -> None:
        self.finder.search(text)

    # -- what arrives: Enter, a scanner's burst, the camera -------------------------------------

    def submit(self, text: str) -> None:
        """Enter: an exact ticket code wins, then the highlighted search row."""
        reading = self.desk.interpret(text)
        if reading.link:
            self.unmatched(text, link=True)
            return
        if reading.kind is InputKind.NAME:
            self.finder.flush()  # a name typed fast and Enter: pick from what was typed
        picked = self.screen.results.picked() if self.screen.results.isVisible() else None
        if reading.kind is InputKind.CODE:
            self.scan(reading.text)
        elif picked is not None:
            self.scan(picked.code)
        elif reading.scannable:
            self.scan(reading.text)  # refused as unknown, unless the list has it by now
        elif reading.kind is InputKind.NAME:
            self.unmatched(text)

    def burst(self, text: str) -> None:
        """A scanner that sends no Enter: act once its burst has gone quiet."""
        self.finder.cancel()
        reading = self.desk.interpret(text)
        if reading.link:
            self.unmatched(text, link=True)
        elif reading.scannable:
            self.scan(reading.text)
        elif reading.kind is InputKind.NAME:
            self.finder.search(text)  # someone typing very fast: held back during the burst

    def unmatched(self, text: str, link: bool = False) -> None:
        """Nothing to admit: the answer goes on the panel, where the volunteer looks. A typed
        name stays in the field to correct; a link or other payload that is no ticket ("not a
        ticket", never a name search that quietly finds nobody) is cleared."""
        self.screen.results.hide_results()
        if link:
            self.finder.cancel()
            self.screen.field.clear()
            notes.show_not_a_ticket(self.screen.verdict, text)
            self.sounds.play(Severity.STOP)
            return
        notes.show_no_match(self.screen.verdict, text)
        self.sounds.play(Severity.CAUTION)

    def camera_codes(self, codes: list[object]) -> None:
        """Codes the camera worker reported, already debounced on its thread."""
        for code in codes:
            reading = self.desk.interpret(str(code))
            if reading.link:
                self.unmatched(str(code), link=True)
            elif reading.kind is not InputKind.EMPTY:
                self.scan(reading.text)  # a name-like payload is no ticket: refused as unknown

    # -- recording -------------------------------------------------------------------------------

    def scan(self, code: str, override: bool = False, direction: Direction | None = None) -> None:
        """Record a scan in the desk's direction (a walk-in or an override always enters).

        The field is free for the next scan at once; the verdict, its sound and the badge follow
        when the check-in is committed (`_recorded`)."""
        self.screen.field.clear()
        self.screen.results.hide_results()
        direction = direction or self.desk.direction
        badges, auto_badge = self.badges, self.auto_badge  # as they are now, not when it runs

        def record() -> tuple[ScanResult, Changes]:  # on the commit line
            return self.desk.record_scan(
                code, direction=direction, override=override, badges=badges, auto_badge=auto_badge
            )

        self.commits.run(record, self._recorded, self.not_recorded)

    def _recorded(self, done: tuple[ScanResult, Changes]) -> None:
        recorded, changes = done
        self.show(recorded.verdict)
        self.desk.shown_scan(recorded)
        if recorded.badge is not None:
            self._tell(recorded.badge, recorded.verdict.attendee)
        self.desk_changed.emit(changes)

    def not_recorded(self, error: Exception) -> None:
        """A write failed (the disk is full, another program holds the database): say so."""
        notes.show_not_recorded(self.screen.verdict, error)
        self.sounds.play(Severity.STOP)

    def show(self, verdict: Verdict) -> None:
        self.screen.verdict.show_verdict(verdict)
        self.sounds.play(verdict.severity)

    def clear(self) -> None:
        self.finder.cancel()
        self.screen.field.clear()
        self.screen.results.hide_results()
        self.screen.verdict.clear()

    def _apply(self, changes: Changes) -> None:
        """The session's index and presence follow every change (listeners run in connection
        order: this one first)."""
        if not self.desk.apply(changes):
            self.refresher.refresh()  # the list moved in a way no patch carries: re-read it
        if changes.movements and not changes.local:
            self.finder.read_presence()

    def override(self) -> bool:
        """An organizer admits the ticket last refused for a full venue; False: there is none."""
        code = self.desk.take_override()
        if code is None:
            return False
        self.scan(code, override=True)
        return True

    # -- badges ----------------------------------------------------------------------------------

    def _tell(self, note: BadgeNote, attendee: Attendee | None = None) -> None:
        panel = self.screen.verdict
        said = notes.badge_note(note, attendee.display_name if attendee else "")
        if note.warning:  # the badge did not go out: warn where the volunteer looks
            panel.add_warning(said)
        elif panel.severity is not None and note.code is not BadgeCode.NOT_SET_UP:
            panel.show_badge(said)  # beside its verdict, whole, not in a narrow bar
        else:
            self.message.emit(said)

    def target(self) -> Attendee | None:
        picked = self.screen.results.picked() if self.screen.results.isVisible() else None
        return picked or self.desk.current

    def reprint(self, attendee: Attendee | None = None) -> None:
        attendee = attendee or self.target()
        if attendee is None:
            self.message.emit(self.tr("Scan or pick someone first, then reprint their badge."))
        elif self.badges is None:
            self.message.emit(self.tr("Printing is not set up on this desk."))
        else:
            badges = self.badges
            self.commits.run(  # the print log is written on the commit line
                lambda: self.desk.reprint(attendee, badges),
                lambda note: self._tell(note, attendee),
                self.not_recorded,
            )

    def rename(self, attendee: Attendee, name: str, reprint: bool) -> None:
        """Correct the badge name on the commit line; the index is patched from its changes."""

        def renamed(done: tuple[Attendee, Changes]) -> None:
            updated, changes = done
            self.desk.shown_attendee(updated)
            saved = QCoreApplication.translate("DeskController", "BADGE NAME SAVED")
            self.screen.verdict.show_note(Severity.OK, saved, updated.display_name)
            self.desk_changed.emit(changes)
            if reprint and self.badges is not None:
                self.reprint(updated)

        self.commits.run(
            lambda: self.desk.record_badge_name(attendee, name), renamed, self.not_recorded
        )

    # -- fix-ups ---------------------------------------------------------------------------------

    def undo(self) -> None:
        taken = self.desk.take_undo()
        if isinstance(taken, UndoResult) and taken.code is UndoCode.TOO_LATE:
            # A sentence with the command an organizer runs: on the panel, where it wraps.
            self.sounds.play(notes.show_undone(self.screen.verdict, taken, None))
            return
        if isinstance(taken, UndoResult):
            self.message.emit(notes.undo_said(taken, None))
            return
        shown = taken

        def not_undone(error: Exception) -> None:
            self.desk.undo_not_done(shown)
            self.not_recorded(error)

        self.commits.run(
            lambda: self.desk.record_undo(shown), lambda done: self._undone(done, shown), not_undone
        )

    def _undone(self, done: tuple[UndoResult, Changes], shown: Movement) -> None:
        result, changes = done
        severity = notes.show_undone(self.screen.verdict, result, shown)
        self.sounds.play(severity)
        self.desk_changed.emit(changes)
        if result.done and result.message.endswith(BADGE_WITHDRAWN) and self.badges is not None:
            self.badges.refresh()  # its badge left the print queue: re-read what waits

    def register_walk_in(self, details: WalkInDetails, organizer: bool) -> None:
        """Register and admit on the commit line; a refusal (a full venue with no organizer)
        is shown like a verdict, and nobody is registered."""
        self.screen.field.clear()
        self.screen.results.hide_results()
        badges, auto_badge = self.badges, self.auto_badge

        def registered(done: tuple[ScanResult | WalkInRefusal, Changes]) -> None:
            result, changes = done
            if isinstance(result, WalkInRefusal):
                self.screen.verdict.show_note(
                    Severity.STOP, *notes.walk_in_refused(result)
                )  # fmt: skip
                self.sounds.play(Severity.STOP)
                return
            self.desk_changed.emit(changes)  # the index has the walk-in before the verdict
            self._recorded((result, Changes(local=True)))

        self.commits.run(
            lambda: self.desk.record_walk_in(
                details, organizer, badges=badges, auto_badge=auto_badge
            ),
            registered,
            self.not_recorded,
        )
