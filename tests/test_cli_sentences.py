"""File errors from the command line are one plain sentence naming the path, and nothing printed from a file
can drive the terminal. The tests run as root, where permissions do not bite, so the errors are injected."""

from __future__ import annotations

import errno
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest

from game import cli
from game.cli_text import shown

NOW = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)
EVIL = 'format: 1\nid: evil\nname: "\\e[2J\\e]0;owned\\a\\e[31mEvil\\x9b1m \\u202eevil\\r"\ncards:\n  - {id: a, text: Hi}\n'


def run(command: str, root: Path, **args: object) -> int:
    return cli.run(command, SimpleNamespace(**args), root, NOW)


def raising(code: int, path: Path | str) -> object:
    def fail(*_args: object, **_kw: object) -> None:
        raise OSError(code, "injected", str(path))

    return fail


def test_deck_list_never_prints_a_terminal_escape_from_a_deck_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "decks").mkdir()
    (tmp_path / "decks" / "evil.yaml").write_text(EVIL, encoding="utf-8")
    assert run("deck list", tmp_path) == 0
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if "evil" in line)
    assert "Evil" in line
    assert not any(char in line for char in "\x1b\x07\x9b\r\u202e")


def test_shown_drops_escape_sequences_and_marks_other_controls() -> None:
    assert shown("\x1b[2J\x1b[1;31mred\x1b[0m") == "red"
    assert shown("\x1b]0;title\x07name") == "name"
    assert shown("a\x00b\x85c\u202ed") == "a?b?c?d"
    assert shown("Zoë & Łukasz 💞 שלום\u200f") == "Zoë & Łukasz 💞 שלום\u200f"


@pytest.mark.parametrize(
    ("code", "words"),
    [(errno.ENOSPC, "the disk is full"), (errno.EROFS, "the disk is read-only"), (errno.EACCES, "permission denied")],
)
def test_deck_new_on_a_full_read_only_or_foreign_disk_is_one_sentence(
    code: int, words: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "decks" / "rainy-sundays.yaml"
    monkeypatch.setattr(cli, "write_deck", raising(code, target))
    assert run("deck new", tmp_path, name="Rainy Sundays") == 1
    err = capsys.readouterr().err
    assert err.startswith(f"Kindred could not use {target}: {words}")
    assert err.count("\n") == 1 and "Traceback" not in err


def test_a_data_folder_owned_by_another_user_is_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(cli, "ensure_private_dir", raising(errno.EPERM, tmp_path / "decks"))
    assert run("deck new", tmp_path, name="Ours") == 1
    assert capsys.readouterr().err.startswith(f"Kindred could not use {tmp_path / 'decks'}: permission denied")


def test_deck_export_to_a_full_disk_is_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.yaml"
    monkeypatch.setattr(cli, "write_text_atomically", raising(errno.ENOSPC, target))
    assert run("deck export", tmp_path, id="best-friends", output=str(target)) == 1
    assert capsys.readouterr().err == (
        f"Kindred could not use {target}: the disk is full. Free some space, then try again. Nothing else was changed.\n"
    )


def test_an_unreadable_decks_folder_still_lists_the_built_in_decks_and_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    decks = tmp_path / "decks"
    decks.mkdir()
    real = Path.iterdir

    def iterdir(self: Path):  # type: ignore[no-untyped-def]
        if self == decks:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    assert run("deck list", tmp_path) == 1
    out = capsys.readouterr().out
    assert "Built-in decks:" in out and "cards" in out
    assert f"Kindred could not use {decks}: permission denied" in out
