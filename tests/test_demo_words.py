"""The sample couple's words (game.demo_words) and the year `kindred demo` plays with them.

The sample is what a couple opens to see later evenings, so everything Amara and Kofi say in words
must be written for its card: their answers, the answers they change to, and their quiz guesses, which
come close or miss. The words name real cards of the game's decks, never a spicy one, and the year
they play keeps within what each round allowed, as the same seed always plays it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest

from game.core.answers import Verdict
from game.core.cards import AnswerType, Card, CardKey
from game.core.date_night_plan import RITUALS
from game.core.dealing import DealFilters
from game.demo import OTHER_DECKS, PLAY_DECKS, MovingClock, make_demo, make_sample_couple, play_year
from game.demo_words import WORDS, takes_words
from game.services import GameServices
from game.storage import playbook_store
from game.storage.deck_files import deck_paths, load_decks
from game.storage.paths import builtin_decks_dir
from game.storage.store import Store
from tests.storage.sample_store import copy_of

NOW = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)
DECKS = load_decks(deck_paths(builtin_decks_dir())).decks
#: The game's own cards: the built-in decks, and the date night's rituals (used where no built-in card fits).
CARDS: dict[CardKey, Card] = {card.key: card for deck in (*DECKS, RITUALS) for card in deck.cards}


@pytest.fixture(scope="module")
def year(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample couple's year, as `kindred demo` makes it."""
    root = tmp_path_factory.mktemp("year") / "data"
    make_demo(root, NOW, weeks=52, seed=1)
    return root


@pytest.fixture
def store(year: Path, tmp_path: Path) -> Iterator[Store]:
    with copy_of(year, tmp_path, NOW) as opened:
        yield opened


def said_in_words(store: Store) -> list[tuple[CardKey, int, object]]:
    """Every answer the couple gave in words, as (card, whose, answer): the turns' and every version kept."""
    out: list[tuple[CardKey, int, object]] = []
    couple = store.couples.all()[0]
    for turn in store.sessions.turns(couple.id):
        key = CardKey(turn["deck_id"], turn["card_id"])
        if not takes_words(CARDS[key]) or turn["kind"] not in ("ask", "both"):
            continue
        if "answer" in turn["outcome"]:
            out.append((key, turn["seat"], turn["outcome"]["answer"]))
        for seat, answer in turn["outcome"].get("answers", {}).items():
            out.append((key, int(seat), answer))
    for memory in store.memories.all(couple.id).values():
        if takes_words(CARDS[memory.key.card_key]):
            out.extend((memory.key.card_key, memory.key.owner, version.answer) for version in memory.history)
    return out


# ---- the words ---------------------------------------------------------------------------------------


def test_the_words_name_cards_of_the_games_own_decks_that_are_answered_in_words_and_never_spicy() -> None:
    assert 60 <= len({key for key in WORDS if key.deck_id != RITUALS.id}) <= 120
    unknown = [str(key) for key in WORDS if key not in CARDS]
    assert unknown == []
    assert [str(key) for key in WORDS if not takes_words(CARDS[key])] == []
    assert [str(key) for key in WORDS if CARDS[key].spicy] == []  # the demo never says yes to spicy cards
    assert len({key.deck_id for key in WORDS}) >= 12  # across the decks


def test_each_partner_answers_every_card_and_a_card_quizzed_later_has_a_close_guess_and_wrong_ones() -> None:
    for key, said in WORDS.items():
        card = CARDS[key]
        for seat in (0, 1):
            lines = said.lines(seat)
            assert lines and all(answer.strip() and len(answer) <= 60 for answer, _ in lines), (key, seat)
            assert len(lines) >= 3 if card.changes else len(lines) == 1, (key, seat)  # a change of mind, or one answer
            assert len(set(said.answers(seat))) == len(lines), (key, seat)
            if card.remembered:
                assert all(near and near.strip() for _, near in lines), (key, seat)
            else:
                assert all(near is None for _, near in lines), (key, seat)  # only revealed: nobody guesses it
        if card.remembered:
            assert len(said.misses) >= 2, key
            assert not set(said.misses) & {*said.answers(0), *said.answers(1)}, key
        else:
            assert said.misses == (), key


