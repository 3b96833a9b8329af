"""Before anything is written: the cards a dropped or pasted list would make, to look over and adjust.

The file is read on another thread (the window keeps drawing, with how far it got). Then
the couple sees the count, the levels and tags, every line skipped, guessed or repeated
with its line, and can rename the deck, set a section's level, or skip a line.
"""

from __future__ import annotations

from typing import Any

import pygame

from game.core.deck_bounds import NAME_CHARS
from game.core.deck_editing import ImportOutcome
from game.core.import_draft import Choices, ImportPreview, card_data, preview_cards, renamed, toggled_skip, with_section_level
from game.core.quote_marks import in_quotes

from ..deck_drop import announce
from ..drawing import panel, paragraph, text_at
from ..intents import Confirm, Intent
from ..list_view import ListItem, ListView
from ..modals import ConfirmScene
from ..page import hint_bar
from ..routes import ImportProblems
from ..scene import TYPING_CHORD, UI
from ..services import ImportJob
from ..studio_widgets import ListedScene, PickList, Segmented
from ..text_field import TextField
from ..widgets import Button

#: Rows drawn in the card list; a longer list is imported whole, and its end is summed up.
SHOWN_CARDS = 400
LEVEL_CHOICES = [("1", "1 light"), ("2", "2 personal"), ("3", "3 deep")]
NOTE_WORDS = {"skipped": "Skipped", "guessed": "Guessed", "repeated": "Repeated", "column": "Column"}
#: When nothing was noted: blank lines, and lines of only spaces or marks (a rule, a lone tag), go unsaid.
NOTHING_LEFT_OUT = "Nothing was guessed, and no line with words was left out."


