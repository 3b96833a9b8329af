"""Which couples are samples: the ones `kindred demo` made (game.demo), marked by a setting of their own.

Below both the demo (which marks them) and the playbook's services (which may remove them), so
neither has to import the other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.core.players import Couple
    from game.storage.store import Store

SAMPLE_SETTING = "sample"


def is_sample(store: Store, couple: Couple) -> bool:
    return store.locks.is_open(couple.id) and bool(store.settings.read(couple.id).get(SAMPLE_SETTING))
