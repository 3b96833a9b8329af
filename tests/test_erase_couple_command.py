"""`kindred erase --couple NAMES`: one couple of those sharing the laptop, by the game's rules for "Erase only us".
It names what goes and what stays and asks first; a couple locked with a passphrase is erased only with it, and
without it the command says plainly that only `kindred erase` (every couple) can remove them."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from game.erase_command import erase_couple_command
from game.storage.exporting import export_to
from game.storage.file_record import EXPORT, claim_written
from game.storage.store import Store

REPO = Path(__file__).resolve().parents[1]
PASSPHRASE = "rainy sundays"


def two_couples(root: Path, now: datetime, locked: bool = False) -> dict[str, Path]:
    """Zoë & Łukasz (locked, when asked) and Amara & Kofi, each with an export of their own; returns the exports."""
    exports = {}
    with Store.open(root, now) as store:
        for first, second in (("Zoë", "Łukasz"), ("Amara", "Kofi")):
            couple = store.couples.create([(first, "#c8784f"), (second, "#4f8cc8")], now)
            (root / "exports").mkdir(exist_ok=True)
            path = root / "exports" / f"kindred-2026-11-25-193{couple.id}.json"
            export_to(store, [], path, now, False, couple.id)
            exports[first] = claim_written(root, path, EXPORT, couple.id)
        if locked:
            store.locks.set_passphrase(1, PASSPHRASE, now)
    return exports


def names_left(root: Path, now: datetime) -> list[str]:
    with Store.open(root, now) as store:
        return [couple.name(0) for couple in store.couples.all()]


def run(root: Path, now: datetime, names: str, reply: str = "erase", **kw: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    args = {"yes": False, "ask": None, "passphrase_file": None, **kw}
    code = erase_couple_command(
        root,
        names,
        args["yes"],
        lambda _: reply,
        args["ask"],
        args["passphrase_file"],
        now,
        out,
        err,  # type: ignore[arg-type]
    )
    return code, out.getvalue(), err.getvalue()


def test_erase_couple_names_what_goes_asks_and_takes_only_them(tmp_path: Path, now: datetime) -> None:
    root = tmp_path / "data"
    exports = two_couples(root, now)
    code, said, _ = run(root, now, "Zoë & Łukasz")
    assert code == 0
    assert f"Erasing Zoë & Łukasz deletes these files Kindred made of them alone, in {root}:\n  exports/" in said
    assert "Zoë & Łukasz and everything of theirs were erased, including 1 export." in said
    assert names_left(root, now) == ["Amara"]
    assert not exports["Zoë"].exists() and exports["Amara"].exists()


def test_erase_couple_stops_unless_told_erase(tmp_path: Path, now: datetime) -> None:
    root = tmp_path / "data"
    two_couples(root, now)
    code, said, _ = run(root, now, "Zoë & Łukasz", reply="no")
    assert code == 1 and said.endswith("Nothing was erased.\n")
    assert names_left(root, now) == ["Zoë", "Amara"]


def test_a_locked_couple_is_erased_only_with_their_passphrase(tmp_path: Path, now: datetime) -> None:
    root = tmp_path / "data"
    two_couples(root, now, locked=True)
    code, _, err = run(root, now, "Zoë & Łukasz", ask=lambda _: "")  # Enter alone: forgotten
    assert code == 1
    assert "only `kindred erase` can remove them: it erases every couple on this laptop (2)" in err
    assert names_left(root, now) == ["Zoë", "Amara"]
    code, _, _ = run(root, now, "Zoë & Łukasz", yes=True)  # --yes skips the question, never the passphrase
    assert code == 1 and names_left(root, now) == ["Zoë", "Amara"]
    passfile = tmp_path / "pass.txt"
    passfile.write_text(PASSPHRASE + "\n")
    code, said, _ = run(root, now, "Zoë & Łukasz", yes=True, passphrase_file=str(passfile))
    assert code == 0, said
    assert names_left(root, now) == ["Amara"]


def test_a_couple_not_there_is_named_with_those_who_are(tmp_path: Path, now: datetime) -> None:
    root = tmp_path / "data"
    two_couples(root, now)
    code, _, err = run(root, now, "Zoë & Sam")
    assert code == 1
    assert err == "There is no couple called Zoë & Sam here. Couples: Zoë & Łukasz, Amara & Kofi. Nothing was erased.\n"


def test_the_command_line_takes_couple(tmp_path: Path, now: datetime) -> None:
    root = tmp_path / "data"
    two_couples(root, now)
    done = subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(root), "erase", "--couple", "Amara & Kofi"],
        cwd=REPO,
        input="erase\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "Amara & Kofi and everything of theirs were erased" in done.stdout
    assert names_left(root, now) == ["Zoë"]
