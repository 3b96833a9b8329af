"""Commands are values: each one a small frozen dataclass that the session (or the director) runs by its type.

The window builds a command for what the couple did; `Session.apply` and `DateNight.apply` match on
its class and call the method of the same name. These tests hold every command to that: in the union
the handles accept, reaching its own method with its own fields and the time, and nothing else.
"""

from __future__ import annotations

import dataclasses
import inspect
import re
from datetime import UTC, datetime
from types import ModuleType
from typing import Any, get_args

import pytest

from game.core import date_night_commands, session_commands
from game.core.answers import Verdict
from game.core.date_night import DateNight
from game.core.date_night_plan import EveningSetup, History
from game.core.memories import MemoryKey
from game.core.partner_quiz import QuizBook
from game.core.session import Session, SessionConfig
from game.storage.deck_files import deck_paths, load_decks
from game.storage.paths import builtin_decks_dir

NOW = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)


def method_name(command: type) -> str:
    return re.sub(r"(?<!^)([A-Z])", r"_\1", command.__name__).lower()


def command_classes(module: ModuleType) -> list[type]:
    return [
        value
        for value in vars(module).values()
        if inspect.isclass(value) and dataclasses.is_dataclass(value) and value.__module__ == module.__name__
    ]


class Marker:
    """A stand-in field value that only the command that carries it could hand on."""


def filled(command: type) -> tuple[Any, list[object]]:
    values: list[object] = [Marker() for _ in dataclasses.fields(command)]
    return command(*values), values


def recorder(calls: list[tuple[str, list[object]]], name: str) -> Any:
    """Notes what a method was given: the command's fields in order, then the time (once, wherever it came)."""

    def record(*args: object, **options: object) -> list[object]:
        given = [*args, *options.values()]
        calls.append((name, [value for value in given if value is not NOW] + [NOW] * given.count(NOW)))
        return []

    return record


def an_evening() -> DateNight:
    decks = {deck.id: deck for deck in load_decks(deck_paths(builtin_decks_dir())).decks}
    setup = EveningSetup(60, 1, (3, 3), (False, False), seed=1)
    return DateNight.plan(setup, decks, {}, QuizBook(), History({}, {}, False), NOW)


@pytest.mark.parametrize(
    ("module", "union"),
    [(session_commands, session_commands.SessionCommand), (date_night_commands, date_night_commands.EveningCommand)],
)
def test_every_command_is_a_frozen_dataclass_in_the_union_the_handles_take(module: ModuleType, union: Any) -> None:
    classes = command_classes(module)
    assert classes, "no commands found"
    assert set(get_args(union)) == set(classes)
    for command in classes:
        assert command.__dataclass_params__.frozen, f"{command.__name__} can be changed after it was made"  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", command_classes(session_commands), ids=lambda c: c.__name__)
def test_each_session_command_runs_the_session_method_of_its_name_with_its_fields_and_the_time(
    command: type, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = Session(SessionConfig(), {}, {}, QuizBook())
    calls: list[tuple[str, list[object]]] = []
    for other in command_classes(session_commands):
        monkeypatch.setattr(session, method_name(other), recorder(calls, method_name(other)))
    value, fields = filled(command)
    session.apply(value, NOW)
    assert calls == [(method_name(command), [*fields, NOW])]


@pytest.mark.parametrize("command", command_classes(date_night_commands), ids=lambda c: c.__name__)
def test_each_director_command_runs_the_director_method_of_its_name_with_its_fields_and_the_time(
    command: type, monkeypatch: pytest.MonkeyPatch
) -> None:
    evening = an_evening()
    calls: list[tuple[str, list[object]]] = []
    for other in command_classes(date_night_commands):
        monkeypatch.setattr(evening, method_name(other), recorder(calls, method_name(other)))
    value, fields = filled(command)
    evening.apply(value, NOW)
    assert calls == [(method_name(command), [*fields, NOW])]


def test_a_command_is_a_value_equal_commands_are_the_same_command() -> None:
    key = MemoryKey(0, "favourite-details", "fd-01")
    assert session_commands.UpdateMemory(key, "tea") == session_commands.UpdateMemory(key, "tea")
    assert session_commands.Judge(Verdict.CLOSE) != session_commands.Judge(Verdict.GOT_IT)
    with pytest.raises(dataclasses.FrozenInstanceError):
        session_commands.Answer("tea").value = "coffee"  # type: ignore[misc]


def test_a_session_played_by_commands_ends_as_one_played_by_its_methods() -> None:
    decks = {deck.id: deck for deck in load_decks(deck_paths(builtin_decks_dir())).decks}
    config = SessionConfig(deck_ids=tuple(sorted(decks)), length=4, seed=11)
    by_value, by_method = (Session(config, decks, {}, QuizBook()) for _ in range(2))
    by_value.begin(NOW)
    by_method.begin(NOW)
    by_value.apply(session_commands.PassCard(), NOW)
    by_method.pass_card(NOW)
    by_value.apply(session_commands.Star(), NOW)
    by_method.star(NOW)
    by_value.apply(session_commands.Undo(), NOW)
    by_method.undo(NOW)
    ended = by_value.apply(session_commands.End(), NOW)
    assert ended == by_method.end(NOW)
    assert by_value.to_json() == by_method.to_json()
