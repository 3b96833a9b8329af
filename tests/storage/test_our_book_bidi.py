"""Our book isolates a couple's own words, so right-to-left names and answers cannot reorder the page around them."""

from __future__ import annotations

import re

from game.storage.our_book import render_book

RLO = "\u202e"
EXPORT = {
    "couples": [
        {
            "players": [{"seat": 0, "name": "נועה\u200f"}, {"seat": 1, "name": f"Sam{RLO}"}],
            "memories": [
                {
                    "owner": 0,
                    "deck_id": "d",
                    "card_id": "c",
                    "history": [
                        {"answer": "چای با هل", "at": "2026-11-01T10:00:00+00:00"},
                        {"answer": f"قهوه{RLO} with oat milk ☕", "at": "2026-11-20T10:00:00+00:00"},
                    ],
                }
            ],
        }
    ]
}


def test_names_and_answers_are_isolated_from_the_page_around_them() -> None:
    page = render_book(EXPORT, {("d", "c"): ("Details", "How does {name} take their tea?")})
    assert "<h1><bdi>נועה\u200f</bdi> &amp; <bdi>Sam\u202e</bdi></h1>" in page
    assert "<h2><bdi>נועה\u200f</bdi>, in <bdi>נועה\u200f</bdi>'s words</h2>" in page
    assert '<div class="answer" dir="auto">قهوه\u202e with oat milk ☕</div>' in page
    assert '<div class="question" dir="auto">' in page
    history = re.search(r'<div class="history">(.*?)</div>', page)
    assert history is not None
    assert history.group(1).count("<bdi>") == 2  # each earlier answer on its own


def _outside_isolates(html_text: str) -> str:
    """The page with every <bdi>…</bdi> and every answer (a block of its own, dir="auto") taken out:
    what is left must hold no bidi control from a name."""
    return re.sub(r'<bdi>.*?</bdi>|<div class="answer" dir="auto">.*?</div>', "", html_text, flags=re.S)


def test_a_name_in_the_middle_of_a_question_is_isolated_too() -> None:
    couple = {
        **EXPORT["couples"][0],
        "memories": [{**EXPORT["couples"][0]["memories"][0], "owner": 1}],
        "sessions": [{"started_at": "2026-11-02T10:00:00+00:00", "starred": ["d/c"]}],
    }
    questions = {("d", "c"): ("Details", "How does {name} take {partner}'s tea, 2 sugars?")}
    page = render_book({"couples": [couple]}, questions)
    question = re.search(r'<div class="question" dir="auto">(.*?)</div>', page)
    assert question is not None
    assert question.group(1) == (
        "What did <bdi>Sam\u202e</bdi> answer to: How does <bdi>Sam\u202e</bdi> take <bdi>נועה\u200f</bdi>&#x27;s tea, 2 sugars?"
    )
    starred = re.search(r"<li>⭐ (.*?) <span", page)
    assert starred is not None and "<bdi>נועה\u200f</bdi>" in starred.group(1)
    assert RLO not in _outside_isolates(page)
    assert "\u200f" not in _outside_isolates(page)


def test_a_card_text_holding_the_stand_in_characters_is_only_escaped() -> None:
    page = render_book(EXPORT, {("d", "c"): ("Details", "Odd \ufdd0 text <b> for {name}")})
    question = re.search(r'<div class="question" dir="auto">(.*?)</div>', page)
    assert question is not None
    assert question.group(1) == "What did נועה\u200f answer to: Odd \ufdd0 text &lt;b&gt; for נועה\u200f"


def test_playbook_titles_intros_and_prompts_isolate_names() -> None:
    couple = {
        **EXPORT["couples"][0],
        "id": 3,
        "memories": [],
        "playbook": [
            {
                "seat": 1,
                "name": f"Sam{RLO}",
                "title": f"Sam{RLO}'s playbook",
                "sections": [
                    {
                        "title": "When it's a hard day",
                        "lines": [
                            {
                                "prompt": f"What helps Sam{RLO} when נועה\u200f is away? (Samuel is a friend)",
                                "answer": "A walk",
                                "said": "2026-11-01T10:00:00+00:00",
                            }
                        ],
                    }
                ],
            }
        ],
    }
    page = render_book({"couples": [couple]}, {})
    assert f'<h2 dir="auto"><bdi>Sam{RLO}</bdi>&#x27;s playbook</h2>' in page
    prompt = f"What helps <bdi>Sam{RLO}</bdi> when <bdi>נועה\u200f</bdi> is away? (Samuel is a friend)"
    assert f'<div class="prompt" dir="auto">{prompt}</div>' in page
    assert RLO not in _outside_isolates(page)
