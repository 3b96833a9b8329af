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


WORDS = (
    "what", "why", "how", "when", "where", "who", "which", "small", "thing", "week", "morning", "evening",
    "sunday", "holiday", "trip", "home", "kitchen", "garden", "song", "film", "book", "meal", "coffee",
    "tea", "walk", "rain", "sea", "city", "town", "friend", "family", "child", "parent", "habit", "secret",
    "fear", "hope", "dream", "plan", "promise", "memory", "surprise", "gift", "letter", "photo", "drawer",
    "pocket", "bicycle", "train", "window", "blanket", "candle", "storm", "summer", "winter", "autumn",
    "spring", "laugh", "cry", "worry", "rest", "work", "money", "time", "place", "colour", "smell", "sound",
    "taste", "touch",
)  # fmt: skip


def varied_deck_yaml(cards: int, twins: int = 0, seed: int = 7) -> str:
    """A valid deck of `cards` questions made of random words (few of them alike), then `twins` more, each an
    earlier card with one word changed, that `deck validate --strict` should find nearly the same."""
    import random

    rng = random.Random(seed)
    texts = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 16))) + "?" for _ in range(cards)]
    for _ in range(twins):
        words = rng.choice(texts[:cards]).split()
        words[rng.randrange(len(words) - 1)] = rng.choice(WORDS)
        texts.append(" ".join(words))
    lines = ["format: 1", "id: varied", "name: Varied", "cards:"]
    for i, text in enumerate(texts):
        lines += [f"  - id: card-{i}", f"    text: {text}", f"    level: {1 + i % 3}"]
    return "\n".join(lines) + "\n"
