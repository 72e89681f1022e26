"""A PostgreSQL cluster in a folder, run with the system's own binaries.

`checkin hub serve` and the test suite both use this: `initdb` a folder once, then start the
server on a host and port, stop it (fast shutdown), or kill it outright. PostgreSQL refuses to
run as root, so when this process is root the cluster belongs to an unprivileged system user
(`postgres` where the distribution made one, else `checkin-hub`, created with `useradd`), the
folder is handed to that user, and every binary runs as that user. The folder's parents must
let that user through; `reachable_by` says when they do not.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pwd
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import psycopg

from checkin.hub.errors import HubError

log = logging.getLogger("checkin.hub")

SERVICE_USERS = ("postgres", "checkin-hub")
START_WAIT = 60.0  # a cold start on a slow laptop after an unclean stop replays its WAL


class ClusterError(HubError):
    """The local PostgreSQL could not be set up or started; one sentence says why."""


def find_binaries() -> Path:
    """The folder holding initdb and postgres: on PATH, or Debian's /usr/lib/postgresql/N/bin."""
    on_path = shutil.which("initdb")
    candidates = [Path(on_path).resolve().parent] if on_path else []
    debian = [p for p in Path("/usr/lib/postgresql").glob("*/bin") if p.parent.name.isdigit()]
    candidates += sorted(debian, key=lambda p: -int(p.parent.name))  # the newest first
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "postgres").exists():
            return folder
    raise ClusterError(
        "No PostgreSQL server is installed here (initdb not found); install the system's "
        "postgresql package, or point `checkin hub init` at an existing PostgreSQL."
    )


@dataclass(frozen=True)
class RunAs:
    uid: int
    gid: int
    name: str


def service_user() -> RunAs | None:
    """Who runs the cluster: None for an ordinary user (that user), a system user for root."""
    if os.geteuid() != 0:
        return None
    for name in SERVICE_USERS:
        try:
            entry = pwd.getpwnam(name)
        except KeyError:
            continue
        return RunAs(entry.pw_uid, entry.pw_gid, name)
    subprocess.run(
        ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
         SERVICE_USERS[-1]], check=True, capture_output=True,
    )  # fmt: skip
    entry = pwd.getpwnam(SERVICE_USERS[-1])
    return RunAs(entry.pw_uid, entry.pw_gid, entry.pw_name)


def reachable_by(path: Path, user: RunAs | None) -> bool:
    """Whether `user` may walk down to `path` (its parents' search bits)."""
    if user is None:
        return True
    for parent in [*reversed(path.resolve().parents)]:
        st = parent.stat()
        if st.st_uid == user.uid and st.st_mode & 0o100:
            continue
        if st.st_gid == user.gid and st.st_mode & 0o010:
            continue
        if not st.st_mode & 0o001:
            return False
    return True


class Cluster:
    def __init__(self, folder: Path, host: str = "127.0.0.1", port: int = 5432) -> None:
        self.folder = Path(folder).resolve()
        self.data = self.folder / "data"
        self.host, self.port = host, port
        self.bin = find_binaries()
        self.user = service_user()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def initialised(self) -> bool:
        return (self.data / "PG_VERSION").exists()

    def _own(self, path: Path) -> None:
        if self.user is not None:
            os.chown(path, self.user.uid, self.user.gid)

    def _run(self, *command: str) -> None:
        result = subprocess.run(
            command, capture_output=True, text=True, cwd=self.folder,
            user=None if self.user is None else self.user.uid,
            group=None if self.user is None else self.user.gid,
            extra_groups=None if self.user is None else [],
        )  # fmt: skip
        if result.returncode != 0:
            detail = (result.stderr or result.stdout).strip().splitlines()
            raise ClusterError(f"{Path(command[0]).name} failed: {detail[-1] if detail else '?'}")

    def init(self, superuser_password: str) -> None:
        """initdb with scram-sha-256 for every connection (no trust, not even locally)."""
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._own(self.folder)
        if not reachable_by(self.folder, self.user):
            raise ClusterError(
                f"{self.folder} is inside a folder the user {self.user.name if self.user else ''} "
                "cannot enter; pick another with --dir (for example under /var/lib)."
            )
        secret = self.folder / "initdb-password"
        fd = os.open(secret, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as out:
            out.write(superuser_password + "\n")
        self._own(secret)
        try:
            self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", "checkin",
                      f"--pwfile={secret}", "--auth=scram-sha-256", "-E", "UTF8",
                      "--no-locale")  # fmt: skip
        finally:
            secret.unlink(missing_ok=True)

    def configure(self, lines: list[str], hba: list[str]) -> None:
        with (self.data / "postgresql.auto.conf").open("a", encoding="utf-8") as conf:
            conf.write("\n".join(lines) + "\n")
        (self.data / "pg_hba.conf").write_text("\n".join(hba) + "\n", encoding="utf-8")

    def running_elsewhere(self) -> bool:
        """Another server (another `hub serve`) already runs on this folder."""
        try:
            pid = int((self.data / "postmaster.pid").read_text().split()[0])
            os.kill(pid, 0)
        except (OSError, ValueError, IndexError):
            return False
        return True

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def start(self, password: str) -> None:
        """Start the server and wait until it accepts a login."""
        if self.running_elsewhere():
            raise ClusterError(f"A hub is already running in {self.folder}.")
        log_file = (self.folder / "postgresql.log").open("ab")
        command = [str(self.bin / "postgres"), "-D", str(self.data), "-h", self.host,
                   "-p", str(self.port), "-c", "unix_socket_directories="]  # fmt: skip
        self.process = subprocess.Popen(
            command, stdout=log_file, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            cwd=self.folder, start_new_session=True,  # Ctrl-C in serve's terminal: serve stops it
            user=None if self.user is None else self.user.uid,
            group=None if self.user is None else self.user.gid,
            extra_groups=None if self.user is None else [],
        )  # fmt: skip
        log_file.close()
        deadline = time.monotonic() + START_WAIT
        while True:
            if self.process.poll() is not None:
                self.process = None
                raise ClusterError(
                    f"PostgreSQL stopped while starting; see {self.folder / 'postgresql.log'}."
                )
            try:
                psycopg.connect(self.superuser_url(password, "postgres"), connect_timeout=2).close()
                return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    self.stop()
                    raise ClusterError("PostgreSQL did not start in time.") from None
                time.sleep(0.05)

    def superuser_url(self, password: str, database: str) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        connect_to = "127.0.0.1" if host in {"0.0.0.0", "*"} else host
        return f"postgresql://checkin:{password}@{connect_to}:{self.port}/{database}"

    def stop(self, timeout: float = 30.0) -> None:
        """Fast shutdown: open transactions roll back, committed ones are on disk."""
        self._signal(signal.SIGINT, timeout)

    def kill(self) -> None:
        """SIGKILL, as a power cut would: the next start replays the WAL."""
        self._signal(signal.SIGKILL, 30.0)

    def _signal(self, which: signal.Signals, timeout: float) -> None:
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.send_signal(which)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if which is signal.SIGKILL:
            # Its backends notice the postmaster is gone and leave; a new start must wait.
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
