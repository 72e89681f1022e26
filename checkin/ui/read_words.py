"""Why a list could not be read, in the desk's language: the list reader's refusals
(`checkin.sync.model.SourceUnreadable`) said again from their code and facts. The file's path or
name and the system's or CSV reader's own words arrive through placeholders as they were said; an
error without a code (a platform's odd answer) is shown as it came."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from checkin.sync.model import ReadCode, SourceUnreadable
from checkin.ui.language import coded, number


def unreadable_said(error: SourceUnreadable) -> str:
    """One sentence for the organizer, in the desk's language where the code is known."""
    said = {
        ReadCode.MISSING: QCoreApplication.translate("ReadWords", "There is no file %1."),
        ReadCode.FOLDER: QCoreApplication.translate(
            "ReadWords", "%1 is a folder, not a spreadsheet file."
        ),
        ReadCode.NOT_A_FILE: QCoreApplication.translate(
            "ReadWords", "%1 is not a regular file (a device, pipe or socket)."
        ),
        ReadCode.DENIED: QCoreApplication.translate(
            "ReadWords", "%1 cannot be opened: permission denied."
        ),
        ReadCode.UNREADABLE: QCoreApplication.translate("ReadWords", "%1 cannot be read (%2)."),
        ReadCode.TOO_LARGE: QCoreApplication.translate(
            "ReadWords", "%1 is too large to be an attendee list."
        ),
        ReadCode.EMPTY: QCoreApplication.translate("ReadWords", "%1 is empty."),
        ReadCode.OLD_EXCEL: QCoreApplication.translate(
            "ReadWords", "%1 is an old Excel .xls workbook: save it as .xlsx or CSV."
        ),
        ReadCode.WEB_PAGE: QCoreApplication.translate(
            "ReadWords", "%1 is a web page, not a spreadsheet (is it a download link?)."
        ),
        ReadCode.NOT_A_LIST: QCoreApplication.translate(
            "ReadWords", "%1 is not a spreadsheet (CSV or XLSX)."
        ),
        ReadCode.ENCODING: QCoreApplication.translate("ReadWords", "%1 is not valid %2 text."),
        ReadCode.BAD_CSV: QCoreApplication.translate(
            "ReadWords", "%1 cannot be read as CSV at row %2: %3."
        ),
        ReadCode.BAD_XLSX: QCoreApplication.translate(
            "ReadWords", "%1 cannot be read as an XLSX workbook."
        ),
        ReadCode.TOO_MANY_CELLS: QCoreApplication.translate(
            "ReadWords", "%1 holds more than %2 cells, too many for an attendee list."
        ),
        ReadCode.NO_ROWS: QCoreApplication.translate(
            "ReadWords", "%1 has a header row but no attendee rows."
        ),
    }
    facts = list(error.facts)
    if error.code in (ReadCode.BAD_CSV, ReadCode.TOO_MANY_CELLS):
        facts[1] = number(int(facts[1]))  # a row or a count, in the desk's digits
    return coded(said, error.code, facts, str(error))
