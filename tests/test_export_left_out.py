"""A shared export says how many answers it left out and why — just between us, or beyond the agreed
limits — and never whose limit it was (tester's evening, item 3)."""

from __future__ import annotations

import io
from datetime import datetime

from game import cli
from game.core.cards import AnswerType, Kind
from game.core.limits import Limit
from game.core.memories import MemoryKey
from game.core.session import Phase, SessionConfig
from game.core.session_commands import Answer, Complete
from game.services import GameServices
from game.storage.store import Store
from tests.ui.tour import start


def answered(data_root, now: datetime) -> tuple[MemoryKey, MemoryKey, MemoryKey]:
    with Store.open(data_root, now) as store:
        return answer_three(GameServices(store, data_root, 7, clock=lambda: now))


def answer_three(services: GameServices) -> tuple[MemoryKey, MemoryKey, MemoryKey]:
    """A couple who answered a light card, a second light card (marked just between us) and a deep one; then
    one partner lowered their limit to "up to personal"."""
    couple = (
        services.couples()[0]
        if services.couples()
        else services.create_couple([("Zoë", "#c8784f", "she"), ("Kofi", "#4f8cc8", "he")])
    )
    asks = [
        card
        for deck in services.decks()
        if not deck.opt_in and deck.id != "openers-and-closers"
        for card in deck.cards
        if card.kind is Kind.ASK and card.remembered and card.answer_type is AnswerType.TEXT and not card.spicy
    ]
    light = [card for card in asks if card.level == 1][:2]
    deep = next(card for card in asks if card.level == 3)
    keys = (light[0].key, light[1].key, deep.key)
    handle = services.start(couple, SessionConfig(deck_ids=tuple(sorted({k.deck_id for k in keys})), length=3, cards=keys))
    session = handle.session
    while not session.ended:
        assert session.phase is Phase.ANSWER, session.phase
        handle.run(Answer(f"words for {session.current_card().id}"))
        if session.phase is Phase.REVEAL:
            handle.run(Complete())
    made = {key.card_key: key for key in services.store.memories.all(couple.id)}
    kept, private, deeper = made[light[0].key], made[light[1].key], made[deep.key]
    services.set_private(couple, private, True)
    services.save_limit(couple, 1, Limit(2, False))
    services.saves.flush()
    return kept, private, deeper


def test_the_export_says_how_many_answers_the_agreed_limits_left_out_never_whose(data_root, now, tmp_path):
    answered(data_root, now)
    out, err = io.StringIO(), io.StringIO()
    assert cli.export(data_root, str(tmp_path / "book.html"), now, out, err) == 0, err.getvalue()
    said = out.getvalue()
    assert "1 answer deeper than your agreed limits was left out (add --include-private to keep them)." in said
    assert "1 answer marked just between us was left out (add --include-private to keep them)." in said
    assert "Kofi" not in said and "Zoë" not in said  # whose limit it was is never said
    everything = io.StringIO()
    assert cli.export(data_root, str(tmp_path / "all.json"), now, everything, err, include_private=True) == 0
    assert "left out" not in everything.getvalue()


def test_settings_export_tells_the_couple_what_stayed_out(data_root, now):
    answered(data_root, now)
    with Store.open(data_root, now) as store:
        services = GameServices(store, data_root, 7, clock=lambda: now)
        assert services.left_out_of_exports().sentences() == [
            "1 answer marked just between us was left out.",
            "1 answer deeper than your agreed limits was left out.",
        ]


def test_the_settings_export_toast_says_what_stayed_out(data_root, now, tmp_path):
    p = start(data_root, now)
    try:
        answer_three(p.services)
        p.click("Settings")
        p.click("Export a copy…")
        p.click("Export")
        said = p.shell.ui.toast_text
        assert said.startswith("Saved: ") and "1 answer deeper than your agreed limits was left out." in said
        assert "1 answer marked just between us was left out." in said
        p.screenshot(tmp_path / "exported.png")
    finally:
        p.close()