def test_a_card_whose_answer_changes_says_the_next_answer_each_time_and_starts_again_after_the_last() -> None:
    said = WORDS[CardKey("favourite-details", "coffee-order")]
    first, second, third = said.answers(1)
    assert said.after(1, None) == first and said.after(1, first) == second and said.after(1, third) == first
    assert said.earlier(1, third) == (first, second) and said.earlier(1, first) == ()
    assert said.near(1, second) != second and said.near(1, "something else") == "something else"


# ---- the year played with them ---------------------------------------------------------------------


def test_every_answer_the_sample_couple_gives_in_words_was_written_for_its_card(store: Store) -> None:
    said = said_in_words(store)
    assert len({key for key, _, _ in said}) >= 60  # most of the words are used in a year
    unwritten = [
        (str(key), seat, answer) for key, seat, answer in said if key not in WORDS or answer not in WORDS[key].answers(seat)
    ]
    assert unwritten == []


def picks(outcome: dict[str, object]) -> Iterator[object]:
    """Every value a turn's outcome holds that was picked from a card's options: an answer, each partner's answers
    (a scenario's own pick and prediction), and a quiz guess."""
    for name in ("answer", "guess"):
        if name in outcome:
            yield outcome[name]
    answers = outcome.get("answers", {})
    for value in answers.values() if isinstance(answers, dict) else ():
        yield from value if isinstance(value, list) else (value,)


def test_every_card_the_year_played_is_still_a_card_and_every_pick_kept_is_one_of_its_options(store: Store) -> None:
    couple = store.couples.all()[0]
    missing: list[str] = []
    off: list[tuple[str, object]] = []
    picked = 0
    for turn in store.sessions.turns(couple.id):
        key = CardKey(turn["deck_id"], turn["card_id"])
        card = CARDS.get(key)
        if card is None:
            missing.append(str(key))
        elif card.answer_type is AnswerType.CHOICE:
            for pick in picks(turn["outcome"]):
                picked += 1
                if pick not in card.options:
                    off.append((str(key), pick))
    for memory in store.memories.all(couple.id).values():
        card = CARDS.get(memory.key.card_key)
        if card is None:
            missing.append(str(memory.key.card_key))
        elif card.answer_type is AnswerType.CHOICE:
            off += [(str(card.key), version.answer) for version in memory.history if version.answer not in card.options]
    assert missing == [] and off == []
    assert picked >= 50  # the year picks from many cards' options: the check looked at something


def test_every_guess_in_words_comes_close_to_the_answer_or_misses_it_as_written_and_is_judged_so(store: Store) -> None:
    couple = store.couples.all()[0]
    memories = store.memories.all(couple.id)
    judged: dict[str, int] = {}
    for review in store.memories.reviews(couple.id):
        key, owner = review.memory.card_key, review.memory.owner
        if not takes_words(CARDS[key]):
            continue
        assert key in WORDS, (str(key), review.guess)
        said = WORDS[key]
        answers = said.answers(owner)
        close = {said.near(owner, answer) for answer in answers}
        assert review.guess in close | set(said.misses) | set(answers), (str(key), review.guess)
        if review.guess in said.misses:
            assert review.verdict is Verdict.NOT_QUITE, (str(key), review.guess)
            judged["missed"] = judged.get("missed", 0) + 1
        elif review.guess in close - set(said.misses):
            assert review.verdict in (Verdict.GOT_IT, Verdict.CLOSE), (str(key), review.guess)
            judged["close"] = judged.get("close", 0) + 1
    assert judged.get("missed", 0) >= 20 and judged.get("close", 0) >= 40
    assert any(len(memory.drift()) > 1 for memory in memories.values())


def test_what_changed_holds_each_partners_own_next_answers_on_cards_whose_answer_changes(store: Store) -> None:
    couple = store.couples.all()[0]
    changed = [m for m in store.memories.all(couple.id).values() if len(m.drift()) > 1 and takes_words(CARDS[m.key.card_key])]
    assert len(changed) >= 4  # What changed has more than the closing ritual's two cards a partner
    for memory in changed:
        said = WORDS[memory.key.card_key]
        assert CARDS[memory.key.card_key].changes, str(memory.key)
        steps = [version.answer for version in memory.drift()]
        assert all(said.after(memory.key.owner, before) == after for before, after in pairwise(steps))


