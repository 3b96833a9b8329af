"""Shapes: read from a card's words, a round meets each once-a-round shape once, and shapes are spread."""

from __future__ import annotations

import itertools
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from game.core.card_shapes import (
    CLOSER,
    IN_BED,
    MENU,
    NEEDS,
    ONCE_A_ROUND,
    OPENER,
    SAMPLE_IN_NOTE,
    SHARED,
    TOGETHER,
    TURN_TAKING,
    WHO_IS_MORE_LIKELY,
    shapes,
)
from game.core.cards import CardKey, Deck, deck_from_data
from game.core.dealing import DealFilters, deal, once_a_round
from game.storage.deck_files import deck_paths, load_decks
from game.storage.paths import builtin_decks_dir


def card(**data: object):
    return deck_from_data({"id": "d", "name": "D", "cards": [{"id": "c", "text": "What?", **data}]}).cards[0]


def test_shapes_are_read_from_the_answer_kind_the_words_and_the_note() -> None:
    assert shapes(card(text="Who's more likely to cry at an advert?", answer="who")) == {WHO_IS_MORE_LIKELY, SHARED}
    assert shapes(card(kind="both", text="Each of you: what's your comfort film?")) == {SHARED}
    assert shapes(card(text="Where do you feel a little alone at the moment?", tags=["needs"])) == {"needs"}
    assert shapes(card(text="What do you hope the two of us never grow out of?")) == {"never-outgrow"}
    # Readers met "which day of the year" and "which month of the year" four cards apart, and two fingertips traced.
    assert shapes(card(text="Which month of the year brings out the worst in you?")) == {"calendar-date"}
    assert shapes(card(kind="action", text="With one finger, trace the route you'd take over me.")) == {TOGETHER, "touch"}
    assert shapes(card(kind="action", text="Each finish this: 'I hope you never stop …'")) == {TOGETHER, "never-outgrow"}
    assert shapes(card(text="Write us a motto, five words at most.")) == {"word-limit"}
    assert shapes(card(text="What did you think the first time we kissed?")) == {"first-time"}
    assert shapes(card(text="What have you never told me about that summer?")) == {"untold"}
    assert shapes(card(text="What have you told a friend that you've never quite said to me?")) == {"untold"}
    assert shapes(card(text="Praise my cooking without 'nice'. Slip, and start again.")) == {"banned-words"}
    assert shapes(card(text="Which of my white lies do you see through?")) == {"fibs"}
    assert shapes(card(text="What's your comfort film?", note="'Anything with a heist' counts.")) == {SAMPLE_IN_NOTE}
    assert shapes(card(text="What's for tea on a perfect Sunday?", note="Be greedy.")) == frozenset()
    assert shapes(card(kind="scenario", text="The lift stops.", options=["Sing", "Panic"])) == {MENU}
    assert shapes(card(text="A mascot runs at you.", answer="choice", options=["Hug it", "Run"])) == {MENU}
    assert shapes(card(kind="action", text="Hold hands for a minute.")) == {TOGETHER, "touch"}
    assert shapes(card(text="Tell me why you fancy me without one word about how I look.")) == frozenset()
    # Subjects readers met three times in an evening: secrets and hiding, strangers, phones.
    assert shapes(card(text="What tiny thing have you put off telling me for so long?")) == {"secrets"}
    assert shapes(card(text="Whose secret have you come closest to spilling?")) == {"secrets"}
    # Admiring, not a hidden habit; said "secretly", so a round meets it once.
    assert shapes(card(text="Which mood of mine do you secretly fancy?")) == {"on-the-quiet"}
    assert shapes(card(text="You find a stranger's diary on a bus seat.")) == {"secrets", "strangers"}
    assert shapes(card(text="Who's more likely to have a little scroll on the other's phone?", answer="who")) == {
        WHO_IS_MORE_LIKELY,
        SHARED,
        "phones",
    }
    assert shapes(card(text="Which of my friends would you call first?")) == frozenset()
    # Round fifty-nine's twins: snack jokes, the mask you wear, a bad day, what you do when the other isn't looking.
    assert shapes(card(text="Mid-argument, I ask, 'Are you just hungry?' How does that go down?")) == {"hunger", "arguing"}
    assert shapes(card(text="What do you eat over the sink, and only ever over the sink?")) == {"hunger"}
    assert shapes(card(text="What do I say, as casually as 'Have you eaten?', that means 'I love you'?")) == frozenset()
    assert shapes(card(text="Which part do you play for everyone else that you'd like to put down?")) == {"masks", "burdens"}
    assert shapes(card(text="When you rush past something with a bright 'Anyway!', what do I say?")) == {"masks"}
    assert shapes(card(text="What did we start doing as a joke that's now, somehow, sacred?")) == frozenset()
    assert shapes(card(text="After a bad day, what do you reach for?")) == {"bad-day"}
    assert shapes(card(text="It's the end of a long day out, and I say, 'Just one more thing?'")) == frozenset()
    assert shapes(card(text="What song I love do you skip the second I'm out of the room?")) == {"hidden-habit"}
    assert shapes(card(text="What do you do when I'm away, as if I were there?")) == {"hidden-habit"}
    assert shapes(card(text="What do I eat that drives you out of the room?")) == {"hunger"}  # not a hidden habit
    # A game of turns is a thing to do; a spicy "in bed" ask is read only on a spicy card.
    assert shapes(card(kind="action", text="One minute each: draw our front door. Then swap.")) == {TOGETHER, TURN_TAKING}
    assert shapes(card(kind="scenario", text="It's your turn to say sorry. How do you get away with it?")) == {"secrets", "arguing"}
    assert shapes(card(text="What surprises you about us in bed, even now?", spicy=True, level=2)) == {IN_BED}
    assert shapes(card(text="What's the best book you've read in bed?")) == frozenset()


