"""The play loop as a couple meets it over several evenings: nothing lost by surprise, quizzes at sensible times."""

from __future__ import annotations

import re

import pygame

from game.core.cards import AnswerType, Kind
from game.core.session import Mode, Phase
from game.ui.scenes.play_view import side_text
from game.ui.scenes.round_progress import round_place

from .test_flows import deal
from .tour import play_turn


def _leave_a_round_open(p):
    """A round left open after whole cards, at least one of which left an answer to quiz (whichever cards are dealt)."""
    scene = deal(p)
    while not scene.session.state.completed or not scene.session.memories:  # whole cards, however many steps each takes
        play_turn(p)
    open_id = scene.stored.session_id
    state = scene.session.state
    # a card answered and revealed on the table is played once the round ends, so it counts already
    on_table = state.phase is Phase.REVEAL and state.current is not None and not state.current.is_quiz
    p.played = sum(1 for turn in state.completed if not turn.is_quiz) + on_table
    p.press(pygame.K_ESCAPE)
    p.click("Go home")
    assert p.scene_name == "HomeScene"
    return open_id


def test_dealing_with_an_unfinished_round_asks_first_and_continue_keeps_it(pilots):
    p = pilots(at_home=True)
    open_id = _leave_a_round_open(p)
    p.click("Play")
    p.click("Deal the cards")
    assert p.scene_name == "RoundInProgressScene"
    assert p.scene.question == "You have a round in progress: continue it, or end it and start this one?"
    assert f"{p.played} card{'s' if p.played != 1 else ''} played so far" in p.scene.detail
    p.click("Continue it")
    p.advance(0.2)
    assert p.scene_name == "PlayScene"
    assert p.scene.stored.session_id == open_id
    assert p.store.sessions.unfinished(p.services.couples()[0].id).id == open_id


def test_escape_on_the_unfinished_round_question_changes_nothing(pilots):
    p = pilots(at_home=True)
    open_id = _leave_a_round_open(p)
    p.click("Play")
    p.click("Deal the cards")
    p.press(pygame.K_ESCAPE)
    assert p.scene_name == "SetupScene"
    assert p.store.sessions.unfinished(p.services.couples()[0].id).id == open_id


def test_quiz_me_with_an_unfinished_round_ends_it_only_when_asked_and_says_so(pilots):
    p = pilots(at_home=True)
    open_id = _leave_a_round_open(p)
    p.later(days=3)
    p.click(next(label for label in p.labels() if label.startswith("Quiz me")))
    p.click("Start the quiz")
    assert p.scene_name == "RoundInProgressScene"
    cards = f"{p.played} card{'s' if p.played != 1 else ''}"
    assert f"{cards} played so far" in p.scene.detail  # the count asked about is the count the ending names
    p.click("End it and start this one")
    p.advance(0.2)
    assert p.scene_name == "PlayScene"
    assert p.scene.session.config.mode is Mode.QUIZ
    assert p.scene.stored.session_id != open_id
    assert f"Your earlier round has ended after {cards};" in p.shell.ui.toast_text
    ended = p.store.conn.execute("SELECT ended_at, state FROM sessions WHERE id = ?", (open_id,)).fetchone()
    assert ended[0] is not None and '"phase":"ended"' in ended[1]


def test_date_night_with_an_unfinished_round_asks_first(pilots):
    p = pilots(at_home=True)
    open_id = _leave_a_round_open(p)
    p.click("Date night")
    assert p.scene_name == "RoundInProgressScene"
    p.click("Continue it")
    p.advance(0.2)
    assert p.scene_name == "PlayScene" and p.scene.stored.session_id == open_id
    p.press(pygame.K_ESCAPE)
    p.click("Go home")
    p.click("Date night")
    p.click("End it and start this one")
    p.advance(0.2)
    assert p.scene_name == "DateNightSetupScene"
    assert p.store.sessions.unfinished(p.services.couples()[0].id) is None


def test_no_question_without_an_unfinished_round(pilots):
    p = pilots(at_home=True)
    deal(p)
    assert p.scene_name == "PlayScene"


