"""A conference's attendee list for benchmarks: mostly distinct names in many scripts, a few
hundred companies, e-mail addresses at the companies' domains, order codes, a few cancellations.

`common.generated_attendees` repeats 18 first and 20 last names, which flatters any cache of
folded names; a real list of 10,000 has thousands of distinct surnames. These are built from
syllables, so they are distinct, pronounceable, and in the scripts a European tech meetup sees.
"""

from __future__ import annotations

import random

from anyascii import anyascii

from checkin.core.entities import Attendee, TicketStatus

FIRST = ["Łukasz", "Zoë", "Søren", "Jürgen", "Siobhán", "Tomáš", "Priya", "Haruka", "Anna",
         "Michael", "Lachlan", "Begoña", "Çağrı", "Åsa", "Νίκος", "Дмитро", "Matilda", "Wei",
         "Oluwaseun", "Fatima", "Mateus", "Ingrid", "Kateřina", "Giuseppe", "Aoife", "Yusuf",
         "Mariana", "Olek", "Björn", "Chloé", "Ewa", "Rahul", "Σοφία", "Ольга", "Иван", "美咲",
         "伟", "Thảo", "Nguyễn", "Élodie", "José", "Zsófia", "Ξανθή", "Ådne", "Ümit", "Lior"]  # fmt: skip
_LATIN = ["ko", "wal", "ski", "mül", "ler", "ber", "gen", "sø", "ren", "sen", "dvo", "řák", "ni",
          "el", "son", "van", "der", "o'", "bri", "en", "ma", "tić", "ova", "lą", "ga", "rd",
          "ø", "ström", "ha", "ru", "ta", "ya", "pe", "rez", "ñoz", "ci", "lo", "ne", "ba"]  # fmt: skip
_GREEK = ["Πα", "πα", "δό", "που", "λος", "Κω", "στα", "ντί", "νου", "Γε", "ωρ", "γί"]
_CYRILLIC = ["Ку", "зне", "цо", "ва", "Ше", "вче", "нко", "Пе", "тро", "ва", "ов", "ский"]
_CJK = ["王", "李", "张", "刘", "陈", "田", "中", "山", "本", "佐", "藤", "林"]
_COMPANY = ["Tidewater", "Nordlys", "Pennine", "Kestrel", "Alpenrose", "Vltava", "Baltic",
            "Sakura", "Liffey", "Danube", "Fjord", "Meridian", "Cobalt", "Harbour", "Łódź",
            "Zürich", "Ōsaka", "Αθήνα", "Київ", "Granite"]  # fmt: skip
_KIND = ["Cloud", "Hosting", "Data", "Networks", "IT", "Compute", "Grid", "Stack KK", "Labs",
         "Systems", "Analytics", "Software GmbH", "Consulting", "Security", "AG"]  # fmt: skip
TICKETS = ["Attendee", "Speaker", "Sponsor", "Student", "Volunteer"]


def _surname(rng: random.Random) -> str:
    script = rng.random()
    if script < 0.75:
        return "".join(rng.choice(_LATIN) for _ in range(rng.randint(2, 4))).capitalize()
    if script < 0.83:
        return "".join(rng.choice(_GREEK) for _ in range(rng.randint(2, 4))).capitalize()
    if script < 0.93:
        return "".join(rng.choice(_CYRILLIC) for _ in range(rng.randint(2, 4))).capitalize()
    return "".join(rng.choice(_CJK) for _ in range(rng.randint(1, 2)))


def conference_attendees(count: int, seed: int = 11) -> list[Attendee]:
    rng = random.Random(seed)
    companies = [f"{c} {k}" for c in _COMPANY for k in _KIND]
    people = []
    for n in range(count):
        first, last = rng.choice(FIRST), _surname(rng)
        if rng.random() < 0.03:
            last = f"{last}-{_surname(rng)}"  # a double-barrelled name
        company = rng.choice(companies) if rng.random() < 0.85 else ""
        domain = anyascii(company.split(" ")[0]).lower() if company else "mail"
        local = f"{anyascii(first)}.{anyascii(last)}".lower().replace("'", "").replace(" ", "")
        people.append(
            Attendee(
                code=f"{rng.randrange(10**17, 10**18)}{n:05d}",
                source="pretix",
                source_id=f"{rng.choice('ABCDEFGHJK')}{rng.randrange(10000, 99999)}-{n % 3 + 1}",
                first_name=first,
                last_name=last,
                company=company,
                email=f"{local}{n}@{domain}.example",
                ticket_type=rng.choice(TICKETS),
                status=TicketStatus.CANCELLED if rng.random() < 0.02 else TicketStatus.ACTIVE,
            )
        )
    return people
