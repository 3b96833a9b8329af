"""The choices a round offers, in the words the screens show: how deep, and how many cards or questions."""

from __future__ import annotations

LEVELS = {1: "light only", 2: "up to personal", 3: "all the way to deep"}
#: Cards in a session, or questions in a Quiz me round; 0 is open-ended (a quiz asks all that are due).
LENGTHS = (6, 12, 20, 0)
#: Questions in a Quiz me round at first (one of LENGTHS): the memories due beyond it wait for another round.
QUIZ_LENGTH = 12


def quiz_length_words(length: int) -> str:
    """The Quiz me length button: how many questions a round asks (0: every one that is due)."""
    return f"Length: {length} questions" if length else "Length: all that are due"
