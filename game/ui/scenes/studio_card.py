"""The card form: every field of a card, the card itself beside it exactly as play will show it,
the deck loader's own words about anything wrong as you type, and undo.
"""

from __future__ import annotations

from functools import partial
from typing import Any

import pygame

from game.core.cards import AnswerType, Card, Deck, Kind, card_from_data, deck_to_data
from game.core.deck_bounds import LINE_CHARS, NOTE_CHARS, OPTION_CHARS, QUIZ_CHARS, TIMER_SECONDS
from game.core.deck_editing import DeckIssue, History, SavedCard
from game.core.deck_lint import answer_without_quiz, lint
from game.core.players import Couple
from game.core.turn_lengths import typed_seconds

from ..card_view import KIND_WORDS
from ..intents import Drag, Edit, Hover, Intent, Point, Wheel
from ..modals import ConfirmScene
from ..scene import UI, ResultScene
from ..studio_widgets import IconButton, Segmented
from ..text_field import TextField
from ..widgets import Button, Toggle, Widget
from .studio_card_values import (
    ANSWERS,
    DEPTHS,
    EMPTY_TEXT,
    KINDS,
    MAX_FOLLOWUPS,
    MAX_OPTIONS,
    TEXT_EXAMPLES,
    TEXT_FIELDS,
    TIMER_EXAMPLE,
    TIMER_RANGE,
    TIMER_WORDS,
    WHO_ANSWER,
    card_data,
    copy_values,
    one_card_deck,
    values_of,
)
from .studio_card_view import draw_form, lay_out

TIMER_CHARS = 20  # "2 minutes 30 seconds"


