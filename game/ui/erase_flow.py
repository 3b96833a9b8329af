"""Settings' two erases, each asked twice after saying what goes and what stays: "Erase only us" (one couple of those
sharing the laptop, and nothing of anyone else's) and "Erase everything" (every couple on the laptop).

A couple with a passphrase is erased (alone or with everyone) only after their passphrase is typed (see
scenes.erase_check). When it is forgotten, the couple is told plainly that only erasing everything on the laptop can
remove them, and what that takes; from erasing everything, they may go on.
"""

from __future__ import annotations

from collections.abc import Callable

from game.core.direction import quoted
from game.core.players import Couple

from .modals import ConfirmScene
from .routes import EraseCheck, Title
from .scene import UI

#: How a locked couple answers before they are erased (scenes.erase_check): the passphrase opened, or forgotten.
KNOWN, FORGOTTEN = "known", "forgotten"

#: What erasing one couple takes from the store, and what it leaves.
US_WORDS = (
    "{names}: your answers, memories, rounds, date nights, limits, chosen decks and passphrase. "
    "Other couples on this laptop, and everything of theirs, stay. This cannot be undone."
)
EVERYTHING_WORDS = (
    "Every couple, every answer and every setting but the window's size, which is the computer's. This cannot be undone."
)


def names(couple: Couple) -> str:
    return f"{quoted(couple.name(0))} & {quoted(couple.name(1))}"


def forgotten_words(couple: Couple, others: int) -> str:
    """What it takes to remove a couple whose passphrase is forgotten (`others`: how many other couples there are)."""
    everyone = f"every couple on this laptop ({others + 1})" if others else "every couple on this laptop"
    return (
        f"Without the passphrase, only “Erase everything” can remove {names(couple)}. "
        f"It erases {everyone}, with all their answers, memories and settings, and nothing can bring them back."
    )


class EraseFlow:
    """The questions on the way to an erase from Settings (`couple`: whose Settings they are, or None)."""

    def __init__(self, ui: UI, couple: Couple | None) -> None:
        self.ui, self.couple = ui, couple

    # ---- erase only us ----------------------------------------------------------------

    def only_us(self) -> None:
        couple = self.couple
        if couple is None:
            return
        if self.ui.services.has_passphrase(couple):
            self.ui.push(EraseCheck(couple, everyone=False, answered=self._us_checked))
        else:
            self._ask_us()

    def _us_checked(self, answer: str) -> None:
        if answer == KNOWN:
            self._ask_us()
            return
        assert self.couple is not None
        said = forgotten_words(self.couple, len(self.ui.services.couples()) - 1)
        self.ui.push(
            ConfirmScene(self.ui, "Forgotten your passphrase?", "Erase everything…", "Keep it all", said),
            lambda yes: self.everything(forgotten=self.couple) if yes else None,
        )

    def _ask_us(self) -> None:
        assert self.couple is not None
        detail = US_WORDS.format(names=names(self.couple)) + "\n" + self.ui.services.erase_us_warning(self.couple)
        self.ui.push(ConfirmScene(self.ui, "Erase only you two?", "Yes, erase us", "Keep it all", detail), self._us_again)

    def _us_again(self, yes: bool) -> None:
        if yes:
            detail = "Last chance: nothing can bring it back."
            self.ui.push(ConfirmScene(self.ui, "Really erase you two?", "Erase us now", "Stop", detail), self._us_confirmed)

    def _us_confirmed(self, yes: bool) -> None:
        if not yes or self.couple is None:
            return
        said = self.ui.services.erase_couple(self.couple)
        self.ui.reset(Title())
        self.ui.toast(said, 6.0)

    # ---- erase everything ---------------------------------------------------------------

    def everything(self, forgotten: Couple | None = None) -> None:
        """Each locked couple's passphrase first (or their word that it is forgotten: `forgotten` has said so
        already), then the two questions."""
        services = self.ui.services
        locked = [couple for couple in services.couples() if services.has_passphrase(couple) and couple != forgotten]
        self._check_each(locked, self._ask_everything)

    def _check_each(self, locked: list[Couple], then: Callable[[], None]) -> None:
        if not locked:
            then()
            return
        couple, rest = locked[0], locked[1:]

        def answered(answer: str) -> None:
            if answer == KNOWN:
                self._check_each(rest, then)
                return
            said = forgotten_words(couple, len(self.ui.services.couples()) - 1)
            self.ui.push(
                ConfirmScene(self.ui, f"Erase {names(couple)} without it?", "Go on", "Keep it all", said),
                lambda yes: self._check_each(rest, then) if yes else None,
            )

        self.ui.push(EraseCheck(couple, everyone=True, answered=answered))

    def _ask_everything(self) -> None:
        detail = EVERYTHING_WORDS
        going = self.ui.services.erase_warning()  # what goes with them and what stays: said while it can be copied
        if going:
            detail += "\n" + going
        self.ui.push(ConfirmScene(self.ui, "Erase everything?", "Yes, erase", "Keep it all", detail), self._everything_again)

    def _everything_again(self, yes: bool) -> None:
        if yes:
            detail = "Last chance: nothing can bring it back."
            self.ui.push(ConfirmScene(self.ui, "Really erase it all?", "Erase now", "Stop", detail), self._everything_confirmed)

    def _everything_confirmed(self, yes: bool) -> None:
        if not yes:
            return
        said = self.ui.services.erase_everything()
        self.ui.settings = self.ui.services.settings()
        self.ui.apply_settings()
        self.ui.reset(Title())
        self.ui.toast(said, 6.0)
