"""A guess judged again after "That's changed" is kept so: the review read by Our story and the love map says what
the quiz now says, and Undo (even after the window closed) puts the first verdict back."""

from __future__ import annotations

from datetime import datetime, timedelta

from game.core.answers import Verdict
from game.core.cards import deck_from_data
from game.core.memories import MemoryKey
from game.core.session import Mode, Phase, Session, SessionConfig
from game.core.session_state import state_from_json
from game.storage.store import Store
from tests.storage.test_store import recorded, store  # noqa: F401  (the fixture)

HUG, BAG = "Hug first, story later", "Leave me be till my bag's down"
DECK = deck_from_data(
    {
        "id": "c",
        "name": "C",
        "cards": [
            {
                "id": "home",
                "text": "After a brutal day, what do you want when you get home?",
                "answer": "choice",
                "options": [HUG, BAG, "Food, then talk"],
                "quiz": "What does {name} want after a brutal day?",
            }
        ],
    }
)


def test_changed_to_the_guess_rewrites_the_kept_verdict_and_undo_puts_it_back(store: Store, now: datetime) -> None:  # noqa: F811
    couple, session_id, session = recorded(store, now, {"c": DECK}, deck_ids=("c",), length=1, quizzes=False)
    store.sessions.record(couple.id, session_id, session, session.answer(HUG, now), now)  # Ama's answer
    key = MemoryKey(0, "c", "home")
    later = now + timedelta(days=3)
    quiz = Session(
        SessionConfig(mode=Mode.QUIZ, deck_ids=("c",), length=None),
        {"c": DECK},
        store.memories.all(couple.id),
        store.memories.quizbook(couple.id),
    )
    quiz_id = store.sessions.start(couple.id, quiz, later, quiz.begin(later))
    assert quiz.phase is Phase.GUESS
    store.sessions.record(couple.id, quiz_id, quiz, quiz.guess(BAG, later), later)  # Kofi's guess
    assert [review.verdict for review in store.memories.reviews(couple.id)] == [Verdict.NOT_QUITE]
    missed = store.memories.quizbook(couple.id).get(key, 1)

    store.sessions.record(couple.id, quiz_id, quiz, quiz.update_memory(key, BAG, later), later)
    reviews = store.memories.reviews(couple.id)
    assert [(review.guess, review.verdict, review.at) for review in reviews] == [(BAG, Verdict.GOT_IT, later)]
    schedule = store.memories.quizbook(couple.id).get(key, 1)
    assert schedule is not None and schedule.last_review == later and schedule.due > later

    saved = quiz.to_json()  # the window closed and opened again: the kept steps still reach the change
    memories, book = store.memories.all(couple.id), store.memories.quizbook(couple.id)
    reopened = Session(quiz.config, {"c": DECK}, memories, book, state_from_json(saved), undo=saved["undo"])
    assert reopened.can_undo()
    store.sessions.record(couple.id, quiz_id, reopened, reopened.undo(later), later)
    assert [review.verdict for review in store.memories.reviews(couple.id)] == [Verdict.NOT_QUITE]
    assert store.memories.quizbook(couple.id).get(key, 1) == missed
    assert store.memories.all(couple.id)[key].answer == HUG
