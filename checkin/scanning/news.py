"""What a camera says about itself: a sentence in English — logged, and printed by the command
line as it is — that also carries a code, the source and the values in it, so that the window can
say it again in the volunteers' language.

`CameraNews` is a `str` (the sentence) so that every listener that wants the sentence gets it
unchanged; a front end that knows the type reads `code`, `kind`, `name` and `facts` instead.
"""

from __future__ import annotations

from enum import StrEnum


class CameraCode(StrEnum):
    RUNNING = "running"  # facts: width, height
    MISSING = "missing"  # a video file that is not there
    BUSY = "busy"  # a camera that is missing or in use by another program
    UNOPENED = "unopened"  # facts: OpenCV's own words ('' when it gave none)
    TOO_LARGE = "too_large"  # facts: width, height, megapixels, the desk's limit in megapixels
    STALLED = "stalled"  # it stopped delivering frames
    STOPPED = "stopped"  # the desk stopped it


class CameraNews(str):
    """One sentence about a source, with what it says as data."""

    code: CameraCode
    kind: str  # "camera", "stream" or "file" (Source.kind)
    name: str  # the camera's number, the stream's URL or the video file's name
    facts: tuple[str, ...]
    retrying: bool  # the desk tries again in the background

    def __new__(
        cls,
        sentence: str,
        code: CameraCode,
        kind: str,
        name: str,
        facts: tuple[str, ...] = (),
        retrying: bool = False,
    ) -> CameraNews:
        news = super().__new__(cls, sentence)
        news.code, news.kind, news.name, news.facts = code, kind, name, facts
        news.retrying = retrying
        return news

    def retried(self) -> CameraNews:
        """The same news, said with the desk trying again in the background."""
        sentence = f"{self} Retrying in the background."
        return CameraNews(sentence, self.code, self.kind, self.name, self.facts, True)
