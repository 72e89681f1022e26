"""The 2-D symbologies a ticket can carry, by the names the event's setting and the CLI use.

An event says which ones its tickets use (`checkin event --formats qr,aztec`); the camera then
searches for those only, because every extra symbology costs as much per frame as QR itself
and more on a textured desk. QR is the default: the ticketing platforms the importer knows
(Eventbrite, pretix, Tito) all issue QR tickets, and so does the desk for walk-ins.
"""

from __future__ import annotations

from collections.abc import Iterable

# Canonical name → what a person calls it. The order is the order the decoder tries them in.
SYMBOLOGIES: dict[str, str] = {
    "qr": "QR Code",
    "microqr": "Micro QR Code",
    "aztec": "Aztec",
    "datamatrix": "Data Matrix",
    "pdf417": "PDF417",
}
DEFAULT_SYMBOLOGIES: tuple[str, ...] = ("qr",)


def _key(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())


_ALIASES = {_key(label): name for name, label in SYMBOLOGIES.items()} | {
    "qrcode": "qr",
    "micro": "microqr",
    "dm": "datamatrix",
}


def parse_symbologies(text: str | Iterable[str]) -> tuple[str, ...]:
    """Canonical names, in the decoder's order, from "qr,aztec" or a list of names.

    Spelling is forgiven ("QR", "Data Matrix", "pdf-417"); an unknown or empty list raises
    ValueError with one sentence naming the ones there are.
    """
    parts = text.split(",") if isinstance(text, str) else list(text)
    wanted: set[str] = set()
    for part in parts:
        if not part.strip():
            continue
        key = _key(part)
        name = key if key in SYMBOLOGIES else _ALIASES.get(key)
        if name is None:
            raise ValueError(
                f"Unknown ticket format {part.strip()!r}; choose from {', '.join(SYMBOLOGIES)}."
            )
        wanted.add(name)
    if not wanted:
        raise ValueError(f"Name at least one ticket format: {', '.join(SYMBOLOGIES)}.")
    return tuple(name for name in SYMBOLOGIES if name in wanted)
