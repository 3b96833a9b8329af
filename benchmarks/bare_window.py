"""Child of benchmarks/run.py: the bare pygame-ce window every game figure is compared with.

``python3 benchmarks/bare_window.py MODE`` where MODE is
  first-frame  open a 1280x720 window, flip once, print ``FIRST_FRAME <time.time()>``;
  redraw-loop  redraw and flip every frame at 60 fps until killed (prints ``READY`` after the first);
  rss          open the window, flip, print ``RSS_KB <VmRSS>``.
"""

from __future__ import annotations

import sys
import time

import pygame

SIZE = (1280, 720)


def rss_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def main(mode: str) -> int:
    pygame.display.init()
    window = pygame.display.set_mode(SIZE)
    pygame.display.flip()
    if mode == "first-frame":
        print(f"FIRST_FRAME {time.time():.6f}", flush=True)
    elif mode == "rss":
        print(f"RSS_KB {rss_kb()}", flush=True)
    elif mode == "redraw-loop":
        clock = pygame.time.Clock()
        frame = 0
        print("READY", flush=True)
        while True:
            for event in pygame.event.get():
                if event.type == pygame.QUIT:
                    return 0
            window.fill((246, 236, 224))
            x = 200 + frame % 600
            pygame.draw.rect(window, (200, 120, 80), (x, 200, 320, 400), border_radius=22)
            pygame.draw.circle(window, (120, 60, 40), (x + 160, 400), 40)
            pygame.display.flip()
            clock.tick(60)
            frame += 1
    else:
        print(f"unknown mode {mode!r}", file=sys.stderr)
        return 2
    pygame.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "first-frame"))