def make_deck(deck_id: str, texts: list[tuple[str, str]]) -> Deck:
    cards = [{"id": f"{deck_id}{i}", "text": text, "answer": answer} for i, (text, answer) in enumerate(texts)]
    return deck_from_data({"id": deck_id, "name": deck_id.title(), "cards": cards})


def test_a_round_holds_one_who_is_more_likely_card_where_later_cards_can_take_the_others_place() -> None:
    who = ("Who's more likely to get lost?", "who")
    decks = [make_deck(name, [who, *[(f"Plain {name} {i}?", "text") for i in range(9)]]) for name in "abc"]
    for seed in range(50):
        order = deal(decks, DealFilters(), seed, round_length=10)
        for start in range(0, 30, 10):
            likely = [key for key in order[start : start + 10] if key.card_id.endswith("0")]
            assert len(likely) <= 1, (seed, start, order)


SHAPED = [
    ("Who's more likely to sing in the shower?", "who"),
    ("What did you notice the first time we met?", "text"),
    ("A motto for us, five words at most.", "text"),
    ("What have you never told me?", "text"),
    ("A plain question?", "text"),
]


@st.composite
def shaped_orders(draw: st.DrawFn) -> tuple[list[CardKey], dict[CardKey, frozenset[str]], dict[CardKey, int], int, int]:
    count = draw(st.integers(0, 40))
    keys = [CardKey(draw(st.sampled_from("abc")), f"c{i}") for i in range(count)]
    topics = {key: draw(st.sampled_from([frozenset(), *({shape} for shape in ONCE_A_ROUND)])) for key in keys}
    levels = {key: draw(st.integers(1, 3)) for key in keys}
    return keys, topics, levels, draw(st.integers(1, 12)), draw(st.integers(0, count))


def repeats(order: list[CardKey], topics: dict[CardKey, frozenset[str]], length: int) -> int:
    runs = (order[start : start + length] for start in range(0, len(order), length))
    return sum(sum(n - 1 for n in Counter(s for key in run for s in topics[key]).values()) for run in runs)


@settings(max_examples=300, deadline=None)
@given(shaped_orders())
def test_trading_keeps_fresh_cards_first_and_never_adds_a_repeat(
    inputs: tuple[list[CardKey], dict[CardKey, frozenset[str]], dict[CardKey, int], int, int],
) -> None:
    order, topics, levels, length, fresh = inputs
    out = once_a_round(order, length, topics, levels, fresh)
    assert sorted(out[:fresh]) == sorted(order[:fresh]) and sorted(out[fresh:]) == sorted(order[fresh:])
    assert repeats(out, topics, length) <= repeats(order, topics, length)
    for start in range(0, len(out), length):
        run = range(start, min(start + length, len(out)))
        held = Counter(s for i in run for s in topics[out[i]])
        twice = {s for s, n in held.items() if n > 1}
        for i in (i for i in run if topics[out[i]] & twice):
            staying = {s for s, n in (held - Counter(topics[out[i]])).items() if n > 0}
            for j in range(fresh) if i < fresh else range(fresh, len(out)):
                if j in run or topics[out[j]] & {OPENER, CLOSER}:  # another round's end stays its end
                    continue
                other = range(j - j % length, min(j - j % length + length, len(out)))
                theirs = {s for k in other if k != j for s in topics[out[k]]}
                assert topics[out[j]] & staying or theirs & topics[out[i]], f"card {j} could take card {i}'s place"


