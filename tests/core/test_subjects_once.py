"""Subjects a round meets once: read from a card's own words, held to one a round of twenty, traded never dropped."""

from __future__ import annotations

from collections import Counter

from game.core.card_shapes import ONCE_A_ROUND, shapes
from game.core.cards import Deck, deck_from_data
from game.core.dealing import DealFilters, deal
from game.storage.deck_files import deck_paths, load_decks
from game.storage.paths import builtin_decks_dir

SUBJECTS = ("bedtime", "hidden-habit", "calendar-date", "presents", "sofa-and-screen")


def card(**data: object):
    return deck_from_data({"id": "d", "name": "D", "cards": [{"id": "c", "text": "What?", **data}]}).cards[0]


def test_subjects_are_read_from_the_card_s_own_words_not_its_note() -> None:
    assert shapes(card(text="Who's more likely to share a worry at bedtime, then fall asleep?", answer="who")) >= {"bedtime"}
    assert shapes(card(text="What goes in your basket only when I'm not there to see it?")) == {"hidden-habit"}
    assert shapes(card(text="Which date in the calendar is your favourite?")) == {"calendar-date"}
    assert shapes(card(text="On your birthday, what do you want from me?")) == {"calendar-date"}
    assert shapes(card(text="What date did you plan far harder than you let on?")) == frozenset()
    assert shapes(card(text="A present you don't like: how long do you keep it?")) == {"presents"}
    assert shapes(card(text="If we were a stately home, what would our gift shop sell?")) == frozenset()
    assert shapes(card(text="I fall asleep on you on the sofa. What do you do?")) == {"bedtime", "sofa-and-screen"}
    assert shapes(card(text="What TV theme tune can you still sing?")) == {"sofa-and-screen"}
    assert shapes(card(text="Who hides the good chocolate behind a decoy bar?")) == {"fibs", "hunger"}  # a snack joke too
    assert shapes(card(text="Which mood of mine do you fancy?", note="Half asleep on the sofa.")) == frozenset()
    assert set(SUBJECTS) <= ONCE_A_ROUND


def hand_deck(deck_id: str, texts: list[str]) -> Deck:
    cards = [{"id": f"{deck_id}{i}", "text": text} for i, text in enumerate(texts)]
    return deck_from_data({"id": deck_id, "name": deck_id.title(), "cards": cards})


def test_a_second_bedtime_card_in_a_round_trades_with_a_card_of_a_later_round() -> None:
    """Two bedtime cards that a deal puts in one round of six: one stays, the other is dealt in the next round."""
    bedtime = ["Once I'm asleep and you're not, what do you get up to?", "Who switches off the last light, then runs?"]
    decks = [
        hand_deck("a", [bedtime[0], *(f"Plain a {i}?" for i in range(5))]),
        hand_deck("b", [bedtime[1], *(f"Plain b {i}?" for i in range(5))]),
    ]
    met = 0
    for seed in range(60):
        plain = deal(decks, DealFilters(), seed)  # no round length: the deal's own order, nothing traded
        order = deal(decks, DealFilters(), seed, round_length=6)
        assert sorted(order) == sorted(plain), "a trade never drops a card"
        places = [n for n, key in enumerate(order) if key.card_id in ("a0", "b0")]
        assert len(places) == 2 and places[0] < 6 <= places[1], (seed, order)
        met += sum(1 for n, key in enumerate(plain[:6]) if key.card_id in ("a0", "b0")) == 2
    assert met, "some seed deals both bedtime cards into the first round before the trade"


def test_first_rounds_of_the_built_in_decks_meet_each_subject_at_most_once() -> None:
    """What a new couple has: the decks they need not opt in to, spicy cards off. Before: over these 300 first rounds
    of twenty, two or more cards at bedtime in 24, on calendar dates in 54, of hidden habits in 9, sofa and screen in 9
    (every third of them is dealt here)."""
    decks = [deck for deck in load_decks(deck_paths(builtin_decks_dir())).decks if not deck.opt_in]
    shape = {card.key: shapes(card) for deck in decks for card in deck.cards}
    held = Counter(subject for subjects in shape.values() for subject in subjects & set(SUBJECTS))
    assert all(held[subject] >= 4 for subject in SUBJECTS), held
    for seed in range(0, 300, 3):
        order = deal(decks, DealFilters(), seed, None, 20, True)
        met = Counter(subject for key in order[:20] for subject in shape[key] & set(SUBJECTS))
        assert max(met.values(), default=0) <= 1, (seed, met)


NEW_SUBJECTS = ("burdens", "seen-and-known", "growing-up", "eye-contact")


