"""One motif, a few cards: a motif is fine on as many cards of the collection as it may use, flagged past that."""

from __future__ import annotations

import pytest

from game.core.card_motifs import DEEP_MOTIFS, MOTIFS, motif_findings
from game.core.cards import Card, Deck
from game.core.deck_lint import lint
from game.storage.deck_files import deck_paths, load_decks
from game.storage.paths import builtin_decks_dir


def card(card_id: str, text: str, deck_id: str = "ours", **fields: object) -> Card:
    fields.setdefault("tags", ("favourites",))
    return Card(deck_id, card_id, text, **fields)  # type: ignore[arg-type]


def tea_cards(count: int) -> list[Card]:
    """Cards that each pour a tea, one to a deck (the motifs are counted across the whole collection)."""
    return [card(f"tea-{n}", f"Who makes the tea on day {n}, and why?", deck_id=f"deck-{n}") for n in range(count)]


def test_a_motif_on_as_many_cards_as_it_may_use_is_quiet() -> None:
    assert dict(((what, allowed) for what, _, allowed in MOTIFS))["tea"] == 3
    assert motif_findings(tea_cards(3)) == []


def test_the_card_past_the_cap_is_flagged_naming_the_cards_that_keep_the_motif() -> None:
    [(flagged, message)] = motif_findings(tea_cards(5)[:4])
    assert (flagged.deck_id, flagged.id) == ("deck-3", "tea-3")
    assert "'tea'" in message and "(deck-0/tea-0, deck-1/tea-1, deck-2/tea-2)" in message


def test_a_vicar_may_look_on_once_in_the_collection() -> None:
    onlookers = [card("code", "Say it in front of the vicar."), card("story", "Tell me the version fit for a vicar.")]
    assert [found.id for found, _ in motif_findings(onlookers)] == ["story"]
    assert motif_findings(onlookers[:1]) == []


@pytest.mark.parametrize("field", ["followups", "options", "note"])
def test_every_line_read_with_the_card_counts(field: str) -> None:
    line = "A party where I know nobody"
    value: object = line if field == "note" else (line,)
    extra = card("extra", "Which song do you skip?", **{field: value})
    parties = [card(f"p{n}", f"Who leaves party number {n} first?") for n in range(3)]
    assert [found.id for found, _ in motif_findings([*parties, extra])] == ["extra"]


def test_the_quiz_asked_weeks_later_does_not_count() -> None:
    parties = [card(f"p{n}", f"Who leaves party number {n} first?") for n in range(3)]
    quizzed = card("q", "Who leaves first?", quiz="At a party, who leaves first according to {name}?")
    assert motif_findings([*parties, quizzed]) == []


@pytest.mark.parametrize("text", ["Which team would you pick?", "Steam or bake?", "What do you do instead?", "Partly true?"])
def test_a_motif_matches_whole_words_only(text: str) -> None:
    looks_alike = [card(f"c{n}", text) for n in range(6)]
    assert motif_findings(looks_alike) == []


def test_the_lint_flags_motifs_on_the_built_in_decks_only() -> None:
    decks = [Deck(f"deck-{n}", "Deck", (c,)) for n, c in enumerate(tea_cards(4))]
    assert [f.card_id for f in lint(decks) if "motif" in f.message] == ["tea-3"]
    assert [f for f in lint(decks, vocabulary=False) if "motif" in f.message] == []


def test_the_built_in_decks_keep_every_motif_to_its_cap() -> None:
    cards = [c for deck in load_decks(deck_paths(builtin_decks_dir())).decks for c in deck.cards]
    assert [(c.deck_id, c.id, message) for c, message in motif_findings(cards)] == []


