"""When a dropped deck file cannot simply go in: the list of its problems by line, or asking before it replaces a deck."""

from __future__ import annotations

from pathlib import PurePath

import pygame

from game.core.deck_editing import ImportOutcome

from ..deck_drop import import_dropped, problem_item
from ..drawing import panel, paragraph, text_at
from ..modals import ConfirmScene
from ..scene import UI, Scene
from ..widgets import Button, ListView


class ImportProblemsScene(Scene):
    """Nothing was imported: the file's problems, each with its line, until it is fixed and dropped again."""

    modal = True
    hints = [("↑↓", "scroll"), ("Enter", "OK"), ("Esc", "close")]

    def __init__(self, ui: UI, outcome: ImportOutcome) -> None:
        super().__init__(ui)
        self.outcome = outcome
        self.box = pygame.Rect(0, 0, 0, 0)

    def build(self) -> None:
        self.add(Button("OK", self.ui.pop, kind="primary"))
        self.add(Button("Copy the problems", self.copy))
        self.add(ListView("Problems", [problem_item(problem) for problem in self.outcome.problems]))

    def copy(self) -> None:
        self.ui.clipboard_put("\n".join(self.outcome.problems))
        self.ui.toast("Copied: paste them next to the file while you fix it.")

    def layout(self) -> None:
        t = self.ui.theme
        width, height = t.size
        self.box = pygame.Rect(0, 0, min(width - t.px(80), t.px(820)), min(height - t.px(100), t.px(560)))
        self.box.center = (width // 2, height // 2 - t.px(10))
        ok, copy, problems = self.widgets
        ok.rect = pygame.Rect(0, 0, t.px(200), t.px(52))
        ok.rect.bottomright = (self.box.right - t.px(32), self.box.bottom - t.px(24))
        copy.rect = pygame.Rect(0, 0, t.px(250), t.px(52))
        copy.rect.bottomright = (ok.rect.left - t.px(16), ok.rect.bottom)
        top = self.box.top + t.px(130)
        problems.rect = pygame.Rect(self.box.left + t.px(32), top, self.box.width - t.px(64), ok.rect.top - t.px(20) - top)

    def draw(self, surface: pygame.Surface) -> None:
        t = self.ui.theme
        panel(surface, self.ui, self.box)
        left = self.box.left + t.px(32)
        text_at(surface, self.ui, "Nothing was imported", "heading", (left, self.box.top + t.px(26)))
        count = len(self.outcome.problems)
        name = PurePath(self.outcome.source).name
        again = "paste it again" if name == "the pasted list" else "drop the file again"
        words = f"{name} has {count} problem{'s' if count != 1 else ''}. Fix {'them' if count != 1 else 'it'} and {again}."
        paragraph(
            surface, self.ui, words, "body", pygame.Rect(left, self.box.top + t.px(80), self.box.width - t.px(64), 0), "muted"
        )
        self.draw_widgets(surface)


class ReplaceDeckScene(ConfirmScene):
    """The dropped deck has the id of one of the couple's decks: replace it only if they say so."""

    def __init__(self, ui: UI, outcome: ImportOutcome) -> None:
        detail = f"The file {PurePath(outcome.source).name} has the same deck id. Memories of cards that keep their ids stay."
        super().__init__(ui, f"Replace your deck “{outcome.replaces}”?", "Replace it", "Keep mine", detail)
        self.outcome = outcome

    def build(self) -> None:
        self.add(Button(self.no, lambda: self.ui.pop(False)))
        self.add(Button(self.yes, self.replace, kind="primary"))
        self.focus = 0

    def replace(self) -> None:
        self.ui.pop(True)
        import_dropped(self.ui, self.outcome.source, replace=True)
