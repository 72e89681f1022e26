"""The command line's hub round, waiting about a second at most.

A command in a joined home pulls before a scan and pushes after a write, but a volunteer must
never wait on the network: the round runs on a worker, and when it has not finished in time its
connection is shut down under it (the round fails at its next step, having changed nothing
half-way: each push and each applied batch is one transaction) and the command goes on. What was
not pushed stays marked and goes out with the next round, from any command or the window.
Whatever goes wrong in the round is reported, never raised: a scan's verdict stands either way.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import TimeoutError as FutureTimeout

import psycopg

from checkin.db.repository import Repository
from checkin.hub import address
from checkin.hub.errors import HubError, HubUnreachable
from checkin.hub.rounds import RoundReport, sync_round
from checkin.hub.schema import Conn
from checkin.workers import BackgroundCall

log = logging.getLogger("checkin.hub")

WAIT_SECONDS = 1.0


def bounded_round(
    repo: Repository, url: str, *, push: bool = True, pull: bool = True,
    seconds: float = WAIT_SECONDS, batches: int | None = 1,
) -> RoundReport | HubError:  # fmt: skip
    """The round's report, or the error that stopped it (never raised: the write is kept)."""
    held: list[Conn] = []
    lock = threading.Lock()
    gave_up = threading.Event()

    def work() -> RoundReport:
        try:
            conn = address.connect(url, timeout=seconds)
            with lock:
                if gave_up.is_set():
                    conn.close()
                    raise HubUnreachable(f"The hub at {address.where(url)} answered too late.")
                held.append(conn)
            try:
                return sync_round(conn, repo, push=push, pull=pull, batches=batches)
            except psycopg.Error as error:
                raise address.classify(error, url) from None
            except HubError:
                raise
            except Exception as error:  # never the command's own outcome: reported beside it
                log.debug("hub round failed", exc_info=True)
                raise HubUnreachable(
                    f"The round with the hub at {address.where(url)} stopped ({error!r})."
                ) from None
            finally:
                conn.close()
        finally:
            repo.db.close()  # the worker's own SQLite connection

    call = BackgroundCall("hub-round", work).start()
    try:
        return call.future.result(timeout=seconds)  # type: ignore[no-any-return]
    except FutureTimeout:
        with lock:
            gave_up.set()
            for conn in held:
                address.abort(conn)
        call.worker.join()
        within = "a second" if seconds == 1 else f"{seconds:g} seconds"
        return HubUnreachable(f"The hub at {address.where(url)} did not answer within {within}.")
    except HubError as error:
        return error
    finally:
        call.worker.join()