@pytest.mark.parametrize(
    ("what", "line"),
    [
        ("a courtroom", "Lay out the evidence, and I'll give my verdict."),
        ("a deadline punchline", "Which of those can I arrange by Friday?"),
        ("a stranger or a passer-by", "What would a stranger make of it?"),
        ("the last one of the food", "Who gets the last roast potato?"),
        ("the neighbour", "Which neighbour complains about it?"),
        ("the group chat", "Does it go in the group chat?"),
        ("a comic bird", "What's your plan for the goose?"),
        ("a turn each, then swap", "Name three things I'd pack. Then swap."),
        ("asking what the other admires", "What do you admire in me?"),
        ("hunger and snacks", "Mid-argument, I ask, 'Are you just hungry?'"),
        ("done, hidden or noticed while the other isn't looking", "Did you enjoy it later, when I wasn't looking?"),
        ("done, hidden or noticed while the other isn't looking", "What did you look at while I was out of the room?"),
        ("the calendar", "Which month of the year gets the worst of you?"),
        ("in bed", "What surprises you about us in bed, even now?"),
        ("'small' as a permission", "It can be small: a look across the room."),
        ("'small' as a permission", "Big or small, it counts."),
        ("'without being asked'", "Who does the washing-up without being asked?"),
        ("'without being asked'", "A coffee arrives, unasked for"),
        ("'never asked' or 'never said'", "What have you never asked me for?"),
        ("'never asked' or 'never said'", "Thank me for something you've never once said thank you for."),
        ("now against back at the start", "What do you love now that you didn't at the start?"),
        ("now against back at the start", "What do you want now that you didn't want when we started?"),
        ("'the long way back'", "We always take the long way home."),
        ("counselling phrasing", "After I've said sorry, what do you need from me before it feels finished?"),
        ("counselling phrasing", "Something solemn is happening. What do you need me to do?"),
    ],
)
def test_a_joke_device_is_quiet_at_its_cap_and_flagged_past_it(what: str, line: str) -> None:
    [allowed] = [allowed for name, _, allowed in MOTIFS if name.startswith(what)]
    cards = [card(f"d{n}", f"Question {n}?", deck_id=f"deck-{n}", followups=(line,)) for n in range(allowed + 1)]
    assert motif_findings(cards[:allowed]) == []
    [(flagged, message)] = motif_findings(cards)
    assert flagged.id == f"d{allowed}" and f"'{what}" in message


@pytest.mark.parametrize(
    "text",
    ["Finish the sentence for me.", "I duck. It's your problem now.", "Who has the last word?", "Is the last one yours?"],
)
def test_a_joke_device_is_not_found_in_everyday_words(text: str) -> None:
    looks_alike = [card(f"c{n}", text) for n in range(6)]
    assert motif_findings(looks_alike) == []


@pytest.mark.parametrize(
    "line",
    [
        "Three things you'd keep. Then swap.",
        "Take turns naming one.",
        "Eyes only, no nodding. Three each.",
        "Set a reminder on mine. I'll do yours.",
        "Be my barrister. Then I'll be yours.",
        "Pick my walk-on music. Then I pick yours.",
        "Make its case for one minute. Then you show me one of you.",
    ],
)
def test_every_wording_of_a_turn_each_then_swap_counts_towards_its_cap(line: str) -> None:
    [allowed] = [allowed for name, _, allowed in MOTIFS if name.startswith("a turn each, then swap")]
    assert allowed == 3
    swaps = [card(f"s{n}", f"Take turns with game {n}.", deck_id=f"deck-{n}") for n in range(allowed)]
    assert motif_findings(swaps) == []
    assert [found.id for found, _ in motif_findings([*swaps, card("extra", line)])] == ["extra"]


@pytest.mark.parametrize(
    "text",
    [
        "Pick my walk-on music, and play it as I walk in.",
        "Swap phones and read the last message.",
        "Say it now, so I can admire the craft.",
        "What's your idea of an admirable lie?",
    ],
)
def test_a_hand_over_in_a_cards_own_words_and_admiring_a_thing_are_no_motif(text: str) -> None:
    looks_alike = [card(f"c{n}", text) for n in range(10)]
    assert motif_findings(looks_alike) == []