def test_burdens_being_known_growing_up_and_eye_contact_are_read_from_a_card_s_words() -> None:
    """Readers met each twice in an evening: "level 3 keeps coming back to burdens and release", "the level 3 run
    repeats one theme, being seen and known", "childhood twice", "looking at each other (1 and 7)"."""
    assert shapes(card(text="What are you carrying at the moment that I only see the edge of?")) == {"burdens"}
    assert shapes(card(text="Which part do you play that you'd like to put down when it's just us?")) >= {"burdens"}
    assert shapes(card(text="Each pick three things to wear or carry that would make anyone look like the other.")) == set()
    assert shapes(card(text="Should I catch it, or let it go?")) == frozenset()
    assert shapes(card(text="What do I get about you, without being told?")) == {"seen-and-known"}
    assert shapes(card(text="What did you see in me before I could see it myself?")) == {"seen-and-known"}
    assert shapes(card(text="A friend tells you something 'no one else knows'. How does your face cope?")) == set()
    assert shapes(card(text="What did you believe about yourself at ten that's still true?")) == {"growing-up"}
    assert shapes(card(text="As a child, what nonsense did you tell other children?")) == {"growing-up"}
    assert shapes(card(text="Our flight's at nine in the morning. On three, say when we set off.")) == frozenset()
    assert shapes(card(text="What does your family say instead of 'I love you'?")) == frozenset()
    assert shapes(card(text="Look into each other's eyes for twenty seconds.", kind="action")) >= {"eye-contact"}
    assert shapes(card(text="Close your eyes and describe what I have on.", kind="action")) >= {"eye-contact"}
    assert "eye-contact" not in shapes(card(text="A fortune teller turns over my card, looks at me, and goes quiet."))
    assert set(NEW_SUBJECTS) <= ONCE_A_ROUND


def test_first_evenings_with_spicy_cards_meet_each_of_the_new_subjects_at_most_once() -> None:
    """Before: of these 50 first rounds of twenty (default decks, spicy on), 3 met growing up twice and 4 eye contact
    twice."""
    decks = [deck for deck in load_decks(deck_paths(builtin_decks_dir())).decks if not deck.opt_in]
    shape = {card.key: shapes(card) for deck in decks for card in deck.cards}
    held = Counter(subject for subjects in shape.values() for subject in subjects & set(NEW_SUBJECTS))
    # Being known went down to one card in round sixty-one's mends and none in round sixty-two's (a deep card that
    # said "see in me" now asks what a partner spotted): the dealer still reads it, for a couple's own decks.
    assert all(held[subject] >= 1 for subject in NEW_SUBJECTS if subject != "seen-and-known"), held
    assert sum(held[subject] >= 2 for subject in NEW_SUBJECTS) >= 3, held
    for seed in range(0, 200, 4):
        order = deal(decks, DealFilters(spicy=True), seed, None, 20, True)
        met = Counter(subject for key in order[:20] for subject in shape[key] & set(NEW_SUBJECTS))
        assert max(met.values(), default=0) <= 1, (seed, met)


def test_arguing_is_read_from_a_card_s_words_and_met_once_a_first_evening() -> None:
    """Readers of round sixty-one: "conflict comes up four times, the closing card included", "four touch arguing".
    Before: of 200 first rounds of twenty (default decks, spicy on), 101 met arguing twice or more, 25 three times."""
    assert shapes(card(text="What sentence do you have ready, mid-sulk, long before your pride lets you say it?")) >= {"arguing"}
    assert shapes(card(text="What do you still fancy about me in the middle of an argument?")) >= {"arguing"}
    assert shapes(card(text="After I've said sorry, what makes it properly over for you?")) >= {"arguing"}
    assert "arguing" not in shapes(card(text="Which day deserves made-up traditions of its own?"))
    assert "arguing" not in shapes(card(text="Which habit of mine would you fight to keep?"))
    assert "arguing" in ONCE_A_ROUND
    decks = [deck for deck in load_decks(deck_paths(builtin_decks_dir())).decks if not deck.opt_in]
    shape = {card.key: shapes(card) for deck in decks for card in deck.cards}
    assert sum("arguing" in found for found in shape.values()) >= 30
    for seed in range(0, 200, 4):
        order = deal(decks, DealFilters(spicy=seed % 8 == 0), seed, None, 20, True)
        assert sum("arguing" in shape[key] for key in order[:20]) <= 1, seed


def test_touch_on_demand_and_things_done_on_the_quiet_are_read_from_a_card_s_words() -> None:
    """Readers of round sixty-one: "four touch actions, two of them nearly the same", "card after card asks about
    something secret or unnoticed", "three cards ask what changed since we got together"."""
    touch = "Take my hand, and for thirty seconds, touch it the way you'd like to touch the rest of me."
    assert "touch" in shapes(card(text=touch, kind="action"))
    assert "touch" not in shapes(card(text="Where do you like to be touched most?"))  # talk, not a thing to do now
    assert "touch" not in shapes(card(text="Hum me the song you can't get out of your head.", kind="action"))
    assert "on-the-quiet" in shapes(card(text="What dull little job do I do that you secretly count as a love letter?"))
    assert "on-the-quiet" not in shapes(card(text="Which quiet place would you take me to?"))
    assert "now-and-then" in shapes(card(text="What did you always do your own way, until I came along?"))
    assert {"touch", "on-the-quiet"} <= ONCE_A_ROUND
    decks = [deck for deck in load_decks(deck_paths(builtin_decks_dir())).decks if not deck.opt_in]
    shape = {card.key: shapes(card) for deck in decks for card in deck.cards}
    for seed in range(1, 200, 4):
        order = deal(decks, DealFilters(spicy=True), seed, None, 20, True)
        met = Counter(found for key in order[:20] for found in shape[key] & {"touch", "on-the-quiet"})
        assert max(met.values(), default=0) <= 1, (seed, met)


