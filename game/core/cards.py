"""Cards and decks: the immutable content a session deals from."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from game.core.direction import quoted
from game.core.pronouns import PronounChoice, Pronouns
from game.core.pronouns import fill as fill  # cards fill their placeholders through the one pronoun-aware fill

DECK_FORMAT = 1


class Kind(StrEnum):
    ASK = "ask"
    BOTH = "both"
    SCENARIO = "scenario"
    ACTION = "action"


class AnswerType(StrEnum):
    TEXT = "text"
    CHOICE = "choice"
    DATE = "date"
    NUMBER = "number"
    SCALE = "scale"
    WHO = "who"


#: The four answers of a "who's more likely" card, as the one answering means them.
WHO_VALUES = ("me", "you", "both", "neither")


@dataclass(frozen=True, slots=True, order=True)
class CardKey:
    """Where a card lives: answers are keyed by deck id + card id."""

    deck_id: str
    card_id: str
    #: The key's hash, worked out once: a deal looks keys up in maps and sets some million times.
    _hash: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_hash", hash((self.deck_id, self.card_id)))

    def __hash__(self) -> int:
        return self._hash

    def __str__(self) -> str:
        return f"{self.deck_id}/{self.card_id}"

    @classmethod
    def parse(cls, text: str) -> CardKey:
        deck_id, _, card_id = text.partition("/")
        return cls(deck_id, card_id)


@dataclass(frozen=True, slots=True)
class Card:
    deck_id: str
    id: str
    text: str
    kind: Kind = Kind.ASK
    level: int = 1
    spicy: bool = False
    tags: tuple[str, ...] = ()
    answer: AnswerType = AnswerType.TEXT
    options: tuple[str, ...] = ()
    #: Earlier wordings of options and the option each became: (was, is) pairs (see answers.current_option).
    options_were: tuple[tuple[str, str], ...] = ()
    quiz: str | None = None
    changes: bool = False
    followups: tuple[str, ...] = ()
    note: str = ""
    seconds: int | None = None
    #: Where the card lives, made once with the card (so every look-up by it finds the same key at once).
    _key: CardKey = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_key", CardKey(self.deck_id, self.id))

    @property
    def key(self) -> CardKey:
        return self._key

    @property
    def remembered(self) -> bool:
        """Scenario picks are always remembered; ask and both cards when they have quiz phrasing."""
        if self.kind is Kind.SCENARIO:
            return True
        return self.kind in (Kind.ASK, Kind.BOTH) and self.quiz is not None

    @property
    def timer_words(self) -> str:
        """How the timer is named, as a card would say it: '1-minute' for 60, '2-minute' for 120, '90-second' for 90."""
        seconds = self.seconds or 0
        return f"{seconds // 60}-minute" if seconds >= 60 and seconds % 60 == 0 else f"{seconds}-second"

    @property
    def answer_type(self) -> AnswerType:
        return AnswerType.CHOICE if self.kind is Kind.SCENARIO else self.answer

    @property
    def category(self) -> str:
        """'trivia' (a coffee order) or 'understanding' (a fear): tags decide, else depth."""
        if "trivia" in self.tags:
            return "trivia"
        if "understanding" in self.tags:
            return "understanding"
        return "trivia" if self.level == 1 else "understanding"

    def quiz_text(
        self,
        name: str,
        partner: str,
        pronouns: PronounChoice = Pronouns.THEY,
        partner_pronouns: PronounChoice = Pronouns.THEY,
        isolate_words: bool = False,
    ) -> str:
        """The question put to `partner` about `name`'s remembered answer.

        With `isolate_words` (on screen), card words in right-to-left letters quoted after "What did … answer to:"
        are isolated (`direction.quoted`): a Persian question stays one unit, its "؟" at its own end.
        """
        phrasing = self.quiz_phrasing(isolate_words)
        return fill(phrasing, name=name, partner=partner, pronouns=pronouns, partner_pronouns=partner_pronouns)

    def quiz_phrasing(self, isolate_words: bool = False) -> str:
        """The quiz line with its placeholders ("{name}" is whose answer it is): the card's own quiz wording, or
        "What did {name} answer to: " and the card's words. Our book prints answers under it, so "my" is never unclear."""
        return self.quiz or "What did {name} answer to: " + (quoted(self.text) if isolate_words else self.text)


