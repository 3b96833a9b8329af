"""Pronouns: each partner chooses how the cards refer to them, on a new couple and later; every card and quiz line follows."""

from __future__ import annotations

import json
from pathlib import Path

import pygame

from game.core.pronouns import Pronouns
from game.storage.paths import user_decks_dir
from game.ui.bidi import base_direction
from game.ui.scenes.play_view import side_text
from game.ui.widgets import Toggle


def deal_about_us(p, deck="About us"):
    """A round of only `deck` (by its name), dealt from Home."""
    p.click("Play")
    for widget in [w for w in p.scene.widgets if isinstance(w, Toggle)]:
        if widget.value != widget.label.startswith(deck):
            p.click(widget.label)
    p.click("Deal the cards")
    p.advance(0.6)
    assert p.scene_name == "PlayScene"
    return p.scene


DECK = """\
format: 1
id: about-us
name: About us
cards:
  - id: lazy-sunday
    text: Tell {partner} what you do when {they} {have|has} a lazy Sunday, and ask {partner_them} back.
    quiz: What does {name} do on {their} lazy Sunday?
"""


def _new_couple_with_pronouns(p):
    p.press(pygame.K_RETURN)
    p.click("Name 1")
    p.type("Maya")
    p.click("Name 2")
    p.type("Jonas")
    p.click("Maya: they / them")  # they → she
    p.click("Jonas: they / them")
    p.click("Jonas: she / her")  # → he
    assert p.widget("Maya: she / her") and p.widget("Jonas: he / him")
    p.click("Start playing")
    assert p.scene_name == "HomeScene"


def pronoun_buttons(p) -> list[str]:
    return [label for label in p.labels() if label.endswith((": they / them", ": my own…"))]


def test_the_pronoun_buttons_name_each_partner_as_soon_as_the_name_is_typed(pilots):
    """Kindred's last round: a pronoun button read "Player 1:" with the partner's name typed just above it."""
    p = pilots()
    p.press(pygame.K_RETURN)
    assert pronoun_buttons(p) == ["Player 1: they / them", "Player 1: my own…", "Player 2: they / them", "Player 2: my own…"]
    p.type("Maya")
    assert pronoun_buttons(p)[:2] == ["Maya: they / them", "Maya: my own…"]
    p.press(pygame.K_BACKSPACE, times=4)
    p.type("\u200b ")  # a name that shows nothing is no name yet
    assert pronoun_buttons(p)[0] == "Player 1: they / them"
    p.press(pygame.K_BACKSPACE, times=2)
    p.type("נועה")
    p.press(pygame.K_RETURN)
    p.type("Sam")
    assert pronoun_buttons(p) == ["\u2068נועה\u2069: they / them", "\u2068נועה\u2069: my own…", "Sam: they / them", "Sam: my own…"]
    assert base_direction(pronoun_buttons(p)[0]) == "ltr", "a Hebrew name keeps the button's words in their order"
    p.press(pygame.K_BACKSPACE, times=3)
    p.type("נועה\u200f")  # the same name twice: both buttons say whose seat, until the names differ
    assert pronoun_buttons(p) == ["Player 1: they / them", "Player 1: my own…", "Player 2: they / them", "Player 2: my own…"]
    p.press(pygame.K_BACKSPACE, times=5)
    p.type("Sam")
    p.click("Sam: they / them")
    assert p.scene.focused().label == "Sam: she / her", "the focus stays on the button just pressed"
    p.click("Sam: my own…")
    assert p.scene_name == "OwnPronounsScene"
    assert "The five words the cards use for Sam, one in each box." in [words.text for words in p.scene.page.words]
    p.press(pygame.K_ESCAPE)
    p.click("Start playing")
    p.advance(4.0)
    p.click("Names and pronouns")
    assert pronoun_buttons(p) == ["\u2068נועה\u2069: they / them", "\u2068נועה\u2069: my own…", "Sam: my own…"]
    assert p.widget("Sam: she / her")


def test_pronouns_are_chosen_for_a_new_couple_and_kept_per_partner(pilots):
    p = pilots()
    _new_couple_with_pronouns(p)
    couple = p.services.couples()[0]
    assert (couple.pronouns(0), couple.pronouns(1)) == (Pronouns.SHE, Pronouns.HE)


def test_pronouns_fill_the_cards_and_quiz_lines_as_each_partner_chose(pilots, data_root):
    folder = user_decks_dir(data_root)
    folder.mkdir(parents=True)
    (folder / "about-us.yaml").write_text(DECK, encoding="utf-8")
    p = pilots()
    _new_couple_with_pronouns(p)
    p.advance(4.0)
    scene = deal_about_us(p)
    assert scene.card().id == "lazy-sunday"
    assert scene.card_text(scene.card()) == "Tell Jonas what you do when she has a lazy Sunday, and ask him back."
    couple = p.services.couples()[0]
    assert couple.quiz_text(scene.card(), 0) == "What does Maya do on her lazy Sunday?"


