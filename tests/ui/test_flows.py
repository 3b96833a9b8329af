"""Scene tests: every flow of the game, driven like a person through the pilot."""

from __future__ import annotations

import json

import pygame
import pytest

from game.core.answers import Verdict
from game.core.cards import AnswerType, Kind
from game.core.quote_marks import quote_ends_sentence
from game.core.session import Phase
from game.ui.scenes.play_view import side_text
from game.ui.widgets import Toggle

from .tour import finish_turn, play_turn


def play_until(p, predicate, limit=80):
    for _ in range(limit):
        if predicate(p):
            return
        assert p.scene_name == "PlayScene", f"left play on {p.scene_name} before the condition held"
        play_turn(p)
    raise AssertionError("the condition never held")


def deal(p, **choices):
    p.click("Play")
    assert p.scene_name == "SetupScene"
    for label, on in choices.items():
        widget = next(w for w in p.scene.widgets if w.label.startswith(label))
        if widget.value != on:
            p.click(widget.label)
    p.click("Deal the cards")
    p.advance(0.6)
    assert p.scene_name == "PlayScene"
    return p.scene


def quiz_me_after_a_round(p):
    """A whole Play round, then Quiz me three days on (Home counts what is due when it is drawn: by then the answers
    have rested), on its first quiz."""
    deal(p)
    play_until(p, lambda q: q.scene_name != "PlayScene")
    p.press(pygame.K_RETURN)
    p.later(days=3)
    p.scene.refresh()
    p.click("Quiz me (" + p.labels()[1].split("(")[1])
    p.click("Start the quiz")
    assert p.scene_name == "PlayScene"


def test_first_start_makes_a_couple_with_names_of_any_script_by_keyboard(pilots):
    p = pilots()
    assert p.scene_name == "TitleScene"
    p.press(pygame.K_RETURN)
    assert p.scene_name == "CoupleFormScene"
    p.type("Zoë")
    p.press(pygame.K_RETURN)
    p.type("Nguyễn Thị Ánh")
    p.press(pygame.K_RETURN)
    assert p.scene_name == "HomeScene"
    couple = p.services.couples()[0]
    assert (couple.name(0), couple.name(1)) == ("Zoë", "Nguyễn Thị Ánh")


def test_the_couple_form_asks_for_two_different_names(pilots):
    p = pilots()
    p.press(pygame.K_RETURN)
    p.click("Start playing")
    assert p.scene_name == "CoupleFormScene"
    assert p.widget("Name 1").error
    p.type("Sam")
    p.press(pygame.K_TAB)
    p.click("Name 2")
    p.type("Sam")
    p.click("Start playing")
    assert p.scene_name == "CoupleFormScene"
    assert "different" in p.widget("Name 2").error
    assert p.services.couples() == []


@pytest.mark.parametrize("invisible", ["\u200f\u200d\u200b", "\u3164", "\u2800 \u2060"])
def test_the_couple_form_refuses_a_name_that_draws_nothing_as_it_refuses_spaces(pilots, invisible):
    """Playtest B, finding 8: a pasted name of joiners and marks was taken, and sentences read "Welcome, Zoë and ."."""
    p = pilots()
    p.press(pygame.K_RETURN)
    p.type("Zoë")
    p.press(pygame.K_RETURN)
    p.type(invisible)
    p.press(pygame.K_RETURN)
    assert p.scene_name == "CoupleFormScene"
    assert p.widget("Name 2").error == "Type a name here."
    assert p.services.couples() == []
    p.press(pygame.K_BACKSPACE, times=len(invisible))
    p.type("سارا\u200cجان")
    p.press(pygame.K_RETURN)
    assert p.scene_name == "HomeScene"
    assert [p.services.couples()[0].name(seat) for seat in (0, 1)] == ["Zoë", "سارا\u200cجان"]


def test_changing_a_name_to_one_that_draws_nothing_is_refused(pilots):
    p = pilots(at_home=True)
    p.click("Names and pronouns")
    p.click("Name 1")
    p.press(pygame.K_BACKSPACE, times=3)
    p.type("\u200b\u200d")
    p.click("Save")
    assert p.scene_name == "CoupleFormScene"
    assert p.widget("Name 1").error == "Type a name here."
    assert p.services.couples()[0].name(0) == "Zoë"


