"""Our story: what each of you has shared, how it changed, and how well you know each other."""

from __future__ import annotations

import pygame

from game.core.answers import describe
from game.core.players import Couple, other
from game.core.story import Story

from ..drawing import panel, paragraph, text_at
from ..scene import Scene
from ..shell import UI
from ..widgets import Button, ListItem, ListView


class StoryScene(Scene):
    hints = [("Tab", "move"), ("↑↓", "choose"), ("Enter", "mark just between us"), ("Esc", "back")]

    def __init__(self, ui: UI, couple: Couple) -> None:
        super().__init__(ui)
        self.couple = couple
        self.owner = 0
        self.story: Story = ui.services.story(couple)
        self.evenings = ui.services.past_evenings(couple)
        self.box = pygame.Rect(0, 0, 0, 0)

    def build(self) -> None:
        for seat in (0, 1):
            self.add(
                Button(
                    f"{self.couple.name(seat)}'s answers",
                    lambda s=seat: self.show(s),
                    kind="primary" if seat == self.owner else "secondary",
                )
            )
        items = []
        self.shown = []
        decks = {deck.id: deck for deck in self.ui.services.decks()}

        def by_deck(memory):  # type: ignore[no-untyped-def]
            deck = decks.get(memory.key.deck_id)
            return (deck.name if deck else memory.key.deck_id).casefold()

        for memory in sorted(self.story.memories[self.owner], key=by_deck):
            card = self.story.cards.get(memory.key.card_key)
            if card is None:
                continue
            deck = decks.get(card.deck_id)
            history = " → ".join(describe(card, version.answer) for version in memory.drift())  # how it drifted
            when = memory.updated_at.strftime("%d %b %Y")
            title = self.couple.quiz_text(card, self.owner)
            detail = f"{history}   ·   {deck.name if deck else card.deck_id}, {when}"
            if len(memory.drift()) > 1:
                detail += f"   ·   changed {len(memory.drift()) - 1}×"
            if memory.drift()[-1] is not memory.history[-1]:
                detail += f"   ·   still true on {memory.updated_at.strftime('%d %b %Y')}"
            if memory.private:
                detail = "🔒 just between us   ·   " + detail
            items.append(ListItem(title, detail, _rgb(deck.color) if deck else None))
            self.shown.append(memory)
        if not items:
            items.append(ListItem("Nothing here yet.", "Play a few cards: answers you save show up here, with how they change."))
        self.add(ListView("Memories", items, self.toggle_private if self.shown else None))

    def toggle_private(self, index: int) -> None:
        memory = self.shown[index]
        self.ui.services.set_private(self.couple, memory.key, not memory.private)
        self.ui.toast(
            "Marked just between us: it stays out of keepsakes and exports." if not memory.private else "No longer just between us."
        )
        self.story = self.ui.services.story(self.couple)
        selected = index
        self.refresh()
        listing = self.widgets[2]
        if isinstance(listing, ListView):
            listing.selected = selected

    def show(self, seat: int) -> None:
        self.owner = seat
        self.refresh()

    def layout(self) -> None:
        t = self.ui.theme
        width, height = t.size
        x = t.px(56)
        for widget in self.widgets[:2]:
            wide = max(t.px(200), self.ui.text.measure(widget.label, t.style("button")) + t.px(48))
            widget.rect = pygame.Rect(x, t.px(110), wide, t.px(48))
            x += wide + t.px(14)
        self.box = pygame.Rect(width - t.px(56) - t.px(380), t.px(110), t.px(380), height - t.px(190))
        self.widgets[2].rect = pygame.Rect(t.px(56), t.px(176), self.box.left - t.px(90), height - t.px(256))

    def draw(self, surface: pygame.Surface) -> None:
        t = self.ui.theme
        text_at(surface, self.ui, "Our story", "heading", (t.px(56), t.px(40)))
        panel(surface, self.ui, self.box)
        inner = self.box.inflate(-t.px(48), -t.px(40))
        y = inner.top
        y += paragraph(
            surface, self.ui, "How well you know each other", "body_bold", pygame.Rect(inner.left, y, inner.width, 0)
        ) + t.px(14)
        for seat in (0, 1):
            known = self.story.knowledge[seat]
            who = f"{self.couple.name(seat)} knows {self.couple.name(other(seat))}"
            y += paragraph(surface, self.ui, who, "body", pygame.Rect(inner.left, y, inner.width, 0)) + t.px(6)
            bar = pygame.Rect(inner.left, y, inner.width, t.px(14))
            pygame.draw.rect(surface, t.color("button"), bar, border_radius=t.px(7))
            if known.overall is not None:
                filled = bar.copy()
                filled.width = max(t.px(14), int(bar.width * known.overall))
                pygame.draw.rect(surface, t.color("accent"), filled, border_radius=t.px(7))
                note = f"{round(known.overall * 100)}% · {known.quizzed} quizzed"
                parts = [f"{name} {round(v * 100)}%" for name, v in sorted(known.by_category.items())]
                if parts:
                    note += " · " + ", ".join(parts)
            else:
                note = "Not quizzed yet"
            y += t.px(22)
            y += paragraph(surface, self.ui, note, "small", pygame.Rect(inner.left, y, inner.width, 0), "muted") + t.px(18)
        if self.story.in_sync is not None:
            played = self.story.scenarios_played
            share = round(self.story.in_sync * 100)
            words = f"In sync on {share}% of scenario predictions ({played} scenario{'s' if played != 1 else ''})."
            y += paragraph(surface, self.ui, words, "small", pygame.Rect(inner.left, y, inner.width, 0), "muted") + t.px(18)
        if self.evenings:
            count = len(self.evenings)
            heading = f"{count} date night{'s' if count != 1 else ''} together"
            y += paragraph(surface, self.ui, heading, "body_bold", pygame.Rect(inner.left, y, inner.width, 0)) + t.px(6)
            for started, minutes, cards in self.evenings[:4]:
                when = started.astimezone().strftime("%d %b %Y")
                line = f"{when} · {minutes} min · {cards} card{'s' if cards != 1 else ''}"
                y += paragraph(surface, self.ui, line, "small", pygame.Rect(inner.left, y, inner.width, 0), "muted") + t.px(4)
        self.draw_widgets(surface)


def _rgb(color: str) -> tuple[int, int, int]:
    from ..theme import hex_color

    return hex_color(color)
