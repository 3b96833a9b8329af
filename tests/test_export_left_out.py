"""A shared export says how many answers it left out and why — just between us, or beyond the agreed
limits — and never whose limit it was (tester's evening, item 3): answers too deep and answers to
spicy cards are one count, since "answers to spicy cards were left out" beside Settings' "Offer spicy
cards: On" tells the partner who said yes that the other said no."""

from __future__ import annotations

import io
from datetime import datetime

from game import cli
from game.core.cards import AnswerType, Kind
from game.core.dealing import DealFilters
from game.core.limits import Limit
from game.core.memories import MemoryKey
from game.core.session import Phase, SessionConfig
from game.core.session_commands import Answer, Complete
from game.services import GameServices
from game.storage.store import Store
from tests.ui.tour import start


def answered(data_root, now: datetime) -> tuple[MemoryKey, MemoryKey, MemoryKey, MemoryKey]:
    with Store.open(data_root, now) as store:
        return answer_four(GameServices(store, data_root, 7, clock=lambda: now))


def answer_four(services: GameServices) -> tuple[MemoryKey, MemoryKey, MemoryKey, MemoryKey]:
    """With Settings' "Offer spicy cards" on, a couple who answered a light card, a second light card (marked just
    between us), a deep one and a spicy one; then one partner lowered their limit to "up to personal, no spicy"."""
    couple = (
        services.couples()[0]
        if services.couples()
        else services.create_couple([("Zoë", "#c8784f", "she"), ("Kofi", "#4f8cc8", "he")])
    )
    services.save_setting("spicy", True)
    asks = [
        card
        for deck in services.decks()
        if deck.id != "openers-and-closers"
        for card in deck.cards
        if card.kind is Kind.ASK and card.remembered and card.answer_type is AnswerType.TEXT
    ]
    light = [card for card in asks if card.level == 1 and not card.spicy][:2]
    deep = next(card for card in asks if card.level == 3 and not card.spicy)
    spicy = next(card for card in asks if card.level <= 2 and card.spicy)
    keys = (light[0].key, light[1].key, deep.key, spicy.key)
    filters = DealFilters(max_level=3, spicy=True)  # both said yes to everything, then
    config = SessionConfig(deck_ids=tuple(sorted({k.deck_id for k in keys})), length=4, cards=keys, filters=filters)
    handle = services.start(couple, config)
    session = handle.session
    while not session.ended:
        assert session.phase is Phase.ANSWER, session.phase
        handle.run(Answer(f"words for {session.current_card().id}"))
        if session.phase is Phase.REVEAL:
            handle.run(Complete())
    made = {key.card_key: key for key in services.store.memories.all(couple.id)}
    kept, private, deeper, spicier = made[light[0].key], made[light[1].key], made[deep.key], made[spicy.key]
    services.set_private(couple, private, True)
    services.save_limit(couple, 0, Limit(3, True))
    services.save_limit(couple, 1, Limit(2, False))
    services.saves.flush()
    return kept, private, deeper, spicier


#: Words that would say which limit kept an answer out, and so, to the partner who said yes, whose it was.
WHICH = ("spicy", "deeper", "deep ")


def test_the_export_says_how_many_answers_the_agreed_limits_left_out_never_whose(data_root, now, tmp_path):
    answered(data_root, now)
    out, err = io.StringIO(), io.StringIO()
    assert cli.export(data_root, str(tmp_path / "book.html"), now, out, err) == 0, err.getvalue()
    said = out.getvalue()
    assert "2 answers beyond what you've both agreed to were left out (add --include-private to keep them)." in said
    assert "1 answer marked just between us was left out (add --include-private to keep them)." in said
    assert "Kofi" not in said and "Zoë" not in said  # whose limit it was is never said
    assert not any(word in said for word in WHICH)  # nor which, which would say whose
    everything = io.StringIO()
    assert cli.export(data_root, str(tmp_path / "all.json"), now, everything, err, include_private=True) == 0
    assert "left out" not in everything.getvalue()


def test_settings_export_tells_the_couple_what_stayed_out(data_root, now):
    answered(data_root, now)
    with Store.open(data_root, now) as store:
        services = GameServices(store, data_root, 7, clock=lambda: now)
        assert services.left_out_of_exports().sentences() == [
            "1 answer marked just between us was left out.",
            "2 answers beyond what you've both agreed to were left out.",
        ]


def test_the_settings_export_toast_says_what_stayed_out(data_root, now, tmp_path):
    p = start(data_root, now)
    try:
        answer_four(p.services)
        p.click("Settings")
        assert p.services.settings()["spicy"]  # the toast shows beside "Offer spicy cards", on
        p.click("Export a copy…")
        p.click("Export")
        said = p.scene.detail
        assert said.startswith("Saved") and "2 answers beyond what you've both agreed to were left out." in said
        assert "1 answer marked just between us was left out." in said
        assert not any(word in said for word in WHICH)
        p.screenshot(tmp_path / "exported.png")
    finally:
        p.close()