def test_rounds_of_the_built_in_decks_meet_each_shape_once_and_rarely_back_to_back() -> None:
    """Before: 237 repeats of a once-a-round shape in 1,500 rounds of twenty, and 831 pairs of one shape back to back."""
    decks = load_decks(deck_paths(builtin_decks_dir())).decks
    shape = {card.key: shapes(card) for deck in decks for card in deck.cards}
    rounds = twice = mending = pairs = menus = together = shared = asks = 0
    for seed in range(100):
        order = deal(decks, DealFilters(spicy=seed % 2 == 0), seed, round_length=20)
        for start in range(0, 100, 20):
            run = order[start : start + 20]
            rounds += 1
            met = Counter(s for key in run for s in shape[key] & ONCE_A_ROUND)
            twice += sum(n - 1 for s, n in met.items() if s not in ("mending", "arguing"))
            mending += sum(met[s] - 1 for s in ("mending", "arguing") if met[s] > 1)
            pairs += sum(1 for a, b in itertools.pairwise(run) if (shape[a] & shape[b]) - {SHARED, NEEDS})
            asks += sum(1 for a, b in itertools.pairwise(run) if NEEDS in shape[a] & shape[b])
            shared += sum(1 for a, b in itertools.pairwise(run) if SHARED in shape[a] & shape[b])
            menus += sum(1 for a, b in itertools.pairwise(run) if MENU in shape[a] & shape[b])
            together += sum(1 for a, b in itertools.pairwise(run) if TOGETHER in shape[a] & shape[b])
    # A card of three shapes a round meets once (a "who's more likely" about hiding a phone) can find no round free of
    # all three: once secrets, strangers and phones joined the subjects, one round in 500 kept such a pair.
    # The theme of arguing and making up (`repair`) has sixty cards for a whole deal's forty-odd rounds: most rounds
    # hold one, so a second has no round to go to and stays (before it was met once a round, a third of first rounds
    # held two or more); a first round holds one.
    # Three since round sixty-four's mends: a "who's more likely" about a row (loud cleaning mid-row) is arguing too.
    assert twice <= 3, f"{twice} repeats of a once-a-round shape but mending and arguing in {rounds} rounds"
    assert mending <= 50, f"{mending} repeats of mending or arguing in {rounds} rounds"
    assert menus / rounds < 0.15, f"{menus} pairs of picks from a list back to back in {rounds} rounds (0.82 a round before)"
    assert together / rounds < 0.1, f"{together} pairs of things to do back to back in {rounds} rounds (0.16 a round before)"
    # Any change to which cards a round holds moves this by the deal's luck: 74 pairs here before subjects were held
    # once a round, 76 after, and from 0.15 to 0.19 a round over other hundreds of seeds with either dealer; 92 once
    # heavy cards were kept apart too (over 1,000 other rounds, 0.178 a round before it and 0.188 after); 102 once a
    # round's share of quizzes and of both partners' cards traded cards in, with touch and arguing read as shapes.
    # Cards both partners answer are a shape since round sixty-four, counted apart: 262 pairs back to back before.
    assert pairs / rounds < 0.22, f"{pairs} pairs of one shape back to back in {rounds} rounds"
    assert shared / rounds < 0.2, f"{shared} pairs of cards both partners answer back to back in {rounds} rounds (0.52 before)"
    assert asks / rounds < 0.45, f"{asks} pairs of brave cards back to back in {rounds} rounds (298 before, 0.6 a round)"


