"""“Our book”: one readable HTML page of both partners' answers and how they changed over time."""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Any

from game.core.answers import show_date
from game.core.cards import Deck
from game.core.pronouns import fill, pronouns_from

from .book_charts import couple_charts, figures
from .playbook_page import STYLE as PLAYBOOK_STYLE
from .playbook_page import playbook_pages

STYLE = """
body { font-family: Georgia, 'Lora', serif; background: #f6ede3; color: #3b2a22; margin: 0; }
main { max-width: 760px; margin: 0 auto; padding: 48px 24px 80px; }
h1 { font-size: 2.6em; font-weight: normal; margin-bottom: 0.1em; }
h2 { font-weight: normal; border-bottom: 1px solid #e8d5c2; padding-bottom: 0.3em; margin-top: 2em; }
.lede { color: #8a6f60; font-family: system-ui, sans-serif; }
.memory { background: #fffaf4; border: 1px solid #e8d5c2; border-radius: 14px; padding: 14px 18px; margin: 12px 0; }
.question { font-size: 1.1em; }
.answer { font-family: system-ui, sans-serif; margin-top: 6px; }
.history { font-family: system-ui, sans-serif; color: #8a6f60; font-size: 0.9em; margin-top: 6px; }
.chart { margin: 24px 0; }
.chart svg { max-width: 100%; height: auto; }
figcaption { font-family: system-ui, sans-serif; color: #8a6f60; font-size: 0.9em; margin-top: 6px; }
.deck { font-family: system-ui, sans-serif; color: #8a6f60; font-size: 0.8em; text-transform: uppercase; letter-spacing: 0.05em; }
"""


def _when(text: str) -> str:
    try:
        return datetime.fromisoformat(text).strftime("%d %b %Y")
    except ValueError:
        return text


def _own(text: object) -> str:
    """A couple's own words, escaped and isolated: a Hebrew name or an answer ending in a bidi mark cannot reorder the page."""
    return f"<bdi>{html.escape(str(text))}</bdi>"


def _answer(value: Any, is_date: bool) -> Any:
    if is_date and isinstance(value, str):
        try:
            return show_date(value)
        except ValueError:
            return value
    return value


#: Stand-ins for the two names while a card's words are filled in and escaped; they are
#: noncharacters, which no card text has reason to hold (a text that does is escaped as it is).
_NAME, _PARTNER = "\ufdd0", "\ufdd1"


def _words(template: str, couple: Mapping[str, Any], seat: int) -> str:
    """A card's words about `seat` as HTML: escaped, with each partner's names and pronouns as the
    export holds them, every name isolated (a right-to-left name, or one ending in a bidi control,
    cannot reorder the sentence it sits in)."""
    players = {player["seat"]: player for player in couple.get("players", [])}
    me, you = players.get(seat, {}), players.get(1 - seat, {})
    name, partner = str(me.get("name", "")), str(you.get("name", ""))
    marked = _NAME not in template and _PARTNER not in template
    filled = fill(
        template,
        name=_NAME if marked else name,
        partner=_PARTNER if marked else partner,
        pronouns=pronouns_from(me.get("pronouns")),
        partner_pronouns=pronouns_from(you.get("pronouns")),
    )
    escaped = html.escape(filled)
    if not marked:
        return escaped
    return escaped.replace(_NAME, _own(name)).replace(_PARTNER, _own(partner))


def _starred(couple: Mapping[str, Any], questions: Mapping[tuple[str, str], tuple[str, str]]) -> list[str]:
    """The starred moments, newest first: each card once, with the day it was starred."""
    seen: dict[str, str] = {}
    for session in reversed(couple.get("sessions", [])):
        for key in session.get("starred", []):
            seen.setdefault(key, session.get("started_at", ""))
    if not seen:
        return []
    parts = ["<h2>Starred moments</h2>", "<ul class='starred'>"]
    for key, when in seen.items():
        deck_id, _, card_id = key.partition("/")
        _deck, question = questions.get((deck_id, card_id), (deck_id, card_id))
        question = _words(question, couple, 0)
        parts.append(f"<li>⭐ {question} <span class='history'>({_when(when)})</span></li>")
    parts.append("</ul>")
    return parts


@dataclass(frozen=True)
class BookParts:
    """What every section of the page may need besides the couple's own data."""

    questions: Mapping[tuple[str, str], tuple[str, str]]
    dates: frozenset[tuple[str, str]]
    decks: Sequence[Deck]
    tz: tzinfo | None
    #: Each card's quiz wording, with "{name}" for whose answer it is (Card.quiz_phrasing): the book asks as the quiz does.
    asked: Mapping[tuple[str, str], str] = field(default_factory=dict)
    #: The couple's answers kept just between them that Our story counts and the page leaves out (said beside its numbers).
    between_us: int = 0


def _with_kept(parts: BookParts, kept: Sequence[Deck]) -> BookParts:
    """A couple's parts with the cards kept for their answers: a card back in its deck is read from the deck."""
    if not kept:
        return parts
    cards = [card for deck in kept for card in deck.cards]
    names = {deck.id: deck.name for deck in kept}
    questions = {**{(card.deck_id, card.id): (names[card.deck_id], card.text) for card in cards}, **parts.questions}
    asked = [((card.deck_id, card.id), card) for card in cards if (card.deck_id, card.id) not in parts.questions]
    dates = parts.dates | {key for key, card in asked if card.answer_type.value == "date"}
    phrasing = {**{(card.deck_id, card.id): card.quiz_phrasing() for card in cards}, **parts.asked}
    return BookParts(questions, dates, [*kept, *parts.decks] if parts.decks else (), parts.tz, phrasing, parts.between_us)


