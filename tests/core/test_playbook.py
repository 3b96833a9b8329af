"""The have-my-back playbook (issue 15): only the owner's own answers, grouped by situation in their
pronouns, each with its day and a note when a changing answer may be out of date; consent, just
between us and hidden lines kept to. And the promises that come back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from game.core.cards import AnswerType, Card, CardKey, Kind
from game.core.consent import Consent
from game.core.memories import Memory, MemoryKey
from game.core.playbook import Playbook, build_playbook, feeds_playbook, playbook_to_json, stale_words
from game.core.players import Couple, Player
from game.core.promises import Outcome, promises_made, waiting
from game.core.pronouns import Pronouns
from game.core.quiz_timing import FRESH_FOR

NOW = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)
COUPLE = Couple(1, (Player(0, "Amara", "#e0905f", Pronouns.SHE), Player(1, "Kofi", "#5b8fd9", Pronouns.HE)))

WORK = Card(
    "each-others-back",
    "swallowed-by-work",
    "Work is about to swallow you whole. What do you hope I'll do?",
    kind=Kind.SCENARIO,
    level=2,
    tags=("have-my-back", "work"),
    options=("Pick up a few things I usually handle", "Give me space"),
    quiz="When work swallows {name} whole, what {do|does} {they} hope {partner} will do?",
)
UNWELL = Card(
    "each-others-back",
    "ill-at-home",
    "You're ill at home. What helps?",
    kind=Kind.SCENARIO,
    tags=("have-my-back", "health"),
    options=("Soup", "Quiet"),
    quiz="When {name} is ill, what helps?",
)
COFFEE = Card(
    "favourite-details",
    "coffee-order",
    "Your café order?",
    tags=("favourites", "food", "trivia"),
    quiz="What's {name}'s go-to café order?",
    changes=True,
)
FEAR = Card("fears-and-challenges", "deep-fear", "A deep fear?", level=3, tags=("fears",), quiz="What does {name} fear?")
GUESSED = Card(
    "signals",
    "spot-my-tired-sign",
    "What's my first sign of getting tired? Guess.",
    tags=("signals",),
    quiz="What did {name} say is {partner}'s first sign of getting tired?",
)
SPICY = Card("signals", "in-the-mood", "How do I show it?", tags=("signals",), spicy=True, quiz="How does {name} show it?")
WHO = Card("signals", "who-sulks", "Who sulks?", tags=("signals",), answer=AnswerType.WHO, quiz="Who sulks?")
CARDS = {card.key: card for card in (WORK, UNWELL, COFFEE, FEAR, GUESSED, SPICY, WHO)}


def memory(owner: int, card: Card, answer: str, at: datetime = NOW - timedelta(days=3), private: bool = False) -> Memory:
    return Memory.first(MemoryKey(owner, card.deck_id, card.id), answer, at, private)


EVERYTHING = Consent(3, True)


def book_of(memories: list[Memory], consent: Consent = EVERYTHING, **options: Any) -> Playbook:
    return build_playbook(1, COUPLE, {m.key: m for m in memories}, CARDS, consent, NOW, **options)


def test_playbook_holds_only_the_owners_own_answers_never_a_guess() -> None:
    book = book_of(
        [
            memory(1, WORK, "Pick up a few things I usually handle"),
            memory(0, WORK, "Give me space"),  # Amara's own pick: her page, not Kofi's
            memory(1, GUESSED, "She goes quiet"),  # what Kofi said about Amara: a guess, never a playbook line
            memory(1, WHO, "me"),
        ]
    )
    assert [line.answer for line in book.lines] == ["Pick up a few things I usually handle"]
    assert not feeds_playbook(GUESSED) and not feeds_playbook(WHO) and feeds_playbook(WORK)


def test_playbook_groups_lines_by_situation_in_the_owners_pronouns() -> None:
    book = book_of([memory(1, WORK, "Pick up a few things I usually handle"), memory(1, UNWELL, "Soup"), memory(1, COFFEE, "Oat")])
    assert book.title == "Having Kofi's back"
    assert [section.title for section in book.sections] == ["When work weighs on Kofi", "When Kofi is unwell", "Food and drink"]
    assert book.sections[0].lines[0].prompt == "When work swallows Kofi whole, what does he hope Amara will do?"
    fears = {m.key: m for m in [memory(1, FEAR, "Being forgotten")]}
    assert build_playbook(1, COUPLE, fears, CARDS, Consent(), NOW).sections[0].title == "What frightens Kofi, and what helps him"
    they = Couple(1, (COUPLE.players[0], Player(1, "Kofi", "#5b8fd9", Pronouns.THEY)))
    again = build_playbook(1, they, {**fears, **{m.key: m for m in [memory(1, WORK, "Give me space")]}}, CARDS, Consent(), NOW)
    assert [section.title for section in again.sections] == ["When work weighs on Kofi", "What frightens Kofi, and what helps them"]
    assert again.sections[0].lines[0].prompt == "When work swallows Kofi whole, what do they hope Amara will do?"


def test_a_changing_answer_not_confirmed_lately_may_be_out_of_date_and_says_so() -> None:
    old = NOW - FRESH_FOR - timedelta(days=1)
    book = book_of([memory(1, COFFEE, "Oat milk", at=old), memory(1, WORK, "Give me space", at=old)])
    stale = {line.key.card_id: line.stale for line in book.lines}
    assert stale == {"coffee-order": True, "swallowed-by-work": False}  # a steady preference does not go stale
    coffee = next(line for line in book.lines if line.stale)
    assert coffee.said == old and "may have changed" in stale_words(coffee) and old.strftime("%d %b %Y") in stale_words(coffee)
    fresh = book_of([memory(1, COFFEE, "Oat milk", at=NOW - timedelta(days=2))])
    assert not fresh.lines[0].stale and "may have changed" not in stale_words(fresh.lines[0])


def test_just_between_us_stays_out_unless_both_let_it_in() -> None:
    kept = [memory(1, WORK, "Give me space", private=True), memory(1, UNWELL, "Soup")]
    assert [line.answer for line in book_of(kept).lines] == ["Soup"]
    both = book_of(kept, include_private=True)
    assert sorted(line.answer for line in both.lines) == ["Give me space", "Soup"]
    assert next(line for line in both.lines if line.answer == "Give me space").private


def test_playbook_keeps_to_consent() -> None:
    kept = [memory(1, FEAR, "Being forgotten"), memory(1, SPICY, "A look"), memory(1, UNWELL, "Soup")]
    assert [line.answer for line in book_of(kept, consent=Consent(2, False)).lines] == ["Soup"]
    assert len(book_of(kept, consent=Consent(3, True)).lines) == 3


def test_a_hidden_line_is_left_out_of_the_page_and_marked_in_the_window() -> None:
    kept = [memory(1, WORK, "Give me space"), memory(1, UNWELL, "Soup")]
    hidden = {MemoryKey(1, WORK.deck_id, WORK.id)}
    assert [line.answer for line in book_of(kept, hidden=hidden).lines] == ["Soup"]
    window = book_of(kept, hidden=hidden, keep_hidden=True)
    assert {line.answer: line.hidden for line in window.lines} == {"Give me space": True, "Soup": False}
    data = playbook_to_json(window)
    assert [line["answer"] for section in data["sections"] for line in section["lines"]] == ["Soup"]
    assert data["seat"] == 1 and data["sections"][0]["lines"][0]["said"].startswith("2026-11-22")


OUR_BACK = Card("sofa-nights", "card", "If someone is rude to me at a party, what would you like me to do?", kind=Kind.SCENARIO,
               options=("Answer them there and then", "Talk to me about it later"))  # fmt: skip
OUR_ASK = Card("sofa-nights", "song", "Which song would you want playing as you walk in?", quiz="Which song for {name}?")
OUR_PLAY = Card(
    "sofa-nights", "duck", "A duck follows us home. What now?", kind=Kind.SCENARIO, tags=("play",), options=("Keep it", "Run")
)


def test_a_have_each_other_s_back_card_of_their_own_fills_the_page_like_a_built_in_one() -> None:
    """Playtest C, finding 13: Noa answered a Have each other's back card the couple wrote, and her page said
    "Nothing here yet". Written with no tags, its kind gives it the theme a built-in one is tagged with."""
    ours = {card.key: card for card in (OUR_BACK, OUR_ASK, OUR_PLAY)}
    said = [memory(1, OUR_BACK, "Talk to me about it later"), memory(1, OUR_ASK, "Dancing Queen"), memory(1, OUR_PLAY, "Run")]
    book = build_playbook(1, COUPLE, {m.key: m for m in said}, ours, EVERYTHING, NOW)
    assert [(section.title, [line.answer for line in section.lines]) for section in book.sections] == [
        ("When Kofi needs backing up", ["Talk to me about it later"])
    ]
    assert feeds_playbook(OUR_BACK) and not feeds_playbook(OUR_ASK) and not feeds_playbook(OUR_PLAY)  # a theme of its own


SMALL = CardKey("openers-and-closers", "small-thing-i-will-do")


def promise_memory(owner: int, *said: tuple[str, datetime]) -> Memory:
    first = Memory.first(MemoryKey(owner, SMALL.deck_id, SMALL.card_id), said[0][0], said[0][1])
    for text, at in said[1:]:
        first = first.with_answer(text, at)
    return first


def test_each_new_small_thing_is_a_promise_and_only_the_newest_comes_back_after_a_day() -> None:
    week_ago, tonight = NOW - timedelta(days=7), NOW - timedelta(hours=2)
    kofi = promise_memory(1, ("Tea in bed", NOW - timedelta(days=35)), ("Walk to the station", week_ago))
    amara = promise_memory(0, ("A picnic", tonight))
    made = promises_made({kofi.key: kofi, amara.key: amara})
    assert [(p.owner, p.text) for p in made] == [(1, "Tea in bed"), (1, "Walk to the station"), (0, "A picnic")]
    assert [p.text for p in waiting(made, NOW)] == ["Walk to the station"]  # Amara's was made tonight: it rests first
    assert [p.text for p in waiting(made, NOW + timedelta(days=1))] == ["A picnic", "Walk to the station"]


def test_not_yet_comes_back_at_the_next_date_night_but_not_at_every_start() -> None:
    kofi = promise_memory(1, ("Walk to the station", NOW - timedelta(days=7)))
    made_at = kofi.history[0].at
    said = promises_made({kofi.key: kofi}, {(1, made_at): (Outcome.NOT_YET, NOW - timedelta(days=1))})
    assert said[0].outcome is Outcome.NOT_YET
    assert waiting(said, NOW) == [] and [p.text for p in waiting(said, NOW, date_night=True)] == ["Walk to the station"]
    done = promises_made({kofi.key: kofi}, {(1, made_at): (Outcome.DONE, NOW)})
    assert waiting(done, NOW, date_night=True) == []
