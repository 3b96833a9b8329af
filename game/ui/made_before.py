"""Words for files made before that a change cannot reach: exports and keepsake pictures already saved.

Marking an answer just between us, or locking the couple's answers, changes what Kindred makes from
then on; what it saved before stays exactly as it was, and the couple's to keep or delete. These
sentences say which of those files there are and where, so nothing is promised that a file on disk
would contradict.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath

#: Up to this many files of a kind are named one by one; more are counted.
NAMED = 2


def _listed(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def still_holding(exports: Sequence[str], keepsakes: Sequence[str]) -> str:
    """After marking an answer just between us: the files made before that still hold it ('' when none do), e.g.
    " Made before, and still holding it: keepsakes/date-night-….png, exports/kindred-….json and exports/our-book-….html,
    in FOLDER. Delete them if you'd rather." (both folders are in the data folder: it is named once)."""
    if not exports and not keepsakes:
        return ""
    items: list[str] = []
    for paths, many in ((keepsakes, "keepsake pictures"), (exports, "exports")):
        if len(paths) > NAMED:
            items.append(f"{len(paths)} {many} in {PurePath(paths[0]).parent.name}/")
        else:
            items += [f"{PurePath(path).parent.name}/{PurePath(path).name}" for path in paths]
    root = PurePath([*keepsakes, *exports][0]).parent.parent
    them = "it" if len(exports) + len(keepsakes) == 1 else "them"
    return f" Made before, and still holding it: {_listed(items)}, in {root}. Delete {them} if you'd rather."


def not_sealed(exports: Sequence[str], keepsakes: Sequence[str]) -> str:
    """After locking: the exports and keepsake pictures saved before, which hold answers in the clear, counted, and
    where (both folders are in the data folder: it is named once)."""
    kinds = [
        (paths, one, many)
        for paths, one, many in ((exports, "export", "exports"), (keepsakes, "keepsake picture", "keepsake pictures"))
        if paths
    ]
    if not kinds:
        return " Any export or keepsake picture you saved before is not sealed."
    counted = " and ".join(f"{len(paths)} {one if len(paths) == 1 else many}" for paths, one, many in kinds)
    folders = " and ".join(f"{PurePath(paths[0]).parent.name}/" for paths, _, _ in kinds)
    root = PurePath(kinds[0][0][0]).parent.parent
    single = len(exports) + len(keepsakes) == 1
    it, is_ = ("it", "is") if single else ("them", "are")
    where = f"{'it is' if single else 'they are'} in {folders} in {root}"
    return f" The {counted} saved before {is_} not sealed: {where}; delete {it} if you don't need {it}."
