"""Badge templates: JSON files an organizer can copy and edit, read into checked dataclasses.

The shipped templates live in `resources/badges/`; a copy placed in `<home>/badges/` with a new
name shows up beside them, and one with the same name replaces the shipped one. Every size is in
millimetres (what a label box says); font sizes are in points.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from checkin.resources import resource_path

MM = 72 / 25.4  # PDF points per millimetre

LAYOUTS = ("stacked", "side")
FIELDS = ("logo", "event", "first_name", "full_name", "company", "band", "qr", "markers")
FONT_ROLES = ("first_name", "full_name", "company", "event", "band", "markers")


class TemplateError(ValueError):
    """A template file that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class Grid:
    columns: int = 1
    rows: int = 1
    left_mm: float = 0.0
    top_mm: float = 0.0
    gap_x_mm: float = 0.0
    gap_y_mm: float = 0.0

    @property
    def per_page(self) -> int:
        return self.columns * self.rows


@dataclass(frozen=True)
class Template:
    name: str
    description: str
    page_mm: tuple[float, float]
    badge_mm: tuple[float, float]
    grid: Grid
    layout: str
    margin_mm: float
    header_mm: float
    band_mm: float
    qr_mm: float
    font_pt: dict[str, float]
    min_font_pt: float
    show: dict[str, bool]
    logo: Path | None
    text_colour: str = "#111111"
    band_text_colour: str = "#FFFFFF"
    band_colours: dict[str, str] = field(default_factory=dict)
    outline: bool = False
    source: Path | None = None

    @property
    def per_page(self) -> int:
        return self.grid.per_page

    def band_colour(self, ticket_type: str) -> str:
        wanted = ticket_type.strip().casefold()
        for name, colour in self.band_colours.items():
            if name.casefold() == wanted:
                return colour
        return self.band_colours.get("default", "#4A525A")

    def origin(self, position: int) -> tuple[float, float]:
        """Bottom-left corner (points) of a badge position (0-based, row by row from the top)."""
        column, row = position % self.grid.columns, position // self.grid.columns
        width, height = self.badge_mm
        x = self.grid.left_mm + column * (width + self.grid.gap_x_mm)
        top = self.grid.top_mm + row * (height + self.grid.gap_y_mm)
        return x * MM, (self.page_mm[1] - top - height) * MM

    def with_fields(self, **shown: bool) -> Template:
        return replace(self, show={**self.show, **shown})


def load_template(path: Path) -> Template:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise TemplateError(f"Cannot read badge template {path}: {error}.") from error
    if not isinstance(data, dict):
        raise TemplateError(f"Badge template {path} must hold a JSON object.")
    try:
        return _template_from(data, Path(path))
    except (KeyError, TypeError, ValueError) as error:
        raise TemplateError(f"Badge template {path} is not valid: {error}.") from error


def _pair(value: Any, what: str) -> tuple[float, float]:
    width, height = (float(v) for v in value)
    if width <= 0 or height <= 0:
        raise ValueError(f"{what} must be positive")
    return width, height


def _template_from(data: dict[str, Any], path: Path) -> Template:
    name = str(data.get("name") or path.stem)
    layout = str(data.get("layout", "stacked"))
    if layout not in LAYOUTS:
        raise ValueError(f"layout must be one of {', '.join(LAYOUTS)}, not {layout!r}")
    raw_grid = dict(data.get("grid", {}))
    grid = Grid(
        columns=int(raw_grid.get("columns", 1)),
        rows=int(raw_grid.get("rows", 1)),
        left_mm=float(raw_grid.get("left_mm", 0)),
        top_mm=float(raw_grid.get("top_mm", 0)),
        gap_x_mm=float(raw_grid.get("gap_x_mm", 0)),
        gap_y_mm=float(raw_grid.get("gap_y_mm", 0)),
    )
    if grid.columns < 1 or grid.rows < 1:
        raise ValueError("grid columns and rows must be at least 1")
    page, badge = _pair(data["page_mm"], "page_mm"), _pair(data["badge_mm"], "badge_mm")
    right = grid.left_mm + grid.columns * badge[0] + (grid.columns - 1) * grid.gap_x_mm
    bottom = grid.top_mm + grid.rows * badge[1] + (grid.rows - 1) * grid.gap_y_mm
    if right > page[0] + 0.01 or bottom > page[1] + 0.01:
        raise ValueError("the badges do not fit on the page")
    fonts = {role: float(size) for role, size in dict(data.get("font_pt", {})).items()}
    for role in FONT_ROLES:
        fonts.setdefault(role, 10.0)
    show = {name_: bool(data.get("show", {}).get(name_, name_ != "markers")) for name_ in FIELDS}
    logo_name = data.get("logo")
    logo = (path.parent / str(logo_name)) if logo_name else None
    if logo is not None and not logo.is_file():
        logo = resource_path("badges", str(logo_name))
    return Template(
        name=name,
        description=str(data.get("description", "")),
        page_mm=page,
        badge_mm=badge,
        grid=grid,
        layout=layout,
        margin_mm=float(data.get("margin_mm", 4)),
        header_mm=float(data.get("header_mm", 8)),
        band_mm=float(data.get("band_mm", 10)),
        qr_mm=float(data.get("qr_mm", 20)),
        font_pt=fonts,
        min_font_pt=float(data.get("min_font_pt", 6)),
        show=show,
        logo=logo if logo is not None and logo.is_file() else None,
        text_colour=str(data.get("text_colour", "#111111")),
        band_text_colour=str(data.get("band_text_colour", "#FFFFFF")),
        band_colours={str(k): str(v) for k, v in dict(data.get("band_colours", {})).items()},
        outline=bool(data.get("outline", False)),
        source=path,
    )


def template_dirs(home: Path | None = None) -> list[Path]:
    """Where templates are looked up, later folders overriding earlier ones by name."""
    folders = [resource_path("badges")]
    if home is not None:
        folders.append(home / "badges")
    return folders


def available_templates(home: Path | None = None) -> dict[str, Template]:
    found: dict[str, Template] = {}
    for folder in template_dirs(home):
        for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
            template = load_template(path)
            found[template.name] = template
    return found


DEFAULT_TEMPLATE = "a6"


def get_template(name: str | None = None, home: Path | None = None) -> Template:
    """A template by name, or a path to a template file."""
    name = name or DEFAULT_TEMPLATE
    if name.endswith(".json") and Path(name).is_file():
        return load_template(Path(name))
    templates = available_templates(home)
    if name not in templates:
        choices = ", ".join(sorted(templates))
        raise TemplateError(f"There is no badge template called {name!r} (choose from {choices}).")
    return templates[name]
