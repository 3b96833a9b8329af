"""Export (JSON and Our book) and erase, from the command line and from Settings."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pygame

from game.core.cards import AnswerType
from game.core.memories import MemoryKey
from game.storage.store_export import export_all
from tests.ui.tour import play_turn, start

REPO = Path(__file__).resolve().parents[1]


SECRET = "Our little secret 🌙"


def answer_privately(p) -> MemoryKey:
    """Mark the card on the table just between us and answer it with the secret words; the memory's key."""
    scene = p.scene
    key = MemoryKey(scene.seat, scene.card().deck_id, scene.card().id)
    p.click("Just between us")
    p.click(scene.input.field.label)
    p.type(SECRET)
    p.press(pygame.K_RETURN)
    return key


def played(data_root, now):
    """A couple who played until one answer in words stayed shareable and another, in words of its own, was marked private.

    Rounds are dealt from the built-in decks, so how many cards in a round are answered in words changes as the
    decks do: the couple plays another round (at most three) until both kinds of answer are there.
    """
    p = start(data_root, now, names=("Zoë", "<b>Łukasz</b>"))
    private = None
    public = False  # an answer in words that stays shareable, typed before the private one
    for _round in range(3):
        if p.scene_name != "HomeScene":
            p.click("Back home")
        p.click("Play")
        p.click("Deal the cards")
        for _ in range(200):
            if p.scene_name != "PlayScene":
                break
            scene = p.scene
            typed = scene.private_toggle is not None and scene.card().answer_type is AnswerType.TEXT  # words, not a number
            if typed and scene.input.field is not None:
                if not public:
                    public = True  # play_turn below answers it with the sample words
                elif private is None:
                    private = answer_privately(p)
                    continue
            play_turn(p)
        if private is not None:
            break
    assert private is not None and p.store.memories.all(1)[private].private
    return p, private


def cli(data_root, *args):
    return subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(data_root), *args], cwd=REPO, capture_output=True, text=True, timeout=60
    )


def test_export_leaves_just_between_us_out_unless_asked(data_root, now, tmp_path):
    p, private = played(data_root, now)
    p.close()
    plain = tmp_path / "all.json"
    result = cli(data_root, "export", str(plain))
    assert result.returncode == 0, result.stderr
    data = json.loads(plain.read_text(encoding="utf-8"))
    keys = {(m["owner"], m["deck_id"], m["card_id"]) for c in data["couples"] for m in c["memories"]}
    assert (private.owner, private.deck_id, private.card_id) not in keys
    assert SECRET not in plain.read_text(encoding="utf-8")
    assert "Toast with honey ☕" in plain.read_text(encoding="utf-8")
    everything = tmp_path / "everything.json"
    assert cli(data_root, "export", "--include-private", str(everything)).returncode == 0
    assert SECRET in everything.read_text(encoding="utf-8")


def test_export_our_book_is_a_readable_page_with_names_escaped(data_root, now, tmp_path):
    p, _ = played(data_root, now)
    p.close()
    book = tmp_path / "our-book.html"
    result = cli(data_root, "export", "--include-private", str(book))
    assert result.returncode == 0 and "Our book" in result.stdout
    page = book.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>")
    assert "&lt;b&gt;Łukasz&lt;/b&gt;" in page and "<b>Łukasz</b>" not in page
    assert SECRET in page and "Toast with honey ☕" in page
    assert "in <bdi>Zoë</bdi>'s words" in page


def test_export_and_erase_from_settings(data_root, now):
    p, _ = played(data_root, now)
    p.press(pygame.K_RETURN)  # from the summary, home
    p.click("Settings")
    p.click("Export a copy…")
    p.click("Export")
    exports = sorted((data_root / "exports").iterdir())
    assert sorted(path.suffix for path in exports) == [".html", ".json"]
    assert p.scene.question == "Your copy is saved" and "Saved" in p.scene.detail
    p.click("Done")
    p.click("Erase everything…")
    assert f"Your 2 exports, in {data_root}, go too" in p.scene.detail
    p.click("Yes, erase")
    p.click("Erase now")
    assert p.scene_name == "TitleScene"
    assert p.shell.ui.toast_text == "Everything was erased, including 2 exports."
    assert p.services.couples() == []
    assert not (data_root / "exports").exists()
    assert p.store.conn.execute("SELECT COUNT(*) FROM memory_versions").fetchone()[0] == 0
    raw = (data_root / "kindred.db").read_bytes()
    assert b"Toast with honey" not in raw
    p.close()


