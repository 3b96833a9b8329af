"""Reading the command line: the quick path for opening the game answers exactly as the whole parser."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from game import app

READABLE = [
    [],
    ["--data-dir", "somewhere"],
    ["--data-dir=somewhere", "--window", "1280x720", "--seed", "3", "--fullscreen"],
    ["--win", "1280x720", "--data", "deck"],
    ["--fullscreen", "--fullscreen", "--seed", "1", "--seed=-2"],
    ["--seed", "-5", "--data-dir", "-"],
    ["--data-dir=", "--window=1920X1080"],
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
    ["--seed="],
    ["--fullscreen=yes"],
    ["--data-dir", "--fullscreen"],
    ["bogus"],
    ["deck"],
    ["--data-dir", "x", "--bogus"],
    ["--", "erase"],
]


def whole(argv: list[str]) -> dict[str, object]:
    return vars(app.build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", READABLE)
def test_the_quick_parse_reads_what_the_whole_parser_reads(argv):
    assert vars(app.parse_args(argv)) == whole(argv)


@pytest.mark.parametrize("argv", REFUSED)
def test_help_version_and_mistakes_get_the_whole_parsers_answer(argv, capsys):
    with pytest.raises(SystemExit) as quick:
        app.parse_args(argv)
    said = capsys.readouterr()
    with pytest.raises(SystemExit) as full:
        app.build_parser().parse_args(argv)
    assert quick.value.code == full.value.code
    assert said == capsys.readouterr()
    assert said.out or said.err


OPTIONS = ["--data-dir", "--data-dir=x", "--data", "--seed", "--seed=7", "--fullscreen", "--full", "--window", "--window=9x9"]
WORDS = ["1280x720", "10x10", "3", "-3", "x", "-", "--", "", "a b", "deck", "list", "erase", "--yes", "-h"]
TOKENS = st.sampled_from([*OPTIONS, *WORDS])


@given(st.lists(TOKENS, max_size=6))
def test_the_quick_parse_never_reads_anything_differently(argv):
    try:
        expected: dict[str, object] | None = whole(argv)
    except SystemExit:
        expected = None
    quick = app._just_the_game(argv)
    assert quick is None or vars(quick) == expected


@pytest.mark.parametrize(
    ("argv", "seed"),
    [
        (["demo"], None),
        (["demo", "--seed", "7"], 7),
        (["--seed", "7", "demo"], 7),
        (["demo", "--seed=7", "--remove"], 7),
        (["--data-dir", "x", "demo", "--seed", "7"], 7),
    ],
)
def test_demo_takes_its_seed_before_or_after_the_command_as_the_readme_shows_it(argv, seed):
    """README's table says `demo [--seed N]`: the seed after the command is read, and so is one before it."""
    args = app.parse_args(argv)
    assert args.command == "demo" and args.seed == seed
