"""The playbook and promises in the store (issue 15): hidden lines and promise words kept (store V8) and sealed
under a passphrase, the playbook in the JSON export and as a printable page per partner in Our book; the demo's
sample couple is played by the real rules, marked, and removed like any couple."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from game.core.memories import MemoryKey
from game.core.promises import Outcome
from game.demo import SAMPLE_SETTING, is_sample
from game.storage import playbook_store
from game.storage.deck_files import deck_paths, load_decks
from game.storage.exporting import export_data, export_text
from game.storage.migrations import LATEST
from game.storage.paths import DB_NAME, builtin_decks_dir
from game.storage.store import Store
from tests.storage.sample_store import copy_of, make_sample

NOW = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)
DECKS = load_decks(deck_paths(builtin_decks_dir())).decks


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Ten weeks of the sample couple's play, made once for this file."""
    return make_sample(tmp_path_factory, "sample", NOW, seed=3)


@pytest.fixture
def store(sample: Path, tmp_path: Path) -> Iterator[Store]:
    """A private copy of the sample store for each test."""
    with copy_of(sample, tmp_path, NOW) as opened:
        yield opened


def test_the_store_is_at_version_8_with_the_playbook_tables(store: Store) -> None:
    assert LATEST >= 8 and store.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    tables = {row[0] for row in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"playbook_hidden", "promise_outcomes"} <= tables


def test_the_demo_couple_is_marked_and_played_by_the_real_rules(store: Store) -> None:
    couple = store.couples.all()[0]
    assert is_sample(store, couple) and store.settings.read(couple.id)[SAMPLE_SETTING] is True
    memories = store.memories.all(couple.id)
    assert len(memories) > 40 and store.memories.reviews(couple.id)  # dozens of answers given, and quizzed later
    assert {memory.key.owner for memory in memories.values()} == {0, 1}
    evenings = store.conn.execute("SELECT COUNT(*) FROM date_nights WHERE ended_at IS NOT NULL").fetchone()[0]
    assert evenings == 2
    spread = {memory.created_at.date() for memory in memories.values()}
    assert max(spread) - min(spread) >= timedelta(weeks=8)  # made over weeks by a moving clock, not in one go
    assert playbook_store.promises(store, couple.id)  # the closing ritual's small things


def test_a_hidden_line_stays_hidden_and_leaves_the_export(store: Store) -> None:
    couple = store.couples.all()[0]
    first = playbook_store.playbooks(store, couple, DECKS, NOW)[1].lines[0]
    playbook_store.set_line_hidden(store, couple.id, first.key, True, NOW)
    assert playbook_store.hidden_lines(store, couple.id) == {first.key}
    window = playbook_store.playbooks(store, couple, DECKS, NOW, keep_hidden=True)[1]
    assert next(line for line in window.lines if line.key == first.key).hidden
    exported = export_data(store, DECKS, NOW, include_private=False)["couples"][0]["playbook"][1]
    ids = [line["id"] for section in exported["sections"] for line in section["lines"]]
    assert first.id not in ids and ids
    playbook_store.set_line_hidden(store, couple.id, first.key, False, NOW)
    assert playbook_store.hidden_lines(store, couple.id) == set()


def test_just_between_us_enters_the_window_only_when_both_say_yes_and_never_a_shared_export(store: Store) -> None:
    couple = store.couples.all()[0]
    line = playbook_store.playbooks(store, couple, DECKS, NOW)[0].lines[0]
    store.memories.set_private(couple.id, line.key, True)
    assert line.key not in {li.key for li in playbook_store.playbooks(store, couple, DECKS, NOW)[0].lines}
    playbook_store.set_private_choice(store, couple.id, 0, True)
    assert line.key not in {li.key for li in playbook_store.playbooks(store, couple, DECKS, NOW)[0].lines}  # one yes is not enough
    playbook_store.set_private_choice(store, couple.id, 1, True)
    assert line.key in {li.key for li in playbook_store.playbooks(store, couple, DECKS, NOW)[0].lines}
    shared = export_data(store, DECKS, NOW, include_private=False)["couples"][0]["playbook"][0]
    assert line.id not in [li["id"] for section in shared["sections"] for li in section["lines"]]
    everything = export_data(store, DECKS, NOW, include_private=True)["couples"][0]["playbook"][0]
    assert line.id in [li["id"] for section in everything["sections"] for li in section["lines"]]


def test_a_promise_word_is_kept_and_sealed_under_a_passphrase(store: Store) -> None:
    couple = store.couples.all()[0]
    promise = playbook_store.promises(store, couple.id)[-1]
    playbook_store.answer_promise(store, couple.id, promise, Outcome.LET_GO, NOW)
    key = MemoryKey(1, "each-others-back", "brutal-day-at-work")
    playbook_store.set_line_hidden(store, couple.id, key, True, NOW)
    store.locks.set_passphrase(couple.id, "a long walk by the river", NOW)
    raw = (
        store.conn.execute("SELECT outcome FROM promise_outcomes").fetchall()
        + store.conn.execute("SELECT line FROM playbook_hidden").fetchall()
    )
    assert raw and not any("let_go" in value or "brutal-day" in value for (value,) in raw)
    assert playbook_store.hidden_lines(store, couple.id) == {key}
    said = next(p for p in playbook_store.promises(store, couple.id) if p.made_at == promise.made_at and p.owner == promise.owner)
    assert said.outcome is Outcome.LET_GO
    store.locks.remove_passphrase(couple.id)
    assert ("let_go",) in store.conn.execute("SELECT outcome FROM promise_outcomes").fetchall()