@pytest.mark.parametrize(
    "look_alike",
    ["Sa\u200bm", "Sam\u00ad", "Sam\u200f", "\u2060Sam", "Sa\u200dm", "Sa\ufe0fm"],
    ids=["zero-width space", "soft hyphen", "right-to-left mark", "word joiner", "joiner", "variation selector"],
)
def test_the_couple_form_refuses_a_name_that_only_looks_like_the_other(pilots, look_alike):
    """Kindred's last round: "Sam" and "Sam" with a zero-width space in it were two partners who then looked the
    same on every screen. Names are compared as they are seen."""
    p = pilots()
    p.press(pygame.K_RETURN)
    p.type("Sam")
    p.press(pygame.K_RETURN)
    p.type(look_alike)
    p.press(pygame.K_RETURN)
    assert p.scene_name == "CoupleFormScene"
    assert p.widget("Name 2").error == "Two different names, so the game can tell you apart."
    assert p.services.couples() == []


def test_a_name_is_kept_as_typed_without_what_draws_nothing_at_its_ends(pilots):
    p = pilots()
    p.press(pygame.K_RETURN)
    p.type("\u200f\u200bשירה \u200f")
    p.press(pygame.K_RETURN)
    p.type("👩\u200d❤\ufe0f\u200d👨 Sa\u200bm ❤\ufe0f\u00ad")
    p.press(pygame.K_RETURN)
    assert p.scene_name == "HomeScene"
    couple = p.services.couples()[0]
    assert (couple.name(0), couple.name(1)) == ("שירה", "👩\u200d❤\ufe0f\u200d👨 Sa\u200bm ❤\ufe0f")


def test_renaming_a_partner_to_a_look_alike_of_the_other_is_refused(pilots):
    p = pilots(at_home=True)
    p.click("Names and pronouns")
    p.click("Name 2")
    p.press(pygame.K_BACKSPACE, times=len("Łukasz"))
    p.type("Zoe\u0308\u200b")  # Zoë with its dots typed apart, and a zero-width space
    p.click("Save")
    assert p.scene_name == "CoupleFormScene"
    assert p.widget("Name 2").error == "Two different names, so the game can tell you apart."
    assert p.services.couples()[0].name(1) == "Łukasz"
    p.press(pygame.K_BACKSPACE)
    p.type("\u200c")  # a joiner with nothing to join, at its end
    p.click("Save")
    assert p.scene_name == "CoupleFormScene", "still Zoë"
    p.press(pygame.K_BACKSPACE, times=3)
    p.type("ey \u200f")
    p.click("Save")
    assert p.scene_name == "HomeScene"
    assert p.services.couples()[0].name(1) == "Zoey"


def test_choosing_colours_is_kept_with_the_couple(pilots):
    p = pilots()
    p.press(pygame.K_RETURN)
    p.click("Plum for player 1")
    p.click("Name 1")
    p.type("Alex")
    p.click("Name 2")
    p.type("Sam")
    p.click("Start playing")
    assert p.services.couples()[0].player(0).color == "#8e5a9b"


def test_a_whole_session_by_keyboard_ends_on_the_summary(pilots):
    p = pilots(at_home=True)
    p.press(pygame.K_RETURN)  # Play is focused first
    assert p.scene_name == "SetupScene"
    p.key("s")  # Deal the cards
    p.advance(0.6)
    play_until(p, lambda q: q.scene_name != "PlayScene")
    assert p.scene_name == "SummaryScene"
    summary = p.scene.summary
    assert summary.turns == 12
    assert summary.new_memories > 0
    p.press(pygame.K_RETURN)
    assert p.scene_name == "HomeScene"


MOUSE_TEXT = {"number": "7", "date": "14 March", "text": "tea"}


def answer_by_mouse(p, answer_input, typed):
    """Click into the field and type, or press the first option (the slider keeps its middle value)."""
    if answer_input.field is not None:
        p.click(answer_input.field.label)
        p.type(typed)
        p.click(answer_input.submit.label)
    elif answer_input.slider is not None:
        p.click(answer_input.submit.label)
    else:
        p.click(answer_input.widgets[0].label)


