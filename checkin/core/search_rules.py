"""What a search matches and how it ranks: the keys an attendee is found under, the score a
query gives each attendee, and the order of the hits.

Two stores answer searches with these rules: the desk's in-memory index (`search.SearchIndex`,
for a window that searches on every keystroke) and the database's stored keys (for one query
from the command line). Each store only says which keys it holds and who holds them (`Postings`);
everything that decides a result is here, once, so the two can never disagree.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Mapping
from enum import IntEnum
from typing import Protocol

from checkin.core.entities import Attendee
from checkin.core.folding import Transliterator, fold, tokens

MIN_QUERY_LENGTH = 2
TYPO_MIN_LENGTH = 4  # shorter words have too many one-letter neighbours to be useful
# Change this with any change to `attendee_keys`, `sort_key` or the folding they use: keys a
# database stored under older rules are then computed again.
KEY_RULES = "1"
# The letters a name key is made of (`tokens` keeps only these): a typo of a query word that
# could be a name key is spelt with them.
_KEY_LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789"


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


def attendee_keys(
    attendee: Attendee, transliterate: Transliterator, keys_of_name: Callable[[str], set[str]]
) -> dict[str, Field]:
    """Every key the attendee is found under, with the best field it comes from.
    `keys_of_name` is `folding.name_keys` (a store may remember its answers: names repeat)."""
    keys: dict[str, Field] = {}

    def add(key: str, field: Field) -> None:
        if keys.get(key, 0) < field:
            keys[key] = field

    names = {attendee.first_name, attendee.last_name, attendee.full_name, attendee.display_name}
    for name in names:
        for key in keys_of_name(name):
            add(key, Field.NAME)
    if attendee.code:
        add(fold(attendee.code), Field.CODE)
    if not attendee.full_name and attendee.source_id:
        # A ticket imported without a name is found by its order ("ABC12", "ABC12-1").
        for key in {fold(attendee.source_id), fold(attendee.source_id.split("-")[0])}:
            add(key, Field.CODE)
    if attendee.email:
        local = attendee.email.split("@", 1)[0]
        add("".join(tokens(local, transliterate)), Field.EMAIL)
        for key in tokens(attendee.email, transliterate):
            add(key, Field.EMAIL)
    for key in tokens(attendee.company, transliterate):
        add(key, Field.COMPANY)
    return keys


def is_typo_key(key: str, field: Field) -> bool:
    """Whether a query word one typo away from this key still finds it (names only)."""
    return field is Field.NAME and len(key) >= TYPO_MIN_LENGTH


def sort_key(attendee: Attendee, transliterate: Transliterator) -> tuple[str, str]:
    """Equal scores list by last name, then first name (then by list order)."""
    return fold(attendee.last_name, transliterate), fold(attendee.first_name)


class Postings(Protocol):
    """A store of keys: who holds each key, and in which field."""

    def keys_with_prefix(self, word: str) -> Iterable[str]: ...

    def postings(self, key: str) -> Mapping[int, Field]: ...

    def typo_keys_near(self, word: str) -> Iterable[str]:
        """Typo keys (`is_typo_key`) one edit from the word, other than the word itself."""
        ...


def score(query: str, store: Postings, transliterate: Transliterator) -> dict[int, int]:
    """Each matching attendee's score (by position in the store): every word of the query must
    match one of its keys, by prefix or, for a long word, by one typo in a name."""
    words = tokens(query, transliterate)
    # A code or an e-mail address is searched whole as well as in words.
    whole = fold(query.strip())
    if not any(len(w) >= MIN_QUERY_LENGTH for w in words):
        return {}
    totals: dict[int, int] | None = None
    for word in words:
        scores = _score_word(word, store)
        if totals is None:
            totals = scores
        else:
            totals = {p: s + scores[p] for p, s in totals.items() if p in scores}
        if not totals:
            break
    totals = totals or {}
    if len(words) > 1:
        for position, field in store.postings(whole).items():
            totals[position] = max(totals.get(position, 0), len(words) * field * Match.EXACT)
    return totals


def best(
    totals: Mapping[int, int], sort_key_of: Callable[[int], tuple[str, str]], limit: int
) -> list[int]:
    """The positions of the best `limit` scores, ties by `sort_key`, then by position."""
    ranked = heapq.nsmallest(limit, ((-s, sort_key_of(p), p) for p, s in totals.items()))
    return [p for _, _, p in ranked]


def _score_word(word: str, store: Postings) -> dict[int, int]:
    scores: dict[int, int] = {}

    def credit(key: str, match: Match) -> None:
        for position, field in store.postings(key).items():
            value = field * match
            if scores.get(position, 0) < value:
                scores[position] = value

    for key in store.keys_with_prefix(word):
        credit(key, Match.EXACT if key == word else Match.PREFIX)
    if len(word) >= TYPO_MIN_LENGTH:
        for key in store.typo_keys_near(word):
            credit(key, Match.TYPO)
    return scores


def one_edit_spellings(word: str) -> set[str]:
    """Every spelling of letters and digits one insertion, deletion, substitution or swap of
    neighbours away from the word (what `within_one_edit` accepts), the word excluded."""
    found = {word[:i] + word[i + 1 :] for i in range(len(word))}
    found.update(word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1))
    for i in range(len(word) + 1):
        for letter in _KEY_LETTERS:
            found.add(word[:i] + letter + word[i:])
            if i < len(word):
                found.add(word[:i] + letter + word[i + 1 :])
    found.discard(word)
    return found


def within_one_edit(a: str, b: str) -> bool:
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
