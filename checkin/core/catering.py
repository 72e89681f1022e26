"""Catering numbers: dietary free text grouped into requirements, and people expected per meal.

Registration forms ask "dietary requirements?" as free text, in whatever language the attendee
writes. Caterers need a count per requirement, so common forms are grouped ("Vegetarian",
"vegetarisch", "veggie" → Vegetarian) and anything not recognised is listed as written with its
count, so nothing is silently lost. No names ever leave this module: only labels and counts.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from checkin.core.overview import DayFigures, DayState, Overview

# Checked in order; the first groups win over later ones where a form implies another
# (vegan and pescatarian people are not also counted as vegetarian).
GROUPS: Sequence[tuple[str, str]] = (
    ("Vegan", r"\bvegan|\bvegetalien|\bplant[ -]?based|\bweganski"),
    ("Pescatarian", r"\bpesc[ae]tari|\bpescetarien|\bfish ok\b|\bonly fish\b"),
    (
        "Vegetarian",
        r"\bveg\b|\bveggi|\bveggy\b|\bvegetar|\bvegeter|\bwegetarian|\bno meat\b"
        r"|\bkein fleisch|\bsans viande|\bsin carne|\blacto[ -]?ovo|\bovo[ -]?lacto",
    ),
    ("Gluten-free", r"\bgluten|\bglutine|\bbezgluten|\bc(o|oe)?eliac|\bcoeliaq|\bzoliakie"),
    ("Lactose-free", r"\blactos|\blaktos|\bdairy|\bmilk\b|\bmilchfrei"),
    ("Halal", r"\bhalal|\bhallal"),
    ("Kosher", r"\bkosher|\bkoscher|\bcasher|\bcacher|\bkasher"),
    (
        "Nut allergy",
        r"\bnuts?\b|\bpeanut|\btree ?nut|\bnuss|\bnusse\b|\berdnus|\bnoix\b|\barachide"
        r"|\bcacahuet|\bfrutos secos|\borzech|\bnocciol|\bnueces\b",
    ),
    ("Shellfish allergy", r"\bshellfish|\bcrustace|\bmeeresfruchte|\bfruits de mer|\bmariscos"),
    ("Egg allergy", r"\beggs?\b|\beier\b|\boeufs?\b|\bhuevos?\b"),
    ("No pork", r"\bpork|\bschwein|\bporc\b|\bcerdo\b|\bwieprzow|\bno pig\b"),
    ("No beef", r"\bbeef\b|\brindfleisch\b|\bboeuf\b"),
)
_COMPILED = [(label, re.compile(pattern)) for label, pattern in GROUPS]
_IMPLIED = {"Vegan": ("Vegetarian", "Pescatarian"), "Pescatarian": ("Vegetarian",)}

# Answers that mean "nothing special", in the languages the forms come back in.
_NOTHING = re.compile(
    r"^(none?|no|nope|nothing|nil|n/?a|-+|\.+|/|x|keine?s?|nein|aucune?|rien|non|ninguna?|nada"
    r"|nessuna?|brak|zadne|nic|normal|no requirements?|no restrictions?|no preferences?"
    r"|none thanks?|all good|omnivore|everything|eat anything|i eat everything)\W*$"
)


def fold_answer(text: str) -> str:
    """Lower case without accents, whitespace collapsed: "Végétarien " → "vegetarien"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.replace("ß", "ss").replace("œ", "oe").replace("æ", "ae").split())


def as_written(text: str) -> str:
    """An unrecognised answer as the caterer will read it: trimmed, one line."""
    return " ".join(text.split())


def requirements(answer: str) -> tuple[str, ...]:
    """The grouped requirements in one answer; an unrecognised answer is returned as written,
    and an empty or "none" answer gives nothing."""
    folded = fold_answer(answer)
    if not folded or _NOTHING.match(folded):
        return ()
    found = [label for label, pattern in _COMPILED if pattern.search(folded)]
    for label in list(found):
        for implied in _IMPLIED.get(label, ()):
            if implied in found:
                found.remove(implied)
    return tuple(found) if found else (as_written(answer),)


