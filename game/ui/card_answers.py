"""What the studio says, and does, about the answers a card or a deck holds before the card or the deck changes.

A card keeps its id when its words change, so what was remembered of it stays. A change of meaning ("walk into
a room" to "played at your funeral") would move the answers to a new question, and a later correction would read
as a change of heart: so the couple is shown the answers and chooses. A card or a deck that is deleted keeps its
answers in Our story, under their question (game.kept_cards); the deck's file goes only if Kindred wrote it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import PurePath

from game.core.answers import describe
from game.core.cards import Card, Deck
from game.core.consent import Consent
from game.core.deck_editing import DeckSaveError
from game.core.direction import quoted
from game.core.memories import Memory
from game.core.players import Couple
from game.core.quote_marks import in_quotes, quote_ends_sentence

from .modals import ConfirmScene, QuestionScene
from .scene import UI

REWORDED = "Keep what you remember of this card?"
KEEP, AFRESH = "Keep the answers", "Start afresh"


def counted(count: int) -> str:
    return f"{count} answer{'' if count == 1 else 's'}"


def whose_answers(ui: UI, couple: Couple, card: Card, memories: Sequence[Memory]) -> str:
    """ "Noa said “Dancing Queen, obviously”." for each answer, when the couple's limits let the card be shown;
    else only how many there are (a card beyond a partner's private limit shows nothing of its answers)."""
    if not Consent.from_settings(ui.settings, ui.services.limits(couple)).allows(card):
        return f"{counted(len(memories)).capitalize()} {'is' if len(memories) == 1 else 'are'} remembered for it."
    said = [f"{quoted(couple.name(m.key.owner))} said {quote_ends_sentence(describe(card, m.answer))}" for m in memories]
    return " ".join(said)


def ask_about_rewording(ui: UI, couple: Couple, card: Card, memories: Sequence[Memory], then: Callable[[str | None], None]) -> None:
    """The card's words changed and it holds answers: keep them with the new words, or start the card afresh.
    `then` hears "keep", "afresh", or None (back to the card, as it was typed)."""
    detail = (
        f"{whose_answers(ui, couple, card, memories)} Keep them if it asks the same thing in new words. "
        "Start afresh if it now asks something else: it is asked anew, and these answers stay in Our story "
        "under the old question."
    )
    ui.push(QuestionScene(ui, REWORDED, (AFRESH, "afresh"), (KEEP, "keep"), None, detail), then)  # Enter keeps them


def kept_for_good(ui: UI, deck: Deck, cards: Sequence[Card]) -> bool:
    """Keep `cards` with their answers before they leave `deck`; False (and why, said) when the store cannot now."""
    try:
        ui.services.keep_cards(deck, cards)
    except Exception as error:  # the saved data saying no for now: busy, full, read-only
        words = ui.services.refused(error)
        if words is None:
            raise
        ui.toast(f"{words} Nothing was changed.", seconds=8)
        return False
    return True


def ask_to_delete_deck(ui: UI, couple: Couple, deck: Deck | None, name: str, path: str, done: Callable[[bool], None]) -> None:
    """Delete one of the couple's decks, having said what goes and what stays; `done` hears whether it went.

    A file written or changed in an editor is the couple's own words: it stays, and they are told where it is."""
    file = PurePath(path).name
    if deck is None or not ui.services.deck_made_here(path):
        detail = (
            f"Its file, {file}, may hold words written outside Kindred, so Kindred leaves it as it is. "
            f"To delete the deck, delete {file} from your decks folder: {ui.services.decks_folder()}"
        )

        def answered(open_it: bool) -> None:
            if open_it:
                problem = ui.services.open_decks_folder()
                if problem:
                    ui.clipboard_put(ui.services.decks_folder())
                    ui.toast(f"{problem}. The path is copied, ready to paste.", seconds=8)
            done(False)

        title = f"{in_quotes(name)} stays here"
        ui.push(QuestionScene(ui, title, ("Open folder", True), ("Close", False), False, detail), answered)
        return
    count = len(ui.services.remembered(couple, deck.id))
    cards = len(deck.cards)
    kept = (
        f"The {counted(count)} you remember from its cards {'stays' if count == 1 else 'stay'} in Our story, under "
        f"{'its question' if count == 1 else 'their questions'}."
        if count
        else "Nothing you answered from it is remembered."
    )
    detail = f"Its {cards} card{'' if cards == 1 else 's'} and its file, {file}, go. {kept}"

    def confirmed(yes: bool) -> None:
        if not yes or not kept_for_good(ui, deck, deck.cards):
            done(False)
            return
        try:
            ui.services.delete_deck(path)
        except DeckSaveError as error:
            ui.toast(str(error), seconds=8)
            done(False)
            return
        ui.toast(f"{in_quotes(name)} is deleted." + (" Its answers stay in Our story." if count else ""), seconds=5)
        done(True)

    ui.push(ConfirmScene(ui, f"Delete {in_quotes(name)}?", "Delete the deck", "Keep it", detail), confirmed)
