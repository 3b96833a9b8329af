"""The JSON export's text (game.storage.json_text): the data json.dumps would give, laid out one record a line."""

from __future__ import annotations

import json
from typing import Any

from game.storage.json_text import RECORD_WIDTH, readable_json

TURN = {"session": 3, "number": 1, "seat": 0, "outcome": {"answers": {"0": "oat milk, no sugar"}, "verdict": "right"}}
DATA: dict[str, Any] = {
    "version": 1,
    "settings": {},
    "couples": [
        {
            "id": 1,
            "players": [{"seat": 0, "name": "Ama"}, {"seat": 1, "name": "Kofi"}],
            "turns": [TURN, {**TURN, "number": 2}],
            "memories": [{"owner": 1, "history": [{"answer": ["tea", "rain"], "at": "2026-01-02T19:30:00+00:00"}]}],
            "playbook": [{"owner": 0, "sections": [{"title": "When work swallows Kofi", "lines": ["x" * 300, "y" * 300]}]}],
            "starred": [],
        }
    ],
    7: None,
    "words": "Café, naïve, ça va — 💛",
}


def test_it_reads_back_as_the_very_data_json_dumps_writes() -> None:
    assert json.loads(readable_json(DATA)) == json.loads(json.dumps(DATA, ensure_ascii=False, indent=2))
    assert json.loads(readable_json([])) == [] and readable_json({}) == "{}" and readable_json("ok") == '"ok"'


def test_each_record_takes_one_line_and_a_long_one_is_laid_out() -> None:
    text = readable_json(DATA)
    lines = text.splitlines()
    assert lines[0] == "{" and lines[-1] == "}" and '"version": 1,' in lines[1]
    turn_lines = [line for line in lines if '"session": 3' in line]
    assert len(turn_lines) == 2 and all(line.startswith(" " * 8 + "{") for line in turn_lines)
    assert sum('"history"' in line for line in lines) == 1  # a memory with its history on one line
    assert all(len(line) < RECORD_WIDTH + 40 for line in lines if '"x' not in line and '"y' not in line)
    assert any(line.strip() == '"sections": [' for line in lines)  # a playbook page is longer than a line
    assert "Café, naïve, ça va — 💛" in text  # written as it is, not escaped


def test_a_record_line_is_what_json_dumps_writes_for_it() -> None:
    records = [
        {"n": 1.5, "big": 10**20, "not": float("inf"), "none": None, "yes": True, "words": 'naïve\u2028line "quoted" \\ 💛'},
        {"answers": {"0": ["tea", "rain"], "1": []}, "at": "2026-01-02T19:30:00+00:00"},
        ["a", 1, [2, {"b": ()}]],
    ]
    lines = readable_json({"couples": [{"turns": records}]}).split("\n")  # not splitlines: U+2028 is no line end in JSON
    for record in records:
        assert " " * 8 + json.dumps(record, ensure_ascii=False, separators=(", ", ": ")) in {line.rstrip(",") for line in lines}
