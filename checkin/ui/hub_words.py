"""The hub's refusals in the volunteers' language: why a join URL, a desk name or the hub itself
failed the desk (`checkin.hub.errors`), said again from the error's code and facts. An error
without a code (the command line's business, such as setting up a hub) is shown as it came; the
network's own words in an unreachable hub's sentence arrive through `%2` as said."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from checkin.hub.errors import HubCode, HubError
from checkin.ui.language import coded


def hub_said(error: HubError) -> str:
    """One sentence for the organizer, in the desk's language where the code is known."""
    said = {
        HubCode.NOT_A_URL: QCoreApplication.translate(
            "HubWords",
            "That is not a hub's join URL: it starts with postgresql:// and names a host.",
        ),
        HubCode.BAD_PORT: QCoreApplication.translate(
            "HubWords", "The join URL's port is not a number."
        ),
        HubCode.BAD_FINGERPRINT: QCoreApplication.translate(
            "HubWords",
            "The join URL's certificate fingerprint is damaged; copy the URL again from the hub.",
        ),
        HubCode.UNREACHABLE: QCoreApplication.translate(
            "HubWords", "The hub at %1 cannot be reached (%2)."
        ),
        HubCode.PASSWORD: QCoreApplication.translate(
            "HubWords",
            "The hub at %1 refused this desk's password; ask the organizer for the current "
            "join URL.",
        ),
        HubCode.NO_DATABASE: QCoreApplication.translate(
            "HubWords", "The hub at %1 has no such database; check the join URL."
        ),
        HubCode.NOT_FROM_HERE: QCoreApplication.translate(
            "HubWords", "The hub at %1 does not accept desks from this address."
        ),
        HubCode.NAME_TAKEN: QCoreApplication.translate(
            "HubWords",
            "Another desk already works at this hub as “%1”; give this one another name.",
        ),
        HubCode.NAME_ELSEWHERE: QCoreApplication.translate(
            "HubWords", "This desk works at this hub as “%1”; join again under that name."
        ),
        HubCode.NAME_REVOKED: QCoreApplication.translate(
            "HubWords", "The desk “%1” was revoked by the organizer; join under another name."
        ),
        HubCode.NAME_INVALID: QCoreApplication.translate(
            "HubWords", "The hub refused the name “%1”: a desk name is 1 to 60 characters."
        ),
        HubCode.MAY_NOT_ADD: QCoreApplication.translate(
            "HubWords", "That URL may not add desks to the hub; ask the organizer for its join URL."
        ),
    }
    return coded(said, error.code, error.facts, str(error))
