"""What Our story reads: its list of memories, its knowledge panel and its figures, each under the couple's consent;
and what it writes: a mistake put right (`StoryReading.correct_answer`), and an answer forgotten for good
(`StoryReading.forget_memory`).

Mixed into the game's services (game.services), beside the playbook's own (game.playbook_services).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from game.core.cards import Deck
    from game.core.consent import Consent
    from game.core.memories import Memory, MemoryKey
    from game.core.players import Couple
    from game.core.story import Knowing, Shared, Story
    from game.core.story_charts import StoryCharts
    from game.storage.store import Store


class StoryKeeper(Protocol):
    """What Our story's reads need from the services that hold them."""

    store: Store

    def memory_decks(self, couple: Couple) -> list[Deck]: ...

    def now(self) -> datetime: ...

    def consent(self, couple: Couple) -> Consent: ...


class StoryReading:
    """Our story's reads, and the correction of a saved answer, for the services to inherit."""

    def story(self: StoryKeeper, couple: Couple) -> Story:
        from game.core.story import build_story

        return build_story(
            self.store.memories.all(couple.id),
            self.store.memories.reviews(couple.id),
            self.store.memories.quizbook(couple.id),
            self.memory_decks(couple),  # with the cards kept for answers given to cards no longer in a deck
            self.store.sessions.turns(couple.id, kinds=("scenario", "both")),  # in sync: scenarios and "who" cards
            self.now(),
            self.consent(couple),
        )

    def story_memories(self: StoryKeeper, couple: Couple) -> Shared:
        """Our memories' list alone: what Our story shows on its first frame."""
        from game.core.story import card_map, shared_memories

        return shared_memories(self.store.memories.all(couple.id), card_map(self.memory_decks(couple)), self.consent(couple))

    def story_knowing(self: StoryKeeper, couple: Couple) -> Knowing:
        """How well each knows the other and the in-sync line: Our story's panel, filled after its first frame."""
        from game.core.story import card_map, knowing

        return knowing(
            self.store.memories.reviews(couple.id),
            self.store.memories.quizbook(couple.id),
            card_map(self.memory_decks(couple)),
            self.store.sessions.turns(couple.id, kinds=("scenario", "both")),
            self.now(),
            self.consent(couple),
        )

    def story_charts(self: StoryKeeper, couple: Couple) -> StoryCharts:
        """Our story's figures, under the same consent as Our story, by the evenings of this computer's time zone."""
        from game.core.story_charts import story_charts

        store, cid, tz = self.store, couple.id, self.now().astimezone().tzinfo
        return story_charts(
            store.memories.all(cid),
            store.memories.reviews(cid),
            self.memory_decks(couple),
            store.sessions.turns(cid),
            self.consent(couple),
            tz,
        )

    def forget_memory(self: StoryKeeper, couple: Couple, key: MemoryKey) -> bool:
        """Forget one answer for good (see `Memories.forget`): False when it was not there to forget."""
        return self.store.memories.forget(couple.id, key)

    def correct_answer(self: StoryKeeper, couple: Couple, key: MemoryKey, value: str | int | float) -> Memory:
        """Put a saved answer right (a mistake, not a change: see `Memory.corrected`), read by the card's own rules."""
        from game.core.answers import parse_answer
        from game.core.story import card_map

        memory = self.store.memories.all(couple.id).get(key)
        card = card_map(self.memory_decks(couple)).get(key.card_key)
        if memory is None or card is None:
            raise KeyError(f"no memory {key} to correct")
        corrected = memory.corrected(parse_answer(card, value))  # a bad answer: AnswerError, with words for the couple
        if corrected is not memory:
            self.store.memories.correct(couple.id, corrected)
        return corrected
