"""What a new couple tripped over in a whole evening of play: empty parts, shortcuts that typed, a switch that stayed on."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.core.cards import CardKey, Kind
from game.core.date_night_state import Segment, StepKind
from game.ui.scenes.round_progress import progress_words
from game.ui.widgets import Toggle

from .date_night_tour import play_turn, pledge, remember_before, set_up
from .drawn import frame
from .test_flows import deal
from .test_play_loop import _on_a_text_field
from .test_studio import add_card, choose, new_deck, saved
from .tour import play_turn as play_turn_quick

JUST_NOW = {
    CardKey("favourite-details", "coffee-order"): ("Oat flat white, extra hot", "Black, no fuss"),
}


def _to_segment(p, segment: Segment) -> None:  # type: ignore[no-untyped-def]
    """Play (or step through) the evening until `segment`'s opening is on the table."""
    for _ in range(200):
        if p.scene_name == "DateNightScene":
            step = p.scene.evening.step
            if step.kind is StepKind.CARDS and step.segment is segment:
                return
            if step.kind is StepKind.PLEDGE:
                pledge(p)
            elif step.kind is StepKind.CARDS:
                p.press(pygame.K_RETURN)
            else:
                raise AssertionError(f"unexpected step {step.kind}")
        else:
            play_turn(p)
            p.later(minutes=4)
    raise AssertionError(f"never reached {segment}")


def test_date_night_quiz_with_nothing_ready_is_left_out_before_it_is_announced(pilots) -> None:
    p = pilots(at_home=True)
    remember_before(p, JUST_NOW, days_ago=0.01)  # answered a quarter of an hour ago: due, but not rested
    set_up(p, minutes=60)
    evening = p.scene.evening  # type: ignore[attr-defined]
    assert Segment.QUIZ not in [step.segment for step in evening.state.steps]
    assert Segment.QUIZ not in [segment for segment, _ in evening.arc()]
    _to_segment(p, Segment.DEEPER)  # from the warm-up straight on to going deeper, no quiz announced on the way
    p.advance(2.0)  # the opening fades in
    assert "PART 3 OF 5" in [drawn.text for drawn in frame(p)]


@pytest.mark.parametrize("by", ["keyboard", "mouse"])
def test_date_night_quiz_with_nothing_ready_when_it_comes_says_so_and_moves_on(pilots, by: str) -> None:
    p = pilots(at_home=True)
    remember_before(p, JUST_NOW, days_ago=2)  # rested: the plan holds a quiz
    set_up(p, minutes=60)
    _to_segment(p, Segment.QUIZ)
    remember_before(p, {key: ("Tea", "Water") for key in JUST_NOW}, days_ago=0)  # answered afresh meanwhile
    p.press(pygame.K_RETURN) if by == "keyboard" else p.click("Deal the cards")  # deal the quiz
    assert p.scene_name == "DateNightScene", "no empty quiz screen"
    step = p.scene.evening.step  # type: ignore[attr-defined]
    assert step.kind is StepKind.CARDS and step.segment is Segment.DEEPER
    assert "Nothing is ready to quiz yet" in p.shell.ui.toast_text
    assert p.labels()[0] == "Deal the cards"


def _chord(p, key: int, text: str, mod: int = pygame.KMOD_LALT) -> None:  # type: ignore[no-untyped-def]
    """A key with a modifier as SDL delivers it on a desktop: the key, the text it would type, the key up."""
    down = pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode=text, scancode=0)
    typed = pygame.event.Event(pygame.TEXTINPUT, text=text)
    up = pygame.event.Event(pygame.KEYUP, key=key, mod=mod, unicode=text, scancode=0)
    p.step([down, typed, up])


def test_alt_shortcuts_act_and_type_nothing_into_the_answer(pilots) -> None:
    p = pilots(at_home=True)
    _on_a_text_field(p)
    turn = p.scene.session.current
    p.type("Tea")
    _chord(p, pygame.K_s, "s")  # star
    assert turn.card in p.scene.session.state.starred
    assert p.scene.input.field.value == "Tea"
    _chord(p, pygame.K_x, "x")  # pass: the next card's answer starts empty
    assert p.scene.session.current != turn
    if p.scene.typing():
        assert p.scene.input.field.value == ""
    p.type("é ü ☕")  # plain typing, accents and all, still goes in
    if p.scene.typing():
        assert p.scene.input.field.value == "é ü ☕"


