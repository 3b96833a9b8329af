"""Date night on screen (issue 5): a whole evening from the pledge to the keepsake in seconds with a fake clock,
resuming after the window closes, the sealed note, the look, the music, the keepsake picture and its folder."""

from __future__ import annotations

import os
import shutil
import stat
from dataclasses import replace
from datetime import date
from pathlib import Path

import pygame
import pytest

from game.core.cards import AnswerType, CardKey, Kind
from game.core.date_night_state import Segment, StepKind
from game.core.keepsake import Keepsake, LearnedThing
from game.ui.date_night_view import minutes_left
from game.ui.keepsake_image import SIZE, draw_keepsake
from game.ui.theme import Theme

from .date_night_tour import closing_lines, play_turn, pledge, remember_before, run_evening, set_up, skip_to_the_closing
from .drawn import frame
from .pilot import Pilot

BIRTHDAY = CardKey("important-dates", "birthday")
EARLIER = {
    BIRTHDAY: ("7 December", "2 March"),  # Zoë's comes round 12 days after the evening
    CardKey("favourite-details", "coffee-order"): ("Oat flat white, extra hot", "Black, no fuss"),
    CardKey("each-others-back", "brutal-day-at-work"): ([1, 2], [2, 1]),  # own pick, guess of the partner's
}


def offers_a_typed_answer(p: Pilot) -> bool:
    """Whether the evening's first segment of cards holds an ask card whose answer is typed and kept.

    That is where a secret can go for sure: later segments give up cards when the evening's time runs short.
    """
    evening = p.scene.evening  # type: ignore[attr-defined]
    steps = [step for step in evening.state.steps if step.kind is StepKind.CARDS and not step.fixed]
    planned = [key for step in steps[:1] for key in step.cards]
    cards = [card for key in planned if (card := evening.card(key)) is not None]
    return any(card.kind is Kind.ASK and card.remembered and card.answer_type is AnswerType.TEXT for card in cards)


def test_date_night_a_whole_60_minute_evening_plays_from_pledge_to_keepsake(pilots, data_root) -> None:
    p = pilots(at_home=True)
    for seed in range(8, 40):  # until an evening asks a typed question, whatever the decks hold today
        remember_before(p, EARLIER, days_ago=9)
        start = p.now
        p.shell.ui.set("spicy", True)  # offered in Settings, so each is asked; one yes is not enough
        set_up(p, minutes=60, caps=(2, 3), spicy=(True, False))
        assert p.scene_name == "DateNightScene"
        if offers_a_typed_answer(p):
            break
        p.close()
        shutil.rmtree(data_root)  # a fresh start: this try's couple and evening go with its folder
        p = pilots(at_home=True, seed=seed)
    else:
        raise AssertionError("no evening asked a question with a typed answer")
    p.services.folder_launcher = lambda command: 0
    couple = p.services.couples()[0]
    assert p.shell.ui.theme.name == "date_night"
    secret = "The tattoo nobody knows about"
    visited = run_evening(p, minutes_per_turn=4.0, private=secret)
    order = [name for name in visited if name.startswith("opening-")]
    assert order == ["opening-warm_up", "opening-quiz", "opening-deeper", "opening-back", "opening-closing"]
    assert visited.index("pledge") < visited.index("opening-warm_up")
    assert visited.index("opening-deeper") < visited.index("break") < visited.index("opening-back")
    assert "play-quiz-quiz-guess" in visited
    assert visited[-2:] == ["seal-note", "summary"]
    minutes = (p.now - start).total_seconds() / 60
    assert 45 <= minutes <= 75

    evening = p.scene.night.evening  # type: ignore[attr-defined]
    assert evening.ended and evening.state.max_level == 2 and evening.state.spicy is False
    cards = evening.cards
    played = evening.state.tally.played
    assert len(played) == len(set(played)) >= 8
    assert all(cards[key].level <= 2 and not cards[key].spicy for key in played)

    keepsake = p.scene.keepsake  # type: ignore[attr-defined]
    shown = "\n".join(keepsake.texts())
    assert secret not in shown
    assert f"{couple.name(0)}'s birthday is in 12 days." in keepsake.upcoming
    assert keepsake.cards_played == evening.state.tally.cards_played
    saved = Path(p.scene.saved)  # type: ignore[attr-defined]
    assert saved.parent == p.root / "keepsakes" and saved.exists()
    if os.name == "posix":
        assert stat.S_IMODE(saved.stat().st_mode) == 0o600
        assert stat.S_IMODE(saved.parent.stat().st_mode) == 0o700
    assert pygame.image.load(str(saved)).get_size() == SIZE
    assert any(secret in str(memory.answer) and memory.private for memory in p.store.memories.all(couple.id).values())

    opened: list[list[str]] = []
    p.services.folder_launcher = lambda command: opened.append(command) or 0
    p.click("Open the keepsake folder")
    assert opened and opened[0][-1] == str(saved.parent)
    p.services.folder_launcher = lambda command: 1
    p.click("Open the keepsake folder")
    assert "Could not open the folder" in p.shell.ui.toast_text and str(saved.parent) in p.shell.ui.toast_text

    p.click("Back home")
    assert p.scene_name == "HomeScene"
    assert p.shell.ui.theme_override is None and p.shell.ui.theme.name == "warm"
    assert p.shell.ui.sound.ambient_on is False
    assert p.services.resume_evening(couple) is None


