"""The look every date-night screen shares: the dim, warm palette, the soft music, the arc and the time left.

`DateNightLook` is mixed into each date-night scene: entering one turns the date-night palette
(and, if the couple wants it, the ambient sound bed) on; leaving the last one turns them off.
The palette takes the place of Warm or Dark, never of High contrast (see `theme_in_use`).
`draw_arc` puts a soft indicator of the evening's segments and the minutes left at the foot
of the screen, across from the key hints.
"""

from __future__ import annotations

from collections.abc import Sequence

import pygame

from game.core.date_night import DateNight
from game.core.date_night_state import SEGMENT_NAMES, Segment, StepKind

from .drawing import dot, text_at
from .hint_rows import hints_right
from .modals import ConfirmScene
from .scene import UI, Scene

THEME = "date_night"
MUSIC = "date_night_music"
#: Date night moves more slowly than a quick game: card deals, flips and fades take this much longer.
SLOWER = 1.8

#: What each part of the evening is for, in a line.
SEGMENT_LINES = {
    Segment.ARRIVE: "Arrive, put the day down, and be here.",
    Segment.WARM_UP: "Light ones first, to land in the evening.",
    Segment.QUIZ: "Things you've told each other before come back as questions. A miss is just something new.",
    Segment.DEEPER: "Slower now. Ask the follow-ups; there's no hurry.",
    Segment.BACK: "What would you each want from the other when it counts?",
    Segment.CLOSING: "To close: an appreciation from each of you, and one small thing each will do this week.",
}
SHORT_NAMES = {
    Segment.ARRIVE: "Arrive",
    Segment.WARM_UP: "Warm-up",
    Segment.QUIZ: "Quiz",
    Segment.DEEPER: "Deeper",
    Segment.BACK: "Each other's back",
    Segment.CLOSING: "Closing",
}


def nothing_to_play_words(segment: Segment | None, max_level: int) -> str:
    """What the toast says when a part has no cards to deal: warmly, and that the evening goes on."""
    if segment is Segment.QUIZ:
        return "Nothing is ready to quiz yet: answers rest a day before they come back. On to the next part."
    name = segment_title(segment, max_level) if segment is not None else "This part"
    return f"{name} has no cards for you tonight. On to the next part."


NUMBER_WORDS = ("one", "two", "three", "four", "five")


def more_words(count: int, closing_next: bool, questions: bool = False) -> tuple[str, str, str]:
    """A part that went quickly offers `count` more of its cards (`questions`: the quiz part's): (the line, yes, no),
    in plain words."""
    number = NUMBER_WORDS[count - 1] if 0 < count <= len(NUMBER_WORDS) else str(count)
    cards = ("question" if questions else "card") + ("" if count == 1 else "s")
    line = f"That went quickly. We've time for {number} more {cards}, if you'd like {'it' if count == 1 else 'them'}."
    return line, f"Yes, {number} more", "No, on to the closing" if closing_next else "No, on to the next part"


#: "Going deeper" on an evening whose limits keep every card light: named for what it deals (never saying why).
STAYING = "Staying a while"


def music_on(ui: UI) -> bool:
    """The evening's music plays only with sound on in Settings too, and says so."""
    return bool(ui.settings.get(MUSIC, True)) and bool(ui.settings.get("sound", True))


class DateNightLook(Scene):
    """A scene that belongs to the evening: warm palette and music while any such scene is on the stack."""

    def enter(self) -> None:
        super().enter()
        self.ui.theme_override = THEME
        self.ui.apply_settings()
        self.ui.sound.ambient(music_on(self.ui))

    def exit(self) -> None:
        super().exit()
        if not any(isinstance(scene, DateNightLook) for scene in self.ui.stack):
            self.ui.theme_override = None
            self.ui.apply_settings()
            self.ui.sound.ambient(False)

    def ask_to_pause(self) -> None:
        """Esc: going home keeps everything, and the evening's clock stops until it picks up again."""
        detail = "Everything is kept. Home will offer to carry on from right here, with the time you had left."
        self.ui.push(ConfirmScene(self.ui, "Pause the evening?", "Go home", "Keep going", detail), self.pause_answered)

    def pause_answered(self, yes: bool) -> None:
        if yes:
            self.go_home()

    def go_home(self) -> None:
        """The couple chose to pause the evening and go home."""
        self.ui.pop()

    def handle_key(self, char: str) -> bool:
        if char.lower() == "m":
            self.toggle_music()
            return True
        return super().handle_key(char)

    def toggle_music(self) -> None:
        on = not music_on(self.ui)
        self.ui.set(MUSIC, on)
        if on and not self.ui.settings.get("sound", True):
            self.ui.set("sound", True)  # asking for music means wanting to hear it
        self.ui.sound.ambient(on)
        self.ui.toast("Soft music on." if on else "Music off.", 2.0)
        self.refresh()


