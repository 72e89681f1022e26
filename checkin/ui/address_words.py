"""A label printer's address refused in the desk's language: what `checkin.printing.label.address`
says is wrong with an address typed into Settings, said again from its code and facts. Addresses,
models and the choices the printer offers arrive through placeholders as written."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from checkin.printing.label.address import AddressCode, AddressError
from checkin.ui.language import coded


def address_said(error: AddressError) -> str:
    """One sentence for the organizer, saying what to write instead."""
    said = {
        AddressCode.DEVICE_KIND: QCoreApplication.translate(
            "AddressWords",
            "Say which printer is on %1: brother-ql://%1?model=QL-820NWB&label=62 or "
            "zpl://%1?dpi=203&width=102.",
        ),
        AddressCode.SCHEME: QCoreApplication.translate(
            "AddressWords", "A label printer address starts with brother-ql:// or zpl://."
        ),
        AddressCode.PORT: QCoreApplication.translate(
            "AddressWords", "The printer's port is not a number: %1."
        ),
        AddressCode.WHERE: QCoreApplication.translate(
            "AddressWords",
            "Name the printer's network address (%1://192.168.1.50) or its USB device "
            "(%1:///dev/usb/lp0).",
        ),
        AddressCode.MODEL: QCoreApplication.translate(
            "AddressWords", "Say which Brother QL it is, e.g. ?model=QL-820NWB (known: %1)."
        ),
        AddressCode.LABEL: QCoreApplication.translate(
            "AddressWords", "The label must be one of %1 (mm), not “%2”."
        ),
        AddressCode.MODEL_LABEL: QCoreApplication.translate(
            "AddressWords", "The %1 cannot print on %2 labels."
        ),
        AddressCode.NUMBERS: QCoreApplication.translate(
            "AddressWords", "dpi, width and height must be numbers (width/height in mm)."
        ),
        AddressCode.DPI: QCoreApplication.translate(
            "AddressWords", "A Zebra prints at %1 dpi, not %2."
        ),
        AddressCode.SIZE: QCoreApplication.translate(
            "AddressWords", "The label must be 20 to 120 mm wide and 20 to 400 mm long."
        ),
    }
    return coded(said, error.code, error.facts, str(error))
