"""The rules a deck's data must follow, each broken one put into words at the place it is about.

The schema's errors are explained in plain words (deck_words), then the rules a schema cannot express follow
(ids used twice, options that need a choice, placeholders, NUL characters). Where a problem is
comes from a Locator: a file's lines and columns (deck_files.NodeLocator) or a form's data paths
(deck_check.DataLocator); the rules do not care which.
"""

from __future__ import annotations

import difflib
import functools
import string
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from game.core.answers import option_key
from game.core.cards import DECK_FORMAT
from game.core.deck_bounds import MAX_CARDS as MAX_CARDS
from game.core.deck_bounds import SCENARIO_OPTIONS
from game.core.pronouns import is_placeholder

from .deck_schema import (
    fast_card_validator,
    fast_field_validator,
    fast_validator,
    fields_of,
    list_limits,
    passes,
    thorough_card_validator,
    thorough_field_validator,
    thorough_validator,
)
from .deck_words import count_words, explain, field_name

if TYPE_CHECKING:
    import jsonschema

MAX_REPORTED = 200  # problems listed per file; the rest are counted


class Place(Protocol):
    """Where a problem is: places sort in the order a reader meets them, and equal places are one spot."""

    def __lt__(self, other: Any, /) -> bool: ...

    def __hash__(self) -> int: ...


P = TypeVar("P", bound=Place)
P_co = TypeVar("P_co", bound=Place, covariant=True)


@dataclass(frozen=True, slots=True)
class Found(Generic[P]):
    """One problem of deck data, at the place its locator gave."""

    place: P
    message: str


class Locator(Protocol[P_co]):
    def place(self, path: Sequence[Any], key: Any = None) -> P_co:
        """Where the value at a data path is (or the deepest value on the way to it); with `key`, that key itself."""
        ...


class _Checking(Generic[P]):
    """One check of a deck: its locator, and the unknown fields that may earn a "did you mean"."""

    def __init__(self, locator: Locator[P], limit: int) -> None:
        self.locator = locator
        self.limit = limit
        self.hints: dict[Found[P], tuple[str, list[str]]] = {}  # unknown fields: the key and the fields allowed there
        self.counted = 0  # problems that can never be shown, counted without a place or words

    def at(self, path: Sequence[Any], message: str, key: Any = None) -> Found[P]:
        return Found(self.locator.place(path, key), message)

    def explained(self, error: jsonschema.ValidationError, here: list[Any]) -> Iterator[Found[P]]:
        """A schema error's problems in words (deck_words), each at its place; an unknown field remembers its key."""
        for said in explain(error, here):
            problem = self.at(said.path, said.message, said.key)
            if said.allowed is not None:
                self.hints[problem] = (str(said.key), said.allowed)
            yield problem

    def first_keys(self, keys: list[Any]) -> list[Any]:
        """Of one mapping's keys in reading order, those that may be shown or start the "more" line: the first
        `limit` + 1, and any later one spelled like one of them (the locator finds the first of the two, so
        they share a place). Every other key comes after at least `limit` + 1 problems, so it is only counted."""
        if len(keys) <= self.limit + 1:
            return keys
        kept = keys[: self.limit + 1]
        spelled = {str(key) for key in kept}
        kept += [key for key in keys[self.limit + 1 :] if str(key) in spelled]
        self.counted += len(keys) - len(kept)
        return kept

    def with_hint(self, problem: Found[P]) -> Found[P]:
        """An unknown field's problem with its likeliest meant field, when one is close."""
        if problem not in self.hints:
            return problem
        key, allowed = self.hints[problem]
        close = difflib.get_close_matches(key, allowed, n=1)
        return replace(problem, message=f"{problem.message} (did you mean '{close[0]}'?)") if close else problem


