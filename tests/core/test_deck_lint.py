"""The content lint behind `deck validate --strict`: each rule fires on what it is for, and only on that."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from game.core.cards import AnswerType, Card, Deck, Kind
from game.core.deck_lint import MAX_CARD_CHARS, LintFinding, lint

REPO = Path(__file__).resolve().parents[2]


def card(card_id: str, text: str, level: int = 1, deck_id: str = "ours", **fields: object) -> Card:
    fields.setdefault("tags", ("favourites",))
    return Card(deck_id, card_id, text, level=level, **fields)  # type: ignore[arg-type]


def deck(*cards: Card, deck_id: str = "ours") -> Deck:
    """A deck with the given cards plus one of each level, so only the cards under test can be flagged."""
    fillers = (
        card("filler-1", "What made you smile on the way here?", 1, deck_id),
        card("filler-2", "Which small habit of yours are you proudest of?", 2, deck_id),
        card("filler-3", "What do you wish people understood about your childhood?", 3, deck_id),
    )
    return Deck(deck_id, deck_id.title(), (*fillers, *(dataclasses.replace(c, deck_id=deck_id) for c in cards)))


def findings_for(*decks: Deck) -> list[LintFinding]:
    return lint(list(decks))


def messages(findings: list[LintFinding]) -> list[str]:
    return [finding.message for finding in findings]


def test_good_cards_in_a_deck_with_every_level_are_quiet() -> None:
    ours = deck(
        card("coffee", "How do you take your coffee?", quiz="How does {name} take {their} coffee?"),
        card("dream-trip", "Where would you travel if money were no object?", 2),
        card("hug", "Hug for twenty seconds.", kind=Kind.ACTION, seconds=20),
    )
    assert findings_for(ours) == []


# --- near-duplicates ---


def test_near_duplicate_texts_across_decks_are_flagged_on_the_later_card() -> None:
    first = deck(card("coffee", "How do you take your coffee?"), deck_id="mornings")
    second = Deck(
        "details",
        "Details",
        (
            card("coffee-order", "How do you like your coffee?", 1, "details"),
            card("first-record", "What was the first record you bought?", 2, "details"),
            card("old-fear", "Which fear have you grown out of?", 3, "details"),
        ),
    )
    [finding] = findings_for(first, second)
    assert (finding.deck_id, finding.card_id) == ("details", "coffee-order")
    assert "nearly the same as mornings/coffee" in finding.message


def test_near_duplicates_ignore_case_punctuation_and_word_order() -> None:
    ours = deck(card("a", "What is your favourite song right now?"), card("b", "right now, what's your FAVOURITE song?!"))
    assert [f.card_id for f in findings_for(ours)] == ["b"]


def test_different_questions_on_one_topic_are_not_near_duplicates() -> None:
    ours = deck(card("a", "How do you take your coffee?"), card("b", "Where did you have the best coffee of your life?"))
    assert findings_for(ours) == []


# --- quiz phrasing ---


def test_quiz_without_name_is_flagged() -> None:
    ours = deck(card("coffee", "How do you take your coffee?", quiz="How do {they} take {their} coffee, {partner}?"))
    [finding] = findings_for(ours)
    assert finding.card_id == "coffee"
    assert "{name}" in finding.message


def test_quiz_with_name_or_no_quiz_is_quiet() -> None:
    ours = deck(
        card("coffee", "How do you take your coffee?", quiz="{partner}, how does {name} take {their} coffee?"),
        card("tea", "Which tea do you reach for first?"),
    )
    assert findings_for(ours) == []


# --- length ---


def test_a_card_over_160_characters_is_flagged_and_160_is_fine() -> None:
    long_text = "Tell me about " + "a" * (MAX_CARD_CHARS + 1 - len("Tell me about "))
    exact_text = "Tell me about " + "b" * (MAX_CARD_CHARS - len("Tell me about "))
    assert len(long_text) == 161 and len(exact_text) == 160
    ours = deck(card("long", long_text), card("exact", exact_text, 2))
    [finding] = findings_for(ours)
    assert finding.card_id == "long"
    assert "161 characters" in finding.message


# --- levels ---


def test_a_deck_missing_a_level_is_flagged_once_for_the_deck() -> None:
    shallow = Deck(
        "shallow", "Shallow", (card("a", "What did you have for lunch?", 1, "shallow"), card("b", "Cats or dogs?", 3, "shallow"))
    )
    [finding] = findings_for(shallow)
    assert (finding.deck_id, finding.card_id) == ("shallow", None)
    assert finding.message == "deck 'shallow' has no cards of level 2"


def test_a_deck_of_one_level_names_both_missing_levels() -> None:
    flat = Deck("flat", "Flat", (card("a", "What did you have for lunch?", 1, "flat"),))
    assert messages(findings_for(flat)) == ["deck 'flat' has no cards of level 2 and 3"]


# --- gendered wording ---


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("What does he love most about you?", "he"),
        ("She always knows what to say.", "She"),
        ("Tell her something you admire.", "her"),
        ("What did your husband say first?", "husband"),
        ("When did you meet your girlfriend?", "girlfriend"),
        ("Would he or she ever tell you?", "he"),
        ("What would he/she answer?", "he/she"),
        ("What would s/he answer?", "s/he"),
        ("What would his/her answer be?", "his"),
        ("What would she/he say?", "she"),
        ("He's late again: what do you do?", "He"),
        ("What did your wife\u2019s mother say?", "wife"),
        ("HIS FAVOURITE FOOD?", "HIS"),
        ("Who was the bride-to-be's best friend?", "bride"),
        ("What did your fiancée plan?", "fiancée"),
    ],
)
def test_gendered_words_are_flagged(text: str, word: str) -> None:
    [finding] = findings_for(deck(card("gendered", text)))
    assert finding.card_id == "gendered"
    assert f"gendered wording '{word}'" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "Is there a place you'd like to go back to?",
        "What's on the top shelf of your wardrobe?",
        "What's your theory about why we met?",
        "Who was your childhood hero?",
        "What would you keep in a treasure chest?",
        "Who ushered you into your first job?",
        "What do you love about the other person?",
        "Which herb do you grow on the windowsill?",
        "What gets your heart racing?",
        "What did you hear today that made you laugh?",
        "Who is the shepherd of your friend group?",
        "Which wifi name would you pick?",
        "What do they like about their partner?",
    ],
)
def test_words_that_merely_contain_gendered_ones_are_quiet(text: str) -> None:
    assert findings_for(deck(card("neutral", text))) == []


@pytest.mark.parametrize("field", ["quiz", "note", "options", "followups"])
def test_gendered_words_are_found_beyond_the_card_text(field: str) -> None:
    values = {
        "quiz": {"quiz": "What would {name} tell his friends?"},
        "note": {"note": "Ask him gently."},
        "options": {"kind": Kind.SCENARIO, "options": ("A hug", "Let her be")},
        "followups": {"followups": ("What did your boyfriend think?",)},
    }[field]
    [finding] = findings_for(deck(card("elsewhere", "What would you want from me?", **values)))
    assert finding.card_id == "elsewhere"
    assert "gendered wording" in finding.message


def test_a_card_with_many_gendered_words_is_flagged_once() -> None:
    assert len(findings_for(deck(card("many", "Does he tell her what his husband said?")))) == 1


# --- the built-in decks ---


# --- what makes a card unfair to play or judge ---


def card_of(fields: dict[str, Any]) -> Card:
    """A card from a test's table row: the text, and the answer type and kind named as they are in a deck file."""
    fields = dict(fields)
    text = str(fields.pop("text"))
    if "answer" in fields:
        fields["answer"] = AnswerType(fields["answer"])
    if "kind" in fields:
        fields["kind"] = Kind(fields["kind"])
    return card("c", text, **fields)