def _cards_after_this_one(session) -> int:
    """How many cards the round still deals after the one on the table."""
    played, length = round_place(session)
    return length - played - 1


def _play_rounds_until(p, deal_round, wanted, rounds: int, missing: str):
    """Deal up to `rounds` rounds with `deal_round` and play them until `wanted(scene)` holds; stop on that card."""
    for _ in range(rounds):
        deal_round(p)
        while p.scene_name == "PlayScene":
            if wanted(p.scene):
                return p.scene
            play_turn(p)
        p.click("Back home")
    raise AssertionError(missing)


def on_a_remembered_ask_card(p, answer: AnswerType, dealt, rounds: int, missing: str):
    """Rounds `dealt` and played until a remembered ask card answered by `answer` is on the table with cards still
    to come, so saving it moves to another turn (a round whose only such card comes last is played out)."""

    def wanted(scene) -> bool:
        card = scene.card()
        return (
            scene.session.phase is Phase.ANSWER
            and card.kind is Kind.ASK
            and card.remembered
            and card.answer_type is answer
            and _cards_after_this_one(scene.session) > 0
        )

    return _play_rounds_until(p, dealt, wanted, rounds, missing).session.current


def _on_an_aloud_card(p):
    """A remembered ask card answered aloud, whichever cards the decks deal."""
    return on_a_remembered_ask_card(p, AnswerType.TEXT, deal, 5, "five rounds dealt no remembered ask card before their last card")


def test_the_screen_says_who_asks_so_the_card_s_i_and_you_are_plain(pilots):
    """Cards talk to the one answering as "you", in the voice of the other ("I"): the screen names both."""
    p = pilots(at_home=True)
    turn = _on_an_aloud_card(p)
    answerer, asker = p.scene.name(turn.seat), p.scene.name(1 - turn.seat)
    assert side_text(p.scene)[0][0] == f"{asker} asks; {answerer}, answer aloud."


def test_the_screen_says_who_reads_a_card_to_do_together(pilots):
    p = pilots(at_home=True)
    _on_a_timed_card(p)
    seat = p.scene.session.current.seat
    words = [text for text, _, _ in side_text(p.scene)]
    assert words[:2] == ["Do this one together.", f"{p.scene.name(1 - seat)} reads it out to {p.scene.name(seat)}."]


def test_an_aloud_card_can_be_saved_as_talked_about_with_no_note(pilots):
    p = pilots(at_home=True)
    turn = _on_an_aloud_card(p)
    before = dict(p.scene.session.memories)
    p.click("We talked, no note")
    assert p.scene.session.current != turn
    assert p.scene.session.memories == before
    assert "nothing to quiz later" in p.shell.ui.toast_text
    outcome = p.store.conn.execute("SELECT outcome FROM turns ORDER BY rowid DESC LIMIT 1").fetchone()[0]
    assert '"talked": true' in outcome or '"talked":true' in outcome


def test_enter_on_an_empty_aloud_note_means_we_talked_not_an_error(pilots):
    p = pilots(at_home=True)
    turn = _on_an_aloud_card(p)
    p.press(pygame.K_RETURN)
    assert p.scene.session.current != turn
    assert "Type an answer first" not in (p.scene.input.field.error if p.scene.input and p.scene.input.field else "")
    assert "talked about" in p.shell.ui.toast_text
    p.click("Undo")
    assert p.scene.session.current == turn


def test_quiz_timing_card_12_of_12_ends_in_a_summary_of_12_cards(pilots):
    from game.ui.scenes.round_progress import progress_words

    from .test_flows import play_until

    p = pilots(at_home=True)
    deal(p)
    play_until(p, lambda q: q.scene_name != "PlayScene")
    p.press(pygame.K_RETURN)
    p.later(days=3)
    deal(p)
    seen_quiz = False
    last = ""
    while p.scene_name == "PlayScene":
        session = p.scene.session
        seen_quiz = seen_quiz or session.current.is_quiz
        last = progress_words(session)
        if session.current.is_quiz:
            assert last.endswith("cards played") or last == "between cards"
        play_turn(p)
    assert seen_quiz, "no quiz was mixed in: the test would prove nothing"
    assert last == "Card 12 of 12"
    assert p.scene_name == "SummaryScene"
    assert p.scene.lines()[0].startswith("12 cards played")


