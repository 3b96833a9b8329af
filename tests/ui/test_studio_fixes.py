"""The deck studio after a tester tried to break it: names in any script, the words on its screens,
a paste too large for the clipboard, and a card half written when the window closes."""

from __future__ import annotations

import os

import pygame
import pytest

from game.ui.scenes.studio import DROP_HINT, TOO_MUCH_TO_PASTE

from .drawn import frame, hints_top
from .pilot import Pilot
from .test_studio import add_card, deck_of_one_saved, new_deck, saved

RLM = "\u200f"


def test_a_deck_name_keeps_no_space_beside_a_direction_mark_at_its_ends(pilots):
    p: Pilot = pilots(at_home=True)
    new_deck(p, f" {RLM} שירים שלנו {RLM} ")
    assert p.scene.deck.name == f"{RLM}שירים שלנו{RLM}"


def test_a_deck_of_one_card_says_one_card_in_the_studio(pilots):
    p: Pilot = pilots(at_home=True)
    deck_of_one_saved(p)
    said = [words.text for words in p.scene.page.words]
    assert "1 card · light · questions" in said
    assert p.widget("Decks").items[p.scene.selected].detail == "Yours · 1 card"


def test_home_sends_the_couple_to_deck_studio_for_a_broken_deck_file_not_to_a_terminal(pilots, data_root):
    decks = data_root / "decks"
    decks.mkdir(parents=True)
    (decks / "ours.yaml").write_text('format: 1\nid: ours\nname: Ours\ncards:\n  - id: a\n    text: "Unclosed\n', encoding="utf-8")
    p: Pilot = pilots(at_home=True)
    for size in ("medium", "largest"):  # the largest text has no room for the help panel the note sits under
        p.shell.ui.set("text_size", size)
        [note] = [d for d in frame(p) if d.text.startswith("Problems in ours.yaml")]
        assert note.text == "Problems in ours.yaml kept a deck out: Deck studio shows where."
        assert note.ink.bottom < hints_top(p) and not note.cut, size
        assert not any(note.ink.colliderect(widget.rect) for widget in p.scene.widgets), size
    p.shell.ui.set("text_size", "medium")
    p.click("Deck studio")
    assert p.scene.entry.name == "ours"  # the file's name, while the deck cannot be read
    said = [words.text for words in p.scene.page.words]
    assert 'Line 6, column 11: a quote opened on line 6 is never closed: end the text with " on that line' in said


def test_the_studio_hint_wraps_inside_its_panel_at_every_text_size(pilots):
    p: Pilot = pilots(at_home=True)
    p.click("Deck studio")
    ui = p.shell.ui
    for size in ("small", "medium", "large", "larger", "largest"):
        ui.set("text_size", size)
        p.scene.page.scroll_by(1 << 20)  # type: ignore[attr-defined]  # the last words, when the larger text scrolls them
        drawn = {d.text: d for d in frame(p)}
        hint = next(words for words in p.scene.page.words if words.text == DROP_HINT)
        style = ui.theme.style(hint.style)
        lines = ui.text.wrap(hint.text, style, hint.rect.width)
        assert " ".join(lines) == DROP_HINT
        widest = max(ui.text.line(line, style, (0, 0, 0)).get_width() for line in lines)
        assert widest <= hint.rect.width, f"{size}: a line of the hint is {widest} px in a box of {hint.rect.width}"
        ink, panel = drawn[DROP_HINT].ink, p.scene.details  # (a page that scrolls cuts it at the foot, not the sides)
        assert panel.left < ink.left and ink.right < panel.right, size


def clipboard(monkeypatch: pytest.MonkeyPatch, text: str, has_text: bool, error: str = "") -> None:
    """The system's clipboard as SDL reports it: the text it hands over, whether it says it has text, and the
    error it leaves ("Selection timeout" where X11 would not pass a selection of about 1 MB)."""

    def get_text() -> str:
        pygame.set_error(error)
        return text

    monkeypatch.setattr(pygame.scrap, "get_text", get_text)
    monkeypatch.setattr(pygame.scrap, "has_text", lambda: has_text)


