"""What the command line prints about files: text from a file made safe for a terminal, and file errors as sentences."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TextIO

from game.core.disk_words import advice, reason

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


def os_error_sentence(error: OSError) -> str:
    """One plain sentence for a file error, naming the path, and what to do about it."""
    where = f" {error.filename}" if error.filename else ""
    said = " ".join(part for part in (f"Kindred could not use{where}: {reason(error)}.", advice(error)) if part)
    return shown(f"{said} Nothing else was changed.")


def not_written(path: object, error: OSError) -> str:
    """One plain sentence for a file that could not be written (an export), naming it rather than the temporary
    file beside it that the error may name."""
    said = " ".join(part for part in (f"Kindred could not write {path}: {reason(error)}.", advice(error)) if part)
    return shown(f"{said} Nothing was written there.")


#: Said after `deck new` when the record of Kindred's files stayed held (the game noting a file) or could not be
#: written: the deck is written, but an erase will count it as the couple's own and leave it.
UNNOTED_DECK = (
    "Kindred could not note this deck as one it made just now, so erasing Kindred will leave it: "
    "delete the file yourselves if you ever want it gone."
)


def typed_erase(ask: Callable[[str], str], question: str, out: TextIO) -> bool:
    """Whether the person at the terminal typed 'erase' to `question` (a closed input is no); if not, says so."""
    try:
        reply = ask(f"{question} Type 'erase' to confirm: ")
    except EOFError:
        reply = ""
    if reply.strip().lower() == "erase":
        return True
    print("Nothing was erased.", file=out)
    return False