def test_a_session_by_mouse_alone(pilots):
    p = pilots(at_home=True)
    scene = deal(p)
    for _ in range(40):
        if p.scene_name != "PlayScene":
            break
        scene = p.scene
        card, phase = scene.card(), scene.session.phase
        typed = MOUSE_TEXT.get(card.answer_type.value, "")
        if phase is Phase.ANSWER and card.kind is Kind.ASK and card.remembered:
            answer_by_mouse(p, scene.input, typed)
        elif phase is Phase.PRIVATE:
            seat = scene.next_private_seat()
            p.click(f"Hand the laptop to {scene.name(seat)}")
            p.click(f"I'm {scene.name(seat)} — show me")
            answer_by_mouse(p, p.scene.input, typed)
            if card.kind is Kind.SCENARIO:
                p.click(p.scene.input.widgets[1].label)
        elif phase is Phase.GUESS:
            answer_by_mouse(p, scene.input, typed)
        elif phase is Phase.JUDGE:
            p.click("Got it")
        elif phase is Phase.REVEAL:
            p.click(next(label for label in p.labels() if label in ("Next card", "See how we did")))
        else:
            p.click(next(label for label in p.labels() if label in ("Next card", "See how we did", "We did it")))
        p.advance(0.6)
    assert p.scene_name == "SummaryScene"
    p.click("Back home")
    assert p.scene_name == "HomeScene"


def test_passing_keeps_the_turn_and_the_card_never_returns(pilots):
    p = pilots(at_home=True)
    scene = deal(p)
    turn = scene.session.current
    p.click("Pass")
    after = p.scene.session.current
    assert after.seat == turn.seat
    assert after.card != turn.card
    play_until(p, lambda q: q.scene_name != "PlayScene")
    assert p.scene.summary.passed == 1
    rows = p.store.conn.execute("SELECT deck_id, card_id FROM turns").fetchall()
    assert (turn.card.deck_id, turn.card.card_id) not in rows


def test_undo_takes_back_a_saved_answer(pilots):
    p = pilots(at_home=True)
    deal(p)
    play_until(p, lambda q: q.scene.session.phase is Phase.ANSWER and q.scene.card().remembered and q.scene.input.field is not None)
    scene_card = p.scene.session.current.card
    before = len(p.store.memories.all(1))
    play_turn(p)
    assert len(p.store.memories.all(1)) == before + 1
    p.press(pygame.K_TAB)  # leave the text field, so U is a shortcut again
    while p.scene.typing():
        p.press(pygame.K_TAB)
    p.key("u")
    assert len(p.store.memories.all(1)) == before
    assert p.scene.session.current.card == scene_card


def test_a_starred_card_is_in_the_summary(pilots):
    p = pilots(at_home=True)
    scene = deal(p)
    starred = scene.session.current.card
    p.key("s")  # S stars it, as the footer says, and leaves the focus where it was
    assert "Unstar" in p.labels()
    assert p.shell.toast_rect() is not None
    finish_turn(p)
    assert p.scene.session.current.card != starred
    assert p.shell.toast_rect() is None, "the star's toast goes with its card"
    play_until(p, lambda q: q.scene_name != "PlayScene")
    assert p.scene.summary.starred == (starred,)


def test_closing_the_window_mid_turn_and_starting_again_resumes_there(pilots):
    p = pilots(at_home=True)
    deal(p)
    play_turn(p)
    play_turn(p)
    current = p.scene.session.current
    answered = len(p.store.memories.all(1))
    p.close()
    q = pilots()
    q.press(pygame.K_RETURN)
    assert q.scene_name == "PlayScene"
    assert q.scene.session.current == current
    assert len(q.store.memories.all(1)) == answered


def test_private_answers_stay_hidden_until_both_have_answered(pilots):
    p = pilots(at_home=True)
    deal(p)
    play_until(p, lambda q: q.scene.session.phase is Phase.PRIVATE)
    scene = p.scene
    card = scene.card()
    p.press(pygame.K_RETURN)
    assert p.scene_name == "CurtainScene"
    p.press(pygame.K_RETURN)
    assert p.scene_name == "PrivateAnswerScene"
    if card.kind is Kind.SCENARIO:
        p.key("1")
        p.key("2")
    else:
        from .tour import SAMPLE_TEXT, answer

        answer(p, card.answer_type, SAMPLE_TEXT)
    assert p.scene_name == "PlayScene"
    assert p.scene.session.phase is Phase.PRIVATE
    from game.ui.scenes.play_view import side_text

    shown = " ".join(text for text, _, _ in side_text(p.scene))
    assert "Toast" not in shown and "has answered" in shown