def first_evenings_meet_once(subject: str, paired: str, seeds: range, least: int) -> None:
    """The default decks hold at least `least` cards of `subject`, and no first evening of `seeds` (spicy on) meets
    it, or `paired`, twice."""
    decks = [deck for deck in load_decks(deck_paths(builtin_decks_dir())).decks if not deck.opt_in]
    shape = {card.key: shapes(card) for deck in decks for card in deck.cards}
    assert sum(subject in found for found in shape.values()) >= least
    for seed in seeds:
        order = deal(decks, DealFilters(spicy=True), seed, None, 20, True)
        met = Counter(found for key in order[:20] for found in shape[key] & {subject, paired})
        assert max(met.values(), default=0) <= 1, (seed, met)


def test_what_gives_you_away_and_our_first_months_are_read_from_a_card_s_words() -> None:
    """Readers of round sixty-two: "'what gave you away' twice", "three 'our early days' cards"."""
    assert "giving-away" in shapes(card(text="When you're worried about me, what gives you away?"))
    assert "giving-away" in shapes(card(text="Look thrilled at a present you hate. I'll say what gave you away.", kind="action"))
    assert "giving-away" not in shapes(card(text="What did you give away that you wish you'd kept?"))
    assert "now-and-then" in shapes(card(text="Which of my moves from our first months deserves a comeback?"))
    assert "giving-away" in ONCE_A_ROUND
    first_evenings_meet_once("giving-away", "now-and-then", range(3, 200, 4), least=4)


def test_what_you_d_love_more_of_and_a_falling_out_are_read_from_a_card_s_words() -> None:
    """Readers of round sixty-two's last set: "cards 15, 17 and 19 are all 'what would you like more of, or to
    try'", and "after a falling-out" was a third card about arguing."""
    assert "wish-list" in shapes(card(text="Each of you: what would you love a bit more of?"))
    assert "wish-list" in shapes(card(text="What would you love the two of us to try, that you've never suggested?"))
    assert "wish-list" in shapes(card(text="Finish this: 'The chapter we're in would be even better with a bit more…'"))
    assert "wish-list" not in shapes(card(text="What do you say you don't much care about, just so I get more of it?"))
    assert "arguing" in shapes(card(text="After a falling-out, what's your sign that you've forgiven me?"))
    assert "wish-list" in ONCE_A_ROUND
    first_evenings_meet_once("wish-list", "arguing", range(1, 200, 5), least=6)


def test_the_theme_of_making_up_and_flirting_moves_are_met_once_a_first_evening() -> None:
    """Readers of round sixty-two: "conflict and repair come up three times" (a white flag, where to sit when upset,
    the one thing not to say after a mistake: only one said "argue"), "three versions of 'your secret flirting move'".
    Before: of 200 first rounds of twenty (default decks, spicy on), 33 in 100 met two cards tagged `repair` or about
    arguing, 3 three; 9 in 100 two flirting cards."""
    assert "mending" in shapes(card(text="Where should I sit when you're upset with me?", tags=["repair"]))
    assert "mending" not in shapes(card(text="Where should I sit when you're upset with me?", tags=["signals"]))
    assert "flirting" in shapes(card(text="When did you last flirt with me, just to see if it worked?"))
    assert "flirting" in shapes(card(text="What's your opening move when you want me to notice you?"))
    assert "flirting" in shapes(card(text="Which of my moves from our first months deserves a comeback?"))
    assert "flirting" not in shapes(card(text="A fortune teller turns over my card and goes quiet. What's your move?"))
    assert {"mending", "flirting"} <= ONCE_A_ROUND
    decks = [deck for deck in load_decks(deck_paths(builtin_decks_dir())).decks if not deck.opt_in]
    shape = {card.key: shapes(card) for deck in decks for card in deck.cards}
    assert sum("mending" in found for found in shape.values()) >= 30
    # A preference where the deal allows: the theme has sixty cards, and three or four first rounds in 300 find no
    # round to send a second card to (seeds 51 and 141 of these forty, since round sixty-four's mends).
    twice = []
    for seed in range(1, 200, 5):
        order = deal(decks, DealFilters(spicy=True), seed, None, 20, True)[:20]
        met = Counter(s for key in order for s in shape[key] & {"mending", "flirting", "arguing"})
        assert max(met.values(), default=0) <= 2, (seed, met)
        twice += [(seed, met)] if max(met.values(), default=0) == 2 else []
    assert len(twice) <= 2, twice