def is_grouped(requirement: str) -> bool:
    return requirement in _GROUP_LABELS


_GROUP_LABELS = frozenset(label for label, _ in GROUPS)


@dataclass(frozen=True)
class DietaryCount:
    requirement: str
    count: int
    grouped: bool  # False: an answer listed as written


def dietary_counts(answers: Iterable[str]) -> list[DietaryCount]:
    """Counts per requirement: groups first (most common first), then answers as written.
    Someone who wrote "vegan, no nuts" counts once under each."""
    counts: Counter[str] = Counter()
    for answer in answers:
        counts.update(set(requirements(answer)))
    ordered = sorted(counts.items(), key=lambda item: (not is_grouped(item[0]), -item[1], item[0]))
    return [DietaryCount(label, n, is_grouped(label)) for label, n in ordered]


DEFAULT_NO_SHOW = 0.15
DEFAULT_MEALS: tuple[str, ...] = ("Lunch",)


@dataclass(frozen=True)
class MealExpectation:
    day_number: int
    day: str  # ISO date
    meal: str
    state: DayState
    valid: int  # active tickets valid that day
    admitted: int
    expected: int
    basis: str  # how `expected` was reached, in words, for the caterer


def expected_for(valid: int, no_show: float) -> int:
    """Tickets valid on an upcoming day, less the assumed no-shows, rounded up: a caterer
    would rather have one lunch too many."""
    return math.ceil(valid * (1 - no_show) - 1e-9)


def show_up_rate(earlier: Sequence[DayFigures]) -> float | None:
    """The share of valid tickets that came on the days already over, or None before any."""
    valid = sum(d.valid for d in earlier)
    return sum(d.admitted for d in earlier) / valid if valid else None


def forecast_today(
    today: DayFigures, earlier: Sequence[DayFigures], no_show: float
) -> tuple[int, str]:
    """A day in progress: its valid tickets times the show-up rate of the days already over
    (or, on the first day, the assumed one), and never fewer than already admitted. Admitted
    so far would be far too low for a lunch ordered at 10:00."""
    rate = show_up_rate(earlier)
    if rate is None:
        rate, seen = 1 - no_show, f"{1 - no_show:.0%} expected to come ({no_show:.0%} no-shows)"
    else:
        seen = f"{rate:.0%} came on the earlier day{'s' * (len(earlier) != 1)}"
    forecast = max(today.admitted, math.ceil(today.valid * rate - 1e-9))
    how = f"forecast: {today.valid} tickets valid today × {seen}; {today.admitted} in so far"
    return forecast, how


def meal_expectations(
    overview: Overview, meals: Sequence[str] = DEFAULT_MEALS, no_show: float = DEFAULT_NO_SHOW
) -> list[MealExpectation]:
    """Per day and meal: a past day counts who came, today is forecast (`forecast_today`),
    a later day counts its valid tickets less the stated no-show share."""
    if not 0 <= no_show < 1:
        raise ValueError("The no-show assumption must be at least 0 % and below 100 %.")
    rows = []
    past = [d for d in overview.days if d.state is DayState.PAST]
    for figures in overview.days:
        if figures.state is DayState.UPCOMING:
            expected = expected_for(figures.valid, no_show)
            basis = f"{figures.valid} tickets valid less {no_show:.0%} assumed no-shows"
        elif figures.state is DayState.TODAY:
            expected, basis = forecast_today(figures, past, no_show)
        else:
            expected = figures.admitted
            basis = "the people admitted (day over)"
        rows += [
            MealExpectation(
                day_number=figures.number,
                day=figures.day.isoformat(),
                meal=meal,
                state=figures.state,
                valid=figures.valid,
                admitted=figures.admitted,
                expected=expected,
                basis=basis,
            )
            for meal in meals
        ]
    return rows