def test_alt_shortcuts_act_with_no_field_focused_too(pilots) -> None:
    p = pilots(at_home=True)
    _on_a_text_field(p)
    p.press(pygame.K_TAB)
    p.press(pygame.K_TAB)
    assert not p.scene.typing()
    turn = p.scene.session.current
    _chord(p, pygame.K_s, "s")
    assert turn.card in p.scene.session.state.starred


def test_altgr_text_is_typed_not_taken_for_a_shortcut(pilots) -> None:
    p = pilots(at_home=True)
    _on_a_text_field(p)
    turn = p.scene.session.current
    _chord(p, pygame.K_e, "€", mod=pygame.KMOD_RALT | pygame.KMOD_MODE)  # AltGr+E on a European keyboard
    assert p.scene_name == "PlayScene" and p.scene.session.current == turn
    assert p.scene.input.field.value == "€"


def test_just_between_us_belongs_to_one_answer_not_the_next_players_card(pilots) -> None:
    p = pilots(at_home=True)
    _on_a_text_field(p)
    turn = p.scene.session.current
    p.click("Just between us")
    assert p.widget("Just between us").value is True
    p.click("Pass")  # the switch was for this answer, which was never given
    assert p.scene.session.current != turn
    for _ in range(30):  # on to the next card with an answer box, whoever's turn it is
        if p.scene.widget("Just between us") is not None:
            break
        play_turn_quick(p)
    assert p.widget("Just between us").value is False
    assert p.scene.keep_private is False


def test_just_between_us_comes_back_with_the_answer_undo_gives_back(pilots) -> None:
    p = pilots(at_home=True)
    _on_a_text_field(p)
    owner_key = p.scene.draft_key()
    p.click("Just between us")
    p.click("Answer")
    p.type("A secret")
    p.press(pygame.K_RETURN)
    saved = [m for m in p.scene.session.memories.values() if m.answer == "A secret"]
    assert saved and saved[0].private
    p.click("Undo")
    assert p.scene.draft_key() == owner_key
    assert p.scene.input.field.value == "A secret"
    assert p.widget("Just between us").value is True


def test_studio_an_answer_type_on_an_ask_card_asks_for_its_quiz_at_once_and_is_not_saved_without(pilots) -> None:
    p = pilots(at_home=True)
    new_deck(p)
    add_card(p, "How tired are you, from 1 (fresh) to 10 (asleep)?")
    choose(p, "Answer", "scale")
    quiz = p.widget("Quiz phrasing")
    assert quiz.error.startswith("A scale answer is kept to quiz later")  # said at once, where the quiz goes
    p.click("Save card")
    assert p.scene_name == "CardFormScene", "a card that would drop its scale is not saved"
    p.click("Quiz phrasing")
    p.type("How tired is {name}, from 1 (fresh) to 10 (asleep)?")
    assert quiz.error == ""
    p.click("Save card")
    assert p.scene_name == "DeckScene"
    [card] = saved(p).cards
    assert card.remembered and card.answer_type.value == "scale"


def test_studio_an_aloud_card_with_words_needs_no_quiz(pilots) -> None:
    p = pilots(at_home=True)
    new_deck(p)
    add_card(p, "What was the best part of your week?")
    choose(p, "Answer", "scale")
    choose(p, "Answer", "text")  # back to Words: answered aloud, nothing to add
    assert p.widget("Quiz phrasing").error == ""
    p.click("Save card")
    assert p.scene_name == "DeckScene"