SPICY_QUIZ = "How spicy does {name} like it, from 1 (mild) to 10 (fire)?"
CHOICE = {"answer": "choice", "options": ("This", "That", "The other", "None"), "quiz": "Which does {name} pick?"}


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"text": "Which song are you playing on repeat right now?", "quiz": "Which song is {name} playing?"}, "'right now'"),
        ({"text": "When did we first meet?", "answer": "date", "quiz": "When did {name} meet {partner}?"}, "every year"),
        ({"text": "Is there a song that feels like ours?", "quiz": "Which song feels like ours to {name}?"}, "yes/no"),
        ({"text": "How spicy, from 1 to 10?", "answer": "scale", "quiz": SPICY_QUIZ}, "both ends in the text"),
        ({"text": "How hot, from 1 (mild) to 10 (fire)?", "answer": "scale", "quiz": "{name}, 1 to 10?"}, "quiz of a scale"),
        ({"text": "How hot, from 1 to 10?", "kind": "both", "answer": "scale"}, "both ends in the text"),
        ({"text": "Empty parking lot. Does your cart go back?", **CHOICE}, "'Does your cart go back?' opens a choice"),
        ({"text": "Rules — do you follow the letter, or the spirit?", **CHOICE}, "opens a choice as a yes/no question"),
        ({"text": "Your favourite meal?", "quiz": "What's {name}'s favourite meal, and where did {they} first have it?"}, "two"),
        (
            {"text": "What did you first sell, and who fell for it?", "quiz": "What did {name} first try to sell?"},
            "the card asks two things ('and who…')",
        ),
        ({"text": "What's your lucky number?", "answer": "number", "quiz": "{name}'s lucky number?"}, "a name, not a count"),
        ({"text": "Who do you miss?", "tags": ("grief", "fears"), "quiz": "Whom does {name} miss most?"}, "grief"),
        ({"text": "Pick one.", "answer": "choice", "options": ("Tea", "Coffee")}, "never shown"),
        ({"text": "The date the heating goes on? Tell me on three.", "kind": "both"}, "'on three'"),
        ({"text": "Your comfort film? Name it at the same time.", "kind": "both"}, "'at the same time'"),
        ({"text": "How tired, from 1 (fresh) to 10 (asleep)?", "answer": "scale"}, "A scale answer is kept to quiz later"),
        ({"text": "How many cousins have you got?", "answer": "number"}, "A number answer is kept to quiz later"),
        ({"text": "How do you take tea?", "quiz": "How does {name} take their tea?"}, "'their'"),
        ({"text": "How do you take tea?", "tags": ("tea",)}, "no theme tag"),
        ({"text": "What's our best trip?", "quiz": "What's the couple's best trip, for {name}?"}, "'the couple' reads like"),
        ({"text": "What's our best trip?", "quiz": "What's {name}'s pick from the relationship?"}, "'the relationship'"),
        ({"text": "What's our best trip?", "quiz": "Which trip of {name} and {partner} tops {name}'s list?"}, "names you both"),
        ({"text": "What's my tell?", "quiz": "What did {name} say is {partner}'s tell?"}, "recall what {name} said"),
        ({"text": "One small thing this week?", "quiz": "What did {name} promise this week?", "changes": True}, "'this week'"),
        ({"text": "Best bit of tonight?", "quiz": "What did {name} love tonight?"}, "'tonight' is long gone"),
        ({"text": "Guess my tell.", "quiz": "What does {name} guess {partner_they} do when tired?"}, "or guessed about them"),
        ({"text": "What do you think I'd save?", "quiz": "What does {name} think {partner} would save?"}, "or guessed about them"),
        (
            {
                "text": "Which day do you dread — the clocks going back?",
                "answer": "date",
                "quiz": "Which day every year does {name} dread?",
            },
            "moves from year to year",
        ),
        (
            {"text": "First kiss? Best guess counts.", "answer": "date", "quiz": "Which anniversary does {name} give?"},
            "judged by the very day",
        ),
        ({"text": "Whose birthday do you keep?", "quiz": "Whose birthday — name and day — does {name} keep?"}, "a name and a day"),
        ({"text": "Whose birthday?", "quiz": "Who has the birthday {name} keeps, and on which day?"}, "a name and a day"),
        ({"text": "What gives me away?", "quiz": "What gives {partner} away, according to {name}?"}, "recall what {name} said"),
        ({"text": "Where do you cry?", "quiz": "Where {do|does} {name} go when {they} {need|needs} a cry?"}, "'{do|does}'"),
        ({"text": "Too old for what?", "quiz": "What is {name} too old for, but still {does|do}?"}, "'{does|do}'"),
        ({"text": "First thing?", "quiz": "When {name} is out, what {partner_they} {do|does} first?"}, "'{do|does}' agrees"),
        (
            {"text": "What of mine have you broken?", "quiz": "What of {partner}'s did {name} confess to breaking?"},
            "recall what {name} said",
        ),
        (
            {"text": "Funniest thing to happen to us?", "kind": "both", "quiz": "What's the funniest thing, according to {name}?"},
            "recall what {name} said",
        ),
        ({"text": "One minute each: praise the other.", "kind": "action", "seconds": 120}, "timer runs 120 seconds: make it 60"),
        ({"text": "Hold my gaze for thirty seconds.", "kind": "action"}, "'thirty seconds' is a timed turn"),
        ({"text": "Sell me to a stranger: a one-minute pitch.", "kind": "action"}, "a timer of 60 seconds"),
        (
            {"text": "Find my pulse and count it for fifteen seconds. Then make it go faster.", "kind": "action"},
            "'fifteen seconds' is a timed turn: give the card a timer of 15 seconds",
        ),
        ({"text": "Play ten seconds of my walk-on music.", "kind": "action"}, "a timer of 10 seconds"),
        ({"text": "Stare for five seconds, then blink.", "kind": "action"}, "a timer of 5 seconds"),
        (
            {"text": "Hum for twenty seconds, then rest for a minute.", "kind": "action"},
            "the card names 'twenty seconds' and 'a minute': give it a timer for whichever is the turn",
        ),
    ],
)
def test_each_fairness_rule_fires_on_what_it_is_for(fields, expected) -> None:
    [finding] = findings_for(deck(card_of(fields)))
    assert expected in finding.message


