"""What a desk can do: scan a ticket in or out, undo one movement, register a walk-in, correct a
badge name, reprint a badge — every rule of the desk, in one place below every front end.

The window (`checkin.ui`), the terminal desk and the command line (`checkin.cli`) each hold one
`Desk` session and show what it returns: values with machine-readable codes and a human sentence
(`checkin.core.verdicts`, `checkin.operations.results`), and the `Changes` each write made.
Nothing here knows about Qt or a terminal, and no front end decides anything on its own.
"""

from checkin.operations.changes import Changes
from checkin.operations.codes import InputKind, Reading
from checkin.operations.desk import Desk
from checkin.operations.desk_operations import DeskOperations
from checkin.operations.results import BadgeCode, BadgeNote, ScanResult, WalkInDetails

__all__ = [
    "BadgeCode",
    "BadgeNote",
    "Changes",
    "Desk",
    "DeskOperations",
    "InputKind",
    "Reading",
    "ScanResult",
    "WalkInDetails",
]
