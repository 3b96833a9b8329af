"""Words read the same anywhere, and no shared home assumed: the strict lint flags each, and only each."""

from __future__ import annotations

import dataclasses
import re

import pytest

from game.core.cards import Card, Deck, Kind
from game.core.deck_lint import lint
from game.core.plain_words import AMERICAN, LIVES_TOGETHER, REGIONAL, SHARED_HOME, plain_findings

BRITISH = "is British idiom"
HOME = "assumes you share a home"


def card(card_id: str, text: str, **fields: object) -> Card:
    fields.setdefault("tags", ("favourites",))
    return Card("ours", card_id, text, level=1, **fields)  # type: ignore[arg-type]


def findings(*cards: Card, vocabulary: bool = True) -> list[tuple[str | None, str]]:
    fillers = (
        card("filler-1", "What made you smile on the way here?"),
        dataclasses.replace(card("filler-2", "Which small habit of yours are you proudest of?"), level=2),
        dataclasses.replace(card("filler-3", "What do you wish people understood about your childhood?"), level=3),
    )
    return [(found.card_id, found.message) for found in lint([Deck("ours", "Ours", (*fillers, *cards))], vocabulary)]


@pytest.mark.parametrize(
    ("text", "word", "instead"),
    [
        ("What do you watch on the telly when I'm out?", "telly", "'TV'"),
        ("Where would you go for a fortnight with no phone?", "fortnight", "'two weeks'"),
        ("What's the first thing you do in a queue?", "queue", "'wait'"),
        ("Which mate of yours would you call first?", "mate", "'friend'"),
        ("What would you bin from my wardrobe?", "bin", "'throw away'"),
        ("Who in your street still gets the post by hand?", "the post", "'the letters'"),
        ("Where was your first flat?", "first flat", "'place'"),
        ("Where was your best holiday as a child?", "holiday", "'trip'"),
    ],
)
def test_a_british_word_in_a_card_s_text_is_flagged_with_what_to_write_instead(text: str, word: str, instead: str) -> None:
    [(card_id, message)] = findings(card("idiom", text))
    assert card_id == "idiom"
    assert f"'{word}' {BRITISH}" in message and instead in message


def test_a_british_word_anywhere_a_player_reads_it_is_flagged() -> None:
    """The quiz, the note, an option and a follow-up are read as much as the text is."""
    lines = {
        "note": {"note": "A tea towel, say."},
        "quiz": {"quiz": "Which crisps does {name} hide?", "kind": Kind.ASK},
        "option": {"options": ("Tea", "A biscuit", "Cake", "Fruit"), "quiz": "What does {name} want?"},
        "followup": {"followups": ("And who does the washing-up?",)},
    }
    for where, fields in lines.items():
        found = findings(card(where, "What would make a slow evening perfect?", **fields))
        assert [(card_id, BRITISH in message) for card_id, message in found] == [(where, True)], where


@pytest.mark.parametrize(
    "text",
    [
        "Which show would you binge with me on a wet Sunday?",  # binge is not bin
        "What are you posting about this week that you'd never say aloud?",  # posting is not the post
        "Which cabinet in your kitchen would you never let me open?",
        "What's your favourite way to flatter a stranger?",
        "What do you do on a bank holiday when nobody has plans?",  # a day's name, not a trip
        "What do the holidays mean in your family?",  # the festive season, read the same anywhere
        "What's the first thing you'd buy at the post office?",
        "Who is your soulmate among the fictional couples?",
        "Which brand of potato chips would you defend to the end?",
        "What falls flat every time you tell it?",
        "What did you lift this week that was heavier than it looked?",
    ],
)
def test_a_word_inside_another_or_in_another_sense_is_not_flagged(text: str) -> None:
    assert findings(card("plain", text)) == []


