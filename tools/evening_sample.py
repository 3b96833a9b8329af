"""A first evening, dealt as the game deals it, written out for someone to read and grade.

    python3 tools/evening_sample.py SEED [SEED ...] [--out FOLDER] [--decks FOLDER]

For each seed it deals one round of twenty from the built-in decks a couple has without opting in
(spicy cards on, every level, nothing seen before), with an opener first and a closer last, as Play
does, and writes SAMPLE-<seed>.md: every card in the dealt order with what the screen shows beside
it (its note, the options, how it is answered, the quiz the partner meets later, the follow-ups, a
timer). Two partners, Alex and Sam, take turns, Alex first. The reads in docs/CARD_READ.md were
written from such samples with docs/READ_BRIEF.md; the same seed deals the same evening while the
decks and the dealer stay the same.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from game.core.cards import AnswerType, Card, Deck, Kind  # noqa: E402
from game.core.dealing import DealFilters, deal  # noqa: E402
from game.core.pronouns import fill  # noqa: E402
from game.storage.deck_files import deck_paths, load_decks  # noqa: E402

ROUND = 20
NAMES = ("Alex", "Sam")

_KINDS = {
    Kind.ASK: "ask: the one whose turn it is answers aloud, the partner listening",
    Kind.BOTH: "both: each answers in turn, and the answers are shown side by side",
    Kind.SCENARIO: "scenario: the one whose turn it is picks an option, and the partner guesses which",
    Kind.ACTION: "action: something to do together now",
}


def evening_decks(folder: Path) -> list[Deck]:
    """The decks a couple has without opting in (an opt-in deck, such as Plans, is dealt only when chosen)."""
    loaded = load_decks(deck_paths(folder))
    if loaded.problems:
        raise SystemExit("\n".join(str(problem) for problem in loaded.problems))
    return [deck for deck in loaded.decks if not deck.opt_in]


def first_evening(decks: Sequence[Deck], seed: int) -> list[Card]:
    """The first round of twenty a couple would be dealt with this seed."""
    filters = DealFilters(min_level=1, max_level=3, spicy=True)
    order = deal(decks, filters, seed, round_length=ROUND, bookends=True)[:ROUND]
    cards = {card.key: card for deck in decks for card in deck.cards}
    return [cards[key] for key in order]


def _answered(card: Card) -> str:
    kind = card.answer_type
    if card.kind is Kind.ACTION:
        return "nothing is typed; they do it"
    if kind is AnswerType.WHO:
        return 'each picks privately from Me / You / Both / Neither; the reveal reads Alex\'s "Me" as Sam\'s "You"'
    if kind is AnswerType.CHOICE:
        return "a pick from the options"
    if kind is AnswerType.DATE:
        return "a date"
    if kind is AnswerType.NUMBER:
        return "a number"
    if kind is AnswerType.SCALE:
        return "a number from 1 to 10"
    return "a short note typed after talking" if card.remembered else "aloud; nothing is kept"


def card_lines(number: int, card: Card, deck_name: str) -> list[str]:
    """One card as the reader meets it, for the turn of NAMES[(number - 1) % 2]."""
    name, partner = NAMES[(number - 1) % 2], NAMES[number % 2]

    def said(text: str) -> str:
        return fill(text, name=name, partner=partner)

    spicy = " · spicy" if card.spicy else ""
    lines = [f"### {number}. {deck_name} · level {card.level}{spicy} · {name}'s turn", ""]
    lines.append(f"**Card:** {said(card.text)}")
    if card.note:
        lines.append(f"- Note under the card: {said(card.note)}")
    lines.append(f"- Kind: {_KINDS[card.kind]}")
    if card.options:
        lines.append("- Options: " + " / ".join(said(option) for option in card.options))
    lines.append(f"- Answered: {_answered(card)}")
    if card.seconds:
        lines.append(f"- Timer: {card.timer_words}")
    if card.remembered:
        quiz = card.quiz_text(name, partner)
        lines.append(f"- Quiz in a later round, put to {partner}: {quiz}")
        if card.changes:
            lines.append("- The answer may change over time; the game asks again later")
    for followup in card.followups:
        lines.append(f"- Follow-up: {said(followup)}")
    return [*lines, ""]


def sample_text(decks: Sequence[Deck], seed: int) -> str:
    names = {deck.id: deck.name for deck in decks}
    cards = first_evening(decks, seed)
    lines = [
        f"# Sample {seed}: a first evening of {len(cards)} cards, as the game deals it",
        "",
        f"{NAMES[0]} and {NAMES[1]} take turns, {NAMES[0]} first. The evening opens on an opener and closes on a closer.",
        "",
    ]
    for number, card in enumerate(cards, start=1):
        lines.extend(card_lines(number, card, names[card.deck_id]))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("seeds", nargs="+", type=int)
    parser.add_argument("--out", type=Path, default=Path.cwd(), help="where SAMPLE-<seed>.md is written")
    parser.add_argument("--decks", type=Path, default=ROOT / "decks", help="the deck folder (the built-in decks)")
    args = parser.parse_args(argv)
    decks = evening_decks(args.decks)
    args.out.mkdir(parents=True, exist_ok=True)
    for seed in args.seeds:
        path = args.out / f"SAMPLE-{seed}.md"
        path.write_text(sample_text(decks, seed) + "\n", encoding="utf-8")
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