def test_date_night_closing_the_window_mid_evening_resumes_with_the_time_that_remained(pilots) -> None:
    p = pilots(at_home=True)
    set_up(p, minutes=60)
    pledge(p)
    p.later(minutes=3)
    p.press(pygame.K_RETURN)  # deal the warm-up
    assert p.scene_name == "DateNightPlayScene"
    session = p.scene.session  # type: ignore[attr-defined]
    while not session.state.completed:  # one whole card, however many steps the warm-up's first card takes
        play_turn(p)
    p.later(minutes=4)
    assert p.scene_name == "DateNightPlayScene"
    on_table, completed = session.current, list(session.state.completed)
    assert completed and on_table is not None
    assert p.scene.evening.evening.time_left(p.now) == pytest.approx(53 * 60, abs=2)  # type: ignore[attr-defined]
    p.later(minutes=2)
    p.close()  # the window closes; the two minutes since the last card still count

    again = pilots()
    again.later(hours=20)  # the time away does not
    assert again.scene_name == "TitleScene"
    again.press(pygame.K_RETURN)
    assert again.scene_name == "DateNightPlayScene"
    stack = [type(scene).__name__ for scene in again.shell.ui.stack]
    assert stack == ["TitleScene", "HomeScene", "DateNightScene", "DateNightPlayScene"]
    resumed = again.scene
    assert resumed.session.current == on_table and resumed.session.state.completed == completed  # type: ignore[attr-defined]
    assert resumed.evening.evening.time_left(again.now) == pytest.approx(51 * 60, abs=2)  # type: ignore[attr-defined]
    assert again.shell.ui.theme.name == "date_night"
    again.later(minutes=1)
    assert resumed.evening.evening.time_left(again.now) == pytest.approx(50 * 60, abs=2)  # type: ignore[attr-defined]


def test_date_night_can_be_paused_from_an_opening_and_continued_from_home(pilots) -> None:
    p = pilots(at_home=True)
    set_up(p, minutes=30)
    pledge(p)
    assert p.scene.evening.step.kind is StepKind.CARDS  # type: ignore[attr-defined]
    p.press(pygame.K_ESCAPE)
    p.click("Go home")
    assert p.scene_name == "HomeScene" and p.shell.ui.theme.name == "warm"
    p.later(hours=2)
    p.click("Carry on your date night (30 min left)")
    assert p.scene_name == "DateNightScene"
    assert p.scene.evening.time_left(p.now) == pytest.approx(30 * 60, abs=2)  # type: ignore[attr-defined]
    assert p.scene.evening.step.segment is Segment.WARM_UP  # type: ignore[attr-defined]


