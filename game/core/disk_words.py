"""Why a file could not be written, in words a couple can act on: a full disk, a folder that is not theirs to
write, a drive (a USB stick, a network drive) that cannot be reached just now, a folder that has gone.

Plain error numbers in, words out, so that the window's toasts and the command line's sentences say the same
thing; an error not named here is said in the system's own words, never as a traceback.
"""

from __future__ import annotations

import errno

_FULL = ("the disk is full", "Free some space, then try again.")
_NOT_ALLOWED = (
    "permission denied (it belongs to another user, or is read-only)",
    "Check that the folder is yours and not read-only, then try again.",
)
_UNREACHABLE = (
    "the drive it is on can't be reached just now",
    "If it is a USB stick or a network drive, check it is connected, then try again.",
)


def _numbers(*names: str) -> list[int]:
    return [getattr(errno, name) for name in names if hasattr(errno, name)]


_WORDS: dict[int, tuple[str, str]] = {
    **dict.fromkeys(_numbers("ENOSPC"), _FULL),
    **dict.fromkeys(_numbers("EDQUOT"), ("the disk quota is used up", "Free some space, then try again.")),
    **dict.fromkeys(_numbers("EROFS"), ("the disk is read-only", "Make it writable, then try again.")),
    **dict.fromkeys(_numbers("EACCES", "EPERM"), _NOT_ALLOWED),
    **dict.fromkeys(_numbers("EIO", "ENXIO", "ENODEV", "ESTALE", "ENOTCONN", "EHOSTDOWN", "ENOMEDIUM"), _UNREACHABLE),
    **dict.fromkeys(
        _numbers("ENOENT"), ("its folder isn't there", "Check the folder exists and its drive is connected, then try again.")
    ),
}


def reason(error: OSError) -> str:
    """Why, in a few words that follow a colon (the system's own words for an error not named here)."""
    known = _WORDS.get(error.errno or 0)
    return known[0] if known else (error.strerror or str(error)).rstrip(".")


def advice(error: OSError) -> str:
    """What the couple can do about it, as a sentence; empty when there is nothing to suggest."""
    known = _WORDS.get(error.errno or 0)
    return known[1] if known else ""