def test_a_first_round_meets_each_of_round_fifty_nines_twins_once() -> None:
    """Readers of round fifty-nine: "three hunger/snack jokes and four turn-taking action games", "five cards on the
    mask or deflection", "the bad-day idea three times", "two 'in bed' asks shaped the same", "the small things you do
    when the other isn't looking" four times. Over 200 first rounds of twenty before (spicy on), 60 met two
    turn-taking games, 24 two spicy asks in bed, 4 two snack jokes, 4 two masks and 8 two of the hidden habits."""
    decks = [deck for deck in load_decks(deck_paths(builtin_decks_dir())).decks if not deck.opt_in]
    index = {c.key: c for d in decks for c in d.cards}
    names = ("hunger", "masks", "bad-day", "hidden-habit", TURN_TAKING, IN_BED)
    for seed in range(60):
        keys = deal(decks, DealFilters(spicy=True), 30_000 + seed, round_length=20, bookends=True)[:20]
        met = Counter(name for key in keys for name in shapes(index[key]) if name in names)
        assert max(met.values(), default=0) <= 1, (seed, met)


def test_round_sixtys_twins_are_read_from_a_cards_own_words() -> None:
    """Readers of round sixty: "'now vs. the start' three or four times", "15 and 19 cover the same future-of-us
    ground", "two gratitude cards", "two about the partner's plans", "two intimacy cards of the same shape ('when
    we're close')", and "'never asked / never said' three or four times"."""
    assert shapes(card(text="What do you like about us now that you didn't expect to, back at the start?")) == {"now-and-then"}
    assert shapes(card(text="When do you feel most like a team with me, these days?")) == {"now-and-then"}
    assert shapes(card(text="What were you hoping for when we met?")) == {"now-and-then"}
    assert shapes(card(text="Who shaped the person you are most, before we met?")) == frozenset()  # the past alone
    assert shapes(card(text="I start a sentence with 'What if we just…'. How far do you go?")) == frozenset()
    assert shapes(card(text="What's one promise you'd like us to make for the next ten years?")) == {"years-ahead"}
    assert shapes(card(text="What do you hope we still do together when we're seventy?")) == {"years-ahead"}
    assert shapes(card(text="What do you hope the two of us become, that we're not quite yet?")) == {"years-ahead"}
    assert shapes(card(text="Which of my firmest opinions do you give five years, tops?")) == frozenset()
    assert shapes(card(text="If we'd met five years earlier, how would you have ruined it?")) == frozenset()
    assert shapes(card(text="Which small thing I do for you are you most grateful for?")) == {"thanks"}
    assert shapes(card(text="Who'd break into a grateful little jog when a car stops?", answer="who")) == {
        WHO_IS_MORE_LIKELY,
        SHARED,
    }
    assert shapes(card(text="What do you want for me that I haven't let myself want yet?")) == {"plans-for-you"}
    assert shapes(card(text="Which of my dreams or plans would you back all the way?")) == {"plans-for-you"}
    assert shapes(card(text="What plans have we made for Saturday?")) == frozenset()
    close = card(text="When we're close, what still catches you off guard?", spicy=True, level=2)
    intimate = card(text="What do you want when we're intimate that you didn't at first?", spicy=True, level=3)
    assert shapes(close) == {"when-close"}
    assert shapes(intimate) == {"when-close", "now-and-then"}
    assert shapes(card(text="How close do you feel to me this month?")) == frozenset()
    # The untold shape, widened to the ways a sample of round sixty said it.
    assert shapes(card(text="What did we both decide was 'not us', without ever saying it out loud?")) == {"untold"}
    assert shapes(card(text="What's something you needed from me once, and didn't ask for?")) == {"untold"}
    assert shapes(card(text="What have you always guessed I enjoy, but never quite checked?")) == {"untold"}
    assert shapes(card(text="Which phrase did you swear you'd never say, and now hear yourself say?")) == frozenset()
    assert shapes(card(text="On which day did you feel most known by me?", note="The snack, without asking.")) == {"seen-and-known"}


def test_a_first_round_meets_each_of_round_sixtys_twins_once() -> None:
    """Over 200 first rounds of twenty before (default decks, spicy on), 10 met 'now against the start' twice, 7 the
    years ahead, 12 thanks, 1 'when we're close' and 15 the untold shape as now read; none after."""
    decks = [deck for deck in load_decks(deck_paths(builtin_decks_dir())).decks if not deck.opt_in]
    index = {c.key: c for d in decks for c in d.cards}
    names = ("now-and-then", "years-ahead", "thanks", "plans-for-you", "when-close", "untold")
    for seed in range(60):
        keys = deal(decks, DealFilters(spicy=True), 30_000 + seed, round_length=20, bookends=True)[:20]
        met = Counter(name for key in keys for name in shapes(index[key]) if name in names)
        assert max(met.values(), default=0) <= 1, (seed, met)
