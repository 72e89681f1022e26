"""The bare desk-to-desk path, by hand: the least any propagation from one desk to another must
do, for the conference case's idle figure to be read against (`benchmarks.hub_conference`).

A sending process INSERTs a check-in's row at the hub and NOTIFYs in the same transaction; a
receiving process, asleep in LISTEN, wakes, SELECTs the new row, and INSERTs it into a SQLite
file in WAL mode and COMMITs with the durability the hub link's connection commits with
(`synchronous=NORMAL`, see `checkin.db.hub_state.link_connection`). One figure per row: from
just before the sender's INSERT to just after the receiver's COMMIT (wall clock; the two
processes share one machine, as the benchmark's desks do). Rows go out spaced like the idle
desks' scans are not (a second apart would make this part of the run as long as the idle case),
but far enough apart that the receiver is asleep in LISTEN when each arrives.

No peewee, no event objects, no checks at the boundary, no cursor kept: what is left is the
floor the project's figure is compared with.
"""

from __future__ import annotations

import json
import multiprocessing
import sqlite3
import time
import uuid
from multiprocessing.connection import Connection
from pathlib import Path

import psycopg

CHANNEL = "bench_path"
HUB_TABLE = """CREATE TABLE IF NOT EXISTS bench_path (
    seq bigserial PRIMARY KEY, uuid uuid NOT NULL UNIQUE, desk text NOT NULL,
    at double precision NOT NULL, ticket text NOT NULL, data jsonb NOT NULL)"""
DESK_TABLE = """CREATE TABLE IF NOT EXISTS checkin (
    id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, ticket TEXT NOT NULL,
    direction TEXT NOT NULL, at TEXT NOT NULL, desk TEXT NOT NULL)"""


def _receive(url: str, desk_file: str, count: int, ready: Connection, out: Connection) -> None:
    """The receiving desk: wake on NOTIFY, SELECT what is new, INSERT+COMMIT it in SQLite."""
    desk = sqlite3.connect(desk_file, isolation_level=None)
    desk.execute("PRAGMA journal_mode = wal")
    desk.execute("PRAGMA synchronous = NORMAL")
    desk.execute(DESK_TABLE)
    gaps: list[float] = []
    seq = 0
    with psycopg.connect(url, autocommit=True) as hub:
        hub.execute(f"LISTEN {CHANNEL}")
        ready.send(True)
        while len(gaps) < count:
            for _notify in hub.notifies(stop_after=1):
                pass
            rows = hub.execute(
                "SELECT seq, uuid::text, at, ticket, data FROM bench_path WHERE seq > %s "
                "ORDER BY seq",
                (seq,),
            ).fetchall()
            desk.execute("BEGIN IMMEDIATE")
            for _seq, row_uuid, _at, ticket, data in rows:
                desk.execute(
                    "INSERT INTO checkin (uuid, ticket, direction, at, desk) VALUES (?, ?, ?, ?, ?)",
                    (row_uuid, ticket, data["direction"], data["at"], data["desk"]),
                )
            desk.execute("COMMIT")
            done = time.time()
            gaps += [done - float(at) for _seq, _uuid, at, _ticket, _data in rows]
            seq = int(rows[-1][0]) if rows else seq
    desk.close()
    out.send(gaps)


def bare_path(url: str, work: Path, count: int = 150, spacing: float = 0.1) -> list[float]:
    """Seconds from the sender's INSERT to the receiver's COMMIT, one per row."""
    with psycopg.connect(url, autocommit=True) as setup:
        setup.execute(HUB_TABLE)
    context = multiprocessing.get_context("spawn")  # a fresh process, as a desk is
    ready_r, ready_w = context.Pipe(duplex=False)
    out_r, out_w = context.Pipe(duplex=False)
    receiver = context.Process(
        target=_receive, args=(url, str(work / "bare-path.sqlite"), count, ready_w, out_w)
    )
    receiver.start()
    ready_w.close()  # the receiver's ends only: a receiver that fails ends these reads at once
    out_w.close()
    ready_r.recv()
    with psycopg.connect(url) as sender:
        for n in range(count):
            time.sleep(spacing)
            at = time.time()
            data = {"direction": "in", "at": f"{at:.6f}", "desk": "Sender", "day": "today"}
            sender.execute(
                "INSERT INTO bench_path (uuid, desk, at, ticket, data) VALUES (%s, %s, %s, %s, %s)",
                (str(uuid.uuid4()), "Sender", at, f"T{n:05d}", json.dumps(data)),
            )
            sender.execute(f"NOTIFY {CHANNEL}")
            sender.commit()
    gaps: list[float] = out_r.recv()
    receiver.join()
    return gaps
