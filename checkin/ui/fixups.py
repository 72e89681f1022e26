"""Desk fix-up dialogs: register a walk-in, correct the name printed on a badge.

Both are small forms that validate in place (one clear sentence under the fields, from the
operations layer's rule) and only hand back clean values; the window hands them to the desk's
session, so the dialogs stay testable on their own.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from checkin.operations import WalkInDetails
from checkin.operations.walk_in import MAX_FIELD, WalkInProblem, details, problem
from checkin.ui.inert import plain_label
from checkin.ui.language import fill


def line_edit(name: str, accessible: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setAccessibleName(accessible)
    field.setMaxLength(MAX_FIELD)
    return field


class FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.form = QFormLayout()
        self.error = plain_label()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def problem(self) -> str:
        return ""

    def try_accept(self) -> None:
        problem = self.problem()
        self.error.setText(problem)
        if not problem:
            self.accept()


class WalkInDialog(FormDialog):
    """Name, e-mail, company and ticket type of someone registering at the desk."""

    def __init__(self, ticket_types: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Register a walk-in"), parent)
        self.first = line_edit("walkInFirstName", self.tr("First name"))
        self.last = line_edit("walkInLastName", self.tr("Last name"))
        self.email = line_edit("walkInEmail", self.tr("E-mail"))
        self.company = line_edit("walkInCompany", self.tr("Company"))
        self.ticket = QComboBox()
        self.ticket.setObjectName("walkInTicketType")
        self.ticket.setAccessibleName(self.tr("Ticket type"))
        self.ticket.setEditable(True)
        # The ticket type is stored with the attendee and shared with every desk: it stays as the
        # event's data, not a word of this desk's language.
        self.ticket.addItems(list(ticket_types) or ["Walk-in"])
        self.form.addRow(self.tr("&First name"), self.first)
        self.form.addRow(self.tr("&Last name"), self.last)
        self.form.addRow(self.tr("&E-mail"), self.email)
        self.form.addRow(self.tr("&Company"), self.company)
        self.form.addRow(self.tr("&Ticket type"), self.ticket)
        self.setMinimumWidth(560)  # room for a long name or company without scrolling in it
        self.first.setFocus()

    def problem(self) -> str:
        refusal = problem(self.value())  # the operations' rule: `checkin walk-in` asks it too
        if refusal is None:
            return ""
        # The operations layer's sentence is English; the dialog says it by its code.
        said = {
            WalkInProblem.NO_NAME: self.tr("Enter the attendee's name."),
            WalkInProblem.BAD_EMAIL: fill(
                self.tr("“%1” is not an e-mail address."), self.email.text().strip()[:60]
            ),
            WalkInProblem.NO_TICKET_TYPE: self.tr("Choose a ticket type."),
        }
        return said.get(refusal.code, refusal.message)

    def value(self) -> WalkInDetails:
        return details(self.first.text(), self.last.text(), self.email.text(),
                       self.company.text(), self.ticket.currentText())  # fmt: skip


class BadgeNameDialog(FormDialog):
    """The name to print, as the attendee wants it; optionally reprint at once."""

    def __init__(self, current: str, can_print: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Correct the badge name"), parent)
        self.name = line_edit("badgeName", self.tr("Name on the badge"))
        self.name.setText(current)
        self.name.selectAll()
        self.reprint = QCheckBox(self.tr("&Reprint the badge now"))
        self.reprint.setObjectName("badgeReprint")
        self.reprint.setChecked(can_print)
        self.reprint.setEnabled(can_print)
        self.form.addRow(self.tr("&Name on badge"), self.name)
        self.form.addRow("", self.reprint)
        self.name.setFocus()

    def problem(self) -> str:
        if not self.name.text().strip():
            return self.tr("The badge needs a name.")
        return ""

    def value(self) -> str:
        return self.name.text().strip()