@pytest.mark.parametrize(
    ("text", "phrase", "instead"),
    [
        ("At a do full of my friends, what do you dread?", "a do", "'a party'"),
        ("Who got the drinks in at the do?", "the do", "'a party'"),
        ("What's the daftest thing you own?", "daftest", "'silly'"),
        ("What have you bottled out of?", "bottled out", "'backed out'"),
        ("Who bottled it first?", "bottled it", "'lost my nerve'"),
        ("When you're in a huff, what do you say?", "in a huff", "'sulking'"),
        ("Which band have you gone off since we met?", "you gone off", "'lost interest in'"),
        ("When {name} has gone off a show, what happens?", "{name} has gone off", "'stopped liking'"),
        ("What do you nip out for at midnight?", "nip out", "'pop home'"),
        ("When I've nipped home, what do you do?", "nipped home", "'step out'"),
        ("When had you twigged what I was planning?", "twigged", "'worked it out'"),
        ("What do you tut at on the bus?", "tut", "'scoff'"),
        ("What are you not that fussed about?", "not that fussed", "'don't much care'"),
        ("Is it out, or out out?", "out out", "'a big night out'"),
        ("Who would you call from a police cell?", "police cell", "'a police station'"),
        ("Whose jokes belong in Christmas crackers?", "Christmas crackers", "'a party game'"),
        ("Who do you reckon I look like?", "reckon", "'think'"),
        ("When were you last gutted about a score?", "gutted", "'heartbroken'"),
        ("What's the most naff present you've kept?", "naff", "'tacky'"),
        ("What do you faff about with before we leave?", "faff", "'fuss'"),
        ("Where's your favourite place for a kip?", "kip", "'nap'"),
        ("What do you whinge about when you're tired?", "whinge", "'complain'"),
        ("Which soppy film do you love?", "soppy", "'mushy'"),
        ("Who turns off the big light?", "the big light", "'the main light'"),
        ("What's fixed by teatime?", "teatime", "'dinnertime'"),
        ("What's your order at the chippy?", "chippy", "'the bakery'"),
        ("What would you give the charity shop?", "charity shop", "'goes to charity'"),
        ("What would you grow on an allotment?", "allotment", "'vegetable patch'"),
        ("Would you ever sleep in a caravan?", "caravan", "'camper van'"),
        ("Do your best sat-nav voice.", "sat-nav", "'GPS'"),
        ("Pose me like a shop dummy.", "shop dummy", "'mannequin'"),
        ("What's the last thing that had you in bits?", "in bits", "'fall apart'"),
        ("Did you clock me first?", "clock me", "'spot'"),
        ("The first time you were at mine, what did you look at?", "were at mine", "'at my place'"),
        ("What do you buy with petrol-station flowers?", "petrol-station", "'a service station'"),
        ("Which fruit machine would you play?", "fruit machine", "'slot machine'"),
        ("Would you grow a prize marrow?", "marrow", "'pumpkin'"),
        ("Who does the big shop?", "the big shop", "'the weekly groceries'"),
    ],
)
def test_british_idiom_a_phrase_not_a_word_is_flagged_with_what_to_write_instead(text: str, phrase: str, instead: str) -> None:
    [(card_id, message)] = findings(card("idiom", text))
    assert card_id == "idiom"
    assert f"'{phrase}' {BRITISH}" in message and instead in message


def test_an_american_slip_is_flagged_too_with_a_word_that_is_neither() -> None:
    """A real estate agent is as foreign in these decks as a telly would be abroad."""
    [(_, message)] = findings(card("slip", "Sell me to a buyer like a real estate agent would."))
    assert "'real estate agent' is American idiom" in message and "'someone selling a house'" in message


@pytest.mark.parametrize(
    ("text", "phrase", "instead"),
    [
        ("After a row, who speaks first?", "row", "'an argument'"),
        ("Mid-row, what do you say?", "Mid-row", "'a fight'"),
        ("Which of our rows was the silliest?", "rows", "'a disagreement'"),
        ("When we row, who goes quiet?", "row", "'an argument'"),
        ("What were we rowing about?", "rowing", "'an argument'"),
        ("Which one of us would you ring first?", "ring first", "'call'"),
        ("I ring you at work. What do you think?", "ring you", "'call'"),
        ("Does {partner} ring {name}, or text?", "ring {name}", "'call'"),
        ("Who had you already rung?", "had you already rung", "'call'"),
        ("That's me on your phone when I ring.", "when I ring", "'call'"),
        ("Ringing to make an appointment, say.", "Ringing to make", "'call'"),
        ("I'm ringing straight back.", "ringing straight back", "'call'"),
        ("Who puts the kettle on?", "kettle", "'a drink'"),
        ("Who hears a crisp packet from two rooms away?", "crisp packet", "'a snack wrapper'"),
        ("What do you buy at the till?", "at the till", "'the checkout'"),
        ("Who makes a fuss of you on your birthday?", "makes a fuss of", "'fuss over'"),
        ("What's in the brown envelope?", "brown envelope", "'an official letter'"),
        ("What does a single 'x' mean from me?", "'x'", "'a kiss at the end of a text'"),
        ("When life gets properly hard, what do you do?", "properly hard", "'really'"),
        ("What makes you feel fancied?", "feel fancied", "'feel wanted'"),
        ("Which of my habits do you quite fancy?", "quite fancy", "'find attractive'"),
        ("Write it on my arm in biro.", "biro", "'pen'"),
        ("Noughts and crosses on my palm?", "Noughts and crosses", "'Xs and Os'"),
        ("Nought is an answer too.", "Nought", "'zero'"),
        ("Friends are coming round in an hour.", "coming round", "'come over'"),
        ("Who do you look round for?", "look round", "'look around'"),
        ("If you're ever in hospital, who should I call?", "in hospital", "'at the hospital'"),
        ("A child we're minding swears. What now?", "child we're minding", "'looking after'"),
        ("Which custard cream are you?", "custard cream", "'a plain butter one'"),
        ("Name my eyes like a paint: 'Wet Conker'.", "Conker", "'chestnut'"),
        ("I pull you into a dance mid-washing-up.", "mid-washing-up", "'while doing the dishes'"),
    ],
)
def test_the_regional_words_readers_still_named_are_flagged_in_that_sense(text: str, phrase: str, instead: str) -> None:
    [(card_id, message)] = findings(card("idiom", text))
    assert card_id == "idiom"
    assert f"'{phrase}' {BRITISH}" in message and instead in message


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Each of you: which cookie is the other one?", "cookie"),
        ("Kiss me as if the elevator doors open in ten seconds.", "elevator"),
        ("Sleep in my sweater, not the good one.", "sweater"),
        ("The apartment above the bakery.", "apartment"),
        ("I keep every rubber band the mail has ever brought.", "the mail"),
    ],
)
def test_the_american_words_readers_heard_in_a_british_voice_are_flagged(text: str, word: str) -> None:
    """Readers named 'cookie' and 'elevator' as slips in an otherwise British voice."""
    [(_, message)] = findings(card("slip", text))
    assert f"'{word}' is American idiom" in message


