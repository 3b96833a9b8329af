"""The SQLite store: exact Unicode, resumable sessions, undo, settings, export, permissions,
corrupt files set aside, newer stores left alone, migrations (docs/ARCHITECTURE.md, quality bars)."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from game.core.answers import Verdict
from game.core.cards import WHO_VALUES, AnswerType, Card, CardKey, Deck, Kind, deck_from_data
from game.core.events import Event
from game.core.memories import MemoryKey
from game.core.partner_quiz import QuizBook
from game.core.players import Couple
from game.core.session import Mode, Phase, Session, SessionConfig
from game.storage.deck_files import deck_paths, load_decks
from game.storage.migrations import LATEST, MIGRATIONS
from game.storage.paths import DB_NAME, builtin_decks_dir
from game.storage.store import Store, StoreBusy, StoreError
from game.storage.store_export import export_all

NAMES = [
    ("Zoë", "#c8784f"),
    ("Nguyễn Thị Ánh", "#4f8cc8"),
    ("Łukasz", "#7a4fc8"),
    ("👩🏽‍🤝‍👩🏻", "#c84f6e"),
    ("ليلى عبد الرحمن", "#4fc87a"),  # Arabic, right to left
    ("Noa \u202bשָׁלוֹם\u202c and 李小龍", "#888888"),  # bidi embedding marks inside, Hebrew points, CJK
]
LONG_ANSWER = ("Ünïcødé ✨ مرحبا 👩🏽‍🤝‍👩🏻 Łódź — " * 400)[:10_000]


@pytest.fixture
def store(data_root: Path, now: datetime) -> Iterator[Store]:
    opened = Store.open(data_root, now)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def builtin() -> dict[str, Deck]:
    decks = load_decks(deck_paths(builtin_decks_dir())).decks
    assert decks, "the built-in decks did not load"
    return {deck.id: deck for deck in decks}


def couple_of(store: Store, now: datetime, first: int = 0, second: int = 1) -> Couple:
    return store.couples.create([NAMES[first], NAMES[second]], now)


TEXT_DECK = deck_from_data(
    {
        "id": "t",
        "name": "T",
        "cards": [{"id": f"q{i}", "text": f"Question {i}?", "quiz": "What did {name} say?"} for i in range(30)]
        + [{"id": "b", "kind": "both", "text": "Both?", "quiz": "q"}, {"id": "act", "kind": "action", "text": "Do it"}],
    }
)


def new_session(decks: dict[str, Deck], *, deck_ids: tuple[str, ...], length: int | None = 12, seed: int = 3) -> Session:
    return Session(SessionConfig(deck_ids=deck_ids, length=length, seed=seed), decks, {}, QuizBook())


def fitting(card: Card, n: int) -> Any:
    """An answer that fits the card."""
    return {
        AnswerType.TEXT: f"answer {n}: ça va — 👍",
        AnswerType.CHOICE: 1 + n % len(card.options or ("x",)),
        AnswerType.DATE: ["03-14", "12-31", "Feb 29", "2001-07-04"][n % 4],
        AnswerType.NUMBER: n * 3,
        AnswerType.SCALE: 1 + n % 10,
        AnswerType.WHO: WHO_VALUES[n % len(WHO_VALUES)],
    }[card.answer_type]


def play_step(session: Session, n: int, now: datetime) -> list[Event]:
    """One sensible command for whatever is on the table."""
    turn = session.current
    assert turn is not None
    card = session.current_card()
    if session.phase is Phase.GUESS:
        return session.guess(fitting(card, n + 1), now)
    if session.phase is Phase.JUDGE:
        return session.judge(list(Verdict)[n % 3], now)
    if session.phase is Phase.PRIVATE:
        seat = min({0, 1} - set(session.state.private))
        value = [fitting(card, n), fitting(card, n + seat)] if card.kind is Kind.SCENARIO else fitting(card, n + seat)
        return session.answer_privately(seat, value, now)
    if session.phase is Phase.ANSWER and card.kind is Kind.ASK and card.remembered:
        return session.answer(fitting(card, n), now)
    return session.complete(now)


def tables(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """What the store holds about memories, quizzes and turns (ids left out where they are arbitrary)."""
    conn = store.conn
    return {
        "memories": conn.execute("SELECT couple_id, owner, deck_id, card_id, private FROM memories ORDER BY 1, 2, 3, 4").fetchall(),
        "versions": conn.execute(
            "SELECT m.owner, m.deck_id, m.card_id, v.seq, v.answer, v.at FROM memory_versions v "
            "JOIN memories m ON m.id = v.memory_id ORDER BY 1, 2, 3, 4"
        ).fetchall(),
        "schedules": conn.execute(
            "SELECT m.owner, m.deck_id, m.card_id, s.guesser, s.card, s.due FROM schedules s JOIN memories m ON m.id = s.memory_id "
            "ORDER BY 1, 2, 3, 4"
        ).fetchall(),
        "reviews": conn.execute(
            "SELECT m.owner, m.deck_id, m.card_id, r.guesser, r.guess, r.verdict, r.at FROM reviews r "
            "JOIN memories m ON m.id = r.memory_id ORDER BY 1, 2, 3, 4, 7"
        ).fetchall(),
        "turns": conn.execute("SELECT * FROM turns ORDER BY session_id, number").fetchall(),
    }


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# ---- Unicode, exactly ------------------------------------------------------------------------


def test_any_unicode_name_comes_back_exactly(data_root: Path, now: datetime) -> None:
    with Store.open(data_root, now) as store:
        made = [store.couples.create([NAMES[i], NAMES[(i + 1) % len(NAMES)]], now) for i in range(len(NAMES))]
    with Store.open(data_root, now) as store:
        assert store.couples.all() == made
        for couple, i in zip(store.couples.all(), range(len(NAMES)), strict=True):
            assert (couple.name(0), couple.name(1)) == (NAMES[i][0], NAMES[(i + 1) % len(NAMES)][0])
            assert couple.partner_of(0) == couple.player(1)


def test_a_renamed_player_keeps_the_new_name_exactly(data_root: Path, now: datetime) -> None:
    with Store.open(data_root, now) as store:
        couple = couple_of(store, now)
        store.couples.rename_player(couple.id, 1, "Ánh 🌸", "#123456")
    with Store.open(data_root, now) as store:
        assert store.couples.get(couple.id).player(1).name == "Ánh 🌸"
        assert store.couples.get(couple.id).player(0).name == NAMES[0][0]


def test_a_couple_is_two_players(store: Store, now: datetime) -> None:
    with pytest.raises(StoreError, match="two players"):
        store.couples.create([NAMES[0]], now)
    with pytest.raises(StoreError, match="no couple"):
        store.couples.get(99)


@pytest.mark.parametrize(
    "answer",
    [
        LONG_ANSWER,
        "ليلى تحب القهوة في الصباح",
        "👩🏽‍🤝‍👩🏻 + 🏳️‍🌈 = ❤️",
        "line one\nline two\ttabbed \u200d zero-width joiner",
        'quotes " \' \\ and {"json": true}',
    ],
)
def test_any_unicode_answer_comes_back_exactly(data_root: Path, now: datetime, answer: str) -> None:
    with Store.open(data_root, now) as store:
        couple = couple_of(store, now, 3, 4)
        session = new_session({"t": TEXT_DECK}, deck_ids=("t",))
        first = session.begin(now)
        session_id = store.sessions.start(couple.id, session, now, first)
        while not (session.current and session.current_card().kind is Kind.ASK):
            store.sessions.record(couple.id, session_id, session, play_step(session, 0, now), now)
        owner = session.state.active
        card = session.current_card()
        store.sessions.record(couple.id, session_id, session, session.answer(answer, now), now)
    with Store.open(data_root, now) as store:
        memory = store.memories.all(couple.id)[MemoryKey(owner, "t", card.id)]
        assert memory.answer == answer
        assert len(str(memory.answer)) == len(answer)
        assert store.sessions.turns(couple.id)[-1]["outcome"] == {"answer": answer}


# ---- a whole session, recorded and resumed --------------------------------------------------


@pytest.mark.parametrize("stop_after", [7, 12, 19])
def test_a_recorded_session_resumes_at_the_same_turn(
    data_root: Path, now: datetime, builtin: dict[str, Deck], stop_after: int
) -> None:
    deck_ids = ("each-others-back", "important-dates", "favourite-details", "openers-and-closers")
    with Store.open(data_root, now) as store:
        couple = couple_of(store, now, 0, 5)
        session = new_session(builtin, deck_ids=deck_ids, length=None, seed=stop_after)
        session_id = store.sessions.start(couple.id, session, now, session.begin(now, store.sessions.recently_seen(couple.id)))
        for n in range(stop_after):
            store.sessions.record(
                couple.id, session_id, session, play_step(session, n, now + timedelta(minutes=n)), now + timedelta(minutes=n)
            )
        # a different evening would not resume; the store gives the same session back
    with Store.open(data_root, now) as store:
        found = store.sessions.unfinished(couple.id)
        assert found is not None and found.id == session_id
        assert found.config == session.config
        again = Session(
            found.config, builtin, store.memories.all(couple.id), store.memories.quizbook(couple.id), found.state, found.undo
        )
        assert again.begin(now) == []
        assert again.current == session.current and again.phase == session.phase
        assert again.to_json() == session.to_json()
        assert again.memories == session.memories
        assert dict(again.quizbook.items()) == dict(session.quizbook.items())
        # both play on identically, and the store keeps up
        for n in range(stop_after, stop_after + 8):
            moment = now + timedelta(minutes=n)
            events = play_step(again, n, moment)
            assert events == play_step(session, n, moment)
            store.sessions.record(couple.id, session_id, again, events, moment)
        assert store.memories.all(couple.id) == again.memories
        assert [turn["number"] for turn in store.sessions.turns(couple.id)] == [turn.number for turn in again.state.completed]


def test_a_session_recorded_to_its_end_is_no_longer_open(store: Store, now: datetime) -> None:
    couple = couple_of(store, now)
    session = new_session({"t": TEXT_DECK}, deck_ids=("t",), length=3)
    session_id = store.sessions.start(couple.id, session, now, session.begin(now))
    n = 0
    while not session.ended:
        store.sessions.record(couple.id, session_id, session, play_step(session, n, now), now)
        n += 1
    assert store.sessions.unfinished(couple.id) is None
    assert len(store.sessions.turns(couple.id)) == 3
    assert export_all(store)["couples"][0]["sessions"][0]["ended_at"] is not None


def test_an_abandoned_session_is_not_offered_again(store: Store, now: datetime) -> None:
    couple = couple_of(store, now)
    session = new_session({"t": TEXT_DECK}, deck_ids=("t",))
    session_id = store.sessions.start(couple.id, session, now, session.begin(now))
    assert store.sessions.unfinished(couple.id) is not None
    store.sessions.abandon(session_id, now)
    assert store.sessions.unfinished(couple.id) is None


def test_cards_played_or_passed_are_remembered_as_seen(store: Store, now: datetime) -> None:
    couple = couple_of(store, now)
    session = new_session({"t": TEXT_DECK}, deck_ids=("t",))
    session_id = store.sessions.start(couple.id, session, now, session.begin(now))
    first = session.current
    assert first is not None
    store.sessions.record(couple.id, session_id, session, session.pass_card(now), now)
    second = session.current
    assert second is not None
    later = now + timedelta(minutes=5)
    store.sessions.record(couple.id, session_id, session, play_step(session, 0, later), later)
    seen = store.sessions.recently_seen(couple.id)
    assert seen == {first.card: now, second.card: later}


# ---- undo, in the database --------------------------------------------------------------------


def recorded(store: Store, now: datetime, decks: dict[str, Deck] | None = None, **config: Any) -> tuple[Couple, int, Session]:
    couple = couple_of(store, now)
    session = Session(
        SessionConfig(**config), decks or {"t": TEXT_DECK}, store.memories.all(couple.id), store.memories.quizbook(couple.id)
    )
    session_id = store.sessions.start(couple.id, session, now, session.begin(now))
    return couple, session_id, session


def test_undo_of_an_answer_removes_the_memory_its_schedule_and_the_turn(store: Store, now: datetime) -> None:
    couple, session_id, session = recorded(store, now, deck_ids=("t",), seed=1)
    while not (session.current and session.current_card().kind is Kind.ASK):
        store.sessions.record(couple.id, session_id, session, play_step(session, 0, now), now)
    before = tables(store)
    store.sessions.record(couple.id, session_id, session, session.answer("the sea", now), now)
    assert tables(store) != before
    store.sessions.record(couple.id, session_id, session, session.undo(now), now)
    assert tables(store) == before
    assert store.memories.all(couple.id) == session.memories


def test_undo_of_a_judgement_removes_the_review_and_restores_the_schedule(store: Store, now: datetime) -> None:
    # an earlier evening made a memory; tonight's quiz is on it
    couple, session_id, session = recorded(store, now, deck_ids=("t",), seed=2, length=1)
    store.sessions.record(couple.id, session_id, session, play_step(session, 0, now), now)
    while not session.ended:
        store.sessions.record(couple.id, session_id, session, play_step(session, 1, now), now)
    assert store.memories.all(couple.id)
    later = now + timedelta(days=30)
    session = Session(
        SessionConfig(mode=Mode.QUIZ, deck_ids=("t",), length=None),
        {"t": TEXT_DECK},
        store.memories.all(couple.id),
        store.memories.quizbook(couple.id),
    )
    session_id = store.sessions.start(couple.id, session, later, session.begin(later))
    assert session.phase is Phase.GUESS
    store.sessions.record(couple.id, session_id, session, session.guess("a guess", later), later)
    before = tables(store)
    store.sessions.record(couple.id, session_id, session, session.judge(Verdict.CLOSE, later), later)
    after = tables(store)
    assert len(after["reviews"]) == len(before["reviews"]) + 1 and after["schedules"] != before["schedules"]
    store.sessions.record(couple.id, session_id, session, session.undo(later), later)
    assert tables(store) == before
    assert store.memories.reviews(couple.id) == []


def test_undo_of_thats_changed_removes_the_new_version(store: Store, now: datetime) -> None:
    couple, session_id, session = recorded(store, now, deck_ids=("t",), seed=1)
    while not (session.current and session.current_card().kind is Kind.ASK):
        store.sessions.record(couple.id, session_id, session, play_step(session, 0, now), now)
    owner, card = session.state.active, session.current_card()
    store.sessions.record(couple.id, session_id, session, session.answer("tea", now), now)
    key = MemoryKey(owner, "t", card.id)
    before = tables(store)
    later = now + timedelta(minutes=3)
    store.sessions.record(couple.id, session_id, session, session.update_memory(key, "coffee", later), later)
    assert [v.answer for v in store.memories.all(couple.id)[key].history] == ["tea", "coffee"]
    store.sessions.record(couple.id, session_id, session, session.undo(later), later)
    assert tables(store) == before
    assert [v.answer for v in store.memories.all(couple.id)[key].history] == ["tea"]


def test_undo_of_a_revealed_both_card_removes_both_memories(store: Store, now: datetime) -> None:
    couple, session_id, session = recorded(store, now, deck_ids=("t",), seed=1)
    while not (session.current and session.current_card().kind is Kind.BOTH):
        store.sessions.record(couple.id, session_id, session, session.pass_card(now), now)
    store.sessions.record(couple.id, session_id, session, session.answer_privately(0, "mine", now), now)
    before = tables(store)
    store.sessions.record(couple.id, session_id, session, session.answer_privately(1, "yours", now), now)
    assert len(tables(store)["memories"]) == len(before["memories"]) + 2
    store.sessions.record(couple.id, session_id, session, session.undo(now), now)
    assert tables(store) == before


# ---- settings and export ------------------------------------------------------------------------


SETTINGS = {
    "theme": "dark",
    "volume": 0.35,
    "session_length": 20,
    "reduced_motion": True,
    "nothing": None,
    "decks": ["best-friends", "signals"],
    "note": {"text": "Zoë’s 🌙 note", "nested": [1, 2.5, False]},
}


def test_settings_round_trip_for_the_game_and_for_each_couple(data_root: Path, now: datetime) -> None:
    with Store.open(data_root, now) as store:
        couple = couple_of(store, now)
        for key, value in SETTINGS.items():
            store.settings.save(key, value)
        store.settings.save("theme", "warm", couple.id)
        store.settings.save("volume", 0.1)  # saved again: the new value wins
    with Store.open(data_root, now) as store:
        assert store.settings.read() == {**SETTINGS, "volume": 0.1}
        assert store.settings.read(couple.id) == {"theme": "warm"}


def test_deleting_a_couple_removes_its_settings_and_data(store: Store, now: datetime) -> None:
    couple, session_id, session = recorded(store, now, deck_ids=("t",))
    store.settings.save("theme", "dark", couple.id)
    for n in range(4):
        store.sessions.record(couple.id, session_id, session, play_step(session, n, now), now)
    keep = couple_of(store, now, 2, 3)
    store.couples.delete(couple.id)
    assert store.couples.all() == [keep]
    assert store.settings.read(couple.id) == {} and store.memories.all(couple.id) == {} and store.sessions.turns(couple.id) == []
    assert store.conn.execute("SELECT COUNT(*) FROM memory_versions").fetchone()[0] == 0


def test_export_holds_everything(store: Store, now: datetime) -> None:
    store.settings.save("theme", "dark")
    couple, session_id, session = recorded(store, now, deck_ids=("t",), seed=5, length=None)
    store.settings.save("spicy", True, couple.id)
    for n in range(12):
        moment = now + timedelta(minutes=n)
        store.sessions.record(couple.id, session_id, session, play_step(session, n, moment), moment)
    key = next(iter(sorted(session.memories)))
    store.sessions.record(couple.id, session_id, session, session.update_memory(key, LONG_ANSWER, now), now)
    # a quiz on an earlier evening's memory gives a review
    later = now + timedelta(days=20)
    quiz = Session(
        SessionConfig(mode=Mode.QUIZ, deck_ids=("t",), length=None),
        {"t": TEXT_DECK},
        store.memories.all(couple.id),
        store.memories.quizbook(couple.id),
    )
    quiz_id = store.sessions.start(couple.id, quiz, later, quiz.begin(later))
    for n in range(2):
        store.sessions.record(couple.id, quiz_id, quiz, play_step(quiz, n, later), later)

    exported = export_all(store, decks=[TEXT_DECK])
    text = json.dumps(exported, ensure_ascii=False)
    assert json.loads(text) == exported
    assert exported["format"] == "kindred-export" and exported["settings"] == {"theme": "dark"}
    (entry,) = exported["couples"]
    assert [p["name"] for p in entry["players"]] == [NAMES[0][0], NAMES[1][0]]
    assert entry["settings"] == {"spicy": True}
    memories = store.memories.all(couple.id)
    assert len(entry["memories"]) == len(memories) > 0
    by_key = {(m["owner"], m["deck_id"], m["card_id"]): m for m in entry["memories"]}
    assert [v["answer"] for v in by_key[(key.owner, key.deck_id, key.card_id)]["history"]][-1] == LONG_ANSWER
    assert len(entry["reviews"]) == len(store.memories.reviews(couple.id)) >= 1
    assert len(entry["turns"]) == len(store.sessions.turns(couple.id)) == len(session.state.completed) + len(quiz.state.completed)
    assert {(c["deck_id"], c["card_id"]) for c in entry["cards_seen"]} == {
        (k.deck_id, k.card_id) for k in store.sessions.recently_seen(couple.id)
    }
    assert [s["id"] for s in entry["sessions"]] == [session_id, quiz_id]


# ---- permissions ---------------------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_folder_is_private_and_the_files_are_owner_only(data_root: Path, now: datetime) -> None:
    old_umask = os.umask(0)  # even with a permissive umask
    try:
        with Store.open(data_root, now) as store:
            couple, session_id, session = recorded(store, now, deck_ids=("t",))
            store.sessions.record(couple.id, session_id, session, play_step(session, 0, now), now)
            assert mode(data_root) == 0o700
            assert mode(data_root / DB_NAME) == 0o600
            wal = data_root / (DB_NAME + "-wal")
            assert wal.exists()
            assert mode(wal) == 0o600
            assert mode(data_root / "kindred.lock") == 0o600
    finally:
        os.umask(old_umask)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_existing_open_folder_and_file_are_made_private(data_root: Path, now: datetime) -> None:
    with Store.open(data_root, now):
        pass
    os.chmod(data_root, 0o755)
    os.chmod(data_root / DB_NAME, 0o644)
    with Store.open(data_root, now):
        assert mode(data_root) == 0o700
        assert mode(data_root / DB_NAME) == 0o600


# ---- broken files ---------------------------------------------------------------------------


def real_db_bytes(root: Path, now: datetime) -> bytes:
    with Store.open(root, now) as store:
        couple, session_id, session = recorded(store, now, deck_ids=("t",))
        for n in range(6):
            store.sessions.record(couple.id, session_id, session, play_step(session, n, now), now)
    data = (root / DB_NAME).read_bytes()
    assert len(data) >= 8 * 4096
    return data


def overwrite_page(data: bytes, page: int, size: int = 4096) -> bytes:
    junk = bytes((i * 131 + 17) % 256 for i in range(size))
    return data[: page * size] + junk + data[(page + 1) * size :]


CORRUPTIONS = {
    "random bytes": lambda real: bytes((i * 7919 + 13) % 251 for i in range(20_000)),
    "text file": lambda real: "not a database — just words, ünïcødé".encode() * 10,
    "header then junk": lambda real: real[:16] + bytes(range(256)) * 40,
    "truncated to half": lambda real: real[: len(real) // 2],
    "truncated to 100 bytes": lambda real: real[:100],
    "a table page overwritten": lambda real: overwrite_page(real, 2),
    "the last page overwritten": lambda real: overwrite_page(real, len(real) // 4096 - 1),
}


@pytest.mark.parametrize("corruption", sorted(CORRUPTIONS))
def test_a_corrupt_file_is_set_aside_and_a_fresh_store_opens(
    tmp_path: Path, data_root: Path, now: datetime, corruption: str
) -> None:
    broken = CORRUPTIONS[corruption](real_db_bytes(tmp_path / "source", now))
    data_root.mkdir(mode=0o700)
    (data_root / DB_NAME).write_bytes(broken)
    later = datetime(2027, 2, 3, 4, 5, 6, tzinfo=UTC)
    with Store.open(data_root, later) as store:
        aside = data_root / f"{DB_NAME}.broken-20270203-040506"
        assert store.notice is not None
        assert aside.name in store.notice and "set aside" in store.notice and "Nothing was deleted" in store.notice
        assert aside.read_bytes() == broken
        assert store.couples.all() == []
        couple = couple_of(store, later)
    with Store.open(data_root, later) as store:  # the next start says so again, with where the copy is
        assert store.notice is not None and str(aside) in store.notice and "earlier start" in store.notice
        store.dismiss_notice()
    with Store.open(data_root, later) as store:  # once read, it is not said again
        assert store.notice is None
        assert store.couples.all() == [couple]
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST


def test_a_second_corrupt_file_in_the_same_second_gets_its_own_name(data_root: Path, now: datetime) -> None:
    for attempt in range(3):
        data_root.mkdir(mode=0o700, exist_ok=True)
        (data_root / DB_NAME).write_bytes(b"junk %d" % attempt * 100)
        for extra in ("-wal", "-shm"):
            (data_root / (DB_NAME + extra)).unlink(missing_ok=True)
        with Store.open(data_root, now) as store:
            assert store.notice is not None
    stamp = now.strftime("%Y%m%d-%H%M%S")
    names = sorted(p.name for p in data_root.glob(f"{DB_NAME}.broken-*"))
    assert names == [f"{DB_NAME}.broken-{stamp}", f"{DB_NAME}.broken-{stamp}-2", f"{DB_NAME}.broken-{stamp}-3"]
    assert (data_root / f"{DB_NAME}.broken-{stamp}-3").read_bytes() == b"junk 2" * 100


def test_an_empty_file_is_simply_a_new_store(data_root: Path, now: datetime) -> None:
    data_root.mkdir(mode=0o700)
    (data_root / DB_NAME).write_bytes(b"")
    with Store.open(data_root, now) as store:
        assert store.notice is None
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert not list(data_root.glob("*.broken-*"))


def test_a_store_from_a_newer_version_is_refused_and_left_untouched(data_root: Path, now: datetime) -> None:
    data_root.mkdir(mode=0o700)
    path = data_root / DB_NAME
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x TEXT)")
    conn.execute("INSERT INTO future VALUES ('keep me')")
    conn.execute(f"PRAGMA user_version = {LATEST + 5}")
    conn.commit()
    conn.close()
    original = path.read_bytes()
    for _ in range(2):  # the lock is released: a second try gives the same answer, not "busy"
        with pytest.raises(StoreError, match="newer Kindred") as raised:
            Store.open(data_root, now)
        assert not isinstance(raised.value, StoreBusy)
        assert "nothing was changed" in str(raised.value)
    assert path.read_bytes() == original
    assert not list(data_root.glob("*.broken-*"))
    assert not (data_root / (DB_NAME + "-wal")).exists()


# ---- migrations ----------------------------------------------------------------------------------


def test_a_fresh_store_is_at_the_latest_schema(store: Store) -> None:
    assert LATEST == len(MIGRATIONS) >= 1
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    names = {row[0] for row in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"couples", "players", "settings", "sessions", "turns", "memories", "memory_versions", "schedules", "reviews"} <= names
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_an_empty_database_of_version_0_is_migrated(data_root: Path, now: datetime) -> None:
    data_root.mkdir(mode=0o700)
    sqlite3.connect(data_root / DB_NAME).close()
    conn = sqlite3.connect(data_root / DB_NAME)
    conn.execute("CREATE TABLE IF NOT EXISTS scratch (x)")
    conn.execute("DROP TABLE scratch")
    conn.commit()
    conn.close()
    with Store.open(data_root, now) as store:
        assert store.notice is None
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
        assert couple_of(store, now).id == 1


def test_reopening_a_store_at_the_latest_version_changes_nothing(data_root: Path, now: datetime) -> None:
    with Store.open(data_root, now) as store:
        couple_of(store, now)
    with Store.open(data_root, now) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
        assert len(store.couples.all()) == 1


def test_opening_the_same_folder_twice_in_one_process_is_busy(data_root: Path, now: datetime) -> None:
    with Store.open(data_root, now), pytest.raises(StoreBusy, match="already open"):
        Store.open(data_root, now)
    with Store.open(data_root, now) as store:  # closed: free again
        assert store.notice is None


def test_a_card_key_round_trips_through_the_store(store: Store, now: datetime) -> None:
    # deck and card ids with a slash-free but unusual spelling still key memories exactly
    deck = deck_from_data(
        {"id": "my-deck_2", "name": "Mine", "cards": [{"id": "q.1-é", "text": "t", "quiz": "q"}, {"id": "a", "text": "t"}]}
    )
    couple, session_id, session = recorded(store, now, {"my-deck_2": deck}, deck_ids=("my-deck_2",), seed=0)
    while session.current and session.current.card != CardKey("my-deck_2", "q.1-é"):
        store.sessions.record(couple.id, session_id, session, session.pass_card(now), now)
    store.sessions.record(couple.id, session_id, session, session.answer("yes", now), now)
    assert list(store.memories.all(couple.id)) == [MemoryKey(0, "my-deck_2", "q.1-é")]
