"""The UI's import graph: scenes reach each other through routes, base modules know no scene, and nothing goes round in a circle.

Read with grimp (what import-linter is built on), type-checking imports included: an import made
only for an annotation still ties two modules together for whoever reads or changes them.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import inspect
import pkgutil
from functools import cache
from pathlib import Path

import grimp

import game.ui.scenes
from game.ui.scene import Scene

UI = "game.ui"
SCENES = "game.ui.scenes"


@cache
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("game")


def scenes_package_modules() -> list[str]:
    return sorted(f"{SCENES}.{info.name}" for info in pkgutil.iter_modules(game.ui.scenes.__path__))


def defines_a_scene(module_name: str) -> bool:
    module = importlib.import_module(module_name)
    return any(
        issubclass(value, Scene) and value.__module__ == module_name for value in vars(module).values() if inspect.isclass(value)
    )


def names_taken(module_name: str, source: str) -> set[str]:
    """The names `module_name` imports from `source`, however the import is spelled."""
    path = Path(importlib.import_module(module_name).__file__ or "")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module_name.rpartition(".")[0]
    taken: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = importlib.util.resolve_name("." * node.level + (node.module or ""), package) if node.level else node.module
            if base == source:
                taken |= {alias.asname or alias.name for alias in node.names}
            elif base == source.rpartition(".")[0]:
                taken |= {alias.asname or alias.name for alias in node.names if alias.name == source.rpartition(".")[2]}
        elif isinstance(node, ast.Import):
            taken |= {alias.asname or alias.name for alias in node.names if alias.name == source}
    return taken


def only_extended(module_name: str, names: set[str]) -> bool:
    """Whether every use of these names in the module is as the base of a class it defines."""
    path = Path(importlib.import_module(module_name).__file__ or "")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    bases = {id(base) for node in ast.walk(tree) if isinstance(node, ast.ClassDef) for base in node.bases}
    uses = [node for node in ast.walk(tree) if isinstance(node, ast.Name) and node.id in names]
    return bool(uses) and all(id(use) in bases for use in uses)


def test_no_scene_module_imports_another_scene_module():
    """Opening another scene goes through routes; the one import allowed is of a scene class to extend it."""
    scene_modules = {name for name in scenes_package_modules() if defines_a_scene(name)}
    assert {f"{SCENES}.title", f"{SCENES}.home", f"{SCENES}.play"} <= scene_modules
    found = []
    for importer in scenes_package_modules():
        for imported in sorted(graph().find_modules_directly_imported_by(importer)):
            if imported not in scene_modules or imported == importer:
                continue
            taken = names_taken(importer, imported)
            if not only_extended(importer, taken):
                found.append(f"{importer} imports {imported} ({', '.join(sorted(taken)) or 'the module'})")
    assert found == []


def test_scene_helper_modules_import_no_scene_module():
    """A view or value module beside its scene (play_view, studio_card_view…) reads the scene through a protocol."""
    helpers = [name for name in scenes_package_modules() if not defines_a_scene(name)]
    assert f"{SCENES}.play_view" in helpers
    found = [
        f"{helper} imports {imported}"
        for helper in helpers
        for imported in graph().find_modules_directly_imported_by(helper)
        if imported.startswith(f"{SCENES}.") and defines_a_scene(imported)
    ]
    assert found == []


def test_no_module_outside_the_scenes_package_imports_a_scene():
    """The shell, the stack, widgets, drawing and the app open scenes only through routes."""
    found = [
        f"{importer} imports {scene}"
        for scene in scenes_package_modules()
        for importer in sorted(graph().find_modules_that_directly_import(scene))
        if not importer.startswith(f"{SCENES}.")
    ]
    assert found == []


def circles(package: str) -> list[list[str]]:
    """Every group of modules inside `package` that import each other round in a circle (Tarjan's components)."""
    modules = sorted(m for m in graph().modules if m == package or m.startswith(package + "."))
    edges = {m: sorted(i for i in graph().find_modules_directly_imported_by(m) if i in modules) for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for other in edges[module]:
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == module:
                    break
            if len(group) > 1 or module in edges[module]:
                found.append(sorted(group))

    for module in modules:
        if module not in index:
            visit(module)
    return found


def test_there_is_no_import_circle_inside_the_ui():
    assert circles(UI) == []


def test_the_circle_finder_finds_a_circle(tmp_path, monkeypatch):
    """The check above can fail: two modules that import each other are one circle."""
    package = tmp_path / "roundabout"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "left.py").write_text("from . import right\n")
    (package / "right.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from . import left\n")
    (package / "alone.py").write_text("from . import left\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(f"{__name__}.graph", lambda: grimp.build_graph("roundabout", cache_dir=None))
    assert circles("roundabout") == [["roundabout.left", "roundabout.right"]]