@pytest.mark.parametrize(
    "text",
    ["Whoever writes the fortunes in fortune cookies.", "Which email would you print and frame?"],
)
def test_a_fortune_cookie_and_an_email_are_no_american_slip(text: str) -> None:
    assert not any("American" in message for _, message in findings(card("fine", text)))


def test_fries_are_as_american_as_chips_are_british_so_neither_is_suggested() -> None:
    [(_, message)] = findings(card("slip", "Finishing your fries."))
    assert "'fries' is American idiom" in message and "'ice cream'" in message
    [(_, chips)] = findings(card("chips", "Who steals the last of the chips?"))
    assert "fries" not in chips


@pytest.mark.parametrize(
    "text",
    [
        "Three good days in a row: what do you expect next?",  # a row is also one after another
        "Which song have you played twice in a row?",
        "Who wins at three in a row?",
        "Which seat in the front row would you pick?",
        "Which row of seats do you head for at the cinema?",
        "Would you row a boat across a lake for me?",
        "Which of us would go rowing at dawn?",
        "Dancing in the rain. A rowing boat on a lake.",
        "What does the ring you wear every day mean to you?",  # a ring on a finger, not a call
        "Which ring would you pick for me?",
        "A phone ringing late: what do you think first?",  # a phone that rings, rings anywhere
        "I let it ring and text back.",
        "Who would you let ring the doorbell at midnight?",
        "What does a boxing ring smell like?",
        "Which exercise is worse, a kettlebell or a run?",
        "That's the pot calling the kettle black.",
        "What's a different kettle of fish for you?",
        "What do you do till the end of the film?",  # till as until reads the same anywhere
        "Wait till the last minute.",
        "How much fuss does a birthday get in your family?",
        "Who makes a fuss over a small cut?",
        "Put an X on the map where we met.",
        "Which crisp morning do you remember?",
        "Say it properly this time.",  # properly as rightly, not as an intensifier
        "What do you fancy about me?",  # fancy as desire reads plainly
        "Which quite fancy restaurant would you book?",
        "What does a stir-fry need?",
        "What's the most romantic thing that came round the corner?",
        "Which round would you win at a quiz?",
        "Who makes the best hospital corners on a bed?",
        "Who's minding their own business, really?",
    ],
)
def test_a_regional_word_in_its_plain_sense_is_not_flagged(text: str) -> None:
    assert findings(card("plain", text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "What would you do if I sang at the door?",  # "do" is a verb, not "a do"
        "Which of the do's and don'ts of dating did you ignore?",
        "What have you bottled it up about, and for how long?",  # keeping feelings in is said anywhere
        "Which bad habit would you nip in the bud?",
        "Which twig would you pick for a wand?",
        "Who was your best tutor at school?",
        "Which alarm has gone off at the worst time for you?",  # an alarm goes off anywhere
        "The alarm went off this morning: who got up first?",
        "By your reckoning, how long have we known each other?",  # the noun is plain English
        "Cheese and crackers, or cake?",
        "What did you smash to bits as a child?",
        "What's the daydream you've been adding bits to for years?",
        "Look at mine: whose handwriting is messier?",
        "What do you know about bone marrow that I don't?",
        "Which song of mine do you skip when I'm out?",
        "Who fussed over you most when you were ill?",
        "After a long day, who makes the tea?",  # a tea: read the same, or nearly, anywhere
        "Who's more likely to finish the whole kipper?",
    ],
)
def test_a_phrase_in_another_sense_is_not_flagged(text: str) -> None:
    assert findings(card("plain", text)) == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("What should never happen in our bed?", "our bed"),
        ("What did you learn about me when we moved in?", "when we moved in"),
        ("What still makes you laugh about me after all these years?", "all these years"),
        ("Which corner of our kitchen is most yours?", "our kitchen"),
    ],
)
def test_a_shared_home_or_long_history_taken_for_granted_is_flagged(text: str, phrase: str) -> None:
    [(card_id, message)] = findings(card("home", text))
    assert card_id == "home" and f"'{phrase}' {HOME}" in message and LIVES_TOGETHER in message


