"""The near-duplicate search of `deck validate --strict` finds exactly the pairs, and the scores, of the plain
check it replaced: rapidfuzz's two scorers run over every later card, card by card. Random decks mix short
texts (rapidfuzz's own scorers) with long ones (the sums of game.core.near_duplicates), and words one typo
apart, which share no word and are alike all the same."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from game.core import near_duplicates
from game.core.near_duplicates import LONG, NEAR_DUPLICATE, SAME_QUESTION, alike_pairs, fold
from game.storage.deck_files import deck_paths, load_decks
from game.storage.paths import builtin_decks_dir

WORDS = ("tea", "teas", "tee", "sea", "the", "a", "ab", "ba", "abc", "colour", "color", "favourite", "favorite", "1", "٣")


def plain(texts: list[str]) -> list[tuple[int, int, float]]:
    """The check as it was: each text against every later one, with both scorers, the set's score winning."""
    pairs = []
    for first, text in enumerate(texts):
        later = texts[first + 1 :]
        alike = {
            offset: score
            for scorer, cutoff in ((fuzz.token_sort_ratio, NEAR_DUPLICATE), (fuzz.token_set_ratio, SAME_QUESTION))
            for _, score, offset in process.extract(text, later, scorer=scorer, score_cutoff=cutoff, limit=None)
        }
        pairs += [(first, first + 1 + offset, score) for offset, score in sorted(alike.items())]
    return pairs


def text_of(words: list[str], times: int) -> str:
    return fold(" ".join(words * times))


TEXTS = st.builds(text_of, st.lists(st.sampled_from(WORDS), max_size=8), st.sampled_from([1, 1, 1, 60]))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TEXTS, max_size=14))
def test_random_decks_give_the_plain_checks_pairs_and_scores(texts: list[str]) -> None:
    assert list(alike_pairs(texts)) == plain(texts)


def test_the_built_in_decks_give_the_plain_checks_pairs_short_and_long() -> None:
    found = load_decks(deck_paths(builtin_decks_dir()))
    texts = [fold(card.text) for deck in found.decks for card in deck.cards][::4]
    # Each again, a word changed, and as a long text: pairs alike, in both of the ways they are scored.
    texts += [text.replace("you", "we", 1) for text in texts[::10]]
    texts += [" ".join([text] * (LONG // max(len(text), 1) + 1)) for text in texts[::15]]
    pairs = list(alike_pairs(texts))
    assert pairs == plain(texts)
    assert any(len(texts[later]) > LONG for _, later, _ in pairs) and any(len(texts[later]) <= LONG for _, later, _ in pairs)


def test_progress_is_told_as_the_pairs_are_looked_at(monkeypatch) -> None:
    monkeypatch.setattr(near_duplicates, "PROGRESS_EVERY", 10)
    heard: list[tuple[int, int]] = []
    texts = [f"card {number} what made you smile" for number in range(12)]
    list(alike_pairs(texts, lambda done, total: heard.append((done, total))))
    assert heard[-1] == (66, 66) and len(heard) > 3
    assert [done for done, _ in heard] == sorted(done for done, _ in heard)
