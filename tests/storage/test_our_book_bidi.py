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
