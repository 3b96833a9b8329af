"""Draw Kindred's icon, two overlapping hearts on a warm tile, as PNGs into assets/icons/.

Drawn here with pygame's own shapes, large, then smoothly scaled down to each size, so the
icon is ours and reproducible: `python assets/make_icon.py` rewrites kindred-16.png ... kindred-256.png.
"""

from __future__ import annotations

import math
import os
import sys
from pathlib import Path

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame

SIZES = (16, 32, 48, 64, 128, 256)
OUT = Path(__file__).resolve().parent / "icons"
CANVAS = 1024
TILE = (200, 89, 63)  # the warm theme's accent
TILE_EDGE = (181, 69, 44)  # its focus colour, a shade deeper
BACK_HEART = (243, 201, 179)  # selection peach
FRONT_HEART = (255, 250, 244)  # card cream
SEAM = (200, 89, 63)


def heart_points(center: tuple[float, float], width: float, tilt_degrees: float) -> list[tuple[float, float]]:
    """The classic heart curve, `width` across, turned by `tilt_degrees` about its centre."""
    scale = width / 34.0
    turn = math.radians(tilt_degrees)
    cos_t, sin_t = math.cos(turn), math.sin(turn)
    points = []
    for step in range(360):
        t = 2 * math.pi * step / 360
        x = 16 * math.sin(t) ** 3
        y = -(13 * math.cos(t) - 5 * math.cos(2 * t) - 2 * math.cos(3 * t) - math.cos(4 * t)) - 1.5
        x, y = x * scale, y * scale
        points.append((center[0] + x * cos_t - y * sin_t, center[1] + x * sin_t + y * cos_t))
    return points


def draw(canvas_size: int = CANVAS) -> pygame.Surface:
    """The icon at full size on a transparent canvas."""
    canvas = pygame.Surface((canvas_size, canvas_size), pygame.SRCALPHA)
    unit = canvas_size / 1024
    margin = round(40 * unit)
    tile = pygame.Rect(margin, margin, canvas_size - 2 * margin, canvas_size - 2 * margin)
    radius = round(210 * unit)
    pygame.draw.rect(canvas, TILE_EDGE, tile, border_radius=radius)
    pygame.draw.rect(canvas, TILE, tile.inflate(-round(36 * unit), -round(36 * unit)), border_radius=radius - round(18 * unit))
    back = heart_points((415 * unit, 455 * unit), 500 * unit, -14)
    front = heart_points((600 * unit, 575 * unit), 500 * unit, 12)
    pygame.draw.polygon(canvas, BACK_HEART, back)
    # a seam of the tile's colour around the front heart, so the two read as two where they overlap
    seam = heart_points((600 * unit, 575 * unit), 572 * unit, 12)
    pygame.draw.polygon(canvas, SEAM, seam)
    pygame.draw.polygon(canvas, FRONT_HEART, front)
    return canvas


def write(folder: Path = OUT) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    big = draw()
    written = []
    for size in SIZES:
        path = folder / f"kindred-{size}.png"
        pygame.image.save(pygame.transform.smoothscale(big, (size, size)), str(path))
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT):
        print(path)
