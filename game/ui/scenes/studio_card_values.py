"""The card form's values: one entry per field (kept while the kind hides it), and the card a deck file would hold."""

from __future__ import annotations

import re
from typing import Any

from game.core.cards import Card, Deck, Kind
from game.core.deck_bounds import MAX_FOLLOWUPS as FOLLOWUPS
from game.core.deck_bounds import MAX_OPTIONS as MOST_OPTIONS
from game.core.deck_bounds import SCENARIO_OPTIONS, TIMER_SECONDS
from game.core.option_wordings import carried
from game.core.turn_lengths import typed_seconds

from ..card_view import KIND_WORDS

KINDS = [(kind.value, KIND_WORDS[kind]) for kind in Kind]
KIND_HELP = {
    "ask": "One of you answers aloud, about yourself. With quiz phrasing, a short note of the answer is kept.",
    "both": "You each answer privately, then both answers are shown side by side.",
    "scenario": "Each of you picks what you'd want from the other, and guesses the other's pick.",
    "action": "Something to do together. Nothing is remembered.",
}
#: Only a both card can be "who's more likely": each picks me, you, both of us or neither.
WHO_ANSWER = ("who", "Who of us")
DEPTHS = [("1", "Light"), ("2", "Personal"), ("3", "Deep")]
ANSWERS = [("text", "Words"), ("choice", "Choice"), ("date", "Date"), ("number", "Number"), ("scale", "Scale 1–10")]
MAX_OPTIONS = {"scenario": SCENARIO_OPTIONS[1], "choice": MOST_OPTIONS}
MAX_FOLLOWUPS = FOLLOWUPS
#: The card text's placeholder: a card of each kind, short enough to show whole at the largest text.
TEXT_EXAMPLES = {
    "ask": "Like: What was the best part of your week?",
    "both": "Like: If we won the lottery, what would we do first?",
    "scenario": "Like: You've had a rotten day. What would you like from me?",
    "action": "Like: Slow-dance in the kitchen to our song",
}
TIMER_EXAMPLE = "Like 90s, 1:30 or 3 min"
#: Said under the timer when what was typed is no length of time, or too short or long for a timer.
TIMER_WORDS = "Write how long, like 90, 90s, 1:30 or 3 min."
TIMER_RANGE = f"A timer runs from {TIMER_SECONDS[0]} seconds to an hour."
EMPTY_TEXT = "Start typing: your words appear here just as they will in play."
TEXT_FIELDS = {"text": "Card text", "quiz": "Quiz phrasing", "seconds": "Timer", "note": "Note", "tags": "Tags"}


def saved_with_tips(tips: tuple[str, ...]) -> str:
    """What saving a card the form had tips for says: every tip, whole, so none waits behind an edit to be read."""
    said = [tip if tip.endswith((".", "?", "!")) else f"{tip}." for tip in tips]
    if len(said) == 1:
        return f"Saved as written. A tip: {said[0]}"
    count = COUNTS.get(len(said), str(len(said)))
    each = " ".join(f"{ORDINALS[i] if i < len(ORDINALS) else 'Then'}: {tip}" for i, tip in enumerate(said))
    return f"Saved as written. {count} tips. {each}"


#: How many tips, and which one, in words ("Two tips. First: … Second: …").
COUNTS = {2: "Two", 3: "Three", 4: "Four", 5: "Five", 6: "Six"}
ORDINALS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth")


def values_of(card: Card | None) -> dict[str, Any]:
    """The form's values for a card (or a new one): every field, kept even while hidden by the kind."""
    if card is None:
        card = Card(deck_id="", id="", text="")
    return {
        "kind": card.kind.value,
        "text": card.text,
        "level": card.level,
        "spicy": card.spicy,
        "answer": card.answer.value,
        "options": list(card.options),
        "options_before": list(card.options),  # as saved: a row reworded keeps its earlier wording (option_wordings)
        "options_were": dict(card.options_were),
        "quiz": card.quiz or "",
        "changes": card.changes,
        "followups": list(card.followups),
        "note": card.note,
        "seconds": str(card.seconds) if card.seconds else "",
        "tags": ", ".join(card.tags),
    }


def card_data(values: dict[str, Any], card_id: str) -> tuple[dict[str, Any], dict[str, list[int]]]:
    """The card as a deck file would hold it, and for options and follow-ups which form row each item came from."""
    kind = values["kind"]
    data: dict[str, Any] = {"id": card_id, "kind": kind, "level": values["level"], "text": values["text"].strip()}
    rows: dict[str, list[int]] = {"options": [], "followups": []}
    if values["spicy"]:
        data["spicy"] = True
    tags = [re.sub(r"\s+", "-", tag.strip().lower()) for tag in values["tags"].split(",") if tag.strip()]
    if tags:
        data["tags"] = tags
    who = kind == "both" and values["answer"] == "who"
    answer_fields = kind in ("ask", "both") and not who  # the form offered an answer type and quiz phrasing
    if who:
        data["answer"] = "who"
    if answer_fields and values["answer"] not in ("text", "who"):
        data["answer"] = values["answer"]
    if kind == "scenario" or (answer_fields and values["answer"] == "choice"):
        options = [(row, text.strip()) for row, text in enumerate(values["options"]) if text.strip()]
        if options:  # none at all: the loader says what the card needs, in its own words
            data["options"] = [text for _, text in options]
            rows["options"] = [row for row, _ in options]
            if were := carried(values["options_before"], data["options"], values["options_were"]):
                data["options_were"] = were
    if answer_fields and values["quiz"].strip():
        data["quiz"] = values["quiz"].strip()
    if answer_fields and values["changes"]:
        data["changes"] = True
    seconds = values["seconds"].strip()
    if kind == "action" and seconds:  # "3 min" is 180; words that are no length the loader (and the form) say so
        parsed = typed_seconds(seconds)
        data["seconds"] = seconds if parsed is None else parsed
    followups = [(row, text.strip()) for row, text in enumerate(values["followups"]) if text.strip()]
    if followups:
        data["followups"] = [text for _, text in followups]
        rows["followups"] = [row for row, _ in followups]
    if values["note"].strip():
        data["note"] = values["note"].strip()
    return data, rows


def copy_values(values: dict[str, Any]) -> dict[str, Any]:
    return {key: list(value) if isinstance(value, list) else value for key, value in values.items()}


def one_card_deck(deck: Deck, card: Card) -> Deck:
    return Deck(id=deck.id, name=deck.name, cards=(card,), color=deck.color)
