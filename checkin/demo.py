"""The demo event shipped with the app: synthetic attendees, no real people.

OpenStack Operators Mid-Cycle Meetup at The Landing, MediaCityUK, Manchester; two days dated
today and tomorrow so the demo works on any day; venue capacity 120; operator tickets capped at
100 plus moderators, sponsors and organizers. Generated from a fixed seed, so every home gets the
same people and the same ticket codes (handy for trying a printed demo ticket on any desk).
"""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from anyascii import anyascii

from checkin.core.entities import Attendee, CapacityPolicy, Event, TicketStatus
from checkin.core.ticket_codes import new_event_secret
from checkin.db.repository import Repository

NAME = "OpenStack Operators Mid-Cycle Meetup"
VENUE = "The Landing, MediaCityUK, Manchester"
TIMEZONE = "Europe/London"
CAPACITY = 120
OPERATOR_CAP = 100

# First and last names by region; combined by the seeded generator. Chosen to exercise the
# desk: diacritics, apostrophes, particles, and a few names in other scripts.
_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "pl": (("Łukasz", "Małgorzata", "Wojciech", "Zofia"), ("Wójcik", "Kowalczyk", "Nowak")),
    "dk": (("Søren", "Mette", "Rasmus"), ("Sørensen", "Ødegård", "Kjærgaard")),
    "cz": (("Tomáš", "Jiří", "Ondřej"), ("Dvořák", "Svoboda", "Procházka")),
    "ie": (("Cian", "Darragh", "Eoin"), ("Ó Súilleabháin", "O'Brien", "Mac Gearailt")),
    "de": (("Jürgen", "Lena", "Matthias", "Anke"), ("Müller", "Schröder", "Groß", "Weiß")),
    "fr": (("Zoë", "Hélène", "François", "Gaël"), ("Lefèvre", "Dubois", "Bénard")),
    "es": (("Begoña", "Íñigo", "Núria"), ("Muñoz", "Peña", "Fernández")),
    "nl": (("Maarten", "Sanne", "Bram"), ("van den Berg", "de Vries", "Jansen")),
    "se": (("Åsa", "Björn", "Linnéa"), ("Åkesson", "Lindqvist", "Öberg")),
    "hu": (("Ádám", "Zsófia"), ("Kovács", "Szőke")),
    "tr": (("Çağrı", "Ayşe"), ("Yıldız", "Şahin")),
    "gb": (("Oliver", "Amelia", "Harry", "Isla", "George"), ("Taylor", "Evans", "Hughes")),
    "us": (("Jessica", "Michael", "Ashley", "Tyler", "Brianna"), ("Johnson", "Rodriguez", "Kim")),
    "au": (("Lachlan", "Matilda", "Kieran"), ("Nguyen", "Mitchell", "O'Connor")),
    "in": (("Priya", "Arjun", "Lakshmi"), ("Raghunathan", "Iyer", "Bhattacharya")),
    "jp": (("Haruka", "Takumi"), ("Sato", "Watanabe")),
    "cn": (("Wei", "Xiaoling"), ("Zhang", "Liu")),
}
# Spelled in their own scripts: the badge must draw them, search must find them in Latin.
_OTHER_SCRIPTS = (
    ("Νίκος", "Παπαδόπουλος"),
    ("Анна", "Кузнецова"),
    ("Дмитро", "Шевченко"),
    ("花子", "山田"),
)
_COMPANIES = (
    "Tidewater Cloud",
    "Nordlys Hosting",
    "Pennine Data",
    "Kestrel Networks",
    "Alpenrose IT",
    "Vltava Compute",
    "Baltic Grid",
    "Sakura Stack KK",
    "Southern Cross Cloud",
    "Liffey Systems",
    "Garonne Hébergement",
    "Ebro Datos",
    "Research Compute Consortium",
    "Mersey Telecom",
    "",
)
_SPONSORS = ("Canonical", "Codethink", "DataCentred", "Midokura")
# Free text, as attendees really answer: the catering export groups these.
_DIETARY = (
    "vegetarian",
    "Vegetarian",
    "veggie",
    "vegetarisch",
    "vegan",
    "Vegan please",
    "gluten-free",
    "coeliac",
    "halal",
    "kosher",
    "nut allergy",
    "no pork",
    "pescatarian",
)
_ACCESS = ("step-free access", "wheelchair user", "hearing loop", "reserved seat near the front")