def minutes_left(evening: DateNight, ui: UI) -> str:
    seconds = evening.time_left(ui.services.now())
    if seconds <= 0:
        return "taking your time"
    minutes = int(seconds // 60) + (1 if seconds % 60 else 0)
    return f"{minutes} min left"


def draw_arc(surface: pygame.Surface, ui: UI, evening: DateNight, hints: Sequence[tuple[str, str]] = ()) -> None:
    """The soft segment indicator and the time left, at the bottom right: beside the key hints when there is room,
    else only the time left, else just above the hints."""
    t = ui.theme
    width = t.size[0]
    style = t.style("hint")
    step = evening.step
    arc = evening.arc()
    current = next((segment for segment, state in arc if state == "now"), None)
    name = ""
    if step is not None and step.kind is StepKind.BREAK:
        name = "Break"
    elif current is not None:
        name = segment_title(current, evening.state.max_level, short=True)
    clock_words = minutes_left(evening, ui)
    gap = t.px(18)
    clock_w = ui.text.measure(clock_words, style)
    whole = clock_w + t.px(28) + gap * len(arc) + (ui.text.measure(name, style) + t.px(4) if name else 0)
    free = width - t.px(28) - hints_right(ui.theme, ui.text, hints) - t.px(12)
    y = _arc_middle(ui, evening, hints)
    show_arc = whole <= free or clock_w > free
    right = width - t.px(28)
    clock = text_at(surface, ui, clock_words, "hint", (right, y), "muted", "midright")
    if not show_arc:
        return
    x = clock.left - t.px(28)
    radius = max(3, t.px(4))
    for _segment, state in reversed(arc):
        color = t.color("accent") if state == "now" else t.color("muted")
        dot(surface, color, (x, y), radius + (1 if state == "now" else 0), filled=state in ("now", "done"))
        x -= gap
    if name:
        text_at(surface, ui, name, "hint", (x - t.px(4), y), "muted", "midright")


def _arc_middle(ui: UI, evening: DateNight, hints: Sequence[tuple[str, str]]) -> int:
    """The middle of the arc's row: beside the key hints, or a row above them when the time left has no room there."""
    t = ui.theme
    width, height = t.size
    style = t.style("hint")
    row = ui.text.line_height(style) + t.px(4)
    y = min(height - t.px(22), height - t.px(6) - row // 2)
    free = width - t.px(28) - hints_right(ui.theme, ui.text, hints) - t.px(12)
    if ui.text.measure(minutes_left(evening, ui), style) > free:
        y -= row + t.px(6)
    return y


def arc_top(ui: UI, evening: DateNight, hints: Sequence[tuple[str, str]] = ()) -> int | None:
    """Where the arc's row starts when it sits above the key hints (what a screen lays out above), else None."""
    y = _arc_middle(ui, evening, hints)
    row = ui.text.line_height(ui.theme.style("hint")) + ui.theme.px(4)
    return y - row // 2 if y + row // 2 < ui.hints_top(hints) else None


def segment_title(segment: Segment, max_level: int, short: bool = False) -> str:
    """A part's name on an evening as deep as `max_level`; `short`: as the arc at the foot says it."""
    if segment is Segment.DEEPER and max_level <= 1:
        return STAYING
    return SHORT_NAMES[segment] if short else SEGMENT_NAMES[segment]
