"""The camera's news in the volunteers' language: what the capture loop says about a camera, a
stream or a video file (`checkin.scanning.news`), said again from its code and facts. A sentence
without them (a setting the desk could not read) is shown as it came."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from checkin.scanning.news import CameraCode, CameraNews
from checkin.ui.language import fill


def camera_said(state: str) -> str:
    if not isinstance(state, CameraNews):
        return state

    sources = {
        "camera": QCoreApplication.translate("CameraWords", "Camera %1"),
        "stream": QCoreApplication.translate("CameraWords", "Stream %1"),
        "file": QCoreApplication.translate("CameraWords", "Video %1"),
    }
    source = fill(sources.get(state.kind, "%1"), state.name)
    facts = state.facts
    said = {
        CameraCode.RUNNING: QCoreApplication.translate("CameraWords", "%1 is running at %2×%3."),
        CameraCode.MISSING: QCoreApplication.translate("CameraWords", "%1 is missing."),
        CameraCode.BUSY: QCoreApplication.translate(
            "CameraWords", "%1 is missing or in use by another program."
        ),
        CameraCode.UNOPENED: QCoreApplication.translate(
            "CameraWords", "%1 could not be opened (%2)."
        )
        if facts and facts[0]
        else QCoreApplication.translate("CameraWords", "%1 could not be opened."),
        CameraCode.TOO_LARGE: QCoreApplication.translate(
            "CameraWords",
            "%1 delivers a %2×%3 picture (%4 megapixels), more than the %5 megapixels the desk "
            "decodes; it was not read.",
        ),
        CameraCode.STALLED: QCoreApplication.translate(
            "CameraWords", "%1 stopped delivering frames."
        ),
        CameraCode.STOPPED: QCoreApplication.translate("CameraWords", "%1 stopped."),
    }
    sentence = fill(said[state.code], source, *facts)
    if state.retrying:
        sentence += " " + QCoreApplication.translate("CameraWords", "Retrying in the background.")
    return sentence