def test_a_question_names_the_button_enter_presses(pilots):
    p = pilots(at_home=True)
    deal(p)
    p.press(pygame.K_ESCAPE)
    assert p.scene_name == "ConfirmScene"
    focused = p.scene.focused()
    assert focused.label == p.scene.no, "the safe answer has the focus"
    assert focused.kind == "primary", "and is drawn filled, as the answer Enter presses"
    assert ("Enter", focused.label) in p.scene.hints
    p.press(pygame.K_TAB)
    assert ("Enter", p.scene.focused().label) in p.scene.hints and p.scene.focused() is not focused
    p.step()
    assert p.scene.focused().kind == "primary" and focused.kind == "secondary", "the fill follows the focus"


def test_escape_asks_before_leaving_and_continue_picks_up_again(pilots):
    p = pilots(at_home=True)
    scene = deal(p)
    current = scene.session.current
    p.press(pygame.K_ESCAPE)
    assert p.scene_name == "ConfirmScene"
    p.click("Go home")
    assert p.scene_name == "HomeScene"
    p.click("Continue where you stopped")
    assert p.scene_name == "PlayScene"
    assert p.scene.session.current == current


def test_quiz_me_with_nothing_due_says_why_before_anything_is_pressed(pilots):
    p = pilots(at_home=True)
    p.click("Quiz me")
    assert p.scene.quiz_lines()[0].startswith("Nothing is ready to quiz yet")
    assert p.scene.widget("Start the quiz") is None, "no greyed Start with a shortcut that does nothing"
    assert p.labels() == ["Back home"]
    assert dict(p.scene.hints) == {"Enter": "home", "Esc": "back"}, "the footer offers nothing the screen cannot do"
    p.key("s")  # the shortcut a Start would have had
    assert p.scene_name == "SetupScene" and p.scene.message == ""
    p.press(pygame.K_RETURN)  # on Back home, the one thing to press
    assert p.scene_name == "HomeScene"


def test_quiz_me_asks_about_earlier_answers_and_the_owner_can_say_it_changed(pilots):
    p = pilots(at_home=True)
    quiz_me_after_a_round(p)
    assert p.scene.session.current.is_quiz
    play_until(
        p,
        lambda q: (
            q.scene_name != "PlayScene" or (q.scene.session.phase is Phase.JUDGE and q.scene.card().answer_type is AnswerType.TEXT)
        ),
        limit=60,
    )
    if p.scene_name == "PlayScene":
        memory = p.scene.session.current.memory
        p.key("c")
        assert p.scene_name == "ChangedAnswerScene"
        p.type("Oat latte now ☕")
        p.press(pygame.K_RETURN)
        p.key("1")
        history = p.store.memories.all(1)[memory].history
        assert [v.answer for v in history][-1] == "Oat latte now ☕" and len(history) == 2
    assert p.store.memories.reviews(1)