def test_quiz_timing_nothing_answered_tonight_is_quizzed_tonight(pilots):
    from .test_flows import play_until

    p = pilots(at_home=True)
    deal(p)
    play_until(p, lambda q: q.scene_name != "PlayScene")
    p.press(pygame.K_RETURN)
    p.later(hours=2)
    p.click(next(label for label in p.labels() if label.startswith("Quiz me")))
    assert p.scene_name == "SetupScene"
    assert p.scene.quiz_lines()[0].startswith("Nothing is ready to quiz yet")
    assert p.scene.widget("Start the quiz") is None, "no greyed Start that a key cannot press"


def _at_a_judging_turn(p):
    from .test_flows import play_until

    deal(p)
    play_until(p, lambda q: q.scene_name != "PlayScene")
    p.press(pygame.K_RETURN)
    p.later(days=3)
    p.scene.refresh()
    p.click(next(label for label in p.labels() if label.startswith("Quiz me")))
    p.click("Start the quiz")
    # A typed answer's judging (a date's or a number's guess reads in its own words: "15 March").
    play_until(p, lambda q: q.scene.session.phase is Phase.JUDGE and q.scene.card().answer_type is AnswerType.TEXT, limit=60)


def _side_words(p):
    return [text for text, _, _ in side_text(p.scene)]


def test_judging_nothing_is_preselected_and_enter_chooses_nothing(pilots):
    p = pilots(at_home=True)
    _at_a_judging_turn(p)
    assert p.scene.focused() is None
    assert all(p.widget(label).kind != "primary" for label in ("Got it", "So close", "Not quite"))
    turn = p.scene.session.current
    p.press(pygame.K_RETURN)
    assert p.scene.session.phase is Phase.JUDGE and p.scene.session.current == turn
    p.press(pygame.K_TAB)
    assert p.scene.focused().label == "Got it"


def test_judging_the_hint_is_in_words_and_follows_that_s_changed(pilots):
    p = pilots(at_home=True)
    _at_a_judging_turn(p)
    guess = p.scene.session.state.guess
    assert not any("%" in line for line in _side_words(p))
    p.key("c")
    p.type(f"{guess} with jam")
    p.press(pygame.K_RETURN)
    assert p.scene.session.phase is Phase.JUDGE
    assert "Every word of the guess is in the answer. But you know best." in _side_words(p)


def test_every_line_of_a_quiz_has_one_space_after_its_colon(pilots):
    """Playtest C, finding 12: "Noa guessed:  …" and "Darius's answer:  …" had two spaces after the colon."""
    p = pilots(at_home=True)
    _at_a_judging_turn(p)
    who = p.scene.name(p.scene.session.current.seat)
    guess = p.scene.session.state.guess
    assert f"{who} guessed: {guess}" in _side_words(p)
    seen: dict[Phase, list[str]] = {}
    while p.scene_name == "PlayScene":  # the rest of the quiz round, every step of every question
        seen.setdefault(p.scene.session.phase, []).extend(_side_words(p))
        play_turn(p)
    assert {Phase.JUDGE, Phase.REVEAL} <= set(seen)
    lines = [line for words in seen.values() for line in words]
    said = [line for line in lines if re.search(r"(guessed|answer|answer now|said|answer was):", line)]
    assert any("You said: " in line for line in said) and any("'s answer" in line for line in said)
    assert [line for line in lines if re.search(r":\s\s", line)] == []


def _on_a_text_field(p):
    _on_an_aloud_card(p)
    assert p.scene.typing()


def test_shortcut_letters_type_into_a_focused_field_and_alt_letters_act(pilots):
    p = pilots(at_home=True)
    _on_a_text_field(p)
    turn = p.scene.session.current
    p.type("sux")
    assert p.scene.input.field.value == "sux"
    assert p.scene.session.current == turn and turn.card not in p.scene.session.state.starred
    p.press(pygame.K_s, mod=pygame.KMOD_ALT)
    assert turn.card in p.scene.session.state.starred
    assert p.scene.input.field.value == "sux"
    p.press(pygame.K_x, mod=pygame.KMOD_LALT)
    assert p.scene.session.current != turn