def test_our_book_has_a_printable_playbook_page_per_partner_and_no_script(store: Store) -> None:
    page = export_text(store, DECKS, NOW, include_private=False, book=True)
    couple = store.couples.all()[0]
    for seat in (0, 1):
        assert f'<section class="playbook" id="playbook-{couple.id}-{seat}">' in page
        assert f"Having <bdi>{couple.name(seat)}</bdi>&#x27;s back" in page
    assert "<script" not in page.lower() and "break-before: page" in page
    data = json.loads(export_text(store, DECKS, NOW, include_private=False, book=False))
    assert [book["name"] for book in data["couples"][0]["playbook"]] == [couple.name(0), couple.name(1)]
    assert all("made_at" in promise for promise in data["couples"][0]["promises"])


def test_the_sample_couple_is_removed_like_any_couple_with_its_playbook_rows(store: Store) -> None:
    couple = store.couples.all()[0]
    promise = playbook_store.promises(store, couple.id)[0]
    playbook_store.answer_promise(store, couple.id, promise, Outcome.DONE, NOW)
    playbook_store.set_line_hidden(store, couple.id, MemoryKey(0, "signals", "x"), True, NOW)
    store.couples.delete(couple.id)
    assert store.couples.all() == []
    for table in ("memories", "sessions", "date_nights", "playbook_hidden", "promise_outcomes"):
        assert store.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0, table
    assert (store.root / DB_NAME).exists()


def test_the_export_writes_names_without_the_isolates_the_screen_adds(store: Store) -> None:
    """Playtest B, finding 15: the JSON export's playbook prompts carried U+2068…U+2069 around a right-to-left
    name (the screen's way to keep it from moving the sentence) while the titles beside them did not."""
    couple = store.couples.all()[0]
    store.couples.rename_player(couple.id, 0, "سارا\u200cجان", couple.player(0).color)
    store.couples.rename_player(couple.id, 1, "שירה", couple.player(1).color)
    couple = store.couples.get(couple.id)
    on_screen = [line.prompt for book in playbook_store.playbooks(store, couple, DECKS, NOW) for line in book.lines]
    assert any("\u2068سارا\u200cجان\u2069" in prompt for prompt in on_screen)  # the window still isolates the name
    exported = export_data(store, DECKS, NOW, include_private=False)["couples"][0]["playbook"]
    prompts = [line["prompt"] for book in exported for section in book["sections"] for line in section["lines"]]
    assert len(prompts) == len(on_screen)
    assert [prompt.replace("\u2068", "").replace("\u2069", "") for prompt in on_screen] == prompts
    assert any("سارا\u200cجان" in prompt for prompt in prompts) and any("שירה" in prompt for prompt in prompts)
    for book in (False, True):
        text = export_text(store, DECKS, NOW, include_private=False, book=book)
        assert "\u2068" not in text and "\u2069" not in text


OUR_DECK = """format: 1
id: sofa-nights
name: Sofa nights
cards:
  - id: card
    kind: scenario
    text: اگر کسی در مهمانی با من بی‌ادبی کند، دوست داری تو چه کار کنی؟
    options:
      - همان‌جا جوابش را بدهی
      - بعداً با من حرف بزنی
"""


def test_our_book_s_page_for_a_partner_holds_the_couple_s_own_have_each_other_s_back_card(data_root: Path) -> None:
    """Playtest C, finding 13: Noa answered the couple's own Have each other's back card (written in Deck studio,
    with no tags), and her "Having Noa's back" page in Our book said "Nothing here yet"."""
    from game.core.cards import CardKey
    from game.core.session import SessionConfig
    from game.core.session_commands import AnswerPrivately, Complete
    from game.services import GameServices
    from game.storage.paths import user_decks_dir
    from game.storage.playbook_page import EMPTY

    user_decks_dir(data_root).mkdir(parents=True)
    (user_decks_dir(data_root) / "sofa-nights.yaml").write_text(OUR_DECK, encoding="utf-8")
    with Store.open(data_root, NOW) as store:
        services = GameServices(store, data_root, 3, clock=lambda: NOW)
        couple = services.create_couple([("Noa", "#c8593f"), ("Darius", "#4f8a4b")])
        card = CardKey("sofa-nights", "card")
        handle = services.start(couple, SessionConfig(deck_ids=(card.deck_id,), length=1, cards=(card,), quizzes=False))
        handle.run(AnswerPrivately(0, ["بعداً با من حرف بزنی", "همان‌جا جوابش را بدهی"]))
        handle.run(AnswerPrivately(1, ["همان‌جا جوابش را بدهی", "بعداً با من حرف بزنی"]))
        handle.run(Complete())
        page = export_text(store, services.decks(), NOW, include_private=False, book=True)
    noa = page[page.index(f'id="playbook-{couple.id}-0"') :]
    noa = noa[: noa.index("</section>")]
    assert '<h3 dir="auto">When Noa needs backing up</h3>' in noa
    assert "<bdi>بعداً با من حرف بزنی</bdi>" in noa and "همان‌جا جوابش" not in noa  # her own pick, not her guess
    assert EMPTY not in noa
