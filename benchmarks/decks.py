"""Generated decks for the benchmarks (and the tests that need a large deck)."""

from __future__ import annotations

KINDS = ("ask", "both", "scenario", "action")


def big_deck_yaml(cards: int, deck_id: str = "generated") -> str:
    """A valid deck of `cards` cards that uses every kind and most fields."""
    lines = [
        "# yaml-language-server: $schema=deck.schema.json",
        "format: 1",
        f"id: {deck_id}",
        "name: Generated deck",
        "description: Many cards, for measuring.",
        'color: "#aa7744"',
        "cards:",
    ]
    for i in range(cards):
        kind = KINDS[i % 4]
        lines += [f"  - id: card-{i}", f"    kind: {kind}", f"    level: {1 + i % 3}"]
        lines.append(f'    text: "Card number {i}: what is a small thing that made your week better?"')
        if kind == "scenario":
            lines += ["    options: [Stay close, Give me space, Make me laugh]", "    quiz: What would {name} want?"]
        elif kind == "action":
            lines.append("    seconds: 60")
        else:
            lines += ["    tags: [daily, small]", "    quiz: What made {name}'s week better?"]
            lines += ["    followups:", "      - Why that one?", "      - When did it start?"]
    return "\n".join(lines) + "\n"


def alike_deck_yaml(cards: int) -> str:
    """A valid deck of `cards` long cards that differ in one number each, as a couple's pasted-in filler might:
    every pair is nearly the same, so `deck validate --strict` scores every pair and reports each."""
    filler = " ".join(["a long filler question about evenings and sofas and tea"] * 30)
    lines = ["format: 1", "id: alike", "name: Alike", "cards:"]
    for i in range(cards):
        lines += [f"  - id: filler-{i}", f"    text: {filler} {i}?", f"    level: {1 + i % 3}"]
    return "\n".join(lines) + "\n"