@pytest.mark.parametrize(
    "fields",
    [
        {"text": "Which song are you playing on repeat right now?", "quiz": "Which song is {name} playing?", "changes": True},
        {"text": "When is your birthday?", "answer": "date", "quiz": "When is {name}'s birthday?"},
        {"text": "Would you rather have tea or coffee?", "quiz": "Tea or coffee for {name}?"},
        {"text": "How spicy do you like it, from 1 (mild) to 10 (fire)?", "answer": "scale", "quiz": SPICY_QUIZ},
        {"text": "Empty parking lot. Where does your cart end up?", **CHOICE},
        {"text": "Which do you follow: the letter of a rule, or its spirit?", **CHOICE},
        {"text": "How many siblings do you have?", "answer": "number", "quiz": "How many siblings has {name}?"},
        {"text": "Which of your own plates have you broken?", "quiz": "Which plate did {name} confess to breaking?"},
        {"text": "Who do you miss?", "tags": ("grief",), "quiz": "What helps {name} on a hard anniversary?"},
        {"text": "What's our best trip?", "quiz": "Which trip does {name} say was the best the two of you took?"},
        {"text": "What's your tell?", "quiz": "What's {name}'s tell when {they} {are|is} tired, as {partner} sees it?"},
        {"text": "A kind no?", "quiz": 'What helps a "not tonight" feel kind to {name}?'},
        {"text": "Where do you cry?", "quiz": "Where does {name} go when {they} {need|needs} a cry and {don't|doesn't} say?"},
        {"text": "Still silly?", "quiz": "What does {name} need, though {they} still {feel|feels} silly needing it?"},
        {"text": "What do you want?", "quiz": "When {name} is low, what {do|does} {they} want from {partner}?"},
        {"text": "Which day do you dread a little every year?", "quiz": "Which day does {name} dread a little every year?"},
        {"text": "When do the decorations come down?", "answer": "date", "quiz": "Which day every year does {name} dread?"},
        {"text": "Whose birthday do you never forget?", "quiz": "Whose birthday does {name} never forget?"},
        {"text": "I say, 'And what time do you call this?' Your reply?", "quiz": "What's {name}'s reply to that?"},
        {"text": "Tea and what else, on a cold night?", "kind": "action"},
        {"text": "A minute each: tell me what you'd keep.", "kind": "action", "seconds": 60},
        {"text": "Kiss me as if someone will walk in ten seconds from now. I count down out loud.", "kind": "action"},
        {"text": "Find my pulse and count it for fifteen seconds.", "kind": "action", "seconds": 15},
        {"text": "Hum for twenty seconds, then rest for a minute.", "kind": "action", "seconds": 20},
        {"text": "Hold hands without talking.", "kind": "action", "seconds": 120},
        {"text": "If someone listened to us for ten minutes, what would they think?"},
    ],
)
def test_the_fairness_rules_stay_quiet_on_a_fair_card(fields) -> None:
    fields = dict(fields)
    text = fields.pop("text")
    if "answer" in fields:
        fields["answer"] = AnswerType(fields["answer"])
    if "kind" in fields:
        fields["kind"] = Kind(fields["kind"])
    tags = (*tuple(fields.pop("tags", ())), "favourites")
    assert findings_for(deck(card("c", text, tags=tags, **fields))) == []


