"""Outside text on screen stays text: labels that never read it as markup, tooltips escaped.

Qt guesses whether a label's or a tooltip's text is rich text (`Qt.mightBeRichText`): a name such
as `<img src=…>` or `<b style=font-size:80px>` would be drawn as an image or a huge word, so an
attendee could make the verdict screen say what the desk did not decide. Every label the desk
shows is plain text, and every tooltip is escaped before Qt sees it. A read-only report box keeps
each line in the screen's direction: a line that starts with an Arabic or Hebrew name is still a
left-to-right line on an English screen (Qt would otherwise guess each paragraph's direction from
its first letter and turn the whole line around).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget


def plain(label: QLabel) -> QLabel:
    """`label`, set never to interpret its text as markup."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel showing `text` exactly as written."""
    return plain(QLabel(text, parent))


def report_box() -> QPlainTextEdit:
    """A read-only box of plain lines, each laid out in the screen's direction."""
    box = QPlainTextEdit()
    box.setReadOnly(True)
    option = box.document().defaultTextOption()
    option.setTextDirection(QGuiApplication.layoutDirection())
    box.document().setDefaultTextOption(option)
    return box


def tooltip(text: str) -> str:
    """`text` for setToolTip: escaped, so markup in it is shown, not obeyed. (A tooltip has no
    plain-text switch: one that looks like rich text is always read as such.)"""
    if not text:
        return ""
    body = html.escape(text, quote=False).replace("\n", "<br>")
    return f"<p style='white-space:pre-wrap'>{body}</p>"
