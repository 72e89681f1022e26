"""The local SQLite database: peewee models, forward migrations and the repository.

Everything above this layer talks to `Repository` and gets `checkin.core` types back.
"""

import sys

# peewee probes for every PostgreSQL and MySQL driver when it is imported; the desk speaks only
# SQLite through it (the hub uses psycopg itself, when it runs), and probing psycopg alone cost
# each command a tenth of a second. The drivers are hidden while peewee loads, then importable
# again as usual.
if "peewee" not in sys.modules:
    _hidden = [n for n in ("psycopg", "psycopg2", "psycopg2cffi", "pymysql", "MySQLdb")
               if n not in sys.modules]  # fmt: skip
    for _name in _hidden:
        sys.modules[_name] = None  # type: ignore[assignment]  # import fails: not there
    try:
        import peewee  # noqa: F401
    finally:
        for _name in _hidden:
            del sys.modules[_name]

from checkin.db.repository import Repository

__all__ = ["Repository"]