@pytest.mark.parametrize(("has_text", "error"), [(True, ""), (False, "Selection timeout")])
def test_a_paste_too_large_for_the_clipboard_says_so_and_pastes_nothing_older(pilots, monkeypatch, has_text, error):
    p: Pilot = pilots(at_home=True)
    p.click("Deck studio")
    p.shell.ui.clipboard_put("an older copy the game made itself")
    clipboard(monkeypatch, "", has_text, error)
    p.press(pygame.K_v, mod=pygame.KMOD_CTRL)
    assert p.scene_name == "StudioScene"
    assert p.shell.ui.toast_text == TOO_MUCH_TO_PASTE
    assert p.shell.ui.clipboard_get() == ""


def test_an_empty_clipboard_is_nothing_to_paste(pilots, monkeypatch):
    p: Pilot = pilots(at_home=True)
    p.click("Deck studio")
    clipboard(monkeypatch, "", False)
    p.press(pygame.K_v, mod=pygame.KMOD_CTRL)
    assert p.shell.ui.toast_text.startswith("Nothing to paste: copy a list of questions first")


def reopen_studio(pilots) -> Pilot:  # type: ignore[no-untyped-def]
    """Start the game again, as the couple would after closing the window, and open Deck studio."""
    q: Pilot = pilots()
    q.press(pygame.K_RETURN)
    assert q.scene_name == "HomeScene"
    q.click("Deck studio")
    return q


def test_a_card_half_written_when_the_window_closes_is_back_as_it_was(pilots):
    p: Pilot = pilots(at_home=True)
    new_deck(p, "Rainy Sundays")
    add_card(p, "What does a perfect rainy day look like?")
    p.press(pygame.K_s, mod=pygame.KMOD_CTRL)
    add_card(p, "Blanket fort or a walk in the")
    p.widget("Spicy").on_change(True)
    p.close()  # the window's close button (and a SIGTERM, which SDL sends the same way)
    q = reopen_studio(pilots)
    assert [type(scene).__name__ for scene in q.shell.ui.stack[-3:]] == ["StudioScene", "DeckScene", "CardFormScene"]
    assert q.widget("Card text").value == "Blanket fort or a walk in the"
    assert q.scene.values["spicy"] is True
    assert q.shell.ui.toast_text.startswith("As you left it")
    q.type(" rain?")
    q.press(pygame.K_s, mod=pygame.KMOD_CTRL)
    assert q.scene_name == "DeckScene"
    assert [card.text for card in saved(q).cards] == [
        "What does a perfect rainy day look like?",
        "Blanket fort or a walk in the rain?",
    ]
    q.close()
    r = reopen_studio(pilots)
    assert r.scene_name == "StudioScene", "saved: nothing is kept to come back"


def test_a_new_decks_name_and_its_first_card_survive_closing_the_window(pilots):
    p: Pilot = pilots(at_home=True)
    p.click("Deck studio")
    p.click("New deck")
    p.type("‏שירים שלנו")
    p.close()
    q = reopen_studio(pilots)
    assert q.scene_name == "DeckFormScene" and q.widget("Deck name").value == "‏שירים שלנו"
    q.click("Create deck")
    add_card(q, "מה השיר שלנו?")
    q.close()
    r = reopen_studio(pilots)
    assert [type(scene).__name__ for scene in r.shell.ui.stack[-3:]] == ["StudioScene", "DeckScene", "CardFormScene"]
    assert r.shell.ui.stack[-2].deck.name == "‏שירים שלנו" and r.shell.ui.stack[-2].path is None
    r.press(pygame.K_s, mod=pygame.KMOD_CTRL)
    deck = saved(r)
    assert (deck.name, [card.text for card in deck.cards]) == ("‏שירים שלנו", ["מה השיר שלנו?"])