# --- the house style: habits of the built-in decks, kept in check there only ---

FOUR = ("Tea", "Coffee", "Cocoa", "Water")


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"text": "Which drink?", "answer": "choice", "options": FOUR[:3], "quiz": "Which drink for {name}?"}, "3 options"),
        (
            {"text": "Which drink?", "answer": "choice", "options": (*FOUR, "Juice", "Milk", "Soup"), "quiz": "Drink for {name}?"},
            "7",
        ),
        ({"text": "Who saves you?", "answer": "choice", "options": (*FOUR[:3], "My partner"), "quiz": "Who for {name}?"}, "'you'"),
        (
            {"text": "A fall in public.", "kind": "scenario", "options": ("Help me up", "Laugh with me", "Call my partner", "Go")},
            "'you'",
        ),
        ({"text": "Your best find — a lamp, a coat, a chair?", "quiz": "Which find is {name} proudest of?"}, "list of examples"),
        ({"text": "The line you say at the door?", "quiz": "Which line did {name} write down?"}, "written down"),
        ({"text": "The words that help?", "quiz": "What's the gist of what {name} needs to hear?"}, "'the gist'"),
        ({"text": "What scares you about getting old?", "tags": ("fears", "understanding")}, "'understanding'"),
        ({"text": "Your usual snack?", "tags": ("favourites", "trivia")}, "'trivia'"),
        ({"text": "What were you told about sex growing up?"}, "'sex'"),
        ({"text": "Your best chat-up line?", "followups": ("And the least sexy one?",)}, "'sexy'"),
        ({"text": "Where would you go for a swim?", "note": "Skinny-dipping, naked, counts."}, "'naked'"),
        ({"text": "What do you collect?", "note": "I keep every rubber band."}, "own words"),
        ({"text": "What job is yours for life?", "note": "I'm Plumbing now."}, "own words"),
    ],
)
def test_each_house_style_rule_fires_on_a_built_in_card_only(fields, expected) -> None:
    built = card_of(fields)
    [finding] = findings_for(deck(built))
    assert expected in finding.message
    assert lint([deck(built)], vocabulary=False) == []


