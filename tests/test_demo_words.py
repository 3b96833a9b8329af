"""The sample couple's words (game.demo_words).

The sample is what a couple opens to see later evenings, so everything Amara and Kofi say in words
must be written for its card: their answers, the answers they change to, and their quiz guesses, which
come close or miss. The words name real cards of the game's decks, never a spicy one.
"""

from __future__ import annotations

from game.core.cards import Card, CardKey
from game.core.date_night_plan import RITUALS
from game.demo_words import WORDS, takes_words
from game.storage.deck_files import deck_paths, load_decks
from game.storage.paths import builtin_decks_dir

DECKS = load_decks(deck_paths(builtin_decks_dir())).decks
#: The game's own cards: the built-in decks, and the date night's rituals (used where no built-in card fits).
CARDS: dict[CardKey, Card] = {card.key: card for deck in (*DECKS, RITUALS) for card in deck.cards}


def test_the_words_name_cards_of_the_games_own_decks_that_are_answered_in_words_and_never_spicy() -> None:
    assert 60 <= len({key for key in WORDS if key.deck_id != RITUALS.id}) <= 120
    unknown = [str(key) for key in WORDS if key not in CARDS]
    assert unknown == []
    assert [str(key) for key in WORDS if not takes_words(CARDS[key])] == []
    assert [str(key) for key in WORDS if CARDS[key].spicy] == []  # the demo never says yes to spicy cards
    assert len({key.deck_id for key in WORDS}) >= 12  # across the decks


def test_each_partner_answers_every_card_and_a_card_quizzed_later_has_a_close_guess_and_wrong_ones() -> None:
    for key, said in WORDS.items():
        card = CARDS[key]
        for seat in (0, 1):
            lines = said.lines(seat)
            assert lines and all(answer.strip() and len(answer) <= 60 for answer, _ in lines), (key, seat)
            assert len(lines) >= 3 if card.changes else len(lines) == 1, (key, seat)  # a change of mind, or one answer
            assert len(set(said.answers(seat))) == len(lines), (key, seat)
            if card.remembered:
                assert all(near and near.strip() for _, near in lines), (key, seat)
            else:
                assert all(near is None for _, near in lines), (key, seat)  # only revealed: nobody guesses it
        if card.remembered:
            assert len(said.misses) >= 2, key
            assert not set(said.misses) & {*said.answers(0), *said.answers(1)}, key
        else:
            assert said.misses == (), key


def test_a_card_whose_answer_changes_says_the_next_answer_each_time_and_starts_again_after_the_last() -> None:
    said = WORDS[CardKey("favourite-details", "coffee-order")]
    first, second, third = said.answers(1)
    assert said.after(1, None) == first and said.after(1, first) == second and said.after(1, third) == first
    assert said.earlier(1, third) == (first, second) and said.earlier(1, first) == ()
    assert said.near(1, second) != second and said.near(1, "something else") == "something else"
