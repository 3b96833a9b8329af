"""No command travels as a string: the modules that run session and date-night commands call them by type.

`getattr(session, name)` with a name from elsewhere lets any method be called, with any arguments,
and no checker can follow it. These scans keep the services and the stored session and evening to
typed commands (game/core/session_commands.py, game/core/date_night_commands.py), and keep every
`.run(...)` in the game from being handed a command's name.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from game.core.date_night import DateNight
from game.core.session import Session

REPO = Path(__file__).resolve().parents[1]
#: Where commands are run on behalf of the window: nothing here may look a method up by a name.
DISPATCHERS = ("game/services.py", "game/stored_evening.py", "game/stored_session.py")
COMMAND_METHODS = {name for cls in (Session, DateNight) for name in vars(cls) if not name.startswith("_")}


def string_dispatch(source: str) -> list[str]:
    """Each `getattr(...)` whose name is not a literal, or is the literal name of a command method."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "getattr"):
            continue
        name = node.args[1] if len(node.args) > 1 else None
        literal = isinstance(name, ast.Constant) and isinstance(name.value, str)
        if not literal or (isinstance(name, ast.Constant) and name.value in COMMAND_METHODS):
            found.append(f"line {node.lineno}: {ast.unparse(node)}")
    return found


def named_runs(source: str) -> list[str]:
    """Each `something.run("name", ...)`: a command handed over by its name."""
    return [
        f"line {node.lineno}: {ast.unparse(node)}"
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "run"
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    ]


@pytest.mark.parametrize("path", DISPATCHERS)
def test_the_services_never_look_a_command_up_by_its_name(path: str) -> None:
    assert string_dispatch((REPO / path).read_text(encoding="utf-8")) == []


def test_no_module_of_the_game_runs_a_command_by_its_name() -> None:
    found = {
        str(path.relative_to(REPO)): named
        for path in sorted((REPO / "game").rglob("*.py"))
        if (named := named_runs(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_the_scan_sees_the_string_dispatch_it_forbids() -> None:
    assert string_dispatch("events = getattr(self.session, command)(*args, now)") != []
    assert string_dispatch('events = getattr(self.evening, "pledge")(now)') != []
    assert string_dispatch('code = getattr(error, "sqlite_errorcode", None)') == []
    assert named_runs('self.night.run("pause")') != []
    assert named_runs("self.night.run(Pause())") == []