@pytest.mark.parametrize(
    "fields",
    [
        {"text": "Which drink?", "answer": "choice", "options": FOUR, "quiz": "Which drink for {name}?"},
        {"text": "Which drink?", "answer": "choice", "options": (*FOUR, "Juice", "Milk"), "quiz": "Which drink for {name}?"},
        {"text": "Who saves you?", "answer": "choice", "options": (*FOUR[:3], "You"), "quiz": "Who saves {name}?"},
        {"text": "Your best find — a lamp from a skip?", "quiz": "Which find is {name} proudest of?"},
        {"text": "Two things — and which one first?", "kind": "both"},
        {"text": "Type the line you say at the door.", "quiz": "Which line does {name} say at the door?"},
        {"text": "What scares you about getting old?", "tags": ("fears", "understanding"), "quiz": "What scares {name}?"},
        {"text": "What were you told about sex growing up?", "spicy": True},
        {"text": "At sixteen, what was on your bedroom wall?"},
        {"text": "Which word from Sussex do you say wrong?"},
        {"text": "What do you collect?", "note": "'I keep every rubber band.'"},
        {"text": "What am I best at?", "note": "My sneezes. What 'fine' means."},
        {"text": "Why are you glad of me?", "note": "That I know where the tape is."},
    ],
)
def test_the_house_style_stays_quiet_on_a_card_that_keeps_it(fields) -> None:
    assert findings_for(deck(card_of(fields))) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Your go-to fries? Salt counts.", "Your worst film? A cartoon counts."),
        ("Own up: the last lie you told?", "Which snack do you hide? Confession time."),
        ("Which ritual do you miss more than you'd admit?", "Which song do you love more than you've let on?"),
        ("Who annoys you at work, or wherever your days go?", "Who cheers you up wherever you spend your days?"),
        ("Which chore do you hate most? Mime it.", "What scares you more than it should? Show me the face you pull."),
        ("Think of a time I made you laugh. What did I do?", "Think of your best birthday. Who was there?"),
        ("The train is cancelled and it's midnight. Your move?", "I forget your name at a party. What's your first move?"),
        ("Which song would you sing, however badly?", "Which dish would you eat, however often I made it?"),
    ],
)
def test_each_habit_is_fine_once_in_a_deck_and_flagged_the_second_time(first: str, second: str) -> None:
    cards = (card("one", first), card("two", second))
    assert [f for f in findings_for(deck(cards[0])) if "once too often" in f.message] == []
    [finding] = [f for f in findings_for(deck(*cards)) if "once too often" in f.message]
    assert finding.card_id == "two" and "(after one)" in finding.message
    assert lint([deck(*cards)], vocabulary=False) == []