def test_date_night_sealed_note_is_opened_at_the_next_date_night(pilots) -> None:
    p = pilots(at_home=True)
    set_up(p, minutes=30, caps=(1, 1))
    run_evening(p, note="Dance in the kitchen next time 💃")
    p.click("Back home")
    p.later(days=7)
    set_up(p, minutes=30, caps=(1, 1))
    visited = run_evening(p, note=None)
    assert visited[:3] == ["pledge", "open-note", "open-note-read"]
    assert p.services.store.conn.execute("SELECT COUNT(*) FROM date_nights WHERE note_opened_at IS NOT NULL").fetchone()[0] == 1


def test_date_night_note_text_is_shown_when_opened(pilots) -> None:
    p = pilots(at_home=True)
    set_up(p, minutes=30, caps=(1, 1))
    run_evening(p, note="Dance in the kitchen next time 💃")
    p.click("Back home")
    set_up(p, minutes=30)
    pledge(p)
    assert p.scene.evening.step.kind is StepKind.OPEN_NOTE  # type: ignore[attr-defined]
    assert p.scene.note is None  # type: ignore[attr-defined]
    p.click("Open it together")
    assert p.scene.note == "Dance in the kitchen next time 💃"  # type: ignore[attr-defined]


def test_date_night_move_on_and_skip_to_the_closing(pilots) -> None:
    p = pilots(at_home=True)
    set_up(p, minutes=90)
    pledge(p)
    p.press(pygame.K_RETURN)
    assert p.scene_name == "DateNightPlayScene"
    p.key("e")
    p.click("Move on")
    assert p.scene_name == "DateNightScene"
    evening = p.scene.evening  # type: ignore[attr-defined]
    assert evening.step.segment is Segment.DEEPER
    p.click("Skip to the closing")
    p.click("Skip to the closing")
    assert evening.step.segment is Segment.CLOSING
    assert [state for segment, state in evening.arc() if segment in (Segment.DEEPER, Segment.BACK)] == ["skipped", "skipped"]


def test_date_night_music_toggles_and_is_remembered(pilots) -> None:
    p = pilots(at_home=True)
    p.click("Date night")
    sound = p.shell.ui.sound
    assert sound.ambient_on is True
    p.click("Soft music")
    assert sound.ambient_on is False and p.services.settings()["date_night_music"] is False
    p.press(pygame.K_ESCAPE)
    p.click("Date night")
    assert sound.ambient_on is False
    p.click("Soft music")
    assert sound.ambient_on is True
    p.press(pygame.K_ESCAPE)
    assert sound.ambient_on is False


def test_date_night_music_says_off_while_sound_is_off_and_asking_for_it_turns_sound_on(pilots) -> None:
    p = pilots(at_home=True)
    p.shell.ui.set("sound", False)
    p.click("Date night")
    toggle = p.widget("Soft music")
    assert toggle.value is False
    p.click("Soft music")
    assert p.shell.ui.settings["sound"] is True and p.services.settings()["date_night_music"] is True


def test_date_night_stepping_back_from_the_limits_starts_nothing(pilots) -> None:
    p = pilots(at_home=True)
    p.click("Date night")
    p.click("Set our limits in private")
    p.press(pygame.K_RETURN)
    p.press(pygame.K_ESCAPE)
    assert p.scene_name == "DateNightSetupScene"
    assert p.services.resume_evening(p.services.couples()[0]) is None


# ---- the keepsake picture ----------------------------------------------------------------------------


def sample_keepsake(**changes: object) -> Keepsake:
    fields: dict[str, object] = {
        "names": ("Zoë", "Łukasz"),
        "colors": ("#c8784f", "#4f8cc8"),
        "day": date(2026, 11, 25),
        "minutes": 60,
        "minutes_spent": 58,
        "cards_played": 11,
        "learned": (LearnedThing(0, "How does Zoë take her coffee?", "Oat flat white, extra hot"),),
        "learned_count": 4,
        "knowledge": (0.82, 0.64),
        "quizzes": ((2, 3), (1, 2)),
        "in_sync": 0.75,
        "sync": (3, 4),
        "starred": ("What do you want from me on a brutal day at work?",),
        "upcoming": ("Zoë's birthday is in 12 days.",),
    }
    fields.update(changes)
    return Keepsake(**fields)  # type: ignore[arg-type]


