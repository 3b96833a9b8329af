"""The command line, run as a user runs it: `python main.py ...` in a child process, data in tmp_path."""

from __future__ import annotations

import io
import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from game import __version__
from game.storage.deck_files import load_deck_file

REPO = Path(__file__).resolve().parents[1]
BROKEN = REPO / "tests" / "decks" / "broken"
BUILTIN = sorted((REPO / "decks").glob("*.yaml"))
PROBLEM_LINE = re.compile(r"^(?P<file>.+):(?P<line>\d+):(?P<col>\d+): (?P<message>\S.*)$")

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A home folder of its own, so nothing can reach the real user data folder."""
    path = tmp_path / "home"
    path.mkdir()
    return path


def kindred(
    *args: str, home: Path, env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if key != "KINDRED_DATA_DIR"}
    environment.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share"), **(env or {}))
    done = subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=REPO,
        env=environment,
        input=stdin,
        stdin=subprocess.DEVNULL if stdin is None else None,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in done.stdout + done.stderr, done.stdout + done.stderr
    return done


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# --- --version and --help ---


def test_version_prints_the_version(home: Path) -> None:
    done = kindred("--version", home=home)
    assert done.returncode == 0
    assert done.stdout.strip() == f"Kindred {__version__}"


def test_help_names_the_commands_and_the_data_folder_option(home: Path) -> None:
    done = kindred("--help", home=home)
    assert done.returncode == 0
    for word in ("deck", "export", "erase", "--data-dir", "--seed", "--version", "KINDRED_DATA_DIR"):
        assert word in done.stdout


def test_deck_help_lists_its_actions(home: Path) -> None:
    done = kindred("deck", "--help", home=home)
    assert done.returncode == 0
    for action in ("validate", "list", "new", "export"):
        assert action in done.stdout


# --- deck validate ---


def test_validate_good_decks_exits_0(home: Path) -> None:
    done = kindred("deck", "validate", *(str(path) for path in BUILTIN), home=home)
    assert done.returncode == 0, done.stdout
    assert f"{len(BUILTIN)} decks valid" in done.stdout


def test_validate_a_broken_deck_prints_file_line_col_message_and_exits_1(home: Path) -> None:
    broken = "tests/decks/broken/unknown-field-typo.yaml"
    done = kindred("deck", "validate", broken, home=home)
    assert done.returncode == 1
    assert done.stdout.splitlines() == [f"{broken}:8:5: unknown field 'qiuz' (did you mean 'quiz'?)"]


def test_validate_lists_every_problem_of_every_file_one_per_line(home: Path) -> None:
    corpus = sorted(str(path.relative_to(REPO)) for path in BROKEN.glob("*.yaml"))
    good = str(BUILTIN[0].relative_to(REPO))
    done = kindred("deck", "validate", good, *corpus, home=home)
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert lines and all(PROBLEM_LINE.match(line) for line in lines), [line for line in lines if not PROBLEM_LINE.match(line)]
    named = {PROBLEM_LINE.match(line)["file"] for line in lines}  # type: ignore[index]
    assert named == set(corpus)
    assert any(line.startswith("tests/decks/broken/many-problems.yaml:15:14: ") for line in lines)
    assert sum(line.startswith("tests/decks/broken/many-problems.yaml:") for line in lines) == 5


def test_validate_a_good_and_a_broken_deck_exits_1(home: Path) -> None:
    done = kindred("deck", "validate", str(BUILTIN[0]), str(BROKEN / "format-2.yaml"), home=home)
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        f"{BROKEN / 'format-2.yaml'}:1:9: format 2 is newer than this game knows (1); update Kindred"
    ]


def test_validate_a_missing_file_says_so_clearly_and_exits_1(home: Path, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-deck.yaml"
    done = kindred("deck", "validate", str(missing), home=home)
    assert done.returncode == 1
    [line] = done.stdout.splitlines()
    assert line.startswith(f"{missing}:1:1: cannot read the file")
    assert "No such file" in line


def test_validate_strict_reports_lint_findings_as_file_line_col(home: Path, tmp_path: Path) -> None:
    deck = tmp_path / "gendered.yaml"
    deck.write_text(
        "format: 1\nid: gendered\nname: Gendered\ncards:\n"
        "  - id: a\n    level: 1\n    tags: [favourites]\n    text: What does she love?\n"
        "  - id: b\n    level: 2\n    tags: [hopes]\n    text: Where would you go?\n"
        "  - id: c\n    level: 3\n    tags: [fears]\n    text: What do you fear?\n",
        encoding="utf-8",
    )
    assert kindred("deck", "validate", str(deck), home=home).returncode == 0
    done = kindred("deck", "validate", "--strict", str(deck), home=home)
    assert done.returncode == 1
    assert done.stdout.splitlines() == [f"{deck}:5:1: gendered wording 'she': Kindred assumes no genders"]
    untagged = tmp_path / "untagged.yaml"
    untagged.write_text(deck.read_text(encoding="utf-8").replace("    tags: [hopes]\n", ""), encoding="utf-8")
    done = kindred("deck", "validate", "--strict", str(untagged), home=home)
    assert f"{untagged}:9:1: no theme tag: add one from the vocabulary in docs/DECKS.md (like favourites, fears, rituals)" in (
        done.stdout.splitlines()
    )


# --- deck new, list, export ---


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"  # does not exist yet, as on a first start


def test_deck_new_writes_a_valid_deck_with_the_schema_line(home: Path, data: Path) -> None:
    done = kindred("--data-dir", str(data), "deck", "new", "Zoë's Deck", home=home)
    assert done.returncode == 0, done.stderr
    path = data / "decks" / "zoe-s-deck.yaml"
    assert str(path) in done.stdout
    first_line = path.read_text(encoding="utf-8").splitlines()[0]
    assert first_line == "# yaml-language-server: $schema=deck.schema.json"  # relative: works on any machine
    copy = path.parent / "deck.schema.json"
    assert copy.read_bytes() == (REPO / "decks" / "deck.schema.json").read_bytes()
    deck = load_deck_file(path).deck
    assert (deck.id, deck.name) == ("zoe-s-deck", "Zoë's Deck")
    assert kindred("deck", "validate", str(path), home=home).returncode == 0


def test_deck_new_refuses_to_overwrite(home: Path, data: Path) -> None:
    assert kindred("--data-dir", str(data), "deck", "new", "Zoë's Deck", home=home).returncode == 0
    path = data / "decks" / "zoe-s-deck.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "# our own edits\n", encoding="utf-8")
    edited = path.read_bytes()

    done = kindred("--data-dir", str(data), "deck", "new", "Zoë's Deck", home=home)

    assert done.returncode == 1
    assert "already exists" in done.stderr
    assert path.read_bytes() == edited


def test_deck_list_shows_built_in_decks_and_ours(home: Path, data: Path) -> None:
    assert kindred("--data-dir", str(data), "deck", "new", "Zoë's Deck", home=home).returncode == 0
    (data / "decks" / "broken.yaml").write_bytes((BROKEN / "duplicate-card-ids.yaml").read_bytes())

    done = kindred("--data-dir", str(data), "deck", "list", home=home)

    assert done.returncode == 0
    builtin_part, _, ours_part = done.stdout.partition("Your decks")
    for path in BUILTIN:
        assert load_deck_file(path).deck.id in builtin_part
    assert "zoe-s-deck" in ours_part and "Zoë's Deck" in ours_part
    assert f"{data / 'decks' / 'broken.yaml'}:10:9: card id 'coffee' is used twice" in ours_part


def test_deck_export_writes_a_deck_that_validates_and_matches_the_original(home: Path, data: Path, tmp_path: Path) -> None:
    original = load_deck_file(BUILTIN[0]).deck
    target = tmp_path / "exported.yaml"

    done = kindred("--data-dir", str(data), "deck", "export", original.id, "-o", str(target), home=home)

    assert done.returncode == 0, done.stderr
    assert kindred("deck", "validate", str(target), home=home).returncode == 0
    exported = load_deck_file(target).deck
    assert exported.cards == original.cards
    assert (exported.id, exported.name, exported.description) == (original.id, original.name, original.description)


def test_deck_export_of_our_own_deck_and_of_an_unknown_id(home: Path, data: Path, tmp_path: Path) -> None:
    assert kindred("--data-dir", str(data), "deck", "new", "Zoë's Deck", home=home).returncode == 0
    target = tmp_path / "ours.yaml"
    assert kindred("--data-dir", str(data), "deck", "export", "zoe-s-deck", "-o", str(target), home=home).returncode == 0
    assert load_deck_file(target).deck.name == "Zoë's Deck"

    done = kindred("--data-dir", str(data), "deck", "export", "no-such-deck", home=home)
    assert done.returncode == 1
    assert "no-such-deck" in done.stderr and "zoe-s-deck" in done.stderr


# --- export, erase ---


def test_export_writes_json_with_a_format_key(home: Path, data: Path, tmp_path: Path) -> None:
    target = tmp_path / "everything.json"
    done = kindred("--data-dir", str(data), "export", str(target), home=home)
    assert done.returncode == 0, done.stderr
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert "format" in exported
    assert exported["couples"] == []
    assert done.stdout.startswith("Exported a copy: "), "just-between-us answers stay out: never 'everything'"


def test_erase_without_yes_and_no_answer_erases_nothing(home: Path, data: Path, tmp_path: Path) -> None:
    assert kindred("--data-dir", str(data), "export", str(tmp_path / "x.json"), home=home).returncode == 0
    assert kindred("--data-dir", str(data), "deck", "new", "Ours", home=home).returncode == 0
    before = sorted(path.relative_to(data) for path in data.rglob("*"))

    done = kindred("--data-dir", str(data), "erase", home=home)  # stdin is empty: no answer

    assert done.returncode == 1
    assert "Nothing was erased" in done.stdout
    assert sorted(path.relative_to(data) for path in data.rglob("*")) == before
    assert (data / "decks" / "ours.yaml").exists()


def test_erase_with_a_wrong_answer_erases_nothing(home: Path, data: Path) -> None:
    assert kindred("--data-dir", str(data), "deck", "new", "Ours", home=home).returncode == 0
    done = kindred("--data-dir", str(data), "erase", home=home, stdin="yes\n")
    assert done.returncode == 1
    assert (data / "decks" / "ours.yaml").exists()


def test_erase_yes_removes_the_data(home: Path, data: Path, tmp_path: Path) -> None:
    assert kindred("--data-dir", str(data), "export", str(tmp_path / "x.json"), home=home).returncode == 0
    assert kindred("--data-dir", str(data), "deck", "new", "Ours", home=home).returncode == 0
    assert (data / "kindred.db").exists()

    done = kindred("--data-dir", str(data), "erase", "--yes", home=home)

    assert done.returncode == 0, done.stderr
    assert not data.exists() or list(data.iterdir()) == []


def test_typing_erase_at_the_question_erases(home: Path, data: Path) -> None:
    assert kindred("--data-dir", str(data), "deck", "new", "Ours", home=home).returncode == 0
    done = kindred("--data-dir", str(data), "erase", home=home, stdin="erase\n")
    assert done.returncode == 0
    assert not (data / "decks").exists()


# --- KINDRED_DATA_DIR ---


def test_the_environment_variable_works_like_data_dir(home: Path, data: Path, tmp_path: Path) -> None:
    env = {"KINDRED_DATA_DIR": str(data)}
    assert kindred("deck", "new", "Zoë's Deck", home=home, env=env).returncode == 0
    assert (data / "decks" / "zoe-s-deck.yaml").exists()
    assert "zoe-s-deck" in kindred("deck", "list", home=home, env=env).stdout
    assert "zoe-s-deck" in kindred("--data-dir", str(data), "deck", "list", home=home).stdout
    assert kindred("export", str(tmp_path / "x.json"), home=home, env=env).returncode == 0
    assert (data / "kindred.db").exists()
    assert kindred("erase", "--yes", home=home, env=env).returncode == 0
    assert not (data / "decks").exists()
    assert list(home.rglob("*")) == [], "nothing may land in the home folder"


def test_data_dir_wins_over_the_environment_variable(home: Path, tmp_path: Path) -> None:
    chosen, ignored = tmp_path / "chosen", tmp_path / "ignored"
    done = kindred("--data-dir", str(chosen), "deck", "new", "Ours", home=home, env={"KINDRED_DATA_DIR": str(ignored)})
    assert done.returncode == 0
    assert (chosen / "decks" / "ours.yaml").exists()
    assert not ignored.exists()


# --- permissions ---


@posix_only
def test_deck_new_leaves_the_data_folder_private(home: Path, data: Path) -> None:
    assert kindred("--data-dir", str(data), "deck", "new", "Ours", home=home).returncode == 0
    assert mode(data) == 0o700
    assert mode(data / "decks") == 0o700
    assert mode(data / "decks" / "ours.yaml") == 0o600


@posix_only
def test_export_leaves_the_data_folder_private(home: Path, data: Path, tmp_path: Path) -> None:
    assert kindred("--data-dir", str(data), "export", str(tmp_path / "x.json"), home=home).returncode == 0
    assert mode(data) == 0o700
    assert mode(data / "kindred.db") == 0o600


@posix_only
def test_a_data_folder_several_levels_down_is_private_all_the_way(home: Path, tmp_path: Path) -> None:
    data = tmp_path / "a" / "b" / "data"
    assert kindred("--data-dir", str(data), "deck", "new", "Ours", home=home).returncode == 0
    assert [mode(folder) for folder in (tmp_path / "a", tmp_path / "a" / "b", data)] == [0o700] * 3


# --- demo ---


def test_demo_adds_a_sample_couple_whose_book_has_a_playbook_page_each_and_no_script(home: Path, tmp_path: Path) -> None:
    data = tmp_path / "D"
    made = kindred("--data-dir", str(data), "demo", home=home)
    assert made.returncode == 0, made.stderr
    assert "sample couple" in made.stdout and "a year of play" in made.stdout
    assert f"--data-dir {data} demo --remove" in made.stdout  # the hint to remove it names the same folder
    assert kindred("--data-dir", str(data), "export", str(data / "book.html"), home=home).returncode == 0
    assert kindred("--data-dir", str(data), "export", str(data / "all.json"), home=home).returncode == 0
    book = (data / "book.html").read_text(encoding="utf-8")
    assert len(re.findall(r'<section class="playbook" id="playbook-1-[01]">', book)) == 2
    assert "<script" not in book.lower() and book.count("<svg") >= 3  # Our story's figures, drawn from the sample year
    couple = json.loads((data / "all.json").read_text(encoding="utf-8"))["couples"][0]
    assert couple["settings"]["sample"] is True
    assert [page["name"] for page in couple["playbook"]] == ["Amara", "Kofi"]
    assert all(sum(len(section["lines"]) for section in page["sections"]) > 20 for page in couple["playbook"])
    assert len({turn["session"] for turn in couple["turns"]}) > 40  # about a year of weekly evenings


def test_demo_into_a_folder_it_cannot_write_says_so_in_a_sentence(home: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("not a folder", encoding="utf-8")
    done = kindred("--data-dir", str(blocked / "D"), "demo", home=home)
    assert done.returncode == 1 and str(blocked) in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_demo_remove_takes_away_the_sample_couple_and_only_it(home: Path, tmp_path: Path) -> None:
    data = tmp_path / "D"
    from datetime import UTC, datetime

    from game.demo import make_demo
    from game.storage.store import Store

    now = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)
    with Store.open(data, now) as store:
        store.couples.create([("Zoë", "#e07a5f"), ("Łukasz", "#3d9a8b")], now)
    make_demo(data, now, weeks=2)
    gone = kindred("--data-dir", str(data), "demo", "--remove", home=home)
    assert gone.returncode == 0 and "Removed the sample couple Amara & Kofi." in gone.stdout
    with Store.open(data, now) as store:
        assert [couple.name(0) for couple in store.couples.all()] == ["Zoë"]
        assert store.conn.execute("SELECT COUNT(*) FROM memories").fetchone()[0] == 0
    again = kindred("--data-dir", str(data), "demo", "--remove", home=home)
    assert again.returncode == 0 and "There is no sample couple here." in again.stdout


def test_demo_twice_keeps_one_sample_couple_and_remove_takes_it(home: Path, tmp_path: Path) -> None:
    data = tmp_path / "D"
    from datetime import UTC, datetime

    from game.demo import make_demo
    from game.storage.store import Store

    now = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)
    make_demo(data, now, weeks=2)
    with Store.open(data, now) as store:
        memories = store.conn.execute("SELECT COUNT(*) FROM memories").fetchone()[0]
    again = kindred("--data-dir", str(data), "demo", home=home)
    assert again.returncode == 0
    assert again.stdout.strip() == "The sample couple Amara & Kofi is already here; nothing was added."
    with Store.open(data, now) as store:
        assert len(store.couples.all()) == 1
        assert store.conn.execute("SELECT COUNT(*) FROM memories").fetchone()[0] == memories
    gone = kindred("--data-dir", str(data), "demo", "--remove", home=home)
    assert "Removed the sample couple Amara & Kofi." in gone.stdout


@pytest.mark.parametrize(
    "command",
    [
        ["deck", "list"],
        ["deck", "new", "Rainy"],
        ["deck", "export", "romance"],
        ["deck", "import", "x.txt"],
        ["export", "-"],
        ["demo"],
        ["demo", "--remove"],
        ["erase", "--yes"],
    ],
    ids=" ".join,
)
def test_a_data_dir_that_is_a_file_is_refused_by_every_command(home: Path, tmp_path: Path, command: list[str]) -> None:
    afile = tmp_path / "afile"
    afile.write_text("mine\n", encoding="utf-8")
    done = kindred("--data-dir", str(afile), *command, home=home)
    assert done.returncode == 1 and done.stdout == ""
    said = f"{afile} is a file, not a folder: choose a folder for Kindred's saved data. Nothing was changed.\n"
    assert done.stderr == said
    assert afile.read_text(encoding="utf-8") == "mine\n" and sorted(tmp_path.iterdir()) == [afile, home]


def test_a_data_dir_below_a_file_names_the_file(home: Path, tmp_path: Path) -> None:
    afile = tmp_path / "afile"
    afile.write_text("mine\n", encoding="utf-8")
    done = kindred("--data-dir", str(afile / "kindred"), "deck", "list", home=home)
    assert done.returncode == 1
    assert done.stderr.startswith(f"{afile} is a file, not a folder, so Kindred cannot keep its saved data in {afile / 'kindred'}")


@pytest.mark.parametrize(
    ("broken", "said"),
    [
        ("quote-closed-lines-later.yaml", '8:11: a quote opened on line 8 is never closed: end the text with " on that line'),
        ("single-quote-never-closed.yaml", "7:11: a quote opened on line 7 is never closed: end the text with ' on that line"),
        ("unclosed-quote.yaml", '6:11: a quote opened on line 6 is never closed: end the text with " on that line'),
        (
            "bad-indentation.yaml",
            "8:4: line 8 is indented differently from the rest of its card: line it up with the card's other lines",
        ),
        ("card-out-of-line.yaml", "8:4: line 8 is indented differently from the card above it: start its - in the same column"),
        ("colon-in-unquoted-value.yaml", "7:20: a colon inside a value: put the whole text in quotes"),
    ],
)
def test_a_yaml_mistake_is_said_in_plain_words_where_it_was_made(home: Path, broken: str, said: str) -> None:
    path = REPO / "tests" / "decks" / "broken" / broken
    done = kindred("deck", "validate", str(path), home=home)
    assert done.returncode == 1 and done.stdout == f"{path}:{said}\n"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_validate_strict_says_how_far_it_has_come_on_a_terminal_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from benchmarks.decks import big_deck_yaml
    from game import cli
    from game.core import near_duplicates

    monkeypatch.setattr(near_duplicates, "PROGRESS_EVERY", 100)
    path = tmp_path / "many.yaml"
    path.write_text(big_deck_yaml(40), encoding="utf-8")
    out, terminal, log = io.StringIO(), Terminal(), io.StringIO()
    assert cli.deck_validate([str(path)], True, out, terminal) == 1
    said = terminal.getvalue()
    assert said.startswith("\rLooking for cards nearly the same as another: ")
    assert said.split("\r")[-1] == "Looking for cards nearly the same as another: 100%\n" and said.count("\r") > 3
    assert cli.deck_validate([str(path)], True, io.StringIO(), log) == 1 and log.getvalue() == ""
    assert "nearly the same as generated/card-0" in out.getvalue()


def test_export_to_a_file_already_there_is_refused_without_force(home: Path, data: Path, tmp_path: Path) -> None:
    target = tmp_path / "ours.json"
    target.write_text("kept\n", encoding="utf-8")
    refused = kindred("--data-dir", str(data), "export", str(target), home=home)
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr == f"{target} is already there: add --force to replace it, or choose another name. Nothing was written.\n"
    assert target.read_text(encoding="utf-8") == "kept\n"
    done = kindred("--data-dir", str(data), "export", "--force", str(target), home=home)
    assert done.returncode == 0 and json.loads(target.read_text(encoding="utf-8"))["format"] == "kindred-export"