def test_erase_names_the_exports_and_keepsakes_it_takes_first_and_says_they_went(data_root, now):
    """Erase is the privacy wipe: it takes the exports and keepsakes too, but its first question says how many
    and where while they can still be copied, and the last word says they went."""
    from game.storage.keepsakes import save_keepsake

    p = start(data_root, now)
    p.click("Settings")
    p.click("Erase everything…")
    assert (p.scene.question, p.scene.detail) == (
        "Erase everything?",
        "Every couple, every answer and every setting but the window's size, which is the computer's. This cannot be undone.",
    )
    p.press(pygame.K_ESCAPE)  # with none made, nothing is said of them
    p.click("Export a copy…")
    p.click("Export")
    p.click("Done")
    save_keepsake(data_root, b"\x89PNG\r\n\x1a\n a date night", now)
    p.click("Erase everything…")
    assert p.scene.detail == (
        "Every couple, every answer and every setting but the window's size, which is the computer's. This cannot be undone.\n"
        f"Your 2 exports and 1 keepsake, in {data_root}, go too: copy any you want to keep somewhere else first."
    )
    p.click("Yes, erase")
    assert p.scene.detail == "Last chance: nothing can bring it back."
    p.click("Erase now")
    assert p.shell.ui.toast_text == "Everything was erased, including 2 exports and 1 keepsake."
    assert not (data_root / "exports").exists() and not (data_root / "keepsakes").exists()
    p.advance(1.0)
    kept = dict(p.store.conn.execute("SELECT key, value FROM settings").fetchall())
    assert set(kept) <= {"window_width", "window_height"}  # as the question said: every setting but the window's size
    p.close()


def test_erase_asks_twice_and_stopping_keeps_everything(data_root, now):
    p, _ = played(data_root, now)
    p.press(pygame.K_RETURN)  # from the summary, home
    p.click("Settings")
    p.click("Erase everything…")
    p.click("Yes, erase")
    p.click("Stop")
    assert p.scene_name == "SettingsScene"
    assert len(p.services.couples()) == 1
    assert p.store.memories.all(1)
    p.close()


def test_just_between_us_can_be_marked_while_answering_and_in_our_story(data_root, now):
    p, private = played(data_root, now)
    assert p.store.memories.all(1)[private].answer == SECRET
    p.press(pygame.K_RETURN)
    p.click("Our story")
    owner = private.owner
    p.click(f"{p.services.couples()[0].name(owner)}'s answers")
    listing = p.widget("Memories")
    index = next(i for i, memory in enumerate(p.scene.shown) if memory.key == private)
    assert "just between us" in listing.items[index].detail
    listing.selected = index
    p.scene.focus_on(listing)
    p.press(pygame.K_RETURN)  # Enter, pressed in passing, never changes the mark
    assert p.store.memories.all(1)[private].private
    p.key("p")  # P does
    assert not p.store.memories.all(1)[private].private
    p.close()


def test_just_between_us_is_saved_with_its_answer_so_no_failure_between_can_leave_it_shareable(data_root, now):
    """The mark and the answer are one command and one transaction; a second save that fails changes nothing."""
    p = start(data_root, now)

    def fails(*args, **kwargs):
        raise RuntimeError("the disk went away between the answer and its mark")

    p.services.set_private = fails  # a second transaction, were there one, would fail here
    p.click("Play")
    p.click("Deal the cards")
    marked = None
    for _ in range(40):
        scene = p.scene
        if p.scene_name != "PlayScene":
            break
        typed = scene.private_toggle is not None and scene.card().answer_type is AnswerType.TEXT
        if typed and scene.input.field is not None:
            marked = answer_privately(p)
            break
        play_turn(p)
    assert marked is not None
    saved = p.store.memories.all(1)[marked]
    assert saved.answer == SECRET and saved.private
    with sqlite3.connect(data_root / "kindred.db") as raw:  # as another reader sees the file, right after the save
        rows = raw.execute("SELECT private FROM memories WHERE card_id = ? AND owner = ?", (marked.card_id, marked.owner))
        assert [row[0] for row in rows] == [1]
    p.close()


def test_export_lists_date_nights_and_keeps_an_unopened_note_sealed(data_root, now):
    from game.storage.store import Store

    with Store.open(data_root, now) as store:
        couple = store.couples.create([("Zoë", "#e07a5f"), ("Łukasz", "#3d9a8b")], now)
        for note, opened in (("Next time: the Thai place", now.isoformat()), ("A surprise for later", None)):
            store.conn.execute(
                "INSERT INTO date_nights (couple_id, state, started_at, updated_at, ended_at, note, note_opened_at) "
                "VALUES (?, '{}', ?, ?, ?, ?, ?)",
                (couple.id, now.isoformat(), now.isoformat(), now.isoformat(), note, opened),
            )
        nights = export_all(store)["couples"][0]["date_nights"]
    assert [night["note"] for night in nights] == ["Next time: the Thai place", {"sealed_until_next_date_night": True}]


def test_the_due_read_agrees_with_the_quiz_book(data_root, now):
    from datetime import timedelta

    p = start(data_root, now)
    p.click("Play")
    p.click("Deal the cards")
    for _ in range(40):
        if p.scene_name != "PlayScene":
            break
        play_turn(p)
    book = p.store.memories.quizbook(1)
    for later in (timedelta(0), timedelta(days=2), timedelta(days=30)):
        moment = p.now + later
        _memories, due = p.store.memories.due(1, moment)
        assert {seat: due.count_due(seat, moment) for seat in (0, 1)} == {seat: book.count_due(seat, moment) for seat in (0, 1)}
    p.close()
