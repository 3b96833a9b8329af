"""After a session: what you played, what you learned about each other, what you starred."""

from __future__ import annotations

import pygame

from game.core.answers import describe
from game.core.cards import CardKey
from game.core.direction import quoted
from game.core.ending_words import ending_title
from game.core.events import SessionSummary
from game.core.players import Couple, other
from game.core.scoring import in_sync_words
from game.core.session_summary import quiz_words

from ..drawing import heart, panel, paragraph
from ..homecoming import go_home, round_done
from ..scene import UI, Scene
from ..text import last_words_together
from ..widgets import Button

#: Above the summary of a round that ended as it was picked up: a limit lowered while it waited left nothing in it.
NOTHING_LEFT = "Nothing left in this round is within your limits as they are now, so it ends here."


class SummaryScene(Scene):
    hints = [("Enter", "home"), ("Esc", "home")]

    def __init__(self, ui: UI, couple: Couple, summary: SessionSummary, nothing_left: bool = False) -> None:
        super().__init__(ui)
        self.couple, self.summary, self.nothing_left = couple, summary, nothing_left

    def build(self) -> None:
        self.add(Button("Back home", self.back, kind="primary"))

    def back(self) -> None:
        """Home, which hears the round is done (or, with nothing played, only asks where to next)."""
        go_home(self.ui, round_done(self.summary))

    def layout(self) -> None:
        t = self.ui.theme
        button = self.widgets[0]
        button.rect = pygame.Rect(0, 0, t.px(260), t.px(56))
        button.rect.midbottom = (t.size[0] // 2, t.size[1] - t.px(56))

    def title(self) -> str:
        return ending_title(self.summary)  # follows what happened: never praise for what did not

    def lines(self) -> list[str]:
        if self.nothing_left:  # ended as it was picked up: said first, then whatever was played before
            return [NOTHING_LEFT, *self.played()]
        return self.played() or ["You stopped before the first card. Nothing is lost; the cards will be here next time."]

    def played(self) -> list[str]:
        """What the round added up to ([] when nothing was played)."""
        s, names = self.summary, (quoted(self.couple.name(0)), quoted(self.couple.name(1)))
        if not s.turns:
            passed = f"{s.passed} card{'s' if s.passed != 1 else ''} passed. The rest will be here next time."
            return [passed] if s.passed else []
        if s.cards_played:
            out = [
                f"{s.cards_played} card{'s' if s.cards_played != 1 else ''} played"
                + (f", {s.passed} passed" if s.passed else "")
                + "."
            ]
        else:
            out = quiz_counts(s)
        if s.new_memories:
            # Counted as the session counts them: an answer kept for the first time (each partner's on a card you
            # both answered). Passes, things done together, a talk with no note and an answer given again are not.
            kept = f"{s.new_memories} new answer{'s' if s.new_memories != 1 else ''}"
            out.append(f"{kept} kept for Quiz me to ask about another day.")
        for seat in (0, 1):
            results = s.quiz_results.get(seat, {})
            got, close = results.get("got_it", 0), results.get("close", 0)
            words = quiz_words(names[seat], names[other(seat)], got, close, sum(results.values()) - got - close)
            if words:
                out.append(words)
        hits, total = s.in_sync
        if total:
            out.append(in_sync_words(hits, total, s.sync_kinds) + ".")
        return out

    def starred(self) -> list[tuple[str, str]]:
        """Each starred moment: the card's words, and what was answered to it tonight ("" when nothing was kept)."""
        cards = {card.key: card for deck in self.ui.services.decks() for card in deck.cards}
        answers = dict(self.summary.starred_answers)
        out = []
        for key in self.summary.starred:
            card = cards.get(key) if isinstance(key, CardKey) else None
            if card is None:
                continue
            said = "  ·  ".join(
                f"{quoted(self.couple.name(seat))}: {quoted(describe(card, value))}" for seat, value in answers.get(key, ())
            )
            out.append((self.couple.fill(card.text, 0), said))
        return out

    def draw(self, surface: pygame.Surface) -> None:
        t = self.ui.theme
        width, height = t.size
        heart(surface, t.color("accent"), (width // 2, t.px(70)), t.px(40))
        wide = min(width - t.px(120), t.px(860))  # the heading keeps the margins of the panel under it
        title = pygame.Rect(width // 2 - wide // 2, t.px(100), wide, 0)
        words = last_words_together(self.title())
        style = "title" if self.ui.text.measure(self.title(), t.style("title")) <= wide else "heading"  # room to read on
        title.height = paragraph(surface, self.ui, words, style, title, align="center")
        top = max(t.px(200), title.bottom + t.px(12))
        box = pygame.Rect(0, 0, wide, height - top - t.px(130))
        box.midtop = (width // 2, top)
        panel(surface, self.ui, box)
        inner = box.inflate(-t.px(64), -t.px(48))
        y = inner.top
        for line in self.lines():
            y += paragraph(surface, self.ui, line, "body", pygame.Rect(inner.left, y, inner.width, 0)) + t.px(12)
        starred = self.starred()
        if starred:
            y += t.px(10)
            y += paragraph(surface, self.ui, "Starred moments", "body_bold", pygame.Rect(inner.left, y, inner.width, 0)) + t.px(8)
            for text, said in starred[:4]:
                row = pygame.Rect(inner.left, y, inner.width, 0)
                y += paragraph(surface, self.ui, f"⭐  {text}", "small", row, "muted") + t.px(4)
                if said:
                    row = pygame.Rect(inner.left + t.px(30), y, inner.width - t.px(30), 0)
                    y += paragraph(surface, self.ui, said, "small", row, "text") + t.px(8)
        self.draw_widgets(surface)


def quiz_counts(s: SessionSummary) -> list[str]:
    """A quiz round's questions about each other, and apart from them the answers checked with their owners."""
    asked = sum(sum(results.values()) for results in s.quiz_results.values())
    checked = s.turns - s.cards_played - asked  # a "still true?" check-in is not a question about the other
    out = [f"{asked} question{'s' if asked != 1 else ''} about each other."] if asked else []
    if checked > 0:
        out.append(f"{checked} answer{'s' if checked != 1 else ''} checked: still true, or changed.")
    return out
