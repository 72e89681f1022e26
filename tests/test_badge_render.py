"""Badges as PDF: the hard names come out exactly, inside the badge, in embedded fonts, with a
QR code that reads back as the ticket code."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from checkin.core.entities import Attendee
from checkin.printing.fitting import fit
from checkin.printing.fonts import BOLD, REGULAR, missing_glyphs, register_fonts
from checkin.printing.render import BadgeRenderer
from checkin.printing.templates import MM, TemplateError, available_templates, load_template

LONG = "Anna-Katharina Mountbatten-Windsor Featherstonehaugh-Smythes"
HARD = [
    ("Zbigniew", "Żółć", "Operator"),
    ("Sigrid", "Ødegård", "Moderator"),
    ("Γεώργιος", "Παπαδόπουλος", "Sponsor"),
    ("Екатерина", "Кузнецова", "Organizer"),
    (LONG.split(" ", 1)[0], LONG.split(" ", 1)[1], "Operator"),
]
EVENT = "OpenStack Operators Mid-Cycle Meetup"
TEMPLATES = sorted(available_templates())


def hard_attendees() -> list[Attendee]:
    return [
        Attendee(
            code=f"T{n}-{last[:3]}-0{n}",
            first_name=first,
            last_name=last,
            ticket_type=kind,
            company="Ковальчук & Søn Ltd — Ελλάς",
        )
        for n, (first, last, kind) in enumerate(HARD)
    ]


def runs(pdf: bytes) -> list[list[tuple[str, float, float, float, str]]]:
    """Per page: (text, x, baseline y, size, font name) of every drawn text run."""
    pages = []
    for page in reader(pdf).pages:
        found: list[tuple[str, float, float, float, str]] = []

        def visit(text, cm, tm, font, size, found=found):  # type: ignore[no-untyped-def]
            if text.strip():
                name = str(font["/BaseFont"]) if font else ""
                found.append((text.strip("\n"), tm[4], tm[5], size * tm[0], name))

        page.extract_text(visitor_text=visit)
        pages.append(found)
    return pages


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def test_the_hard_names_are_the_pdf_text_exactly() -> None:
    assert len(LONG) == 60
    template = available_templates()["a6"]
    pdf = BadgeRenderer(template, EVENT).pdf(hard_attendees())
    pages = reader(pdf).pages
    assert len(pages) == len(HARD)
    for page, (first, last, _) in zip(pages, HARD, strict=True):
        text = " ".join(page.extract_text().split())
        assert f"{first} {last}" in text
        lines = page.extract_text().splitlines()
        assert first in [line.strip() for line in lines]


@pytest.mark.parametrize("name", TEMPLATES)
def test_every_word_lies_inside_its_badge(name: str) -> None:
    register_fonts()
    template = available_templates()[name]
    pdf = BadgeRenderer(template, EVENT).pdf(hard_attendees(), start_position=0)
    w, h = template.badge_mm[0] * MM, template.badge_mm[1] * MM
    cells = [template.origin(p) for p in range(template.per_page)]
    for page in runs(pdf):
        assert page
        for text, x, y, size, font in page:
            face = BOLD if "Bold" in font else REGULAR
            right = x + stringWidth(text, face, size)
            inside = [
                (cx, cy)
                for cx, cy in cells
                if cx <= x
                and right <= cx + w
                and cy <= y - 0.24 * size
                and y + 0.93 * size <= cy + h
            ]
            assert inside, f"{text!r} at {x:.1f},{y:.1f} size {size:.1f} leaves the badge"


def test_fonts_are_embedded_truetype() -> None:
    pdf = BadgeRenderer(available_templates()["dymo-54x101"], EVENT).pdf(hard_attendees())
    for page in reader(pdf).pages:
        fonts = page["/Resources"]["/Font"]
        assert fonts
        for font in fonts.values():
            descriptor = font.get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor, font.get_object()["/BaseFont"]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler) not installed")
@pytest.mark.parametrize("name", ["a6", "dymo-54x101", "a4-8up"])
def test_qr_code_reads_back_as_the_ticket_code(name: str, tmp_path: Path) -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    people = hard_attendees()[:2]
    (tmp_path / "b.pdf").write_bytes(BadgeRenderer(available_templates()[name], EVENT).pdf(people))
    subprocess.run(
        ["pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", "-singlefile",
         str(tmp_path / "b.pdf"), str(tmp_path / "b")],
        check=True,
    )  # fmt: skip
    found = {r.text for r in zxingcpp.read_barcodes(Image.open(tmp_path / "b.png"))}
    expected = {p.code for p in people} if name == "a4-8up" else {people[0].code}
    assert found == expected


def test_sheets_start_at_the_given_position() -> None:
    template = available_templates()["letter-4x3"]
    pdf = BadgeRenderer(template, EVENT).pdf(hard_attendees()[:2], start_position=4)
    (page,) = runs(pdf)
    x5, y5 = template.origin(4)
    firsts = [(x, y) for text, x, y, *_ in page if text == HARD[0][0]]
    assert len(firsts) == 1
    x, y = firsts[0]
    assert x5 < x < x5 + template.badge_mm[0] * MM
    assert y5 < y < y5 + template.badge_mm[1] * MM
    with pytest.raises(ValueError, match="between 1 and 6"):
        BadgeRenderer(template).pdf(hard_attendees(), start_position=6)


def test_a_full_sheet_continues_on_a_new_page() -> None:
    template = available_templates()["a4-8up"]
    people = [a.with_changes(code=f"C{i}") for i in range(3) for a in hard_attendees()]
    assert len(reader(BadgeRenderer(template).pdf(people, start_position=6)).pages) == 3


def test_missing_glyphs_names_the_characters_the_fonts_lack() -> None:
    assert missing_glyphs("山田 花子") == "山田花子"
    assert missing_glyphs(*[f"{first} {last}" for first, last, _ in HARD]) == ""
    assert missing_glyphs("Zoë\u200d O\u2019Brien\u00ad") == ""


def test_long_names_shrink_then_wrap() -> None:
    register_fonts()
    fitted = fit(LONG, REGULAR, 18, 7, 80 * MM)
    assert len(fitted.lines) == 2 and " ".join(fitted.lines) == LONG
    assert fitted.size > 18 * 0.6
    short = fit("Zoë", BOLD, 44, 7, 80 * MM)
    assert short.lines == ("Zoë",) and short.size == 44


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abcŻółćΠαπКуз -", min_size=1, max_size=90), st.floats(20, 300))
def test_fitted_text_never_runs_off(text: str, box: float) -> None:
    register_fonts()
    fitted = fit(text, BOLD, 40, 7, box)
    assert " ".join(fitted.lines) == " ".join(text.split())
    for line in fitted.lines:
        assert stringWidth(line, BOLD, fitted.size) <= box + 1e-6


def test_a_broken_template_is_reported_with_its_file(tmp_path: Path) -> None:
    bad = tmp_path / "mine.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"mine\.json"):
        load_template(bad)
    data = json.loads((Path(__file__).parent.parent / "resources/badges/a6.json").read_text())
    bad.write_text(json.dumps({**data, "badge_mm": [300, 300]}), encoding="utf-8")
    with pytest.raises(TemplateError, match="do not fit"):
        load_template(bad)


def test_a_copied_template_in_the_home_overrides_by_name(tmp_path: Path) -> None:
    data = json.loads((Path(__file__).parent.parent / "resources/badges/a6.json").read_text())
    (tmp_path / "badges").mkdir()
    (tmp_path / "badges" / "big.json").write_text(
        json.dumps({**data, "name": "big", "show": {**data["show"], "markers": True}})
    )
    templates = available_templates(tmp_path)
    assert templates["big"].show["markers"] and not templates["a6"].show["markers"]
