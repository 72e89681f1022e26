"""The decoder's second looks: ways of redrawing a grayscale image so a hard code reads.

Each variant turns a grayscale image into (image to read, scale factor applied, zxing-cpp
options). They cost a zxing-cpp call each, so the decoder runs them only after the plain read
found nothing: on crops around symbols it located, and in thorough mode on the whole image.
"""

from __future__ import annotations

from collections.abc import Callable

import cv2
import numpy as np
import zxingcpp

Options = dict[str, object]
# A variant: a name for the logs, and the function making the image to read.
Variant = tuple[str, Callable[[np.ndarray], tuple[np.ndarray, float, Options]]]


def as_is(g: np.ndarray) -> tuple[np.ndarray, float, Options]:
    # The full-resolution pixels, where the first read looked at a downscaled copy.
    return g, 1.0, {}


def as_is_global(g: np.ndarray) -> tuple[np.ndarray, float, Options]:
    # A global threshold copes with creased fabric and glare that fool the local-average one.
    return g, 1.0, {"binarizer": zxingcpp.Binarizer.GlobalHistogram}


def upscaled_smoothed(g: np.ndarray) -> tuple[np.ndarray, float, Options]:
    # Small or blurred codes: more pixels per module, then smooth away JPEG blocks and weave.
    up = cv2.resize(g, None, fx=2.0, fy=2.0, interpolation=cv2.INTER_CUBIC)
    return cv2.GaussianBlur(up, (0, 0), 1.6), 2.0, {}


def upscaled_sharpened(g: np.ndarray) -> tuple[np.ndarray, float, Options]:
    # Tiny, slightly blurred codes: modules of one or two pixels merge; an unsharp mask on the
    # upscaled image separates them again.
    up = cv2.resize(g, None, fx=2.0, fy=2.0, interpolation=cv2.INTER_CUBIC)
    return cv2.addWeighted(up, 2.0, cv2.GaussianBlur(up, (0, 0), 2.0), -1.0, 0), 2.0, {}


def equalised(g: np.ndarray) -> tuple[np.ndarray, float, Options]:
    # Phone screens, glossy paper and plastic sleeves: local contrast equalisation lifts
    # washed-out modules.
    clahe = cv2.createCLAHE(clipLimit=2.0, tileGridSize=(8, 8))
    return clahe.apply(g), 1.0, {}


def sharpened_inverted(g: np.ndarray) -> tuple[np.ndarray, float, Options]:
    # Dark-mode phone screens show light modules on dark; zxing-cpp inverts too, but only
    # after its own binarisation, which a soft screen photo defeats without sharpening.
    sharp = cv2.addWeighted(g, 1.6, cv2.GaussianBlur(g, (0, 0), 2.0), -0.6, 0)
    return cv2.bitwise_not(sharp), 1.0, {}


CROP: tuple[Variant, ...] = (
    ("global-threshold", as_is_global),
    ("upscaled-smoothed", upscaled_smoothed),
    ("equalised", equalised),
)
WHOLE: tuple[Variant, ...] = (
    ("global-threshold", as_is_global),
    ("equalised", equalised),
    ("sharpened-inverted", sharpened_inverted),
)
SMALL: tuple[Variant, ...] = (
    ("upscaled-sharpened", upscaled_sharpened),
    ("upscaled-smoothed", upscaled_smoothed),
)
FULL_RESOLUTION: tuple[Variant, ...] = (("full-resolution", as_is),)
