"""A first evening, dealt as the game deals it, written out for someone to read and grade.

    python3 tools/evening_sample.py SEED [SEED ...] [--out FOLDER] [--length N] [--spicy] [--decks FOLDER]

For each seed it deals one first round from the built-in decks a couple has without opting in (every
level, nothing seen before), as long as the game's own setting makes it (twelve cards) and without
spicy cards unless asked, with an opener first and a closer last, as Play does, and writes
SAMPLE-<seed>.md: every card in the dealt order with what the screen shows beside
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
from game.core.settings import SETTINGS  # noqa: E402
from game.storage.deck_files import deck_paths, load_decks  # noqa: E402

#: A first round's length as a couple finds it, before they change it.
ROUND = int(SETTINGS["session_length"].default)
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


def first_evening(decks: Sequence[Deck], seed: int, length: int = ROUND, spicy: bool = False) -> list[Card]:
    """The first round of `length` cards a couple would be dealt with this seed (spicy cards only if they said yes)."""
    filters = DealFilters(min_level=1, max_level=3, spicy=spicy)
    order = deal(decks, filters, seed, round_length=length, bookends=True)[:length]
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


def sample_text(decks: Sequence[Deck], seed: int, length: int = ROUND, spicy: bool = False) -> str:
    names = {deck.id: deck.name for deck in decks}
    cards = first_evening(decks, seed, length, spicy)
    said = "on: this couple said yes to them" if spicy else "off, as the game starts"
    lines = [
        f"# Sample {seed}: a first evening of {len(cards)} cards, as the game deals it",
        "",
        f"{NAMES[0]} and {NAMES[1]} take turns, {NAMES[0]} first. The evening opens on an opener and closes on a closer.",
        f"Spicy cards are {said}.",
        "",
    ]
    for number, card in enumerate(cards, start=1):
        lines.extend(card_lines(number, card, names[card.deck_id]))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("seeds", nargs="+", type=int)
    parser.add_argument("--out", type=Path, default=Path.cwd(), help="where SAMPLE-<seed>.md is written")
    parser.add_argument("--length", type=int, default=ROUND, help=f"cards in the evening (the game's default: {ROUND})")
    parser.add_argument("--spicy", action="store_true", help="deal spicy cards too, as for a couple who said yes")
    parser.add_argument("--decks", type=Path, default=ROOT / "decks", help="the deck folder (the built-in decks)")
    args = parser.parse_args(argv)
    decks = evening_decks(args.decks)
    args.out.mkdir(parents=True, exist_ok=True)
    for seed in args.seeds:
        path = args.out / f"SAMPLE-{seed}.md"
        path.write_text(sample_text(decks, seed, args.length, args.spicy) + "\n", encoding="utf-8")
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
