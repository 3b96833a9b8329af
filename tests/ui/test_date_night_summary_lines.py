"""The closing screen's things learned (playtest C, finding 11): it said "…and 2 more." under the headline and
wrote out none of what was learned. What it writes out and what it counts as more now agree, whatever the evening."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from game.core.cards import CardKey
from game.core.date_night_plan import APPRECIATION_CARDS, SMALL_THING_CARDS
from game.core.keepsake import MAX_LEARNED, Keepsake, LearnedThing, fitting
from game.ui.scenes.date_night_summary import ANSWER_STYLE, summary_lines

from .test_date_night import sample_keepsake

ONE = lambda thing: 1  # noqa: E731


def written(keepsake: Keepsake) -> list[str]:
    """The summary's lines, each question read together with the answer on the line under it."""
    lines, words = summary_lines(keepsake), []
    for index, (text, style, _) in enumerate(lines):
        if style == ANSWER_STYLE:
            continue
        answered = index + 1 < len(lines) and lines[index + 1][1] == ANSWER_STYLE
        words.append(f"{text}  {lines[index + 1][0]}" if answered else text)
    return words


def test_each_question_and_its_answer_are_set_apart() -> None:
    """Playtest J: "…which bit does Shirin usually leave out?  How much I thought about you" read as one line."""
    lines = summary_lines(the_tester_s_evening())
    for thing in the_tester_s_evening().learned:
        asked = lines.index((thing.question, "small", "muted"))
        assert lines[asked + 1] == (thing.answer, ANSWER_STYLE, "text"), "the answer has its own line, in its own style"


def learned_on(card: CardKey, seats: tuple[int, ...]) -> list[LearnedThing]:
    return [LearnedThing(seat, f"What did {card.card_id} tell {seat}?", f"{card.card_id} said {seat}", card) for seat in seats]


def the_tester_s_evening() -> Keepsake:
    """Both promised a small thing and both wrote what they loved: four answers, and room on screen for one line."""
    promised = learned_on(SMALL_THING_CARDS[0], (0, 1))
    loved = tuple(LearnedThing(seat, "", f"The slow dance {seat}", APPRECIATION_CARDS[0]) for seat in (0, 1))
    return sample_keepsake(learned=tuple(promised), appreciations=loved, learned_count=4)


def test_the_promises_both_made_are_written_out_not_only_counted() -> None:
    words = written(the_tester_s_evening())
    assert words[1:3] == [f"{thing.question}  {thing.answer}" for thing in the_tester_s_evening().learned]
    assert not [text for text in words if text.endswith("more.") or "not written out" in text]


def test_with_only_deeper_answers_nothing_is_counted_as_more_than_nothing() -> None:
    evening = replace(the_tester_s_evening(), learned=(), learned_count=5)
    words = written(evening)
    assert "3 of tonight's answers are kept but not written out here." in words
    assert not [text for text in words if text.startswith("…")]


CARDS = [CardKey("favourite-details", f"card-{n}") for n in range(8)] + list(SMALL_THING_CARDS)
BY = [(0,), (1,), (0, 1)]  # one partner's answer to a card, or both partners'
SEATS = st.sampled_from(BY)


@st.composite
def evenings(draw: st.DrawFn) -> Keepsake:
    """A keepsake as build_keepsake makes one: some answers to deeper cards are counted, never written out."""
    cards = draw(st.lists(st.sampled_from(CARDS), unique=True, max_size=6))
    said = [thing for card in cards for thing in learned_on(card, draw(SEATS))]
    loved = tuple(LearnedThing(seat, "", f"loved {seat}", APPRECIATION_CARDS[0]) for seat in draw(st.sampled_from([(), *BY])))
    deeper = draw(st.integers(0, 4))
    learned = fitting(said, MAX_LEARNED, ONE)
    return sample_keepsake(learned=learned, appreciations=loved, learned_count=len(said) + len(loved) + deeper)


@given(evenings())
def test_what_is_written_out_and_what_is_counted_as_more_always_agree(keepsake: Keepsake) -> None:
    words = written(keepsake)
    said = {f"{thing.question}  {thing.answer}": thing for thing in keepsake.learned}
    shown = [said[text] for text in words if text in said]
    more = [text for text in words if text.endswith(" more.") or "not written out" in text]
    counted = keepsake.learned_count - len(shown) - len(keepsake.appreciations)
    if keepsake.learned:
        assert shown, "something to write out, and nothing written"
    for thing in shown:  # both partners' answers to one card show together or not at all
        assert all(other in shown for other in keepsake.learned if other.card == thing.card)
    if counted == 0:
        assert more == []
    elif shown:
        assert more == [f"…and {counted} more."]
        assert words.index(more[0]) == words.index(f"{shown[-1].question}  {shown[-1].answer}") + 1  # right after them
    else:
        assert more == [f"{counted} of tonight's answers {'is' if counted == 1 else 'are'} kept but not written out here."]
