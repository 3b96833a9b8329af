"""How the game refers to each partner, and the placeholders a card uses for it.

Cards name people through placeholders that are filled in when the card is shown:

- ``{name}`` and ``{partner}``: the two names (on a card, the active player and the other;
  in a quiz line, the person the memory is about and the one being asked);
- ``{they}``, ``{them}``, ``{their}``, ``{theirs}``, ``{themself}`` — and ``{They}`` … at the
  start of a sentence — refer to ``{name}`` the way that partner chose; ``{partner_they}`` …
  ``{partner_themself}`` (and ``{partner_They}`` …) refer to ``{partner}``;
- ``{plural|singular}`` picks the verb that agrees with ``{name}``'s pronoun:
  ``when {they} {feel|feels} low`` reads "when they feel low", "when she feels low",
  or "when Sam feels low".

A partner may choose she, he, they, or just their name (then every pronoun is the name).
"""

from __future__ import annotations

import re
from enum import StrEnum


class Pronouns(StrEnum):
    THEY = "they"
    SHE = "she"
    HE = "he"
    NAME = "name"


LABELS: dict[Pronouns, str] = {
    Pronouns.THEY: "they / them",
    Pronouns.SHE: "she / her",
    Pronouns.HE: "he / him",
    Pronouns.NAME: "just my name",
}

CASES = ("they", "them", "their", "theirs", "themself")

_FORMS: dict[Pronouns, tuple[str, str, str, str, str]] = {
    Pronouns.THEY: ("they", "them", "their", "theirs", "themself"),
    Pronouns.SHE: ("she", "her", "her", "hers", "herself"),
    Pronouns.HE: ("he", "him", "his", "his", "himself"),
}

NAMES = frozenset({"name", "partner"})
_PRONOUN_FIELDS = frozenset(
    prefix + (case.capitalize() if upper else case) for prefix in ("", "partner_") for case in CASES for upper in (False, True)
)
_VERB = re.compile(r"[a-z][a-z' -]*\|[a-z][a-z' -]*")
_FIELD = re.compile(r"\{([A-Za-z_]+|[a-z][a-z' -]*\|[a-z][a-z' -]*)\}")


def pronouns_from(value: str | None) -> Pronouns:
    """A stored choice read back; anything unknown (or nothing) is "they"."""
    try:
        return Pronouns(value) if value else Pronouns.THEY
    except ValueError:
        return Pronouns.THEY


def is_placeholder(field: str) -> bool:
    """Whether ``{field}`` is something a card may write (the deck check reports the rest)."""
    return field in NAMES or field in _PRONOUN_FIELDS or _VERB.fullmatch(field) is not None


def possessive(name: str) -> str:
    return f"{name}'s"


def pronoun(choice: Pronouns, case: str, name: str) -> str:
    """One form ("they", "them", "their", "theirs" or "themself") for a person."""
    index = CASES.index(case)
    if choice is Pronouns.NAME:
        return possessive(name) if case in ("their", "theirs") else name
    return _FORMS[choice][index]


def fill(
    template: str,
    *,
    name: str,
    partner: str,
    pronouns: Pronouns = Pronouns.THEY,
    partner_pronouns: Pronouns = Pronouns.THEY,
) -> str:
    """The template with every placeholder filled in; text that is not a placeholder stays as written."""
    if "{" not in template:
        return template

    def one(match: re.Match[str]) -> str:
        field = match.group(1)
        if field == "name":
            return name
        if field == "partner":
            return partner
        if "|" in field:
            plural, singular = field.split("|", 1)
            return plural if pronouns is Pronouns.THEY else singular
        whose, person, choice = field, name, pronouns
        if field.startswith("partner_"):
            whose, person, choice = field[len("partner_") :], partner, partner_pronouns
        if whose.lower() not in CASES or whose not in (whose.lower(), whose.capitalize()):
            return match.group(0)
        word = pronoun(choice, whose.lower(), person)
        return word[:1].upper() + word[1:] if whose[0].isupper() and choice is not Pronouns.NAME else word

    return _FIELD.sub(one, template)
