"""What the sample couple of `kindred demo` (game.demo) say, card by card, in their own words.

Every card they answer in words (free text they keep, or reveal to each other) has its own answers
here, written for it: the sample's year is what a couple opens to see what later evenings look like,
so each answer has to fit its question, each later version has to be a real change of mind, and each
quiz guess has to come close or miss the way a partner's would. The demo plays only these cards of
the kind (see `takes_words`); cards answered by a pick, a date or a number need no words.
"""

from __future__ import annotations

from game.core.cards import AnswerType, Card, CardKey, Kind
from game.demo_words.evening_decks import CLOSING, EVENING_DECKS
from game.demo_words.more_decks import MORE_DECKS
from game.demo_words.play_decks import PLAY_DECKS
from game.demo_words.said import Said

#: Every card the sample couple answers in words, and what they say.
WORDS: dict[CardKey, Said] = {
    **{CardKey.parse(key): said for table in (PLAY_DECKS, MORE_DECKS, EVENING_DECKS) for key, said in table.items()},
    **CLOSING,
}


def takes_words(card: Card) -> bool:
    """Whether playing `card` asks the couple for free text: an ask card that is remembered, or a both card."""
    return card.answer_type is AnswerType.TEXT and (card.kind is Kind.BOTH or (card.kind is Kind.ASK and card.remembered))


def words_for(card: Card) -> Said:
    """The sample couple's words for `card` (a KeyError names a card they were never given words for)."""
    return WORDS[card.key]