def test_a_pick_the_partner_missed_can_be_said_to_have_changed_at_the_reveal(pilots):
    p = pilots(at_home=True, seed=1)  # a round whose quiz holds two picks from a list
    quiz_me_after_a_round(p)

    def on_a_pick(q):
        return q.scene.session.phase is Phase.GUESS and q.scene.card().answer_type is AnswerType.CHOICE

    def pick(right: bool) -> tuple[object, str]:
        play_until(p, on_a_pick, limit=40)
        session, card = p.scene.session, p.scene.card()
        key, truth = session.current.memory, session.memories[session.current.memory].answer
        chosen = next(i for i, option in enumerate(card.options) if (option == truth) == right)
        p.key(str(chosen + 1))
        assert session.phase is Phase.REVEAL
        return key, card.options[chosen]

    pick(right=True)
    assert "That's changed" not in p.labels(), "a pick guessed right has nothing to change"
    p.press(pygame.K_RETURN)  # Next card
    p.advance(0.7)
    memory, guessed = pick(right=False)
    before = p.store.memories.all(1)[memory].history
    p.key("c")
    assert p.scene_name == "ChangedAnswerScene"
    p.key(str(p.scene.card.options.index(guessed) + 1))  # the pick the partner guessed is the owner's now
    assert p.scene_name == "PlayScene" and p.scene.session.phase is Phase.REVEAL
    history = p.store.memories.all(1)[memory].history
    assert history[:-1] == before and history[-1].answer == guessed, "the old pick stays in the story"
    assert "That's changed" not in p.labels(), "said once"
    words = [text for text, _, _ in side_text(p.scene)]
    assert any(text.endswith(f"answer now: {guessed}") for text in words)
    # the guess was right about them as they are now: judged again, and counted and kept so
    assert "Got it!" in words and "Something new learned" not in words
    assert p.scene.session.state.quiz_results[-1][1] is Verdict.GOT_IT
    kept = [review for review in p.store.memories.reviews(1) if review.memory == memory]
    assert [review.verdict for review in kept] == [Verdict.GOT_IT]
    p.press(pygame.K_RETURN)
    p.advance(0.7)
    assert p.scene_name != "PlayScene" or p.scene.session.current.memory != memory


def test_settings_change_at_once_and_are_kept(pilots):
    p = pilots(at_home=True)
    p.click("Settings")
    p.click("Theme: Warm")
    assert p.shell.ui.theme.name == "dark"
    p.click_at(p.widget("Text size: Medium").parts(p.shell.ui)[1].center)  # its +
    assert p.shell.ui.settings["text_size"] == "large"
    p.click("Reduced motion")
    p.close()
    q = pilots()
    assert q.shell.ui.theme.name == "dark"
    assert q.shell.ui.settings["reduced_motion"] is True
    stored = dict(q.store.conn.execute("SELECT key, value FROM settings").fetchall())
    assert json.loads(stored["text_size"]) == "large"


def test_f11_toggles_fullscreen_and_the_layout_follows_the_window(pilots):
    p = pilots(at_home=True)
    p.press(pygame.K_F11)
    assert p.shell.fullscreen
    p.press(pygame.K_F11)
    assert not p.shell.fullscreen
    pygame.display.set_mode((1600, 900), pygame.RESIZABLE)
    p.step([pygame.event.Event(pygame.VIDEORESIZE, w=1600, h=900, size=(1600, 900))])
    assert p.shell.ui.theme.size == (1600, 900)
    play = p.widget("Play")
    assert play.rect.width == p.shell.ui.theme.px(420)


@pytest.mark.parametrize("size", [(960, 540), (3840, 2160)])
def test_every_screen_fits_small_and_large_windows(pilots, tmp_path, size):
    from .drawn import frame
    from .tour import tour

    p = pilots(at_home=True, size=size)
    window = pygame.Rect((0, 0), size)
    checked: dict[str, int] = {}
    for name, _ in tour(p, tmp_path):
        shown = [w for w in p.scene.widgets if w.visible]
        for widget in shown:
            assert widget.rect.width > 0 and widget.rect.height > 0, f"{widget.label} on {name} was never placed"
            assert window.contains(widget.rect), f"{widget.label} {tuple(widget.rect)} spills off {name}"
        for index, a in enumerate(shown):
            for b in shown[index + 1 :]:
                assert not a.rect.colliderect(b.rect), f"{a.label} and {b.label} overlap on {name}"
        # Text a scrolled list or panel clips on purpose may run past the window unseen; text drawn unclipped may not.
        off = [d for d in frame(p) if not window.contains(d.ink) and d.clip == window]
        assert not off, f"text drawn off the window on {name}: {off}"
        checked[name] = len(shown)
    assert {"home", "settings", "setup", "summary", "story"} <= set(checked)
    assert any(name.startswith("play-") for name in checked)
    assert all(count > 0 for name, count in checked.items() if name != "curtain"), f"screens with nothing checked: {checked}"


def test_half_typed_text_survives_closing_the_window(pilots):
    p = pilots(at_home=True)
    deal(p)
    play_until(p, lambda q: q.scene.session.phase is Phase.ANSWER and q.scene.input is not None and q.scene.input.field is not None)
    p.type("Half a thought, with ☕")
    p.close()
    q = pilots()
    q.press(pygame.K_RETURN)
    assert q.scene_name == "PlayScene"
    assert q.scene.input.field.value == "Half a thought, with ☕"


