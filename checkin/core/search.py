"""Finding an attendee from a few typed letters, fast enough to update on every keystroke.

The index is built once from the attendee list and answers from memory: prefix look-ups by
bisection in a sorted key list, and one-typo tolerance by the symmetric-deletion trick (a word and
a typo of it share a one-letter deletion), so no query scans every attendee. What matches and how
it ranks is `search_rules`, shared with the database's stored keys.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from checkin.core.entities import Attendee
from checkin.core.folding import Transliterator, name_keys
from checkin.core.search_rules import (
    MIN_QUERY_LENGTH,
    Field,
    attendee_keys,
    best,
    is_typo_key,
    score,
    sort_key,
    within_one_edit,
)

__all__ = ["MIN_QUERY_LENGTH", "SearchHit", "SearchIndex"]


@dataclass(frozen=True)
class SearchHit:
    attendee: Attendee
    score: int


class SearchIndex:
    def __init__(
        self, attendees: Iterable[Attendee], transliterate: Transliterator | None = None
    ) -> None:
        self._transliterate: Transliterator = transliterate or (lambda s: s)
        # Positions are never reused: a changed attendee gets a new one, the old one is retired.
        self._attendees: list[Attendee | None] = []
        self._sort_keys: list[tuple[str, str]] = []
        self._position_of: dict[int, int] = {}
        self._postings: dict[str, dict[int, Field]] = defaultdict(dict)
        self._deletions: dict[str, set[str]] = defaultdict(set)
        self._typo_keys: set[str] = set()
        self._name_keys: dict[str, set[str]] = {}  # names repeat a lot: fold each once
        for attendee in attendees:
            self._index(attendee)
        self._keys = sorted(self._postings)

    def __len__(self) -> int:
        return len(self._position_of)

    def put(self, attendee: Attendee) -> None:
        """Add or replace one attendee without rebuilding the whole index."""
        if attendee.id is not None and attendee.id in self._position_of:
            self._attendees[self._position_of.pop(attendee.id)] = None
        before = len(self._postings)
        self._index(attendee)
        if len(self._postings) != before:
            self._keys = sorted(self._postings)

    def _add(self, key: str, position: int, field: Field) -> None:
        postings = self._postings.get(key)
        if postings is None:
            postings = self._postings[key] = {}
        if postings.get(position, 0) < field:
            postings[position] = field
        if is_typo_key(key, field) and key not in self._typo_keys:
            self._typo_keys.add(key)
            self._deletions[key].add(key)
            for variant in _deletions(key):
                self._deletions[variant].add(key)

    def _keys_of_name(self, name: str) -> set[str]:
        keys = self._name_keys.get(name)
        if keys is None:
            keys = self._name_keys[name] = name_keys(name, self._transliterate)
        return keys

    def _index(self, attendee: Attendee) -> None:
        position = len(self._attendees)
        self._attendees.append(attendee)
        self._sort_keys.append(sort_key(attendee, self._transliterate))
        if attendee.id is not None:
            self._position_of[attendee.id] = position
        keys = attendee_keys(attendee, self._transliterate, self._keys_of_name)
        for key, field in keys.items():
            self._add(key, position, field)

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        totals = score(query, self, self._transliterate)
        alive = {p: s for p, s in totals.items() if self._attendees[p] is not None}
        return [
            SearchHit(self._attendee(p), alive[p])
            for p in best(alive, self._sort_keys.__getitem__, limit)
        ]

    def _attendee(self, position: int) -> Attendee:
        attendee = self._attendees[position]
        assert attendee is not None
        return attendee

    # -- `search_rules.Postings`: what this index holds -------------------------------------

    def keys_with_prefix(self, word: str) -> Iterator[str]:
        start = bisect.bisect_left(self._keys, word)
        for key in self._keys[start:]:
            if not key.startswith(word):
                break
            yield key

    def postings(self, key: str) -> Mapping[int, Field]:
        return self._postings.get(key, {})

    def typo_keys_near(self, word: str) -> set[str]:
        candidates = set(self._deletions.get(word, ()))
        for variant in _deletions(word):
            candidates.update(self._deletions.get(variant, ()))
        return {c for c in candidates if c != word and within_one_edit(word, c)}


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}
