"""Finding an attendee from a few typed letters, fast enough to update on every keystroke.

The index is built once from the attendee list and answers from memory: prefix look-ups by
bisection in a sorted key list, and one-typo tolerance by the symmetric-deletion trick (a word and
a typo of it share a one-letter deletion), so no query scans every attendee.
"""

from __future__ import annotations

import bisect
import heapq
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum

from checkin.core.entities import Attendee
from checkin.core.folding import Transliterator, fold, name_keys, tokens

MIN_QUERY_LENGTH = 2
_TYPO_MIN_LENGTH = 4  # shorter words have too many one-letter neighbours to be useful


class Field(IntEnum):
    """Where a key came from; a name match outranks an e-mail or company match."""

    NAME = 10
    CODE = 8
    EMAIL = 6
    COMPANY = 5


class Match(IntEnum):
    EXACT = 10
    PREFIX = 7
    TYPO = 4


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
        if field is Field.NAME and len(key) >= _TYPO_MIN_LENGTH and key not in self._typo_keys:
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
        self._sort_keys.append(
            (fold(attendee.last_name, self._transliterate), fold(attendee.first_name))
        )
        if attendee.id is not None:
            self._position_of[attendee.id] = position
        translit = self._transliterate
        names = {attendee.first_name, attendee.last_name, attendee.full_name, attendee.display_name}
        for name in names:
            for key in self._keys_of_name(name):
                self._add(key, position, Field.NAME)
        if attendee.code:
            self._add(fold(attendee.code), position, Field.CODE)
        if not attendee.full_name and attendee.source_id:
            # A ticket imported without a name is found by its order ("ABC12", "ABC12-1").
            for key in {fold(attendee.source_id), fold(attendee.source_id.split("-")[0])}:
                self._add(key, position, Field.CODE)
        if attendee.email:
            local = attendee.email.split("@", 1)[0]
            self._add("".join(tokens(local, translit)), position, Field.EMAIL)
            for key in tokens(attendee.email, translit):
                self._add(key, position, Field.EMAIL)
        for key in tokens(attendee.company, translit):
            self._add(key, position, Field.COMPANY)

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        words = tokens(query, self._transliterate)
        # A code or an e-mail address is searched whole as well as in words.
        whole = fold(query.strip())
        if not any(len(w) >= MIN_QUERY_LENGTH for w in words):
            return []
        totals: dict[int, int] | None = None
        for word in words:
            scores = self._score_word(word)
            if totals is None:
                totals = scores
            else:
                totals = {p: s + scores[p] for p, s in totals.items() if p in scores}
            if not totals:
                break
        totals = totals or {}
        if len(words) > 1 and whole in self._postings:
            for position, field in self._postings[whole].items():
                totals[position] = max(totals.get(position, 0), len(words) * field * Match.EXACT)
        best = heapq.nsmallest(
            limit,
            ((-score, self._sort_keys[p], p) for p, score in totals.items() if self._attendees[p]),
        )
        return [SearchHit(self._attendee(p), -score) for score, _, p in best]

    def _attendee(self, position: int) -> Attendee:
        attendee = self._attendees[position]
        assert attendee is not None
        return attendee

    def _score_word(self, word: str) -> dict[int, int]:
        scores: dict[int, int] = {}

        def credit(key: str, match: Match) -> None:
            for position, field in self._postings[key].items():
                value = field * match
                if scores.get(position, 0) < value:
                    scores[position] = value

        start = bisect.bisect_left(self._keys, word)
        for key in self._keys[start:]:
            if not key.startswith(word):
                break
            credit(key, Match.EXACT if key == word else Match.PREFIX)
        if len(word) >= _TYPO_MIN_LENGTH:
            for key in self._typo_neighbours(word):
                credit(key, Match.TYPO)
        return scores

    def _typo_neighbours(self, word: str) -> set[str]:
        candidates = set(self._deletions.get(word, ()))
        for variant in _deletions(word):
            candidates.update(self._deletions.get(variant, ()))
        return {c for c in candidates if c != word and _within_one_edit(word, c)}


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _within_one_edit(a: str, b: str) -> bool:
    """True when one insertion, deletion, substitution or swap of neighbours turns a into b."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) <= 1:
            return True
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]]
            and a[diffs[1]] == b[diffs[0]]
        )
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(shorter) and shorter[i] == longer[i]:
        i += 1
    return shorter[i:] == longer[i + 1 :]