def test_shortcut_hints_say_alt_while_typing(pilots):
    p = pilots(at_home=True)
    _on_a_text_field(p)
    keys = dict(p.scene.hints)
    assert keys.get("Alt+X") == "pass" and keys.get("Alt+U") == "undo" and keys.get("Alt+S") == "star"
    assert "X" not in keys
    p.scene.draw_widgets(p.shell.window)
    assert p.widget("Pass").shortcut_label() == "Alt+X"
    p.press(pygame.K_TAB)
    p.press(pygame.K_TAB)
    assert not p.scene.typing()
    keys = dict(p.scene.hints)
    assert "X" in keys


def test_the_footer_says_unstar_once_the_card_is_starred_as_the_button_does(pilots):
    p = pilots(at_home=True)
    _on_a_text_field(p)
    assert dict(p.scene.hints)["Alt+S"] == "star" and p.widget("Star")
    p.press(pygame.K_s, mod=pygame.KMOD_ALT)
    assert dict(p.scene.hints)["Alt+S"] == "unstar" and p.widget("Unstar")
    p.press(pygame.K_TAB)
    p.press(pygame.K_TAB)
    assert not p.scene.typing() and dict(p.scene.hints)["S"] == "unstar"
    p.key("s")
    star = next(words for key, words in p.scene.hints if key.endswith("S"))  # the answer field has the focus again
    assert star == "star" and p.widget("Star")


def test_shortcut_enter_does_what_the_footer_says_on_a_toggle(pilots):
    p = pilots(at_home=True)
    _on_a_text_field(p)
    while p.scene.focused().label != "Just between us":
        p.press(pygame.K_TAB)
    assert dict(p.scene.hints)["Enter"] == "switch on or off"
    p.press(pygame.K_RETURN)
    assert p.widget("Just between us").value is True


def test_shortcut_undo_after_saving_gives_the_typed_answer_back(pilots):
    p = pilots(at_home=True)
    turn = _on_an_aloud_card(p)
    p.type("Salted caramel popcorn")
    p.press(pygame.K_RETURN)
    assert p.scene.session.current != turn
    p.key("u") if not p.scene.typing() else p.press(pygame.K_u, mod=pygame.KMOD_ALT)
    assert p.scene.session.current == turn
    assert p.scene.input.field.value == "Salted caramel popcorn"
    assert p.scene.typing()


def _end_round(p):
    p.key("e") if not p.scene.typing() else p.press(pygame.K_e, mod=pygame.KMOD_ALT)
    p.click("End and see summary")
    p.advance(0.2)
    assert p.scene_name == "SummaryScene"


def test_summary_starred_moments_show_the_answers_and_are_in_both_exports(pilots):
    import json
    from pathlib import Path

    p = pilots(at_home=True)
    _on_an_aloud_card(p)
    card = p.scene.card()
    who = p.scene.name(p.scene.session.current.seat)
    p.press(pygame.K_s, mod=pygame.KMOD_ALT)
    p.type("Salted caramel popcorn")
    p.press(pygame.K_RETURN)
    _end_round(p)
    assert p.scene.title() == "Short and sweet."  # ended early, after one card
    text, said = p.scene.starred()[0]
    assert text == card.text and said == f"{who}: Salted caramel popcorn"
    written = p.services.export_everything(include_private=False)
    data = json.loads(Path(next(w for w in written if w.endswith(".json"))).read_text(encoding="utf-8"))
    starred = [key for session in data["couples"][0]["sessions"] for key in session["starred"]]
    assert starred == [f"{card.deck_id}/{card.id}"]  # an earlier round, played out to reach such a card, starred none
    book = Path(next(w for w in written if w.endswith(".html"))).read_text(encoding="utf-8")
    assert "Starred moments" in book and card.text.replace("'", "&#x27;") in book