def test_home_with_a_round_to_continue_has_continue_focused_so_enter_continues(pilots) -> None:
    p = pilots(at_home=True)
    scene = deal(p)
    play_turn_quick(p)
    on_table = scene.session.current
    p.press(pygame.K_ESCAPE)
    p.click("Go home")
    assert p.scene_name == "HomeScene"
    assert p.scene.focused().label == "Continue where you stopped"
    p.press(pygame.K_RETURN)
    assert p.scene_name == "PlayScene" and p.scene.session.current == on_table


def test_home_without_a_round_to_continue_has_play_focused(pilots) -> None:
    p = pilots(at_home=True)
    assert p.scene.focused().label == "Play"
    p.click("Settings")
    p.press(pygame.K_ESCAPE)
    assert p.scene.focused().label == "Settings"  # coming back, the place is kept


def test_our_story_marks_a_memory_by_p_only_a_click_chooses_it_and_enter_or_a_click_says_so(pilots) -> None:
    p = pilots(at_home=True)
    more = {
        CardKey("favourite-details", "only-ever-over-the-sink"): ("Toast", "Pizza"),
        CardKey("favourite-details", "famous-at-school-for-a-week"): ("A bad haircut", "A goal"),
    }
    remember_before(p, {**JUST_NOW, **more}, days_ago=2)  # the ask cards go in turn: two of them are Zoë's
    couple = p.services.couples()[0]

    def private() -> set[object]:
        return {m.key for m in p.store.memories.all(couple.id).values() if m.key.owner == 0 and m.private}

    p.click("Our story")
    listing = p.widget("Memories")
    p.scene.focus_on(listing)
    p.press(pygame.K_RETURN, times=2)  # (the first may only show where the focus is)
    assert not private(), "Enter on the list marks nothing by accident"
    assert "P marks it just between us" in p.shell.ui.toast_text  # it says which key does
    assert ("P", "mark just between us") in p.scene.hints
    p.key("p")
    assert private()
    assert "just between us" in p.shell.ui.toast_text and "P undoes it" in p.shell.ui.toast_text
    p.key("p")
    assert not private()
    listing = p.widget("Memories")  # built again with the mark's change
    assert len(listing.items) == 2 and listing.selected == 0
    p.scene.focus_on(p.widget("Over time"))
    second = (listing.rect.centerx, listing.rect.top + listing._heights[0] + listing._heights[1] // 2)
    p.step([pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=second, button=1)])
    p.step([pygame.event.Event(pygame.MOUSEBUTTONUP, pos=second, button=1)])
    assert not private(), "a click on a memory marks nothing: it chooses it"
    assert listing.selected == 1 and p.scene.focused() is listing
    assert "P marks it just between us" in p.shell.ui.toast_text
    p.key("p")  # P marks the one clicked
    assert private() == {p.scene.shown[1].key}
    p.click("Just between us")  # the mouse's way: the button under the list unmarks the one chosen
    assert not private()
    assert p.scene.listing.selected == 1


def test_choose_your_cards_starts_from_the_decks_picked_last_time_even_after_a_restart(pilots) -> None:
    p = pilots(at_home=True)
    p.click("Play")
    toggles = [w for w in p.scene.widgets if isinstance(w, Toggle)]
    first, second = toggles[0], toggles[1]
    assert first.value and second.value
    p.click(first.label)  # not this one tonight
    p.click("Deal the cards")
    assert p.scene_name == "PlayScene"
    p.press(pygame.K_ESCAPE)
    p.click("Go home")
    p.close()

    again = pilots()
    again.press(pygame.K_RETURN)  # the couple, from the title: left with "Go home", the round waits behind Home
    assert again.scene_name == "HomeScene"
    again.click("Play")
    assert again.widget(first.label).value is False
    assert again.widget(second.label).value is True