def test_date_night_keepsake_picture_has_its_size_palette_and_marks(pilots) -> None:
    p = pilots()
    ui = p.shell.ui
    picture = draw_keepsake(ui, sample_keepsake())
    assert picture.get_size() == SIZE
    theme = Theme("date_night", SIZE)
    corner = picture.get_at((4, SIZE[1] - 4))[:3]
    assert max(abs(a - b) for a, b in zip(corner, theme.color("background"), strict=True)) <= 6
    accent = theme.color("accent")
    top = [picture.get_at((x, y))[:3] for x in range(SIZE[0] // 2 - 20, SIZE[0] // 2 + 20) for y in range(50, 110)]
    assert any(max(abs(a - b) for a, b in zip(pixel, accent, strict=True)) <= 10 for pixel in top), "the heart is missing"
    band = [picture.get_at((x, y))[:3] for x in range(100, SIZE[0] - 100, 7) for y in range(130, 260, 5)]
    text = theme.color("text")
    assert any(max(abs(a - b) for a, b in zip(pixel, text, strict=True)) <= 24 for pixel in band), "the title is missing"


def test_date_night_keepsake_picture_shows_what_it_is_given_and_nothing_else(pilots) -> None:
    p = pilots()
    ui = p.shell.ui
    with_answer = draw_keepsake(ui, sample_keepsake())
    without = draw_keepsake(ui, sample_keepsake(learned=()))
    same = draw_keepsake(ui, sample_keepsake())
    from .test_goldens import differing_pixels

    assert differing_pixels(with_answer, same) == 0
    assert differing_pixels(with_answer, without) > 500


@pytest.mark.parametrize("size", [(3840, 2160)])
def test_date_night_screens_fit_a_4k_window(pilots, size, tmp_path) -> None:
    p = pilots(at_home=True, size=size)
    set_up(p, minutes=30)
    pledge(p)
    p.press(pygame.K_RETURN)
    widgets = [w for w in p.scene.widgets if w.visible]
    assert all(w.rect.left >= 0 and w.rect.right <= size[0] and w.rect.top >= 0 and w.rect.bottom <= size[1] for w in widgets)
    p.screenshot(tmp_path / "4k.png")


def at_the_note(p: Pilot) -> None:
    """A short date night skipped to its closing, played, and on the note for next time."""
    set_up(p, minutes=30, caps=(1, 1))
    pledge(p)
    skip_to_the_closing(p)
    while p.scene_name == "DateNightPlayScene":
        play_turn(p)
    assert p.scene.evening.step.kind is StepKind.SEAL_NOTE  # type: ignore[attr-defined]


def test_date_night_note_is_sealed_with_enter_once_something_is_written(pilots) -> None:
    p = pilots(at_home=True)
    at_the_note(p)
    p.press(pygame.K_RETURN)
    assert p.scene_name == "DateNightScene"  # nothing written, nothing sealed
    p.type("Breakfast in bed, my turn")
    p.press(pygame.K_RETURN, mod=pygame.KMOD_SHIFT)
    p.type("x")
    p.press(pygame.K_RETURN)
    assert p.scene_name == "DateNightSummaryScene"
    note = p.services.store.conn.execute("SELECT note FROM date_nights").fetchone()[0]
    assert note == "Breakfast in bed, my turn\nx"


def test_date_night_an_empty_note_says_what_to_do_on_enter_or_seal_and_no_note_goes_on(pilots) -> None:
    from game.ui.scenes.date_night import EMPTY_NOTE

    p = pilots(at_home=True)
    at_the_note(p)
    note = p.widget("A note for next time")
    p.type("   ")
    p.press(pygame.K_RETURN)
    assert p.scene_name == "DateNightScene" and note.error == EMPTY_NOTE
    seal = p.widget("Seal it until next time")
    assert seal.rect.top >= note.rect.bottom + note.error_room(p.shell.ui), "the words never run under the button"
    p.type("x")
    assert note.error == "", "typing clears it"
    p.press(pygame.K_BACKSPACE)
    p.click("Seal it until next time")
    assert p.scene_name == "DateNightScene" and note.error == EMPTY_NOTE, "the button seals nothing empty either"
    assert p.scene.focused() is note
    p.click("No note this time")
    assert p.scene_name == "DateNightSummaryScene"
    assert p.services.store.conn.execute("SELECT note FROM date_nights").fetchone()[0] is None


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (13, "couldn't be saved: permission denied (it belongs to another user, or is read-only)."),
        (5, "couldn't be saved: the drive it is on can't be reached just now."),
    ],
)
def test_date_night_summary_says_plainly_when_the_keepsake_could_not_be_saved(pilots, tmp_path, code, words) -> None:
    from game.ui.scenes.date_night_summary import DateNightSummaryScene

    class Unsaveable:
        couple = None

        def keepsake(self) -> Keepsake:
            return sample_keepsake()

        def save_keepsake(self, png: bytes) -> str:
            assert png.startswith(b"\x89PNG")
            raise OSError(code, os.strerror(code), "/media/stick/keepsakes/.date-night.png.tmp")

    p = pilots()
    scene = DateNightSummaryScene(p.shell.ui, Unsaveable())  # type: ignore[arg-type]
    p.shell.ui.push(scene)
    p.step()
    assert scene.saved is None and words in scene.problem and "Everything else from tonight is kept." in scene.problem
    assert "Errno" not in scene.problem and ".tmp" not in scene.problem
    assert [drawn.text for drawn in frame(p) if drawn.text == scene.problem and not drawn.cut], "said whole, on screen"
    p.screenshot(tmp_path / f"keepsake-{code}.png")
    assert p.labels() == ["Back home"]
    p.press(pygame.K_RETURN)
    assert p.scene_name == "TitleScene" and p.shell.ui.theme_override is None


