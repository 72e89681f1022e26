"""Scan-to-verdict in the desk window of a joined home, for the hub benchmark.

A real DeskWindow (offscreen) with its live hub link, as `checkin gui` runs it: each ticket is
typed into the scan field as a USB scanner types it, then Enter; the time runs from Enter to the
verdict on the panel (the panel's `show_verdict`, wrapped to note the moment). Between scans the
event loop runs for a short pause, so the link pushes each admission as a busy desk's would.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from checkin.db.repository import Repository
from checkin.hub import config
from checkin.paths import database_path

PAUSE_S = 0.05  # between one verdict and the next ticket
TIMEOUT_S = 10.0


def window_verdicts(home: Path, label: str, codes: list[str]) -> list[float]:
    """Enter → verdict shown, one figure per code (each admitted once)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest

    from checkin.app import application
    from checkin.core.verdicts import Verdict
    from checkin.ui.hub_link import link_hub, stop_hub
    from checkin.ui.ports import Collaborators
    from checkin.ui.window import DeskWindow

    app = application()
    repo = Repository(database_path(home), desk=label)
    settings = QSettings(str(home / "bench-desk.ini"), QSettings.Format.IniFormat)
    settings.setValue("desk/muted", True)
    window = DeskWindow(repo, settings, Collaborators())
    window.show()
    if config.load(home) is not None:
        link_hub(window, home)
        bridge = window.hub_bridge
        deadline = time.monotonic() + TIMEOUT_S
        while bridge is not None and bridge.last is None and time.monotonic() < deadline:
            app.processEvents()  # the link's first report: connected, or unreachable
            time.sleep(0.005)
    panel = window.scan_screen.verdict
    shown: list[float] = []
    original = panel.show_verdict

    def noted(verdict: Verdict) -> None:
        original(verdict)
        shown.append(time.perf_counter())

    panel.show_verdict = noted  # type: ignore[method-assign]
    field = window.scan_screen.field
    gaps = []
    try:
        for code in codes:
            QTest.keyClicks(field, code)
            start = time.perf_counter()
            QTest.keyClick(field, Qt.Key.Key_Return)
            deadline = time.monotonic() + TIMEOUT_S
            while len(shown) <= len(gaps):
                if time.monotonic() > deadline:
                    raise RuntimeError(f"no verdict for {code!r} at desk {label}")
                app.processEvents()
                time.sleep(0.0002)
            gaps.append(shown[-1] - start)
            pause_until = time.monotonic() + PAUSE_S
            while time.monotonic() < pause_until:
                app.processEvents()
                time.sleep(0.002)
    finally:
        stop_hub(window)
        window.close()
        app.processEvents()
        repo.close()
    return gaps
