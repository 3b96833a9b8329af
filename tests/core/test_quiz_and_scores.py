"""Quiz scheduling (one FSRS schedule per memory per guesser) and the scores."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import fsrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.core.answers import Verdict
from game.core.cards import Card, CardKey
from game.core.memories import MemoryKey
from game.core.partner_quiz import PICK_WINDOW, QuizBook, Review
from game.core.scoring import in_sync_rate, in_sync_words, knowledge
from game.core.session_summary import quiz_words

T0 = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)


def key(n: int, owner: int = 1, deck: str = "d") -> MemoryKey:
    return MemoryKey(owner, deck, f"c{n}")


def due_at(book: QuizBook, memory: MemoryKey, guesser: int, when: datetime) -> None:
    book.put(memory, guesser, fsrs.Card(card_id=0, due=when))


# ---- the index by due date ----------------------------------------------------------------


def test_a_new_schedule_is_due_at_once_for_that_guesser_only() -> None:
    book = QuizBook()
    book.new(key(1), 0, T0)
    assert book.count_due(0, T0) == 1 and list(book.due(0, T0)) == [key(1)]
    assert book.count_due(1, T0) == 0 and list(book.due(1, T0)) == []
    assert book.count_due(0, T0 - timedelta(seconds=1)) == 0
    assert len(book) == 1


def test_due_lists_only_what_is_due_the_most_overdue_first() -> None:
    book = QuizBook()
    for n, days in enumerate([-3, 5, -10, 0, -1, 2]):
        due_at(book, key(n), 0, T0 + timedelta(days=days))
    assert list(book.due(0, T0)) == [key(2), key(0), key(4), key(3)]
    assert book.count_due(0, T0) == 4
    assert book.count_due(0, T0 + timedelta(days=10)) == 6


def test_schedules_of_the_two_guessers_are_kept_apart() -> None:
    book = QuizBook()
    due_at(book, key(1, owner=1), 0, T0 - timedelta(days=1))
    due_at(book, key(1, owner=0), 1, T0 + timedelta(days=1))
    assert list(book.due(0, T0)) == [key(1, owner=1)]
    assert list(book.due(1, T0)) == []
    assert book.get(key(1, owner=1), 1) is None


def test_put_moves_a_schedule_and_remove_drops_it() -> None:
    book = QuizBook()
    due_at(book, key(1), 0, T0 - timedelta(days=2))
    due_at(book, key(2), 0, T0 - timedelta(days=1))
    due_at(book, key(1), 0, T0 + timedelta(days=3))  # put again: replaced, not added
    assert len(book) == 2
    assert list(book.due(0, T0)) == [key(2)]
    assert list(book.due(0, T0 + timedelta(days=5))) == [key(2), key(1)]
    book.remove(key(2), 0)
    book.remove(key(2), 0)  # removing twice is harmless
    book.remove(key(9), 0)
    assert len(book) == 1 and book.get(key(2), 0) is None
    assert list(book.due(0, T0 + timedelta(days=5))) == [key(1)]


def test_memories_due_at_the_same_moment_all_count() -> None:
    book = QuizBook()
    for n in range(5):
        due_at(book, key(n), 0, T0)
    book.remove(key(2), 0)
    assert sorted(book.due(0, T0)) == [key(0), key(1), key(3), key(4)]
    assert book.count_due(0, T0) == 4


operation = st.tuples(
    st.sampled_from(["put", "remove"]),
    st.integers(0, 7),
    st.integers(0, 1),
    st.integers(-5, 5),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(operation, max_size=40), st.integers(-6, 6))
def test_put_and_remove_keep_the_index_in_step_with_the_schedules(ops: list[tuple[str, int, int, int]], probe: int) -> None:
    book = QuizBook()
    model: dict[tuple[MemoryKey, int], datetime] = {}
    for action, n, guesser, days in ops:
        memory = key(n, owner=1 - guesser)
        if action == "put":
            due_at(book, memory, guesser, T0 + timedelta(days=days))
            model[(memory, guesser)] = T0 + timedelta(days=days)
        else:
            book.remove(memory, guesser)
            model.pop((memory, guesser), None)
    assert len(book) == len(model)
    now = T0 + timedelta(days=probe)
    for guesser in (0, 1):
        expected = sorted((when, memory) for (memory, g), when in model.items() if g == guesser and when <= now)
        assert list(book.due(guesser, now)) == [memory for _, memory in expected]
        assert book.count_due(guesser, now) == len(expected)
    assert {k: card.due for k, card in book.items()} == model


# ---- reviews and retrievability ------------------------------------------------------------


def test_a_review_schedules_the_next_quiz_after_now() -> None:
    book = QuizBook()
    book.new(key(1), 0, T0)
    card = book.review(key(1), 0, Verdict.GOT_IT, T0)
    assert card.last_review == T0 and card.due > T0
    assert book.get(key(1), 0) == card
    assert book.count_due(0, T0) == 0


def test_reviewing_an_unscheduled_memory_starts_its_schedule() -> None:
    book = QuizBook()
    card = book.review(key(1), 1, Verdict.NOT_QUITE, T0)
    assert book.get(key(1), 1) == card and len(book) == 1


def test_retrievability_is_unknown_before_a_review_then_fades() -> None:
    book = QuizBook()
    book.new(key(1), 0, T0)
    assert book.retrievability(key(1), 0, T0) is None
    assert book.retrievability(key(2), 0, T0) is None
    book.review(key(1), 0, Verdict.GOT_IT, T0)
    fresh = book.retrievability(key(1), 0, T0)
    week = book.retrievability(key(1), 0, T0 + timedelta(days=7))
    year = book.retrievability(key(1), 0, T0 + timedelta(days=365))
    assert fresh is not None and week is not None and year is not None
    assert 1.0 >= fresh > week > year > 0.0


def test_scheduling_uses_no_randomness() -> None:
    dues = set()
    for _ in range(5):
        book = QuizBook()
        book.review(key(1), 0, Verdict.GOT_IT, T0)
        dues.add(book.review(key(1), 0, Verdict.GOT_IT, T0 + timedelta(days=3)).due)
    assert len(dues) == 1


# ---- pick -----------------------------------------------------------------------------------


def test_pick_returns_nothing_when_nothing_is_due() -> None:
    book = QuizBook()
    due_at(book, key(1), 0, T0 + timedelta(days=1))
    assert book.pick(0, T0, lambda _: True) is None
    assert book.pick(1, T0 + timedelta(days=2), lambda _: True) is None


def test_pick_chooses_a_memory_never_quizzed_before_one_quizzed() -> None:
    book = QuizBook()
    book.review(key(1), 0, Verdict.NOT_QUITE, T0 - timedelta(days=60))
    book.new(key(2), 0, T0 - timedelta(hours=1))
    assert book.pick(0, T0, lambda _: True) == key(2)


def test_pick_chooses_the_memory_closest_to_being_forgotten() -> None:
    book = QuizBook()
    book.review(key(1), 0, Verdict.GOT_IT, T0 - timedelta(days=40))  # long ago
    book.review(key(2), 0, Verdict.GOT_IT, T0 - timedelta(days=12))
    book.review(key(3), 0, Verdict.GOT_IT, T0 - timedelta(days=30))
    assert book.count_due(0, T0) == 3
    chances = {m: book.retrievability(m, 0, T0) for m in (key(1), key(2), key(3))}
    assert book.pick(0, T0, lambda _: True) == min(chances, key=lambda m: chances[m] or 0) == key(1)


def test_pick_respects_eligible() -> None:
    book = QuizBook()
    for n in range(4):
        book.new(key(n), 0, T0 - timedelta(days=n))
    assert book.pick(0, T0, lambda m: m == key(1)) == key(1)
    assert book.pick(0, T0, lambda m: m in (key(0), key(2))) in (key(0), key(2))
    assert book.pick(0, T0, lambda _: False) is None


def test_pick_looks_only_at_the_most_overdue_few() -> None:
    book = QuizBook()
    # PICK_WINDOW reviewed memories, most overdue; after them one never quizzed (which would win if weighed)
    for n in range(PICK_WINDOW):
        book.review(key(n), 0, Verdict.GOT_IT, T0 - timedelta(days=200 - n))
    book.new(key(99), 0, T0 - timedelta(hours=1))
    picked = book.pick(0, T0, lambda _: True)
    assert picked is not None and picked != key(99)
    # with one of the window not eligible, the next one in line is weighed too
    assert book.pick(0, T0, lambda m: m != key(0)) == key(99)


def test_pick_among_many_memories_stays_among_the_due() -> None:
    book = QuizBook()
    for n in range(2000):
        due_at(book, key(n), 0, T0 + timedelta(hours=n - 1000))
    picked = book.pick(0, T0, lambda m: int(m.card_id[1:]) % 7 == 3)
    assert picked is not None
    assert book.get(picked, 0).due <= T0  # type: ignore[union-attr]
    assert int(picked.card_id[1:]) % 7 == 3


# ---- knowledge ------------------------------------------------------------------------------


CARDS = {
    CardKey("food", "coffee"): Card("food", "coffee", "Coffee order?", level=1),
    CardKey("food", "fear-of"): Card("food", "fear-of", "A food you fear?", level=1, tags=("understanding",)),
    CardKey("deep", "fear"): Card("deep", "fear", "Your biggest fear?", level=3),
    CardKey("deep", "song"): Card("deep", "song", "Your song?", level=3, tags=("trivia",)),
}


def review(card: CardKey, verdict: Verdict, guesser: int = 0, at: datetime = T0) -> Review:
    return Review(MemoryKey(1 - guesser, card.deck_id, card.card_id), guesser, "a guess", verdict, at)


def test_knowledge_without_quizzes_is_unknown() -> None:
    result = knowledge(0, [], QuizBook(), CARDS, T0)
    assert result.overall is None and result.quizzed == 0 and result.by_deck == {} and result.by_category == {}


def test_knowledge_averages_the_latest_verdict_on_each_memory() -> None:
    reviews = [
        review(CardKey("food", "coffee"), Verdict.NOT_QUITE, at=T0 - timedelta(days=9)),
        review(CardKey("food", "coffee"), Verdict.GOT_IT, at=T0 - timedelta(days=1)),  # the latest counts
        review(CardKey("deep", "fear"), Verdict.CLOSE),
        review(CardKey("deep", "song"), Verdict.NOT_QUITE),
        review(CardKey("food", "fear-of"), Verdict.GOT_IT, guesser=1),  # the other partner's quiz
    ]
    result = knowledge(0, reviews, QuizBook(), CARDS, T0)
    assert result.guesser == 0 and result.quizzed == 3
    assert result.overall == pytest.approx((1.0 + 0.5 + 0.0) / 3)
    assert result.by_deck == {"food": pytest.approx(1.0), "deep": pytest.approx(0.25)}


def test_review_order_does_not_matter_only_time_does() -> None:
    reviews = [
        review(CardKey("food", "coffee"), Verdict.GOT_IT, at=T0),
        review(CardKey("food", "coffee"), Verdict.NOT_QUITE, at=T0 - timedelta(days=3)),
    ]
    assert knowledge(0, reviews, QuizBook(), CARDS, T0).overall == 1.0
    assert knowledge(0, list(reversed(reviews)), QuizBook(), CARDS, T0).overall == 1.0


def test_trivia_and_understanding_are_scored_apart() -> None:
    reviews = [
        review(CardKey("food", "coffee"), Verdict.GOT_IT),  # level 1: trivia
        review(CardKey("deep", "song"), Verdict.GOT_IT),  # tagged trivia despite its depth
        review(CardKey("food", "fear-of"), Verdict.NOT_QUITE),  # tagged understanding despite level 1
        review(CardKey("deep", "fear"), Verdict.CLOSE),  # level 3: understanding
    ]
    result = knowledge(0, reviews, QuizBook(), CARDS, T0)
    assert result.by_category == {"trivia": pytest.approx(1.0), "understanding": pytest.approx(0.25)}


def test_a_memory_whose_card_is_gone_counts_overall_but_in_no_category() -> None:
    reviews = [review(CardKey("food", "coffee"), Verdict.GOT_IT), review(CardKey("removed", "x"), Verdict.NOT_QUITE)]
    result = knowledge(0, reviews, QuizBook(), CARDS, T0)
    assert result.overall == pytest.approx(0.5) and result.by_deck["removed"] == 0.0
    assert result.by_category == {"trivia": pytest.approx(1.0)}


def test_knowledge_fades_with_time_since_the_quiz() -> None:
    book = QuizBook()
    memory = MemoryKey(1, "food", "coffee")
    book.review(memory, 0, Verdict.GOT_IT, T0)
    reviews = [Review(memory, 0, "oat flat white", Verdict.GOT_IT, T0)]
    today = knowledge(0, reviews, book, CARDS, T0).overall
    later = knowledge(0, reviews, book, CARDS, T0 + timedelta(days=60)).overall
    assert today is not None and later is not None
    assert today == pytest.approx(1.0, abs=0.01) and 0 < later < today


def test_each_partner_s_knowledge_is_their_own() -> None:
    reviews = [
        review(CardKey("food", "coffee"), Verdict.GOT_IT, guesser=0),
        review(CardKey("deep", "fear"), Verdict.NOT_QUITE, guesser=1),
    ]
    assert knowledge(0, reviews, QuizBook(), CARDS, T0).overall == 1.0
    assert knowledge(1, reviews, QuizBook(), CARDS, T0).overall == 0.0


# ---- in sync ---------------------------------------------------------------------------------


def test_in_sync_rate_is_the_share_of_matching_predictions() -> None:
    assert in_sync_rate([True, False, True, True]) == 0.75
    assert in_sync_rate([False, False]) == 0.0
    assert in_sync_rate(hit for hit in [True]) == 1.0


def test_in_sync_rate_without_scenarios_is_unknown() -> None:
    assert in_sync_rate([]) is None


@pytest.mark.parametrize(
    ("kinds", "words"),
    [
        (["scenario"], "In sync on 3 of 4 (75%): scenario predictions"),
        (["who"], "In sync on 3 of 4 (75%): “who's more likely” cards"),
        (["who", "scenario"], "In sync on 3 of 4 (75%): scenario predictions and “who's more likely” cards"),
        ([], "In sync on 3 of 4 (75%)"),  # an evening saved before its kinds were kept: nothing named is untrue
    ],
)
def test_the_in_sync_line_names_only_the_kinds_of_card_it_counted(kinds: list[str], words: str) -> None:
    assert in_sync_words(3, 4, kinds) == words


# ---- a sitting's quizzes in words ----------------------------------------------------------


@pytest.mark.parametrize(
    ("got", "close", "missed", "words"),
    [
        (0, 0, 0, ""),
        (1, 0, 0, "Amara knew the one thing asked about Kofi."),
        (0, 1, 0, "Amara came close on the one thing asked about Kofi."),
        (0, 0, 1, "Amara learned something new about Kofi."),
        (2, 0, 0, "Amara knew both things asked about Kofi."),
        (0, 3, 0, "Amara came close on all 3 things asked about Kofi."),
        (0, 0, 4, "Amara learned 4 new things about Kofi."),
        (3, 1, 0, "Amara knew 3 of 4 things about Kofi and came close on 1."),
        (0, 1, 1, "Amara came close on 1 of 2 things about Kofi and learned something new."),
        (3, 1, 2, "Amara knew 3 of 6 things about Kofi, came close on 1 and learned 2 new things."),
    ],
)
def test_quiz_words_read_naturally(got: int, close: int, missed: int, words: str) -> None:
    assert quiz_words("Amara", "Kofi", got, close, missed) == words


@pytest.mark.parametrize("counts", [(g, c, m) for g in range(7) for c in range(7) for m in range(7) if 0 < g + c + m <= 9])
def test_quiz_words_never_say_nought_or_one_things_and_count_every_question(counts: tuple[int, int, int]) -> None:
    got, close, missed = counts
    words = quiz_words("Amara", "Kofi", got, close, missed)
    assert words.startswith("Amara ") and words.endswith(".") and words.count("Kofi") == 1, words
    assert not re.search(r"\b0\b", words), words  # never "knew 0 of 1"
    assert not re.search(r"\b1 (things|new things)\b|\ball [12]\b|, and\b", words), words
    asked = got + close + missed
    assert (f" of {asked} " in words) == (max(counts) < asked), words  # "3 of 5" only when the results are mixed
    for count, verb in ((got, "knew"), (close, "came close"), (missed, "learned")):
        assert (verb in words) == bool(count), words
