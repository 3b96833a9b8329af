"""How the play scene looks: the turn bar, the card with its deal and flip, the side panel, the reveal."""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from typing import Protocol

import pygame

from game.core.answers import describe, who_agrees, who_points_at
from game.core.cards import AnswerType, Card, Kind
from game.core.direction import quoted
from game.core.judge_hints import judge_hint
from game.core.memories import MemoryKey
from game.core.players import Couple, other
from game.core.pronouns import speaks_as_i, speaks_in_person
from game.core.quote_marks import in_quotes
from game.core.session import Mode, Phase, Session

from .. import layout_model
from ..card_view import KIND_WORDS, card_surface
from ..drawing import panel, paragraph, put, text_at
from ..scene import TYPING_CHORD, UI
from ..scroll import ScrollArea
from ..theme import hex_color
from ..widgets import Toggle, Widget
from .round_progress import progress_words

#: The words of the button that finishes a turn: another card, or on the last one what comes instead.
NEXT_CARD = "Next card"
SEE_HOW = "See how we did"
FINISH_PART = "Finish this part"  # date night: a part that went quickly may offer more of its cards first
VERDICT_WORDS = {"got_it": "Got it!", "close": "Close!", "not_quite": "Something new learned"}


class PlayLook(Protocol):
    """What this view reads of the play scene (and of date night's part, which is one)."""

    ui: UI
    session: Session
    couple: Couple
    deal: float
    flip: float
    timer_left: float | None
    card_rect: pygame.Rect
    side: pygame.Rect
    widgets: list[Widget]
    scroller: ScrollArea
    header: list[Widget]
    foot: int
    cues_short: bool
    terse: bool

    @property
    def hints(self) -> list[tuple[str, str]]: ...

    def name(self, seat: int) -> str: ...

    def layout(self) -> None: ...

    def card(self) -> Card | None: ...

    def card_text(self, card: Card) -> str: ...

    def next_words(self) -> str: ...

    def draw_widgets(self, surface: pygame.Surface, only: Sequence[Widget] | None = None) -> None: ...


def play_hints(phase: Phase, typing: bool, multiline: bool, starred: bool, focused: Widget | None) -> list[tuple[str, str]]:
    """The play screen's key hints: what Enter does to what is focused, and the keys a letter alone would type."""
    hints: list[tuple[str, str]] = [("Tab", "move"), ("Enter", "save" if typing else "choose")]
    if phase is Phase.JUDGE and focused is None:
        hints[1] = ("1 2 3", "judge")  # nothing is chosen for the judge, so Enter has nothing to press
    if typing and multiline:
        hints.append(("Shift+Enter", "new line"))
    chord = TYPING_CHORD if typing else ""  # while typing, a letter alone goes into the field
    if phase in (Phase.ANSWER, Phase.PRIVATE, Phase.GUESS, Phase.CHECK):
        hints.append((f"{chord}X", "pass"))
    hints += [(f"{chord}U", "undo"), (f"{chord}S", "unstar" if starred else "star")]  # as the Star button says
    if isinstance(focused, Toggle):
        hints[1] = ("Enter", "switch on or off")  # the footer says what Enter does to the focused thing
    hints.append(("Esc", "take a break"))
    return hints


