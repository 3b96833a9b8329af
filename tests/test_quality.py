"""The house rules, checked: ruff, mypy strict on the whole game, import layering, a pure core."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=300)


def test_the_core_never_imports_pygame_yaml_or_sqlite():
    code = (
        "import sys, game.core.session, game.core.story, game.core.deck_lint, game.core.settings; "
        "print(sorted(m for m in ('pygame', 'yaml', 'sqlite3') if m in sys.modules))"
    )
    result = run(sys.executable, "-c", code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_ruff_finds_nothing():
    checked = ("game", "tests", "benchmarks", "tools", "packaging", "assets/make_icon.py", "main.py")
    result = run(sys.executable, "-m", "ruff", "check", *checked)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_on_the_whole_game():
    result = run(sys.executable, "-m", "mypy", "--strict", "game")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("lint-imports") is None, reason="import-linter is not installed")
def test_the_layers_hold():
    result = run("lint-imports")
    assert result.returncode == 0, result.stdout + result.stderr


# ---- private names stay in their module --------------------------------------------------------------------------

GAME = REPO / "game"


def _is_private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _defined_names(tree: ast.Module) -> set[str]:
    """The private names a module defines: functions, classes, methods, module and class variables, `self._x = ...`."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            names.add(node.attr)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return {name for name in names if _is_private(name)}


def _module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported_module(node: ast.ImportFrom, importer: str, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    base = importer.split(".")
    base = base if is_package else base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def foreign_private_uses() -> list[str]:
    """Every place a module of `game/` reaches into a private name another module of `game/` defines."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in sorted(GAME.rglob("*.py"))}
    defined = {_module_name(path): _defined_names(tree) for path, tree in trees.items()}
    everywhere = set().union(*defined.values())
    found: list[str] = []
    for path, tree in trees.items():
        module = _module_name(path)
        own = defined[module]
        where = path.relative_to(REPO)
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and _is_private(node.attr) and node.attr not in own:
                receiver = node.value
                if isinstance(receiver, ast.Name) and receiver.id in ("self", "cls"):
                    continue
                if node.attr in everywhere:
                    found.append(f"{where}:{node.lineno}: .{node.attr}")
            elif isinstance(node, ast.ImportFrom):
                source = _imported_module(node, module, path.name == "__init__.py")
                if source.split(".")[0] != "game":
                    continue
                found.extend(
                    f"{where}:{node.lineno}: import {alias.name} from {source}" for alias in node.names if _is_private(alias.name)
                )
    return sorted(found, key=lambda place: (place.split(":")[0], int(place.split(":")[1])))


def test_no_module_touches_another_modules_private_names():
    assert foreign_private_uses() == []


def test_the_private_name_check_sees_an_attribute_and_an_import(tmp_path, monkeypatch):
    package = tmp_path / "game"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "keeper.py").write_text(
        "def _hidden():\n    return 1\n\n\nclass Box:\n    def __init__(self):\n        self._inside = 2\n"
    )
    (package / "reacher.py").write_text(
        "from .keeper import _hidden, Box\n\n\ndef peek(box: Box) -> int:\n    return box._inside + _hidden()\n"
    )
    monkeypatch.setattr(sys.modules[__name__], "REPO", tmp_path)
    monkeypatch.setattr(sys.modules[__name__], "GAME", package)
    assert foreign_private_uses() == ["game/reacher.py:1: import _hidden from game.keeper", "game/reacher.py:5: ._inside"]