def check_deck_value(value: Any, locator: Locator[P], limit: int = MAX_REPORTED) -> list[Found[P]]:
    """The problems of deck data, each at the place `locator` gives for it, in reading order: the first `limit`,
    then one saying more follow.

    The work is linear in the file, and only the problems shown are located and put into words:
    each mapping is indexed once, a card is looked at closely only when the quick validator
    refuses it, lists far over their limit are cut before the thorough validator sees them, a
    mapping's unknown keys past the first `limit` + 1 are only counted, the problems of the cards
    after the first `limit` problems are only counted (field by field, see _card_problem_count),
    and a "did you mean" is worked out only for a problem that is shown. The count is exact.
    """
    where = _Checking(locator, limit)
    if not isinstance(value, dict):
        return [where.at([], "a deck is a mapping with format, id, name and cards")]
    found: list[Found[P]] = []
    cards = value.get("cards")
    if isinstance(cards, list) and len(cards) > MAX_CARDS:
        found.append(where.at(["cards"], f"{len(cards):,} cards; a deck may hold at most {MAX_CARDS:,}"))
        cards = cards[:MAX_CARDS]  # checking every card of a hostile file could take minutes
    card_list = cards if isinstance(cards, list) else []
    checked = {**value, "cards": cards} if "cards" in value else value
    whole_deck_valid = passes(fast_validator(), checked)
    found.extend(_deck_problems(checked, bool(card_list), whole_deck_valid, where))
    seen: dict[str, int] = {}
    in_cards = 0
    for index, card in enumerate(card_list):
        if in_cards > limit:  # every later card's problems come after those already found: count, do not explain
            where.counted += _card_problem_count(card, index, seen, not whole_deck_valid, where)
            continue
        problems = list(_card_problems(card, index, seen, not whole_deck_valid, where))
        in_cards += len(problems)
        found.extend(problems)
    found.sort(key=lambda problem: (problem.place, problem.message))
    shown = [where.with_hint(problem) for problem in found[:limit]]
    more = max(0, len(found) - limit) + where.counted
    if more:
        first = found[min(limit, len(found) - 1)]  # whatever was only counted comes after this one
        shown.append(
            Found(first.place, f"…and {more:,} more problem{'s' if more != 1 else ''} from here on; fix these and check again")
        )
    return shown


_A_VALID_CARD = {"id": "a", "text": "a"}


def _deck_problems(deck: dict[str, Any], has_cards: bool, valid: bool, where: _Checking[P]) -> Iterator[Found[P]]:
    """The deck's own fields: the schema's word, a NUL, a newer format. Its cards are checked one by one."""
    problems: list[Found[P]] = []
    if not valid:
        own = {**deck, "cards": [_A_VALID_CARD]} if has_cards else deck  # the cards are checked on their own
        clipped, cut = _clipped(own, [], "deck", where)
        problems.extend(cut)
        for error in thorough_validator().iter_errors(clipped):
            problems.extend(where.explained(error, []))
    problems.extend(_nul_characters({key: item for key, item in deck.items() if key != "cards"}, [], where))
    yield from problems
    version = deck.get("format")
    if isinstance(version, int) and version > DECK_FORMAT:
        newer = where.at(["format"], f"format {version} is newer than this game knows ({DECK_FORMAT}); update Kindred")
        if all(newer.place != problem.place for problem in problems):
            yield newer


def _card_problems(card: Any, index: int, seen: dict[str, int], check_schema: bool, where: _Checking[P]) -> Iterator[Found[P]]:
    here: list[Any] = ["cards", index]
    schema_problems: list[Found[P]] = []
    if check_schema and not passes(fast_card_validator(), card):
        clipped, cut = _clipped(card, here, "card", where)
        schema_problems.extend(cut)
        for error in thorough_card_validator().iter_errors(clipped):
            schema_problems.extend(where.explained(error, here))
    yield from schema_problems
    yield from _nul_characters(card, here, where)
    if isinstance(card, dict):
        spots = {problem.place for problem in schema_problems}
        for problem in _card_rules(card, index, seen, where):  # one message per spot: the schema's, when both speak
            if problem.place not in spots:
                yield problem


def _card_problem_count(card: Any, index: int, seen: dict[str, int], check_schema: bool, where: _Checking[P]) -> int:
    """How many problems _card_problems gives for a card, without their words, and without their places
    unless a rule and the schema might speak at one spot (then the schema's word is the one kept)."""
    here: list[Any] = ["cards", index]
    spots = _schema_spots(card, here) if check_schema and not passes(fast_card_validator(), card) else []
    count = len(spots) + sum(1 for _ in _nul_characters(card, here, _UNPLACED))
    if isinstance(card, dict):
        if not spots:
            return count + sum(1 for _ in _card_rules(card, index, seen, _UNPLACED))
        rules = list(_card_rules(card, index, seen, where))
        # A rule speaks at a field's value or at the card, never at an unknown key: only the first key of a
        # card (where the card itself starts) can share a rule's place.
        first_key = next(iter(card), None)
        taken = {where.locator.place(path, key) for path, key in spots if key is None or key == first_key}
        count += sum(1 for problem in rules if problem.place not in taken)
    return count