def test_summary_after_no_cards_does_not_say_that_was_lovely(pilots):
    p = pilots(at_home=True)
    deal(p)
    _end_round(p)
    assert p.scene.title() == "Until next time."
    assert "That was lovely" not in " ".join(p.scene.lines())


CHANGING_DECK = """\
format: 1
id: right-now
name: Right now
cards:
  - id: song
    text: What song is stuck in your head these days?
    quiz: What song is stuck in {name}'s head these days?
    changes: true
"""


def test_changes_a_stale_answer_is_checked_with_its_owner_not_quizzed(pilots, data_root):
    from game.storage.paths import user_decks_dir

    from .test_flows import play_until

    folder = user_decks_dir(data_root)
    folder.mkdir(parents=True)
    (folder / "right-now.yaml").write_text(CHANGING_DECK, encoding="utf-8")
    p = pilots(at_home=True)
    _deal_only(p, "Right now")
    p.type("Dancing Queen")
    p.press(pygame.K_RETURN)
    play_until(p, lambda q: q.scene_name != "PlayScene")
    p.press(pygame.K_RETURN)
    p.later(days=90)
    p.scene.refresh()
    p.click(next(label for label in p.labels() if label.startswith("Quiz me")))
    p.click("Start the quiz")
    assert p.scene_name == "PlayScene" and p.scene.session.phase is Phase.CHECK
    assert p.scene.session.current.seat == 0  # the owner, Zoë, is asked; Łukasz is not quizzed on it
    assert "Dancing Queen" not in " ".join(_side_words(p)), "Łukasz is asked about it next: the answer is for Zoë's eyes"
    p.click("Hand the laptop to Zoë")
    assert p.scene_name == "CurtainScene"
    p.click("I'm Zoë — show me")
    assert p.scene_name == "CheckInScene" and p.scene.question() == "Still true? Your answer was: Dancing Queen"
    p.click("That's changed")
    p.press(pygame.K_RETURN)  # nothing typed: the words name what is on this screen, not a Pass it has not got
    assert p.scene_name == "ChangedAnswerScene"
    assert p.scene.input.field.error == "Type what's true now, or press Esc to leave the old answer as it is."
    p.type("Golden Hour")
    p.press(pygame.K_RETURN)
    p.advance(0.2)
    memory = next(m for k, m in p.store.memories.all(1).items() if k.card_id == "song")
    assert [v.answer for v in memory.drift()] == ["Dancing Queen", "Golden Hour"]
    if p.scene_name == "SummaryScene":
        p.press(pygame.K_RETURN)
    p.click("Our story")
    items = p.widget("Memories").items
    assert any(item.detail.startswith("Dancing Queen → Golden Hour") for item in items)


def _deal_only(p, deck):
    """From Home, by mouse: Play, every deck but `deck` switched off, and the cards dealt."""
    from game.ui.widgets import Toggle

    p.click("Play")
    for widget in [w for w in p.scene.widgets if isinstance(w, Toggle)]:
        if widget.value != widget.label.startswith(deck):
            p.click(widget.label)
    p.click("Deal the cards")
    p.advance(0.6)


def _on_a_date_card(p):
    """Play rounds of Important Dates until one deals an ask card with a date to type, and stop on it."""

    def wanted(scene) -> bool:
        card = scene.card()
        return scene.session.phase is Phase.ANSWER and card.kind is Kind.ASK and card.answer_type is AnswerType.DATE

    # A round deals twelve of the deck's cards: the first may hold no date to type.
    scene = _play_rounds_until(p, lambda p: _deal_only(p, "Important Dates"), wanted, 10, "no round dealt a date to type")
    return scene.session.current


def _on_a_timed_card(p):
    """Play rounds of Openers & Closers until an action card with a timer is on the table, and stop on it."""

    def wanted(scene) -> bool:
        return scene.session.phase is Phase.ANSWER and scene.card().kind is Kind.ACTION and bool(scene.card().seconds)

    return _play_rounds_until(p, lambda p: _deal_only(p, "Openers"), wanted, 10, "no round dealt a card with a timer").card()