def _deal_important_dates(p):
    """A round from Important Dates alone, where the date cards are."""
    p.click("Play")
    for toggle in [w for w in p.scene.widgets if isinstance(w, Toggle)]:
        if toggle.value != toggle.label.startswith("Important Dates"):
            p.click(toggle.label)
    p.click("Deal the cards")
    p.advance(0.6)


def test_a_half_given_date_comes_back_whole_after_closing_the_window(pilots):
    from .test_play_loop import _play_rounds_until

    p = pilots(at_home=True)

    def on_a_date(scene) -> bool:
        return scene.session.phase is Phase.ANSWER and scene.input is not None and scene.input.year is not None

    turn = _play_rounds_until(p, _deal_important_dates, on_a_date, 8, "no date card was dealt")
    p.type("9")
    turn.input.slider.set(6, p.shell.ui)
    p.click("Year")
    p.type("2019")
    p.close()
    q = pilots()
    q.press(pygame.K_RETURN)
    date = q.scene.input
    assert (date.field.value, int(date.slider.value), date.year.value) == ("9", 6, "2019")


def reopened_behind_the_curtain(p, pilots, hand: str):  # type: ignore[no-untyped-def]
    """Close the window, start again, and go back behind the curtain with `hand`: never straight onto it."""
    p.close()
    q = pilots()
    q.press(pygame.K_RETURN)
    assert q.scene_name == "PlayScene"  # never straight onto the private screen
    q.click(hand)
    q.press(pygame.K_RETURN)
    assert q.scene_name == "PrivateAnswerScene"
    return q


def behind_the_curtain_on_a_private_text(p) -> str:  # type: ignore[no-untyped-def]
    """Play rounds until a both card with a free-text answer is dealt, and go behind the curtain with it; returns the
    button that handed the laptop over."""
    from .test_play_loop import _play_rounds_until

    def on_a_private_text(scene) -> bool:
        card = scene.card()
        return scene.session.phase is Phase.PRIVATE and card.kind is Kind.BOTH and card.answer_type is AnswerType.TEXT

    _play_rounds_until(p, deal, on_a_private_text, 8, "no private free-text card was dealt")
    hand = next(w.label for w in p.scene.widgets if w.label.startswith("Hand the laptop to"))
    p.click(hand)
    p.press(pygame.K_RETURN)  # past the curtain
    assert p.scene_name == "PrivateAnswerScene"
    return hand


def test_a_half_typed_private_answer_comes_back_behind_the_curtain_after_closing_the_window(pilots):
    p = pilots(at_home=True)
    hand = behind_the_curtain_on_a_private_text(p)
    p.type("My secret stash of Turkish delight")
    q = reopened_behind_the_curtain(p, pilots, hand)
    assert q.scene.input.field.value == "My secret stash of Turkish delight"


def test_a_half_typed_private_answer_handed_back_with_esc_is_there_when_the_laptop_comes_back(pilots):
    p = pilots(at_home=True)
    hand = behind_the_curtain_on_a_private_text(p)
    p.type("The day we found the cafe")
    assert ("Esc", "hand back") in p.scene.hints
    p.press(pygame.K_ESCAPE)
    assert p.scene_name == "PlayScene" and not p.scene.session.state.private, "handing back answers nothing"
    p.click(hand)
    p.press(pygame.K_RETURN)
    assert p.scene_name == "PrivateAnswerScene"
    assert p.scene.input.field.value == "The day we found the cafe"
    p.press(pygame.K_RETURN)
    assert p.scene_name == "PlayScene" and list(p.scene.session.state.private.values()) == ["The day we found the cafe"]