def test_a_card_being_changed_comes_back_on_that_card_and_leaving_it_lets_it_go(pilots):
    p: Pilot = pilots(at_home=True)
    new_deck(p)
    for text in ("First?", "Second?"):
        add_card(p, text)
        p.press(pygame.K_s, mod=pygame.KMOD_CTRL)
    p.click("Edit")  # the card just saved: the second
    p.type(" Or third?")
    p.close()
    q = reopen_studio(pilots)
    assert q.scene_name == "CardFormScene"
    assert (q.scene.index, q.widget("Card text").value) == (1, "Second? Or third?")
    q.press(pygame.K_ESCAPE)
    q.click("Leave it")
    assert q.scene_name == "DeckScene"
    assert [card.text for card in saved(q).cards] == ["First?", "Second?"]
    q.close()
    assert reopen_studio(pilots).scene_name == "StudioScene"


def test_a_card_written_after_one_is_deleted_never_takes_the_deleted_cards_id(pilots):
    """Answers are remembered under the card's id: a Hebrew card written after another was deleted was given the
    deleted card's id (both were `card-2`) and with it that card's answers. Editing a card keeps its id."""
    p: Pilot = pilots(at_home=True)
    new_deck(p, "שירים")
    for text in ("מה השיר שלנו?", "איזה שיר מזכיר לך אותי?"):
        add_card(p, text)
        p.press(pygame.K_s, mod=pygame.KMOD_CTRL)
    first, deleted = (card.id for card in saved(p).cards)
    p.key("x")
    p.click("Delete")
    add_card(p, "מה שרת בילדות?")
    p.press(pygame.K_s, mod=pygame.KMOD_CTRL)
    assert saved(p).cards[0].id == first
    written = saved(p).cards[1].id
    assert written not in (first, deleted)
    p.press(pygame.K_UP)
    p.key("e")
    p.type(" ולמה?")
    p.press(pygame.K_s, mod=pygame.KMOD_CTRL)
    assert [(card.id, card.text) for card in saved(p).cards] == [(first, "מה השיר שלנו? ולמה?"), (written, "מה שרת בילדות?")]


@pytest.mark.parametrize(
    ("broken", "said"),
    [
        (
            "quote-closed-lines-later.yaml",
            'Line 8, column 11: a quote opened on line 8 is never closed: end the text with " on that line',
        ),
        (
            "card-out-of-line.yaml",
            "Line 8, column 4: line 8 is indented differently from the card above it: start its - in the same column",
        ),
        ("colon-in-unquoted-value.yaml", "Line 7, column 20: a colon inside a value: put the whole text in quotes"),
    ],
)
def test_the_studio_says_a_yaml_mistake_in_plain_words_where_it_was_made(pilots, data_root, broken, said):
    from pathlib import Path

    decks = data_root / "decks"
    decks.mkdir(parents=True)
    source = Path(__file__).resolve().parents[1] / "decks" / "broken" / broken
    (decks / "ours.yaml").write_bytes(source.read_bytes())
    p: Pilot = pilots(at_home=True)
    p.click("Deck studio")
    assert p.scene.entry.name == "ours"
    assert said in [words.text for words in p.scene.page.words]


def test_home_and_the_studio_agree_that_a_deck_broken_while_the_game_runs_still_plays(pilots, data_root):
    decks = data_root / "decks"
    decks.mkdir(parents=True)
    good = 'format: 1\nid: ours\nname: Ours\ncards:\n  - id: a\n    text: "What made you smile today?"\n'
    (decks / "ours.yaml").write_text(good, encoding="utf-8")
    p: Pilot = pilots(at_home=True)
    assert "ours" in {deck.id for deck in p.services.decks()}
    (decks / "ours.yaml").write_text(good.replace("    text:", "     text:"), encoding="utf-8")  # a slip in an editor
    stat = (decks / "ours.yaml").stat()
    os.utime(decks / "ours.yaml", ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))
    p.advance(1.2)  # the folder is looked at every second
    assert "ours" in {deck.id for deck in p.services.decks()}, "its last good version is dealt"
    [note] = [d for d in frame(p) if d.text.startswith("Problems in ours.yaml")]
    assert note.text == "Problems in ours.yaml: its last good version still plays. Deck studio shows where."
    p.click("Deck studio")
    entry = next(item for item in p.widget("Decks").items if item.title == "Ours")
    assert entry.detail.endswith("the file has problems; its last good version still plays")