def test_a_timer_is_named_as_the_card_says_it_and_runs_again_for_the_swap(pilots):
    p = pilots(at_home=True)
    card = _on_a_timed_card(p)
    start, again = f"Start the {card.timer_words} timer", f"Run the {card.timer_words} timer again"
    assert start in p.labels() and again not in p.labels()
    p.key("t")
    assert p.scene.timer_running and start not in p.labels() and again not in p.labels()
    p.advance(card.seconds + 0.5, fps=10)
    assert not p.scene.timer_running and p.scene.timer_left == 0
    assert again in p.labels()  # one turn is up: the other's turn, or another go, is one key away
    p.click(again)
    assert p.scene.timer_running and p.scene.timer_left == card.seconds
    assert p.scene.card() == card  # the card stays on the table until the couple says they did it
    p.click("We did it")
    if card.followups:  # then its follow-ups, talked over before the next card, and the timer quiet
        assert p.scene.card() == card and not p.scene.timer_running
        p.click("Next card")
    assert p.scene_name != "PlayScene" or p.scene.card() != card


def _saved_answer(p, turn):
    from game.core.memories import MemoryKey

    return p.scene.session.memories[MemoryKey(turn.seat, turn.card.deck_id, turn.card.card_id)].answer


def test_date_entry_day_and_month_by_name_by_keyboard(pilots):
    p = pilots(at_home=True)
    turn = _on_a_date_card(p)
    assert p.scene.focused().label == "Day"
    p.type("12")
    p.press(pygame.K_TAB)
    assert p.scene.focused().label == "Month"
    p.press(pygame.K_RIGHT, times=5)
    assert p.widget("Month").describe(p.widget("Month").value) == "June"
    p.press(pygame.K_TAB)
    p.press(pygame.K_TAB)
    p.press(pygame.K_RETURN)
    assert _saved_answer(p, turn) == "06-12"


def test_date_entry_typed_dates_follow_the_systems_order(pilots):
    from game.core.answers import DateOrder

    p = pilots(at_home=True)
    turn = _on_a_date_card(p)
    p.shell.ui.date_order = DateOrder.DAY_MONTH  # as read at start-up from a day-first locale
    p.scene.refresh()
    p.type("12/06")
    p.press(pygame.K_RETURN)
    assert _saved_answer(p, turn) == "06-12"
    p.key("u") if not p.scene.typing() else p.press(pygame.K_u, mod=pygame.KMOD_ALT)
    p.shell.ui.date_order = DateOrder.MONTH_DAY
    p.scene.refresh()
    p.scene.input.field.value = ""
    p.type("12/06/1994")
    p.press(pygame.K_RETURN)
    assert _saved_answer(p, turn) == "1994-12-06"


def test_date_entry_the_day_box_says_at_once_when_a_letter_can_never_be_a_day_and_enter_still_says_no_such_day(pilots):
    """A tester typed letters in the day box and heard nothing until Enter: now a letter that can never be part of a
    day is not taken, and the box says why as it is typed; a real but impossible date is still Enter's to refuse."""
    from game.ui.answer_input import NOT_A_DAY

    p = pilots(at_home=True)
    turn = _on_a_date_card(p)
    day = p.widget("Day")
    p.type("3x")
    assert day.value == "3"
    assert day.error == NOT_A_DAY.format(what="“x”")
    p.type("1")
    assert day.value == "31" and not day.error  # a digit that fits is taken, and the hint goes
    p.press(pygame.K_TAB)
    p.press(pygame.K_RIGHT)  # February
    p.press(pygame.K_TAB)
    p.press(pygame.K_RETURN)
    assert p.scene.session.current == turn
    assert day.error == "There is no day 31 in February."
    p.click("Day")
    p.press(pygame.K_BACKSPACE, times=2)
    p.type("14 Marx")
    assert day.value == "14 Mar" and day.error == NOT_A_DAY.format(what="“x”")  # "Mar" may be March; "Marx" is not
    p.type("ch")
    p.press(pygame.K_RETURN)
    assert _saved_answer(p, turn) == "03-14"


