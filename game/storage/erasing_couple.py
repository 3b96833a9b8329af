"""Erase only us: one couple of those sharing a laptop, and nothing of any other couple's. The game and the command
line share it.

What goes: the couple (both players), their answers and memories with every version, quiz schedule and review,
their rounds and turns, date nights and notes, cards seen, hidden playbook lines and promises' outcomes, their own
settings and their passphrase (every table reaches them through `couples`, deleted with them), and the store is
rewritten so nothing of theirs lingers on disk. Of the files Kindred made, the exports of this couple alone and
their date nights' keepsake pictures go, each only while the record of Kindred's files notes it as theirs and proves
it unchanged (game.storage.file_record). What stays: every other couple and everything of theirs; the laptop's own
settings; decks, which every couple on the laptop plays; exports made of every couple at once, which hold the
others' words too; keepsakes and exports from before Kindred noted whose they were; and anything Kindred did not
make or that changed since.

A couple with a passphrase is erased only by someone who knows it (the game and the command line ask first); one
whose passphrase is forgotten can be removed only by erasing everything on the laptop (game.storage.erasing).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from .erasing import counted
from .file_record import EXPORT, KEEPSAKE, forget_written, name_in, read_record
from .kindred_files import EXPORTS, KEEPSAKES, sorted_entries
from .store import Store


@dataclass(frozen=True, slots=True)
class CoupleFiles:
    """The files Kindred made for one couple, which go with them, and those it made for every couple, which stay."""

    root: Path
    exports: tuple[Path, ...] = ()  # noted as this couple's, unchanged since
    keepsakes: tuple[Path, ...] = ()
    everyones: tuple[Path, ...] = ()  # exports of every couple at once: they hold the others' words too

    @property
    def going(self) -> tuple[Path, ...]:
        return (*self.exports, *self.keepsakes)

    def going_words(self) -> str:
        """ "2 exports and 1 keepsake"; '' when none go."""
        parts = [counted(len(self.exports), "export")] if self.exports else []
        parts += [counted(len(self.keepsakes), "keepsake")] if self.keepsakes else []
        return " and ".join(parts)

    def warning(self) -> str:
        """Said before the couple is asked: which of Kindred's files go with them, and where, so they can copy any
        first; and that what every couple shares stays."""
        said = []
        if len(self.going) == 1:
            said.append(f"Your {self.going_words().removeprefix('1 ')}, in {self.root}, goes too: copy it first to keep it.")
        elif self.going:
            said.append(f"Your {self.going_words()}, in {self.root}, go too: copy any you want to keep first.")
        if self.everyones:
            shared = counted(len(self.everyones), "export")
            said.append(f"Decks, and {shared} of every couple, stay for everyone.")
        else:
            said.append("Decks stay for everyone.")
        return " ".join(said)


def couple_files(root: Path, couple_id: int) -> CoupleFiles:
    """What erasing couple `couple_id` alone would take from Kindred's folders now, and the exports of every couple
    that it leaves. With no record to read, nothing is proven: every file stays."""
    record = read_record(root)
    if record is None:
        return CoupleFiles(root)
    found: dict[str, list[Path]] = {"exports": [], "keepsakes": [], "everyones": []}
    for folder, kind in ((EXPORTS, EXPORT), (KEEPSAKES, KEEPSAKE)):
        if (root / folder).is_symlink():
            continue
        for entry in sorted_entries(root / folder):
            proof = record.written.get(name_in(root, entry))
            if proof is None or proof.kind != kind or not record.proves(root, entry):
                continue
            if proof.couple == couple_id:
                found[folder].append(entry)
            elif proof.couple is None and kind == EXPORT:
                found["everyones"].append(entry)
    return CoupleFiles(root, tuple(found[EXPORTS]), tuple(found[KEEPSAKES]), tuple(found["everyones"]))


@dataclass(frozen=True, slots=True)
class ErasedCouple:
    names: str  # "Zoë & Łukasz", as the couple was called
    found: CoupleFiles

    def words(self) -> str:
        """What was done, in a sentence for whoever is at the keyboard."""
        going = self.found.going_words()
        said = f"{self.names} and everything of theirs were erased"
        said += f", including {going}." if going else "."
        return f"{said} Everyone else on this laptop is as they were."


def erase_couple(store: Store, couple_id: int) -> ErasedCouple:
    """Erase one couple and everything of theirs, and the files Kindred made of them alone (see the module's words);
    nothing of any other couple's. Whether they may be erased (their passphrase) is asked before this."""
    couple = store.couples.get(couple_id)
    names = f"{couple.name(0)} & {couple.name(1)}"
    found = couple_files(store.root, couple_id)
    with store.db.transaction() as conn:
        conn.execute("DELETE FROM settings WHERE couple_id = ?", (couple_id,))
        conn.execute("DELETE FROM couples WHERE id = ?", (couple_id,))  # every other table follows (ON DELETE CASCADE)
        # The laptop remembers who played last: not a couple who is gone (0 is nobody, as before anyone played).
        conn.execute("DELETE FROM settings WHERE couple_id = 0 AND key = 'last_couple' AND value = ?", (str(couple_id),))
    store.db.keyring.forget(couple_id)
    with store.db.writing():
        store.conn.execute("VACUUM")  # nothing of theirs left in free pages or the log (secure_delete overwrites too)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for path in found.going:
        path.unlink(missing_ok=True)
    with contextlib.suppress(OSError):  # a note of a file that is gone proves nothing: harmless if it stays
        forget_written(store.root, [name_in(store.root, path) for path in found.going])
    return ErasedCouple(names, found)
