"""Before a session: which decks, how deep, how long. Quiz me asks only due memories, as many as its length."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

import pygame

from game.core.cards import Deck
from game.core.consent import Consent
from game.core.date_night_quiz import quiz_config
from game.core.dealing import DealFilters
from game.core.direction import quoted
from game.core.limits import Limit
from game.core.players import Couple
from game.core.session import Mode, SessionConfig

from ..drawing import paragraph, text_at
from ..modals import CurtainScene
from ..round_guard import OpenRound, answered, ask_first
from ..routes import Limits, Play
from ..scene import UI, Scene
from ..scroll import ScrollArea
from ..session_choices import (
    LEVELS,
    agreed_depth,
    all_spicy,
    cards_words,
    mix_words,
    next_length,
    quiz_consent,
    quiz_length_words,
)
from ..text import last_words_together
from ..widgets import Button, Slider, Toggle, Widget
from .quiz_me_words import NOTHING_FITS, PLAY_A_FEW, quiz_me_lines

if TYPE_CHECKING:
    from ..intents import Intent


NO_CARDS_FIT = "No cards fit those choices. Try more decks or a deeper level."
#: Once both partners have set their limits.
LIMITS_SET = "Both limits are set and stay until you change them. The game keeps within them and never says whose."


class SetupScene(Scene):
    @property
    def hints(self) -> list[tuple[str, str]]:  # type: ignore[override]
        if not self.quiz:
            return [("Tab", "move"), ("Enter", "toggle / start"), ("←→", "adjust"), ("Esc", "back")]
        if not sum(self.due.values()):
            return [("Enter", "home"), ("Esc", "back")]  # Back home has the focus: nothing else can be pressed
        focused = self.focused()
        changes = focused is not None and focused.label == quiz_length_words(self.quiz_length)
        enter = "change the length" if changes else "start the quiz"
        return [("Tab", "move"), ("Enter", enter), ("Esc", "back")]

    def __init__(self, ui: UI, couple: Couple, quiz: bool, only_deck: Deck | None = None) -> None:
        super().__init__(ui)
        self.couple = couple
        self.quiz = quiz
        decks = ui.services.decks()
        # Openers & Closers comes on with the rest: a round of a set length opens on an opener and ends on a closer.
        self.chosen = {deck.id for deck in decks if not all_spicy(deck) and not deck.opt_in}
        last_time = set(ui.services.chosen_decks(couple)) & {deck.id for deck in decks}
        if last_time and not quiz:
            # The decks they picked last time (one since deleted is simply gone), and any deck they have not been
            # offered since: one just written in Deck studio or imported comes on, ready to play as it said.
            seen = set(ui.services.offered_decks(couple)) or {e.deck.id for e in ui.services.deck_entries() if e.builtin and e.deck}
            self.chosen = last_time | (self.chosen - seen)
        self.offered: list[str] = []  # the decks listed to switch on or off
        self.spicy_held: list[str] = []  # the decks listed with spicy cards held back (by Settings or your limits)
        self.remember = only_deck is None and not quiz
        self.agreed = agreed_depth(ui.services.limits(couple))
        self.max_level = min(int(ui.settings["max_level"]), self.agreed)
        #: Cards in the round (0: open-ended): the kept setting, which a change here changes too (Settings shows it),
        #: except for one deck played from the studio, whose length is for that round only.
        self.length = int(ui.settings["session_length"])
        #: Questions in a Quiz me round (0: all that are due), kept like the cards' length; Home's Quiz me counts by
        #: it. The memories due beyond it wait for the next round.
        self.quiz_length = int(ui.settings["quiz_length"])
        if only_deck is not None:  # from the studio: this deck alone
            self.chosen = {only_deck.id}
            if self.length > len(only_deck.cards):
                self.length = 0  # open-ended: play the whole small deck, not "card 1 of 12" with three cards
        self.message = ""
        self.short = ""  # "12 cards asked, these decks have 2": said before dealing, not found out on card 2
        self.words_bottom = 0
        self.foot = 0
        self.subtitle_top = 0
        self.scroller = ScrollArea()  # the decks, when there are more than the room
        # Once, not on every frame: how many questions the round would ask each partner, by the round's own count.
        self.due = ui.services.due_count(couple, self.quiz_consent()) if quiz else {0: 0, 1: 0}
        #: With nothing due: when a round within the limits will first have a question (None: never, as things are),
        #: and whether any answer is saved at all.
        waiting = quiz and not sum(self.due.values())
        self.ready = ui.services.next_quiz_at(couple, self.quiz_consent()) if waiting else None
        self.saved = ui.services.answers_saved(couple) if waiting else False

    def enter(self) -> None:
        super().enter()
        if self.quiz and (start := self.widget("Start the quiz")) is not None and start.enabled:
            self.focus_on(start)  # Enter starts the quiz; the length is a Tab away

    def build(self) -> None:
        if self.quiz:
            if sum(self.due.values()):
                self.add(Button(quiz_length_words(self.quiz_length), self.next_quiz_length))
                self.add(Button("Start the quiz", self.start, kind="primary", hotkey="s"))
            else:  # nothing to start (the words say why, and when there will be): only the way home, no greyed Start
                self.add(Button("Back home", self.ui.pop, kind="primary"))
            return
        # Each deck counts the cards it can deal within the couple's limits (no spicy card unless the setting and
        # both partners allow it, none deeper than both caps): a count is a promise, never the whole deck.
        within = Consent.from_settings(self.ui.settings, self.ui.services.limits(self.couple), self.agreed)
        self.spicy_held = []
        for deck in self.ui.services.decks():
            if all_spicy(deck) and not within.spicy:
                continue
            count = sum(1 for card in deck.cards if within.allows(card))
            if not within.spicy and any(c.spicy and Consent(within.max_level, True).allows(c) for c in deck.cards):
                self.spicy_held.append(quoted(deck.name))  # its count is small for a reason: the line above says why
            self.add(Toggle(f"{quoted(deck.name)} ({count})", deck.id in self.chosen, partial(self.pick, deck.id)))
            self.offered.append(deck.id)
        self.add(Slider("Depth", self.max_level, 1, self.agreed, 1, self.set_level, self.describe_depth))
        self.add(Button(cards_words(self.length, this_round_only=not self.remember), self.next_length))
        self.add(Button("Our private limits…", self.set_limits, hotkey="l"))
        self.add(Button("Deal the cards", self.start, kind="primary", hotkey="s"))
        self.count_cards()

    def pick(self, deck_id: str, on: bool) -> None:
        (self.chosen.add if on else self.chosen.discard)(deck_id)
        self.message = ""
        self.count_cards()

    def set_level(self, value: float) -> None:
        self.max_level = int(value)
        self.count_cards()

    def subtitle_words(self) -> str:
        """The line over the decks: why counts are low (spicy cards held back, a private limit in force, never whose)."""
        return mix_words(self.spicy_held, limited=self.agreed < max(LEVELS))

    def describe_depth(self, value: float) -> str:
        """The depth in force: the slider goes no further than the partners' agreed limits, and says so (never whose)."""
        words = LEVELS[int(value)]
        return f"{words}, as far as your limits go" if int(value) == self.agreed < max(LEVELS) else words

    def next_length(self) -> None:
        self.length = next_length(self.length)
        if self.remember:  # kept for the next round, as Settings shows it; one deck from the studio keeps nothing
            self.ui.set("session_length", self.length)
        self.refresh()

    def next_quiz_length(self) -> None:
        self.quiz_length = next_length(self.quiz_length)
        self.ui.set("quiz_length", self.quiz_length)
        self.refresh()

    def filters(self) -> DealFilters:
        return DealFilters.within(Consent.from_settings(self.ui.settings, self.ui.services.limits(self.couple), self.max_level))

    def quiz_consent(self) -> Consent:
        """A quiz round's limits: the same as a Play round's at the Settings' depth; no memory beyond them is asked."""
        return quiz_consent(self.ui.settings, self.ui.services.limits(self.couple))

    def count_cards(self) -> None:
        """How many cards the chosen decks hold within tonight's depth and limits: fewer than the length is said now."""
        self.short = ""
        if self.quiz or not self.length or not self.chosen:
            return
        allows = self.filters().allows
        have = sum(1 for deck in self.ui.services.decks() if deck.id in self.chosen for card in deck.cards if allows(card))
        if 0 < have < self.length:
            decks = "this deck has" if len(self.chosen) == 1 else "these decks have"
            cards = "1 card" if have == 1 else f"{have} cards"
            self.short = f"{self.length} cards asked, {decks} {have} — the round will be {cards}."
        self.ui.dirty = True

    def set_limits(self, seat: int = 0) -> None:
        """Each partner in turn, behind the curtain."""
        a, b = self.couple.name(seat), self.couple.name(1 - seat)
        purpose = "Set your own limits, privately. They stay until you change them."
        self.ui.push(CurtainScene(self.ui, a, b, purpose), partial(self.ask_limit, seat))

    def ask_limit(self, seat: int, ready: bool) -> None:
        """Behind the curtain, once `seat` is ready: their own limit for tonight."""
        if ready:
            current = self.ui.services.limits(self.couple)[seat]
            self.ui.push(Limits(self.couple.name(seat), current), partial(self.limit_set, seat))

    def limit_set(self, seat: int, limit: Limit | None) -> None:
        if limit is None:
            return
        self.ui.services.save_limit(self.couple, seat, limit)
        if seat == 0:
            self.set_limits(1)
        else:
            self.agreed = agreed_depth(self.ui.services.limits(self.couple))
            self.max_level = min(int(self.ui.settings["max_level"]), self.agreed)
            self.refresh()
            self.ui.toast(LIMITS_SET)

    def open_round_answered(self, choice: OpenRound | None) -> None:
        if answered(self.ui, self.couple, choice, self.ui.replace):
            self.start(asked=True)

    def start(self, asked: bool = False) -> None:
        services = self.ui.services
        if self.quiz:
            if sum(self.due.values()) == 0:
                self.message = self.quiz_lines()[0]  # nothing due yet, or nothing the limits let a round ask
                self.ui.dirty = True
                return
            decks = {deck.id: deck for deck in services.decks()}
            deck_ids = tuple(decks)
            config = quiz_config(decks, DealFilters.within(self.quiz_consent()), self.quiz_length or None)
        else:
            if not self.chosen:
                self.message = "Choose at least one deck."
                self.ui.dirty = True
                return
            filters = self.filters()
            deck_ids = tuple(sorted(self.chosen))
            config = SessionConfig(mode=Mode.PLAY, deck_ids=deck_ids, filters=filters, length=self.length or None)
        if not asked and ask_first(self.ui, self.couple, self.open_round_answered):
            return
        handle = services.start(self.couple, config)
        if handle.session.ended:
            self.message = f"{NOTHING_FITS} {PLAY_A_FEW}" if self.quiz else NO_CARDS_FIT
            self.ui.dirty = True
            return
        if self.remember:
            services.save_chosen_decks(self.couple, deck_ids, self.offered)
        self.ui.replace(Play(handle))

    def layout(self) -> None:
        t = self.ui.theme
        text = self.ui.text
        width, _height = t.size
        self.foot = self.ui.hints_top(self.hints) - t.px(12)
        # The subtitle goes under the title however tall larger text makes it, never through it.
        self.subtitle_top = max(t.px(96), t.px(48) + text.line_height(t.style("heading")) + t.px(2))
        if self.quiz:
            self._layout_quiz()
            return
        toggles = [w for w in self.widgets if isinstance(w, Toggle)]
        slider, length, limits, start = self.widgets[len(toggles) :]
        gap = t.px(30)
        # The controls under the decks: the depth slider with the two buttons beside it when their words fit,
        # else the buttons on a row of their own; then the start button.
        row_w = min(2 * t.px(520) + gap, width - t.px(120))
        row_left = width // 2 - row_w // 2
        button_h = max(t.px(50), text.line_height(t.style("button")) + t.px(16))
        length_w = _button_width(self, length)
        limits_w = _button_width(self, limits)
        slider_w = text.measure(f"{slider.label}: {LEVELS[3]}", t.style("body")) + t.px(40)
        one_row = slider_w + length_w + limits_w + gap + t.px(14) <= row_w
        slider.rect.width = row_w - length_w - limits_w - gap - t.px(14) if one_row else row_w
        slider_h = slider.fit_height(self.ui, 60)
        beside = length_w + limits_w + t.px(14) <= row_w
        controls_h = slider_h + t.px(24)
        if not one_row:
            controls_h += (button_h if beside else 2 * button_h + t.px(14)) + t.px(14)
        start_h = max(t.px(58), text.line_height(t.style("button")) + t.px(20))
        controls_h += start_h
        # The decks: as many columns as their names allow, scrolling when they are more than the room.
        wide = min(t.px(1000), width - t.px(120))  # the line over the decks wraps, and the decks start under it
        region_top = (
            self.subtitle_top + text.block(self.subtitle_words(), t.style("small"), (0, 0, 0), wide).get_height() + t.px(16)
        )
        toggle_h = max(t.px(44), text.line_height(t.style("body")) + t.px(12))
        pitch = toggle_h + t.px(6)
        widest = max((text.measure(w.label, t.style("body")) for w in toggles), default=0)
        needed = widest + text.measure("Off", t.style("small")) + t.px(10 + 16 + 10 + 52 + 10)
        room = max(pitch, self.foot - controls_h - t.px(18) - region_top)

        def column_gap(columns: int) -> int:
            return gap if columns < 3 else t.px(20)

        def column_width(columns: int) -> int:
            # One column: as wide as a name needs; two as wide as their names need too, out to the window's margin
            # when larger text asks for it, so the decks keep two columns (twice as many in sight) while they can.
            margin = t.px(120) if columns < 3 and needed <= t.px(520) else t.px(72)
            widest_column = max(t.px(520), needed) if columns < 3 else t.px(520)
            return min(widest_column, (width - margin - (columns - 1) * column_gap(columns)) // columns)

        fitting = [c for c in (3, 2, 1) if column_width(c) >= needed] or [1]
        columns = 2 if 2 in fitting and -(-len(toggles) // 2) * pitch <= room else fitting[0]
        col_w = column_width(columns)
        col_gap = column_gap(columns)
        left = width // 2 - (columns * col_w + (columns - 1) * col_gap) // 2
        per_column = max(1, -(-len(toggles) // columns))
        for widget in toggles:
            widget.rect.width = col_w
        tallest = max([toggle_h, *(w.fit_height(self.ui, 44) for w in toggles)])
        if tallest > toggle_h:  # a name that still wraps at this width: every row as tall as the tallest
            toggle_h, pitch = tallest, tallest + t.px(6)
        content = per_column * pitch
        shown = min(content, room)
        span = columns * col_w + (columns - 1) * col_gap
        viewport = pygame.Rect(left - t.px(8), region_top - t.px(6), span + t.px(16), shown + t.px(12))
        self.scroller.fit(viewport, content + t.px(12), toggles)
        offset = self.scroller.offset
        for index, widget in enumerate(toggles):
            column, row = divmod(index, per_column)
            widget.rect = pygame.Rect(left + column * (col_w + col_gap), region_top + row * pitch - offset, col_w, toggle_h)
        y = viewport.bottom + t.px(12)
        if one_row:
            slider.rect = pygame.Rect(row_left, y, row_w - length_w - limits_w - gap - t.px(14), slider_h)
            length.rect = pygame.Rect(slider.rect.right + gap, y + (slider_h - button_h) // 2, length_w, button_h)
            limits.rect = pygame.Rect(length.rect.right + t.px(14), length.rect.top, limits_w, button_h)
            y += slider_h + t.px(24)
        else:
            slider.rect = pygame.Rect(row_left, y, row_w, slider_h)
            y += slider_h + t.px(14)
            if beside:
                half = (row_w - t.px(14)) // 2
                length.rect = pygame.Rect(row_left, y, half, button_h)
                limits.rect = pygame.Rect(row_left + half + t.px(14), y, half, button_h)
                y += button_h
            else:
                length.rect = pygame.Rect(row_left, y, row_w, button_h)
                limits.rect = pygame.Rect(row_left, y + button_h + t.px(14), row_w, button_h)
                y += 2 * button_h + t.px(14)
            y += t.px(24)
        start.rect = pygame.Rect(0, 0, max(t.px(300), _button_width(self, start)), start_h)
        start.rect.midtop = (width // 2, y)

    def _layout_quiz(self) -> None:
        """Under the words: the length and Start side by side when they fit, else one above the other; with nothing
        due, Back home alone."""
        t = self.ui.theme
        width, height = t.size
        middle = max(height // 2 + t.px(60), self.words_bottom + t.px(50))
        button_h = max(t.px(58), self.ui.text.line_height(t.style("button")) + t.px(20))
        for button in self.widgets:
            button.rect = pygame.Rect(0, 0, max(t.px(300), _button_width(self, button)), button_h)
        if len(self.widgets) == 1:  # nothing due: the way home alone, under the words
            self.widgets[0].rect.midtop = (width // 2, middle - button_h // 2)
            return
        first, start = self.widgets  # the length, then Start
        gap = t.px(20)
        if first.rect.width + gap + start.rect.width <= width - t.px(80):
            first.rect.midright = (width // 2 - gap // 2, middle)
            start.rect.midleft = (width // 2 + gap // 2, middle)
        else:
            first.rect.midbottom = (width // 2, middle - gap // 2)
            start.rect.midtop = (width // 2, middle + gap // 2)

    @property
    def viewport(self) -> pygame.Rect:
        """Where the decks show: they scroll inside it when there are more than the room."""
        return self.scroller.viewport

    def handle(self, intent: Intent) -> None:
        from ..intents import Point, Wheel

        if isinstance(intent, Wheel) and not self.quiz:
            if self.scroller.by(-intent.dy * self.ui.theme.px(60)):
                self.layout()
                self.ui.dirty = True
            return
        if isinstance(intent, Point) and intent.down:
            toggles = [w for w in self.widgets if isinstance(w, Toggle)]
            if self.scroller.hidden_at(intent.pos, toggles, [w for w in self.widgets if w not in toggles]):
                return  # a deck scrolled out of sight is not there to click
        before = self.focused()
        super().handle(intent)
        focused = self.focused()
        if focused is not before and isinstance(focused, Toggle):
            delta = self.scroller.reveal(focused.rect, self.ui.theme.px(10))
            if delta and self.scroller.by(delta):
                self.layout()  # a deck tabbed to below the fold scrolls into sight

    def draw(self, surface: pygame.Surface) -> None:
        t = self.ui.theme
        width, height = t.size
        title = "Quiz me" if self.quiz else "Choose your cards"
        text_at(surface, self.ui, title, "heading", (width // 2, t.px(48)), anchor="midtop")
        if self.quiz:
            y = height // 2 - t.px(120)
            box = pygame.Rect(width // 2 - t.px(360), 0, t.px(720), 0)
            for line in map(last_words_together, self.quiz_lines()):  # a name never alone on the last line
                y += paragraph(surface, self.ui, line, "body", box.move(0, y), "muted", "center")
                y += t.px(10)
            if y != self.words_bottom:
                self.words_bottom = y
                self.layout()  # the words grew with the text size: the button moves below them
                self.ui.dirty = True
            self.draw_widgets(surface)
        else:
            wide = min(t.px(1000), width - t.px(120))
            over = pygame.Rect(width // 2 - wide // 2, self.subtitle_top, wide, 0)
            paragraph(surface, self.ui, self.subtitle_words(), "small", over, "muted", "center")
            toggles = [w for w in self.widgets if isinstance(w, Toggle)]
            with self.scroller.clipped(surface):
                self.draw_widgets(surface, toggles)
            self.scroller.draw_bar(surface, t)
            self.draw_widgets(surface, [w for w in self.widgets if w not in toggles])
        if self.message or self.short:
            bottom = max(w.rect.bottom for w in self.widgets) + t.px(16)
            box_w = min(t.px(760), width - t.px(80))
            box = pygame.Rect(width // 2 - box_w // 2, bottom, box_w, 0)
            paragraph(surface, self.ui, self.message or self.short, "body", box, "danger" if self.message else "muted", "center")

    def quiz_lines(self) -> tuple[str, ...]:
        """What Quiz me says above its button (quiz_me_words)."""
        return quiz_me_lines(self.couple, self.due, self.quiz_length, self.ready, self.saved, self.ui.services.now())


def _button_width(scene: Scene, button: Widget) -> int:
    """What a button needs for its words and its shortcut chip, with room either side."""
    t = scene.ui.theme
    words = scene.ui.text.measure(button.label, t.style("button")) + t.px(48)
    if isinstance(button, Button) and button.hotkey:
        words += scene.ui.text.measure(button.shortcut_label(), t.style("hint")) + t.px(18)
    return int(words)