class ImportPreviewScene(ListedScene):
    list_label = "Cards"

    @property
    def hints(self) -> list[tuple[str, str]]:  # type: ignore[override]
        """While the list is read, only a way out; then its keys, S as typing shows it ("Alt+S" in the name box)."""
        if self.preview is None:
            return [("Esc", "stop reading")]
        skip = f"{TYPING_CHORD}S" if self.typing() else "S"
        focused = self.focused()
        enter = focused.label.lower() if isinstance(focused, Button) and focused.kind != "primary" else "import"
        return [("↑↓", "choose a line"), (skip, "skip or keep it"), ("Enter", enter), ("Esc", "cancel")]

    def back(self) -> None:
        if self.writing is None:  # once the deck is being written, it is finished first
            self.ui.pop()

    def handle(self, intent: Intent) -> None:
        """Enter imports, as the hints say, wherever the focus is (the list, the name, the level), but on a button:
        that button. A line is skipped or kept with S, its button, or a click on the chosen line."""
        if isinstance(intent, Confirm) and self.preview is not None and not isinstance(self.focused(), Button):
            self.start_import()
            self.ui.dirty = True
            return
        super().handle(intent)

    def __init__(self, ui: UI, path: str = "", pasted: str | None = None) -> None:
        super().__init__(ui)
        self.path = path
        self.pasted = pasted
        self.job: ImportJob | None = None
        self.writing: ImportJob | None = None
        self.preview: ImportPreview | None = None
        self.choices = Choices()
        self.replace = False
        self.box = pygame.Rect(0, 0, 0, 0)
        self.side = pygame.Rect(0, 0, 0, 0)
        self.facts_top = 0

    def enter(self) -> None:
        services = self.ui.services
        self.job = services.preview_pasted(self.pasted) if self.pasted is not None else services.preview_import(self.path)
        super().enter()

    # ---- the jobs --------------------------------------------------------------------------

    def update(self, dt: float) -> bool:
        if self.job is not None and self.preview is None:
            if not self.job.done:
                return True
            self._read()
        if self.writing is not None:
            if not self.writing.done:
                return True
            self._written()
        return False

    def _read(self) -> None:
        assert self.job is not None
        result = self.job.result
        problems = self.job.problems or (result.problems if isinstance(result, ImportPreview) else ())
        if problems or not isinstance(result, ImportPreview):
            self.ui.sound.play("soft")
            self.ui.replace(ImportProblems(ImportOutcome(self.path or "the pasted list", problems=problems)))
            return
        self.preview = result
        self.choices = renamed(Choices(), result.name)
        self.refresh()
        self.focus_on(self.listing())

    def _written(self) -> None:
        assert self.writing is not None
        job, self.writing = self.writing, None
        outcome = job.result if isinstance(job.result, ImportOutcome) else None
        if outcome is not None and outcome.problems and not job.problems:
            said = outcome.problems[0].split(": ", 1)[-1]  # 'file:1:1: …' → what to do; the choices stay as they are
            self.ui.sound.play("soft")
            self.ui.toast(f"Not imported: {said}.", seconds=8)
            return
        if outcome is None or job.problems:
            problems = job.problems or (outcome.problems if outcome else ())
            self.ui.replace(ImportProblems(ImportOutcome(self.path or "the pasted list", problems=problems)))
            return
        if outcome.replaces:
            question = f"Replace your deck {in_quotes(outcome.replaces)}?"
            detail = "Or go back and give this deck another name."
            self.ui.push(ConfirmScene(self.ui, question, "Replace it", "Go back", detail), self.replace_answered)
            return
        self.ui.services.imported()
        self.ui.pop()
        announce(self.ui, outcome)

    def replace_answered(self, yes: bool) -> None:
        if yes:
            self.replace = True
            self.start_import()

    # ---- what is shown -------------------------------------------------------------------------

    @property
    def reading(self) -> bool:
        return self.preview is None

    def build(self) -> None:
        if self.preview is None:
            self.add(Button("Cancel", self.ui.pop, kind="quiet"))
            return
        # Added in the order Tab goes, as the screen reads: the list and its button, the column beside it, the foot.
        preview = self.preview
        rows = preview_cards(preview.draft, self.choices)
        items = [ListItem(text, detail) for _, text, detail in rows[:SHOWN_CARDS]]
        if len(rows) > SHOWN_CARDS:
            items.append(ListItem(f"… and {len(rows) - SHOWN_CARDS:,} more", "all of them are imported"))
        self.selected = min(self.selected, max(0, len(items) - 1))
        self.add(PickList("Cards", items, self.selected, self.select, self.toggle_skip, self.offset))
        skipped = self.selected in self.choices.skipped
        self.add(Button("Keep this line" if skipped else "Skip this line", self.toggle_skip_selected, hotkey="s"))
        self.add(TextField("Deck name", self.choices.name, on_change=self.rename, max_chars=NAME_CHARS))
        section = self.section
        if section is not None:
            level = self.choices.level_of(section) or preview.draft.sections[section].level or 1
            name = preview.draft.sections[section].name
            self.add(Segmented(f"Level of {in_quotes(name)}", LEVEL_CHOICES, str(level), self.set_level))
        notes = [ListItem(f"Line {note.line} · {NOTE_WORDS.get(note.kind, note.kind)}", note.message) for note in self.notes()]
        by_hand = sorted(preview.draft.cards[index].line for index in self.choices.skipped)
        if by_hand:  # what the couple skipped themselves is left out too
            lines = ", ".join(map(str, by_hand[:12])) + (" …" if len(by_hand) > 12 else "")
            plural = "s" if len(by_hand) != 1 else ""
            notes.insert(0, ListItem(f"You skipped {len(by_hand)} line{plural}", f"line{plural} {lines}"))
        self.add(ListView("Read with care", notes or [ListItem(NOTHING_LEFT_OUT)]))
        self.add(Button("Cancel", self.ui.pop, kind="quiet"))
        count = len(card_data(preview.draft, self.choices))
        self.add(Button(f"Import {count:,} card{'s' if count != 1 else ''}", self.start_import, kind="primary"))

    def notes(self) -> list[Any]:
        assert self.preview is not None
        return sorted(self.preview.draft.notes, key=lambda note: note.line)

    @property
    def section(self) -> int | None:
        if self.preview is None or self.selected >= len(self.preview.draft.cards):
            return None
        return self.preview.draft.cards[self.selected].section

    # ---- the couple's choices ------------------------------------------------------------------

    def rename(self, name: str) -> None:
        self.choices = renamed(self.choices, name)

    def toggle_skip(self, index: int) -> None:
        if self.preview is not None and index < min(len(self.preview.draft.cards), SHOWN_CARDS):
            self.choices = toggled_skip(self.choices, index)
            self.refresh()

    def toggle_skip_selected(self) -> None:
        self.toggle_skip(self.selected)
        self.focus_on(self.listing())

    def set_level(self, value: str) -> None:
        section = self.section
        if section is not None:
            self.choices = with_section_level(self.choices, section, int(value))
            self.refresh()

    def start_import(self) -> None:
        if self.preview is None or self.writing is not None:
            return
        if not self.choices.name.strip():
            field = self.widget("Deck name")
            if isinstance(field, TextField):
                field.error = "The deck needs a name."
                self.focus_on(field)
            return
        if not card_data(self.preview.draft, self.choices):
            self.ui.toast("Every line is skipped: keep at least one question to import.")
            return
        self.writing = self.ui.services.finish_import(self.preview, self.choices, self.replace)

    # ---- looks -------------------------------------------------------------------------------

    def layout(self) -> None:
        t = self.ui.theme
        width, height = t.size
        margin = t.px(48)
        self.box = pygame.Rect(margin, t.px(24), width - 2 * margin, height - t.px(24) - hint_bar(self.ui))
        by_label = {widget.label: widget for widget in self.widgets}
        bottom = self.box.bottom - t.px(24)
        cancel = by_label["Cancel"]
        cancel.rect = pygame.Rect(0, 0, t.px(150), t.px(50))
        if self.preview is None:
            cancel.rect.midbottom = (self.box.centerx, bottom)
            return
        primary = self.widgets[-1]
        w = self.ui.text.measure(primary.label, t.style("button")) + t.px(70)
        primary.rect = pygame.Rect(self.box.right - t.px(28) - w, 0, w, t.px(52))
        button_h = max(primary.fit_height(self.ui, 52), cancel.fit_height(self.ui, 50))
        primary.rect.update(primary.rect.left, bottom - button_h, w, button_h)
        cancel.rect.height = button_h
        cancel.rect.bottomright = (primary.rect.left - t.px(14), primary.rect.bottom)
        heading = self.ui.text.line_height(t.style("heading"))
        small = self.ui.text.line_height(t.style("small"))
        body = self.ui.text.line_height(t.style("body"))
        self.facts_top = self.box.top + t.px(22) + heading + t.px(4)
        facts_h = self.ui.text.block(self.facts(), t.style("small"), t.color("muted"), self.box.width - t.px(56)).get_height()
        top = self.facts_top + max(2 * small, facts_h) + t.px(14)
        left = self.box.left + t.px(28)
        list_w = (self.box.width - t.px(84)) * 11 // 20
        skip = by_label.get("Skip this line") or by_label["Keep this line"]
        # As wide as the longer of its words and its key as typing shows it ("Alt+S"): focus moving never wraps it.
        words = max(self.ui.text.measure(label, t.style("button")) for label in ("Skip this line", "Keep this line"))
        skip_w = words + self.ui.text.measure(f"{TYPING_CHORD}S", t.style("hint")) + t.px(10) + t.px(60)
        skip.rect = pygame.Rect(left, bottom - button_h, skip_w, button_h)
        by_label["Cards"].rect = pygame.Rect(left, top, list_w, skip.rect.top - t.px(16) - top)
        self.side = pygame.Rect(left + list_w + t.px(28), top, self.box.right - t.px(28) - left - list_w - t.px(28), 0)
        x, w = self.side.left, self.side.width
        label_h = small + t.px(8)
        y = top + label_h
        field_h = body + t.px(26)
        by_label["Deck name"].rect = pygame.Rect(x, y, w, field_h)
        y += field_h + t.px(16) + label_h
        level = next((widget for widget in self.widgets if isinstance(widget, Segmented)), None)
        if level is not None:
            level.rect = pygame.Rect(x, y, w, body + t.px(22))
            y += level.rect.height + t.px(16) + label_h
        by_label["Read with care"].rect = pygame.Rect(x, y, w, primary.rect.top - t.px(16) - y)

    def facts(self) -> str:
        """What the list was read as, in a line or two under the title."""
        if self.preview is None:
            return ""
        made = card_data(self.preview.draft, self.choices)
        levels = sorted({int(data["level"]) for _, data in made if isinstance(data.get("level"), int)})
        cards = f"{len(made):,} card{'s' if len(made) != 1 else ''}"
        facts = f"{cards}, read as {self.preview.draft.shape} · depth {', '.join(map(str, levels)) or '1'}"
        tags = sorted({tag for _, data in made for tag in data.get("tags", ())})
        if tags:
            facts += " · tags " + ", ".join(tags[:6]) + (" …" if len(tags) > 6 else "")
        return facts + ". Nothing is saved until you import."

    def draw(self, surface: pygame.Surface) -> None:
        t, ui = self.ui.theme, self.ui
        panel(surface, ui, self.box)
        left = self.box.left + t.px(28)
        inner = self.box.width - t.px(56)
        if self.preview is None:
            self.draw_reading(surface)
            self.draw_widgets(surface)
            return
        preview = self.preview
        title = ui.text.shortened(f"Import from {preview.shown_as}", t.style("heading"), inner)  # a long file name
        text_at(surface, ui, title, "heading", (left, self.box.top + t.px(22)))
        paragraph(surface, ui, self.facts(), "small", pygame.Rect(left, self.facts_top, inner, 0), "muted")
        for widget in self.widgets:
            if widget.label in ("Deck name", "Read with care") or isinstance(widget, Segmented):
                label_bottom = widget.rect.top - t.px(6)
                text_at(surface, ui, widget.label, "small", (widget.rect.left, label_bottom), "muted", anchor="bottomleft")
        self.draw_widgets(surface)

    def draw_reading(self, surface: pygame.Surface) -> None:
        t, ui = self.ui.theme, self.ui
        name = "the pasted list" if self.pasted is not None else self.path.replace("\\", "/").rsplit("/", 1)[-1]
        center = self.box.centerx
        text_at(surface, ui, f"Reading {name}…", "heading", (center, self.box.centery - t.px(70)), anchor="midtop")
        progress = self.job.progress if self.job is not None else 0.0
        bar = pygame.Rect(0, 0, min(t.px(520), self.box.width - t.px(80)), t.px(14))
        bar.center = (center, self.box.centery + t.px(10))
        pygame.draw.rect(surface, t.color("surface_border"), bar, border_radius=bar.height // 2)
        filled = bar.copy()
        filled.width = max(bar.height, int(bar.width * progress))
        pygame.draw.rect(surface, t.color("accent"), filled, border_radius=bar.height // 2)
        words = f"{int(progress * 100)}% · the window stays free while a long list is read"
        text_at(surface, ui, words, "small", (center, bar.bottom + t.px(16)), "muted", anchor="midtop")
