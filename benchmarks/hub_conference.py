"""The hub at conference size, for `python -m benchmarks hub`: a 7,500-attendee list, N desk
processes admitting one person a second each with their live links, and the organizer's desk
re-syncing a list change of 25 rows (+20, −5) every 15 seconds.

Printed beside two baselines measured in the same run, the bare INSERT+NOTIFY→LISTEN round trip
and the bare desk-to-desk path (`benchmarks.hub_bare_path`), each with its ratio: propagation
of a check-in (commit at a desk → applied at another) p50/p95, first between two idle desks (one
admits a person a second, the other only listens; nothing else runs), then under the load, the CPU of one link round per desk
(idle rounds and rounds that carried something), the bytes each desk receives for one list
change, the time until every desk has it, how long a scan waited while its desk applied a list
change, the machine's load, and catch-up of 1,000 queued events (pushed by their desk, then
pulled by another). Each desk writes its own log (`benchmarks.hub_conference_desk`).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

from benchmarks.common import generated_attendees
from checkin.core.entities import Attendee, Direction
from checkin.db import hub_state
from checkin.db.repository import Repository
from checkin.hub import address, config
from checkin.hub.link import HubLink
from checkin.hub.rounds import sync_round
from checkin.operations import DeskOperations
from checkin.paths import database_path

ROOT = Path(__file__).resolve().parent.parent
PEOPLE = 7_500
CHANGE_EVERY = 15.0
CHANGES = 4
IDLE_SECONDS = 30.0
HEADER = "First name,Last name,Email,Ticket code,Ticket type,Company\n"


@dataclass
class Change:
    uuids: set[str]
    bytes: int
    at: float  # when the hub had all of it (its received_at; one machine, one clock)
    reached: dict[str, float] = field(default_factory=dict)  # desk → when it had all of it


def _run(*args: str, home: Path) -> None:
    env = {**os.environ, "CHECKIN_HOME": str(home), "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-m", "checkin", *args], env=env, check=True,
                   capture_output=True, cwd=ROOT)  # fmt: skip


def _write(path: Path, people: list[Attendee]) -> Path:
    rows = [f"{a.first_name},{a.last_name},{a.email},{a.code},{a.ticket_type},{a.company}"
            for a in people]  # fmt: skip
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def _list_events(url: str, after: int) -> tuple[set[str], int, float, int]:
    with psycopg.connect(url, autocommit=True) as conn:
        rows = conn.execute(
            "SELECT uuid, octet_length(data::text), extract(epoch FROM received_at), seq "
            "FROM checkin_hub.event WHERE kind = 'attendee_list' AND seq > %s",
            (after,),
        ).fetchall()
        top = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM checkin_hub.event").fetchone()
    uuids = {str(r[0]) for r in rows}
    size = sum(int(str(r[1])) for r in rows)
    at = max((float(str(r[2])) for r in rows), default=time.time())
    return uuids, size, at, int(str(top[0])) if top else after


def conference(url: str, work: Path, desks: int) -> dict[str, object]:
    organizer = work / "conf-O"
    everyone = generated_attendees(PEOPLE + 20 * CHANGES, seed=11)
    listed = everyone[:PEOPLE]
    _run("sync", str(_write(work / "list.csv", listed)), home=organizer)
    _run("hub", "join", url, "--desk", "Organizer", home=organizer)
    homes = [work / f"conf-D{n}" for n in range(desks)]
    joins = []
    for home in homes:
        start = time.perf_counter()
        _run("hub", "join", url, "--desk", home.name, home=home)
        joins.append(time.perf_counter() - start)
    idle = _idle(work, homes[:2], [a.code for a in listed[-100:]])
    share = 200
    children = []
    for n, home in enumerate(homes):
        codes = work / f"{home.name}.codes"
        codes.write_text("\n".join(a.code for a in listed[n * share : (n + 1) * share]))
        children.append(_desk(home, codes, 1.0, work / "logs" / f"{home.name}.log"))
    changes: list[Change] = []
    _uuids, _size, _at, seq = _list_events(url, 1 << 62)
    time.sleep(CHANGE_EVERY / 2)
    for n in range(CHANGES):
        started = time.monotonic()
        k = n + 1  # each change: five more people leave the list, twenty more join it
        listed_now = listed[5 * k :] + everyone[PEOPLE : PEOPLE + 20 * k]
        _run("sync", str(_write(work / "list.csv", listed_now)), home=organizer)  # same source
        uuids, size, at, seq = _list_events(url, seq)
        changes.append(Change(uuids, size, at))
        time.sleep(max(0.0, CHANGE_EVERY - (time.monotonic() - started)))
    load = os.getloadavg()[0]
    (work / "logs" / "stop").touch()
    for child in children:
        child.wait()
    return _read_logs(work, homes, changes) | {
        "joins": joins, "load": load, "desks": desks, "idle_spread": idle,
    }  # fmt: skip


def _desk(home: Path, codes: Path, rate: float, log: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "benchmarks.hub_conference_desk", str(home), str(codes),
         str(rate), str(log)],
        env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT,
    )  # fmt: skip


def _idle(work: Path, pair: list[Path], codes: list[str]) -> list[float]:
    """Two desks and nothing else: one admits a person a second, the other only listens.
    Returns each check-in's propagation (seconds)."""
    logs = work / "idle"
    logs.mkdir()
    (logs / "codes").write_text("\n".join(codes))
    children = [_desk(home, logs / "codes", rate, logs / f"{home.name}.log")
                for home, rate in zip(pair, (1.0, 0.0), strict=True)]  # fmt: skip
    time.sleep(IDLE_SECONDS)
    (logs / "stop").touch()
    for child in children:
        child.wait()
    made: dict[str, float] = {}
    seen: list[tuple[str, float]] = []
    for home in pair:
        for line in (logs / f"{home.name}.log").read_text().split("\n"):
            what, *rest = line.split() or [""]
            if what == "made":
                made[rest[0]] = float(rest[1])
            elif what == "seen":
                seen.append((rest[0], float(rest[1])))
    return [at - made[uuid] for uuid, at in seen if uuid in made]


