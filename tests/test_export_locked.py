"""Exporting with locked couples: each is opened by its own passphrase, and one lock never blocks another couple."""

from __future__ import annotations

import io
import json
import random
import subprocess
import sys
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from benchmarks.autoplay import next_command
from game import cli
from game.core.session import Session, SessionConfig
from game.core.session_commands import Answer
from game.services import GameServices
from game.storage.deck_files import deck_paths, load_decks
from game.storage.paths import builtin_decks_dir
from game.storage.store import Store

REPO = Path(__file__).resolve().parents[1]
COUPLES = {
    "first": (("Zoë", "#e07a5f"), ("Łukasz", "#3d9a8b"), "a long walk by the sea"),
    "second": (("Noa", "#c8784f"), ("Kiri", "#4f8cc8"), "rain on a tin roof"),
}


def play(store: Store, couple_id: int, words: str, now) -> None:
    decks = {deck.id: deck for deck in load_decks(deck_paths(builtin_decks_dir())).decks}
    config = SessionConfig(deck_ids=("favourite-details", "hopes-and-dreams"), length=20, seed=couple_id)
    session = Session(config, decks, store.memories.all(couple_id), store.memories.quizbook(couple_id))
    session_id = store.sessions.start(couple_id, session, now, session.begin(now))
    rng = random.Random(couple_id)
    while not session.ended:
        now += timedelta(minutes=1)
        command = next_command(session, rng)
        if isinstance(command, Answer) and session.current_card().answer_type.value == "text":
            command = replace(command, value=f"{words} {command.value}")
        store.sessions.record(couple_id, session_id, session, session.apply(command, now), now)


def two_locked_couples(root: Path, now) -> None:
    with Store.open(root, now) as store:
        for words, (one, two, passphrase) in COUPLES.items():
            couple = store.couples.create([one, two], now)
            play(store, couple.id, f"secret-{words}", now)
            store.locks.set_passphrase(couple.id, passphrase, now)