def side_text(scene: PlayLook) -> list[tuple[str, str, str]]:
    """The words beside the card: (text, style, colour) from top to bottom."""
    session, card, turn = scene.session, scene.card(), scene.session.current
    if card is None or turn is None:
        return []
    me, you = scene.name(turn.seat), scene.name(other(turn.seat))
    phase = session.phase
    lines: list[tuple[str, str, str]] = []
    if phase is Phase.ANSWER and card.kind is Kind.ASK:
        # The card talks to the one answering ("you") in the voice of the one asking ("I"): say who that is.
        lines.append((f"{you} asks; {me}, answer aloud.", "body_bold", "text"))
        if scene.terse:  # shorter still: the fewest words that keep the cues
            lines.append((f"{you}: " + scene.couple.fill(TERSE_CUES, turn.seat), "body", "muted"))
        elif scene.cues_short:  # a short side: the cues in a line, the controls in sight
            lines.append((f"{you}, while {me} talks: " + scene.couple.fill(SHORT_CUES, turn.seat), "body", "muted"))
        else:
            lines.append((f"{you}, while {me} talks:", "body", "muted"))
            # A cue about the one who talks says it in their own pronouns.
            lines.extend((f"•  {scene.couple.fill(cue, turn.seat)}", "body", "muted") for cue in LISTENING_CUES)
        lines.extend(followup_lines(scene, card, turn.seat))
        if card.remembered and scene.terse:
            lines.append((f"{KEEP_ANSWER[card.answer_type][1]}, or just say you talked.", "small", "muted"))
        elif card.remembered:
            keep = KEEP_ANSWER[card.answer_type][0].format(me=me)
            lines.append((f"Then {keep} — one day {you} may be asked about it. Or just say you talked.", "small", "muted"))
    elif phase is Phase.ANSWER:
        lines.append(("Do this one together.", "body_bold", "text"))
        lines.append((f"{you} reads it out to {me}.", "body", "muted"))
        if scene.timer_left is not None:
            left = int(scene.timer_left + 0.999)
            lines.append((f"{left} seconds" if left else "Time! Take your time to finish.", "heading", "accent"))
    elif phase is Phase.PRIVATE:
        lines.append(("You both answer this one, each in private.", "body_bold", "text"))
        done = [scene.name(seat) for seat in sorted(session.state.private)]
        if done:
            lines.append((f"{done[0]} has answered. Nothing is shown until you both have.", "body", "muted"))
        elif card.kind is Kind.SCENARIO:
            lines.append(("Each of you picks yours, and guesses the other's.", "body", "muted"))
        elif speaks_as_i(card.text):
            # The card asks in the partner's voice, and each is the other's partner: say who "I" is for each.
            lines.append(("Read it as if the other asked: “I” is your partner.", "body", "muted"))
    elif phase is Phase.GUESS:
        lines.append((f"{me}, how well do you know {you}?", "body_bold", "text"))
        said = scene.couple.fill("{partner_they} said", turn.seat)  # `you`, in their own pronouns
        lines.append((f"Make your guess; {you} will see it beside what {said}.", "body", "muted"))
        if card.answer_type is AnswerType.CHOICE and any(map(speaks_in_person, card.options)):
            lines.append((f"{you}'s answer, in {you}'s words:", "body", "muted"))  # whose "I" and "you" these are
    elif phase is Phase.JUDGE:
        memory = session.memories.get(turn.memory) if turn.memory else None
        lines.append((f"{you}, you're the judge.", "body_bold", "text"))
        lines.append((f"{me} guessed: {quoted(describe(card, session.state.guess or ''))}", "card_small", "text"))
        if memory is not None:
            changed = session.state.made.get(memory.key) == session.state.turns_started  # "That's changed"
            said = "Your answer now" if changed else "You said"
            lines.append((f"{said}: {quoted(describe(card, memory.answer))}", "card_small", "text"))
        if memory is not None and session.state.guess is not None:
            # Said in words, from the answer as it is now (after "That's changed" too); never a bare percentage.
            words = judge_hint(card, memory.answer, session.state.guess, scene.couple.name(other(turn.seat)))
            lines.append((f"{words} But you know best." if words else "You know best.", "small", "muted"))
    elif phase is Phase.CHECK:  # the answer itself is shown to its owner alone, behind the curtain (check_in.py)
        lines.append((f"{me}, a quick check-in.", "body_bold", "text"))
        lines.append((f"Answers like this change. {me} checks one alone before {you} is asked about it.", "body", "muted"))
    elif phase is Phase.REVEAL and turn.is_quiz:
        verdict = session.state.quiz_results[-1][1].value if session.state.quiz_results else "not_quite"
        memory = session.memories.get(turn.memory) if turn.memory else None
        lines.append(
            (VERDICT_WORDS[verdict], "heading", "good" if verdict == "got_it" else "close" if verdict == "close" else "text")
        )
        lines.append((f"{me} guessed: {quoted(describe(card, session.state.guess or ''))}", "body", "muted"))
        if memory is not None:
            now = " now" if session.state.made.get(memory.key) == session.state.turns_started else ""  # "That's changed"
            lines.append((f"{you}'s answer{now}: {quoted(describe(card, memory.answer))}", "body_bold", "text"))
    elif phase is Phase.REVEAL and card.kind is Kind.ACTION:  # done together: its follow-ups before what comes next
        lines.append((done_words(scene.next_words()), "body_bold", "text"))
        lines.extend(followup_lines(scene, card, turn.seat))
    elif phase is Phase.REVEAL:
        lines.append(("Here's what you each said.", "body_bold", "text"))
    return lines