def test_a_scenario_pick_made_before_the_window_closed_is_kept_and_the_prediction_is_asked(pilots):
    from .test_play_loop import _play_rounds_until

    p = pilots(at_home=True)

    def on_a_scenario(scene) -> bool:
        return scene.session.phase is Phase.PRIVATE and scene.card().kind is Kind.SCENARIO

    _play_rounds_until(p, deal, on_a_scenario, 12, "no scenario was dealt")
    hand = next(w.label for w in p.scene.widgets if w.label.startswith("Hand the laptop to"))
    p.click(hand)
    p.press(pygame.K_RETURN)  # past the curtain
    p.key("2")  # their own pick
    assert p.scene.predicting
    own = p.scene.own
    q = reopened_behind_the_curtain(p, pilots, hand)
    assert q.scene.predicting and q.scene.own == own, "the pick is kept; what is left is the guess"
    from game.core.answers import describe

    picked = describe(q.scene.card, own)
    named = f"You picked {quote_ends_sentence(picked)} And which do you think"
    assert q.scene.question().startswith(named), "the kept pick is named"
    assert ("Esc", "change my pick") in q.scene.hints
    q.key("1")
    assert q.scene_name == "PlayScene"
    seat = next(iter(q.scene.session.state.private))
    assert q.scene.session.state.private[seat][0] == own


def test_a_scenario_reveal_says_a_guess_matched_not_that_the_picks_did(pilots):
    from game.ui.scenes.play_view import reveal_lines

    from .test_play_loop import _play_rounds_until

    p = pilots(at_home=True)

    def on_a_scenario(scene) -> bool:
        return scene.session.phase is Phase.PRIVATE and scene.card().kind is Kind.SCENARIO

    _play_rounds_until(p, deal, on_a_scenario, 12, "no scenario was dealt")
    for own, guess in (("1", "2"), ("2", "1")):  # different picks, each guessed right
        hand = next(w.label for w in p.scene.widgets if w.label.startswith("Hand the laptop to"))
        p.click(hand)
        p.press(pygame.K_RETURN)
        p.key(own)
        p.key(guess)
    assert p.scene.session.phase is Phase.REVEAL
    words = [text for seat in (0, 1) for text, _, _ in reveal_lines(p.scene, seat)]
    assert not any("In sync" in text for text in words), words
    partners = [p.scene.name(seat) for seat in (1, 0)]
    assert [text for text in words if text.startswith("Guessed")] == [f"Guessed {name}'s pick ♥" for name in partners]


def test_undo_after_a_private_reveal_takes_both_answers_back_and_says_so(pilots):
    from .test_play_loop import _play_rounds_until

    p = pilots(at_home=True)

    def on_a_private_card(scene) -> bool:
        return scene.session.phase is Phase.PRIVATE and not scene.session.state.private

    _play_rounds_until(p, deal, on_a_private_card, 8, "no private card was dealt")
    first = p.scene.seat
    for _ in range(2):
        play_turn(p)
    assert p.scene.session.phase is Phase.REVEAL
    p.key("u")
    assert p.scene.session.phase is Phase.PRIVATE and p.scene.session.state.private == {}
    assert p.shell.ui.toast_text == "Both answers are taken back: answer this one again, each of you."
    assert p.widget(f"Hand the laptop to {p.scene.name(first)}")


def test_private_limits_are_set_behind_the_curtain_and_the_lower_cap_deals(pilots):
    p = pilots(at_home=True)
    p.click("Play")
    p.click("Our private limits…")
    assert p.scene_name == "CurtainScene"
    p.press(pygame.K_RETURN)
    assert p.scene_name == "LimitsScene"
    p.press(pygame.K_LEFT)  # the slider has focus: 3 → 2
    p.press(pygame.K_LEFT)  # → 1
    p.click("Save my limits")
    assert p.scene_name == "CurtainScene"
    p.press(pygame.K_RETURN)
    p.click("Save my limits")
    assert p.scene_name == "SetupScene"
    p.click("Deal the cards")
    session = p.scene.session
    assert session.config.filters.max_level == 1
    assert all(session.card(key).level == 1 for key in session.state.deal)


def test_after_a_click_enter_first_shows_the_focus_instead_of_pressing_something_unseen(pilots):
    p = pilots(at_home=True)
    p.click("Play")
    first = p.scene.focused()
    assert not p.shell.ui.show_focus and first.label.startswith("Arguing and Making Up") and first.value
    p.press(pygame.K_RETURN)
    assert p.shell.ui.show_focus and first.value, "the first Enter only showed the focus"
    p.press(pygame.K_RETURN)
    assert not first.value, "the second Enter toggled the deck the ring is on"