def demo_event(today: date) -> Event:
    return Event(
        name=NAME,
        venue=VENUE,
        timezone=TIMEZONE,
        days=(today, today + timedelta(days=1)),
        capacity=CAPACITY,
        policy=CapacityPolicy.WARN,
        secret=new_event_secret(),
    )


def demo_attendees(event: Event) -> list[Attendee]:
    rng = random.Random(2016_02_15)
    day1, day2 = event.days
    people = _people(rng)
    plan = ["Organizer"] * 4 + ["Sponsor"] * 8 + ["Moderator"] * 8 + ["Operator"] * OPERATOR_CAP
    attendees = []
    for number, ((first, last), ticket_type) in enumerate(zip(people, plan, strict=True)):
        if ticket_type == "Sponsor":
            company = _SPONSORS[number % len(_SPONSORS)]
        elif ticket_type == "Organizer":
            company = "OpenStack Operators"
        else:
            company = rng.choice(_COMPANIES)
        days: tuple[date, ...] = ()
        if ticket_type == "Operator" and number % 13 == 5:
            days = (day2,)
        elif ticket_type == "Operator" and number % 17 == 3:
            days = (day1,)
        email_name = _ascii_handle(first, last, number)
        attendees.append(
            Attendee(
                code=f"{rng.randrange(10**17, 10**18)}{number:03d}",
                first_name=first,
                last_name=last,
                ticket_type=ticket_type,
                company=company,
                email=f"{email_name}@example.org",
                days=days,
                dietary=rng.choice(_DIETARY) if rng.random() < 0.3 else "",
                accessibility=rng.choice(_ACCESS) if rng.random() < 0.05 else "",
                notes="Requires attention: speaker, collect slides" if number in (5, 13) else "",
                status=TicketStatus.CANCELLED if number in (37, 71, 99) else TicketStatus.ACTIVE,
                source="demo",
                source_id=f"demo-{number:03d}",
            )
        )
    return attendees


def _people(rng: random.Random) -> list[tuple[str, str]]:
    wanted = 4 + 8 + 8 + OPERATOR_CAP
    chosen: list[tuple[str, str]] = list(_OTHER_SCRIPTS)
    # Make sure the names the README and the tests mention are always there.
    chosen += [("Łukasz", "Wiśniewski"), ("Jürgen", "Müller"), ("Siobhán", "O'Brien"),
               ("Søren", "Sørensen"), ("Tomáš", "Dvořák"), ("Zoë", "Ødegård"),
               ("Cian", "Ó Súilleabháin")]  # fmt: skip
    seen = set(chosen)
    regions = sorted(_NAMES)
    while len(chosen) < wanted:
        firsts, lasts = _NAMES[rng.choice(regions)]
        pair = (rng.choice(firsts), rng.choice(lasts))
        if pair not in seen:
            seen.add(pair)
            chosen.append(pair)
    rng.shuffle(chosen)
    return chosen


def _ascii_handle(first: str, last: str, number: int) -> str:
    handle = re.sub(r"[^a-z.]", "", anyascii(f"{first}.{last}").lower())
    return f"{handle}{number}"


class HomeInUse(ValueError):
    """The home already holds another event."""


def load_demo(repo: Repository) -> tuple[Event, bool]:
    """Put the demo event into an empty home. Returns the event and whether it was new;
    a home already holding the demo keeps its data (and its check-ins)."""
    existing = repo.event()
    if existing is not None:
        if existing.name == NAME:
            return existing, False
        raise HomeInUse(
            f"This home already holds {existing.name!r}; use another --home to try the demo."
        )
    today = repo.clock().astimezone(ZoneInfo(TIMEZONE)).date()
    event = repo.save_event(demo_event(today))
    repo.add_attendees(demo_attendees(event))
    return event, True


def demo_attendee_count(repo: Repository) -> int:
    """How many of the home's attendees are the demo's synthetic ones: an import into a home
    that still holds them adds the real list beside them, which the organizer must be told."""
    return sum(1 for a in repo.attendees() if a.source == "demo")
