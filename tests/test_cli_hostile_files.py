"""Hostile files met from the command line: each is one located sentence and exit 1, never a traceback or a hang.

The pipes and links are made here, at run time: git keeps neither. Every command runs in a
child process with a timeout, so a hang fails the test instead of stalling the run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from game.storage.deck_files import DeckError, deck_paths, load_deck_file, load_decks, read_regular_file

REPO = Path(__file__).resolve().parents[1]
BROKEN = REPO / "tests" / "decks" / "broken"
TIMEOUT = 60  # generous: only a hang gets near it

posix_only = pytest.mark.skipif(os.name != "posix", reason="named pipes and /dev/zero are POSIX")

GOOD = "format: 1\nid: linked\nname: Linked\ncards:\n  - id: coffee\n    text: How do you take your coffee?\n"

HOSTILE_YAML = [
    "int-binary-underscore.yaml",
    "int-hex-underscore.yaml",
    "int-negative-hex-underscore.yaml",
    "int-tag-empty.yaml",
    "int-tag-letters.yaml",
    "float-tag-letters.yaml",
    "alias-chain-1400-deep.yaml",
    "nul-escape-in-text.yaml",
    "nul-escape-in-deck-name.yaml",
]


def kindred(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if key != "KINDRED_DATA_DIR"}
    environment.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share"))
    try:
        done = subprocess.run(
            [sys.executable, "main.py", *args],
            cwd=REPO,
            env=environment,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"`{' '.join(args)}` did not finish within {TIMEOUT} s (a hang)")
    assert "Traceback" not in done.stdout + done.stderr, done.stdout + done.stderr
    return done


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    return path


@pytest.fixture
def specials(tmp_path: Path) -> dict[str, Path]:
    """A named pipe, links to /dev/zero and a folder dressed as deck files, and a link to a good deck."""
    folder = tmp_path / "specials"
    folder.mkdir()
    made = {name: folder / name for name in ("pipe.yaml", "pipe.txt", "zero.yaml", "zero.txt", "folder.yaml", "good.yaml")}
    os.mkfifo(made["pipe.yaml"])
    os.mkfifo(made["pipe.txt"])
    made["zero.yaml"].symlink_to("/dev/zero")
    made["zero.txt"].symlink_to("/dev/zero")
    (tmp_path / "real-folder").mkdir()
    made["folder.yaml"].symlink_to(tmp_path / "real-folder")
    (tmp_path / "real-good.yaml").write_text(GOOD, encoding="utf-8")
    made["good.yaml"].symlink_to(tmp_path / "real-good.yaml")
    return made


@pytest.mark.parametrize("name", HOSTILE_YAML)
def test_deck_validate_gives_a_located_sentence_and_exit_1_for_hostile_yaml(name: str, home: Path) -> None:
    done = kindred("deck", "validate", str(BROKEN / name), home=home)
    assert done.returncode == 1
    [line] = done.stdout.splitlines()
    assert line.startswith(f"{BROKEN / name}:") and line.count(":") >= 3


@posix_only
@pytest.mark.parametrize(
    ("name", "what"),
    [("pipe.yaml", "a named pipe (FIFO)"), ("zero.yaml", "a device"), ("folder.yaml", "a folder")],
)
def test_deck_validate_refuses_what_is_not_a_file_without_reading_it(
    name: str, what: str, home: Path, specials: dict[str, Path]
) -> None:
    done = kindred("deck", "validate", str(specials[name]), home=home)
    assert done.returncode == 1
    assert done.stdout.splitlines() == [f"{specials[name]}:1:1: this is {what}, not a file: only ordinary files are read"]


@posix_only
@pytest.mark.parametrize("name", ["pipe.yaml", "pipe.txt", "zero.yaml", "zero.txt"])
def test_deck_import_refuses_a_pipe_or_a_device_into_the_folder_and_into_a_file(
    name: str, home: Path, specials: dict[str, Path], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    into_folder = kindred("--data-dir", str(data), "deck", "import", str(specials[name]), home=home)
    into_file = kindred("--data-dir", str(data), "deck", "import", str(specials[name]), "-o", str(tmp_path / "out.yaml"), home=home)
    for done in (into_folder, into_file):
        assert done.returncode == 1
        assert "not a file: only ordinary files are read" in done.stderr
    assert not (tmp_path / "out.yaml").exists()
    assert not (data / "decks").exists() or not list((data / "decks").iterdir())


@posix_only
def test_a_link_to_a_real_deck_is_followed(specials: dict[str, Path]) -> None:
    assert load_deck_file(specials["good.yaml"]).deck.id == "linked"


@posix_only
def test_the_decks_folder_names_each_pipe_or_device_and_keeps_the_good_deck(specials: dict[str, Path]) -> None:
    found = load_decks(deck_paths(specials["good.yaml"].parent))
    assert [deck.id for deck in found.decks] == ["linked"]
    assert sorted(Path(problem.path).name for problem in found.problems) == ["pipe.yaml", "zero.yaml"]  # a folder is no deck
    assert all("not a file" in problem.message for problem in found.problems)


def test_a_file_over_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "grown.yaml"
    path.write_bytes(b"#" * 100)
    with pytest.raises(DeckError, match="at most 5 MB"):
        read_regular_file(path, "grown.yaml", limit=50)


def test_a_deck_full_of_mistakes_is_named_by_its_first_lines_and_the_rest_are_counted(tmp_path: Path, home: Path) -> None:
    path = tmp_path / "ours.yaml"
    cards = "".join(f"  - {{id: c{i}, text: Hi, qiuz: x, level: 7}}\n" for i in range(1_000))
    path.write_text("format: 1\nid: ours\nname: Ours\ncards:\n" + cards, encoding="utf-8")
    first = "{}:5:24: unknown field 'qiuz' (did you mean 'quiz'?)"
    rest = "{}:105:26: …and 1,800 more problems from here on; fix these and check again"

    validated = kindred("deck", "validate", str(path), home=home)
    imported = kindred("deck", "import", str(path), home=home)

    # both name the file as it was given (the window names it by its name)
    for done, said, name in ((validated, validated.stdout, str(path)), (imported, imported.stderr, str(path))):
        lines = said.splitlines()
        assert done.returncode == 1
        assert (lines[0], lines[-1], len(lines)) == (first.format(name), rest.format(name), 201)