def test_your_house_is_not_our_house() -> None:
    assert findings(card("yours", "What was the loudest room in your house growing up?")) == []


def test_a_card_tagged_lives_together_keeps_its_shared_home_but_not_its_british_words() -> None:
    """The tag says the card is honestly about living together; it is no licence for idiom."""
    together = ("plans", LIVES_TOGETHER)
    assert findings(card("kept", "If you live together, which room of our home is most yours?", tags=together)) == []
    [(_, message)] = findings(card("idiom", "If you live together, who does the hoovering in our flat?", tags=together))
    assert f"'hoovering' {BRITISH}" in message


def test_a_couple_s_own_deck_may_write_as_they_speak() -> None:
    """The rule is the built-in decks' house style: a couple's own cards are theirs to word."""
    assert findings(card("own", "Whose turn is the washing-up in our flat?"), vocabulary=False) == []


def test_a_built_in_deck_s_name_and_description_are_held_to_the_same_words() -> None:
    """Every deck list shows them: "Rows and Making Up" was the one British word left on Play setup."""
    fillers = (card("a", "What did you dream of being?"),)
    for name, description in (("Rows and Making Up", "How you argue."), ("Making Up", "After a row, what then?")):
        found = lint([Deck("ours", name, fillers, description=description)])
        assert [(f.card_id, f.message.split(":")[0]) for f in found if "British" in f.message] == [
            (None, "the deck's name or description")
        ]
    assert [f for f in lint([Deck("ours", "Arguing and Making Up", fillers)]) if "name" in f.message] == []
    assert [f for f in lint([Deck("ours", "Rows and Making Up", fillers)], vocabulary=False) if "name" in f.message] == []


def test_one_finding_of_each_kind_names_the_first_word() -> None:
    found = plain_findings(["Who hoovers our flat while the other has a moan?"], ())
    assert len(found) == 2
    assert found[0].startswith("'hoovers' ") and found[1].startswith("'our flat' ")


def test_no_built_in_card_uses_british_idiom_or_assumes_a_shared_home() -> None:
    from game.storage.deck_files import deck_paths, load_decks
    from game.storage.paths import builtin_decks_dir

    decks = load_decks(deck_paths(builtin_decks_dir())).decks
    flagged = [
        f"{each.deck_id}/{each.id}: {message}"
        for one in decks
        for each in one.cards
        for message in plain_findings((each.text, each.quiz or "", each.note, *each.options, *each.followups), each.tags)
    ]
    assert flagged == []


#: American words for British ones: the game writes British English, so a suggestion is never one of these.
AMERICAN_FOR_BRITISH = (
    "cookie",
    "elevator",
    "apartment",
    "roommate",
    "trash",
    "mail",
    "candy",
    "cart",
    "parking lot",
    "line",
    "dish towel",
    "costume party",
    "in the hospital",
    "robe",
    "garbage",
    "sidewalk",
    "restroom",
    "a ride",
)


@pytest.mark.parametrize(("pattern", "instead"), [*REGIONAL, *AMERICAN, *SHARED_HOME])
def test_every_suggestion_is_words_a_british_couple_would_write_that_read_the_same_anywhere(pattern: str, instead: str) -> None:
    suggested = re.findall(r"'([^']+)'", instead)
    assert suggested or not instead, f"{pattern}: a suggestion names its words in quotes, or is left empty"
    for words in suggested:
        american = [word for word in AMERICAN_FOR_BRITISH if re.search(rf"\b{word}s?\b", words, re.IGNORECASE)]
        assert not american, f"{pattern}: {words!r} is American English ({american})"
        idiom = [message for message in plain_findings([words], (LIVES_TOGETHER,)) if "idiom" in message]
        assert not idiom, f"{pattern}: {words!r} is flagged itself"


def test_a_british_word_with_no_word_that_reads_the_same_everywhere_asks_for_it_said_another_way() -> None:
    [message] = plain_findings(["What do you throw in a bin bag first?"], ())
    assert message.startswith("'bin bag' is British idiom") and "say it another way" in message and "write" not in message
    [message] = plain_findings(["Who gave you a lift home?"], ())
    assert "'driving you'" in message and "elevator" not in message