def test_date_night_past_evenings_are_listed_in_our_story(pilots) -> None:
    p = pilots(at_home=True)
    p.services.folder_launcher = lambda command: 0
    p.click("Our story")
    assert p.scene.evenings == []
    p.press(pygame.K_ESCAPE)
    set_up(p, minutes=30)
    run_evening(p, minutes_per_turn=4.0, note=None)
    assert p.scene_name.endswith("SummaryScene") or "summary" in p.scene_name.lower()
    [(started, minutes, cards)] = p.services.past_evenings(p.services.couples()[0])
    assert 20 <= minutes <= 45 and cards > 0
    p.press(pygame.K_ESCAPE)
    while p.scene_name != "HomeScene":
        p.press(pygame.K_ESCAPE)
    p.click("Our story")
    assert p.scene.evenings == [(started, minutes, cards)]


def test_date_night_the_chosen_length_carries_the_mark_and_the_focus_ring_is_apart(pilots) -> None:
    p = pilots(at_home=True)
    p.click("Date night")
    if p.scene_name == "PromiseScene":
        p.press(pygame.K_ESCAPE)
    lengths = [p.widget(f"{minutes} minutes") for minutes in (30, 60, 90)]
    assert [w.chosen for w in lengths] == [False, True, False]
    assert all(w.kind == "secondary" for w in lengths), "a chosen length never looks like the main action"
    p.scene.focus_on(lengths[0])
    p.press(pygame.K_TAB)  # the focus moves to 60 and on, the choice stays put
    assert [w.chosen for w in p.scene.widgets[:3]] == [False, True, False]
    p.click("90 minutes")
    assert [w.chosen for w in p.scene.widgets[:3]] == [False, False, True]
    assert p.scene.minutes == 90


def test_date_night_a_second_evening_the_same_day_leaves_out_the_quiz_it_could_not_fill(pilots) -> None:
    p = pilots(at_home=True)
    set_up(p, minutes=30)
    run_evening(p, note=None)
    assert p.scene.keepsake.learned_count  # type: ignore[attr-defined]
    p.click("Back home")
    p.later(hours=1)  # tonight's answers are due to come back, but rest a day first
    set_up(p, minutes=30)
    evening = p.scene.evening  # type: ignore[attr-defined]
    assert Segment.QUIZ not in [segment for segment, _ in evening.arc()]
    visited = run_evening(p, note=None)
    assert "opening-quiz" not in visited and "opening-deeper" in visited
    p.click("Back home")
    p.later(days=1)
    set_up(p, minutes=30)
    assert "play-quiz-quiz-guess" in run_evening(p, note=None)