def done_words(next_words: str) -> str:
    """What an action card says once it is done, in step with the button under it: talk it over before the next
    card, before this part of the evening ends, or (the round's or the evening's last card) before the summary."""
    if next_words == NEXT_CARD:
        return "Done! Talk it over before the next card."
    if next_words == SEE_HOW:
        return "Done! That was the last card: talk it over, then see how you did."
    if next_words == FINISH_PART:
        return "Done! That was this part's last card: talk it over before you finish it."
    return "Done! That was this part's last card: talk it over before you move on."  # "Next: a short break"…


def followup_lines(scene: PlayLook, card: Card, seat: int) -> list[tuple[str, str, str]]:
    """A card's follow-ups as the side says them, each in the words of the one whose turn it is, in the order to
    take them: the first comes "next", the rest "then" (stacked alike, two or three read as a choice to make)."""
    lines = []
    for index, followup in enumerate(card.followups[:3]):
        # "Ask" only before a question; a prompt ("Now I'll tell you how close you got.") simply comes next.
        label = ("Ask next" if index == 0 else "Then ask") if followup.rstrip().endswith("?") else "Next" if index == 0 else "Then"
        lines.append((f"{label}: {in_quotes(scene.couple.fill(followup, seat))}", "body", "text"))
    return lines


def next_turn_words(session: Session) -> str:
    """The button to the next turn: a quiz round is made of questions, a round of Play of cards."""
    return "Next question" if session.config.mode is Mode.QUIZ else NEXT_CARD


def has_reveal(scene: PlayLook) -> bool:
    """Both private answers are on the table, side by side under the words (a both or scenario card's reveal)."""
    turn = scene.session.current
    return scene.session.phase is Phase.REVEAL and turn is not None and not turn.is_quiz and len(scene.session.state.private) == 2


def after_reveal_text(scene: PlayLook) -> list[tuple[str, str, str]]:
    """The words under the two answers once they are revealed: the card's follow-ups, talked over before the next."""
    card, turn = scene.card(), scene.session.current
    if not has_reveal(scene) or card is None or turn is None:
        return []
    return followup_lines(scene, card, turn.seat)


#: How a remembered answer-aloud card keeps its answer, as its controls take it: a note typed, an option picked, a
#: number set on the scale. Said after "Then"; and in fewer words, on its own, in the shortest side.
KEEP_ANSWER = {
    AnswerType.TEXT: ("save a short note", "Save a short note"),
    AnswerType.CHOICE: ("pick {me}'s answer", "Pick the answer"),
    AnswerType.WHO: ("pick {me}'s answer", "Pick the answer"),
    AnswerType.SCALE: ("set {me}'s number on the scale and save it", "Set the number and save it"),
    AnswerType.NUMBER: ("save {me}'s number", "Save the number"),
    AnswerType.DATE: ("save the date", "Save the date"),
}

LISTENING_CUES = (
    "Phone face down, eyes up.",
    "Let {them} finish — no fixing, no debating.",
    "Say back what you heard, in your own words.",
)
#: The same cues in one line, for a side with no room for three.
SHORT_CUES = "phone down, let {them} finish, say back what you heard."
#: Fewer words still, for the shortest side.
TERSE_CUES = "phone down, let {them} finish, say it back."


