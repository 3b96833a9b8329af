"""`kindred erase --couple NAMES`: erase one couple of those sharing the laptop, and nothing of anyone else's.

The same rules as the game's "Erase only us" (game.storage.erasing_couple): a couple locked with a passphrase is
erased only with it (asked, hidden, at a terminal, or read from --passphrase-file); a forgotten one is told plainly
that only `kindred erase`, which erases every couple on the laptop, can remove them. Before asking, it names the
files that go with them and says what stays.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TextIO

from game import identity
from game.cli_text import shown, typed_erase
from game.storage.erasing_couple import couple_files, erase_couple
from game.storage.export_unlock import PassphraseFileError, couple_names, read_passphrase_file, unlock_couple
from game.storage.file_lock import held_elsewhere
from game.storage.kindred_files import LOCK_NAME
from game.storage.paths import DB_NAME
from game.storage.store import Store, StoreError, already_open


def forgotten(names: str, couples: int) -> str:
    """What it takes to remove a couple whose passphrase is not given: erasing everyone."""
    every = f"every couple on this laptop ({couples})" if couples > 1 else "every couple on this laptop"
    return (
        f"{names} are locked with a passphrase, and it did not open their lock. Without it, only "
        f"`{identity.command()} erase` can remove them: it erases {every}, with all their answers, memories and "
        "settings, and nothing can bring them back. Nothing was erased."
    )


def erase_couple_command(
    root: Path,
    names: str,
    yes: bool,
    confirm: Callable[[str], str],
    ask: Callable[[str], str] | None,
    passphrase_file: str | None,
    now: datetime,
    out: TextIO,
    err: TextIO,
) -> int:
    """Erase the couple called `names` ("Zoë & Łukasz"); 0 when erased, 1 when nothing was."""
    if not (root / DB_NAME).exists():
        print(shown(f"Nothing to erase: there is no Kindred data in {root}."), file=out)
        return 1
    if held_elsewhere(root / LOCK_NAME):
        print(already_open(root), file=err)
        return 1
    try:
        lines = read_passphrase_file(passphrase_file) if passphrase_file else None
    except PassphraseFileError as error:
        print(error, file=err)
        return 1
    try:
        store = Store.open(root, now)
    except StoreError as error:
        print(error, file=err)
        return 1
    with store:
        couples = store.couples.all()
        wanted = " ".join(names.split())
        couple = next((each for each in couples if couple_names(each) == wanted), None)
        if couple is None:
            known = ", ".join(couple_names(each) for each in couples) or "none yet"
            print(shown(f"There is no couple called {wanted} here. Couples: {known}. Nothing was erased."), file=err)
            return 1
        called = couple_names(couple)
        if store.locks.is_locked(couple.id) and not unlock_couple(store, couple, lines, ask, "if you have forgotten it"):
            print(shown(forgotten(called, len(couples))), file=err)
            return 1
        if not yes:
            found = couple_files(root, couple.id)
            going = [f"  {path.relative_to(root).as_posix()}" for path in found.going]
            said = [f"Erasing {called} deletes these files Kindred made of them alone, in {root}:", *going] if going else []
            for line in [*said, found.warning()]:
                print(shown(line), file=out)
            if not typed_erase(confirm, f"Erase {called} and everything of theirs, and no other couple's?", out):
                return 1
        print(shown(erase_couple(store, couple.id).words()), file=out)
    return 0