def the_tester_s_keepsake() -> Keepsake:
    """Five things learned, as on the tester's evening: a mood, a scenario both answered and both promises."""
    from game.core.date_night_plan import APPRECIATION_CARDS, SMALL_THING_CARDS

    mood, bus, small = CardKey("favourite-details", "mood"), CardKey("each-others-back", "bus"), SMALL_THING_CARDS[0]
    learned = (
        LearnedThing(1, "Which mood of Łukasz's does Zoë secretly fancy?", "Sleepy and stubborn on Sunday mornings", mood),
        LearnedThing(1, "When Zoë falls flat by a bus queue, how should Łukasz react?", "Check I'm not hurt, then laugh", bus),
        LearnedThing(0, "When Łukasz falls flat by a bus queue, how should Zoë react?", "Help me up and walk on", bus),
        LearnedThing(0, "What small thing did Zoë last promise to do for Łukasz?", "Water the plants without being asked", small),
        LearnedThing(1, "What small thing did Łukasz last promise to do for Zoë?", "Make you breakfast on Saturday", small),
    )
    loved = tuple(LearnedThing(seat, "", f"The way you laughed {seat}", APPRECIATION_CARDS[0]) for seat in (0, 1))
    return sample_keepsake(learned=learned, appreciations=loved, learned_count=7)


def test_date_night_keepsake_picture_short_of_room_leaves_out_something_else_before_a_promise(pilots) -> None:
    from .test_goldens import differing_pixels

    keepsake = the_tester_s_keepsake()
    learned = keepsake.learned
    ui = pilots().shell.ui
    picture = draw_keepsake(ui, keepsake)
    drawn = []
    for index, thing in enumerate(learned):
        other = list(learned)
        other[index] = LearnedThing(thing.owner, thing.question, "Something else entirely", thing.card)
        drawn.append(differing_pixels(picture, draw_keepsake(ui, replace(keepsake, learned=tuple(other)))) > 0)
    assert not all(drawn), "the picture had room for everything: this evening tests nothing"
    assert drawn[3:] == [True, True], drawn  # both promises
    assert drawn[1] == drawn[2], drawn  # the scenario both answered: both answers or neither


@pytest.mark.parametrize("pair_first", [False, True])
def test_date_night_summary_lists_a_pair_whole_and_counts_only_what_it_leaves_out(pilots, tmp_path, pair_first) -> None:
    tonight = the_tester_s_keepsake()
    mood, *rest = tonight.learned
    ending = replace(tonight, learned=(*rest, mood)) if pair_first else tonight  # room for one: never half a pair
    lines = closing_lines(pilots(), ending, tmp_path)
    learned = [line for line in lines if "promise" in line or "react?" in line or "fancy?" in line]
    assert learned == ["Which mood of Łukasz's does Zoë secretly fancy?"]
    assert lines[lines.index(learned[0]) + 1] == "Sleepy and stubborn on Sunday mornings"  # its answer, under it
    assert "…and 4 more." in lines  # the two appreciations are written out below, not among the more
    assert sum(line.startswith("♥") and "loved:" in line for line in lines) == 2


@pytest.mark.parametrize(("minutes_per_turn", "heading"), [(0.25, "Time for a breather"), (4.0, "Halfway there")])
def test_date_night_the_break_says_halfway_there_only_when_the_clock_agrees(pilots, minutes_per_turn, heading) -> None:
    p = pilots(at_home=True)
    set_up(p, minutes=60)
    said: list[tuple[str, str]] = []

    def shot(name: str) -> None:
        if name == "break":
            p.advance(2.0)  # the break fades in
            said.append((p.scene.words()[0][0], minutes_left(p.scene.evening, p.shell.ui)))  # type: ignore[attr-defined]
            assert said[-1][0] in [drawn.text for drawn in frame(p)]

    run_evening(p, minutes_per_turn=minutes_per_turn, shot=shot)
    assert [words for words, _ in said] == [heading], said