def draw_play(scene: PlayLook, surface: pygame.Surface) -> None:
    ui, t = scene.ui, scene.ui.theme
    session, card, turn = scene.session, scene.card(), scene.session.current
    if card is None or turn is None:
        return
    seat_color = hex_color(scene.couple.player(bar_seat(session)).color)
    # The turn bar.
    pygame.draw.circle(surface, seat_color, (t.px(66), t.px(46)), t.px(10))
    rect = text_at(surface, ui, turn_words(scene), "body_bold", (t.px(86), t.px(46)), anchor="midleft")
    progress = progress_words(session)
    header = [w.rect.left for w in scene.widgets if w.visible and w.rect.top < t.px(60) and w.rect.width]
    room = (min(header) if header else t.size[0]) - t.px(12) - (rect.right + t.px(18))
    if ui.text.measure(progress, t.style("small")) <= room:
        text_at(surface, ui, progress, "small", (rect.right + t.px(18), t.px(46)), "muted", "midleft")
    else:  # larger text, a long name: under the turn, not under the buttons
        text_at(surface, ui, progress, "small", (rect.left, rect.bottom), "muted", "topleft")
    draw_card(scene, surface)
    # The side panel: words, then widgets (placed by the scene's layout), scrolled inside its viewport.
    width = scene.side.width - t.px(56)
    words = side_text(scene)
    y = scene.side.top
    for text, style, color in words[:1]:  # who asks and who answers: in sight however far the rest scrolls
        y += paragraph(surface, ui, text, style, pygame.Rect(scene.side.left + t.px(28), y, width, 0), color) + t.px(10)
    with scene.scroller.clipped(surface):
        y -= scene.scroller.offset
        for text, style, color in words[1:]:
            y += paragraph(surface, ui, text, style, pygame.Rect(scene.side.left + t.px(28), y, width, 0), color) + t.px(10)
        if has_reveal(scene):
            draw_reveal(scene, surface, y + t.px(20))
            y += t.px(20) + reveal_height(scene) + t.px(20)
            for text, style, color in after_reveal_text(scene):
                y += paragraph(surface, ui, text, style, pygame.Rect(scene.side.left + t.px(28), y, width, 0), color) + t.px(10)
        scene.draw_widgets(surface, [w for w in scene.widgets if w not in scene.header])
    scene.scroller.draw_bar(surface, t)
    scene.draw_widgets(surface, scene.header)
    if ui.hints_top(scene.hints) - t.px(12) != scene.foot:
        scene.layout()  # the key hints now take another row (their words follow the focus): the side makes room
        ui.dirty = True


def bar_seat(session: Session) -> int:
    """Whom the bar at the top names (and colours): whose turn it is, or, waiting for a hand-over, who takes it."""
    turn = session.current
    assert turn is not None
    waiting = [seat for seat in (turn.seat, other(turn.seat)) if seat not in session.state.private]
    return waiting[0] if session.phase is Phase.PRIVATE and waiting else turn.seat


def turn_words(scene: PlayLook) -> str:
    """Whose turn it is, as the bar at the top says it."""
    turn = scene.session.current
    if turn is None:
        return ""
    if scene.session.phase is Phase.CHECK:
        return f"A check-in for {scene.name(turn.seat)}"
    if scene.session.phase is Phase.PRIVATE:  # waiting for the hand-over: who takes the laptop, not who is done
        return f"Over to {scene.name(bar_seat(scene.session))}"
    return f"{scene.name(turn.seat)}'s turn" if not turn.is_quiz else f"Quiz for {scene.name(turn.seat)}"


def answers_a_private_memory(session: Session) -> bool:
    """The answer on the table would replace one already marked just between us (a save keeps that mark)."""
    turn = session.current
    if turn is None or turn.memory is not None or session.phase is not Phase.ANSWER:
        return False
    card = session.current_card()
    memory = session.memories.get(MemoryKey(turn.seat, card.deck_id, card.id))
    return memory is not None and memory.private


def card_note(session: Session, card: Card) -> str:
    """The note under the card's words; none under a quiz question.

    A note speaks as the card does, to the one answering ("how hard did you quiz people about me?"). A quiz
    asks about the partner in the third person ("how far did Amara go looking Kofi up"), so the note would speak
    in the wrong voice to the wrong person: the quiz question stands alone."""
    turn = session.current
    if turn is not None and turn.is_quiz and session.phase is not Phase.CHECK:
        return ""
    return card.note


