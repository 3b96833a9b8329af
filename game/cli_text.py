"""What the command line prints about files: text from a file made safe for a terminal, and file errors as sentences."""

from __future__ import annotations

import errno
import re

# What a file may hold but a terminal must not be sent: escape sequences (which can clear the screen, retitle the
# window or recolour what follows), other C0 and C1 controls, and the bidi overrides that reorder a printed line.
_ESCAPES = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|.)?|\x9b[0-?]*[ -/]*[@-~]", re.DOTALL)
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066\u2067]")
#: The isolates the game puts around a quoted right-to-left name or line (`direction.quoted`) for its own window.
_ISOLATES = re.compile("[\u2068\u2069]")


def shown(text: object) -> str:
    """Text from a file, safe to print on one terminal line: escape sequences and the window's isolates dropped
    (a terminal shows the words as typed), other controls as '?'."""
    return _CONTROLS.sub("?", _ISOLATES.sub("", _ESCAPES.sub("", str(text))))


_REASONS = {
    getattr(errno, "EDQUOT", -1): "the disk quota is used up",
    errno.ENOSPC: "the disk is full",
    errno.EROFS: "the disk is read-only",
    errno.EACCES: "permission denied (it belongs to another user, or is read-only)",
    errno.EPERM: "permission denied (it belongs to another user, or is read-only)",
}


def os_error_sentence(error: OSError) -> str:
    """One plain sentence for a file error, naming the path."""
    reason = _REASONS.get(error.errno or 0) or (error.strerror or str(error)).rstrip(".")
    where = f" {error.filename}" if error.filename else ""
    return shown(f"Kindred could not use{where}: {reason}. Nothing else was changed.")
