"""PDF writer: a title, the notes, one table per section and, for headcount, an arrivals chart
per day drawn with reportlab.graphics. Text is set in a Unicode TrueType font (names with Ł, ő, ř)
and escaped, so a name can never be taken for Paragraph markup."""

from __future__ import annotations

import math
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from checkin.reports.fonts import unicode_font
from checkin.reports.model import Arrivals, Cell, Report, Section

_HEAD = colors.HexColor("#1f3a5f")
_STRIPE = colors.HexColor("#eef2f7")
_BAR = colors.HexColor("#2e7d32")


def write_pdf(report: Report, out: Path) -> None:
    regular, bold = unicode_font()
    page = landscape(A4) if report.wide else A4
    doc = SimpleDocTemplate(
        str(out),
        pagesize=page,
        leftMargin=14 * mm,
        rightMargin=14 * mm,
        topMargin=14 * mm,
        bottomMargin=14 * mm,
        title=report.title,
        author="checkin",
    )
    styles = _styles(regular, bold)
    story: list[Flowable] = [
        Paragraph(escape(report.title), styles["title"]),
        Paragraph(escape(report.subtitle), styles["subtitle"]),
    ]
    story += [Paragraph(escape(note), styles["note"]) for note in report.notes]
    for chart in report.charts:
        story += [Spacer(1, 3 * mm), _chart(chart, doc.width, regular, bold)]
    for section in report.sections:
        # A heading never ends a page alone (a table may still split across pages).
        story += [CondPageBreak(30 * mm), Spacer(1, 5 * mm)]
        story.append(Paragraph(escape(section.name), styles["heading"]))
        story.append(_table(section, doc.width, styles, regular, bold))

    def footer(canvas: Canvas, document: SimpleDocTemplate) -> None:
        canvas.setFont(regular, 7)
        canvas.setFillColor(colors.grey)
        canvas.drawRightString(page[0] - 14 * mm, 8 * mm, f"{report.title} · page {doc.page}")

    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def _styles(regular: str, bold: str) -> dict[str, ParagraphStyle]:
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=16, leading=20),
        "subtitle": ParagraphStyle("subtitle", fontName=regular, fontSize=10, leading=14),
        "note": ParagraphStyle(
            "note", fontName=regular, fontSize=8, leading=10, textColor=colors.grey
        ),
        "heading": ParagraphStyle("heading", fontName=bold, fontSize=11, leading=15),
        "cell": ParagraphStyle("cell", fontName=regular, fontSize=7.5, leading=9),
        "head": ParagraphStyle(
            "head", fontName=bold, fontSize=7.5, leading=9, textColor=colors.white
        ),
    }


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _table(
    section: Section, width: float, styles: dict[str, ParagraphStyle], regular: str, bold: str
) -> Flowable:
    if not section.rows:
        return Paragraph("Nothing to show yet.", styles["note"])
    weights = section.widths or tuple(len(h) + 4 for h in section.headers)
    scale = min(1.0, width / (sum(weights) * 2.2 * mm))
    col_widths = [w * 2.2 * mm * scale for w in weights]
    # Free text wraps inside its column (a Paragraph); numbers and dates stay plain and right/left
    # aligned as typed.
    data: list[list[object]] = [[Paragraph(escape(h), styles["head"]) for h in section.headers]]
    for row in section.rows:
        data.append(
            [Paragraph(escape(v), styles["cell"]) if isinstance(v, str) else _text(v) for v in row]
        )
    table = Table(data, colWidths=col_widths, repeatRows=1, hAlign="LEFT")
    style = [
        ("FONT", (0, 0), (-1, -1), regular, 7.5),
        ("FONT", (0, 0), (-1, 0), bold, 7.5),
        ("BACKGROUND", (0, 0), (-1, 0), _HEAD),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
    ]
    for column, value in enumerate(section.rows[0]):
        if isinstance(value, int | float):
            style.append(("ALIGN", (column, 1), (column, -1), "RIGHT"))
    style += [("BACKGROUND", (0, r), (-1, r), _STRIPE) for r in range(2, len(data), 2)]
    table.setStyle(TableStyle(style))
    return table


def _chart(arrivals: Arrivals, width: float, regular: str, bold: str) -> Drawing:
    height = 55 * mm
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 10, f"Arrivals per 10 minutes · {arrivals.label}",
                       fontName=bold, fontSize=9))  # fmt: skip
    if not arrivals.buckets:
        drawing.add(String(0, height / 2, "No admissions yet.", fontName=regular, fontSize=8))
        return drawing
    chart = VerticalBarChart()
    chart.x, chart.y = 24, 22
    chart.width, chart.height = width - 34, height - 42
    chart.data = [[n for _, n in arrivals.buckets]]
    chart.bars[0].fillColor = _BAR
    chart.bars[0].strokeColor = None
    chart.valueAxis.valueMin = 0
    # Whole people: ticks on whole numbers, about five of them.
    chart.valueAxis.valueStep = max(1, math.ceil(max(n for _, n in arrivals.buckets) / 5))
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.labels.fontSize = 7
    # Label every bucket when few, else every hour-ish, so labels never overlap.
    step = max(1, len(arrivals.buckets) // 16)
    chart.categoryAxis.categoryNames = [
        label if i % step == 0 else "" for i, (label, _) in enumerate(arrivals.buckets)
    ]
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 45 if len(arrivals.buckets) > 8 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(arrivals.buckets) > 8 else "n"
    drawing.add(chart)
    return drawing