def exported(p):
    """A shared export, as written: the JSON data and the HTML book."""
    written = p.services.export_everything(include_private=False)
    data = json.loads(Path(next(w for w in written if w.endswith(".json"))).read_text(encoding="utf-8"))
    return data, Path(next(w for w in written if w.endswith(".html"))).read_text(encoding="utf-8")


def test_pronouns_can_be_changed_later_and_our_book_follows(pilots, data_root):
    folder = user_decks_dir(data_root)
    folder.mkdir(parents=True)
    (folder / "about-us.yaml").write_text(DECK, encoding="utf-8")
    p = pilots()
    _new_couple_with_pronouns(p)
    p.advance(4.0)
    p.click("Names and pronouns")
    assert p.scene_name == "CoupleFormScene"
    assert p.widget("Name 1").value == "Maya"
    p.click("Jonas: he / him")  # → just my name
    p.click("Jonas: just my name")  # → they, round again
    p.click("Save")
    p.advance(0.2)
    assert p.scene_name == "HomeScene"
    couple = p.services.couples()[0]
    assert couple.pronouns(1) is Pronouns.THEY and p.scene.couple.pronouns(1) is Pronouns.THEY
    scene = deal_about_us(p)
    p.type("Long walk, then soup")
    p.press(pygame.K_RETURN)
    del scene
    data, book = exported(p)
    assert [player["pronouns"] for player in data["couples"][0]["players"]] == ["she", "they"]
    assert "What does <bdi>Maya</bdi> do on her lazy Sunday?" in book  # as the quiz asks it, names isolated


OWN_FIELDS = ("as in: “they” went", "as in: I asked “them”", "as in: “their” idea", "as in: it's “theirs”", "as in: by “themself”")


def test_own_pronouns_are_written_in_a_form_and_every_card_quiz_and_export_uses_them(pilots, data_root):
    folder = user_decks_dir(data_root)
    folder.mkdir(parents=True)
    (folder / "about-us.yaml").write_text(DECK, encoding="utf-8")
    p = pilots()
    p.press(pygame.K_RETURN)
    p.click("Name 1")
    p.type("Robin")
    p.click("Name 2")
    p.type("Jonas")
    p.scene.focus_on(p.widget("Jonas: they / them"))
    p.press(pygame.K_LEFT)  # ← steps back from they to just my name
    p.click("Robin: my own…")
    assert p.scene_name == "OwnPronounsScene"
    # The keyboard: the first field has the focus, Enter goes on to the next; one form is left empty.
    for word in ("xe", "xem", "xyr", "", "xemself"):
        p.type(word)
        p.press(pygame.K_RETURN)
    assert p.scene_name == "OwnPronounsScene"
    theirs = p.widget(OWN_FIELDS[3])
    assert theirs.error == "Type the word you'd use in it's “theirs”."
    assert p.scene.focused() is theirs
    p.type("xyrs")  # the mouse for the rest: the live sentence follows what is typed
    shown = [words.text for words in p.scene.page.words]
    assert "Xe says the window seat is xyrs, so ask xem about xyr favourite view; xe booked it xemself." in shown
    p.click("Verbs: as with “she is”")
    assert any(words.text.startswith("Xe say the window seat") for words in p.scene.page.words)
    p.click("Verbs: as with “they are”")
    p.click("Use these")
    assert p.scene_name == "CoupleFormScene"
    assert p.widget("Robin: xe / xem") and p.widget("Jonas: just my name")
    p.click("Start playing")
    p.advance(4.0)
    couple = p.services.couples()[0]
    assert couple.pronouns(0).value == "own:is:xe/xem/xyr/xyrs/xemself"
    scene = deal_about_us(p)
    assert scene.card_text(scene.card()) == "Tell Jonas what you do when xe has a lazy Sunday, and ask Jonas back."
    assert couple.quiz_text(scene.card(), 0) == "What does Robin do on xyr lazy Sunday?"
    assert "•  Let xem finish — no fixing, no debating." in [line for line, _style, _color in side_text(scene)]
    p.type("Pancakes, then the allotment")
    p.press(pygame.K_RETURN)
    del scene
    data, book = exported(p)
    assert [player["pronouns"] for player in data["couples"][0]["players"]] == ["own:is:xe/xem/xyr/xyrs/xemself", "name"]
    assert "What does <bdi>Robin</bdi> do on xyr lazy Sunday?" in book


def test_own_pronouns_stay_in_the_cycle_and_the_form_opens_with_them_when_names_are_changed(pilots):
    p = pilots()
    _new_couple_with_pronouns(p)
    p.advance(4.0)
    p.click("Names and pronouns")
    p.click("Jonas: my own…")
    for label, word in zip(OWN_FIELDS, ("ze", "hir", "hir", "hirs", "hirself"), strict=True):
        p.click(label)
        p.type(word)
    p.press(pygame.K_ESCAPE)  # stepping back changes nothing
    assert p.scene_name == "CoupleFormScene" and p.widget("Jonas: he / him")
    p.click("Jonas: my own…")
    for label, word in zip(OWN_FIELDS, ("ze", "hir", "hir", "hirs", "hirself"), strict=True):
        p.click(label)
        p.type(word)
    p.click("Use these")
    for step in ("ze / hir", "they / them", "she / her", "he / him", "just my name"):
        p.click(f"Jonas: {step}")  # the own set is one more step of the button, not lost by stepping past it
    assert p.widget("Jonas: ze / hir")
    p.click("Jonas: my own…")
    assert [p.widget(label).value for label in OWN_FIELDS] == ["ze", "hir", "hir", "hirs", "hirself"]
    p.press(pygame.K_ESCAPE)
    p.click("Save")
    p.advance(0.2)
    assert p.services.couples()[0].pronouns(1).value == "own:is:ze/hir/hir/hirs/hirself"
    p.click("Names and pronouns")
    assert p.widget("Jonas: ze / hir")


