"""Marking an answer "just between us" after it went into a keepsake or an export (tester's finding: the toast
said "it stays out of keepsakes and exports" while the keepsake and the exports made before still held it).

The words now say "from now on", and when a keepsake picture or an export already saved holds the answer, the
toast names it and its folder; files made before are never changed or deleted behind the couple's back."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.core.date_night_plan import EveningSetup
from game.core.memories import MemoryKey
from game.storage.earlier_copies import exports_holding
from tests.storage.test_date_night_store import run_to_end
from tests.ui.tour import start

PNG = b"\x89PNG\r\n\x1a\n" + b"a keepsake picture"


class PilotClock:
    """The pilot's fake wall clock, as the date-night helpers move it."""

    def __init__(self, p) -> None:
        self.p = p

    def later(self, **delta: float) -> None:
        self.p.later(**delta)


def an_evening_with_its_keepsake(p) -> tuple[MemoryKey, Path]:
    """A whole date night played, its keepsake saved; an answer the keepsake writes out, and the picture."""
    couple = p.services.couples()[0]
    evening = p.services.start_evening(couple, EveningSetup(60, 1, (1, 1), (False, False), seed=7))
    run_to_end(evening, p.services, PilotClock(p))
    keepsake = evening.keepsake()
    shown = next(thing for thing in (*keepsake.appreciations, *keepsake.learned) if thing.card is not None)
    picture = Path(evening.save_keepsake(PNG))
    return MemoryKey(shown.owner, shown.card.deck_id, shown.card.card_id), picture


def mark_in_our_story(p, key: MemoryKey) -> str:
    """Our story, the memory chosen in the list, P: what the toast says."""
    p.click("Our story")
    p.click(f"{p.services.couples()[0].name(key.owner)}'s answers")
    listing = p.widget("Memories")
    listing.selected = next(index for index, memory in enumerate(p.scene.shown) if memory.key == key)
    p.scene.focus_on(listing)
    p.key("p")
    assert p.store.memories.all(1)[key].private
    return p.shell.ui.toast_text


def test_marking_an_answer_a_keepsake_and_exports_hold_says_from_now_on_and_names_them(data_root, now, tmp_path):
    p = start(data_root, now)
    try:
        key, picture = an_evening_with_its_keepsake(p)
        p.later(days=1)
        exports = p.services.export_everything(False, p.services.couples()[0])
        said = mark_in_our_story(p, key)
        p.screenshot(tmp_path / "marked.png")
        assert said.startswith("Marked just between us: from now on it stays out of keepsakes and exports.")
        json_file, book = (Path(path) for path in exports)
        assert (
            f" Made before, and still holding it: keepsakes/{picture.name}, exports/{json_file.name} and "
            f"exports/{book.name}, in {data_root}. Delete them if you'd rather. P undoes it."
        ) in said
        assert picture.read_bytes() == PNG and json_file.exists() and book.exists()  # told, never changed or deleted
        p.press(pygame.K_RETURN)  # Enter on a memory says what P does: the one rule, as the answer's switch keeps it
        assert (
            p.shell.ui.toast_text
            == "It stays just between us, even answered again, until you unmark it: P, or the button under the list."
        )
        p.key("p")
        assert p.shell.ui.toast_text == "No longer just between us. P marks it again."
    finally:
        p.close()


def test_marking_an_answer_no_file_holds_says_only_from_now_on(data_root, now):
    p = start(data_root, now)
    try:
        key, picture = an_evening_with_its_keepsake(p)
        picture.unlink()  # the couple deleted the picture; no export was made
        said = mark_in_our_story(p, key)
        assert said == "Marked just between us: from now on it stays out of keepsakes and exports. P undoes it."
    finally:
        p.close()


def test_an_our_book_page_is_judged_by_its_json_and_without_it_by_the_answers_words(data_root, now):
    p = start(data_root, now)
    try:
        key, _ = an_evening_with_its_keepsake(p)
        couple = p.services.couples()[0]
        json_file, book = (Path(path) for path in p.services.export_everything(False, couple))
        memory = p.store.memories.all(couple.id)[key]
        assert exports_holding(data_root, couple.id, memory) == sorted([json_file, book])
        json_file.unlink()
        assert exports_holding(data_root, couple.id, memory) == [book]
        p.services.set_private(couple, key, True)
        newer = [Path(path) for path in p.services.export_everything(False, couple)]
        assert exports_holding(data_root, couple.id, memory) == [book]  # the copy made since leaves it out
        assert all(path.exists() for path in newer)
    finally:
        p.close()


def test_the_words_name_a_few_files_and_count_many_in_the_data_folder() -> None:
    from game.ui.made_before import still_holding

    root = Path("/home/zoe/.local/share/Kindred")
    one = still_holding([], [str(root / "keepsakes" / "date-night-2026-11-25-1930.png")])
    assert one == (
        f" Made before, and still holding it: keepsakes/date-night-2026-11-25-1930.png, in {root}. Delete it if you'd rather."
    )
    exports = [str(root / "exports" / f"kindred-2026-11-2{day}-1930.json") for day in range(3)]
    many = still_holding(exports, [str(root / "keepsakes" / "date-night-2026-11-25-1930.png")])
    assert many == (
        f" Made before, and still holding it: keepsakes/date-night-2026-11-25-1930.png and 3 exports in exports/, in {root}. "
        "Delete them if you'd rather."
    )
    assert still_holding([], []) == ""
