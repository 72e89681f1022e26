"""The local SQLite database: peewee models, forward migrations and the repository.

Everything above this layer talks to `Repository` and gets `checkin.core` types back.
"""

from checkin.db.repository import Repository

__all__ = ["Repository"]