class CardFormScene(ResultScene[SavedCard | None]):
    """Closes with the SavedCard (its position None for a new card), or None when left without saving."""

    def __init__(self, ui: UI, couple: Couple, deck: Deck, index: int | None, typed: Card | None = None) -> None:
        super().__init__(ui)
        self.couple = couple
        self.deck = deck
        self.index = index
        self.card = deck.cards[index] if index is not None else None
        self.initial = values_of(self.card)  # a card typed before is a change: leaving it asks first
        self.values = {**values_of(typed or self.card), **{k: self.initial[k] for k in ("options_before", "options_were")}}
        self.history: History[dict[str, Any]] = History()
        self.touched: set[str] = set()
        self.tried = False
        self.messages: dict[tuple[str, int | None], str] = {}
        self.general: list[str] = []
        self.tips: list[str] = []
        self.quiz_side = False
        self.scroll = 0
        self.content_height = 0
        self.viewport = pygame.Rect(0, 0, 0, 0)
        self.card_rect = pygame.Rect(0, 0, 0, 0)
        self.header_room = 0  # where the title line must end: the buttons at the top right begin there
        self.captions: list[tuple[str, str, pygame.Rect]] = []
        self.scrolled: list[Widget] = []
        self.validate()

    def enter(self) -> None:
        super().enter()
        text = self.widget(TEXT_FIELDS["text"])
        if text is not None:
            self.focus_on(text)  # the words come first; the kind and the rest can wait

    @property
    def hints(self) -> list[tuple[str, str]]:  # type: ignore[override]
        focused = self.focused()
        hints = [("Tab", "next field")]
        if isinstance(focused, Segmented):
            hints.append(("←→", "choose"))
        if isinstance(focused, TextField) and focused.multiline:
            hints.append(("Shift+Enter", "new line"))
        return [*hints, ("Ctrl+S", "save card"), ("Ctrl+Z", "undo"), ("Esc", "cancel")]

    @property
    def kind(self) -> str:
        return str(self.values["kind"])

    @property
    def offers_answer_fields(self) -> bool:
        """Whether the form offers an answer type and quiz phrasing (a who's-more-likely card has neither).

        Not `Card.remembered`: a card is remembered only once it has its quiz phrasing (or is a scenario).
        """
        return self.kind in ("ask", "both") and not self.who

    @property
    def who(self) -> bool:
        return self.kind == "both" and self.values["answer"] == "who"

    @property
    def shows_options(self) -> bool:
        return self.kind == "scenario" or (self.offers_answer_fields and self.values["answer"] == "choice")

    # ---- widgets -------------------------------------------------------------------------

    def build(self) -> None:
        v = self.values
        self.scrolled = []
        put = self.scrolled.append
        put(self.add(Segmented("Kind", KINDS, self.kind, lambda value: self.set("kind", value))))
        put(self.add(self.field("text", multiline=True, placeholder=TEXT_EXAMPLES[self.kind])))
        put(self.add(Segmented("Depth", DEPTHS, str(v["level"]), lambda value: self.set("level", int(value)))))
        put(self.add(Toggle("Spicy", v["spicy"], lambda on: self.set("spicy", on))))
        if self.kind in ("ask", "both"):
            # "Who of us" is for both answering only; it keeps its place either way, so the row never moves.
            answer = "text" if v["answer"] == "who" and self.kind != "both" else v["answer"]
            only_both = () if self.kind == "both" else (WHO_ANSWER[0],)
            put(self.add(Segmented("Answer", [*ANSWERS, WHO_ANSWER], answer, partial(self.set, "answer"), only_both)))
        if self.shows_options:
            self.rows("options", "Option", "an option", MAX_OPTIONS["scenario" if self.kind == "scenario" else "choice"])
        if self.offers_answer_fields:
            put(self.add(self.field("quiz", placeholder="Like: How does {name} take their coffee?", max_chars=QUIZ_CHARS)))
            put(self.add(Button("Insert {name}", self.insert_name, kind="quiet")))
            put(self.add(Toggle("It changes over time: ask again now and then", v["changes"], lambda on: self.set("changes", on))))
        if self.kind == "action":
            put(self.add(self.field("seconds", placeholder=TIMER_EXAMPLE, max_chars=TIMER_CHARS)))
        self.rows("followups", "Follow-up", "a follow-up", MAX_FOLLOWUPS)
        put(self.add(self.field("note", placeholder="A short line shown on the card (optional)", max_chars=NOTE_CHARS)))
        put(self.add(self.field("tags", placeholder="Words like travel, food (optional)", max_chars=200)))
        self.add(Button("Save card", self.save, kind="primary", hint="Ctrl+S"))
        self.add(Button("Cancel", self.back, kind="quiet"))
        self.add(Button("Undo", self.undo, kind="quiet", hint="Ctrl+Z")).enabled = self.history.can_undo
        self.add(Button("Show the quiz side" if not self.quiz_side else "Show the card side", self.flip_preview, kind="quiet"))
        self.show_messages()

    def field(self, key: str, multiline: bool = False, placeholder: str = "", max_chars: int = LINE_CHARS) -> TextField:
        return TextField(
            TEXT_FIELDS[key],
            self.values[key],
            on_submit=lambda _: self.next_field(),
            multiline=multiline,
            placeholder=placeholder,
            max_chars=max_chars,
            on_change=lambda text: self.type_into(key, text),
        )

    def rows(self, key: str, noun: str, article: str, limit: int) -> None:
        items: list[str] = self.values[key]
        for row, text in enumerate(items):
            field = TextField(
                f"{noun} {row + 1}",
                text,
                on_submit=partial(self.row_entered, key, noun, row, limit),
                max_chars=OPTION_CHARS if key == "options" else LINE_CHARS,
                on_change=partial(self.type_row, key, row),
            )
            self.scrolled.append(self.add(field))
            self.scrolled.append(self.add(IconButton(f"Remove {noun.lower()} {row + 1}", "×", partial(self.remove_row, key, row))))
        more = Button(f"Add {article}", lambda: self.add_row(key, noun), kind="secondary")
        more.enabled = len(items) < limit
        self.scrolled.append(self.add(more))

    def next_field(self) -> None:
        """Enter in a field: on to the next thing to fill in (past the small remove buttons)."""
        self._cycle(1)
        while isinstance(self.focused(), IconButton):
            self._cycle(1)
        self.reveal_focus()

    def row_entered(self, key: str, noun: str, row: int, limit: int, _text: str) -> None:
        self.row_submitted(key, noun, row, limit)

    def row_submitted(self, key: str, noun: str, row: int, limit: int) -> None:
        """Enter in the last option or follow-up adds the next one, so a list is typed in one go."""
        items = self.values[key]
        if row == len(items) - 1 and items[row].strip() and len(items) < limit:
            self.add_row(key, noun)
        else:
            self.next_field()

    # ---- changes -------------------------------------------------------------------------

    def set(self, key: str, value: Any) -> None:
        """A change of kind, depth, answer type or a switch: its own undo step, and the form may change shape."""
        self.history.record(copy_values(self.values))
        self.values[key] = value
        if key == "answer":
            self.touched.add("quiz")  # what the answer type asks of the quiz is said at once, under it
        self.after_change(rebuild=True)
        quiz = self.widget(TEXT_FIELDS["quiz"])
        if key == "answer" and quiz is not None and ("quiz", None) in self.messages:
            self.reveal(quiz, below=self.ui.theme.px(40))  # and in sight, with the words under the field

    def type_into(self, key: str, text: str) -> None:
        self.history.record(copy_values(self.values), group=key)
        self.values[key] = text
        self.touched.add(key)
        self.after_change(rebuild=False)

    def type_row(self, key: str, row: int, text: str) -> None:
        self.history.record(copy_values(self.values), group=f"{key}:{row}")
        self.values[key][row] = text
        self.touched.add(key)
        self.after_change(rebuild=False)

    def add_row(self, key: str, noun: str) -> None:
        self.history.record(copy_values(self.values))
        self.values[key].append("")
        self.after_change(rebuild=True)
        field = self.widget(f"{noun} {len(self.values[key])}")
        if field is not None:
            self.focus_on(field)
            self.reveal_focus()

    def remove_row(self, key: str, row: int) -> None:
        self.history.record(copy_values(self.values))
        del self.values[key][row]
        self.touched.add(key)
        self.after_change(rebuild=True)

    def insert_name(self) -> None:
        quiz = self.widget(TEXT_FIELDS["quiz"])
        if isinstance(quiz, TextField):
            self.focus_on(quiz)
            quiz.insert("{name}")

    def after_change(self, rebuild: bool) -> None:
        self.validate()
        if rebuild:
            self.refresh()
        else:
            self.show_messages()
            self.layout()
            undo = self.widget("Undo")
            if undo is not None:
                undo.enabled = self.history.can_undo
        self.ui.dirty = True

    def undo(self) -> None:
        earlier = self.history.undo()
        if earlier is None:
            self.ui.toast("Nothing to undo.")
            return
        self.values = earlier
        self.history.seal()
        self.validate()
        self.refresh()
        self.reveal_focus()

    def flip_preview(self) -> None:
        self.quiz_side = not self.quiz_side
        self.refresh()

    # ---- checking ------------------------------------------------------------------------

    def validate(self) -> None:
        """Ask the deck loader about this card, as it would be saved, and file each message under its field."""
        data, rows = card_data(self.values, self.card.id if self.card else "new-card")
        deck = deck_to_data(self.deck)
        deck["cards"] = [data]
        self.messages = {}
        self.general = []
        for issue in self.ui.services.check_deck(deck):
            where = self.place(issue, rows)
            if where is None:
                self.general.append(issue.message)
            else:
                self.messages.setdefault(where, issue.message)
        for key in ("options", "followups"):
            message = self.messages.get((key, None), "")
            twice = self._second_of_a_pair(key) if "twice" in message else None
            if twice is not None:  # say it beside the repeat, where the eye already is
                del self.messages[(key, None)]
                self.messages.setdefault((key, twice), message)
        seconds = self.values["seconds"].strip()
        if self.kind == "action" and seconds:  # said in the form's words, which know "3 min" and "1:30"
            parsed = typed_seconds(seconds)
            if parsed is None or not TIMER_SECONDS[0] <= parsed <= TIMER_SECONDS[1]:
                self.messages[("seconds", None)] = TIMER_WORDS if parsed is None else TIMER_RANGE
        if self.kind == "ask" and self.values["answer"] != "text" and not self.values["quiz"].strip():
            # Answered aloud, an ask card has no use for its answer type: only a kept answer (one with a quiz) has one.
            self.messages.setdefault(("quiz", None), answer_without_quiz(AnswerType(self.values["answer"])))
        self.tips = []
        if not self.messages and not self.general:
            card = card_from_data(self.deck.id, data)
            self.tips = [finding.message for finding in lint([one_card_deck(self.deck, card)], vocabulary=False) if finding.card_id]

    def _second_of_a_pair(self, key: str) -> int | None:
        seen: set[str] = set()
        for row, text in enumerate(self.values[key]):
            if text.strip() in seen:
                return row
            if text.strip():
                seen.add(text.strip())
        return None

    def place(self, issue: DeckIssue, rows: dict[str, list[int]]) -> tuple[str, int | None] | None:
        key = issue.field
        if "option" in issue.message and key in ("text", "answer", ""):
            return ("options", None)
        if key in ("options", "followups"):
            item = issue.item
            return (key, rows[key][item] if item is not None and item < len(rows[key]) else None)
        if key in TEXT_FIELDS:
            return (key, None)
        return None

    def visible_messages(self) -> dict[tuple[str, int | None], str]:
        return {where: message for where, message in self.messages.items() if self.tried or where[0] in self.touched}

    def show_messages(self) -> None:
        shown = self.visible_messages()
        flip = next((w for w in self.widgets if w.label in ("Show the quiz side", "Show the card side")), None)
        if flip is not None:
            flip.visible = self.offers_answer_fields and bool(self.values["quiz"].strip())
            if not flip.visible:
                self.quiz_side = False
        for key, label in TEXT_FIELDS.items():
            widget = self.widget(label)
            if isinstance(widget, TextField):
                widget.error = shown.get((key, None), "")
        for key, noun in (("options", "Option"), ("followups", "Follow-up")):
            for row in range(len(self.values[key])):
                widget = self.widget(f"{noun} {row + 1}")
                if isinstance(widget, TextField):
                    widget.error = shown.get((key, row), "")

    # ---- leaving -------------------------------------------------------------------------

    def save(self) -> None:
        self.tried = True
        self.validate()
        self.show_messages()
        self.layout()
        if self.messages or self.general:
            self.ui.sound.play("soft")
            self.ui.toast("Not saved yet: the marked fields need a look.")
            first = next((w for w in self.scrolled if isinstance(w, TextField) and w.error), None)
            if first is not None:
                self.focus_on(first)
                self.reveal_focus()
            return
        data, _ = card_data(self.values, "new-card")
        data["id"] = self.card.id if self.card else self.ui.services.new_card_id(data["text"], [c.id for c in self.deck.cards])
        self.dismiss(SavedCard(self.index, card_from_data(self.deck.id, data), tuple(self.tips)))

    def changed(self) -> bool:
        return self.values != self.initial

    def studio_draft(self) -> dict[str, Any] | None:
        """What to keep when the window closes: the card as typed so far, when it differs from what was saved."""
        if not self.changed():
            return None
        return {"form": "card", "index": self.index, "card_id": self.card.id if self.card else None, "values": self.values}

    def restore(self, values: dict[str, Any]) -> None:
        """Put back a card kept when the window closed (its fields, each as typed)."""
        for key, value in values.items():
            if key in self.values and isinstance(value, type(self.values[key])):
                self.values[key] = copy_values({key: value})[key]
        self.touched.update(key for key in TEXT_FIELDS if self.values[key] != self.initial[key])
        self.validate()

    def back(self) -> None:
        if not self.changed():
            self.dismiss(None)
            return
        self.ui.push(ConfirmScene(self.ui, "Leave without saving this card?", "Leave it", "Keep editing"), self.leave_answered)

    def leave_answered(self, yes: bool) -> None:
        if yes:
            self.dismiss(None)

    def handle(self, intent: Intent) -> None:
        if isinstance(intent, Edit) and intent.op in ("undo", "save"):
            self.undo() if intent.op == "undo" else self.save()
            return
        if isinstance(intent, Wheel):
            self.scroll_by(-intent.dy * self.ui.theme.px(60))
            return
        if isinstance(intent, (Point, Hover, Drag)) and not self.viewport.collidepoint(intent.pos):
            for widget in self.scrolled:  # hidden beyond the edge of the form: not under the pointer
                widget.visible = False
            super().handle(intent)
            self.layout()
            return
        super().handle(intent)
        self.reveal_focus()

    def handle_key(self, char: str) -> bool:
        if char in ("undo", "save"):
            self.undo() if char == "undo" else self.save()
            return True
        return False

    # ---- layout and scrolling ------------------------------------------------------------------

    def scroll_by(self, delta: int) -> None:
        self.scroll = max(0, min(max(0, self.content_height - self.viewport.height), self.scroll + delta))
        self.layout()
        self.ui.dirty = True

    def reveal_focus(self) -> None:
        widget = self.focused()
        if widget is not None:
            self.reveal(widget)

    def reveal(self, widget: Widget, below: int = 0) -> None:
        """Scroll `widget` (and `below` pixels under it, for its message) into view."""
        if widget not in self.scrolled:
            return
        margin = self.ui.theme.px(30)
        if widget.rect.top < self.viewport.top + margin:
            self.scroll_by(widget.rect.top - self.viewport.top - margin)
        elif widget.rect.bottom + below > self.viewport.bottom - margin:
            self.scroll_by(widget.rect.bottom + below - self.viewport.bottom + margin)

    def layout(self) -> None:
        lay_out(self)

    # ---- drawing -------------------------------------------------------------------------

    def preview_text(self) -> tuple[str, str]:
        if self.quiz_side and self.offers_answer_fields and self.values["quiz"].strip():
            return self.couple.fill(self.values["quiz"].strip(), 0), "Quiz"
        text = self.values["text"].strip()
        return (self.couple.fill(text, 0) if text else EMPTY_TEXT), KIND_WORDS[Kind(self.kind)]

    def draw(self, surface: pygame.Surface) -> None:
        draw_form(self, surface)