def test_half_typed_text_survives_a_star_and_a_break(pilots):
    p = pilots(at_home=True)
    deal(p)
    play_until(p, lambda q: q.scene.session.phase is Phase.ANSWER and q.scene.input is not None and q.scene.input.field is not None)
    p.type("Half a thought")
    p.click("Star")
    assert p.scene.input.field.value == "Half a thought"
    p.press(pygame.K_ESCAPE)
    assert p.scene_name == "ConfirmScene"
    p.click("Keep playing")
    assert p.scene_name == "PlayScene"
    assert p.scene.input.field.value == "Half a thought"


def test_enter_on_a_slider_does_the_screens_main_action(pilots):
    p = pilots(at_home=True)
    p.click("Play")
    p.press(pygame.K_TAB)  # the keyboard shows the focus
    p.key("l")  # Our private limits…
    p.press(pygame.K_RETURN)  # through the curtain
    assert p.scene_name == "LimitsScene" and type(p.scene.focused()).__name__ == "Slider"
    p.press(pygame.K_RETURN)
    assert p.scene_name == "CurtainScene", "Enter on the slider kept the limits, as the hints say"


def test_a_saved_answer_never_carries_into_the_next_cards_field(pilots):
    p = pilots(at_home=True)
    deal(p)
    for _ in range(12):
        scene = p.scene
        if scene.session.phase is Phase.ANSWER and scene.input is not None and scene.input.field is not None:
            p.type(
                "7"
                if scene.card().answer_type.value == "number"
                else "14 March"
                if scene.card().answer_type.value == "date"
                else "tea"
            )
            p.press(pygame.K_RETURN)
            p.advance(0.6)
            after = p.scene
            if after.input is not None and after.input.field is not None:
                assert after.input.field.value == "", "the previous answer came along to the next card"
        else:
            play_turn(p)


def test_the_window_is_never_made_smaller_than_the_smallest_size_every_screen_is_tested_at(pilots):
    import warnings

    from game.ui.shell import MIN_SIZE

    from .test_layout import SIZES

    assert min(SIZES) == MIN_SIZE, "the layout tests start at the window's smallest size"
    p = pilots(at_home=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        window = pygame.Window.from_display_module()
    assert tuple(window.minimum_size) == MIN_SIZE
    window.size = (800, 600)  # dragged smaller: the system keeps it at the smallest allowed
    p.step([pygame.event.Event(pygame.VIDEORESIZE, w=800, h=600, size=(800, 600))])
    width, height = p.shell.ui.theme.size
    assert width >= MIN_SIZE[0] and height >= MIN_SIZE[1]
    p.click("Settings")
    p.click("Fullscreen")  # and back to a window: the smallest size still holds
    p.click("Fullscreen")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        assert tuple(pygame.Window.from_display_module().minimum_size) == MIN_SIZE


def test_a_scenario_guess_is_never_chosen_for_them_so_enter_after_a_pick_guesses_nothing(pilots):
    """A number picked their own answer and moved on to the guess with its first option focused: the Enter that
    followed (as the hints said) saved a guess nobody made."""
    from .test_play_loop import _play_rounds_until

    p = pilots(at_home=True)

    def on_a_scenario(scene) -> bool:
        return scene.session.phase is Phase.PRIVATE and scene.card().kind is Kind.SCENARIO

    _play_rounds_until(p, deal, on_a_scenario, 12, "no scenario was dealt")
    p.click(next(w.label for w in p.scene.widgets if w.label.startswith("Hand the laptop to")))
    p.press(pygame.K_RETURN)  # past the curtain
    p.key("3")  # their own pick
    assert p.scene.predicting and p.scene.focused() is None
    assert all(key != "Enter" for key, _ in p.scene.hints)
    p.press(pygame.K_RETURN)
    assert p.scene_name == "PrivateAnswerScene" and p.scene.predicting, "Enter alone guessed nothing"
    p.press(pygame.K_TAB)
    assert p.scene.focused() is not None and ("Enter", "hide till you've both answered") in p.scene.hints
    p.press(pygame.K_RETURN)  # now a guess was chosen: Enter saves it
    assert p.scene_name == "PlayScene"
