"""A round with no set length (a small deck of their own, played from Deck studio) says its total: "Card 1 of 3"."""

from __future__ import annotations

from pathlib import Path

from game.core.session import SessionConfig
from game.ui.routes import Play
from game.ui.scenes.round_progress import progress_words

from .pilot import Pilot
from .tour import play_turn

TINY = (
    "format: 1\nid: tiny\nname: Tiny\ncards:\n  - {id: a, text: What made you laugh today?}\n"
    "  - {id: b, text: Where would you go this weekend?}\n  - {id: c, text: What song is stuck in your head?}\n"
)


def open_round(p: Pilot, deck_ids: tuple[str, ...]) -> None:
    couple = p.services.couples()[0]
    p.shell.ui.push(Play(p.services.start(couple, SessionConfig(deck_ids=deck_ids, length=None, quizzes=False))))
    p.advance(0.6)  # the card is dealt


def test_a_round_of_a_small_deck_with_no_set_length_counts_to_its_last_card(pilots) -> None:
    p = pilots(at_home=True)
    folder = Path(p.services.decks_folder())
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "tiny.yaml").write_text(TINY, encoding="utf-8")
    p.advance(1.6)  # the new file is noticed
    open_round(p, ("tiny",))
    assert progress_words(p.scene.session) == "Card 1 of 3"
    play_turn(p)
    assert progress_words(p.scene.session) == "Card 2 of 3"


def test_an_open_round_of_many_cards_stays_open(pilots) -> None:
    p = pilots(at_home=True)
    open_round(p, tuple(deck.id for deck in p.services.decks()))
    assert progress_words(p.scene.session) == "Card 1", "a couple with hundreds of cards stops when they like"