def kindred(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(root), *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def test_cli_export_opens_each_locked_couple_with_its_line_of_the_passphrase_file(data_root, now, tmp_path):
    two_locked_couples(data_root, now)
    passes = tmp_path / "passphrases.txt"
    passes.write_text("Noa & Kiri: rain on a tin roof\na long walk by the sea\n", encoding="utf-8")
    target = tmp_path / "all.json"
    done = kindred(data_root, "export", "--passphrase-file", str(passes), str(target))
    assert done.returncode == 0, done.stderr
    text = target.read_text(encoding="utf-8")
    assert "secret-first" in text and "secret-second" in text
    assert not any(couple.get("locked") for couple in json.loads(text)["couples"])


def test_cli_export_leaves_out_only_the_couple_whose_passphrase_was_not_given(data_root, now, tmp_path):
    two_locked_couples(data_root, now)
    passes = tmp_path / "passphrases.txt"
    passes.write_text("a long walk by the sea\r\n", encoding="utf-8")
    target = tmp_path / "all.json"
    done = kindred(data_root, "export", "--passphrase-file", str(passes), str(target))
    assert done.returncode == cli.LEFT_LOCKED == 3, done.stderr  # written, but the file did not open every couple
    data = json.loads(target.read_text(encoding="utf-8"))
    first, second = data["couples"]
    assert "secret-first" in json.dumps(first, ensure_ascii=False) and first["memories"]
    assert second["locked"] and "memories" not in second and "secret-second" not in target.read_text(encoding="utf-8")
    assert [p["name"] for p in second["players"]] == ["Noa", "Kiri"]
    assert done.stderr == (
        "Noa & Kiri are locked with a passphrase and were left out (only their names are in the export): "
        f"no line of {passes} opened their lock.\n"
    )
    assert "Zoë & Łukasz" not in done.stderr


def test_a_passphrase_file_line_with_a_space_at_its_end_is_kept_as_it_is_and_pointed_out(data_root, now, tmp_path):
    """Playtest D, finding 12: a line with a trailing space left the couple out with "Give their passphrase … with
    --passphrase-file", though a file was given, and the exit status was 0."""
    two_locked_couples(data_root, now)
    passes = tmp_path / "passphrases.txt"
    passes.write_text("Zoë & Łukasz: a long walk by the sea\nNoa & Kiri: rain on a tin roof \n", encoding="utf-8")
    target = tmp_path / "all.json"
    done = kindred(data_root, "export", "--passphrase-file", str(passes), str(target))
    assert done.returncode == 3
    assert done.stderr == (
        "Noa & Kiri are locked with a passphrase and were left out (only their names are in the export): "
        f"no line of {passes} opened their lock. Check for a space at the start or end of its line: it is part of the "
        "passphrase.\n"
    )
    assert "--passphrase-file" not in done.stderr and "Give their passphrase" not in done.stderr
    assert json.loads(target.read_text(encoding="utf-8"))["couples"][1]["locked"]  # the space is never stripped
    passes.write_text("Zoë & Łukasz: a long walk by the sea\nNoa & Kiri: rain on a tin roof\n", encoding="utf-8")
    again = kindred(data_root, "export", "--force", "--passphrase-file", str(passes), str(target))
    assert again.returncode == 0 and again.stderr == ""


def test_a_passphrase_typed_at_the_prompt_that_never_opens_says_so_points_at_a_space_and_is_not_0(data_root, now, tmp_path):
    two_locked_couples(data_root, now)
    asked: list[str] = []
    answers = iter(["a long walk by the sea", "rain on a tin roof ", "rain on a tin rooof", "rain"])

    def ask(prompt: str) -> str:
        asked.append(prompt)
        return next(answers)

    out, err = io.StringIO(), io.StringIO()
    assert cli.export(data_root, str(tmp_path / "all.json"), now, out, err, ask=ask) == 3
    assert asked[2].startswith("That did not open it. Check for a space at the start or end. Passphrase for Noa & Kiri")
    assert asked[3].startswith("That did not open it. Passphrase for Noa & Kiri")  # the last one had no space
    assert err.getvalue() == (
        "Noa & Kiri are locked with a passphrase and were left out (only their names are in the export): the passphrase "
        "given did not open their lock. Check for a space at the start or end.\n"
    )


def test_cli_export_without_a_terminal_or_a_file_exports_what_is_open_and_says_what_was_left_out(data_root, now, tmp_path):
    two_locked_couples(data_root, now)
    with Store.open(data_root, now) as store:
        store.couples.create([("Ama", "#aa7755"), ("Bo", "#5577aa")], now)
    target = tmp_path / "book.html"
    done = kindred(data_root, "export", str(target))
    assert done.returncode == 0, done.stderr
    book = target.read_text(encoding="utf-8")
    assert "<bdi>Ama</bdi> &amp; <bdi>Bo</bdi>" in book and "Locked with a passphrase" in book and "secret-" not in book
    assert "Zoë & Łukasz are locked" in done.stderr and "Noa & Kiri are locked" in done.stderr


def test_cli_export_asks_for_each_passphrase_when_someone_can_answer(data_root, now, tmp_path):
    two_locked_couples(data_root, now)
    asked: list[str] = []
    answers = iter(["not it", "a long walk by the sea", ""])

    def ask(prompt: str) -> str:
        asked.append(prompt)
        return next(answers)

    target = tmp_path / "all.json"
    out, err = io.StringIO(), io.StringIO()
    assert cli.export(data_root, str(target), now, out, err, ask=ask) == 0
    assert "Zoë & Łukasz" in asked[0] and asked[1].startswith("That did not open it.") and "Noa & Kiri" in asked[2]
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["couples"][0]["memories"] and data["couples"][1]["locked"]
    assert "Noa & Kiri are locked" in err.getvalue()


def test_cli_export_with_a_passphrase_file_it_cannot_read_names_it(data_root, now, tmp_path):
    two_locked_couples(data_root, now)
    done = kindred(data_root, "export", "--passphrase-file", str(tmp_path / "nowhere.txt"), str(tmp_path / "x.json"))
    assert done.returncode == 1
    assert "nowhere.txt" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "x.json").exists()


def test_in_game_export_with_another_locked_couple_does_not_crash(data_root, now):
    two_locked_couples(data_root, now)
    with Store.open(data_root, now) as store:
        assert store.locks.unlock(1, "a long walk by the sea")
        written = GameServices(store, data_root, clock=lambda: now).export_everything(include_private=False)
    data = json.loads(Path(next(path for path in written if path.endswith(".json"))).read_text(encoding="utf-8"))
    first, second = data["couples"]
    assert first["memories"] and second["locked"]
    assert "secret-second" not in Path(written[1]).read_text(encoding="utf-8")
