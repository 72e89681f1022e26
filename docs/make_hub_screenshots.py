"""Screenshots of a desk joined to a venue hub, of the dashboard with per-desk counts and a
double admission, and of Organizer ▸ Join a hub… having read the hub's QR code with the camera,
for the README's "Several desks".

Run from the repository root: `python docs/make_hub_screenshots.py`. Needs PostgreSQL's server
binaries (it starts a cluster of its own in a temporary folder) and Xvfb when $DISPLAY is unset.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "docs"))
from make_screenshots import OUT, SIZE, start_xvfb  # noqa: E402


def cli(home: Path, *args: str) -> None:
    env = {**os.environ, "CHECKIN_HOME": str(home), "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-m", "checkin", *args], env=env, check=True,
                   capture_output=True, cwd=ROOT)  # fmt: skip


def shoot(work: Path) -> None:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from checkin.app import application, desk_parts
    from checkin.db.repository import Repository
    from checkin.hub import config
    from checkin.hub.cluster import Cluster
    from checkin.paths import database_path
    from checkin.ui.dashboard import DashboardWindow
    from checkin.ui.hub_link import link_hub, stop_hub
    from checkin.ui.window import DeskWindow
    from tests.hub_support import free_port

    cluster = Cluster(work / "pg", "127.0.0.1", free_port())
    password = secrets.token_urlsafe(16)
    cluster.init(password)
    cluster.configure([], ["host all all 127.0.0.1/32 scram-sha-256"])
    cluster.start(password)
    try:
        url = cluster.superuser_url(password, "postgres")
        front, side, door = work / "front", work / "side", work / "door"
        cli(front, "demo", "--no-gui")
        cli(front, "hub", "init", url)
        for home, name in ((front, "Front desk"), (side, "Side door"), (door, "Terrace")):
            cli(home, "hub", "join", url, "--desk", name)
        with Repository(database_path(front)) as repo:
            today = repo.require_event().day_of(repo.clock())
            codes = [a.code for a in repo.attendees() if not a.cancelled and a.valid_on(today)]
        for code in codes[:14]:
            cli(front, "scan", code, "--no-badge")
        for code in codes[14:23]:
            cli(side, "scan", code, "--no-badge")
        # The terrace desk lost the network for a while and admitted someone the front desk had.
        joined = config.load(door)
        assert joined is not None
        config.save(door, config.HubConfig(url.replace(f":{cluster.port}/", f":{free_port()}/"),
                                           joined.desk))  # fmt: skip
        for code in [codes[3], *codes[23:28]]:
            cli(door, "scan", code, "--no-badge")
        config.save(door, joined)
        cli(door, "hub", "sync")

        app = application()
        OUT.mkdir(parents=True, exist_ok=True)
        settings = QSettings(str(work / "desk.ini"), QSettings.Format.IniFormat)
        settings.setValue("desk/muted", True)
        repo = Repository(database_path(front), desk="Front desk")
        parts = desk_parts(repo, settings)
        parts.camera = None
        window = DeskWindow(repo, settings, parts, clear_after_ms=600_000)
        window.setGeometry(0, 0, *SIZE)
        window.show()
        link_hub(window, front)
        label = window.hub_bridge.label
        for _ in range(400):
            if label.text().endswith(" desks"):  # the first round is in
                break
            QTest.qWait(25)
        # admitted at the side door a moment ago
        QTest.keyClicks(window.scan_screen.field, codes[20])
        QTest.keyClick(window.scan_screen.field, Qt.Key.Key_Return)
        for _ in range(40):
            app.processEvents()
            QTest.qWait(30)
        QApplication.primaryScreen().grabWindow(0, 0, 0, *SIZE).save(str(OUT / "hub-desk.png"))
        stop_hub(window)
        window.close()
        dashboard = DashboardWindow(repo)
        dashboard.setGeometry(0, 0, *SIZE)
        dashboard.show()
        dashboard.model.start()
        for _ in range(40):
            app.processEvents()
            QTest.qWait(30)
        QApplication.primaryScreen().grabWindow(0, 0, 0, *SIZE).save(str(OUT / "hub-dashboard.png"))
        dashboard.close()
        repo.close()
        join_by_camera(work, url, settings)
    finally:
        cluster.stop()


def join_by_camera(work: Path, url: str, settings: object) -> None:
    """A new desk's organizer holds the camera to the hub's QR code (a video of it here)."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from checkin.app import build_window
    from checkin.db.repository import Repository
    from checkin.paths import database_path
    from checkin.ui.hub_link import link_hub, stop_hub
    from checkin.ui.join_dialog import JoinDialog
    from tests.qr_media import qr_image, scene, write_video

    home = work / "fourth"
    home.mkdir()
    # The hub's screen held up out of focus first (too blurred to read), then sharp.
    code = qr_image(url, box=4)
    blurred, sharp = scene([(code, 160, 40)], blur=4.0), scene([(code, 160, 40)])
    video = write_video(work / "hub-qr.avi", [blurred] * 120 + [sharp] * 60)
    settings.setValue("desk/camera", str(video))  # type: ignore[attr-defined]
    repo = Repository(database_path(home), desk="Registration 4")
    window = build_window(repo, settings)  # type: ignore[arg-type]
    window.setGeometry(0, 0, *SIZE)
    window.show()
    link_hub(window, home)
    window.lock.set_pin("2468")
    window.actions_by_name["Join a hub…"].trigger()
    dialog = window.dialog
    assert isinstance(dialog, JoinDialog)
    dialog.scan_button.click()
    for _ in range(200):  # reading: the live preview in the dialog
        if dialog.preview.frames > 20:
            break
        QTest.qWait(25)
    QApplication.primaryScreen().grabWindow(0, 0, 0, *SIZE).save(str(OUT / "hub-join.png"))
    for _ in range(600):
        if dialog.url.text():
            break
        QTest.qWait(25)
    assert dialog.url.text() == url, "the hub's QR code was not read"
    dialog.reject()
    stop_hub(window)
    window.close()
    repo.close()


def main() -> int:
    server = None if os.environ.get("DISPLAY") else start_xvfb()
    os.environ.pop("QT_QPA_PLATFORM", None)
    sys.path.insert(0, str(ROOT))
    work = Path(tempfile.mkdtemp(prefix="checkin-hub-shots-"))
    work.chmod(0o755)  # the cluster's own user (when run as root) walks through
    try:
        shoot(work)
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if server is not None:
            server.terminate()
            server.wait()


if __name__ == "__main__":
    sys.exit(main())