def test_date_entry_a_paste_half_of_a_day_keeps_that_half_and_says_what_it_left_out(pilots):
    from game.ui.answer_input import NOT_A_DAY

    from .drawn import frame

    p = pilots(at_home=True)
    _on_a_date_card(p)
    day = p.widget("Day")
    p.shell.ui.clipboard_put("12th of June")
    p.press(pygame.K_v, mod=pygame.KMOD_CTRL)
    assert day.value == "12"
    assert day.error == NOT_A_DAY.format(what="“th of June”")
    hint = [d.ink for d in frame(p) if d.text == day.error]
    assert hint, "the hint is not drawn"
    for widget in (w for w in p.scene.widgets if w.visible):  # room is made for it under the box
        assert not hint[0].colliderect(widget.rect), f"the hint sits behind {widget.label!r}"


def test_date_entry_an_empty_day_asks_for_what_the_form_has_and_each_box_keeps_its_name(pilots):
    """Playtest C, finding 8: an empty Enter spoke of "'14 March' or '03-14'", a form that isn't there; "Day: 14"
    looked filled in, and once typed in, the box had no name at all."""
    from .drawn import frame

    p = pilots(at_home=True)
    turn = _on_a_date_card(p)
    p.press(pygame.K_RETURN)
    assert p.scene.session.current == turn
    assert p.scene.input.field.error == "Type the day, then choose the month."
    p.type("12")
    p.click("Year")
    p.type("1994")
    drawn = frame(p)
    for label, typed in (("Day", "12"), ("Year", "1994")):
        box = p.widget(label).rect
        name = [d for d in drawn if d.text == label and box.contains(d.ink)]
        value = [d for d in drawn if d.text == typed and box.contains(d.ink)]
        assert name and value, (label, drawn)
        assert name[0].ink.bottom <= value[0].ink.top  # the name along the top, what was typed under it
    assert not [d for d in drawn if d.text.startswith("Day:")]


def test_date_entry_s_reason_scrolls_into_sight_with_the_field_on_a_small_screen_at_the_largest_text(pilots):
    from .drawn import frame

    p = pilots(at_home=True, size=(1024, 600))
    p.shell.ui.set("text_size", "largest")
    _on_a_date_card(p)
    p.press(pygame.K_RETURN)
    said = [d for d in frame(p) if "the day" in d.text or "the month" in d.text]
    assert said and not [d for d in said if d.cut], said


def test_date_entry_a_bad_year_is_a_clear_sentence(pilots):
    p = pilots(at_home=True)
    turn = _on_a_date_card(p)
    p.type("3")
    p.click("Year")
    p.type("94")
    p.press(pygame.K_RETURN)
    assert p.scene.session.current == turn
    assert "four digits" in p.scene.input.field.error


def test_ending_an_earlier_round_says_so_in_words_that_fit_how_far_it_got():
    from game.ui.round_guard import round_ended_words

    assert round_ended_words(0) == "Your earlier round is closed: none of its cards had been played yet."
    assert "after 1 card;" in round_ended_words(1)
    assert "after 3 cards;" in round_ended_words(3)


def test_after_one_quiz_the_summary_says_the_one_thing_asked_never_knew_0_of_1(pilots):
    from .test_flows import play_until, quiz_me_after_a_round

    p = pilots(at_home=True)
    quiz_me_after_a_round(p)
    play_until(p, lambda q: q.scene.session.phase is Phase.REVEAL, limit=4)
    session = p.scene.session
    (seat, verdict), *_ = session.state.quiz_results
    who, whom = p.scene.name(seat), p.scene.name(1 - seat)
    p.press(pygame.K_RETURN)  # Next card: the one quiz done, whatever comes next is left unanswered
    p.advance(0.7)
    if p.scene_name == "PlayScene":
        _end_round(p)
    assert p.scene.lines()[0] == "1 question about each other."
    said = {
        "got_it": f"{who} knew the one thing asked about {whom}.",
        "close": f"{who} came close on the one thing asked about {whom}.",
        "not_quite": f"{who} learned something new about {whom}.",
    }[verdict.value]
    assert said in p.scene.lines()