def draw_card(scene: PlayLook, surface: pygame.Surface) -> None:
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
        turned = layout_model.carried(face, pygame.transform.scale(face, (width, face.get_height())))
        put(surface, scene.ui, turned, (x + (face.get_width() - width) // 2, y))
        return
    if ease < 1.0:
        face = layout_model.carried(face, face.copy())
        face.set_alpha(int(255 * ease))
    put(surface, scene.ui, face, (x, y))


#: Each play screen's card face, made once per turn and size (kept only while the screen lives).
_CARD_FACES: weakref.WeakKeyDictionary[PlayLook, tuple[tuple[object, ...], pygame.Surface]] = weakref.WeakKeyDictionary()


def _card_surface(scene: PlayLook, size: tuple[int, int], deck_color: str) -> pygame.Surface:
    """The card with its words, made once per turn and size."""
    ui, t = scene.ui, scene.ui.theme
    card = scene.card()
    assert card is not None
    key = (card.key, size, deck_color, t.name, t.text_scale, scene.session.current)
    cached = _CARD_FACES.get(scene)
    if cached is not None and cached[0] == key:
        return cached[1]
    deck = scene.session.decks.get(card.deck_id)
    footer = "Quiz" if scene.session.current and scene.session.current.is_quiz else KIND_WORDS[card.kind]
    if scene.session.phase is Phase.CHECK:
        footer = "Still true?"
    face = card_surface(
        ui,
        size,
        deck_color,
        deck.name if deck else card.deck_id,
        card.level,
        scene.card_text(card),
        footer,
        card_note(scene.session, card),
    )
    _CARD_FACES[scene] = (key, face)
    return face


def reveal_lines(scene: PlayLook, seat: int) -> list[tuple[str, str, str]]:
    """What one partner's side of the reveal says, under their name: (text, style, colour)."""
    card = scene.card()
    answers = scene.session.state.private
    if card is None or len(answers) != 2:
        return []
    value = answers[seat]
    if card.kind is Kind.SCENARIO:
        own, guess = value
        hit = guess == answers[other(seat)][0]
        # "In sync" would read as "we picked the same": the mark says what matched, the guess of the other's pick.
        partner = scene.name(other(seat))
        mark = f"Guessed {partner}'s pick ♥" if hit else f"Guessed {partner} would pick: {quoted(str(guess))}"
        return [(f"Picked: {quoted(str(own))}", "body", "card_text"), (mark, "small", "card_good" if hit else "card_muted")]
    if card.answer_type is AnswerType.WHO:
        meant = who_points_at(str(value), seat)
        person = scene.name(meant) if isinstance(meant, int) else "both of you" if meant == "both" else "neither of you"
        agree = who_agrees(answers)
        return [
            (f"Says {person}", "card_small", "card_text"),
            ("You agree ♥" if agree else "You see it differently", "small", "card_good" if agree else "card_muted"),
        ]
    return [(describe(card, value), "card_small", "card_text")]


def _reveal_column_width(scene: PlayLook) -> int:
    t = scene.ui.theme
    return (scene.side.width - t.px(56) - t.px(16)) // 2


def reveal_height(scene: PlayLook) -> int:
    """How tall the two reveal boxes are: as tall as the longer side needs (long answers, larger text)."""
    ui, t = scene.ui, scene.ui.theme
    inner_w = _reveal_column_width(scene) - t.px(36)
    tallest = 0
    for seat in (0, 1):
        height = ui.text.block(scene.name(seat), t.style("body_bold"), (0, 0, 0), max(10, inner_w)).get_height() + t.px(14 + 8)
        for text, style, _ in reveal_lines(scene, seat):
            height += ui.text.block(text, t.style(style), (0, 0, 0), max(10, inner_w)).get_height() + t.px(10)
        tallest = max(tallest, height)
    return max(t.px(120), tallest + t.px(8))


def draw_reveal(scene: PlayLook, surface: pygame.Surface, top: int) -> None:
    ui, t = scene.ui, scene.ui.theme
    if len(scene.session.state.private) != 2:
        return
    gap = t.px(16)
    width = _reveal_column_width(scene)
    height = reveal_height(scene)
    for column, seat in enumerate((0, 1)):
        box = pygame.Rect(scene.side.left + t.px(28) + column * (width + gap), top, width, height)
        panel(surface, ui, box, "card")
        pygame.draw.rect(
            surface, hex_color(scene.couple.player(seat).color), (box.left, box.top, t.px(6), box.height), border_radius=t.px(3)
        )
        inner = pygame.Rect(box.left + t.px(20), box.top + t.px(14), box.width - t.px(36), 0)
        inner.top += paragraph(surface, ui, scene.name(seat), "body_bold", inner, "card_text") + t.px(8)
        for text, style, color in reveal_lines(scene, seat):
            inner.top += paragraph(surface, ui, text, style, inner, color) + t.px(10)


#: U pressed at a round's first card, before anything is answered.
NOTHING_TO_UNDO = "Nothing to take back yet."


def nothing_to_undo(session: Session) -> str:
    """Why Undo has nothing to take back: nothing done yet, or what was done is out of its reach (saved before the
    window closed and something else was played since)."""
    if not session.state.completed:
        return NOTHING_TO_UNDO
    return "Nothing Undo can reach now: the answers before are saved."
