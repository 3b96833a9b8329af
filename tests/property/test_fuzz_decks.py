"""Fuzzing the deck loader: whatever the bytes, only the loader's own DeckError comes out, and nothing hangs.

Hypothesis writes YAML text and structures; a seeded mutator makes thousands of broken copies of real decks.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.storage.deck_files import DeckError, LoadedDeck, load_deck_bytes
from tests.property.hang_guard import HANG_LIMIT_SECONDS, no_hang

DECKS = Path(__file__).resolve().parents[2] / "decks"
MUTATIONS = 2000


def load_or_refuse(data: bytes) -> LoadedDeck | DeckError:
    try:
        return load_deck_bytes(data, "fuzzed.yaml")
    except DeckError as error:
        assert error.problems, "a DeckError always says what is wrong"
        for problem in error.problems:
            assert problem.line >= 1 and problem.column >= 1 and problem.message
        return error


YAMLISH = st.text(
    alphabet=st.sampled_from([*list("abc:-[]{}&*!|>#'\"\n \t0123456789.,?%@`\\"), "é", "☕", "\x00", "\ufeff"]), max_size=300
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(YAMLISH)
def test_fuzz_yaml_text_only_ever_gives_deck_errors(text):
    with no_hang("the loader"):
        load_or_refuse(text.encode("utf-8", "surrogatepass"))


SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=30))
TREES = st.recursive(
    SCALARS,
    lambda children: st.one_of(st.lists(children, max_size=5), st.dictionaries(st.text(max_size=10), children, max_size=5)),
    max_leaves=40,
)
CARD_KEYS = ["id", "kind", "text", "level", "spicy", "tags", "answer", "options", "quiz", "changes", "followups", "note", "seconds"]


@st.composite
def deckish(draw: st.DrawFn) -> dict[str, object]:
    cards = draw(
        st.lists(
            st.dictionaries(st.sampled_from([*CARD_KEYS, "qiuz"]), TREES | st.sampled_from(["ask", "both", "x"]), max_size=8),
            max_size=6,
        )
    )
    deck: dict[str, object] = {
        "format": draw(st.sampled_from([1, 2, "1", None])),
        "id": draw(st.text(max_size=12)),
        "name": "x",
        "cards": cards,
    }
    if draw(st.booleans()):
        deck[draw(st.text(max_size=8))] = draw(TREES)
    return deck


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(deckish(), TREES))
def test_fuzz_yaml_structures_only_ever_give_deck_errors_or_decks(structure):
    text = yaml.safe_dump(structure, allow_unicode=True)
    with no_hang("the loader"):
        load_or_refuse(text.encode("utf-8", "surrogatepass"))


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One of several small corruptions a hand edit or a bad disk might make."""
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        choice = rng.randrange(6)
        at = rng.randrange(len(buffer)) if buffer else 0
        if choice == 0 and buffer:
            buffer[at] = rng.randrange(256)
        elif choice == 1:
            del buffer[at : at + rng.randint(1, 40)]
        elif choice == 2:
            buffer[at:at] = rng.choice(
                [b":", b"- ", b"&a ", b"*a", b"!!python/object:os.system ", b"[", b"{", b"\t", b"\xff", b"\n  "]
            )
        elif choice == 3:
            lines = bytes(buffer).split(b"\n")
            i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
            buffer = bytearray(b"\n".join(lines))
        elif choice == 4:
            start = rng.randrange(len(buffer)) if buffer else 0
            buffer[at:at] = buffer[start : start + rng.randint(1, 200)]
        else:
            buffer = buffer[: rng.randrange(len(buffer) + 1)]
    return bytes(buffer)


@pytest.mark.parametrize("deck", ["important-dates.yaml", "each-others-back.yaml"])
def test_fuzz_thousands_of_mutated_real_decks(deck):
    original = (DECKS / deck).read_bytes()
    rng = random.Random(f"fuzz:{deck}")
    outcomes = {"loaded": 0, "refused": 0}
    with no_hang("the loader, over a thousand mutated decks", HANG_LIMIT_SECONDS * 3):
        for _ in range(MUTATIONS // 2):
            result = load_or_refuse(mutate(original, rng))
            outcomes["loaded" if isinstance(result, LoadedDeck) else "refused"] += 1
    assert outcomes["refused"] > 0 and sum(outcomes.values()) == MUTATIONS // 2
