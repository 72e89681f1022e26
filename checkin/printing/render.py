"""Drawing badges onto PDF pages: one badge per label, or filling the positions of a sheet.

A badge has, from top to bottom: the event's logo and name, the first name large, the full name,
the company, optional dietary/access markers for catering, and a band coloured by ticket type.
The QR code of the ticket code sits under the names (`stacked`) or beside them (`side`).
Every text is fitted (see `fitting`) into the box the layout gives it, so nothing leaves the badge.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab import rl_config
from reportlab.lib.colors import HexColor
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

from checkin.core.entities import Attendee
from checkin.printing.fitting import LEADING, Fitted, fit
from checkin.printing.fonts import BOLD, REGULAR, register_fonts
from checkin.printing.qr import draw_qr
from checkin.printing.templates import MM, Template

# Binary (not ASCII85) streams: a quarter smaller and the encoder is pure Python without the
# optional accelerator, a third of a badge's time.
rl_config.useA85 = 0


def _flate_fast(self: object, text: str | bytes) -> bytes:
    return zlib.compress(text.encode("utf-8") if isinstance(text, str) else text, 1)


# Deflate level 1 instead of 6: the embedded font subsets dominate a one-badge PDF, and level 1
# halves their cost for files 4 % larger. Any reader decodes either; the setting is process-wide.
pdfdoc.PDFStreamFilterZCompress.encode = _flate_fast

ASCENT = 0.93  # DejaVu Sans ascender in em: where a line's baseline sits below its top
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BadgeContent:
    first_name: str
    full_name: str
    company: str
    ticket_type: str
    code: str
    markers: str = ""

    @classmethod
    def of(cls, attendee: Attendee) -> BadgeContent:
        # A desk correction (badge_name) replaces the whole printed name, first name included.
        full = attendee.display_name
        first = attendee.first_name if not attendee.badge_name else full.split(" ")[0]
        markers = " · ".join(
            part
            for part in (
                f"Diet: {attendee.dietary}" if attendee.dietary else "",
                f"Access: {attendee.accessibility}" if attendee.accessibility else "",
            )
            if part
        )
        return cls(first, full, attendee.company, attendee.ticket_type, attendee.code, markers)

    def texts(self) -> list[str]:
        return [self.first_name, self.full_name, self.company, self.ticket_type, self.markers]


class BadgeRenderer:
    """Renders badges of one template for one event; reusable and cheap per badge."""

    def __init__(self, template: Template, event_name: str = "") -> None:
        register_fonts()
        self.template = template
        self.event_name = event_name
        self._logo = ImageReader(str(template.logo)) if template.logo else None

    def pdf(
        self,
        badges: Sequence[BadgeContent | Attendee],
        start_position: int = 0,
        progress: Progress | None = None,
        title: str = "Badges",
    ) -> bytes:
        """One PDF with every badge; sheets begin filling at `start_position` (0-based)."""
        t = self.template
        if not 0 <= start_position < t.per_page:
            raise ValueError(f"The start position must be between 1 and {t.per_page} on {t.name}.")
        buffer = io.BytesIO()
        # The initial font is ours, so no unembedded base-14 font lands in the file at all.
        canvas = Canvas(
            buffer,
            pagesize=(t.page_mm[0] * MM, t.page_mm[1] * MM),
            pageCompression=1,
            initialFontName=REGULAR,
        )
        canvas.setTitle(title)
        canvas.setCreator("checkin")
        position = start_position
        for done, item in enumerate(badges, start=1):
            if position == t.per_page:
                canvas.showPage()
                position = 0
            content = item if isinstance(item, BadgeContent) else BadgeContent.of(item)
            self.draw(canvas, content, *t.origin(position))
            position += 1
            if progress is not None:
                progress(done, len(badges))
        canvas.showPage()
        canvas.save()
        return buffer.getvalue()

    def draw(self, canvas: Canvas, badge: BadgeContent, x: float, y: float) -> None:
        t, show = self.template, self.template.show
        width, height = t.badge_mm[0] * MM, t.badge_mm[1] * MM
        margin, band = t.margin_mm * MM, (t.band_mm * MM if show["band"] else 0.0)
        if t.outline:
            canvas.setStrokeColorRGB(0.8, 0.8, 0.8)
            canvas.setLineWidth(0.3)
            canvas.rect(x, y, width, height, stroke=1, fill=0)
        if band:
            self._band(canvas, badge.ticket_type, x, y, width, band)
        top = y + height - margin
        if show["logo"] or show["event"]:
            top = self._header(canvas, x + margin, top, width - 2 * margin) - margin / 2
        bottom = y + band + margin / 2
        if show["markers"] and badge.markers:
            bottom = self._markers(canvas, badge.markers, x + margin, bottom, width - 2 * margin)
        qr = min(t.qr_mm * MM, top - bottom, width - 2 * margin) if show["qr"] else 0.0
        if t.layout == "stacked":
            if qr:
                draw_qr(canvas, badge.code, x + (width - qr) / 2, bottom, qr)
                bottom += qr + margin / 2
            self._names(canvas, badge, x + margin, bottom, width - 2 * margin, top - bottom, True)
        else:
            if qr:
                draw_qr(canvas, badge.code, x + width - margin - qr, (bottom + top - qr) / 2, qr)
            text_width = width - 2 * margin - (qr + margin / 2 if qr else 0)
            self._names(canvas, badge, x + margin, bottom, text_width, top - bottom, False)

    def _band(
        self, canvas: Canvas, ticket_type: str, x: float, y: float, w: float, h: float
    ) -> None:
        t = self.template
        canvas.setFillColor(HexColor(t.band_colour(ticket_type)))
        canvas.rect(x, y, w, h, stroke=0, fill=1)
        label = ticket_type.upper()
        fitted = fit(label, BOLD, t.font_pt["band"], t.min_font_pt, w - 2 * t.margin_mm * MM, 1)
        if fitted.lines:
            size = min(fitted.size, h * 0.7)
            canvas.setFillColor(HexColor(t.band_text_colour))
            canvas.setFont(BOLD, size)
            canvas.drawCentredString(x + w / 2, y + (h - size * 0.72) / 2, fitted.lines[0])

    def _header(self, canvas: Canvas, x: float, top: float, w: float) -> float:
        """Logo at the left, event name beside it; returns the header's bottom edge."""
        t = self.template
        h = t.header_mm * MM
        if t.show["logo"] and self._logo is not None:
            canvas.drawImage(self._logo, x, top - h, h, h, mask="auto", preserveAspectRatio=True)
            x, w = x + h + h / 3, w - h - h / 3
        if t.show["event"] and self.event_name:
            fitted = fit(self.event_name, REGULAR, t.font_pt["event"], t.min_font_pt, w, 2, h)
            canvas.setFillColor(HexColor(t.text_colour))
            self._lines(canvas, fitted, REGULAR, x, top - (h - fitted.height) / 2, w, False)
        return top - h

    def _markers(self, canvas: Canvas, text: str, x: float, bottom: float, w: float) -> float:
        t = self.template
        fitted = fit(text, REGULAR, t.font_pt["markers"], t.min_font_pt, w, 2)
        canvas.setFillColor(HexColor(t.text_colour))
        self._lines(canvas, fitted, REGULAR, x, bottom + fitted.height, w, True)
        return bottom + fitted.height + t.margin_mm * MM / 2

    def _names(
        self,
        canvas: Canvas,
        badge: BadgeContent,
        x: float,
        y: float,
        w: float,
        h: float,
        center: bool,
    ) -> None:
        t, show, minimum = self.template, self.template.show, self.template.min_font_pt
        blocks: list[tuple[str, str, float]] = []
        if show["first_name"] and badge.first_name:
            blocks.append((badge.first_name, BOLD, t.font_pt["first_name"]))
        if show["full_name"] and badge.full_name and badge.full_name != badge.first_name:
            blocks.append((badge.full_name, REGULAR, t.font_pt["full_name"]))
        if show["company"] and badge.company:
            blocks.append((badge.company, REGULAR, t.font_pt["company"]))
        fitted = [(fit(text, font, size, minimum, w, 2), font) for text, font, size in blocks]
        total = sum(f.height for f, _ in fitted)
        if total > h > 0:
            # The names are taller than the room left: every block shrinks by the same factor.
            scale = h / total
            fitted = [(Fitted(f.lines, f.size * scale), font) for f, font in fitted]
            total = h
        cursor = y + (h + total) / 2
        canvas.setFillColor(HexColor(t.text_colour))
        for block, font in fitted:
            self._lines(canvas, block, font, x, cursor, w, center)
            cursor -= block.height

    @staticmethod
    def _lines(
        canvas: Canvas, fitted: Fitted, font: str, x: float, top: float, w: float, center: bool
    ) -> None:
        canvas.setFont(font, fitted.size)
        for number, line in enumerate(fitted.lines):
            line_top = top - number * fitted.size * LEADING
            baseline = line_top - fitted.size * (ASCENT + (LEADING - 1.16) / 2)
            if center:
                canvas.drawCentredString(x + w / 2, baseline, line)
            else:
                canvas.drawString(x, baseline, line)