def test_a_turn_around_follow_up_is_fine_once_in_a_deck_and_flagged_the_second_time() -> None:
    one = card("one", "Which fear have you outgrown?", followups=("Now ask me mine.",))
    two = card("two", "Which song makes you cry?", followups=("Shall I tell you mine?", "Why that one?"))
    plain = card("three", "Which film do you quote?", followups=("Which line?",))
    assert [f for f in findings_for(deck(one, plain)) if "once too often" in f.message] == []
    [finding] = [f for f in findings_for(deck(one, plain, two)) if "once too often" in f.message]
    assert finding.card_id == "two" and "turn-around follow-up" in finding.message and "(after one)" in finding.message


@pytest.mark.parametrize(
    ("stock", "fresh"),
    [
        ("When did you last do it?", "Which of your aunts taught you that?"),
        ("What would make it a little easier?", "Which day of the week is it worst?"),
        ("Did it work?", "Who laughed first?"),
        ("When did it start?", "Who else knows?"),
        ("When did you first notice it?", "Does it run in your family?"),
        ("Be honest: how far ahead of me would you be?", "How far ahead of me would you be?"),
        ("Which of us would win? Honestly?", "Which of us would win, and by how much?"),
    ],
)
def test_a_stock_follow_up_closes_three_cards_in_the_whole_collection_and_the_fourth_is_flagged(stock: str, fresh: str) -> None:
    def asked(card_id: str, deck_id: str, followup: str) -> Card:
        return card(card_id, f"Which small habit of yours is called {card_id}?", deck_id=deck_id, followups=(followup,))

    three = [deck(asked("one", "first", stock), deck_id="first"), deck(asked("two", "second", stock), deck_id="second")]
    three.append(deck(asked("three", "third", stock), asked("other", "third", fresh), deck_id="third"))
    assert [f for f in lint(three) if "follow-up" in f.message] == []
    fourth = deck(asked("four", "fourth", stock), deck_id="fourth")
    [finding] = [f for f in lint([*three, fourth]) if "follow-up" in f.message]
    assert (finding.deck_id, finding.card_id) == ("fourth", "four")
    assert "(first/one, second/two, third/three)" in finding.message
    assert [f for f in lint([*three, fourth], vocabulary=False) if "follow-up" in f.message] == []


def test_write_then_reveal_may_come_twice_in_a_deck() -> None:
    both = [card(f"b{i}", f"Each write your pick {i}, then reveal.", kind=Kind.BOTH) for i in range(3)]
    [finding] = [f for f in findings_for(deck(*both)) if "once too often" in f.message]
    assert finding.card_id == "b2" and "(after b0, b1)" in finding.message


