"""The quick paths of reading YAML agree with the slow ones they stand in for: the deck loader's resolver with
PyYAML's own over the same resolvers, and the bracket check with a count of every bracket."""

from __future__ import annotations

import itertools
import random

import pytest
import yaml
from yaml.resolver import BaseResolver

from game.storage.yaml_nodes import MAX_FLOW_DEPTH, YamlProblem, _DeckLoader, prescan

SCALARS = [
    *("", "k", "0", "012", "089", "0x1f", "0b101", "0o7", "1_000", "6:30", "1:2:3", "-1", "+5", "1.5", "1e5", "1.0e+5"),
    *(".5", ".", "-", "+", "_", ".inf", "-.inf", ".nan", "~", "null", "Null", "NULL", "true", "True", "tRue", "yes", "No"),
    *("on", "off", "=", "<<", "2024-01-01", "!x", "&a", "*b", "٣", "१२", "12:30:45.5", "0x", "0b", "-0", "+0"),
]


def _all_scalars() -> list[str]:
    digits = ["".join(p) for n in range(1, 5) for p in itertools.product("0123456789", repeat=n)]
    rng = random.Random(5)
    mixed = ["".join(rng.choice("0123456789_:.+-eExob") for _ in range(rng.randint(1, 9))) for _ in range(20_000)]
    return SCALARS + digits + mixed


def test_the_loaders_resolver_gives_each_scalar_the_tag_pyyamls_own_gives() -> None:
    loader = _DeckLoader("")
    for value in _all_scalars():
        for implicit in ((True, False), (False, True), (False, False)):
            theirs = BaseResolver.resolve(loader, yaml.ScalarNode, value, implicit)
            assert loader.resolve(yaml.ScalarNode, value, implicit) == theirs, (value, implicit)
    for kind in (yaml.MappingNode, yaml.SequenceNode):
        assert loader.resolve(kind, None, (True, False)) == BaseResolver.resolve(loader, kind, None, (True, False))


@pytest.mark.parametrize(("inner", "depth"), [("", 0), ("[]", 1), ("{}", 1), ("[a, {b: c}]", 2)])
def test_brackets_nested_to_the_limit_pass_and_one_deeper_are_refused(inner: str, depth: int) -> None:
    def nested(levels: int) -> bytes:  # `levels` deep in all, `inner` the deepest part
        return ("[" * (levels - depth) + inner + "]" * (levels - depth)).encode()

    prescan(nested(MAX_FLOW_DEPTH))
    prescan(b"[] " * 100_000 + nested(MAX_FLOW_DEPTH))
    with pytest.raises(YamlProblem, match="nested more than"):
        prescan(b"{a: 1} " * 1_000 + nested(MAX_FLOW_DEPTH + 1))
    with pytest.raises(YamlProblem, match="nested more than"):
        prescan(b"]]]]" + nested(MAX_FLOW_DEPTH + 1))  # a stray closing bracket opens nothing