def _read_logs(work: Path, homes: list[Path], changes: list[Change]) -> dict[str, object]:
    made: dict[str, float] = {}
    seen: list[tuple[str, float]] = []
    idle, busy, scans = [], [], []
    scan_times: list[tuple[float, float]] = []
    for home in homes:
        for line in (work / "logs" / f"{home.name}.log").read_text().split("\n"):
            what, *rest = line.split() or [""]
            if what == "made":
                made[rest[0]] = float(rest[1])
            elif what == "seen":
                seen.append((rest[0], float(rest[1])))
            elif what == "list":
                for change in changes:
                    if rest[0] in change.uuids:
                        change.reached[f"{home.name}:{rest[0]}"] = float(rest[1])
            elif what == "round":
                (idle if rest[2] == "0" else busy).append(float(rest[0]))
            elif what == "scan":
                scans.append(float(rest[0]))
                scan_times.append((float(rest[1]), float(rest[0])))
    spread = [at - made[uuid] for uuid, at in seen if uuid in made]
    every_desk = [max(change.reached.values(), default=change.at) - change.at for change in changes]
    applying = [took for at, took in scan_times
                if any(c.at <= at <= c.at + span + 1.0 for c, span in zip(changes, every_desk,
                                                                        strict=True))]  # fmt: skip
    return {"spread": spread, "idle": idle, "busy": busy, "scans": scans, "applying": applying,
            "bytes": [c.bytes for c in changes], "every_desk": every_desk}  # fmt: skip


def catch_up(url: str, work: Path, queued: int = 1000) -> tuple[float, float]:
    """A desk that was apart makes `queued` events, then its link meets the hub: seconds until
    all are on the hub; then seconds for another desk to pull them in."""
    sender, receiver = work / "conf-Q", work / "conf-R"
    for home in (sender, receiver):
        _run("hub", "join", url, "--desk", home.name, home=home)
    joined = config.load(sender)
    assert joined is not None
    with Repository(database_path(sender), desk=sender.name) as repo:
        ops = DeskOperations(repo)
        codes = [a.code for a in repo.attendees()[:50]]
        inside: set[str] = set()
        for i in range(queued):
            code = codes[i % len(codes)]
            ops.scan(code, direction=Direction.OUT if code in inside else Direction.IN,
                     badge=False)  # fmt: skip
            inside ^= {code}
        start = time.perf_counter()
        link = HubLink(repo, joined.connection, lambda _s: None).start()
        while hub_state.off_hub_count(repo, sender.name):
            time.sleep(0.02)
        pushed = time.perf_counter() - start
        link.stop()
    back = config.load(receiver)
    assert back is not None
    with Repository(database_path(receiver), desk=receiver.name) as repo:
        start = time.perf_counter()
        with address.connect(back.connection) as conn:
            sync_round(conn, repo, batches=None)
        pulled = time.perf_counter() - start
    return pushed, pulled
