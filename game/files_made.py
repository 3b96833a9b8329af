"""The files Kindred writes beside its data, and what a passphrase cannot seal in them: exports, keepsakes, copies of
unreadable data it set aside, and erasing all it made.

Mixed into the game's services (game.services), as the couple's settings are (game.couple_settings).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from game.storage.paths import ensure_private_dir

if TYPE_CHECKING:
    from datetime import datetime

    from game.core.cards import Deck
    from game.core.left_out import LeftOut
    from game.core.memories import MemoryKey
    from game.core.players import Couple
    from game.storage.store import Store


class FileKeeper(Protocol):
    """What these need from the services that hold them."""

    store: Store
    root: Path
    notice: str | None

    def now(self) -> datetime: ...

    def _deck_list(self) -> list[Deck]: ...

    def reload_decks(self) -> None: ...

    def forget_couple(self, couple_id: int) -> None: ...


class FilesMade:
    """Exports, keepsakes, set-aside copies and erase, for the services to inherit."""

    notice: str | None  # the start-up notice, which a copy removed or an erase makes stale

    def unsealed_copies(self: FileKeeper) -> tuple[list[str], list[str], list[str]]:
        """What a passphrase cannot seal: the unreadable data Kindred set aside, exports saved from the game, keepsakes."""
        from game.storage.keepsakes import saved_keepsakes
        from game.storage.kindred_files import broken_copies, kindreds_exports

        copies, exports, keepsakes = broken_copies(self.root), kindreds_exports(self.root), saved_keepsakes(self.root)
        return [str(path) for path in copies], [str(path) for path in exports], [str(path) for path in keepsakes]

    def remove_set_aside_copies(self: FileKeeper) -> int:
        from game.storage.kindred_files import remove_broken_copies

        removed = len(remove_broken_copies(self.root))
        self.notice = None
        return removed

    def made_before_holding(self: FileKeeper, couple: Couple, key: MemoryKey) -> tuple[list[str], list[str]]:
        from game.storage.earlier_copies import holding

        exports, keepsakes = holding(self.store, self.root, couple, key, self._deck_list())
        return [str(path) for path in exports], [str(path) for path in keepsakes]

    def export_everything(self: FileKeeper, include_private: bool, couple: Couple | None = None) -> list[str]:
        from game.storage.exporting import export_to
        from game.storage.file_record import EXPORT, claim_written
        from game.storage.kindred_files import EXPORTS, free_export_names

        now = self.now()
        folder = ensure_private_dir(self.root / EXPORTS)
        written = []
        for name in free_export_names(folder, now.astimezone().strftime("%Y-%m-%d-%H%M")):
            target = folder / name
            export_to(self.store, self._deck_list(), target, now, include_private, None if couple is None else couple.id)
            claim_written(self.root, target, EXPORT, None if couple is None else couple.id)  # erase takes it back
            written.append(str(target))
        return written

    def exports_folder(self: FileKeeper) -> str:
        from game.storage.kindred_files import EXPORTS

        return str(self.root / EXPORTS)

    def left_out_of_exports(self: FileKeeper, couple: Couple | None = None) -> LeftOut:
        from game.storage.store_export import left_out_of_shared

        return left_out_of_shared(self.store, self._deck_list(), None if couple is None else couple.id)

    def erase_warning(self: FileKeeper) -> str:
        from game.storage.erasing import contents

        return contents(self.root).warning()

    def erase_us_warning(self: FileKeeper, couple: Couple) -> str:
        from game.storage.erasing_couple import couple_files

        return couple_files(self.root, couple.id).warning()

    def erase_couple(self: FileKeeper, couple: Couple) -> str:
        from game.storage.erasing_couple import erase_couple

        erased = erase_couple(self.store, couple.id)
        self.forget_couple(couple.id)
        return erased.words()

    def erase_everything(self: FileKeeper) -> str:
        from game.storage.erasing import erase_everything

        erased = erase_everything(self.store, closing=False)
        self.notice = None
        self.reload_decks()
        return erased.words()