@pytest.mark.parametrize(
    "text",
    [
        "What date did you plan far harder than you let on?",
        "What was the best day out of the year so far?",
        "Who's in bed by eight, phone face down?",
        "I'm out of ideas. What day is it again?",
        "Where are we allowed to use it in public, not looking silly?",
    ],
)
def test_a_date_out_bedtime_and_being_looked_at_are_no_motif(text: str) -> None:
    looks_alike = [card(f"c{n}", text) for n in range(14)]
    assert [found.id for found, _ in motif_findings(looks_alike)] == []


@pytest.mark.parametrize(
    "text",
    [
        "What's the best fib a grown-up told you when you were small?",
        "A small child asks you why you picked me.",
        "Which small noise in the night gets you every time?",
        "Never ask what anything cost.",
        "I never say; I just know.",
        "Which café do you walk the long way round to avoid?",
        "What did you think at the start of the film?",
        "What do you need me for, really?",
        "Is it finished, or just resting?",
    ],
)
def test_a_small_thing_a_rule_never_spoken_and_the_long_way_round_are_no_motif(text: str) -> None:
    looks_alike = [card(f"c{n}", text) for n in range(6)]
    assert motif_findings(looks_alike) == []


@pytest.mark.parametrize(
    ("what", "line"),
    [
        ("burdens and release", "What are you carrying at the moment that I only see the corner of?"),
        ("burdens and release", "What were you carrying when we met?"),
        ("burdens and release", "What of theirs do you still carry around?"),
        ("burdens and release", "Which part would you like to put down when it's just us?"),
        ("burdens and release", "What's the weight off your mind, lately?"),
        ("burdens and release", "What does letting go of it look like?"),
        ("burdens and release", "What made you think you could fall apart in front of me?"),
        ("being seen or known", "On which day did you feel most known by me?"),
        ("being seen or known", "What had I noticed that nobody else did?"),
        ("being seen or known", "What do I only see the edge of?"),
        ("being seen or known", "What do you think I still don't quite understand about you?"),
        ("being seen or known", "Which part of your world would you like me to know better?"),
        ("being seen or known", "What have you always had to explain to everyone else?"),
    ],
)
def test_a_deep_motif_is_quiet_at_its_cap_on_level_3_and_flagged_past_it(what: str, line: str) -> None:
    [allowed] = [allowed for name, _, allowed in DEEP_MOTIFS if name.startswith(what)]
    cards = [card(f"d{n}", f"Question {n}?", deck_id=f"deck-{n}", level=3, followups=(line,)) for n in range(allowed + 1)]
    assert allowed == 3 and motif_findings(cards[:allowed]) == []
    [(flagged, message)] = motif_findings(cards)
    assert flagged.id == f"d{allowed}" and f"'{what}" in message and "level-3" in message


def test_a_deep_motif_on_a_lighter_card_does_not_count() -> None:
    deep = [card(f"d{n}", "What are you carrying at the moment?", deck_id=f"deck-{n}", level=3) for n in range(3)]
    light = [card(f"l{n}", "What are you carrying at the moment?", deck_id=f"light-{n}", level=2) for n in range(3)]
    assert motif_findings([*deep, *light]) == []


@pytest.mark.parametrize(
    "text",
    [
        "What's the heaviest thing we've carried together, and who nearly dropped it?",
        "Who grabs the heavier bag, then mentions it for the next mile?",
        "We're lifting something heavy together. When do you lift?",
        "I hold something out. Do you put it down, or sniff it?",
        "We've made up, then the comeback arrives. Do you let it go?",
        "Which quirk are you allowed to tease, when nobody else is?",
        "What have you let me see you do?",
        "What did I say, knowing it would make you laugh?",
        "Who do you know better than I do?",
    ],
)
def test_carrying_lifting_and_knowing_in_their_everyday_sense_are_no_deep_motif(text: str) -> None:
    looks_alike = [card(f"c{n}", text, level=3) for n in range(6)]
    assert motif_findings(looks_alike) == []