CHANGING_DECK = """\
format: 1
id: right-now
name: Right now
cards:
  - id: song
    text: Which song is {partner} humming these days, and does {partner_they} know it?
    quiz: What song is stuck in {their} head these days?
    changes: true
"""


def test_own_pronouns_are_used_when_an_answer_has_changed_too(pilots, data_root):
    from .test_flows import play_until

    folder = user_decks_dir(data_root)
    folder.mkdir(parents=True)
    (folder / "right-now.yaml").write_text(CHANGING_DECK, encoding="utf-8")
    p = pilots(at_home=True)
    p.click("Names and pronouns")
    p.click("Łukasz: my own…")
    for word in ("ey", "em", "eir", "eirs", "emself"):
        p.type(word)
        p.press(pygame.K_RETURN)
    p.click("Save")
    p.advance(0.2)
    deal_about_us(p, "Right now")
    p.type("Dancing Queen")
    p.press(pygame.K_RETURN)
    play_until(p, lambda q: q.scene_name != "PlayScene")
    p.press(pygame.K_RETURN)
    p.later(days=90)
    p.scene.refresh()
    p.click(next(label for label in p.labels() if label.startswith("Quiz me")))
    p.click("Start the quiz")
    p.click("Hand the laptop to Zoë")  # the owner checks it alone
    p.click("I'm Zoë — show me")
    p.click("That's changed")
    assert p.scene_name == "ChangedAnswerScene"
    assert p.scene.text == "Which song is Łukasz humming these days, and does ey know it?"


def footer(p) -> str:
    """The key hints as drawn at the foot of the screen."""
    from .drawn import frame

    return " ".join(d.text for d in frame(p) if d.by == "shell")


def test_the_footer_says_what_enter_does_where_the_focus_is_on_the_new_couple_form(pilots):
    """On a pronoun button the footer said "Enter continue", and Enter changed the pronouns (a couple changed Noa's
    by accident). Now it says "next pronouns" there (and ← → step back and on), "continue" in a name, and Enter does just that."""
    p = pilots()
    p.press(pygame.K_RETURN)
    p.type("Shirin")
    assert "continue" in footer(p) and "next pronouns" not in footer(p)
    p.press(pygame.K_TAB)  # the colours
    assert "choose a colour" in footer(p)
    p.press(pygame.K_TAB)  # Shirin's pronouns
    assert p.scene.focused().label == "Shirin: they / them"
    assert "next pronouns" in footer(p) and "continue" not in footer(p)
    assert "step through pronouns" in footer(p)
    p.press(pygame.K_LEFT)  # a miss is put right backwards, not three presses on round (playtest I)
    assert p.scene.focused().label == "Shirin: just my name"
    p.press(pygame.K_RIGHT)
    assert p.scene.focused().label == "Shirin: they / them"
    p.press(pygame.K_RETURN)
    assert p.scene.focused().label == "Shirin: she / her", "Enter does what the footer says"
    p.press(pygame.K_TAB)  # "my own…"
    assert "write my own" in footer(p)
    p.press(pygame.K_TAB)  # the second name
    assert "continue" in footer(p)
    p.type("Noa")
    p.press(pygame.K_RETURN)
    assert p.scene_name == "HomeScene"
    couple = p.services.couples()[0]
    assert (couple.pronouns(0), couple.pronouns(1)) == (Pronouns.SHE, Pronouns.THEY)
    p.click("Names and pronouns")
    p.click("Noa: they / them")  # the mouse steps through them as before
    assert p.widget("Noa: she / her")


def test_a_click_from_they_goes_to_she_then_he_then_just_a_name_and_round_again(pilots):
    """From "they / them", where everyone starts, the two most chosen come first (playtest J: they → just my name →
    she → he made a couple click past "she" and back); ← steps back the same way."""
    p = pilots()
    p.press(pygame.K_RETURN)
    p.click("Name 1")
    p.type("Shirin")
    seen = []
    for _ in range(4):
        label = next(w.label for w in p.scene.widgets if w.label.startswith("Shirin: ") and "own" not in w.label)
        seen.append(label.removeprefix("Shirin: "))
        p.click(label)
    assert seen == ["they / them", "she / her", "he / him", "just my name"]
    assert p.widget("Shirin: they / them"), "round again after the last"
    p.scene.focus_on(p.widget("Shirin: they / them"))
    p.press(pygame.K_LEFT)
    assert p.scene.focused().label == "Shirin: just my name"
