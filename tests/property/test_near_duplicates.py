"""The near-duplicate search of `deck validate --strict` finds exactly the pairs, and the scores, of the plain
check it replaced: rapidfuzz's two scorers run over every later card, card by card. Random decks mix short
texts (rapidfuzz's own scorers) with long ones (the sums of game.core.near_duplicates), and words one typo
apart, which share no word and are alike all the same. Decks are also built the way alike cards come about:
an earlier card reordered, given a typo, or nested among a few more words, in any script, or empty."""

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


LETTERS = st.sampled_from("aeiouàéøßçñ中ب٣1 ")


@st.composite
def kin_texts(draw: st.DrawFn) -> list[str]:
    """Texts, each new or made from an earlier one: reordered, a letter changed, or inside a few more words."""
    words = st.one_of(st.sampled_from(WORDS), st.text(LETTERS, min_size=1, max_size=7))
    texts: list[str] = []
    for _ in range(draw(st.integers(0, 16))):
        way = draw(st.sampled_from(["new", "reordered", "typo", "nested"])) if texts else "new"
        if way == "new":
            text = " ".join(draw(st.lists(words, max_size=10)))
        else:
            earlier = draw(st.sampled_from(texts)).split()
            if way == "reordered":
                text = " ".join(draw(st.permutations(earlier)))
            elif way == "typo":
                joined = " ".join(earlier)
                at = draw(st.integers(0, len(joined)))
                text = joined[:at] + draw(st.sampled_from(["", "u", "é", "x"])) + joined[at + draw(st.integers(0, 1)) :]
            else:
                text = " ".join(draw(st.lists(words, max_size=3)) + earlier + draw(st.lists(words, max_size=3)))
        texts.append(fold(text * draw(st.sampled_from([1, 1, 1, 1, 8]))))
    return texts


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kin_texts())
def test_cards_made_from_each_other_give_the_plain_checks_pairs_and_scores(texts: list[str]) -> None:
    assert list(alike_pairs(texts)) == plain(texts)


def test_a_typo_in_every_word_is_still_found() -> None:
    texts = [fold("your favourite colour"), fold("yor favorite color")]
    assert list(alike_pairs(texts)) == plain(texts) != []


def test_a_question_inside_a_longer_one_is_still_found() -> None:
    texts = [fold("what is your favourite film"), fold("tell me honestly what is your favourite film tonight")]
    assert list(alike_pairs(texts)) == plain(texts) == [(0, 1, 100.0)]


def test_the_built_in_decks_give_the_plain_checks_pairs_short_and_long() -> None:
    found = load_decks(deck_paths(builtin_decks_dir()))
    every = [fold(card.text) for deck in found.decks for card in deck.cards]
    assert list(alike_pairs(every)) == plain(every)
    texts = every[::4]
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
