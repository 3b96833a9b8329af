"""The small words beside a card say what the couple can do on it: how an answer-aloud card keeps its answer, by
its answer type (a note typed, an option picked, a number on the scale), and what comes once an action card is
done, in step with the button under them (the next card, the end of a part of the evening, the round's summary)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from game.core.cards import AnswerType, Kind
from game.core.session import Phase
from game.storage.paths import user_decks_dir
from game.ui.scenes.play_view import FINISH_PART, NEXT_CARD, SEE_HOW, done_words, side_text

from . import date_night_tour
from .date_night_tour import run_evening, set_up
from .test_play_loop import _deal_only
from .tour import play_turn

REPO = Path(__file__).resolve().parents[2]

EVERY_ANSWER = """format: 1
id: every-answer
name: Every answer
cards:
  - id: words
    text: What did you want to be when you were seven?
    quiz: What did {name} want to be at seven?
  - id: pick
    text: Tea or coffee, first thing?
    answer: choice
    options: [Tea, Coffee, Neither, Both]
    quiz: What does {name} drink first thing?
  - id: spice
    text: How spicy do you like your food, from 1 (mild) to 10 (fire)?
    answer: scale
    quiz: How spicy does {name} like food, from 1 (mild) to 10 (fire)?
  - id: siblings
    text: How many cousins do you have?
    answer: number
    quiz: How many cousins has {name}?
  - id: birthday
    text: When is your birthday?
    answer: date
    quiz: When is {name}'s birthday?
"""

#: Done with a follow-up to ask, each card has a moment after it (one without goes straight on).
TWO_TO_DO = """format: 1
id: two-to-do
name: Two to do
cards:
  - id: hum
    kind: action
    text: Hum our song together, badly.
    followups: [Who came in first?]
  - id: wave
    kind: action
    text: Wave at each other from across the room.
    followups: [Who waved first?]
"""

KEPT_BY = {
    AnswerType.TEXT: ("Then save a short note — one day {you} may be asked about it.", "Save a short note,"),
    AnswerType.CHOICE: ("Then pick {me}'s answer — one day {you} may be asked about it.", "Pick the answer,"),
    AnswerType.SCALE: ("Then set {me}'s number on the scale and save it — one day {you} may be asked about it.", "Set the number"),
    AnswerType.NUMBER: ("Then save {me}'s number — one day {you} may be asked about it.", "Save the number,"),
    AnswerType.DATE: ("Then save the date — one day {you} may be asked about it.", "Save the date,"),
}


def _own_deck(data_root, name: str, text: str) -> None:  # type: ignore[no-untyped-def]
    folder = user_decks_dir(data_root)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.yaml").write_text(text, encoding="utf-8")


def _words(scene) -> list[str]:  # type: ignore[no-untyped-def]
    return [text for text, _, _ in side_text(scene)]


def test_an_answer_aloud_card_says_how_its_own_answer_type_keeps_the_answer(pilots, data_root) -> None:
    _own_deck(data_root, "every-answer", EVERY_ANSWER)
    p = pilots(at_home=True)
    _deal_only(p, "Every answer")
    said: dict[AnswerType, tuple[str, str]] = {}
    for _ in range(40):
        if p.scene_name != "PlayScene":
            break
        scene, card = p.scene, p.scene.card()
        if scene.session.phase is Phase.ANSWER and card.kind is Kind.ASK and card.remembered:
            seat = scene.session.current.seat
            me, you = scene.name(seat), scene.name(1 - seat)
            full = _words(scene)[-1]
            scene.terse = True  # the shortest side says it in the fewest words
            terse = _words(scene)[-1]
            scene.terse = False
            said[card.answer_type] = (full, terse)
            expected, start = KEPT_BY[card.answer_type]
            assert full == expected.format(me=me, you=you) + " Or just say you talked.", full
            assert terse.startswith(start) and terse.endswith(", or just say you talked."), terse
        play_turn(p)
    assert set(said) == set(KEPT_BY), f"the round dealt only {sorted(t.value for t in said)}"


@pytest.mark.parametrize(
    ("button", "words"),
    [
        (NEXT_CARD, "Done! Talk it over before the next card."),
        (SEE_HOW, "Done! That was the last card: talk it over, then see how you did."),
        (FINISH_PART, "Done! That was this part's last card: talk it over before you finish it."),
        ("Next: a short break", "Done! That was this part's last card: talk it over before you move on."),
        ("Next: Going deeper", "Done! That was this part's last card: talk it over before you move on."),
    ],
)
def test_a_done_action_card_s_words_fit_what_its_button_leads_to(button: str, words: str) -> None:
    assert done_words(button) == words


def test_a_play_round_s_last_action_card_says_it_was_the_last_not_before_the_next_card(pilots, data_root) -> None:
    _own_deck(data_root, "two-to-do", TWO_TO_DO)
    p = pilots(at_home=True)
    _deal_only(p, "Two to do")
    said: list[tuple[str, str]] = []
    for _ in range(10):
        if p.scene_name != "PlayScene":
            break
        if p.scene.session.phase is Phase.REVEAL:
            button = p.scene.next_button.label
            said.append((button, _words(p.scene)[0]))
        play_turn(p)
    assert said == [
        (NEXT_CARD, "Done! Talk it over before the next card."),
        (SEE_HOW, "Done! That was the last card: talk it over, then see how you did."),
    ]


def test_a_date_night_part_s_last_action_card_says_the_part_ends_as_its_button_does(pilots, data_root, monkeypatch) -> None:
    _own_deck(data_root, "two-to-do", TWO_TO_DO.replace("kind: action", "kind: action\n    level: 1"))
    p = pilots(at_home=True)
    set_up(p, minutes=60)
    original = date_night_tour.play_turn
    said: list[tuple[str, str]] = []

    def watched(q, private=None):  # type: ignore[no-untyped-def]
        scene, card = q.scene, q.scene.card()
        if card.kind is Kind.ACTION and scene.session.phase is Phase.ANSWER:
            q.later(minutes=40)  # done slowly: the part's time is up by the time it is done
        if card.kind is Kind.ACTION and scene.session.phase is Phase.REVEAL:
            said.append((scene.next_button.label, _words(scene)[0]))
        original(q, private)

    monkeypatch.setattr(date_night_tour, "play_turn", watched)
    run_evening(p, note=None)
    assert said, "the evening dealt no card to do together"
    for button, words in said:
        assert button != NEXT_CARD and words == done_words(button), (button, words)
        assert words.startswith("Done! That was this part's last card"), words


def test_the_pulse_card_shows_its_fifteen_second_timer(pilots, data_root) -> None:
    """It asks for a pulse counted for fifteen seconds: the one counting beats has a timer to count the seconds."""
    deck = yaml.safe_load((REPO / "decks" / "desire-and-intimacy.yaml").read_text(encoding="utf-8"))
    card = next(each for each in deck["cards"] if each["id"] == "pulse-count-then-faster")
    _own_deck(data_root, "pulse", yaml.safe_dump({"format": 1, "id": "pulse", "name": "Pulse", "cards": [card]}))
    p = pilots(at_home=True)
    _deal_only(p, "Pulse")
    assert p.scene.card().id == "pulse-count-then-faster"
    assert "Start the 15-second timer" in p.labels()
