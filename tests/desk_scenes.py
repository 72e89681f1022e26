"""Camera frames that look like a real desk: texture, clutter, sensor noise, tickets at angles.

The plain scenes in `qr_media` paste a code on a smooth grey desk, which every detector finds at
once. A webcam at a registration desk sees something else: wood grain, a keyboard, printed
papers with text, uneven light, sensor noise and JPEG blocks, and the ticket itself tilted on a
phone screen, in a plastic sleeve or in dark mode. Those are what make zxing-cpp's detectors
work hard, so the decoder's speed and the benchmark are measured on these.

Everything is generated from a seed: the same call gives the same frame.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from tests.qr_media import qr_image

HD = (1280, 720)
FULL_HD = (1920, 1080)


@dataclass(frozen=True)
class Ticket:
    """How the ticket appears: where, how big, how turned, and on what."""

    payload: str | bytes
    centre: tuple[float, float] = (0.5, 0.5)  # fraction of the frame
    size: float = 0.28  # the code's side as a fraction of the frame's height
    angle: float = 0.0  # in-plane rotation, degrees
    tilt: float = 0.0  # perspective: 0 flat to the camera, 0.3 a phone held well away from square
    kind: str = "paper"  # paper | phone | sleeve | dark-phone


def _smooth_noise(rng: np.random.Generator, height: int, width: int, sigma: float) -> np.ndarray:
    """Gaussian-blurred noise with unit spread; coarse scales drawn small and enlarged (fast)."""
    step = max(int(sigma // 3), 1)
    small = rng.standard_normal((height // step + 1, width // step + 1), np.float32)
    layer = cv2.GaussianBlur(small, (0, 0), sigma / step)
    if step > 1:
        layer = cv2.resize(layer, (width, height), interpolation=cv2.INTER_CUBIC)
    layer = layer[:height, :width]
    return layer / max(float(layer.std()), 1e-6)


def _noise_texture(rng: np.random.Generator, height: int, width: int) -> np.ndarray:
    # Blurred noise at three scales: blotches, grain and fine speckle, like a worn desk top.
    out = np.zeros((height, width), np.float32)
    for sigma, weight in ((24.0, 40.0), (5.0, 22.0), (1.2, 10.0)):
        out += weight * _smooth_noise(rng, height, width, sigma)
    return out


def _wood(rng: np.random.Generator, height: int, width: int) -> np.ndarray:
    ys = np.arange(height, dtype=np.float32)[:, None]
    xs = np.arange(width, dtype=np.float32)[None, :]
    warp = _smooth_noise(rng, height, width, 30.0) * 40
    return 18.0 * np.sin((ys * 0.9 + warp + xs * 0.05) / 6.0)


def _clutter(rng: np.random.Generator, desk: np.ndarray) -> None:
    """Things on the desk: a keyboard's key grid, a printed list with text, cable shadows."""
    height, width = desk.shape
    # A keyboard in one corner: rows of small dark squares with light gaps.
    kx, ky = int(width * 0.02), int(height * 0.68)
    key = max(height // 30, 8)
    for row in range(4):
        for col in range(int(width * 0.3) // key):
            x, y = kx + col * key, ky + row * key
            cv2.rectangle(desk, (x, y), (x + key - 3, y + key - 3), 45, -1)
            cv2.putText(desk, "QWERTYUIOP"[col % 10], (x + 2, y + key - 5), 0, key / 40, 150, 1)
    # A printed attendee list: lines of small text and a table grid, top right.
    px, py = int(width * 0.68), int(height * 0.05)
    pw, ph = int(width * 0.3), int(height * 0.45)
    cv2.rectangle(desk, (px, py), (px + pw, py + ph), 225, -1)
    line = max(height // 45, 10)
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 "
    for i, y in enumerate(range(py + line, py + ph - 4, line)):
        text = "".join(letters[j] for j in rng.integers(0, len(letters), 28))
        cv2.putText(desk, text, (px + 6, y), 0, line / 32, 40, 1)
        if i % 3 == 0:
            cv2.line(desk, (px, y + 3), (px + pw, y + 3), 90, 1)
    # Cables: a few dark curves.
    for _ in range(3):
        points = rng.integers(0, [width, height], (5, 2)).astype(np.int32)
        cv2.polylines(desk, [points.reshape(-1, 1, 2)], False, 30, max(height // 200, 2))


def _ticket_image(ticket: Ticket, side: int) -> tuple[np.ndarray, np.ndarray]:
    """The ticket (or phone) as a grayscale image and its opacity mask, code in the middle."""
    code = qr_image(ticket.payload, box=1, border=0)
    modules = code.shape[0]
    cell = max(side // modules, 1)
    code = cv2.resize(code, (modules * cell, modules * cell), interpolation=cv2.INTER_NEAREST)
    dark = ticket.kind == "dark-phone"
    if dark:
        code = cv2.bitwise_not(code)  # light modules on a dark screen
    quiet = 4 * cell
    paper = 28 if dark else 245
    body = np.full((code.shape[0] + 2 * quiet, code.shape[1] + 2 * quiet), paper, np.uint8)
    body[quiet:-quiet, quiet:-quiet] = code
    if ticket.kind == "paper" or ticket.kind == "sleeve":
        # A printed ticket: a text block under the code (the name, the event).
        text = np.full((body.shape[0] // 2, body.shape[1]), paper, np.uint8)
        scale = body.shape[1] / 600
        cv2.putText(text, "OpenStack Operators", (quiet, int(60 * scale)), 0, scale, 30, 2)
        cv2.putText(text, "Lukasz Wisniewski", (quiet, int(130 * scale)), 0, scale * 1.3, 20, 2)
        body = np.vstack([body, text])
    else:
        # A phone: dark bezel round the screen.
        bezel = max(body.shape[1] // 12, 4)
        body = cv2.copyMakeBorder(
            body, bezel * 3, bezel * 4, bezel, bezel, cv2.BORDER_CONSTANT, value=12
        )
    return body, np.full(body.shape, 255, np.uint8)


def _place(desk: np.ndarray, ticket: Ticket) -> None:
    height, width = desk.shape
    side = int(ticket.size * height)
    image, mask = _ticket_image(ticket, side)
    h, w = image.shape
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    # Perspective: one edge further from the camera than the other.
    t = ticket.tilt
    dst = np.float32([[0, h * t / 2], [w, 0], [w, h], [0, h * (1 - t / 2)]])
    dst[:, 0] *= 1 - t / 2 if t else 1
    angle = np.deg2rad(ticket.angle)
    rot = np.float32([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    centre = dst.mean(axis=0)
    cx, cy = ticket.centre[0] * width, ticket.centre[1] * height
    dst = (dst - centre) @ rot.T + np.float32([cx, cy])
    matrix = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    warped = cv2.warpPerspective(image, matrix, (width, height), flags=cv2.INTER_AREA)
    alpha = cv2.warpPerspective(mask, matrix, (width, height)).astype(np.float32) / 255
    if ticket.kind == "sleeve":
        # A plastic sleeve: washed-out contrast, a haze, and a bright glare band across it.
        warped = (warped.astype(np.float32) * 0.72 + 60).clip(0, 255).astype(np.uint8)
        ys = np.arange(height, dtype=np.float32)[:, None]
        xs = np.arange(width, dtype=np.float32)[None, :]
        band = np.exp(
            -(((xs - cx) * 0.6 + (ys - cy) - side * 0.15) ** 2) / (2 * (side * 0.06) ** 2)
        )
        glare = 0.55 * band
        warped = (warped * (1 - glare) + 255 * glare).astype(np.uint8)
    if ticket.kind in ("phone", "dark-phone"):
        # A screen photographed by a webcam: slightly soft, with a faint reflection.
        warped = cv2.GaussianBlur(warped, (0, 0), 0.8)
        ys = np.arange(height, dtype=np.float32)[:, None]
        warped = (warped + 14 * np.exp(-((ys - cy) ** 2) / (2 * (side * 0.5) ** 2))).clip(0, 255)
    out = desk.astype(np.float32) * (1 - alpha) + np.asarray(warped, np.float32) * alpha
    # The ticket's shadow on the desk is skipped: it would not change what the detectors see.
    desk[:] = out.clip(0, 255).astype(np.uint8)


def desk_background(size: tuple[int, int], rng: np.random.Generator) -> np.ndarray:
    """The empty desk as grayscale: worn texture, wood grain, a keyboard, papers, cables."""
    width, height = size
    base = 120 + _noise_texture(rng, height, width) + _wood(rng, height, width)
    desk = base.clip(0, 255).astype(np.uint8)
    _clutter(rng, desk)
    return desk


def desk_frame(
    tickets: list[Ticket] | tuple[Ticket, ...] = (),
    *,
    size: tuple[int, int] = HD,
    seed: int = 0,
    noise: float = 7.0,
    blur: float = 0.7,
    jpeg: int = 80,
) -> np.ndarray:
    """A BGR camera frame: a textured, cluttered desk with the tickets on it, noisy and JPEG'd."""
    rng = np.random.default_rng(seed)
    return through_camera(desk_background(size, rng), tickets, rng, noise, blur, jpeg)


def through_camera(
    background: np.ndarray,
    tickets: list[Ticket] | tuple[Ticket, ...],
    rng: np.random.Generator,
    noise: float = 7.0,
    blur: float = 0.7,
    jpeg: int | None = 80,
) -> np.ndarray:
    """What a webcam makes of the desk with these tickets on it (a new frame each call)."""
    height, width = background.shape
    desk = background.copy()
    for ticket in tickets:
        _place(desk, ticket)
    # Uneven light (brighter in the middle), lens softness, sensor noise, then the camera's JPEG.
    ys = np.arange(height, dtype=np.float32)[:, None]
    xs = np.arange(width, dtype=np.float32)[None, :]
    light = 1.1 - 0.35 * (((xs / width - 0.45) ** 2 + (ys / height - 0.4) ** 2) * 2)
    frame = desk.astype(np.float32) * light
    if blur:
        frame = cv2.GaussianBlur(frame, (0, 0), blur)
    colour = np.dstack([frame * 0.95, frame, frame * 1.04])
    colour += noise * rng.standard_normal(colour.shape, np.float32)
    bgr = colour.clip(0, 255).astype(np.uint8)
    if jpeg is None:
        return bgr
    ok, data = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, jpeg])
    assert ok
    return cv2.imdecode(data, cv2.IMREAD_COLOR)


KINDS = ("paper", "phone", "sleeve", "dark-phone")


def frame_set(
    size: tuple[int, int], count: int = 30, seed: int = 0
) -> list[tuple[np.ndarray, bytes]]:
    """Frames with one ticket each (every kind, several sizes, angles and tilts) and, one in
    five, an empty desk; each with the payload expected from it (b"" for none)."""
    rng = np.random.default_rng(seed)
    frames: list[tuple[np.ndarray, bytes]] = []
    for i in range(count):
        if i % 5 == 4:
            frames.append((desk_frame(size=size, seed=seed * 1000 + i), b""))
            continue
        payload = f"CK-{rng.integers(10**7, 10**8)}-{i:03d}"
        ticket = Ticket(
            payload,
            centre=(float(rng.uniform(0.3, 0.7)), float(rng.uniform(0.35, 0.65))),
            size=float(rng.choice([0.14, 0.2, 0.28, 0.36])),
            angle=float(rng.uniform(-40, 40)),
            tilt=float(rng.choice([0.0, 0.15, 0.3])),
            kind=KINDS[i % len(KINDS)],
        )
        frames.append((desk_frame([ticket], size=size, seed=seed * 1000 + i), payload.encode()))
    return frames


def drifting(
    size: tuple[int, int], frames: int = 300, per_ticket: int = 50, seed: int = 0
) -> tuple[list[np.ndarray], list[str]]:
    """A noisy video: one attendee after another holds a ticket up, drifting across the view,
    and takes it away; returns the frames and the payloads in the order they appear."""
    rng = np.random.default_rng(seed)
    background = desk_background(size, rng)
    out: list[np.ndarray] = []
    payloads: list[str] = []
    for start in range(0, frames, per_ticket):
        payload = f"CK-{rng.integers(10**7, 10**8)}-{start // per_ticket:03d}"
        kind = KINDS[len(payloads) % len(KINDS)]
        angle, scale = float(rng.uniform(-30, 30)), float(rng.choice([0.16, 0.22, 0.3]))
        payloads.append(payload)
        shown = min(per_ticket, frames - start)
        for i in range(shown):
            if i >= shown * 3 // 4:  # the ticket is taken away before the next one comes
                out.append(through_camera(background, (), rng, jpeg=None))
                continue
            t = i / per_ticket
            ticket = Ticket(
                payload,
                centre=(0.35 + 0.3 * t, 0.45 + 0.1 * float(np.sin(6 * t))),
                size=scale,
                angle=angle + 20 * t,
                tilt=0.1 + 0.15 * t,
                kind=kind,
            )
            out.append(through_camera(background, (ticket,), rng, jpeg=None))
    return out, payloads