def _pictures(couple: Mapping[str, Any], parts: BookParts) -> list[str]:
    """Our story's figures (see book_charts), when the decks the figures are judged by were given."""
    if not parts.decks:
        return []
    names = {player["seat"]: str(player["name"]) for player in couple["players"]}
    prefix = f"couple-{_esc_id(couple.get('id', ''))}-"
    charts = couple_charts(couple, parts.decks, parts.tz)
    drawn = figures(charts, (names.get(0, ""), names.get(1, "")), prefix, parts.between_us)
    return [f'<section class="pictures" id="{prefix}pictures">', "<h2>Our story in pictures</h2>", *drawn, "</section>"]


def _esc_id(value: object) -> str:
    """A couple's id as part of an HTML id: digits as the store gives them, anything else left out."""
    return "".join(char for char in str(value) if char.isascii() and char.isalnum())


def _memories(couple: Mapping[str, Any], parts: BookParts) -> list[str]:
    """Each partner's answers in their own words, with how each changed."""
    names = {player["seat"]: player["name"] for player in couple["players"]}
    out: list[str] = []
    for seat in (0, 1):
        mine = [m for m in couple.get("memories", []) if m["owner"] == seat]
        if not mine:
            continue
        name = names.get(seat, "")
        out.append(f"<h2>{_own(name)}, in {_own(name)}'s words</h2>")
        for memory in sorted(mine, key=lambda m: (m["deck_id"], m["card_id"])):
            key = (memory["deck_id"], memory["card_id"])
            deck_name, question = parts.questions.get(key, key)
            # As the quiz puts it ("Which of Ama's kind little fibs does Kofi never quite believe?"): a card's "my"
            # and "you" printed as asked would read as the heading's partner's, whoever said them.
            question = _words(parts.asked.get(key) or f"What did {{name}} answer to: {question}", couple, seat)
            is_date = key in parts.dates
            history = [{**v, "answer": _answer(v["answer"], is_date)} for v in memory["history"]]
            current = history[-1]
            out.append('<div class="memory">')
            out.append(f'<div class="deck" dir="auto">{html.escape(deck_name)}</div>')
            out.append(f'<div class="question" dir="auto">{question}</div>')
            out.append(f'<div class="answer" dir="auto">{html.escape(str(current["answer"]))}</div>')
            if len(history) > 1:
                earlier = " → ".join(f"{_own(v['answer'])} ({_when(v['at'])})" for v in history)
                out.append(f'<div class="history">How it changed: {earlier}</div>')
            else:
                out.append(f'<div class="history">Since {_when(current["at"])}</div>')
            out.append("</div>")
    return out


def _starred_section(couple: Mapping[str, Any], parts: BookParts) -> list[str]:
    return _starred(couple, parts.questions)


#: The sections of a couple's pages, in order: a new section is one more function here.
def _playbook_section(couple: Mapping[str, Any], parts: BookParts) -> list[str]:
    """Each partner's have-my-back playbook, a printable page each (see playbook_page)."""
    return playbook_pages(couple)


SECTIONS: list[Callable[[Mapping[str, Any], BookParts], list[str]]] = [_starred_section, _pictures, _memories, _playbook_section]


def render_book(
    export: Mapping[str, Any],
    questions: Mapping[tuple[str, str], tuple[str, str]],
    dates: frozenset[tuple[str, str]] = frozenset(),
    decks: Sequence[Deck] = (),
    tz: tzinfo | None = None,
    kept: Mapping[Any, Sequence[Deck]] | None = None,
    between_us: Mapping[Any, int] | None = None,
) -> str:
    """The page for every couple in an export. `questions` maps (deck id, card id) to (deck name, question).

    `dates` are the cards whose answers are dates: shown as the game shows them ("14 March"), never "03-14".
    `decks` are the cards the pictures are judged by (no decks, no pictures); `tz` decides which evening a moment was.
    `kept`: by couple id, the cards kept for that couple's answers when the cards left their deck
    (game.storage.kept_copies): their answers are asked under those questions, as Our story asks them.
    `between_us`: by couple id, how many answers Our story counts that the page leaves out, kept just between them.
    """
    kept, between_us = kept or {}, between_us or {}
    asked = {(card.deck_id, card.id): card.quiz_phrasing() for deck in decks for card in deck.cards}
    parts = ["<!doctype html>", '<html lang="en"><head><meta charset="utf-8">', "<title>Our book</title>"]
    parts.append(f"<style>{STYLE}{PLAYBOOK_STYLE}</style></head><body><main>")
    for couple in export.get("couples", []):
        names = {player["seat"]: player["name"] for player in couple["players"]}
        parts.append(f"<h1>{_own(names.get(0, ''))} &amp; {_own(names.get(1, ''))}</h1>")
        if couple.get("locked"):
            parts.append('<p class="lede">Locked with a passphrase: their pages stay closed in this copy.</p>')
            continue
        private = between_us.get(couple.get("id"), 0)
        book = _with_kept(BookParts(questions, dates, decks, tz, asked, private), kept.get(couple.get("id"), ()))
        count = len(couple.get("memories", []))
        told = "1 thing" if count == 1 else f"{count} things"
        stay = "which stays" if private == 1 else "which stay"
        kept_back = f" (and {private} kept just between you, {stay} out of this book)" if private else ""
        parts.append(f'<p class="lede">{told} you have told each other, in your own words{kept_back}.</p>')
        for section in SECTIONS:
            parts.extend(section(couple, book))
    if not export.get("couples"):
        parts.append("<h1>Our book</h1><p class='lede'>Nothing here yet.</p>")
    parts.append("</main></body></html>")
    return "\n".join(parts) + "\n"
