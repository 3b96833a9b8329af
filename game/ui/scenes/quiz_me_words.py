"""What Quiz me says above its button: how many questions are due for each of you, or why none is."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from game.core.direction import quoted
from game.core.players import Couple

from ..session_choices import questions, quiz_asks, ready_when

#: Quiz me with no memory due, on the screen before anything is pressed.
NOTHING_DUE = "Nothing is ready to quiz yet: the answers you save rest a day before they come back as questions."
#: Quiz me when answers are saved, but none that a round within the couple's limits would ask about, now or later.
NOTHING_FITS = "None of your saved answers can come up within the limits you've set just now."
PLAY_A_FEW = "Play a few cards: the answers you save become a quiz."


def quiz_me_lines(
    couple: Couple, due: Mapping[int, int], length: int, ready: datetime | None, saved: bool, now: datetime
) -> tuple[str, ...]:
    """The lines for `due` questions for each partner in a round of `length`; with none due, when the first can be
    asked (`ready`, within the limits), or that answers are `saved` but none can come up within them."""
    if not sum(due.values()):
        if ready is not None:  # resting, within the limits: the couple is told until when
            return NOTHING_DUE, f"Your answers are saved; the first can be quizzed {ready_when(ready, now)}."
        if saved:  # saved, but none a round within the limits would ask about
            return NOTHING_FITS, PLAY_A_FEW
        return NOTHING_DUE, "Play a round and save a few answers: the day after, each of you is asked about the other."
    a, b = quoted(couple.name(0)), quoted(couple.name(1))
    total = sum(due.values())
    if quiz_asks(total, length) < total:
        asks = f"This round asks {length} of them; the rest wait for next time."
    else:
        asks = "This round asks the one that is due." if total == 1 else f"This round asks all {total}."
    return (
        f"A round made only of memories that are due: {questions(due[0])} for {a}, {due[1]} for {b}.",
        asks,
        "The game marks picks, numbers and dates it can be sure of; the one who remembers judges the rest. "
        "A miss is just something new learned.",
    )
