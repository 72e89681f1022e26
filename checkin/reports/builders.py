"""Which figures each export holds. Catering exports (headcount, dietary) carry counts only:
no names, e-mails, companies or ticket codes. Attendee and check-in exports are personal data
and meant for organizers only."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from checkin.core.catering import dietary_counts, meal_expectations
from checkin.core.entities import Attendee, CheckIn, Event
from checkin.core.headcount import admitted_by_day
from checkin.core.overview import BUCKET_MINUTES, DayFigures, DayState, Overview, bucket_label
from checkin.reports.model import Arrivals, Cell, Kind, Report, Section


def day_label(figures: DayFigures) -> str:
    return f"Day {figures.number} · {figures.day.strftime('%a %d %b').replace(' 0', ' ')}"


def pick_days(overview: Overview, day: int | None) -> list[DayFigures]:
    if day is None:
        return list(overview.days)
    if not 1 <= day <= len(overview.days):
        raise ValueError(f"--day wants a number from 1 to {len(overview.days)}, not {day}.")
    return [overview.days[day - 1]]


def arrivals_chart(figures: DayFigures) -> Arrivals:
    """Zero-filled from the first to the last busy bucket, so quiet spells show as gaps."""
    if not figures.arrivals:
        return Arrivals(day_label(figures), [])
    first, last = min(figures.arrivals), max(figures.arrivals)
    buckets = [
        (bucket_label(m), figures.arrivals.get(m, 0))
        for m in range(first, last + BUCKET_MINUTES, BUCKET_MINUTES)
    ]
    return Arrivals(day_label(figures), buckets)


def headcount_report(event: Event, overview: Overview, day: int | None = None) -> Report:
    count = overview.headcount
    days = pick_days(overview, day)
    now = Section(
        "Now",
        ("Measure", "Count"),
        [
            ("On site now", count.on_site),
            ("Capacity", count.capacity if count.capacity is not None else "no limit"),
            ("Capacity state", overview.band.value),
            ("Admitted today", count.checked_in_today),
            ("Registered (active tickets)", count.registered),
            ("Cancelled tickets", count.cancelled),
            ("No-shows so far", overview.no_shows_so_far),
        ],
        widths=(34, 12),
    )
    per_day = Section(
        "Per day",
        ("Day", "Date", "State", "Tickets valid", "Admitted", "Not admitted", "No-shows"),
        [
            (d.number, d.day, d.state.value, d.valid, d.admitted, d.missing, d.no_shows)
            for d in days
        ],
        widths=(6, 12, 10, 12, 10, 12, 10),
    )
    types = Section(
        "Per ticket type",
        ("Ticket type", "Registered", "Admitted"),
        [(t, c.registered, c.admitted) for t, c in count.by_ticket_type.items()],
        widths=(30, 12, 12),
    )
    arrivals = Section(
        f"Arrivals per {BUCKET_MINUTES} minutes",
        ("Day", "Date", "From", "First admissions"),
        [
            (d.number, d.day, bucket_label(m), n)
            for d in days
            for m, n in sorted(d.arrivals.items())
        ],
        widths=(6, 12, 8, 16),
    )
    return Report(
        kind=Kind.HEADCOUNT,
        title=f"Headcount · {event.name}",
        subtitle=_where_when(event, overview),
        sections=(now, per_day, types, arrivals),
        notes=(
            "Admitted counts distinct people per day: a re-entry counts once. "
            "No-shows are tickets valid on a day that is over and never admitted on it.",
        ),
        charts=tuple(arrivals_chart(d) for d in days),
    )


def dietary_report(
    event: Event,
    overview: Overview,
    attendees: Sequence[Attendee],
    checkins: Sequence[CheckIn],
    day: int | None = None,
    meals: Sequence[str] = ("Lunch",),
    no_show: float = 0.15,
) -> Report:
    days = {d.day for d in pick_days(overview, day)}
    came = admitted_by_day(checkins)
    meal_rows: list[tuple[Cell, ...]] = [
        (m.day_number, date.fromisoformat(m.day), m.meal, m.state.value, m.valid, m.admitted,
         m.expected, m.basis)
        for m in meal_expectations(overview, meals, no_show)
        if date.fromisoformat(m.day) in days
    ]  # fmt: skip
    diet_rows: list[tuple[Cell, ...]] = []
    for figures in overview.days:
        if figures.day not in days:
            continue
        # A day over is catered for the people who came; today and a later day for everyone
        # whose ticket is valid (today's lunch is ordered before the last of them arrive).
        if figures.state is not DayState.PAST:
            among, people = (
                "tickets valid",
                [a for a in attendees if not a.cancelled and a.valid_on(figures.day)],
            )
        else:
            ids = came.get(figures.day, set())
            among, people = "admitted", [a for a in attendees if a.id in ids]
        diet_rows += [
            (figures.number, figures.day, among, c.requirement, c.count,
             "usual requirement" if c.grouped else "answer as written")
            for c in dietary_counts(a.dietary for a in people)
        ]  # fmt: skip
    return Report(
        kind=Kind.DIETARY,
        title=f"Catering · {event.name}",
        subtitle=_where_when(event, overview),
        sections=(
            Section(
                "Meals",
                ("Day", "Date", "Meal", "State", "Tickets valid", "Admitted", "Expected", "How"),
                meal_rows,
                widths=(6, 11, 7, 7, 9, 11, 11, 36),
            ),
            Section(
                "Dietary requirements",
                ("Day", "Date", "Counted among", "Requirement", "People", "Read as"),
                diet_rows,
                widths=(5, 11, 13, 32, 8, 17),
            ),
        ),
        notes=(
            f"Upcoming days expect their valid tickets less an assumed {no_show:.0%} no-shows "
            "(rounded up). Today is a forecast: its valid tickets times the share that came on "
            "the days already over (on the first day, the assumed share), never fewer than "
            "admitted so far. Dietary counts for today and later days are among valid tickets.",
            "Someone with several requirements counts under each. Answers not recognised are "
            "listed as written.",
        ),
    )


def attendees_report(
    event: Event, attendees: Sequence[Attendee], checkins: Sequence[CheckIn], day: int | None
) -> Report:
    came = admitted_by_day(checkins)
    chosen = _event_day(event, day)
    rows: list[tuple[Cell, ...]] = []
    for a in attendees:
        if chosen is not None and not a.valid_on(chosen):
            continue
        admitted = [d for d in sorted(came) if a.id in came[d]]
        rows.append(
            (a.code, a.first_name, a.last_name, a.badge_name, a.email, a.company, a.ticket_type,
             ", ".join(d.isoformat() for d in a.days) or "all", a.status.value, a.dietary,
             a.accessibility, a.notes, ", ".join(d.isoformat() for d in admitted))
        )  # fmt: skip
    headers = (
        *("Code", "First name", "Last name", "Badge name", "E-mail", "Company", "Ticket type"),
        *("Days", "Status", "Dietary", "Access", "Notes", "Admitted on"),
    )
    return Report(
        kind=Kind.ATTENDEES,
        title=f"Attendees · {event.name}",
        subtitle=_day_subtitle(event, chosen),
        sections=(
            Section(
                "Attendees", headers, rows, widths=(13, 9, 11, 7, 19, 10, 10, 8, 9, 10, 8, 12, 11)
            ),
        ),
        notes=("Personal data: for organizers only. Delete this file after the event.",),
        wide=True,
    )


def checkins_report(
    event: Event, attendees: Sequence[Attendee], checkins: Sequence[CheckIn], day: int | None
) -> Report:
    people = {a.id: a for a in attendees}
    chosen = _event_day(event, day)
    rows: list[tuple[Cell, ...]] = []
    for c in checkins:
        if chosen is not None and c.day != chosen:
            continue
        a = people.get(c.attendee_id)
        undone = event.local_time(c.undone_at).replace(tzinfo=None) if c.undone_at else None
        rows.append(
            (event.local_time(c.at).replace(tzinfo=None), c.day, c.direction.value,
             a.code if a else "", a.display_name if a else "", a.ticket_type if a else "",
             c.desk, "yes" if c.override else "", undone)
        )  # fmt: skip
    headers = ("Time", "Day", "Direction", "Code", "Name", "Ticket type", "Desk", "Override",
               "Undone at")  # fmt: skip
    return Report(
        kind=Kind.CHECKINS,
        title=f"Check-ins · {event.name}",
        subtitle=_day_subtitle(event, chosen) + f" · times in {event.timezone}",
        sections=(Section("Check-ins", headers, rows, widths=(17, 10, 8, 17, 22, 11, 9, 8, 17)),),
        notes=("Personal data: for organizers only. Delete this file after the event.",),
        wide=True,
    )


def _event_day(event: Event, day: int | None) -> date | None:
    if day is None:
        return None
    if not 1 <= day <= len(event.days):
        raise ValueError(f"--day wants a number from 1 to {len(event.days)}, not {day}.")
    return event.days[day - 1]


def _day_subtitle(event: Event, chosen: date | None) -> str:
    where = event.venue or event.name
    return f"{where} · {chosen.isoformat() if chosen else 'all days'}"


def _where_when(event: Event, overview: Overview) -> str:
    return f"{event.venue or event.name} · as of {overview.today.isoformat()}"
