"""Before a session: which decks, how deep, how long. Quiz me starts straight from due memories."""

from __future__ import annotations

from functools import partial

import pygame

from game.core.cards import Deck
from game.core.consent import Consent
from game.core.date_night_plan import DATE_NIGHT_ONLY
from game.core.dealing import DealFilters
from game.core.direction import quoted
from game.core.players import Couple
from game.core.session import Mode, SessionConfig

from ..drawing import paragraph, text_at
from ..modals import CurtainScene
from ..round_guard import answered, ask_first
from ..routes import Limits, Play
from ..scene import UI, Scene
from ..session_choices import LENGTHS, LEVELS
from ..widgets import Button, Slider, Toggle


class SetupScene(Scene):
    hints = [("Tab", "move"), ("Enter", "toggle / start"), ("←→", "adjust"), ("Esc", "back")]

    def __init__(self, ui: UI, couple: Couple, quiz: bool, only_deck: Deck | None = None) -> None:
        super().__init__(ui)
        self.couple = couple
        self.quiz = quiz
        decks = ui.services.decks()
        self.chosen = {deck.id for deck in decks if deck.id not in DATE_NIGHT_ONLY and not _all_spicy(deck) and not deck.opt_in}
        self.agreed = _agreed_depth(ui, couple)
        self.max_level = min(int(ui.settings["max_level"]), self.agreed)
        self.length = int(ui.settings["session_length"])
        if only_deck is not None:  # from the studio: this deck alone
            self.chosen = {only_deck.id}
            if self.length > len(only_deck.cards):
                self.length = 0  # open-ended: play the whole small deck, not "card 1 of 12" with three cards
        self.message = ""
        self.words_bottom = 0
        self.due = ui.services.due_count(couple) if quiz else {0: 0, 1: 0}  # once, not on every frame

    def build(self) -> None:
        if self.quiz:
            self.add(Button("Start the quiz", self.start, kind="primary", hotkey="s"))
            return
        spicy = bool(self.ui.settings["spicy"])
        for deck in self.ui.services.decks():
            if _all_spicy(deck) and not spicy:
                continue
            self.add(Toggle(f"{quoted(deck.name)} ({len(deck.cards)})", deck.id in self.chosen, partial(self.pick, deck.id)))
        self.add(Slider("Depth", self.max_level, 1, self.agreed, 1, self.set_level, self.describe_depth))
        self.add(Button(f"Length: {self.length or 'open-ended'}" + (" cards" if self.length else ""), self.next_length))
        self.add(Button("Our private limits…", self.set_limits, hotkey="l"))
        self.add(Button("Deal the cards", self.start, kind="primary", hotkey="s"))

    def pick(self, deck_id: str, on: bool) -> None:
        (self.chosen.add if on else self.chosen.discard)(deck_id)
        self.message = ""

    def set_level(self, value: float) -> None:
        self.max_level = int(value)

    def describe_depth(self, value: float) -> str:
        """The depth in force: the slider goes no further than the partners' agreed limits, and says so (never whose)."""
        words = LEVELS[int(value)]
        return f"{words}, as far as your limits go" if int(value) == self.agreed < max(LEVELS) else words

    def next_length(self) -> None:
        self.length = LENGTHS[(LENGTHS.index(self.length) + 1) % len(LENGTHS)]
        self.refresh()

    def set_limits(self, seat: int = 0) -> None:
        """Each partner in turn, behind the curtain."""
        a, b = self.couple.name(seat), self.couple.name(1 - seat)
        purpose = "Set your own limits, privately. They stay until you change them."
        self.ui.push(CurtainScene(self.ui, a, b, purpose), f"limits-curtain:{seat}")

    def on_result(self, tag: str, value: object) -> None:
        if tag == "round-in-progress":
            if answered(self.ui, self.couple, value, self.ui.replace):
                self.start(asked=True)
            return
        kind, _, seat_text = tag.partition(":")
        if not seat_text:
            return
        seat = int(seat_text)
        if kind == "limits-curtain" and value:
            current = self.ui.services.limits(self.couple)[seat]
            self.ui.push(Limits(self.couple.name(seat), current), f"limits:{seat}")
        elif kind == "limits" and value is not None:
            self.ui.services.save_limit(self.couple, seat, value)  # type: ignore[arg-type]
            if seat == 0:
                self.set_limits(1)
            else:
                self.agreed = _agreed_depth(self.ui, self.couple)
                self.max_level = min(int(self.ui.settings["max_level"]), self.agreed)
                self.refresh()
                self.ui.toast("Both limits are set and stay until you change them. The game keeps within them, never saying whose.")

    def start(self, asked: bool = False) -> None:
        services = self.ui.services
        if self.quiz:
            if sum(self.due.values()) == 0:
                self.message = "Nothing is due yet. Play a few cards first — the answers you save become tomorrow's quiz."
                self.ui.dirty = True
                return
            # The same consent as a Play round at the Settings' depth: no memory beyond it is asked about.
            consent = Consent.from_settings(self.ui.settings, services.limits(self.couple))
            deck_ids = tuple(d.id for d in services.decks())
            config = SessionConfig(mode=Mode.QUIZ, deck_ids=deck_ids, filters=DealFilters.within(consent), length=None)
        else:
            if not self.chosen:
                self.message = "Choose at least one deck."
                self.ui.dirty = True
                return
            filters = DealFilters.within(Consent.from_settings(self.ui.settings, services.limits(self.couple), self.max_level))
            deck_ids = tuple(sorted(self.chosen))
            config = SessionConfig(mode=Mode.PLAY, deck_ids=deck_ids, filters=filters, length=self.length or None)
        if not asked and ask_first(self.ui, self.couple, lambda scene: self.ui.push(scene, "round-in-progress")):
            return
        handle = services.start(self.couple, config)
        if handle.session.ended:
            self.message = (
                "Nothing due fits the limits you've set just now. Play a few cards: the answers you save become a quiz."
                if self.quiz
                else "No cards fit those choices. Try more decks or a deeper level."
            )
            self.ui.dirty = True
            return
        self.ui.replace(Play(handle))

    def layout(self) -> None:
        t = self.ui.theme
        width, height = t.size
        if self.quiz:
            button = self.widgets[0]
            button.rect = pygame.Rect(0, 0, t.px(300), t.px(58))
            button.rect.center = (width // 2, max(height // 2 + t.px(60), self.words_bottom + t.px(50)))
            return
        toggles = [w for w in self.widgets if isinstance(w, Toggle)]
        # Below the decks come the depth, length and limits row and the start button (about 200 units):
        # with many decks, a third column keeps them all on the screen.
        fits = max(1, (height - t.px(130) - t.px(200)) // t.px(50))
        columns = 2 if (len(toggles) + 1) // 2 <= fits else 3
        gap = t.px(30)
        col_w = min(t.px(520), (width - t.px(120) - (columns - 1) * gap) // columns)
        left = width // 2 - (columns * col_w + (columns - 1) * gap) // 2
        per_column = -(-len(toggles) // columns)
        pitch = max(t.px(46), min(t.px(50), (height - t.px(130) - t.px(200)) // max(per_column, 1)))
        for index, widget in enumerate(toggles):
            column, row = divmod(index, per_column)
            widget.rect = pygame.Rect(left + column * (col_w + gap), t.px(130) + row * pitch, col_w, t.px(44))
        y = t.px(130) + per_column * pitch + t.px(18)
        slider, length, limits, start = self.widgets[len(toggles) :]
        row_w = min(2 * t.px(520) + gap, width - t.px(120))
        row_left = width // 2 - row_w // 2
        slider_w = (row_w - gap) // 2
        slider.rect = pygame.Rect(row_left, y, slider_w, t.px(60))
        half = (slider_w - t.px(14)) // 2
        length.rect = pygame.Rect(row_left + slider_w + gap, y + t.px(6), half, t.px(50))
        limits.rect = pygame.Rect(length.rect.right + t.px(14), y + t.px(6), half, t.px(50))
        start.rect = pygame.Rect(0, 0, t.px(300), t.px(58))
        start.rect.midtop = (width // 2, y + t.px(84))

    def draw(self, surface: pygame.Surface) -> None:
        t = self.ui.theme
        width, height = t.size
        title = "Quiz me" if self.quiz else "Choose your cards"
        heading = text_at(surface, self.ui, title, "heading", (width // 2, t.px(48)), anchor="midtop")
        if self.quiz:
            due = self.due
            a, b = self.couple.name(0), self.couple.name(1)
            lines = (
                f"A round made only of memories that are due: {due[0]} for {a} to guess, {due[1]} for {b}.",
                "The one who remembers judges each guess. A miss is just something new learned.",
            )
            y = height // 2 - t.px(120)
            for line in lines:
                y += paragraph(
                    surface, self.ui, line, "body", pygame.Rect(width // 2 - t.px(360), y, t.px(720), 0), "muted", "center"
                )
                y += t.px(10)
            if y != self.words_bottom:
                self.words_bottom = y
                self.layout()  # the words grew with the text size: the button moves below them
                self.ui.dirty = True
        else:
            below = max(t.px(96), heading.bottom + t.px(2))  # larger text: under the title, not through it
            text_at(surface, self.ui, "Mix as many decks as you like.", "small", (width // 2, below), "muted", "midtop")
        self.draw_widgets(surface)
        if self.message:
            bottom = max(w.rect.bottom for w in self.widgets) + t.px(16)
            paragraph(
                surface,
                self.ui,
                self.message,
                "body",
                pygame.Rect(width // 2 - t.px(380), bottom, t.px(760), 0),
                "danger",
                "center",
            )


def _all_spicy(deck: object) -> bool:
    cards = getattr(deck, "cards", ())
    return bool(cards) and all(card.spicy for card in cards)


def _agreed_depth(ui: UI, couple: Couple) -> int:
    """How deep both partners' private limits allow (the lower cap), whoever set it."""
    return Consent.of(False, ui.services.limits(couple), max(LEVELS)).max_level
