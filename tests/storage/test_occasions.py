"""The remembered days a date night mentions are real date cards in the built-in decks."""

from __future__ import annotations

from game.core.cards import AnswerType
from game.core.upcoming_dates import OCCASIONS, SHARED
from game.storage.deck_files import deck_paths, load_decks
from game.storage.paths import builtin_decks_dir


def test_every_occasion_names_a_built_in_date_card() -> None:
    cards = {card.key: card for deck in load_decks(deck_paths(builtin_decks_dir())).decks for card in deck.cards}
    missing = sorted(str(key) for key in OCCASIONS if key not in cards or cards[key].answer_type is not AnswerType.DATE)
    assert missing == [], "occasions with no date card behind them: " + ", ".join(missing)
    assert set(SHARED) <= set(OCCASIONS)
