"""Who runs a hub's PostgreSQL binaries: this user, or an unprivileged system user for root.

PostgreSQL refuses to run as root, so when this process is root the cluster belongs to a system
user (`postgres` where the distribution made one, else `checkin-hub`, created with `useradd`)
and every binary, from `--version` to the server, runs as that user. Everything that user must
read (the hub's folder, the binaries) has to be reachable through its parents: `reachable_by`
says whether it is.
"""

from __future__ import annotations

import os
import pwd
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SERVICE_USERS = ("postgres", "checkin-hub")


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


def as_user(user: RunAs | None) -> dict[str, Any]:
    """The subprocess arguments that run a child as `user` (nothing for this process's own)."""
    if user is None:
        return {}
    # No supplementary groups: root's would otherwise follow the child.
    return {"user": user.uid, "group": user.gid, "extra_groups": []}


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
