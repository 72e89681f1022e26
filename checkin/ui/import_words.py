"""The import dialog's words: the names of formats, encodings, delimiters and stages, the counted
phrases, and why a row is refused, in the desk's language. The file's and the platforms' own
names (pretix, Eventbrite, a column's header) are shown as they are."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from checkin.sync import RejectedRow
from checkin.sync.model import RowProblem
from checkin.ui.language import QT_TRANSLATE_NOOP, fill

FORMAT_NAMES = {
    "eventbrite": QT_TRANSLATE_NOOP("ImportDialog", "Eventbrite attendee report"),
    "pretix": QT_TRANSLATE_NOOP("ImportDialog", "pretix check-in list"),
    "tito": QT_TRANSLATE_NOOP("ImportDialog", "Tito ticket export"),
    "generic": QT_TRANSLATE_NOOP(
        "ImportDialog", "spreadsheet (columns recognised by their headers)"
    ),
}
ENCODINGS = {
    "utf-8": "UTF-8",
    "utf-8-sig": QT_TRANSLATE_NOOP("ImportDialog", "UTF-8 with BOM"),
    "cp1252": "Windows-1252",
}
DELIMITERS = {
    ",": QT_TRANSLATE_NOOP("ImportDialog", "commas"),
    ";": QT_TRANSLATE_NOOP("ImportDialog", "semicolons"),
    "\t": QT_TRANSLATE_NOOP("ImportDialog", "tabs"),
    "|": QT_TRANSLATE_NOOP("ImportDialog", "bars"),
}
STAGES = {
    "reading": QT_TRANSLATE_NOOP("ImportDialog", "Reading rows"),
    "comparing": QT_TRANSLATE_NOOP("ImportDialog", "Comparing"),
    "writing": QT_TRANSLATE_NOOP("ImportDialog", "Writing"),
}
# The format box says "auto" in the desk's language; the formats' own names stay as they are.
AUTO = "auto"


class Counted(QObject):
    """The dialog's counted phrases: said with Qt's plural forms, which lupdate finds only in a
    class's own tr()."""

    def rows(self, count: int) -> str:
        return self.tr("%n row(s)", "", count)

    def refused(self, count: int) -> str:
        return self.tr("%n row(s) will not be imported — %1.", "", count)

    def cells(self, count: int) -> str:
        return self.tr("has %n cell(s) but the header has %1 columns", "", count)

    def more(self, count: int) -> str:
        return self.tr("and %n more", "", count)

    def hidden(self, count: int) -> str:
        return self.tr(
            "…and %n more rejected row(s) (`checkin sync --dry-run` lists them all).", "", count
        )

    def demo(self, count: int) -> str:
        return self.tr(
            "This desk holds the demo event and its %n synthetic attendee(s): an import adds the "
            "list beside them. For the real event, import into a desk that has no event yet.",
            "",
            count,
        )


COUNTED = Counted()


def tr(source: str) -> str:
    """A text marked where it is written (a format's name, a stage), said in the language."""
    return QCoreApplication.translate("ImportDialog", source)


def stage(name: str) -> str:
    """A sync's stage as its progress bar names it."""
    return tr(STAGES[name]) if name in STAGES else name


def format_name(fmt: str) -> str:
    return tr(FORMAT_NAMES[fmt]) if fmt in FORMAT_NAMES else fmt


def rejected_row(row: RejectedRow) -> str:
    """A refused row by its number and why, from the list reader's code and facts."""
    return fill(QCoreApplication.translate("ImportDialog", "row %1: %2"), str(row.number), why(row))


def why(row: RejectedRow) -> str:
    facts = row.facts
    if row.problem is RowProblem.WIDTH:
        return fill(COUNTED.cells(int(facts[0])), facts[1])
    said = {
        RowProblem.NO_NAME: QCoreApplication.translate("ImportDialog", "has no name"),
        RowProblem.LONG_CODE: QCoreApplication.translate(
            "ImportDialog", "has a ticket code that is far too long"
        ),
        RowProblem.REPEATED: QCoreApplication.translate(
            "ImportDialog", "repeats the ticket of row %1"
        ),
        RowProblem.SAME_CODE: QCoreApplication.translate(
            "ImportDialog", "has the same ticket code %1 as row %2"
        ),
        RowProblem.CODE_TAKEN: QCoreApplication.translate(
            "ImportDialog", "ticket code %1 already belongs to %2"
        ),
    }
    return fill(said[row.problem], *facts) if row.problem in said else row.reason