def test_answers_and_guesses_stay_within_what_each_round_allowed_and_none_is_spicy(store: Store) -> None:
    couple = store.couples.all()[0]
    filters = {
        session: DealFilters(**{**json.loads(config)["filters"], "kinds": None})
        for session, config in store.conn.execute("SELECT id, config FROM sessions WHERE couple_id = ?", (couple.id,))
    }
    assert any(f.max_level < 3 for f in filters.values())  # the date nights' lower cap (one partner chose personal)
    turns = store.sessions.turns(couple.id)
    outside = [
        (t["session"], t["deck_id"], t["card_id"])
        for t in turns
        if not filters[t["session"]].consents_to(CARDS[CardKey(t["deck_id"], t["card_id"])])
    ]
    assert outside == [] and len(turns) > 500
    remembered = [memory.key.card_key for memory in store.memories.all(couple.id).values()]
    guessed = [review.memory.card_key for review in store.memories.reviews(couple.id)]
    assert not [str(key) for key in (*remembered, *guessed) if CARDS[key].spicy]


def test_the_year_fills_every_part_of_our_story(store: Store) -> None:
    couple = store.couples.all()[0]
    memories = store.memories.all(couple.id)
    assert all(sum(1 for key in memories if key.owner == seat) > 100 for seat in (0, 1))  # Our memories, each
    reviews = store.memories.reviews(couple.id)
    assert {review.guesser for review in reviews} == {0, 1} and len(reviews) > 300  # Over time and the Love map
    assert len({review.at.date().month for review in reviews}) == 12  # quizzed all year round
    ended = store.conn.execute("SELECT COUNT(*) FROM date_nights WHERE ended_at IS NOT NULL").fetchone()[0]
    assert ended == 13 and len(playbook_store.promises(store, couple.id)) >= 20  # date nights, and their promises
    pages = playbook_store.playbooks(store, couple, DECKS, NOW)
    assert all(len(page.lines) > 20 for page in pages)


def test_every_deck_the_play_rounds_add_comes_in_turn(store: Store) -> None:
    rounds = [
        json.loads(config)["deck_ids"]
        for (config,) in store.conn.execute("SELECT config FROM sessions WHERE mode = 'play' AND date_night_id IS NULL")
    ]
    assert all(deck_ids[: len(PLAY_DECKS)] == list(PLAY_DECKS) for deck_ids in rounds)
    added = [deck_ids[-1] for deck_ids in rounds]
    assert added[: len(OTHER_DECKS)] == list(OTHER_DECKS) and len(rounds) >= 2 * len(OTHER_DECKS)


def test_the_same_seed_plays_the_same_year(store: Store, tmp_path: Path) -> None:
    make_demo(tmp_path / "again", NOW, weeks=52, seed=1)

    def played(opened: Store) -> list[tuple[object, ...]]:
        rows = opened.conn.execute("SELECT session_id, number, seat, kind, deck_id, card_id, outcome, at FROM turns")
        return sorted(rows.fetchall())

    with Store.open(tmp_path / "again", NOW) as again:
        assert played(again) == played(store)


def test_with_decks_not_cut_for_them_they_talk_through_or_pass_the_cards_they_have_no_words_for(tmp_path: Path) -> None:
    """A benchmark plays their year with the game's own services, every card in: what they write is still their own."""
    clock = MovingClock(NOW - timedelta(weeks=8))
    with Store.open(tmp_path / "data", clock.now) as opened:
        services = GameServices(opened, tmp_path / "data", seed=1, clock=clock)
        couple = make_sample_couple(services)
        play_year(services, couple, clock, weeks=8, seed=1)
        services.saves.flush()
        said = said_in_words(opened)
        outcomes = [turn["outcome"] for turn in opened.sessions.turns(couple.id)]
    assert said and [(str(key), answer) for key, seat, answer in said if answer not in WORDS[key].answers(seat)] == []
    assert any(outcome.get("talked") for outcome in outcomes)