class _NoPlace:
    """A locator for problems that are only counted."""

    def place(self, path: Sequence[Any], key: Any = None) -> int:
        return 0


_UNPLACED: _Checking[int] = _Checking(_NoPlace(), 0)


def _schema_spots(card: Any, here: list[Any]) -> list[tuple[list[Any], Any]]:
    """Where the thorough validator's problems with a card are, as (data path, key) the way _explain places them.

    A card is a mapping of known fields, some required: a field the quick validator takes has no
    problem, so only the fields it refuses go to the thorough one, each on its own.
    """
    if not isinstance(card, dict):
        return [([*here, *error.absolute_path], None) for error in thorough_card_validator().iter_errors(card)]
    fields, required = fields_of("card")
    clipped, cut = _cut_lists(card, list_limits("card"))
    spots: list[tuple[list[Any], Any]] = [([*here, key], None) for key in cut]
    for key, item in clipped.items():
        if key not in fields:
            spots.append((here, key))
        else:
            spots.extend(([*here, key, *inner], None) for inner in _field_spots(key, item))
    spots.extend((here, None) for key in required if key not in clipped)
    return spots


def _field_spots(name: str, item: Any) -> tuple[tuple[Any, ...], ...]:
    """The data paths, within one field, of the thorough validator's problems with it."""
    if item is None or isinstance(item, str | int | float):
        return _scalar_field_spots(name, type(item).__name__, item)
    if passes(fast_field_validator(name), item):
        return ()
    return tuple(tuple(error.absolute_path) for error in thorough_field_validator(name).iter_errors(item))


@functools.lru_cache(maxsize=4096)
def _scalar_field_spots(name: str, kind: str, item: Any) -> tuple[tuple[Any, ...], ...]:
    # A hostile deck repeats its wrong values (level: 5 on 20,000 cards): each is weighed once. `kind` keeps 1 and true apart.
    if passes(fast_field_validator(name), item):
        return ()
    return tuple(tuple(error.absolute_path) for error in thorough_field_validator(name).iter_errors(item))


def _clipped(mapping: Any, here: list[Any], kind: str, where: _Checking[P]) -> tuple[Any, list[Found[P]]]:
    """The deck or a card as the thorough validator is to see it. A list far over its limit is reported here and cut
    to the limit, so its items are not explained one by one; unknown keys that can never be shown are left out and
    counted (see _Checking.first_keys), so the validator does not list 200,000 of them in one message."""
    if not isinstance(mapping, dict):
        return mapping, []
    fields = fields_of(kind)[0]
    unknown = [key for key in mapping if key not in fields]
    kept = where.first_keys(unknown)
    if len(kept) < len(unknown):
        keep = set(kept)
        mapping = {key: item for key, item in mapping.items() if key in fields or key in keep}
    limits = list_limits(kind)
    clipped, cut = _cut_lists(mapping, limits)
    return clipped, [where.at([*here, key], f"{key} has {len(mapping[key]):,} items; {count_words(limits[key])}") for key in cut]


def _cut_lists(mapping: dict[Any, Any], limits: dict[str, dict[str, Any]]) -> tuple[dict[Any, Any], list[str]]:
    """The mapping with each list over its limit cut to the limit, and the keys of those lists."""
    clipped = mapping
    cut: list[str] = []
    for key, part in limits.items():
        items = mapping.get(key)
        if isinstance(items, list) and len(items) > part["maxItems"]:
            cut.append(key)
            clipped = {**clipped, key: items[: part["maxItems"]]}
    return clipped, cut


def _nul_characters(value: Any, here: list[Any], where: _Checking[P]) -> Iterator[Found[P]]:
    """A NUL (YAML's "\\0") draws as nothing and ends text in C: no value may hold one."""
    if not _holds_nul(value):  # the usual case, found without making a data path for each of a huge file's values
        return
    stack: list[tuple[list[Any], Any]] = [(here, value)]
    while stack:
        path, item = stack.pop()
        if isinstance(item, str) and "\0" in item:
            yield where.at(path, f"{field_name(path)} holds a NUL character (written \\0); take it out")
        elif isinstance(item, dict):
            stack.extend(([*path, key], inner) for key, inner in reversed(item.items()))
        elif isinstance(item, list):
            stack.extend(([*path, number], inner) for number, inner in reversed(list(enumerate(item))))


