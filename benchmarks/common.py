"""Shared pieces of the benchmark scripts: timing, percentiles, a table printer, test people."""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable, Sequence

from checkin.core.entities import Attendee

FIRST = [
    "Łukasz",
    "Zoë",
    "Søren",
    "Jürgen",
    "Siobhán",
    "Tomáš",
    "Priya",
    "Haruka",
    "Anna",
    "Michael",
    "Lachlan",
    "Begoña",
    "Çağrı",
    "Åsa",
    "Νίκος",
    "Дмитро",
    "Matilda",
    "Wei",
]
LAST = ["Wiśniewski", "Ødegård", "Sørensen", "Müller", "O'Brien", "Dvořák", "Iyer", "Sato",
        "Kuznetsova", "Johnson", "Mitchell", "Muñoz", "Yıldız", "Öberg", "Παπαδόπουλος",
        "Шевченко", "Nguyen", "Zhang", "van den Berg", "Ó Súilleabháin"]  # fmt: skip
COMPANIES = ["Tidewater Cloud", "Nordlys Hosting", "Pennine Data", "Kestrel Networks",
             "Alpenrose IT", "Vltava Compute", "Baltic Grid", "Sakura Stack KK"]  # fmt: skip


def generated_attendees(count: int, seed: int = 7) -> list[Attendee]:
    rng = random.Random(seed)
    people = []
    for n in range(count):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        people.append(
            Attendee(
                code=f"{rng.randrange(10**17, 10**18)}{n:05d}",
                first_name=first,
                last_name=f"{last}{'' if n < len(LAST) else rng.choice(['', 'a', 'son', 'i'])}",
                company=rng.choice(COMPANIES),
                email=f"person{n}@example.org",
                ticket_type=rng.choice(["Operator", "Sponsor", "Moderator"]),
            )
        )
    return people


def timed(action: Callable[[], object], repeat: int) -> list[float]:
    """Milliseconds per call."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def p(samples: Sequence[float], percentile: int) -> float:
    if len(samples) == 1:
        return samples[0]
    return statistics.quantiles(samples, n=100, method="inclusive")[percentile - 1]


def table(title: str, header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    cells = [list(map(str, header))] + [
        [f"{c:.2f}" if isinstance(c, float) else str(c) for c in row] for row in rows
    ]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    line = lambda r: "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |"  # noqa: E731
    out = [f"### {title}", "", line(cells[0]), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += [line(r) for r in cells[1:]]
    return "\n".join(out)
