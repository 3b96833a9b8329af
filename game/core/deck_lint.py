"""The content lint (`deck validate --strict`): what a valid deck can still get wrong.

Near-duplicate texts across decks, quiz phrasing without {name}, long cards,
a deck missing a depth level, and gendered wording.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from .cards import Card, Deck

MAX_CARD_CHARS = 160
NEAR_DUPLICATE = 88
GENDERED = (
    "he", "she", "him", "his", "hers", "himself", "herself", "he/she", "s/he",
    "husband", "husbands", "wife", "wives", "hubby", "wifey", "boyfriend", "boyfriends",
    "girlfriend", "girlfriends", "fiance", "fiancee", "fiancé", "fiancée", "bride", "groom",
)  # fmt: skip
_LONGEST_FIRST = sorted({*GENDERED, "her"}, key=lambda word: (-len(word), word))  # so he/she is found whole, and his/her by its his
_GENDERED = re.compile(r"(?<!\w)(" + "|".join(re.escape(word) for word in _LONGEST_FIRST) + r")(?!\w)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class LintFinding:
    deck_id: str
    card_id: str | None
    message: str


def lint(decks: Sequence[Deck]) -> list[LintFinding]:
    findings: list[LintFinding] = []
    for deck in decks:
        missing = sorted({1, 2, 3} - deck.levels())
        if missing:
            words = " and ".join(str(level) for level in missing)
            findings.append(LintFinding(deck.id, None, f"deck '{deck.id}' has no cards of level {words}"))
        for card in deck.cards:
            findings.extend(_card(card))
    findings.extend(_near_duplicates([card for deck in decks for card in deck.cards]))
    return findings


def _card(card: Card) -> list[LintFinding]:
    out: list[LintFinding] = []
    if len(card.text) > MAX_CARD_CHARS:
        out.append(
            LintFinding(card.deck_id, card.id, f"the text is {len(card.text)} characters; keep cards under {MAX_CARD_CHARS}")
        )
    if card.quiz is not None and "{name}" not in card.quiz:
        out.append(LintFinding(card.deck_id, card.id, "the quiz phrasing should name whose memory it is with {name}"))
    for text in (card.text, card.quiz or "", card.note, *card.options, *card.followups):
        if match := _GENDERED.search(text):
            out.append(LintFinding(card.deck_id, card.id, f"gendered wording '{match.group(0)}': Kindred assumes no genders"))
            break
    return out


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(ch for ch in decomposed if ch.isalnum() or ch.isspace())
    return " ".join(kept.split())


def _near_duplicates(cards: list[Card]) -> list[LintFinding]:
    texts = [_fold(card.text) for card in cards]
    out: list[LintFinding] = []
    for i, text in enumerate(texts):
        later = texts[i + 1 :]
        for _, score, offset in process.extract(text, later, scorer=fuzz.token_sort_ratio, score_cutoff=NEAR_DUPLICATE, limit=None):
            first, second = cards[i], cards[i + 1 + offset]
            out.append(
                LintFinding(
                    second.deck_id, second.id, f"the text is nearly the same as {first.deck_id}/{first.id} ({score:.0f}% alike)"
                )
            )
    return out