def test_a_round_longer_than_its_decks_says_so_on_set_up_and_counts_what_there_is(pilots) -> None:
    p = pilots(at_home=True)
    folder = Path(p.services.decks_folder())
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "tiny.yaml").write_text(
        "format: 1\nid: tiny\nname: Tiny\ncards:\n  - {id: a, text: What made you laugh today?}\n"
        "  - {id: b, text: Where would you go this weekend?}\n",
        encoding="utf-8",
    )
    p.advance(1.6)  # the new file is noticed
    couple = p.services.couples()[0]
    p.services.save_chosen_decks(couple, ["tiny"])  # what they chose last time
    p.click("Play")
    assert [w.label for w in p.scene.widgets if isinstance(w, Toggle) and w.value] == ["Tiny (2)"]
    assert p.scene.short == "12 cards asked, this deck has 2 — the round will be 2 cards."
    p.click("Deal the cards")
    p.advance(0.6)
    assert progress_words(p.scene.session) == "Card 1 of 2"


def test_a_follow_up_that_is_not_a_question_is_not_labelled_ask_next(pilots) -> None:
    from game.core.session import SessionConfig
    from game.ui.routes import Play
    from game.ui.scenes.play_view import side_text

    p = pilots(at_home=True)
    couple = p.services.couples()[0]
    # A built-in card answered aloud whose follow-up is not a question, whichever one the decks hold today.
    card = next(
        card
        for deck in p.services.decks()
        for card in deck.cards
        if card.kind is Kind.ASK
        and not card.spicy
        and card.quiz is None
        and card.followups
        and not card.followups[0].rstrip().endswith("?")
        and "{" not in card.followups[0]
    )
    key = card.key
    handle = p.services.start(couple, SessionConfig(deck_ids=(key.deck_id,), length=1, cards=(key,), quizzes=False))
    p.shell.ui.push(Play(handle))
    p.step()
    assert p.scene.card().key == key
    shown = [text for text, _, _ in side_text(p.scene)]
    assert f"Next: “{card.followups[0]}”" in shown
    assert not any(line.startswith("Ask next") and not line.endswith("?”") for line in shown)


def test_just_between_us_shows_on_when_re_answering_and_switched_off_unmarks_it_as_our_story_does(pilots) -> None:
    """Playtest D, item 13: re-answering a private memory showed the switch Off, though saving kept it private. It
    shows On, and saving keeps the mark. Switched off, it then refused and said "Our story can unmark it", while
    Our story's own P unmarked it: two rules for one mark. One rule now, in the same words (game.ui.between_us): a
    mark stays until the couple unmark it themselves, with P in Our story or by switching it off as they answer."""
    from game.core.dealing import DealFilters
    from game.core.session import Mode, SessionConfig

    p = pilots(at_home=True)
    couple = p.services.couples()[0]
    card = next(
        card
        for deck in p.services.decks()
        if not deck.opt_in
        for card in deck.cards
        if card.kind is Kind.ASK and card.remembered and card.answer_type.value == "text" and card.level == 1
    )

    def answer_it(words: str) -> None:
        config = SessionConfig(mode=Mode.PLAY, deck_ids=(card.deck_id,), cards=(card.key,), length=1, filters=DealFilters())
        p.services.start(couple, config)
        p.scene.refresh()
        p.click("Continue where you stopped")
        assert p.scene.card() == card and p.scene.session.current.seat == 0
        p.click("Answer")
        p.type(words)

    def stored():  # type: ignore[no-untyped-def]
        [memory] = [m for m in p.store.memories.all(couple.id).values() if m.key.card_id == card.id]
        return memory

    answer_it("A secret")
    assert p.widget("Just between us").value is False, "a first answer starts shareable"
    p.click("Just between us")
    p.click(f"Save {couple.name(0)}'s answer")
    assert p.scene_name == "SummaryScene"
    p.press(pygame.K_RETURN)
    answer_it("Another secret")
    assert p.widget("Just between us").value is True, "already just between us: the switch says so"
    p.click(f"Save {couple.name(0)}'s answer")
    assert stored().private and stored().answer == "Another secret", "answered again, it stays just between us"
    p.press(pygame.K_RETURN)
    answer_it("Not a secret any more")
    p.click("Just between us")
    assert p.widget("Just between us").value is False, "the switch does what it shows"
    p.click(f"Save {couple.name(0)}'s answer")
    assert not stored().private and stored().answer == "Not a secret any more"
    assert p.shell.ui.toast_text == "No longer just between us. Our story can mark it again."  # as Our story's P says
