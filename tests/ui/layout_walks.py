"""Walks through the game for the layout test: every screen, in the states a couple can bring it to.

Each walk drives a pilot like a person would and calls `look(name)` at every state worth checking:
dialogs open, errors shown, long names and answers typed, a form scrolled, each kind of card.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pygame

from game.core.cards import AnswerType, Kind
from game.core.direction import quoted
from game.core.limits import Limit
from game.core.session import Phase
from game.ui.round_guard import END_AND_START

from . import date_night_tour
from .pilot import Pilot
from .tour import play_turn

Look = Callable[[str], None]
LONG_NAMES = ("Maximiliane-Charlotte", "Nguyễn Thị Ánh Dương")
NAMES = LONG_NAMES  #: the couple every walk makes; a test may walk with others (right-to-left names)
LONG_ANSWER = (
    "Walking home along the canal in the rain, sharing one umbrella that kept turning inside out, "
    "and laughing so hard we had to sit on the steps of the library until it stopped"
)
STUDIO_DECKS = Path(__file__).resolve().parents[1] / "import_samples"
#: The deck file the game walk breaks, as a long name a couple might give one.
BROKEN_DECK = "our-rainy-sunday-questions.yaml"
#: Looks whose controls must all show at once, nothing to scroll (test_layout.py checks them so): a private answer's
#: choices, which a couple would not know to scroll for.
UNSCROLLED = "private-choices"


def begin(p: Pilot, look: Look, names: tuple[str, str] | None = None) -> None:
    """From the title to Home, making a couple with long names (and a mistake on the way)."""
    names = names or NAMES
    look("title")
    p.press(pygame.K_RETURN)
    if p.scene_name == "CouplesScene":
        p.click("New couple")
    look("couple-form")
    submit = next(w for w in p.scene.widgets if getattr(w, "kind", "") == "primary")
    p.click(submit.label)
    look("couple-form-errors")
    p.click(p.scene.widgets[0].label)
    p.type(names[0])
    p.press(pygame.K_RETURN)
    p.type(names[1])
    p.press(pygame.K_RETURN)
    look("home-welcome")  # the welcome toast is up
    p.advance(4.0)


def back_home(p: Pilot) -> None:
    for _ in range(8):
        if p.scene_name == "HomeScene":
            return
        p.press(pygame.K_ESCAPE)
        if "Go home" in p.labels():
            p.click("Go home")
    assert p.scene_name == "HomeScene", p.scene_name


def walk_own_pronouns(p: Pilot, look: Look) -> None:
    """From Home: player 1 writes pronouns of their own (a mistake on the way) and the couple is saved with them."""
    p.click("Names and pronouns")
    p.click(f"{quoted(NAMES[0])}: my own…")
    look("own-pronouns")
    for word in ("Xemselfxemselfxemselfxem", "xem", "", "xyrs", "xemselfxemselfxemselfxemself"):
        p.type(word)
        p.press(pygame.K_RETURN)
    look("own-pronouns-errors")
    p.type("xyr")
    p.press(pygame.K_TAB)
    p.press(pygame.K_TAB)
    p.press(pygame.K_BACKSPACE, times=21)
    p.press(pygame.K_RETURN)
    look("couple-form-own-long")  # the longest form there may be, on the button
    p.click(f"{quoted(NAMES[0])}: my own…")
    p.press(pygame.K_BACKSPACE, times=24)
    p.type("xe")
    p.press(pygame.K_RETURN, times=5)
    look("couple-form-own")
    p.click("Save")
    look("home-names-saved")  # "Saved." comes to Home
    p.advance(4.0)


def break_a_deck(p: Pilot) -> None:
    """A deck file in the couple's folder broken while the game runs, its last good version still dealt: Home's red
    note (the longest it says) is up under every message that comes to Home."""
    from game.storage.paths import user_decks_dir

    folder = user_decks_dir(p.root)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / BROKEN_DECK
    path.write_text('format: 1\nid: rainy\nname: Rainy days\ncards:\n  - id: a\n    text: "What made you smile?"\n', "utf-8")
    p.services.reload_decks()
    path.write_text(path.read_text("utf-8").replace("    text:", "     text:"), "utf-8")  # a slip in an editor
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))
    p.advance(1.2)  # the folder is looked at every second
    assert p.services.broken_deck_files() == [BROKEN_DECK] and "rainy" in {deck.id for deck in p.services.decks()}


def walk_private_choices(p: Pilot, look: Look) -> None:
    """Each card answered privately by picking a choice, on the screen behind the curtain: every both card with
    choices, and the who's-more-likely cards with the most words, the partner's long name among the choices."""
    from game.ui.private_answer import PrivateAnswerScene

    cards = [card for deck in p.services.decks() for card in deck.cards if card.kind is Kind.BOTH]
    who = sorted((card for card in cards if card.answer_type is AnswerType.WHO), key=lambda card: -len(card.text))
    for card in [*(card for card in cards if card.answer_type is AnswerType.CHOICE), *who[:2]]:
        p.shell.ui.push(PrivateAnswerScene(p.shell.ui, card, NAMES[0], NAMES[1], "#e07a5f"), lambda _answer: None)
        p.step()
        look(f"{UNSCROLLED}-{card.id}")
        p.press(pygame.K_ESCAPE)  # handed back without an answer
        assert p.scene_name == "HomeScene", p.scene_name


def walk_game(p: Pilot, look: Look) -> None:
    break_a_deck(p)
    begin(p, look)
    look("home")
    walk_private_choices(p, look)
    walk_own_pronouns(p, look)
    p.click("Settings")
    look("settings")
    p.click("Export a copy…")
    look("settings-export-dialog")
    p.click("Export")
    look("settings-saved-copy")  # where the copy went, until "Done" (or "Open the folder")
    p.click("Done")
    p.click("Erase everything…")
    look("settings-erase-dialog")  # it names the two exports it would take, and their folder
    p.press(pygame.K_ESCAPE)
    p.click("Passphrase: off")
    look("passphrase")
    p.type("sea air")
    p.press(pygame.K_TAB)
    p.type("sea aim")
    p.click("Lock our answers")
    look("passphrase-errors")
    p.press(pygame.K_ESCAPE)
    p.press(pygame.K_ESCAPE)
    p.click("Quiz me")
    look("quiz-setup")
    p.press(pygame.K_ESCAPE)
    p.click("Switch couple")
    look("couples")
    p.click(" & ".join(map(quoted, NAMES)))
    p.click("Play")
    look("setup")
    p.click("Our private limits…")
    look("setup-limits-curtain")
    p.press(pygame.K_RETURN)
    look("setup-limits")  # spicy cards are off in Settings (as they start): the depth alone, and why
    p.press(pygame.K_ESCAPE)
    if p.scene_name != "SetupScene":
        p.press(pygame.K_ESCAPE)
    p.shell.ui.set("spicy", True)
    p.click("Our private limits…")
    p.press(pygame.K_RETURN)
    look("setup-limits-spicy-offered")  # the depth, and the private yes or no to spicy cards
    p.press(pygame.K_ESCAPE)
    if p.scene_name != "SetupScene":
        p.press(pygame.K_ESCAPE)
    p.shell.ui.set("spicy", False)
    couple = p.scene.couple  # type: ignore[attr-defined]
    p.services.save_limit(couple, 1, Limit(2, False))  # a limit in force: the line over the decks says so, and wraps
    p.press(pygame.K_ESCAPE)
    p.click("Play")
    look("setup-limited")
    p.services.save_limit(couple, 1, Limit())
    p.press(pygame.K_ESCAPE)
    p.click("Play")
    p.click("Deal the cards")
    p.advance(1.0)
    typed = play_round(p, look, "play")
    look("summary")
    p.press(pygame.K_RETURN)
    for _round in range(3):  # the quiz below judges a typed answer; which cards a round deals changes with the decks
        if typed:
            break
        p.click("Play")
        p.click("Deal the cards")
        p.advance(1.0)
        typed = play_round(p, lambda _state: None, "more")
        p.press(pygame.K_RETURN)
    p.click("Our story")
    look("story")
    walk_story_sections(p, look)
    walk_correct(p, look)
    walk_forget(p, look)
    p.click("Playbook & promises")
    look("playbook")
    back_home(p)
    p.click("Play")
    p.click("Deal the cards")
    p.advance(0.6)
    play_turn(p)
    p.press(pygame.K_ESCAPE)
    p.click("Go home")
    p.click("Play")
    p.click("Deal the cards")
    look("round-in-progress")
    p.press(pygame.K_ESCAPE)
    back_home(p)
    p.later(days=5)  # answers are quizzed once they have rested
    p.scene.refresh()
    p.click(next(label for label in p.labels() if label.startswith("Quiz me")))
    p.click("Start the quiz")
    if p.scene_name == "RoundInProgressScene":  # the round left open above: end it, and quiz
        p.click(END_AND_START)
    play_round(p, look, "quiz")
    back_home(p)
    walk_check_in(p, look)
    unlock(p, look)
    erase_check(p, look)
    back_home(p)
    p.click("Switch couple")
    look("couples-locked")  # the passphrase set above is asked again here: the row says so, beside the long names


def walk_story_sections(p: Pilot, look: Look) -> None:
    """Our story's other sections, the figures' words among what is checked; a love map taller than its panel
    (the largest text in a small window) scrolled to its last row. Back on Our memories at the end."""
    for section in ("Over time", "Love map", "What changed"):
        p.click(section)
        tag = section.lower().replace(" ", "-")
        look(f"story-{tag}")
        if section == "Love map" and p.scene.love_map.scrolls:  # type: ignore[attr-defined]
            p.press(pygame.K_PAGEDOWN, times=20)
            look(f"story-{tag}-scrolled")
    p.click("Our memories")


def walk_check_in(p: Pilot, look: Look) -> None:
    """A changing answer, and a year on it has gone stale: its owner checks it alone, behind the curtain, first."""
    from game.storage.paths import user_decks_dir

    from .test_play_loop import CHANGING_DECK, _deal_only

    folder = user_decks_dir(p.root)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "right-now.yaml").write_text(CHANGING_DECK, encoding="utf-8")
    p.services.reload_decks()  # a deck dropped in the folder while the game runs
    _deal_only(p, "Right now")
    p.type("Dancing Queen")
    p.press(pygame.K_RETURN)
    while p.scene_name == "PlayScene":
        play_turn(p)
    back_home(p)
    p.later(days=400)
    p.scene.refresh()
    p.click(next(label for label in p.labels() if label.startswith("Quiz me")))
    p.click("Start the quiz")
    session = p.scene.session  # type: ignore[attr-defined]
    assert session.phase is Phase.CHECK, "the walk's round answered a changing card"
    look("check-in")
    p.press(pygame.K_RETURN)  # hand the laptop over
    look("check-in-curtain")
    p.press(pygame.K_RETURN)  # "I'm … — show me"
    look("check-in-owner")
    p.key("1")
    p.press(pygame.K_ESCAPE)
    p.click("Go home")


def walk_correct(p: Pilot, look: Look) -> None:
    """From Our memories: "Correct it" on one answer of each type in the lists, the long one among them, and the
    reason a bad answer is refused; Esc leaves each as it was (the quiz later asks about them)."""
    from game.ui.scenes.story import StoryScene

    couple = p.services.couples()[0]
    seen: set[str] = set()
    for seat in (0, 1):
        p.click(f"{quoted(couple.name(seat))}'s answers")
        story = p.scene
        assert isinstance(story, StoryScene)
        for row, memory in enumerate(list(story.shown)):
            kind = story.story.cards[memory.key.card_key].answer_type
            tag = "long" if memory.answer == LONG_ANSWER else kind.value
            if tag in seen:
                continue
            seen.add(tag)
            listing = p.widget("Memories")
            p.scene.focus_on(listing)
            moved = row - listing.selected  # type: ignore[attr-defined]
            p.press(pygame.K_DOWN if moved > 0 else pygame.K_UP, times=abs(moved))
            p.click("Correct it")
            look(f"story-correct-{tag}")
            if kind in (AnswerType.TEXT, AnswerType.DATE, AnswerType.NUMBER):
                p.press(pygame.K_a, mod=pygame.KMOD_CTRL)
                p.type("31 Smarch" if kind is AnswerType.DATE else " " if kind is AnswerType.TEXT else "lots")
                p.click("Save the correction")
                look(f"story-correct-{tag}-refused")
            p.press(pygame.K_ESCAPE)
            assert p.scene_name == "StoryScene", p.scene_name
    assert seen, "the round saved answers to correct"


def walk_forget(p: Pilot, look: Look) -> None:
    """From Our memories: "Forget this" on the chosen answer, its two questions, and "Keep it" (the quiz later asks)."""
    look("story-memories-chosen")
    p.click("Forget this")
    look("story-forget-ask")
    p.click("Forget it")
    look("story-forget-last")
    p.click("Keep it")
    assert p.scene_name == "StoryScene", p.scene_name


def unlock(p: Pilot, look: Look) -> None:
    """The passphrase screen a locked profile opens with, and a wrong try."""
    from game.ui.scenes.passphrase import UnlockScene

    couple = p.services.couples()[0]
    p.services.set_passphrase(couple, "sea air")
    p.shell.ui.push(UnlockScene(p.shell.ui, couple, lambda: None))
    p.step()
    look("unlock")
    p.type("sea salt")
    p.press(pygame.K_RETURN)
    look("unlock-wrong")


def erase_check(p: Pilot, look: Look) -> None:
    """Erasing a locked couple asks their passphrase first; forgotten, it says only Erase everything removes them."""
    p.press(pygame.K_ESCAPE)  # the unlock screen above: the couple is open in this run, and locked all the same
    p.click("Settings")
    p.click("Erase everything…")
    assert p.scene_name == "EraseCheckScene"
    look("erase-check")
    p.click("We've forgotten it")
    look("erase-forgotten")
    p.press(pygame.K_ESCAPE)


def play_round(p: Pilot, look: Look, prefix: str) -> bool:
    """Play to the end of the round, looking at each phase of each kind of card once, and at a long answer.

    Whether a remembered answer was typed in the round, for a quiz that judges one later.
    """
    seen: set[str] = set()
    for _ in range(80):
        if p.scene_name != "PlayScene":
            break
        session = p.scene.session  # type: ignore[attr-defined]
        card = p.scene.card()  # type: ignore[attr-defined]
        quiz = "quiz-" if session.current and session.current.is_quiz else ""
        tag = f"{quiz}{session.phase.value}-{card.kind.value}-{card.answer_type.value}"
        if tag not in seen:
            seen.add(tag)
            look(f"{prefix}-{tag}")
            if "confirm" not in seen:
                seen.add("confirm")
                p.press(pygame.K_ESCAPE)
                look(f"{prefix}-end-dialog")
                p.press(pygame.K_ESCAPE)
            text_ask = session.phase is Phase.ANSWER and card.kind is Kind.ASK and card.answer_type is AnswerType.TEXT
            if text_ask and card.remembered and "long" not in seen:
                seen.add("long")
                p.type(LONG_ANSWER)
                look(f"{prefix}-long-answer")
                p.press(pygame.K_RETURN)
                p.advance(0.7)
                continue
            if session.phase is Phase.JUDGE and "changed" not in seen:
                seen.add("changed")
                p.key("c")
                p.step()
                if p.scene_name != "PlayScene":
                    look(f"{prefix}-changed-answer")
                    p.press(pygame.K_ESCAPE)

        def once(name: str, tag: str = tag) -> None:
            if f"{name}-{tag}" not in seen:
                seen.add(f"{name}-{tag}")
                look(f"{prefix}-{name}-{tag}")

        play_turn(p, on_phase=once)
    return "long" in seen


def new_deck_typed(p: Pilot, look: Look) -> None:
    """From Deck studio, a new deck: looked at empty, refused, then with a long name and description typed."""
    p.click("New deck")
    look("studio-new-deck")
    p.click("Create deck")
    look("studio-new-deck-errors")
    p.type("Rainy Sundays and long slow mornings together")
    p.press(pygame.K_TAB)
    p.type("Slow questions for slow days, when the kettle is always on and nobody has anywhere to be.")


def walk_studio(p: Pilot, look: Look) -> None:
    from .test_studio import checks_held, settle

    begin(p, look)
    p.click("Deck studio")
    look("studio")
    new_deck_typed(p, look)
    p.click("Create deck")
    look("studio-deck-empty")
    p.click("Add a card")
    look("studio-card")
    p.click("Save card")
    look("studio-card-errors")
    form_click(p, "Card text")
    p.type(LONG_ANSWER + ", {name}?")
    form_choose(p, "Kind", "scenario")
    form_choose(p, "Depth", "2")
    form_click(p, "Add an option")
    p.type("Run for it, holding hands")
    p.press(pygame.K_RETURN)
    p.type("Find us the nearest café and order two hot chocolates")
    p.press(pygame.K_RETURN)
    p.type("Laugh and give up on staying dry")
    look("studio-card-scenario")
    form_click(p, "Tags")  # the form scrolls to its last field
    look("studio-card-scrolled")
    form_click(p, "Add a follow-up")
    look("studio-card-half-scrolled")
    p.press(pygame.K_s, mod=pygame.KMOD_CTRL)
    p.advance(4.0)
    look("studio-deck")
    p.press(pygame.K_ESCAPE)
    look("studio-list")
    bad = p.root.parent / "our questions.csv"
    bad.write_text("text,kind,level\nWhat made you smile?,ask,1\nDance it out,dance,1\nWhat scares you?,ask,deep-ish\n", "utf-8")
    p.step([pygame.event.Event(pygame.DROPFILE, file=str(bad))])
    settle(p)
    look("studio-import-problems")
    p.press(pygame.K_ESCAPE)
    sample = STUDIO_DECKS / "our-list.md"
    p.step([pygame.event.Event(pygame.DROPFILE, file=str(sample))])
    settle(p)
    look("studio-import-preview")
    p.press(pygame.K_DOWN, times=5)
    look("studio-import-preview-down")
    p.click(next(label for label in p.labels() if label.startswith("Import ")))
    settle(p)
    p.advance(4.0)
    p.step([pygame.event.Event(pygame.DROPFILE, file=str(sample))])
    settle(p)
    if p.scene_name == "ImportPreviewScene":
        p.click(next(label for label in p.labels() if label.startswith("Import ") or label.startswith("Replace")))
        settle(p)
    look("studio-import-again")
    if "Replace it" in p.labels():
        p.click("Replace it")
        settle(p)
    back_to(p, "StudioScene")
    from game.storage.paths import user_decks_dir

    ours = next(user_decks_dir(p.root).glob("rainy-sundays*.yaml"))
    copy = p.root.parent / ours.name
    copy.write_text(ours.read_text("utf-8"), "utf-8")
    with checks_held(p) as checked:  # a big file's check takes a moment: the window says so meanwhile
        p.step([pygame.event.Event(pygame.DROPFILE, file=str(copy))])
        look("studio-deck-check")
        checked.set()
        settle(p)
    look("studio-replace-deck")
    p.press(pygame.K_ESCAPE)


def form_click(p: Pilot, label: str) -> None:
    """Click a field or button of the card form, scrolling to it first as a person would."""
    p.scene.focus_on(p.widget(label))
    p.scene.reveal_focus()  # type: ignore[attr-defined]
    p.step()
    p.click(label)


def form_choose(p: Pilot, label: str, value: str) -> None:
    """Click one segment of a row of choices on the card form, scrolling to the row first as a person would (its
    hidden part may lie under the key hints, and a click there presses them)."""
    from .test_studio import choose

    p.scene.focus_on(p.widget(label))
    p.scene.reveal_focus()  # type: ignore[attr-defined]
    p.step()
    choose(p, label, value)


def back_to(p: Pilot, name: str) -> None:
    for _ in range(6):
        if p.scene_name == name:
            return
        if p.scene_name == "ConfirmScene":
            p.click(next(w.label for w in p.scene.widgets if getattr(w, "kind", "") == "primary"))
            continue
        if "Cancel" in p.labels():
            p.click("Cancel")
            continue
        p.press(pygame.K_ESCAPE)
    assert p.scene_name == name, p.scene_name


def walk_date_night(p: Pilot, look: Look) -> None:
    from .test_date_night import EARLIER

    begin(p, look)
    p.services.folder_launcher = lambda command: 0  # type: ignore[attr-defined]
    date_night_tour.remember_before(p, EARLIER, days_ago=9)
    date_night_tour.set_up(p, minutes=30, caps=(1, 1))
    date_night_tour.run_evening(p, note="Dance in the kitchen next time 💃")
    p.click("Back home")
    p.click("Our story")
    walk_correct(p, look)  # a date among the answers kept from before the evening
    p.click("Playbook & promises")
    p.click("Promises")
    look("promises")  # the small things the evening ended on, one line each: who, for whom, what
    back_home(p)
    p.later(days=7)
    p.click("Date night")
    if p.scene_name == "PromiseScene":  # last evening's small things come back first: "Did it happen?"
        look("date-night-promise")
        p.press(pygame.K_ESCAPE)
    look("date-night-setup")
    p.click("Set our limits in private")
    p.press(pygame.K_RETURN)
    look("date-night-limits")
    p.press(pygame.K_ESCAPE)
    p.press(pygame.K_ESCAPE)
    date_night_tour.set_up(p, minutes=60, caps=(3, 2))
    date_night_tour.run_evening(
        p, shot=lambda name: look(f"date-night-{name}"), minutes_per_turn=4.0, private="Just for you: the ring is in my sock drawer"
    )
    back_home(p)
    from .test_date_night_go_home import evening_paused_at_home

    evening_paused_at_home(p)
    look("home-date-night-paused")  # the longest first button Home has ("… (60 min left)"), and one more row
