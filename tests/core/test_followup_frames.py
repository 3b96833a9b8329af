"""One follow-up frame, a few cards: a frame may open the follow-ups of so many cards, and is flagged past that."""

from __future__ import annotations

import pytest

from game.core.cards import Card, Deck
from game.core.deck_lint import lint
from game.core.followup_frames import FOLLOWUP_FRAMES, frame_findings
from game.storage.deck_files import deck_paths, load_decks
from game.storage.paths import builtin_decks_dir


def card(card_id: str, *followups: str, deck_id: str = "ours", text: str = "What do you keep for best?") -> Card:
    return Card(deck_id, card_id, text, tags=("favourites",), followups=followups)


def asked(count: int, followup: str) -> list[Card]:
    """Cards, one to a deck, each following up with `followup` (frames are counted across the whole collection)."""
    return [card(f"c{n}", followup, deck_id=f"deck-{n}") for n in range(count)]


@pytest.mark.parametrize(
    ("frame", "followup"),
    [
        ("'How long…?'", "How long have you been holding that in?"),
        ("'Which bit did you…?'", "Which bit did you leave out?"),
        ("'What's the worst thing…?'", "What's the worst thing I've made you smell?"),
        ("'What's the best thing…?'", "What’s the best thing you've heard?"),
        ("'What should (could, can) I…?'", "What should I do when it's the sad one?"),
        ("'What should (could, can) I…?'", "What could I bring home that would always be right?"),
        ("'What should (could, can) I…?'", "How should I check, without breaking the spell?"),
        ("'Do you still…?'", "Does it still work, now I know?"),
        ("'Want…?'", "Want to know what gave you away?"),
        ("an offer to do better", "Shall I start signing it?"),
        ("an offer to do better", "Should I stop, or is it ours now?"),
        ("an offer to do better", "Want me to say it plainly, for once?"),
        ("an offer to do better", "Do you want me to answer it, or just hear it?"),
        ("an offer to do better", "Would you like me to ask it one day, or never?"),
        ("an offer to do better", "Deal. I'll warm your side from now on."),
        ("an offer to do better", "From now on, I do it first. Deal?"),
    ],
)
def test_a_frame_is_quiet_at_its_cap_and_flagged_past_it(frame: str, followup: str) -> None:
    [allowed] = [allowed for what, _, allowed in FOLLOWUP_FRAMES if what.startswith(frame)]
    assert frame_findings(asked(allowed, followup)) == []
    flagged, message = next(found for found in frame_findings(asked(allowed + 1, followup)) if frame in found[1])
    kept = ", ".join(f"deck-{n}/c{n}" for n in range(allowed))
    assert flagged.id == f"c{allowed}" and frame in message and f"({kept})" in message


def test_a_frame_opening_a_later_sentence_counts() -> None:
    caught = card("caught", "Consider yourself caught. How long has this been going on?")
    assert [found.id for found, _ in frame_findings([*asked(3, "How long did it take?"), caught])] == ["caught"]


@pytest.mark.parametrize(
    "followup",
    [
        "Is it long, or short?",
        "So which bit of it did you keep?",
        "Tell me the worst thing first.",
        "I still do it, how about you?",
        "Why do you want me to hear it?",
        "Then when should I ask?",
        "Which one should I never try?",
        "Whoever it is: should the other just come over?",
        "From now on, you can text it to me, even if I'm sitting right there.",
        "That's me on your phone when I call, from now on.",
        "I'll tell you now. Then we move on.",
        "Tell me what I should say.",
        "What I could do is nod, if that helps.",
    ],
)
def test_the_same_words_elsewhere_in_a_sentence_are_no_frame(followup: str) -> None:
    assert frame_findings(asked(6, followup)) == []


def test_asking_the_listener_what_to_do_may_open_five_cards_follow_ups() -> None:
    [allowed] = [allowed for what, _, allowed in FOLLOWUP_FRAMES if what.startswith("'What should (could, can) I")]
    asks = ["What should I say?", "What could I bring?", "What can I do?", "How should I check?", "How can I help?"]
    cards = [card(f"c{n}", line, deck_id=f"deck-{n}") for n, line in enumerate(asks)]
    assert allowed == 5 and frame_findings(cards) == []
    assert [found.id for found, _ in frame_findings([*cards, card("extra", "What could I say instead?")])] == ["extra"]


def test_the_card_text_does_not_count() -> None:
    cards = [card(f"c{n}", "Who else knows?", text="How long have you kept it?") for n in range(6)]
    assert frame_findings(cards) == []


def test_the_lint_flags_frames_on_the_built_in_decks_only() -> None:
    decks = [Deck(f"deck-{n}", "Deck", (c,)) for n, c in enumerate(asked(4, "How long before it's a funny story?"))]
    assert [f.card_id for f in lint(decks) if "follow-up frame" in f.message] == ["c3"]
    assert [f for f in lint(decks, vocabulary=False) if "follow-up frame" in f.message] == []


def test_the_built_in_decks_keep_every_frame_to_its_cap() -> None:
    cards = [c for deck in load_decks(deck_paths(builtin_decks_dir())).decks for c in deck.cards]
    assert [(c.deck_id, c.id, message) for c, message in frame_findings(cards)] == []


def test_an_offer_to_do_better_may_close_three_cards_and_is_no_frame_for_a_question_about_the_one_who_answered() -> None:
    [allowed] = [allowed for what, _, allowed in FOLLOWUP_FRAMES if what.startswith("an offer to do better")]
    offers = ["Shall I stop, or is it ours now?", "Shall I explain it?", "Shall I say it plainly, for once?"]
    cards = [card(f"c{n}", line, deck_id=f"deck-{n}") for n, line in enumerate(offers)]
    assert allowed == 3 and frame_findings(cards) == []
    promise = card("promise", "From now on, I leave the light on. Deal?")
    curious = card("curious", "Who used to leave the light on for you, before me?")
    assert [found.id for found, _ in frame_findings([*cards, promise, curious])] == ["promise"]