def _holds_nul(value: Any) -> bool:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if "\0" in item:
                return True
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def _card_rules(card: dict[str, Any], index: int, seen: dict[str, int], where: _Checking[P]) -> Iterator[Found[P]]:
    here: list[Any] = ["cards", index]
    card_id = card.get("id")
    if isinstance(card_id, str):
        if card_id in seen:
            yield where.at([*here, "id"], f"card id '{card_id}' is used twice (first by card {seen[card_id] + 1})")
        seen.setdefault(card_id, index)
    yield from _placeholders(card, where, here)
    kind = card.get("kind", "ask")
    answer = card.get("answer")
    options = card.get("options")
    if not (options is None or (isinstance(options, list) and all(isinstance(o, str) for o in options))):
        return
    if kind == "scenario":
        fewest, most = SCENARIO_OPTIONS
        if options is None or not fewest <= len(options) <= most:
            yield where.at([*here, "options" if options else "text"], f"a scenario needs {fewest} to {most} options")
        if answer not in (None, "choice"):
            yield where.at([*here, "answer"], "a scenario's answer is always a choice of its options")
    elif answer == "who":
        if kind != "both":
            yield where.at([*here, "answer"], "answer: who (who's more likely) is for both cards: add kind: both")
        for key in ("options", "quiz"):
            if key in card:
                yield where.at([*here, key], f"a who's-more-likely card has its own four answers and no '{key}'")
    elif answer == "choice" and not options:
        yield where.at([*here, "answer"], "answer: choice needs a list of options")
    elif options is not None and answer != "choice":
        yield where.at([*here, "options"], "options need answer: choice (or kind: scenario)")
    tags = card.get("tags")
    if isinstance(tags, list) and all(isinstance(tag, str) for tag in tags) and len(set(tags)) != len(tags):
        yield where.at([*here, "tags"], "the same tag appears twice")
    if options is not None and len(set(options)) != len(options):
        yield where.at([*here, "options"], "the same option appears twice")
    yield from _earlier_wordings(card.get("options_were"), options, where, [*here, "options_were"])
    if kind == "action":
        for key in ("quiz", "answer", "changes"):
            if key in card:
                yield where.at([*here, key], f"action cards are not remembered, so '{key}' has no place here")
    elif "seconds" in card:
        yield where.at([*here, "seconds"], "seconds (a timer) is only for action cards")


def _earlier_wordings(were: Any, options: list[str] | None, where: _Checking[P], here: list[Any]) -> Iterator[Found[P]]:
    """`options_were` maps earlier wordings to the option each became (or to a later wording that did)."""
    if not isinstance(were, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in were.items()):
        return  # absent, or the schema has said what is wrong
    if not options:
        yield where.at(here, "options_were names earlier wordings of options, and this card has no options")
        return
    now = {option_key(option) for option in options}
    became = {option_key(was): option_key(this) for was, this in were.items()}
    for was, this in were.items():
        if option_key(was) in now:
            yield where.at([*here, was], f"'{was}' is one of the options now, so it can't be an earlier wording", was)
            continue
        seen, step = {option_key(was)}, option_key(this)
        while step not in now and step in became and step not in seen:
            seen.add(step)
            step = became[step]
        if step not in now:
            yield where.at([*here, was], f"'{this}' is not one of the card's options: write the option '{was}' became")


def _placeholders(card: dict[str, Any], where: _Checking[P], here: list[Any]) -> Iterator[Found[P]]:
    fields: list[tuple[list[Any], Any]] = [([key], card[key]) for key in ("text", "quiz", "note") if key in card]
    for key in ("followups", "options"):
        items = card.get(key)
        if isinstance(items, list):
            fields.extend(([key, i], item) for i, item in enumerate(items))
    for path, text in fields:
        if not isinstance(text, str) or ("{" not in text and "}" not in text):
            continue
        try:
            names = {field_name for _, field_name, _, _ in string.Formatter().parse(text) if field_name is not None}
        except ValueError:
            yield where.at([*here, *path], "a lone { or }: write placeholders as {name} or {partner}")
            continue
        for unknown in sorted(written for written in names if not is_placeholder(written)):
            message = f"unknown placeholder {{{unknown}}}: use {{name}}, {{partner}} or a pronoun like {{their}}"
            yield where.at([*here, *path], message)
