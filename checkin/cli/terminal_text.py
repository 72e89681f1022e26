"""What the command line prints is text, never terminal control: the one escaping rule.

Names, companies, notes, QR payloads, file names and the errors that quote them come from outside.
Printed raw, an ESC or a C1 control such as CSI (U+009B) drives the terminal (clear the screen,
retitle the window, fake a line), a bidi override (U+202E) reverses what follows, and a lone
surrogate from an undecodable file name crashes the write. Each such character is shown as a
JSON-style escape (`\\u001b`, `\\u202e`): readable in a plain line, and inside JSON output the
value a program reads back is unchanged.

ZWJ and ZWNJ stay: they are part of how Indic and Persian names are spelled, and move nothing.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

_KEPT = frozenset("\n\t\u200c\u200d")
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


def unsafe(ch: str) -> bool:
    return ch not in _KEPT and unicodedata.category(ch) in _UNSAFE_CATEGORIES


def escape(text: str) -> str:
    """`text` with every character that could act on a terminal written as an escape."""
    if text.isprintable() or not any(unsafe(ch) for ch in text):
        return text  # nearly every line: nothing to look at twice
    return "".join(_escaped(ch) if unsafe(ch) else ch for ch in text)


def _escaped(ch: str) -> str:
    # JSON's own form (UTF-16 pairs above the BMP): the same escape is right in a plain line and
    # inside a JSON string, so JSON printed through `escape` stays valid and reads back unchanged.
    return json.dumps(ch, ensure_ascii=True)[1:-1]


def json_text(value: Any, indent: int | None = None) -> str:
    """`value` as JSON, as readable as `ensure_ascii=False` makes it, unsafe characters escaped.
    (json.dumps escapes only C0 controls; DEL, C1 and bidi controls it leaves raw.)"""
    return escape(json.dumps(value, ensure_ascii=False, indent=indent))


class EscapingStream:
    """A text stream that escapes what it is given before passing it on."""

    def __init__(self, inner: TextIO) -> None:
        self._inner = inner

    def write(self, text: str) -> int:
        self._inner.write(escape(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:  # flush, fileno, isatty, encoding, buffer, …
        return getattr(self._inner, name)


@contextmanager
def escaped_output() -> Iterator[None]:
    """sys.stdout and sys.stderr escape everything written to them while the command runs, its
    logging and argparse's messages included."""
    saved = sys.stdout, sys.stderr
    sys.stdout = EscapingStream(saved[0])
    sys.stderr = EscapingStream(saved[1])
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved
