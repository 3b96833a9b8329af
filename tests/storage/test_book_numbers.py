"""Our book's numbers are Our story's, from the same computation; where the book leaves answers kept just between
the couple out, it says so beside them. Its questions are put as the quiz puts them, so "my" is never unclear."""

from __future__ import annotations

import re

import pytest

from game.core.story_charts import CATEGORIES, story_charts
from game.storage.exporting import export_text
from tests.story_history import played_store

NOTE = "Not counting the 1 answer kept just between you, which stays out of this book; Our story counts it."


@pytest.fixture
def played(tmp_path):
    with played_store(tmp_path / "data") as played:
        yield played


def percent(value: float | None) -> str:
    return "—" if value is None else f"{round(value * 100)}%"


def numbers(page: str) -> dict[str, str]:
    """Every number the book says about knowing and being in sync, by what it counts."""
    found = {}
    for who, trivia, understanding in re.findall(
        r"<bdi>(\w+)</bdi> knows <bdi>\w+</bdi>: trivia (\S+), understanding (\S+?)\.", page
    ):
        found[f"{who} trivia"], found[f"{who} understanding"] = trivia, understanding
    hits, made, share = re.search(r"In sync on (\d+) of (\d+) \((\d+%)\): how often", page).groups()
    found["in sync"] = f"{hits} of {made} ({share})"
    latest = re.search(r"On the latest evening: ([^.]*)\.", page).group(1)
    for label, value in re.findall(r"(scenarios|who&#x27;s more likely) (\d+%)", latest):
        found[label.replace("&#x27;", "'")] = value
    for label, value in re.findall(r">(Scenarios|Who&#x27;s more likely) (\d+%)</text>", page):  # beside each line's end
        assert found[label.lower().replace("&#x27;", "'")] == value
    return found


def window_numbers(charts) -> dict[str, str]:
    """The same numbers as Our story draws them: each line's last value, and the in-sync heading."""
    found = {}
    for seat, who in enumerate(("Ama", "Kofi")):
        for category in CATEGORIES:
            found[f"{who} {category}"] = percent(charts.knowing.line(seat, category).last)
    hits, made = charts.in_sync.total
    found["in sync"] = f"{hits} of {made} ({percent(hits / made)})"
    for label, kind in (("scenarios", "scenario"), ("who's more likely", "who")):
        if charts.in_sync.latest(kind) is not None:
            found[label] = percent(charts.in_sync.latest(kind))
    return found


def book(store, services, clock) -> str:
    return export_text(store, services.decks(), clock.now, include_private=False, book=True)


def test_every_number_in_the_book_is_the_one_our_story_shows(played):
    store, services, couple, clock = played
    page = book(store, services, clock)
    said = numbers(page)
    assert said == window_numbers(services.story_charts(couple))
    assert {"Ama trivia", "Kofi understanding", "in sync", "scenarios"} <= set(said)
    assert "just between you" not in page


def test_with_an_answer_kept_between_us_the_book_counts_without_it_and_says_so_beside_the_numbers(played):
    store, services, couple, clock = played
    quizzed = next(review.memory for review in store.memories.reviews(couple.id))
    services.set_private(couple, quizzed, True)
    page = book(store, services, clock)
    # Our story's own computation over the answers the book holds: everything but the one kept between them.
    memories = {key: memory for key, memory in store.memories.all(couple.id).items() if key != quizzed}
    reviews = [review for review in store.memories.reviews(couple.id) if review.memory != quizzed]
    turns = store.sessions.turns(couple.id)
    held = story_charts(
        memories, reviews, services.memory_decks(couple), turns, services.consent(couple), clock.now.astimezone().tzinfo
    )
    knowing = {key: value for key, value in numbers(page).items() if "trivia" in key or "understanding" in key}
    assert knowing == {key: value for key, value in window_numbers(held).items() if key in knowing} and knowing
    caption = re.search(r'id="chart-couple-\d+-knowing".*?<figcaption>(.*?)</figcaption>', page, re.S).group(1)
    assert caption.endswith(NOTE)  # beside the numbers it changes
    assert "(and 1 kept just between you, which stays out of this book)." in page
    assert page.count(NOTE) == 6  # each figure says it, in its caption and its text alternative


def test_a_question_that_says_my_is_printed_as_the_quiz_puts_it(tmp_path):
    from game.core.cards import Deck, card_from_data
    from game.storage.our_book import render_book

    fib = card_from_data(
        "trust",
        {
            "id": "fib",
            "kind": "ask",
            "level": 2,
            "text": "Which of my kind little fibs do you never quite believe?",
            "answer": "text",
            "quiz": "Which of {partner}'s kind little fibs does {name} never quite believe?",
        },
    )
    deck = Deck("trust", "Trust", (fib,))
    memory = {
        "owner": 1,
        "deck_id": "trust",
        "card_id": "fib",
        "history": [{"answer": "Go. I don't mind.", "at": "2026-12-07T21:00:00"}],
    }
    players = [{"seat": 0, "name": "Ama", "pronouns": "she"}, {"seat": 1, "name": "Kofi", "pronouns": "he"}]
    page = render_book(
        {"couples": [{"id": 1, "players": players, "memories": [memory]}]}, {("trust", "fib"): ("Trust", fib.text)}, decks=[deck]
    )
    question = re.search(r'<div class="question" dir="auto">(.*?)</div>', page).group(1)
    assert question == "Which of <bdi>Ama</bdi>&#x27;s kind little fibs does <bdi>Kofi</bdi> never quite believe?"
    assert "my kind" not in page
