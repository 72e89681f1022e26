"""One search against the database's stored keys: what `checkin find` asks, at a cost that grows
with what the query finds, not with the list.

The keys and the ranking are `search_rules`, the same as the window's in-memory index
(`search_index.SearchCache`), so both answer a query with the same hits in the same order. Keys
of attendees written since the last such search are computed first (`db.search_tables`): once
after a list is imported, a few after a walk-in, none after a scan.
"""

from __future__ import annotations

import anyascii
from anyascii import anyascii as transliterate

from checkin.core.folding import name_keys
from checkin.core.search import SearchHit, SearchIndex
from checkin.core.search_rules import KEY_RULES, attendee_keys, best, score, sort_key
from checkin.db import search_tables
from checkin.db.repository import Repository

# The transliterator is part of the rules: its next release may spell a script differently.
RULES = f"{KEY_RULES}/anyascii {anyascii.__version__}"


_ATTEMPTS = 3  # another program writing attendees between storing and searching, again and again


def search_once(repo: Repository, query: str, limit: int = 20) -> list[SearchHit]:
    """The hits `SearchIndex.search` gives for this query on the list as it is now."""
    for _ in range(_ATTEMPTS):
        with repo.db.atomic():  # one snapshot: the keys read are the list's
            if search_tables.is_current(repo.db, RULES):
                return _search(search_tables.StoredKeys(repo.db), query, limit)
        if store_stale_keys(repo) is None:
            break  # another program is writing: a reader does not wait for it
    # The keys cannot be brought up to date now: the whole list's index answers, as the window's.
    return SearchIndex(repo.attendees(), transliterate=transliterate).search(query, limit)


def store_stale_keys(repo: Repository) -> int | None:
    """Compute and store the keys of every attendee written since they were last stored (of all
    of them when the rules changed); returns how many, or None when another program holds the
    write lock (nothing is stored then)."""
    names: dict[str, set[str]] = {}  # names repeat a lot: fold each once

    def keys_of_name(name: str) -> set[str]:
        if name not in names:
            names[name] = name_keys(name, transliterate)
        return names[name]

    with search_tables.write_unless_busy(repo.db) as writing:
        if not writing:
            return None
        stale = search_tables.stale_attendees(repo.db, RULES)
        keys, order = [], []
        for attendee in stale:
            assert attendee.id is not None  # read from the database
            for key, field in attendee_keys(attendee, transliterate, keys_of_name).items():
                keys.append((key, attendee.id, int(field)))
            order.append((attendee.id, *sort_key(attendee, transliterate)))
        search_tables.store(repo.db, keys, order)
    return len(stale)


def _search(stored: search_tables.StoredKeys, query: str, limit: int) -> list[SearchHit]:
    totals = score(query, stored, transliterate)
    sort_keys = stored.sort_keys(totals)
    ids = best(totals, sort_keys.__getitem__, limit)
    attendees = stored.attendees(ids)
    return [SearchHit(attendees[i], totals[i]) for i in ids]
