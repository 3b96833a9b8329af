"""What the deck studio had not saved when the window closed, kept and put back the next time it opens.

Play keeps a half-typed answer; the studio keeps the same promise. Closing the window (or a
SIGTERM, which SDL turns into the same close) while a card is being written, or a new deck's
name or a deck's details are being typed, keeps the form as it is; the next time the studio
opens, the deck and the form are open again as they were. The kept draft is let go once that
form is saved or left, so a stop in between (a crash, a kill) loses nothing either.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast, runtime_checkable

from game.core.cards import Deck

from .routes import CardForm, DeckForm, StudioDeck

if TYPE_CHECKING:
    from game.core.deck_editing import SavedCard
    from game.core.players import Couple

    from .scene import UI, ResultScene, Scene

T = TypeVar("T")
BACK = "As you left it: your unsaved work from last time is back."


@runtime_checkable
class Form(Protocol):
    """A card's form or a deck's: what it keeps when the window closes, and how it takes that back."""

    def studio_draft(self) -> dict[str, Any] | None: ...

    def restore(self, values: dict[str, Any]) -> None: ...


@runtime_checkable
class DeckScreen(Protocol):
    """A deck's cards: which deck a form over it belongs to, and what it does with the form's result."""

    def deck_draft(self) -> dict[str, str | None]: ...

    def card_saved(self, saved: SavedCard | None) -> None: ...

    def details_changed(self, deck: Deck | None) -> None: ...


def kept(above: Sequence[Scene]) -> dict[str, Any] | None:
    """The draft of the form open highest among the studio's screens `above` it, with its deck; None when all is saved."""
    forms = [index for index, scene in enumerate(above) if isinstance(scene, Form)]
    form = cast("Form", above[forms[-1]]).studio_draft() if forms else None
    if form is None:
        return None
    decks = [scene for scene in above[: forms[-1]] if isinstance(scene, DeckScreen)]
    return {**form, "deck": decks[-1].deck_draft() if decks else None}


def restore(
    ui: UI, couple: Couple, draft: dict[str, Any], deck_closed: Callable[[str | None], None], made: Callable[[Deck | None], None]
) -> None:
    """Open again what `draft` kept: the form, over its deck. `deck_closed` and `made` are what the studio does when
    the deck's screen closes and when a new deck's form does. Once the form closes, the draft is let go."""

    def let_go(then: Callable[[T], None]) -> Callable[[T], None]:
        def done(result: T) -> None:
            ui.services.keep_studio_draft(couple, None)
            then(result)

        return done

    values = draft.get("values")
    values = values if isinstance(values, dict) else {}
    where = draft.get("deck")
    if not isinstance(where, dict):  # a new deck's name, the deck not made yet
        new_deck = cast("ResultScene[Deck | None]", ui.open(DeckForm(None)))
        cast("Form", new_deck).restore(values)
        ui.push(new_deck, let_go(made))
    else:
        deck, path = _deck(ui, where)
        screen = cast("ResultScene[str | None]", ui.open(StudioDeck(couple, deck, path)))
        ui.push(screen, deck_closed)
        if draft.get("form") == "card":
            ids = [card.id for card in deck.cards]
            index = ids.index(draft["card_id"]) if draft.get("card_id") in ids else None
            card = cast("ResultScene[SavedCard | None]", ui.open(CardForm(couple, deck, index)))
            cast("Form", card).restore(values)
            ui.push(card, let_go(cast("DeckScreen", screen).card_saved))
        else:
            details = cast("ResultScene[Deck | None]", ui.open(DeckForm(deck)))
            cast("Form", details).restore(values)
            ui.push(details, let_go(cast("DeckScreen", screen).details_changed))
    ui.toast(BACK, seconds=6)


def _deck(ui: UI, where: dict[str, Any]) -> tuple[Deck, str | None]:
    """The deck a draft belongs to, as it is now; one not saved yet (or whose file is gone or broken) is made
    again from what was kept, under a new id, and is saved with its first card."""
    entry = next((e for e in ui.services.deck_entries() if where.get("path") and e.path == where["path"]), None)
    if entry is not None and entry.editable and entry.deck is not None:
        return entry.deck, entry.path
    name = str(where.get("name") or "My deck")
    deck = Deck(
        id=ui.services.new_deck_id(name),
        name=name,
        cards=(),
        description=str(where.get("description") or ""),
        color=str(where.get("color") or "#c8784f"),
    )
    return deck, None
