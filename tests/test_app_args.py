"""Reading the command line: the quick path for opening the game answers exactly as the whole parser."""

from __future__ import annotations

import pytest

from game import app

READABLE = [
    [],
    ["--data-dir", "somewhere"],
    ["--data-dir=somewhere", "--window", "1280x720", "--seed", "3", "--fullscreen"],
    ["--win", "1280x720", "--data", "deck"],
    ["--fullscreen", "--fullscreen", "--seed", "1", "--seed", "2"],
    ["deck", "list"],
    ["--seed", "2", "export", "-"],
    ["erase", "--yes"],
    ["deck", "validate", "a.yaml", "--strict"],
]
REFUSED = [
    ["--help"],
    ["-h"],
    ["--version"],
    ["--ver"],
    ["--window", "10x10"],
    ["--window", "big"],
    ["--seed"],
    ["--seed", "x"],
    ["bogus"],
    ["deck"],
    ["--data-dir", "x", "--bogus"],
    ["--", "erase"],
]


@pytest.mark.parametrize("argv", READABLE)
def test_the_quick_parse_reads_what_the_whole_parser_reads(argv):
    assert app.parse_args(argv) == app.build_parser().parse_args(argv)


@pytest.mark.parametrize("argv", REFUSED)
def test_help_version_and_mistakes_get_the_whole_parsers_answer(argv, capsys):
    with pytest.raises(SystemExit) as quick:
        app.parse_args(argv)
    said = capsys.readouterr()
    with pytest.raises(SystemExit) as whole:
        app.build_parser().parse_args(argv)
    assert quick.value.code == whole.value.code
    assert said == capsys.readouterr()
    assert said.out or said.err