@dataclass(frozen=True, slots=True)
class Deck:
    id: str
    name: str
    cards: tuple[Card, ...]
    description: str = ""
    author: str = ""
    color: str = "#c8784f"
    language: str = ""  # the cards' language tag, said in the deck file (see card_language); none when not known
    tags: tuple[str, ...] = ()
    format: int = DECK_FORMAT
    source: str = ""
    #: Dealt only when the couple picks the deck by name (never preselected, never on date night).
    opt_in: bool = False
    _index: dict[str, Card] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._index.update((card.id, card) for card in self.cards)

    def card(self, card_id: str) -> Card | None:
        return self._index.get(card_id)

    def levels(self) -> set[int]:
        return {card.level for card in self.cards}


_KINDS = {kind.value: kind for kind in Kind}
_ANSWERS = {answer.value: answer for answer in AnswerType}


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(str(item) for item in value) if value else ()


def card_from_data(deck_id: str, data: Mapping[str, Any]) -> Card:
    """Build a card from a validated mapping (as read from a deck file)."""
    return Card(
        deck_id=deck_id,
        id=str(data["id"]),
        text=str(data["text"]),
        kind=_KINDS[data.get("kind", "ask")],
        level=int(data.get("level", 1)),
        spicy=bool(data.get("spicy", False)),
        tags=_strings(data.get("tags")),
        answer=_ANSWERS[data.get("answer", "text")],
        options=_strings(data.get("options")),
        options_were=tuple((str(was), str(now)) for was, now in (data.get("options_were") or {}).items()),
        quiz=data.get("quiz"),
        changes=bool(data.get("changes", False)),
        followups=_strings(data.get("followups")),
        note=str(data.get("note", "")),
        seconds=None if data.get("seconds") is None else int(data["seconds"]),  # `seconds: 30.0` is a valid 30
    )


def deck_from_data(data: Mapping[str, Any], source: str = "") -> Deck:
    """Build a deck from a validated mapping (as read from a deck file)."""
    deck_id = str(data["id"])
    return Deck(
        id=deck_id,
        name=str(data["name"]),
        cards=tuple(card_from_data(deck_id, card) for card in data["cards"]),
        description=str(data.get("description", "")),
        author=str(data.get("author", "")),
        color=str(data.get("color", "#c8784f")),
        language=str(data.get("language", "")),
        tags=_strings(data.get("tags")),
        format=int(data.get("format", DECK_FORMAT)),
        source=source,
        opt_in=bool(data.get("opt_in", False)),
    )


def deck_to_data(deck: Deck) -> dict[str, Any]:
    """The inverse of `deck_from_data`, leaving out fields at their defaults."""
    out: dict[str, Any] = {"format": deck.format, "id": deck.id, "name": deck.name}
    for key, value in (
        ("description", deck.description),
        ("author", deck.author),
        ("color", deck.color),
        ("language", deck.language),
        ("tags", list(deck.tags)),
        ("opt_in", deck.opt_in),
    ):
        if value:
            out[key] = value
    out["cards"] = [card_to_data(card) for card in deck.cards]
    return out


def card_to_data(card: Card) -> dict[str, Any]:
    out: dict[str, Any] = {"id": card.id, "kind": card.kind.value, "level": card.level, "text": card.text}
    optional: Iterable[tuple[str, Any]] = (
        ("spicy", card.spicy),
        ("tags", list(card.tags)),
        ("answer", card.answer.value if card.answer is not AnswerType.TEXT else None),
        ("options", list(card.options)),
        ("options_were", dict(card.options_were)),
        ("quiz", card.quiz),
        ("changes", card.changes),
        ("followups", list(card.followups)),
        ("note", card.note),
        ("seconds", card.seconds),
    )
    for key, value in optional:
        if value:
            out[key] = value
    return out
