"""Which badge template a label printer lays badges out with.

The desk's chosen template is kept when it is a one-badge template the size of the label (either
way round; on a continuous roll, one side as wide as the roll). A sheet template (eight badges on
A4) or a card of another size would come out shrunk or cut, so the shipped template made for the
label is used instead, and the desk's choice stays for its sheet printer.
"""

from __future__ import annotations

import logging

from checkin.printing.label.address import Media
from checkin.printing.label.bitmap import turned
from checkin.printing.templates import Template, TemplateError, available_templates

log = logging.getLogger("checkin.print")

TOLERANCE_MM = 2.0  # a template's size vs the label's nominal size


def fits(template: Template, media: Media) -> bool:
    if template.per_page != 1:
        return False
    width, height = template.badge_mm
    if media.continuous:
        return min(abs(width - media.width_mm), abs(height - media.width_mm)) <= TOLERANCE_MM
    label = sorted((media.width_mm, media.length_mm))
    return all(
        abs(a - b) <= TOLERANCE_MM for a, b in zip(sorted((width, height)), label, strict=True)
    )


def fitting_template(chosen: Template, media: Media) -> Template:
    if fits(chosen, media):
        return chosen
    try:
        shipped = available_templates()
    except TemplateError:
        return chosen

    # The least label used; then, on a roll, a landscape badge running along it (the names get
    # the roll's length), on a die-cut label one the label's own way round (nothing turned).
    def rank(template: Template) -> tuple[float, bool]:
        width, height = template.badge_mm
        return max(width, height), turned(width, height, media) != media.continuous

    candidates = sorted((t for t in shipped.values() if fits(t, media)), key=rank)
    if not candidates:
        log.info("no template made for this label; %s is scaled to fit", chosen.name)
        return chosen
    log.info("%s does not fit the label; printing with %s", chosen.name, candidates[0].name)
    return candidates[0]
