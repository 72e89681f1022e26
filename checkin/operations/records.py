"""What a front end reads besides the desk's actions, as the operations layer hands it over: the
store the composition root opened (`Store`), the dashboard's overview and change marker, double
admissions and admissions per desk, the lists synced before, what the platform refused, the
hub's events set aside, the schema version a self-test expects, and the print log's "already
printed" error.

These are the database layer's own functions and types, named here so that `checkin.ui` never
imports `checkin.db` (an import-linter contract keeps it so): whatever a window reads comes
through this layer, and whatever it writes goes through a `Desk` session.
"""

from checkin.db.conflicts import Conflict, admissions_by_desk, conflicts, instant_label
from checkin.db.hub_backlog import asides as hub_asides
from checkin.db.migrations import LATEST as SCHEMA_VERSION
from checkin.db.platform_store import refusals as platform_refusals
from checkin.db.print_log import AlreadyPrinted
from checkin.db.repository import Repository as Store
from checkin.db.stats import OverviewQuery, change_marker
from checkin.db.sync_store import sync_source, sync_sources

__all__ = [
    "SCHEMA_VERSION",
    "AlreadyPrinted",
    "Conflict",
    "OverviewQuery",
    "Store",
    "admissions_by_desk",
    "change_marker",
    "conflicts",
    "hub_asides",
    "instant_label",
    "platform_refusals",
    "sync_source",
    "sync_sources",
]
