"""What the game keeps for each couple beside their answers: half-typed drafts (an answer's, a studio card's), the
decks they chose last time, and each partner's private limits.

Mixed into the game's services (game.services), as Our story's reads are (game.story_services).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from game.core.limits import Limit
    from game.core.players import Couple
    from game.pending_saves import PendingSaves
    from game.storage.store import Store


class SettingsKeeper(Protocol):
    """What these need from the services that hold them."""

    store: Store
    saves: PendingSaves


class CoupleSettings:
    """Drafts, chosen decks and limits, for the services to inherit."""

    def save_draft(self: SettingsKeeper, couple: Couple, where: str, text: str) -> None:
        self.saves.save(lambda: self.store.settings.save("draft", {"where": where, "text": text}, couple_id=couple.id))

    def take_draft(self: SettingsKeeper, couple: Couple, where: str) -> str:
        """The draft kept for `where`, to put back. It stays kept until `drop_draft`: a crash after it is shown
        again must not lose it."""
        draft = self.store.settings.read(couple.id).get("draft")
        if not draft or draft.get("where") != where:
            return ""  # another step's draft (a partner's, behind the curtain) waits for its own step
        return str(draft.get("text", ""))

    def drop_draft(self: SettingsKeeper, couple: Couple, where: str) -> None:
        """The answer at `where` is saved (or passed): its draft goes. Another step's draft stays."""
        draft = self.store.settings.read(couple.id).get("draft")
        if draft and draft.get("where") == where:
            self.saves.save(lambda: self.store.settings.save("draft", None, couple_id=couple.id))

    def keep_studio_draft(self: SettingsKeeper, couple: Couple, draft: dict[str, Any] | None) -> None:
        self.saves.save(lambda: self.store.settings.save("studio_draft", draft, couple_id=couple.id))

    def studio_draft(self: SettingsKeeper, couple: Couple) -> dict[str, Any] | None:
        return self.store.settings.read(couple.id).get("studio_draft")

    def chosen_decks(self: SettingsKeeper, couple: Couple) -> tuple[str, ...]:
        """The decks this couple chose for their last round (none yet: empty)."""
        stored = self.store.settings.read(couple.id).get("chosen_decks")
        return tuple(str(deck_id) for deck_id in stored) if isinstance(stored, list) else ()

    def save_chosen_decks(self: SettingsKeeper, couple: Couple, deck_ids: Sequence[str], offered: Sequence[str] = ()) -> None:
        chosen, listed = sorted(deck_ids), sorted(offered)

        def save() -> None:
            self.store.settings.save("chosen_decks", chosen, couple_id=couple.id)
            if listed:
                self.store.settings.save("offered_decks", listed, couple_id=couple.id)

        self.saves.save(save)

    def offered_decks(self: SettingsKeeper, couple: Couple) -> tuple[str, ...]:
        """The decks "Choose your cards" listed when this couple last chose (none kept yet: empty): a deck not among
        them is new to them since."""
        stored = self.store.settings.read(couple.id).get("offered_decks")
        return tuple(str(deck_id) for deck_id in stored) if isinstance(stored, list) else ()

    def limits(self: SettingsKeeper, couple: Couple) -> dict[int, Limit]:
        from game.core.limits import Limit

        stored = self.store.settings.read(couple.id).get("limits") or {}
        return {seat: Limit.from_json(stored.get(str(seat))) for seat in (0, 1)}

    def save_limit(self: SettingsKeeper, couple: Couple, seat: int, limit: Limit) -> None:
        stored = dict(self.store.settings.read(couple.id).get("limits") or {})
        stored[str(seat)] = limit.to_json()
        self.store.settings.save("limits", stored, couple_id=couple.id)
