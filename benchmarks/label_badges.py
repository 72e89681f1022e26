"""Label printer rows of `bench_badges`: one badge to Brother QL raster and to Zebra ZPL bytes.

Each row is the whole way from an attendee to the bytes the printer is sent: the badge PDF (the
same layout every printer gets), rasterised at the printer's dpi, cut to 1 bit, encoded by
brother_ql or zebrafy. Beside them, in the same run, the PDF path alone (what a CUPS queue is
handed) on the same templates. Goal: ≤ 50 ms per badge to bytes.
"""

from __future__ import annotations

from collections.abc import Callable

from benchmarks.common import generated_attendees, p, timed
from checkin.core.entities import Attendee
from checkin.printing.label.brother import ql_job
from checkin.printing.label.printer import LabelPrinter, label_printer
from checkin.printing.render import BadgeRenderer
from checkin.printing.templates import available_templates

EVENT = "OpenStack Operators Mid-Cycle Meetup"
PRINTERS = [
    ("QL-820NWB, 62×100 mm die-cut", "brother-ql://bench?model=QL-820NWB&label=62x100"),
    ("QL-820NWB, 62 mm roll", "brother-ql://bench?model=QL-820NWB&label=62"),
    ("QL-1110NWB, 102×152 mm", "brother-ql://bench?model=QL-1110NWB&label=102x152"),
    ("Zebra 203 dpi, 102×152 mm", "zpl://bench?dpi=203&width=102&height=152"),
    ("Zebra 300 dpi, 102×152 mm", "zpl://bench?dpi=300&width=102&height=152"),
]
BADGES = 120  # distinct people: every badge has its own name and QR code


def _per_badge(
    make: Callable[[Attendee], bytes], people: list[Attendee]
) -> tuple[list[float], int]:
    make(people[0])  # warm-up: fonts and caches
    sizes: list[int] = []
    queue = iter(people)
    samples = timed(lambda: sizes.append(len(make(next(queue)))), len(people))
    return samples, sum(sizes) // len(sizes)


def rows() -> list[tuple[str, str, str, str]]:
    people = generated_attendees(BADGES, seed=26)
    templates = available_templates()
    out: list[tuple[str, str, str, str]] = []
    for label, address in PRINTERS:
        printer = label_printer(address)
        assert isinstance(printer, LabelPrinter)
        template = printer.fit_template(templates["a6"])
        renderer = BadgeRenderer(template, EVENT)
        pdf_samples, pdf_bytes = _per_badge(lambda a, r=renderer: r.pdf([a]), people)
        job_samples, job_bytes = _per_badge(
            lambda a, r=renderer, pr=printer: pr.encode(r.pdf([a])), people
        )
        out.append((f"baseline: PDF only ({template.name})",
                    f"{p(pdf_samples, 50):.1f}", f"{p(pdf_samples, 95):.1f}", f"{pdf_bytes:,}"))  # fmt: skip
        out.append((f"checkin → {label}",
                    f"{p(job_samples, 50):.1f}", f"{p(job_samples, 95):.1f}", f"{job_bytes:,}"))  # fmt: skip
    # The trade-off behind sending QL rows uncompressed: brother_ql's pure-Python PackBits.
    printer = label_printer(PRINTERS[0][1])
    assert isinstance(printer, LabelPrinter)
    renderer = BadgeRenderer(printer.fit_template(templates["a6"]), EVENT)
    packed, packed_bytes = _per_badge(
        lambda a: ql_job(printer.images(renderer.pdf([a])), printer.address, compress=True), people
    )
    out.append((f"  same, PackBits-compressed ({PRINTERS[0][0]})",
                f"{p(packed, 50):.1f}", f"{p(packed, 95):.1f}", f"{packed_bytes:,}"))  # fmt: skip
    out.append(("goal (to bytes)", "≤ 50", "", ""))
    return out


def main() -> None:
    header = ("one badge to printer bytes", "p50 ms", "p95 ms", "bytes/badge")
    table = [header, *rows()]
    width = max(len(r[0]) for r in table)
    for name, p50, p95, size in table:
        print(f"{name:<{width}}  {p50:>7}  {p95:>7}  {size:>11}")
