"""Our book's opening line counts the answers in words a couple would use: "1 thing", never "1 things"."""

from __future__ import annotations

from game.storage.our_book import render_book


def couple(answers: int) -> dict[str, object]:
    memory = {"owner": 0, "deck_id": "d", "card_id": "c", "history": [{"answer": "Tea", "at": "2026-11-24T19:30:00+00:00"}]}
    players = [{"seat": 0, "name": "Zoë"}, {"seat": 1, "name": "Łukasz"}]
    return {"id": 1, "players": players, "memories": [memory] * answers}


def test_one_answer_is_one_thing_and_more_are_things():
    questions = {("d", "c"): ("Sofa Nights", "How do you take your tea?")}
    assert "1 thing you have told each other" in render_book({"couples": [couple(1)]}, questions)
    assert "2 things you have told each other" in render_book({"couples": [couple(2)]}, questions)
