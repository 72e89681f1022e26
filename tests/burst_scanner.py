"""Child process for the durability test: scans every code of a home as fast as it can and
prints each check-in's uuid only after the repository has returned, i.e. after COMMIT."""

from __future__ import annotations

import sys
from pathlib import Path

from checkin.db.repository import Repository


def main(database: str) -> None:
    repo = Repository(Path(database), desk="burst")
    for attendee in repo.attendees():
        verdict = repo.decide_and_record(attendee.code, nonce=f"burst-{attendee.code}")
        if verdict.checkin is not None:
            print(verdict.checkin.uuid, flush=True)
    repo.close()


if __name__ == "__main__":
    main(sys.argv[1])
