"""Kindred — a question card game for two. Run ``python main.py --help``."""

import sys

from game.app import main

if __name__ == "__main__":
    sys.exit(main())
