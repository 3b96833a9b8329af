"""The evening itself: the pledge, last time's note, each part's opening (or its offer of more, when it went
quickly), the break, and the note for next time.

This scene conducts; the director (game.core.date_night) decides. Card segments are played
by `DateNightPlayScene`, pushed on top of this one; when a segment's session ends it comes
back here with it, and the director moves the evening on.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import pygame

from game.core.date_night_commands import (
    DeclineMore,
    EndBreak,
    EveningCommand,
    FinishSegment,
    OpenNote,
    Pause,
    Pledge,
    ReopenSegment,
    Resume,
    SealNote,
    TakeBreak,
    WrapUp,
)
from game.core.date_night_events import EveningEnded, LimitsChanged, SegmentSkipped, StepStarted
from game.core.date_night_plan import RITUALS_DECK
from game.core.date_night_state import ARC, Segment, Status, StepKind
from game.core.direction import quoted
from game.core.events import Event

from ..card_view import card_surface, table_card_rect
from ..date_night_view import (
    SEGMENT_LINES,
    SLOWER,
    DateNightLook,
    draw_arc,
    minutes_left,
    more_words,
    music_on,
    nothing_to_play_words,
    segment_title,
)
from ..drawing import heart, panel, put
from ..homecoming import BREAK, go_home
from ..modals import ConfirmScene
from ..page import Page, PagedScene, free_area
from ..routes import DateNightPlay, DateNightSummary
from ..scene import UI
from ..services import EveningHandle, SessionHandle
from ..text_field import TextField
from ..widgets import Button, Toggle, Widget

FADE_SECONDS = 0.6 * SLOWER
NOTE_LIMIT = 2_000
#: Under the note when Enter or "Seal it" finds nothing written: what to do instead of nothing happening.
EMPTY_NOTE = "Write a few words to seal, or choose “No note this time”."
#: Said when an evening picks up after the limits changed while it waited (never whose, nor how).
LIMITS_CHANGED = "Picking up where you left off, within your limits as they are now."


class DateNightScene(DateNightLook, PagedScene):
    def __init__(self, ui: UI, handle: EveningHandle) -> None:
        super().__init__(ui)
        self.night = handle
        self.evening = handle.evening
        self.couple = handle.couple
        self.pledged = {0: False, 1: False}
        self.note_open = False
        self.note: str | None = None
        self.field: TextField | None = None
        self.fade = 1.0
        self.clock_words = ""
        self.card_rect = pygame.Rect(0, 0, 0, 0)
        self.side = pygame.Rect(0, 0, 0, 0)
        self._break_was = 1.0
        self.heart_at = pygame.Rect(0, 0, 0, 0)

    @property
    def hints(self) -> list[tuple[str, str]]:  # type: ignore[override]
        if self.typing():
            return [("Tab", "move"), ("Enter", "seal it"), ("Shift+Enter", "new line"), ("Esc", "pause the evening")]
        return [("Tab", "move"), ("Enter", "choose"), ("M", "music"), ("Esc", "pause the evening")]

    # ---- lifecycle -------------------------------------------------------------------

    def enter(self) -> None:
        super().enter()
        if any(isinstance(event, LimitsChanged) for event in self.night.keep_within_limits()):
            self.ui.toast(LIMITS_CHANGED)
        self.night.run(Resume())
        self.start_fade()
        self.go_on()

    def closing(self) -> None:
        self.night.run(Pause())

    def back(self) -> None:
        self.ask_to_pause()

    def go_home(self) -> None:
        """The couple chose to pause the evening: its clock stops, and Home is shown (and opens the game, until they
        carry on)."""
        self.night.run(Pause(home=True))
        go_home(self.ui, BREAK)

    def segment_closed(self, segment: SessionHandle | None) -> None:
        if segment is None:  # they went home from the middle of a card
            self.go_home()
            return
        step = self.evening.step
        if step is not None and step.kind is StepKind.CARDS and step.status is Status.PENDING:
            self.begin_segment()  # it began again within the limits as they are now: the rest is dealt at once
            return
        self.react(self.night.run(FinishSegment(segment.session)))

    # ---- the flow ----------------------------------------------------------------------

    def react(self, events: list[Event]) -> None:
        for event in events:
            if isinstance(event, EveningEnded):
                self.ui.sound.play("chime")
                self.ui.replace(DateNightSummary(self.night))
                return
            if isinstance(event, SegmentSkipped):
                depth = self.evening.state.max_level
                room = f"{segment_title(event.segment, depth)} is left out tonight: there isn't room for it."
                self.ui.toast(nothing_to_play_words(event.segment, depth) if event.empty else room)
            if isinstance(event, StepStarted):
                self.start_fade()
                self.pledged = {0: False, 1: False}
        self.refresh(keep_focus=False)

    def command(self, command: EveningCommand) -> Callable[[], None]:
        """A button's action: run the director's `command` and show where the evening went."""
        return lambda: self.react(self.night.run(command))

    def go_on(self) -> None:
        """Pick up a segment that was being played when the window closed (or more of one, offered, that the limits
        as they are now left nothing of: the evening goes on)."""
        step = self.evening.step
        if step is not None and step.status is Status.OFFERED and not step.offer:
            self.react(self.night.run(DeclineMore()))
            return
        if step is None or step.kind is not StepKind.CARDS or step.status is not Status.ACTIVE:
            return
        segment = self.night.segment()
        if segment is None:
            self.react(self.night.run(ReopenSegment()))
        elif segment.session.ended:
            self.react(self.night.run(FinishSegment(segment.session)))
        else:
            self.play(segment, resumed=True)

    def play(self, segment: SessionHandle, resumed: bool = False) -> None:
        self.ui.push(DateNightPlay(segment, self.night, resumed=resumed), self.segment_closed)

    def begin_segment(self, more: bool = False) -> None:
        """Deal the part on the table (`more`: the more of it offered, said yes to)."""
        events, segment = self.night.take_more() if more else self.night.begin_segment()
        if segment is None:
            self.react(events)
            return
        if segment.session.ended:  # nothing to play after all (say, every answer is too fresh to quiz): never an empty table
            part = self.evening.step.segment if self.evening.step else None
            self.ui.toast(nothing_to_play_words(part, self.evening.state.max_level))
            self.react(self.night.run(FinishSegment(segment.session)))
            return
        self.ui.sound.play("deal")
        self.play(segment)

    def start_fade(self) -> None:
        self.fade = 1.0 if self.ui.reduced_motion else 0.0

    def pledge(self, seat: int, on: bool) -> None:
        self.pledged[seat] = on
        self.refresh()

    def open_note(self) -> None:
        self.note = self.night.waiting_note() or ""
        self.note_open = True
        self.ui.sound.play("flip")
        self.start_fade()
        self.refresh(keep_focus=False)

    def seal(self, text: str | None) -> None:
        self.react(self.night.run(SealNote(text)))

    def seal_typed(self, text: str) -> None:
        """Enter in the note, or "Seal it": seal what is written; with nothing written, say how to go on."""
        if text.strip():
            self.seal(text)
        elif self.field is not None:
            self.field.error = EMPTY_NOTE  # typing clears it
            self.focus_on(self.field)
            self.ui.sound.play("soft")
            self.layout()  # the words take room under the note
            self.ui.dirty = True

    def wrap_up(self) -> None:
        detail = "The rest of the middle is left out; you'll go straight to your appreciations."
        self.ui.push(ConfirmScene(self.ui, "Skip to the closing?", "Skip to the closing", "Not yet", detail), self.wrap_answered)

    def wrap_answered(self, yes: bool) -> None:
        if yes:
            self.react(self.night.run(WrapUp()))

    # ---- widgets -----------------------------------------------------------------------

    def build(self) -> None:
        self.field = None
        step = self.evening.step
        if step is None:
            return
        names = (quoted(self.couple.name(0)), quoted(self.couple.name(1)))
        if step.kind is StepKind.PLEDGE:
            for seat in (0, 1):
                self.add(Toggle(f"{names[seat]}: phone away, I'm here", self.pledged[seat], partial(self.pledge, seat)))
            begin = self.add(Button("Begin our evening", self.command(Pledge()), kind="primary"))
            begin.enabled = all(self.pledged.values())
        elif step.kind is StepKind.OPEN_NOTE:
            if self.note_open:
                self.add(Button("Keep going", self.command(OpenNote()), kind="primary"))
            else:
                self.add(Button("Open it together", self.open_note, kind="primary"))
        elif step.kind is StepKind.CARDS and step.status is Status.OFFERED:
            _line, yes, no = self.more_words()
            self.add(Button(yes, lambda: self.begin_segment(more=True), kind="primary"))
            self.add(Button(no, self.command(DeclineMore())))  # a question of two answers: the next part can skip on
        elif step.kind is StepKind.CARDS:
            label = "Begin the closing" if step.segment is Segment.CLOSING else "Deal the cards"
            self.add(Button(label, self.begin_segment, kind="primary"))
            if step.segment is not Segment.CLOSING:
                self.add(Button("Skip to the closing", self.wrap_up, kind="quiet"))
        elif step.kind is StepKind.BREAK:
            if self.evening.state.break_began is None:
                minutes = round(step.minutes)
                self.add(Button(f"Take a {minutes}-minute break", self.command(TakeBreak()), kind="primary"))
                self.add(Button("Keep going", self.command(EndBreak())))
            else:
                self.add(Button("We're back", self.command(EndBreak()), kind="primary"))
        elif step.kind is StepKind.SEAL_NOTE:
            self.field = TextField(
                "A note for next time",
                on_submit=self.seal_typed,
                multiline=True,
                placeholder="A wish, a thank-you, a plan for next time…",
                max_chars=NOTE_LIMIT,
            )
            self.add(self.field)
            self.add(
                Button("Seal it until next time", lambda: self.seal_typed(self.field.value if self.field else ""), kind="primary")
            )
            self.add(Button("No note this time", lambda: self.seal(None), kind="quiet"))
        self.add(Button("Music: on" if music_on(self.ui) else "Music: off", self.toggle_music, kind="quiet"))

    def layout(self) -> None:
        t = self.ui.theme
        width, _height = t.size
        self.card_rect = table_card_rect(t)
        music = self.widgets[-1] if self.widgets else None
        if music is not None:
            w = self.ui.text.measure(music.label, t.style("button")) + t.px(40)
            music.rect = pygame.Rect(width - t.px(24) - w, t.px(24), w, t.px(44))
            music.rect.height = music.fit_height(self.ui, 44)
        main = [widget for widget in self.widgets if widget is not music]
        area = free_area(self.ui)
        step = self.evening.step
        if step is not None and step.kind is StepKind.CARDS:
            column = width - t.px(120)
            top = music.rect.bottom + t.px(8) if music is not None else area.top
            self.page.begin(self.ui, pygame.Rect(width // 2 - column // 2, top, column, area.bottom - top), 0)
            self.place_opening(self.page, step.segment, main)
            self.page.end(centre=True)
            return
        left = self.card_rect.right + t.px(56)
        self.side = pygame.Rect(left, self.card_rect.top, width - left - t.px(56), area.bottom - self.card_rect.top)
        self.page.begin(self.ui, self.side.inflate(t.px(20), 0), t.px(10))
        for text, style, color in self.words():
            self.page.text(text, style, color)
        self.page.gap(4)
        for widget in main:
            if isinstance(widget, TextField):
                self.page.widget(widget, 150)
                self.page.y += widget.error_room(self.ui)
            elif isinstance(widget, Toggle):
                self.page.widget(widget, 50, gap=8)
            else:
                w = max(t.px(260), self.ui.text.measure(widget.label, t.style("button")) + t.px(60))
                self.page.gap(8)
                self.page.widget(widget, 54, width=w, gap=6)
        self.page.end()

    def place_opening(self, page: Page, segment: Segment, buttons: list[Widget]) -> None:
        parts = [s for s, _ in self.evening.arc()]
        number = parts.index(segment) + 1 if segment in parts else ARC.index(segment)
        self.heart_at = page.mark(30, gap=4)
        page.text(f"PART {number} OF {len(parts)}", "hint", "muted", align="center", gap=6)
        page.text(segment_title(segment, self.evening.state.max_level), "title", align="center", gap=10)
        step = self.evening.step
        line = self.more_words()[0] if step is not None and step.status is Status.OFFERED else SEGMENT_LINES[segment]
        page.text(line, "body", "muted", align="center", gap=28, width=self.ui.theme.px(640))
        t = self.ui.theme
        for widget in buttons:
            first = widget is buttons[0]
            # As wide as the words need at this text size ("Skip to the closing" at Largest), so they stay on one line.
            wide = max(t.px(300 if first else 260), self.ui.text.measure(widget.label, t.style("button")) + t.px(60))
            page.widget(widget, 56 if first else 44, width=wide, align="center", gap=14)

    # ---- words ---------------------------------------------------------------------------

    def more_words(self) -> tuple[str, str, str]:
        """The offer of more of a part that went quickly: (the line, yes, no)."""
        s = self.evening.state
        later = [step for step in s.steps[s.index + 1 :] if step.open and step.kind is StepKind.CARDS]
        step = self.evening.step
        closing_next = all(later_step.segment is Segment.CLOSING for later_step in later)
        return more_words(len(step.offer) if step else 0, closing_next, step is not None and step.segment is Segment.QUIZ)

    def words(self) -> list[tuple[str, str, str]]:
        """The words beside the card: (text, style, colour), top to bottom."""
        step = self.evening.step
        if step is None:
            return []
        a, b = self.couple.name(0), self.couple.name(1)
        if step.kind is StepKind.PLEDGE:
            return [
                ("Phones down", "heading", "text"),
                (f"This evening is just for {a} and {b}. Put your phones away — on silent, out of reach.", "body", "muted"),
                ("Then each of you, when you're really here:", "body", "muted"),
            ]
        if step.kind is StepKind.OPEN_NOTE:
            if self.note_open:
                return [("From your last date night", "heading", "text"), ("Read it together, out loud.", "body", "muted")]
            return [
                ("A note is waiting", "heading", "text"),
                ("You sealed it at the end of your last date night. Open it together.", "body", "muted"),
            ]
        if step.kind is StepKind.BREAK:
            if self.evening.state.break_began is None:
                halfway = self.evening.halfway(self.ui.services.now())  # said only when the clock agrees
                return [
                    ("Halfway there" if halfway else "Time for a breather", "heading", "text"),
                    ("Stretch, refill your glasses, step outside for a breath of air. The evening waits.", "body", "muted"),
                ]
            left = self.evening.break_left(self.ui.services.now())
            if left <= 0:
                return [("Welcome back", "heading", "text"), ("Whenever you're both ready.", "body", "muted")]
            minutes, seconds = divmod(int(left + 0.999), 60)
            return [("On a break", "heading", "text"), (f"{minutes}:{seconds:02d}", "title", "accent")]
        if step.kind is StepKind.SEAL_NOTE:
            return [
                ("A note for next time", "heading", "text"),
                (
                    "Write something to open together at your next date night — a wish, a thank-you, a plan. "
                    "It stays sealed until then, and never goes on a keepsake.",
                    "body",
                    "muted",
                ),
            ]
        return []

    # ---- time ------------------------------------------------------------------------------

    def update(self, dt: float) -> bool:
        moving = False
        if self.fade < 1.0:
            self.fade = min(1.0, self.fade + dt / FADE_SECONDS)
            moving = True
        words = minutes_left(self.evening, self.ui)
        step = self.evening.step
        if step is not None and step.kind is StepKind.BREAK and self.evening.state.break_began is not None:
            left = self.evening.break_left(self.ui.services.now())
            words += f" {int(left)}"
            if left <= 0 < self._break_was:
                self.ui.sound.play("chime")
            self._break_was = left
        if words != self.clock_words:
            self.clock_words = words
            self.ui.dirty = True
            if step is not None and step.kind is StepKind.BREAK:
                self.layout()
        return moving

    # ---- drawing ---------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        if self.fade >= 1.0:
            self._draw(surface)
        else:
            layer = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
            with self.ui.words.into(layer):  # its words count as the screen fades in
                self._draw(layer)
            ease = 1 - (1 - self.fade) ** 2
            layer.set_alpha(int(255 * ease))
            surface.blit(layer, (0, 0))
        draw_arc(surface, self.ui, self.evening, self.hints)

    def _draw(self, surface: pygame.Surface) -> None:
        step = self.evening.step
        if step is None:
            return
        if step.kind is StepKind.CARDS:
            t = self.ui.theme
            if not self.page.scrolls or self.heart_at.colliderect(self.page.area):
                heart(surface, t.color("accent"), self.heart_at.center, t.px(26))
        else:
            self._draw_card(surface, step.kind)
        self.draw_page(surface)

    def _draw_card(self, surface: pygame.Surface, kind: StepKind) -> None:
        t = self.ui.theme
        rect = self.card_rect
        if kind in (StepKind.OPEN_NOTE, StepKind.SEAL_NOTE) and not (kind is StepKind.OPEN_NOTE and self.note_open):
            self._draw_envelope(surface, rect)
            return
        step = self.evening.step
        assert step is not None
        rituals = self.evening.decks[RITUALS_DECK]
        deck_color, deck_name, body, footer = rituals.color, rituals.name, "", "Together"
        if kind is StepKind.PLEDGE and step.cards:
            card = self.evening.card(step.cards[0])
            deck = self.evening.decks.get(step.cards[0].deck_id)
            if card is not None and deck is not None:
                deck_color, deck_name, body = deck.color, deck.name, card.text
        elif kind is StepKind.BREAK:
            body, footer = "Time for a break.", "Break"
        elif kind is StepKind.OPEN_NOTE:
            body, footer = self.note or "(The note was empty.)", "Sealed last time"
        face = card_surface(self.ui, rect.size, deck_color, deck_name, 1, body, footer)
        put(surface, self.ui, face, (rect.left - t.px(14), rect.top - t.px(14)))

    def _draw_envelope(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        t = self.ui.theme
        body = pygame.Rect(0, 0, rect.width, int(rect.width * 0.66))
        body.center = rect.center
        panel(surface, self.ui, body, "card")
        flap = [body.topleft, body.topright, (body.centerx, body.top + int(body.height * 0.55))]
        pygame.draw.polygon(surface, t.color("button"), flap)
        pygame.draw.lines(surface, t.color("surface_border"), False, flap, width=max(1, t.px(2)))
        seal = (body.centerx, body.top + int(body.height * 0.55))
        pygame.draw.circle(surface, t.color("accent"), seal, t.px(26))
        heart(surface, t.color("accent_text"), seal, t.px(24))
