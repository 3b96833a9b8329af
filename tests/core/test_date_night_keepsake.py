"""The date-night keepsake's content and the upcoming remembered dates it mentions (issue 5, item 3)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from game.core.cards import AnswerType, Card, CardKey, Kind
from game.core.date_night_state import EveningState, Tally
from game.core.keepsake import MAX_LEARNED, build_keepsake
from game.core.memories import Memory, MemoryKey
from game.core.players import Couple, Player
from game.core.upcoming_dates import next_occurrence, upcoming_dates

NOW = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)
TODAY = date(2026, 11, 25)
COUPLE = Couple(1, (Player(0, "Sam", "#c8784f"), Player(1, "Nguyễn Thị Ánh", "#4f8cc8")))


def dated(card_id: str, kind: Kind = Kind.ASK, level: int = 1) -> Card:
    return Card("important-dates", card_id, f"{card_id}?", kind=kind, level=level, answer=AnswerType.DATE, quiz="When, {name}?")


CARDS = {
    card.key: card
    for card in (
        dated("birthday"),
        dated("first-met", Kind.BOTH),
        dated("hard-day-each-year", level=3),
        dated("next-exciting-date"),
        Card("favourite-details", "coffee", "How do you take your coffee?", quiz="How does {name} take their coffee?"),
        Card("favourite-details", "tattoo", "Any secret tattoos?", quiz="What tattoo does {name} have?"),
        Card("each-others-back", "bad-day", "Bad day?", kind=Kind.SCENARIO, options=("Listen", "Fix")),
    )
}


def memory(owner: int, card_id: str, answer: str, private: bool = False, deck: str = "important-dates") -> Memory:
    return Memory.first(MemoryKey(owner, deck, card_id), answer, NOW, private)


def test_date_night_mentions_a_birthday_coming_round_in_12_days() -> None:
    memories = {m.key: m for m in [memory(0, "birthday", "1994-12-07")]}
    found = upcoming_dates(memories, CARDS, COUPLE, TODAY)
    assert [item.text for item in found] == ["Sam's birthday is in 12 days."]
    assert found[0].on == date(2026, 12, 7)


def test_date_night_upcoming_dates_say_today_and_tomorrow_and_wrap_into_next_year() -> None:
    memories = {m.key: m for m in [memory(0, "birthday", "11-25"), memory(1, "birthday", "11-26")]}
    texts = [item.text for item in upcoming_dates(memories, CARDS, COUPLE, TODAY)]
    assert texts == ["Sam's birthday is today.", "Nguyễn Thị Ánh's birthday is tomorrow."]
    assert next_occurrence(1, 3, TODAY) == date(2027, 1, 3)
    assert next_occurrence(2, 29, date(2027, 2, 1)) == date(2027, 2, 28)
    assert next_occurrence(2, 29, date(2028, 2, 1)) == date(2028, 2, 29)


def test_date_night_upcoming_dates_leave_out_private_far_off_past_and_painful_days() -> None:
    memories = {
        m.key: m
        for m in [
            memory(0, "birthday", "12-01", private=True),
            memory(1, "birthday", "06-01"),  # months away
            memory(0, "hard-day-each-year", "12-02"),  # marked quietly, never announced
            memory(1, "next-exciting-date", "12-03"),  # a date card that is no occasion
        ]
    }
    assert upcoming_dates(memories, CARDS, COUPLE, TODAY) == []
    shown = upcoming_dates(memories, CARDS, COUPLE, TODAY, include_private=True)
    assert [item.text for item in shown] == ["Sam's birthday is in 6 days."]


def test_date_night_a_day_you_both_remember_is_mentioned_once() -> None:
    same = {m.key: m for m in [memory(0, "first-met", "2019-12-10"), memory(1, "first-met", "12-10")]}
    assert [item.text for item in upcoming_dates(same, CARDS, COUPLE, TODAY)] == ["The day you first met is in 15 days."]
    apart = {m.key: m for m in [memory(0, "first-met", "12-10"), memory(1, "first-met", "12-12")]}
    assert [item.text for item in upcoming_dates(apart, CARDS, COUPLE, TODAY)] == [
        "The day you first met, as Sam remembers it, is in 15 days.",
        "The day you first met, as Nguyễn Thị Ánh remembers it, is in 17 days.",
    ]


def evening_with(made: list[MemoryKey], max_level: int = 2, **tally: object) -> EveningState:
    return EveningState(
        minutes=60,
        depth=max_level,
        max_level=max_level,
        spicy=False,
        seed=0,
        started_at=NOW,
        steps=[],
        tally=Tally(made=made, **tally),  # type: ignore[arg-type]
    )


def test_date_night_keepsake_holds_the_evening_and_never_a_just_between_us_memory() -> None:
    secret = memory(1, "tattoo", "A tiny fox on my ankle", private=True, deck="favourite-details")
    coffee = memory(0, "coffee", "Oat flat white", deck="favourite-details")
    birthday = memory(1, "birthday", "12-07")
    hidden_date = memory(0, "birthday", "12-01", private=True)
    memories = {m.key: m for m in (secret, coffee, birthday, hidden_date)}
    evening = evening_with(
        [secret.key, coffee.key, birthday.key],
        cards_played=9,
        quiz_results={0: {"got_it": 2, "close": 1}, 1: {"not_quite": 1}},
        sync=(3, 4),
        sync_kinds=["scenario"],
        starred=[CardKey("each-others-back", "bad-day")],
    )
    keepsake = build_keepsake(evening, COUPLE, memories, CARDS, {0: 0.82, 1: None}, TODAY, 57.4)
    texts = "\n".join(keepsake.texts())
    assert "A tiny fox" not in texts and "tattoo" not in texts
    assert "12 days" in texts and "Sam's birthday" not in texts
    assert keepsake.learned_count == 2
    assert [(thing.question, thing.answer) for thing in keepsake.learned] == [
        ("How does Sam take their coffee?", "Oat flat white"),
        ("When, Nguyễn Thị Ánh?", "7 December"),
    ]
    assert keepsake.headline() == ["57 minutes together", "9 cards played", "2 answers remembered"]
    assert keepsake.scores() == [
        "Sam knows Nguyễn Thị Ánh: 82% (tonight 2 of 3)",
        "Nguyễn Thị Ánh knows Sam: still to be found out (tonight 0 of 1)",
        "In sync on 3 of 4 (75%): scenario predictions",
    ]
    assert keepsake.starred == ("Bad day?",)
    assert keepsake.when == "Wednesday 25 November 2026 · a 60-minute date night"
    assert keepsake.upcoming == ("Nguyễn Thị Ánh's birthday is in 12 days.",)


def test_date_night_keepsake_stars_no_question_whose_only_answer_is_just_between_us() -> None:
    """A star names its question: the tattoo card, answered only just between us, is not starred on the picture;
    the day you met, where one half is private and the other shown, is (its question is on the picture anyway)."""
    secret = memory(1, "tattoo", "A tiny fox on my ankle", private=True, deck="favourite-details")
    mine, theirs = memory(0, "first-met", "06-01", private=True), memory(1, "first-met", "06-01")
    memories = {m.key: m for m in (secret, mine, theirs)}
    tattoo, met = CardKey("favourite-details", "tattoo"), CardKey("important-dates", "first-met")
    evening = evening_with([secret.key, mine.key, theirs.key], starred=[tattoo, met, CardKey("each-others-back", "bad-day")])
    keepsake = build_keepsake(evening, COUPLE, memories, CARDS, {}, TODAY, 40)
    assert keepsake.starred == ("first-met?", "Bad day?")
    assert "tattoo" not in "\n".join(keepsake.texts()).lower()


def test_date_night_keepsake_keeps_to_a_few_learned_things_and_shortens_long_answers() -> None:
    long = "word " * 100
    memories = {}
    cards = dict(CARDS)
    for index in range(MAX_LEARNED + 3):
        card = Card("favourite-details", f"q{index}", "Q?", quiz="What about {name}?")
        cards[card.key] = card
        item = memory(index % 2, f"q{index}", long if index == 0 else f"answer {index}", deck="favourite-details")
        memories[item.key] = item
    keepsake = build_keepsake(evening_with(list(memories)), COUPLE, memories, cards, {}, TODAY, 0.2)
    assert len(keepsake.learned) == MAX_LEARNED and keepsake.learned_count == MAX_LEARNED + 3
    assert len(keepsake.learned[0].answer) <= 90 and keepsake.learned[0].answer.endswith("…")
    assert keepsake.headline()[0] == "1 minute together"
    assert keepsake.scores()[-1] == "In sync: no scenario or “who's more likely” cards played"


def test_date_night_keepsake_counts_a_deep_answer_but_does_not_write_it_out() -> None:
    deep = Card("fears-and-challenges", "deepest", "Deepest fear?", level=3, quiz="What does {name} fear most?")
    cards = {**CARDS, deep.key: deep}
    fear = memory(0, "deepest", "Being forgotten", deck="fears-and-challenges")
    coffee = memory(1, "coffee", "Black, no sugar", deck="favourite-details")
    memories = {fear.key: fear, coffee.key: coffee}
    keepsake = build_keepsake(evening_with([fear.key, coffee.key], max_level=3), COUPLE, memories, cards, {}, TODAY, 30)
    assert keepsake.learned_count == 2
    assert [thing.answer for thing in keepsake.learned] == ["Black, no sugar"]
    assert "Being forgotten" not in "\n".join(keepsake.texts())


def test_summary_keepsake_carries_both_appreciations_but_never_a_just_between_us_one() -> None:
    from game.core.date_night_plan import APPRECIATION_CARDS

    loved = APPRECIATION_CARDS[0]
    cards = {**CARDS, loved: Card(loved.deck_id, loved.card_id, "What did you love tonight?", kind=Kind.BOTH, quiz="q")}
    hers = Memory.first(MemoryKey(0, loved.deck_id, loved.card_id), "How you laughed at my story", NOW)
    his = Memory.first(MemoryKey(1, loved.deck_id, loved.card_id), "The candles", NOW)
    memories = {m.key: m for m in (hers, his)}
    keepsake = build_keepsake(evening_with([hers.key, his.key]), COUPLE, memories, cards, {0: 0.5, 1: None}, TODAY, 60)
    assert [(a.owner, a.answer) for a in keepsake.appreciations] == [(0, "How you laughed at my story"), (1, "The candles")]
    assert "The candles" in keepsake.texts() and not keepsake.learned
    # How well each knows the other, in words a couple uses: "kept fresh" named a way of counting, not a thing they know.
    captions = [caption for _, caption in keepsake.tiles()[:2]]
    assert captions == ["how well Sam knows Nguyễn Thị Ánh", "how well Nguyễn Thị Ánh knows Sam"]
    secret = Memory.first(his.key, "The candles", NOW, private=True)
    keepsake = build_keepsake(evening_with([hers.key, his.key]), COUPLE, {hers.key: hers, his.key: secret}, cards, {}, TODAY, 60)
    assert [a.owner for a in keepsake.appreciations] == [0]
    assert "The candles" not in keepsake.texts()


def the_tester_s_evening() -> tuple[EveningState, dict[MemoryKey, Memory], dict[CardKey, Card]]:
    """Five things learned, as on the evening the tester played: a mood, a scenario both answered, and both promises."""
    from game.core.date_night_plan import SMALL_THING_CARDS

    promise = SMALL_THING_CARDS[0]
    mood = Card("favourite-details", "mood", "Which mood of mine?", quiz="Which mood of {name}'s?")
    bus = Card("each-others-back", "bus", "You trip by a bus queue.", kind=Kind.SCENARIO, options=("Laugh", "Help"))
    small = Card(promise.deck_id, promise.card_id, "A small thing this week?", kind=Kind.BOTH, quiz="q")
    cards = {**CARDS, **{card.key: card for card in (mood, bus, small)}}
    answers = [
        (1, mood, "Sleepy and stubborn on Sunday mornings"),
        (1, bus, "Check I'm not hurt, then laugh"),
        (0, bus, "Help me up and walk on"),
        (0, small, "Water the plants without being asked"),
        (1, small, "Make you breakfast on Saturday"),
    ]
    memories = {m.key: m for m in (Memory.first(MemoryKey(o, c.deck_id, c.id), a, NOW) for o, c, a in answers)}
    return evening_with(list(memories)), memories, cards


def test_date_night_keepsake_shows_both_promises_or_neither_however_little_room_there_is() -> None:
    evening, memories, cards = the_tester_s_evening()
    keepsake = build_keepsake(evening, COUPLE, memories, cards, {}, TODAY, 3)
    assert len(keepsake.learned) == 5
    promises = [thing.answer for thing in keepsake.learned if thing.card is not None and thing.card.card_id.startswith("small")]
    for room in range(7):
        shown = keepsake.learned_within(room, lambda thing: 1)
        assert len(shown) <= room
        owners = {card: {thing.owner for thing in shown if thing.card == card} for card in {t.card for t in shown}}
        assert all(seats == {0, 1} for card, seats in owners.items() if card.card_id != "mood"), (room, shown)
        kept = [thing.answer for thing in shown if thing.answer in promises]
        assert kept == (promises if room >= 2 else []), room  # something else is left out first
        assert [thing for thing in keepsake.learned if thing in shown] == list(shown)  # in the evening's order
    assert [thing.answer for thing in keepsake.learned_within(4, lambda thing: 1)] == [
        "Sleepy and stubborn on Sunday mornings",
        *promises,
    ]


def test_date_night_keepsake_keeps_a_late_promise_pair_whole_when_it_keeps_to_a_few() -> None:
    evening, memories, cards = the_tester_s_evening()
    extra = [memory(0, "coffee", "Oat flat white", deck="favourite-details"), memory(1, "birthday", "12-07")]
    memories.update({m.key: m for m in extra})
    evening = evening_with([m.key for m in extra] + list(evening.tally.made))  # seven things; the promises come last
    keepsake = build_keepsake(evening, COUPLE, memories, cards, {}, TODAY, 3)
    assert keepsake.learned_count == 7 and len(keepsake.learned) <= MAX_LEARNED
    assert {thing.owner for thing in keepsake.learned if thing.card and thing.card.card_id.startswith("small")} == {0, 1}
