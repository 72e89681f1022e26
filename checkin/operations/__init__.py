"""What a desk can do: scan a ticket in or out, undo one movement, register a walk-in, correct a
badge name, reprint a badge — every rule of the desk, in one place below every front end.

The window (`checkin.ui`), the terminal desk and the command line (`checkin.cli`) call
`DeskOperations` and show what it returns: values with machine-readable codes and a human
sentence (`checkin.core.verdicts`, `checkin.operations.results`). Nothing here knows about Qt or
a terminal, and no front end decides anything on its own.
"""

from checkin.operations.desk_operations import DeskOperations
from checkin.operations.results import BadgeCode, BadgeNote, ScanResult, WalkInDetails

__all__ = ["BadgeCode", "BadgeNote", "DeskOperations", "ScanResult", "WalkInDetails"]
