"""A dropped deck file on its way in: the wait while it is checked, then the list of its problems by line, or
asking before it replaces a deck."""

from __future__ import annotations

from pathlib import PurePath

import pygame

from game.core.deck_editing import ImportOutcome
from game.core.direction import quoted
from game.core.quote_marks import in_quotes

from ..deck_drop import import_dropped, problem_count, problem_item, took_checked
from ..drawing import panel, paragraph
from ..list_view import ListView
from ..modals import ConfirmScene
from ..page import free_area
from ..scene import UI, Scene
from ..services import ImportJob
from ..widgets import Button


class DeckCheckScene(Scene):
    """A dropped deck file is read and checked on another thread: a 5 MB file full of mistakes takes a moment, and
    the window keeps drawing and answering meanwhile. Nothing is written until the check is done."""

    modal = True
    hints = [("Esc", "stop checking")]
    WORDS = "A big deck takes a moment. The window stays free meanwhile."

    def __init__(self, ui: UI, path: str, replace: bool = False) -> None:
        super().__init__(ui)
        self.path = path
        self.replace = replace
        self.job: ImportJob | None = None
        self.box = pygame.Rect(0, 0, 0, 0)
        self.heading_h = 0

    def enter(self) -> None:
        self.job = self.ui.services.check_deck_file(self.path)
        super().enter()

    def update(self, dt: float) -> bool:
        if self.job is None:
            return False
        if not self.job.done:
            return True
        job, self.job = self.job, None
        took_checked(self.ui, self.path, job, self.replace)
        return False

    def heading(self) -> str:
        return f"Checking {quoted(PurePath(self.path).name)}…"

    def layout(self) -> None:
        t = self.ui.theme
        inner = min(t.size[0] - t.px(80), t.px(820)) - t.px(64)
        self.heading_h = self.ui.text.block(self.heading(), t.style("heading"), t.color("text"), inner).get_height()
        words_h = self.ui.text.block(self.WORDS, t.style("body"), t.color("muted"), inner).get_height()
        self.box = pygame.Rect(0, 0, inner + t.px(64), t.px(26) + self.heading_h + t.px(8) + words_h + t.px(30))
        self.box.center = free_area(self.ui).center

    def draw(self, surface: pygame.Surface) -> None:
        t = self.ui.theme
        panel(surface, self.ui, self.box)
        left, top, inner = self.box.left + t.px(32), self.box.top + t.px(26), self.box.width - t.px(64)
        paragraph(surface, self.ui, self.heading(), "heading", pygame.Rect(left, top, inner, 0))
        words = pygame.Rect(left, top + self.heading_h + t.px(8), inner, 0)
        paragraph(surface, self.ui, self.WORDS, "body", words, "muted")


class ImportProblemsScene(Scene):
    """Nothing was imported: the file's problems, each with its line, until it is fixed and dropped again."""

    modal = True
    hints = [("↑↓", "scroll"), ("Enter", "OK"), ("Esc", "close")]

    def __init__(self, ui: UI, outcome: ImportOutcome) -> None:
        super().__init__(ui)
        self.outcome = outcome
        self.box = pygame.Rect(0, 0, 0, 0)
        self.heading_h = 0

    def build(self) -> None:
        self.add(Button("OK", self.ui.pop, kind="primary"))
        self.add(Button("Copy the problems", self.copy))
        self.add(ListView("Problems", [problem_item(problem) for problem in self.outcome.problems]))

    def copy(self) -> None:
        self.ui.clipboard_put("\n".join(self.outcome.problems))
        self.ui.toast("Copied: paste them next to the file while you fix it.")

    def words(self) -> str:
        count = problem_count(self.outcome.problems)
        name = PurePath(self.outcome.source).name
        again = "paste it again" if name == "the pasted list" else "drop the file again"
        return f"{quoted(name)} has {count:,} problem{'s' if count != 1 else ''}. Fix {'them' if count != 1 else 'it'} and {again}."

    def layout(self) -> None:
        t = self.ui.theme
        width, _height = t.size
        room = free_area(self.ui)
        self.box = pygame.Rect(0, 0, min(width - t.px(80), t.px(820)), min(room.height, t.px(560)))
        self.box.center = room.center
        inner = self.box.width - t.px(64)
        ok, copy, problems = self.widgets
        style = t.style("button")
        ok.rect = pygame.Rect(0, 0, max(t.px(200), self.ui.text.measure(ok.label, style) + t.px(60)), t.px(52))
        copy.rect = pygame.Rect(0, 0, max(t.px(250), self.ui.text.measure(copy.label, style) + t.px(60)), t.px(52))
        if ok.rect.width + copy.rect.width + t.px(16) > inner:  # side by side they do not fit: one above the other
            ok.rect.width = copy.rect.width = inner
        for widget in (ok, copy):
            widget.rect.height = widget.fit_height(self.ui, 52)
        ok.rect.bottomright = (self.box.right - t.px(32), self.box.bottom - t.px(24))
        if ok.rect.width == inner:
            copy.rect.bottomright = (ok.rect.right, ok.rect.top - t.px(12))
        else:
            copy.rect.bottomright = (ok.rect.left - t.px(16), ok.rect.bottom)
        self.heading_h = self.ui.text.block("Nothing was imported", t.style("heading"), t.color("text"), inner).get_height()
        words_h = self.ui.text.block(self.words(), t.style("body"), t.color("muted"), inner).get_height()
        top = self.box.top + t.px(26) + self.heading_h + t.px(8) + words_h + t.px(16)
        problems.rect = pygame.Rect(self.box.left + t.px(32), top, inner, max(t.px(40), copy.rect.top - t.px(20) - top))

    def draw(self, surface: pygame.Surface) -> None:
        t = self.ui.theme
        panel(surface, self.ui, self.box)
        left = self.box.left + t.px(32)
        inner = self.box.width - t.px(64)
        top = self.box.top + t.px(26)
        paragraph(surface, self.ui, "Nothing was imported", "heading", pygame.Rect(left, top, inner, 0))
        words = pygame.Rect(left, top + self.heading_h + t.px(8), inner, 0)
        paragraph(surface, self.ui, self.words(), "body", words, "muted")
        self.draw_widgets(surface)


class ReplaceDeckScene(ConfirmScene):
    """The dropped deck has the id of one of the couple's decks: replace it only if they say so."""

    def __init__(self, ui: UI, outcome: ImportOutcome) -> None:
        detail = f"The file {PurePath(outcome.source).name} has the same deck id. Memories of cards that keep their ids stay."
        super().__init__(ui, f"Replace your deck {in_quotes(outcome.replaces)}?", "Replace it", "Keep mine", detail)
        self.outcome = outcome

    def build(self) -> None:
        self.add(Button(self.no, lambda: self.dismiss(False)))
        self.add(Button(self.yes, self.replace, kind="primary"))
        self.focus = 0

    def replace(self) -> None:
        self.dismiss(True)
        import_dropped(self.ui, self.outcome.source, replace=True)
