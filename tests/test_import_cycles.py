"""No module of the game imports itself round a circle (grimp builds the graph import-linter checks).

An import circle means neither module can be read, tested or loaded without the other; it is also
where a first frame's import order starts to matter. Every import counts, those made only for type
checking and those inside functions too: mypy and the reader follow them all.

A circle still waiting to be taken apart is listed in WAITING, printed by the test, and the list may
only shrink: a circle that has gone must leave it, and a new one anywhere fails the test.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import grimp
import pytest

#: Circles known when this test was written, each as the set of modules that import each other round it.
WAITING: tuple[frozenset[str], ...] = ()


def circles(imports: Mapping[str, Iterable[str]]) -> list[frozenset[str]]:
    """The strongly connected groups of more than one module (Tarjan): each holds at least one circle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in sorted(imports.get(module, ())):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == module:
                    break
            if len(group) > 1:
                found.append(frozenset(group))

    for module in sorted(imports):
        if module not in index:
            visit(module)
    return found


def the_game() -> tuple[grimp.ImportGraph, dict[str, set[str]]]:
    graph = grimp.build_graph("game", cache_dir=None)
    return graph, {module: graph.find_modules_directly_imported_by(module) for module in graph.modules}


def one_circle(graph: grimp.ImportGraph, group: frozenset[str]) -> str:
    """A shortest way round, to show where to cut: a → b → … → a."""
    start = min(group)
    best: tuple[str, ...] | None = None
    for imported in sorted(graph.find_modules_directly_imported_by(start) & group):
        back = graph.find_shortest_chain(importer=imported, imported=start)
        if back is not None and (best is None or len(back) + 1 < len(best)):
            best = (start, *back)
    return " → ".join(best) if best else start


def test_no_import_circle_in_the_game_beyond_the_ones_being_taken_apart() -> None:
    graph, imports = the_game()
    found = circles(imports)
    waiting = [group for group in found if any(group <= known for known in WAITING)]
    for group in waiting:
        print(f"waiting to be taken apart: {one_circle(graph, group)}")
    new = [one_circle(graph, group) for group in found if group not in waiting]
    assert new == [], "import circles:\n" + "\n".join(new)


def test_a_circle_taken_apart_leaves_the_waiting_list() -> None:
    _graph, imports = the_game()
    found = circles(imports)
    gone = [sorted(known) for known in WAITING if not any(group & known for group in found)]
    assert gone == [], f"these circles are gone: take them off WAITING in {__name__}: {gone}"


@pytest.mark.parametrize(
    ("imports", "expected"),
    [
        ({"a": ["b"], "b": ["c"], "c": []}, []),
        ({"a": ["b"], "b": ["a"]}, [frozenset({"a", "b"})]),
        ({"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"]}, [frozenset({"a", "b", "c"})]),
        ({"a": ["b"], "b": ["a"], "c": ["d"], "d": ["c"], "e": ["a", "c"]}, [frozenset({"a", "b"}), frozenset({"c", "d"})]),
    ],
)
def test_circles_are_found_in_a_small_graph(imports: dict[str, list[str]], expected: list[frozenset[str]]) -> None:
    assert sorted(circles(imports), key=sorted) == expected
