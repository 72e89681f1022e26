"""What every command shares: the --home option, opening the repository, exit codes, output."""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checkin.cli.terminal_text import json_text
from checkin.paths import HOME_ENV, database_path, resolve_home

if TYPE_CHECKING:
    from checkin.core.entities import Event
    from checkin.db.repository import Repository

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_INVALID = 2


BUSY = "Another program is writing to the database; nothing was changed, try again."


class UserError(Exception):
    """Invalid input: reported in one sentence, exit code 2, nothing changed."""


def home_options() -> argparse.ArgumentParser:
    """--home, accepted before or after the command name."""
    shared = argparse.ArgumentParser(add_help=False)
    shared.add_argument(
        "--home",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=f"folder holding the event's data (default: ${HOME_ENV} or the user data folder)",
    )
    return shared


def home_of(args: argparse.Namespace) -> Path:
    return resolve_home(getattr(args, "home", None))


@contextmanager
def open_repository(args: argparse.Namespace, *, need_event: bool = True) -> Iterator[Repository]:
    import peewee as pw  # after checkin.db, which loads it without probing other drivers

    from checkin.db.connection import DatabaseBusy, is_busy
    from checkin.db.repository import NoEvent, Repository

    path = database_path(home_of(args))
    if need_event and not path.exists():
        raise UserError(f"No event in {path.parent}: run `checkin demo` or `checkin sync FILE`.")
    try:
        repo = Repository(path, desk=desk_name(args))
    except DatabaseBusy as error:
        raise UserError(str(error)) from error
    except (sqlite3.DatabaseError, pw.DatabaseError) as error:
        if is_busy(error):  # not a damaged file: someone else holds it
            raise UserError(BUSY) from error
        raise UserError(f"Cannot open {path}: {error}.") from error
    try:
        if need_event:
            _say_damage(repo.require_event())
        yield repo
    except NoEvent as error:
        raise UserError(str(error)) from error
    except DatabaseBusy as error:
        raise UserError(str(error)) from error
    except (sqlite3.OperationalError, pw.OperationalError) as error:
        if is_busy(error):
            raise UserError(BUSY) from error
        raise
    finally:
        repo.close()


def _say_damage(event: Event) -> None:
    if event.damage:
        print(
            f"This desk's event settings are damaged ({'; '.join(event.damage)}); safe values "
            "stand in for them until `checkin event` sets them again.",
            file=sys.stderr,
        )


def desk_name(args: argparse.Namespace) -> str | None:
    """--desk, else $CHECKIN_DESK, else the name this home joined its hub under."""
    from checkin.hub import config as hub_config

    named = getattr(args, "desk", None) or os.environ.get("CHECKIN_DESK")
    if named:
        return str(named)
    joined = hub_config.load(home_of(args))
    return joined.desk if joined is not None and joined.desk else None


def print_json(value: Any) -> None:
    print(json_text(value, indent=2))