def test_a_second_tacked_on_guess_line_in_a_deck_is_flagged_and_one_is_a_game() -> None:
    first = card("snack", "Cinema snack? I'll guess first, then you tell me.")
    second = card("order", "Delivery order? Let me guess before you say.")
    other_deck = card("route", "Your way home? I'm guessing before you answer.", deck_id="elsewhere")
    assert [f for f in findings_for(deck(first), deck(other_deck, deck_id="elsewhere")) if "guess" in f.message] == []
    [finding] = findings_for(deck(first, second))
    assert (finding.card_id, "after snack") == ("order", finding.message.split("(")[1].split(")")[0])
    assert lint([deck(first, second)], vocabulary=False) == []


def test_the_studio_asks_no_theme_tag_of_a_couples_own_card() -> None:
    untagged = card("tea", "How do you take tea?", tags=())
    assert messages(findings_for(deck(untagged)))[0].startswith("no theme tag")
    assert lint([deck(untagged)], vocabulary=False) == []


def test_scenario_options_in_two_voices_are_flagged_and_one_voice_is_quiet() -> None:
    mixed = card("rain", "Caught in the rain. What do you want from me?", kind=Kind.SCENARIO, options=("Hold my hand", "You'd run"))
    doer = card("name", "You blank on a name.", kind=Kind.SCENARIO, options=("Introduce myself first", "Let me bluff"))
    fine = card("late", "You're late. What helps?", kind=Kind.SCENARIO, options=("Tell me it's fine", "Save me a seat"))
    assert messages(findings_for(deck(mixed)))[0].startswith("the options switch voice")
    assert "partner's voice" in messages(findings_for(deck(doer)))[0]
    assert findings_for(deck(fine)) == []


def test_two_scenarios_ending_on_the_same_sentence_are_flagged_on_the_later_one_across_decks() -> None:
    def scenario(card_id: str, text: str) -> Card:
        return card(card_id, text, kind=Kind.SCENARIO, options=("Hold my hand", "Tell me a joke"))

    first = deck(scenario("rain", "Caught in the rain. What do you want from me?"), deck_id="weather")
    second = Deck(
        "outings",
        "Outings",
        (
            dataclasses.replace(scenario("late", "We're late for the film. What do you want from me?!"), deck_id="outings"),
            card("lost", "We're lost. Which way now?", 2, "outings", kind=Kind.SCENARIO, options=("Left", "Right")),
            card("keys", "Lost keys again. What do you want from me?", 3, "outings"),  # not a scenario: no formula to tire of
        ),
    )
    [finding] = findings_for(first, second)
    assert (finding.deck_id, finding.card_id) == ("outings", "late")
    assert "same sentence as weather/rain" in finding.message


def test_two_cards_quizzed_in_the_same_words_are_flagged_on_the_later_one_across_decks() -> None:
    coffee = "How does {name} take {their} coffee?"
    first = deck(card("coffee", "How do you take your coffee?", quiz=coffee), deck_id="mornings")
    second = Deck(
        "details",
        "Details",
        (
            card("brew", "Which brew wakes you up?", 1, "details", quiz="How does {name} take {their} COFFEE"),
            card("tea", "Milk first or milk after, in tea?", 2, "details", quiz="Which way round does {name} make {their} tea?"),
            card("cake", "Which cake would you choose for your birthday?", 3, "details"),
        ),
    )
    [finding] = findings_for(first, second)
    assert (finding.deck_id, finding.card_id) == ("details", "brew")
    assert "same as mornings/coffee" in finding.message


def test_a_card_quizzed_like_one_of_date_night_s_own_cards_is_flagged() -> None:
    """Date night's own cards are in no deck file, yet they meet the built-in ones in Quiz me."""
    from game.core.date_night_plan import RITUALS

    ritual = next(each for each in RITUALS.cards if each.quiz is not None)
    [finding] = findings_for(deck(card("kind", "What kind thing will you do next?", quiz=ritual.quiz)))
    assert finding.card_id == "kind" and f"same as {RITUALS.id}/{ritual.id}" in finding.message


