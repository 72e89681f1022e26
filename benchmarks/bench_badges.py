"""Badge rendering speed: one badge and 1,000 badges, beside baselines measured in the same run.

Goals: one badge ≤ 10 ms, 1,000 badges ≤ 5 s. Baselines: ReportLab drawing the same texts with a
base-14 font and no QR code (the least any PDF badge costs), and `qrcode` alone with its default
mask search (what a naive QR per badge costs). A second table times one badge to a label
printer's bytes (Brother QL raster, Zebra ZPL) beside the PDF path (`label_badges`).

    PYTHONPATH=. python benchmarks/bench_badges.py
"""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Callable

import qrcode
from reportlab.pdfgen.canvas import Canvas

from benchmarks import label_badges
from checkin.core.entities import Attendee
from checkin.printing.render import BadgeRenderer
from checkin.printing.templates import MM, available_templates

NAMES = [
    ("Łukasz", "Żółć"),
    ("Sigrid", "Ødegård"),
    ("Γεώργιος", "Παπαδόπουλος"),
    ("Екатерина", "Кузнецова"),
    ("Anna-Katharina", "Mountbatten-Windsor Featherstonehaugh-Smythes"),
]


def people(count: int) -> list[Attendee]:
    return [
        Attendee(
            code=f"{271828182845904523 + n * 7919:018d}",
            first_name=NAMES[n % 5][0],
            last_name=NAMES[n % 5][1],
            ticket_type=("Operator", "Sponsor", "Moderator", "Organizer")[n % 4],
            company="DataCentred",
        )
        for n in range(count)
    ]


def baseline_pdf(attendees: list[Attendee]) -> bytes:
    """The same texts with Helvetica, one page each, no QR, no fitting, no logo."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(101 * MM, 54 * MM), pageCompression=1)
    for a in attendees:
        canvas.setFont("Helvetica-Bold", 28)
        canvas.drawString(10, 90, a.first_name)
        canvas.setFont("Helvetica", 11)
        canvas.drawString(10, 70, a.full_name)
        canvas.drawString(10, 55, a.company)
        canvas.drawCentredString(140, 10, a.ticket_type.upper())
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def qr_alone(attendees: list[Attendee]) -> None:
    for a in attendees:
        qrcode.make(a.code)


def ms(action: Callable[[], object], repeat: int) -> float:
    action()  # warm-up: fonts loaded, caches filled
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    one, thousand = people(1), people(1000)
    rows = [("", "one badge (ms)", "1,000 badges (ms)")]
    for name in ("dymo-54x101", "a6", "a4-8up"):
        renderer = BadgeRenderer(available_templates()[name], "OpenStack Operators Meetup")
        rows.append(
            (
                f"checkin {name}",
                f"{ms(lambda r=renderer: r.pdf(one), 30):.2f}",
                f"{ms(lambda r=renderer: r.pdf(thousand), 3):.0f}",
            )
        )
    rows.append(
        (
            "baseline: Helvetica, no QR",
            f"{ms(lambda: baseline_pdf(one), 30):.2f}",
            f"{ms(lambda: baseline_pdf(thousand), 3):.0f}",
        )
    )
    rows.append(
        (
            "baseline: qrcode.make alone",
            f"{ms(lambda: qr_alone(one), 30):.2f}",
            f"{ms(lambda: qr_alone(thousand), 1):.0f}",
        )
    )
    rows.append(("goal", "≤ 10", "≤ 5,000"))
    width = max(len(r[0]) for r in rows)
    for label, single, many in rows:
        print(f"{label:<{width}}  {single:>15}  {many:>18}")
    print()
    label_badges.main()


if __name__ == "__main__":
    main()
