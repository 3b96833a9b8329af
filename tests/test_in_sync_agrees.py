"""One evening's "in sync" is one number everywhere (tester's evening, item 9): the round summary, Our
story (its line and its chart) and the date night's keepsake count the same moments with the same
function (game.core.scoring.sync_moments) and say what they count."""

from __future__ import annotations

from datetime import datetime, timedelta

from game.core.cards import AnswerType, Kind
from game.core.date_night import DateNight
from game.core.date_night_plan import EveningSetup, History
from game.core.date_night_state import Status
from game.core.keepsake import build_keepsake
from game.core.partner_quiz import QuizBook
from game.core.scoring import in_sync_words
from game.core.session import Phase, SessionConfig
from game.core.session_commands import AnswerPrivately, Complete
from game.services import GameServices
from game.storage.store import Store

WORDS = "In sync on 3 of 5 (60%): scenario predictions and “who's more likely” cards"


def test_summary_our_story_and_keepsake_count_in_sync_the_same_way(data_root, now: datetime) -> None:
    with Store.open(data_root, now) as store:
        services = GameServices(store, data_root, 7, clock=lambda: now)
        couple = services.create_couple([("Zoë", "#c8784f", "she"), ("Kofi", "#4f8cc8", "he")])
        cards = [card for deck in services.decks() if not deck.opt_in for card in deck.cards if not card.spicy and card.level == 1]
        scenarios = [card for card in cards if card.kind is Kind.SCENARIO][:2]
        who = next(card for card in cards if card.answer_type is AnswerType.WHO)
        keys = (scenarios[0].key, who.key, scenarios[1].key)
        handle = services.start(couple, SessionConfig(deck_ids=tuple(sorted({k.deck_id for k in keys})), length=3, cards=keys))
        session = handle.session
        answers = {
            scenarios[0].key: ([1, 2], [2, 1]),  # both predicted right: 2 of 2
            who.key: ("me", "you"),  # both named Zoë: 1 of 1
            scenarios[1].key: ([1, 2], [1, 2]),  # each predicted the other would pick 2; both picked 1: 0 of 2
        }
        while not session.ended:
            card = session.current_card()
            assert session.phase is Phase.PRIVATE, (card.id, session.phase)
            first, second = answers[card.key]
            handle.run(AnswerPrivately(0, first))
            handle.run(AnswerPrivately(1, second))
            handle.run(Complete())
        summary = session.summary()
        services.saves.flush()

        # the round summary
        assert summary.in_sync == (3, 5) and summary.cards_played == 3
        # Our story: the line and the chart
        story = services.story(couple)
        charts = services.story_charts(couple)
        assert story.sync == (3, 5)
        assert charts.in_sync.total == (3, 5)
        # the keepsake of a date night that played the same round
        setup = EveningSetup(minutes=30, depth=3, caps=(3, 3), spicy=(False, False), seed=1)
        decks = {deck.id: deck for deck in services.decks()}
        night = DateNight.plan(setup, decks, {}, QuizBook(), History(), now)
        night.pledge(now)
        night.begin_segment({}, QuizBook(), now)
        assert night.step is not None and night.step.status is Status.ACTIVE
        night.finish_segment(session, now + timedelta(minutes=10))
        card_map = {card.key: card for deck in decks.values() for card in deck.cards}
        memories = store.memories.all(couple.id)
        keepsake = build_keepsake(night.state, couple, memories, card_map, {}, now.date(), 10)
        assert keepsake.sync == (3, 5)
        assert keepsake.cards_played == summary.cards_played
        # and each says the same words
        assert in_sync_words(*summary.in_sync, summary.sync_kinds) == in_sync_words(*story.sync, story.sync_kinds) == WORDS
        assert WORDS in keepsake.scores()
        hits, made = charts.in_sync.total
        assert keepsake.tiles()[-1][1].endswith(f"{hits} of {made}")


def test_a_round_of_scenarios_alone_names_no_who_is_more_likely_card(data_root, now: datetime) -> None:
    """A tester's round dealt two scenarios and no "who's more likely" card, yet its summary and Our story said
    "In sync on 3 of 4 (75%): scenario predictions and 'who's more likely' cards". Each names what it counted."""
    with Store.open(data_root, now) as store:
        services = GameServices(store, data_root, 7, clock=lambda: now)
        couple = services.create_couple([("Shirin", "#c8784f", "she"), ("Noa", "#4f8cc8", "she")])
        cards = [card for deck in services.decks() if not deck.opt_in for card in deck.cards if not card.spicy and card.level == 1]
        scenarios = [card for card in cards if card.kind is Kind.SCENARIO][:2]
        keys = tuple(card.key for card in scenarios)
        handle = services.start(couple, SessionConfig(deck_ids=tuple(sorted({k.deck_id for k in keys})), length=2, cards=keys))
        session = handle.session
        picks = iter([([1, 2], [2, 1]), ([1, 2], [1, 1])])  # 2 of 2, then 1 of 2
        while not session.ended:
            first, second = next(picks)
            handle.run(AnswerPrivately(0, first))
            handle.run(AnswerPrivately(1, second))
            handle.run(Complete())
        summary = session.summary()
        services.saves.flush()
        story = services.story(couple)
        setup = EveningSetup(minutes=30, depth=3, caps=(3, 3), spicy=(False, False), seed=1)
        night = DateNight.plan(setup, {deck.id: deck for deck in services.decks()}, {}, QuizBook(), History(), now)
        night.pledge(now)
        night.begin_segment({}, QuizBook(), now)
        night.finish_segment(session, now + timedelta(minutes=10))
        card_map = {card.key: card for deck in services.decks() for card in deck.cards}
        keepsake = build_keepsake(night.state, couple, store.memories.all(couple.id), card_map, {}, now.date(), 10)
        words = "In sync on 3 of 4 (75%): scenario predictions"
        assert words in keepsake.scores() and not any("more likely" in line for line in keepsake.scores())
        assert in_sync_words(*summary.in_sync, summary.sync_kinds) == words
        assert in_sync_words(*story.sync, story.sync_kinds) == words