def test_no_two_cards_kindred_can_quiz_share_a_quiz() -> None:
    """The two appreciation cards (Openers & Closers' and date night's own) were quizzed word for word alike."""
    from game.core.date_night_plan import RITUALS
    from game.core.deck_lint import _fold
    from game.storage.deck_files import deck_paths, load_decks
    from game.storage.paths import builtin_decks_dir

    decks = (*load_decks(deck_paths(builtin_decks_dir())).decks, RITUALS)
    quizzes = [_fold(each.quiz) for one in decks for each in one.cards if each.quiz is not None]
    assert len(quizzes) == len(set(quizzes))


def test_the_built_in_decks_pass_the_strict_lint() -> None:
    decks = sorted(str(path.relative_to(REPO)) for path in (REPO / "decks").glob("*.yaml"))
    done = subprocess.run(
        [sys.executable, "main.py", "deck", "validate", "--strict", *decks],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"{len(decks)} decks valid" in done.stdout


def test_an_answer_type_on_a_card_without_quiz_is_flagged_in_a_yaml_deck(tmp_path: Path) -> None:
    """The studio will not save such a card; a deck written by hand hears about it from --strict."""
    path = tmp_path / "tired.yaml"
    path.write_text(
        "format: 1\nid: tired\nname: Tired\ncards:\n"
        "  - {id: a, level: 1, text: 'How tired, from 1 (fresh) to 10 (asleep)?', answer: scale, tags: [favourites]}\n"
        "  - {id: b, level: 2, text: 'Which habit of yours are you proudest of?', tags: [favourites]}\n"
        "  - {id: c, level: 3, text: 'What do you wish people understood about you?', tags: [favourites]}\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "main.py", "deck", "validate", "--strict", str(path)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "tired.yaml" in done.stdout + done.stderr
    assert "A scale answer is kept to quiz later" in done.stdout + done.stderr


def test_options_that_differ_only_in_punctuation_or_capitals_are_flagged() -> None:
    """A saved pick is matched to its option blind to capitals and punctuation, so such twins are ambiguous."""
    twins = card(
        "morning",
        "First thing, what am I like?",
        answer=AnswerType.CHOICE,
        quiz="What is {name} like first thing?",
        options=("Full chat, I'm up", "Full chat: I’m up!", "Grunts until coffee", "Silent"),
    )
    apart = dataclasses.replace(twins, id="apart", options=("Full chat", "Half a chat", "Grunts until coffee", "Silent"))
    said = messages(findings_for(deck(twins, apart)))
    assert [m for m in said if "only in capitals or punctuation" in m] == [
        "'Full chat, I'm up' differs from another option only in capitals or punctuation: a saved answer could be either"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One minute each: praise the way the other argues.", [("One minute", 60)]),
        ("Give me a one-minute guided tour.", [("one-minute", 60)]),
        ("You've a minute, then I pack.", [("a minute", 60)]),
        ("Thirty seconds: name a baby.", [("Thirty seconds", 30)]),
        ("Hold it for half a minute, then 90 seconds more.", [("half a minute", 30), ("90 seconds", 90)]),
        ("Two whole minutes; a minute and a half if you laugh.", [("Two whole minutes", 120), ("a minute and a half", 90)]),
        ("Without a second thought, every minute of it.", []),
        ("Count it for fifteen seconds, then twelve minutes more.", [("fifteen seconds", 15), ("twelve minutes", 720)]),
    ],
)
def test_durations_reads_a_turn_s_length_as_a_card_writes_it(text: str, expected: list[tuple[str, int]]) -> None:
    from game.core.turn_lengths import durations

    assert durations(text) == expected


@pytest.mark.parametrize(("seconds", "words"), [(60, "1-minute"), (120, "2-minute"), (90, "90-second"), (30, "30-second")])
def test_a_timer_is_named_in_minutes_when_it_is_whole_minutes(seconds: int, words: str) -> None:
    assert card("c", "Hug.", kind=Kind.ACTION, seconds=seconds).timer_words == words
