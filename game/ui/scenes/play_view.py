"""How the play scene looks: the turn bar, the card with its deal and flip, the side panel, the reveal."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.core.answers import describe, who_agrees, who_points_at
from game.core.cards import AnswerType, Kind
from game.core.players import other
from game.core.session import Mode, Phase

from ..card_view import KIND_WORDS, card_surface
from ..drawing import panel, paragraph, text_at
from ..theme import hex_color

if TYPE_CHECKING:
    from .play import PlayScene

REVEAL_HEIGHT = 200
#: Below this similarity, a percentage would only mislead (two unrelated answers can share a few letters).
SIMILAR = 60

VERDICT_WORDS = {"got_it": "Got it!", "close": "Close!", "not_quite": "Something new learned"}


def side_text(scene: PlayScene) -> list[tuple[str, str, str]]:
    """The words beside the card: (text, style, colour) from top to bottom."""
    session, card, turn = scene.session, scene.card(), scene.session.current
    if card is None or turn is None:
        return []
    me, you = scene.name(turn.seat), scene.name(other(turn.seat))
    phase = session.phase
    lines: list[tuple[str, str, str]] = []
    if phase is Phase.ANSWER and card.kind is Kind.ASK:
        lines.append((f"{me}, answer aloud.", "body_bold", "text"))
        lines.append((f"{you}, while {me} talks:", "body", "muted"))
        lines.extend((f"•  {cue}", "body", "muted") for cue in LISTENING_CUES)
        for followup in card.followups[:3]:
            lines.append((f"Ask next: “{followup}”", "body", "text"))
        if card.remembered:
            lines.append((f"Then save a short note — one day {you} may be asked about it.", "small", "muted"))
    elif phase is Phase.ANSWER:
        lines.append(("Do this one together.", "body_bold", "text"))
        if scene.timer_left is not None:
            left = int(scene.timer_left + 0.999)
            lines.append((f"{left} seconds" if left else "Time! Take your time to finish.", "heading", "accent"))
    elif phase is Phase.PRIVATE:
        lines.append(("You both answer this one, each in private.", "body_bold", "text"))
        done = [scene.name(seat) for seat in sorted(session.state.private)]
        if done:
            lines.append((f"{done[0]} has answered. Nothing is shown until you both have.", "body", "muted"))
        elif card.kind is Kind.SCENARIO:
            lines.append(("Pick what you'd want from your partner — and guess what they'd want.", "body", "muted"))
    elif phase is Phase.GUESS:
        lines.append((f"{me}, how well do you know {you}?", "body_bold", "text"))
        lines.append((f"Make your guess; {you} will see it beside what they said.", "body", "muted"))
    elif phase is Phase.JUDGE:
        memory = session.memories.get(turn.memory) if turn.memory else None
        lines.append((f"{you}, you're the judge.", "body_bold", "text"))
        lines.append((f"{me} guessed:  {session.state.guess}", "card_small", "text"))
        if memory is not None:
            lines.append((f"You said:  {describe(card, memory.answer)}", "card_small", "text"))
        if session.state.hint is not None:
            hint = session.state.hint
            words = f"The words look {hint}% alike" if hint >= SIMILAR else "The words look quite different"
            lines.append((f"{words} — but you know best.", "small", "muted"))
    elif phase is Phase.REVEAL and turn.is_quiz:
        verdict = session.state.quiz_results[-1][1].value if session.state.quiz_results else "not_quite"
        memory = session.memories.get(turn.memory) if turn.memory else None
        lines.append(
            (VERDICT_WORDS[verdict], "heading", "good" if verdict == "got_it" else "close" if verdict == "close" else "text")
        )
        lines.append((f"{me} guessed:  {describe(card, session.state.guess or '')}", "body", "muted"))
        if memory is not None:
            lines.append((f"{you}'s answer:  {describe(card, memory.answer)}", "body_bold", "text"))
    elif phase is Phase.REVEAL:
        lines.append(("Here's what you each said.", "body_bold", "text"))
    return lines


LISTENING_CUES = (
    "Phone face down, eyes up.",
    "Let them finish — no fixing, no debating.",
    "Say back what you heard, in your own words.",
)


def draw_play(scene: PlayScene, surface: pygame.Surface) -> None:
    ui, t = scene.ui, scene.ui.theme
    session, card, turn = scene.session, scene.card(), scene.session.current
    if card is None or turn is None:
        return
    seat_color = hex_color(scene.couple.player(turn.seat).color)
    # The turn bar.
    pygame.draw.circle(surface, seat_color, (t.px(66), t.px(46)), t.px(10))
    label = f"{scene.name(turn.seat)}'s turn" if not turn.is_quiz else f"Quiz for {scene.name(turn.seat)}"
    rect = text_at(surface, ui, label, "body_bold", (t.px(86), t.px(46)), anchor="midleft")
    length = session.config.length
    count = len(session.state.completed) + 1
    progress = f"Card {count} of {length}" if length else f"Card {count}"
    if session.config.mode is Mode.QUIZ:
        progress = f"Question {count}"
    text_at(surface, ui, progress, "small", (rect.right + t.px(18), t.px(46)), "muted", "midleft")
    draw_card(scene, surface)
    # The side panel: words, then widgets (placed by the scene's layout).
    y = scene.side.top
    width = scene.side.width - t.px(56)
    for text, style, color in side_text(scene):
        y += paragraph(surface, ui, text, style, pygame.Rect(scene.side.left + t.px(28), y, width, 0), color) + t.px(10)
    if session.phase is Phase.REVEAL and not turn.is_quiz:
        draw_reveal(scene, surface, y + t.px(20))
    scene.draw_widgets(surface)


def draw_card(scene: PlayScene, surface: pygame.Surface) -> None:
    _ui, t = scene.ui, scene.ui.theme
    card = scene.card()
    assert card is not None
    deck = scene.session.decks.get(card.deck_id)
    color = deck.color if deck else "#c8784f"
    rect = scene.card_rect
    face = _card_surface(scene, rect.size, color)
    ease = 1 - (1 - scene.deal) ** 3
    x, y = rect.left - t.px(14), rect.top - t.px(14) + int((1 - ease) * t.px(60))
    if scene.flip < 1.0:
        squash = abs(1 - 2 * scene.flip)  # 1 → 0 → 1: the card turns over
        width = max(1, int(face.get_width() * squash))
        turned = pygame.transform.scale(face, (width, face.get_height()))
        surface.blit(turned, (x + (face.get_width() - width) // 2, y))
        return
    if ease < 1.0:
        face = face.copy()
        face.set_alpha(int(255 * ease))
    surface.blit(face, (x, y))


def _card_surface(scene: PlayScene, size: tuple[int, int], deck_color: str) -> pygame.Surface:
    """The card with its words, made once per turn and size."""
    ui, t = scene.ui, scene.ui.theme
    card = scene.card()
    assert card is not None
    key = (card.key, size, deck_color, t.name, t.text_scale, scene.session.current)
    cached = getattr(scene, "_card_cache", None)
    if cached is not None and cached[0] == key:
        return cached[1]
    deck = scene.session.decks.get(card.deck_id)
    footer = "Quiz" if scene.session.current and scene.session.current.is_quiz else KIND_WORDS[card.kind]
    face = card_surface(
        ui, size, deck_color, deck.name if deck else card.deck_id, card.level, scene.card_text(card), footer, card.note
    )
    scene._card_cache = (key, face)  # type: ignore[attr-defined]
    return face


def draw_reveal(scene: PlayScene, surface: pygame.Surface, top: int) -> None:
    ui, t = scene.ui, scene.ui.theme
    card = scene.card()
    answers = scene.session.state.private
    if card is None or len(answers) != 2:
        return
    gap = t.px(16)
    width = (scene.side.width - t.px(56) - gap) // 2
    height = t.px(REVEAL_HEIGHT)
    for column, seat in enumerate((0, 1)):
        box = pygame.Rect(scene.side.left + t.px(28) + column * (width + gap), top, width, height)
        panel(surface, ui, box, "card")
        pygame.draw.rect(
            surface, hex_color(scene.couple.player(seat).color), (box.left, box.top, t.px(6), box.height), border_radius=t.px(3)
        )
        text_at(surface, ui, scene.name(seat), "body_bold", (box.left + t.px(20), box.top + t.px(14)), "card_text")
        value = answers[seat]
        inner = pygame.Rect(box.left + t.px(20), box.top + t.px(50), box.width - t.px(36), 0)
        if card.kind is Kind.SCENARIO:
            own, guess = value
            inner.top += paragraph(surface, ui, f"Wants: {own}", "body", inner, "card_text") + t.px(10)
            partner_pick = answers[other(seat)][0]
            hit = guess == partner_pick
            mark = "In sync ♥" if hit else f"Guessed {scene.name(other(seat))} would pick: {guess}"
            paragraph(surface, ui, mark, "small", inner, "card_good" if hit else "card_muted")
        elif card.answer_type is AnswerType.WHO:
            meant = who_points_at(str(value), seat)
            person = scene.name(meant) if isinstance(meant, int) else "Both of you" if meant == "both" else "Neither of you"
            inner.top += paragraph(surface, ui, f"Says {person}", "card_small", inner, "card_text") + t.px(10)
            agree = who_agrees(answers)
            paragraph(
                surface,
                ui,
                "You agree ♥" if agree else "You see it differently",
                "small",
                inner,
                "card_good" if agree else "card_muted",
            )
        else:
            paragraph(surface, ui, describe(card, value), "card_small", inner, "card_text")
