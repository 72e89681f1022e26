"""A label printer's address as the desk writes it, and the label it carries.

    brother-ql://192.168.1.50[:9100]?model=QL-820NWB&label=62      Brother QL over the network
    brother-ql:///dev/usb/lp0?model=QL-820NWB&label=62x100          Brother QL on USB (Linux)
    zpl://192.168.1.60[:9100]?dpi=203&width=102[&height=152]        Zebra (ZPL) over the network
    zpl:///dev/usb/lp1?dpi=300&width=62                             Zebra on USB (Linux)

Anything else is the name of an operating-system print queue, which this module leaves alone.
The label's size is fixed here, once, so a badge is always laid out for the roll in the printer
(a driver's page-size menu is where badges get cut in half).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import parse_qs, urlsplit

from brother_ql.labels import FormFactor, LabelsManager
from brother_ql.models import ModelsManager

DEFAULT_PORT = 9100  # the raw printing port of every network label printer
BROTHER, ZPL = "brother-ql", "zpl"
SCHEMES = (BROTHER, ZPL)
QL_DPI = 300
ZPL_DPIS = (203, 300, 600)
MM_PER_INCH = 25.4
# The QL labels a badge fits on: 62 mm continuous, the 62×100 mm die-cut label and, on the
# wide QL-1100 family, 102 mm continuous and 102×152 mm die-cut.
QL_LABELS = ("62", "62x100", "102", "102x152")


class AddressCode(StrEnum):
    DEVICE_KIND = "device_kind"  # facts: the USB device named without the printer's kind
    SCHEME = "scheme"  # neither brother-ql:// nor zpl://
    PORT = "port"  # facts: the URL parser's words
    WHERE = "where"  # facts: the kind (neither a network address nor a USB device)
    MODEL = "model"  # facts: the known models
    LABEL = "label"  # facts: the labels a badge fits on, the label asked for
    MODEL_LABEL = "model_label"  # facts: the model, the label's name
    NUMBERS = "numbers"  # a Zebra's dpi, width or height is not a number
    DPI = "dpi"  # facts: the dpis a Zebra prints at, the dpi asked for
    SIZE = "size"  # the label's size is out of range


class AddressError(ValueError):
    """A printer address that cannot be used; the message (English, for the command line and the
    print queue's log) says what to write instead, `code` and `facts` let a window say it in its
    language."""

    def __init__(
        self, sentence: str, code: AddressCode | None = None, facts: tuple[str, ...] = ()
    ) -> None:  # code None: an error rebuilt from its sentence alone (a pickled copy)
        super().__init__(sentence)
        self.code, self.facts = code, facts


@dataclass(frozen=True)
class Media:
    """The printable area of the label in dots at `dpi` (`length` 0: a continuous roll), and the
    label's nominal size in millimetres, as its box names it."""

    dpi: int
    width: int
    length: int
    width_mm: float
    length_mm: float

    @property
    def continuous(self) -> bool:
        return self.length == 0


@dataclass(frozen=True)
class LabelAddress:
    kind: str  # BROTHER or ZPL
    host: str  # '' for a USB device
    port: int
    device: str  # e.g. /dev/usb/lp0; '' for the network
    media: Media
    model: str = ""  # Brother QL model, e.g. QL-820NWB
    label: str = ""  # Brother QL label identifier, e.g. 62x100

    @property
    def where(self) -> str:
        return self.device or (f"[{self.host}]" if ":" in self.host else self.host)

    @property
    def name(self) -> str:
        """How the desk names this printer on the status bar."""
        if self.kind == BROTHER:
            return f"{self.model} ({self.where})"
        return f"Zebra {self.media.dpi} dpi ({self.where})"


def is_label_address(text: str) -> bool:
    """A label printer's address (or a bare USB device path, which must say its kind)."""
    text = text.strip()
    return urlsplit(text).scheme.lower() in SCHEMES or text.startswith("/dev/")


def parse_address(text: str) -> LabelAddress:
    """The printer an address names; raises AddressError with one sentence if it is wrong."""
    if text.strip().startswith("/dev/"):
        device = text.strip()
        raise AddressError(
            f"Say which printer is on {device}: brother-ql://{device}?model=QL-820NWB&label=62 "
            f"or zpl://{device}?dpi=203&width=102.",
            AddressCode.DEVICE_KIND,
            (device,),
        )
    parts = urlsplit(text.strip())
    kind = parts.scheme.lower()
    if kind not in SCHEMES:
        raise AddressError(
            f"A label printer address starts with {' or '.join(SCHEMES)}://.", AddressCode.SCHEME
        )
    try:
        port = parts.port or DEFAULT_PORT
    except ValueError as error:
        raise AddressError(
            f"The printer's port is not a number: {error}.", AddressCode.PORT, (str(error),)
        ) from error
    host, device = parts.hostname or "", ""
    if not host:
        device = parts.path
        if not device.startswith("/dev/"):
            raise AddressError(
                f"Name the printer's network address ({kind}://192.168.1.50) or its USB device "
                f"({kind}:///dev/usb/lp0).",
                AddressCode.WHERE,
                (kind,),
            )
    options = {key.lower(): values[-1] for key, values in parse_qs(parts.query).items()}
    if kind == BROTHER:
        model, label = _brother(options)
        return LabelAddress(kind, host, port, device, _ql_media(label), model, label)
    return LabelAddress(kind, host, port, device, _zpl_media(options))


@functools.cache
def _tables() -> tuple[ModelsManager, LabelsManager]:
    """brother_ql's model and label tables, built once: each manager builds its table anew."""
    return ModelsManager(), LabelsManager()


def _brother(options: dict[str, str]) -> tuple[str, str]:
    model_table, label_table = _tables()
    models = {m.upper(): m for m in model_table.identifiers()}
    model = models.get(options.get("model", "").upper(), "")
    if not model:
        known = ", ".join(m for m in models.values() if m.startswith(("QL-8", "QL-11")))
        raise AddressError(
            f"Say which Brother QL it is, e.g. ?model=QL-820NWB (known: {known}).",
            AddressCode.MODEL,
            (known,),
        )
    label = options.get("label", "62").lower()
    if label not in QL_LABELS:
        choices = ", ".join(QL_LABELS)
        raise AddressError(
            f"The label must be one of {choices} (mm), not {label!r}.",
            AddressCode.LABEL,
            (choices, label),
        )
    spec = label_table[label]
    # By the print head's width (the library's per-label model lists miss the QL-1110NWB).
    if spec.dots_printable[0] > model_table[model].number_bytes_per_row * 8:
        raise AddressError(
            f"The {model} cannot print on {spec.name} labels.",
            AddressCode.MODEL_LABEL,
            (model, spec.name),
        )
    return model, label


def _ql_media(label: str) -> Media:
    spec = _tables()[1][label]
    width, length = spec.dots_printable
    width_mm, length_mm = spec.tape_size  # the label's nominal size (0 long: continuous)
    if spec.form_factor == FormFactor.ENDLESS:
        return Media(QL_DPI, width, 0, float(width_mm), 0.0)
    return Media(QL_DPI, width, length, float(width_mm), float(length_mm))


def _zpl_media(options: dict[str, str]) -> Media:
    try:
        dpi = int(options.get("dpi", "203"))
        width_mm = float(options.get("width", "102"))
        length_mm = float(options.get("height", "0"))
    except ValueError as error:
        raise AddressError(
            "dpi, width and height must be numbers (width/height in mm).", AddressCode.NUMBERS
        ) from error
    if dpi not in ZPL_DPIS:
        choices = ", ".join(map(str, ZPL_DPIS))
        raise AddressError(
            f"A Zebra prints at {choices} dpi, not {dpi}.", AddressCode.DPI, (choices, str(dpi))
        )
    if not 20 <= width_mm <= 120 or not (length_mm == 0 or 20 <= length_mm <= 400):
        raise AddressError(
            "The label must be 20 to 120 mm wide and 20 to 400 mm long.", AddressCode.SIZE
        )
    dots = dpi / MM_PER_INCH
    return Media(dpi, round(width_mm * dots), round(length_mm * dots), width_mm, length_mm)
