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

A partner may choose she, he, they, or just their name (then every pronoun is the name), or write
their own five forms (xe / xem / xyr / xyrs / xemself) and say whether verbs agree as with "they are"
or as with "she is". An own set is stored in the same text column as the four choices, as
``own:is:xe/xem/xyr/xyrs/xemself`` (or ``own:are:…``); `parse_pronouns` reads it back and refuses
anything else with a sentence saying what is wrong.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

#: Words in the voice of the one speaking ("I", "my"…): a scenario's options, a card asked as its partner.
FIRST_PERSON = re.compile(r"(?<!\w)(i|i'm|i'd|i'll|i've|me|my|mine|myself)(?!\w)", re.IGNORECASE)

#: Words to the one spoken to ("you", "your"…).
SECOND_PERSON = re.compile(r"(?<!\w)(you|you're|you'd|you'll|you've|your|yours|yourself)(?!\w)", re.IGNORECASE)

#: Words someone else says, in quotes: “…”, "…" or '…' (a single quote that opens after no letter and closes
#: before none, so "wasn't" inside it and "I'm" outside it are not quotes).
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|‘[^’]*’|(?<!\w)'.*?'(?!\w)", re.DOTALL)


def speaks_as_i(text: str) -> bool:
    """Whether `text` itself speaks as "I" or "my", not only inside words it quotes ("Who's more likely to say
    'my feet are cold'?" is asked by nobody in particular)."""
    return FIRST_PERSON.search(_QUOTED.sub(" ", text)) is not None


def speaks_in_person(text: str) -> bool:
    """Whether `text` speaks as "I" or to "you" (outside what it quotes): words that mean someone in particular,
    so whose words they are must be said where someone else reads them."""
    return speaks_as_i(text) or SECOND_PERSON.search(_QUOTED.sub(" ", text)) is not None


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

#: Each form as a person would recognise it in a sentence (the word in quotes is the one to replace).
CASE_EXAMPLES: dict[str, str] = {
    "they": "as in: \u201cthey\u201d went",
    "them": "as in: I asked \u201cthem\u201d",
    "their": "as in: \u201ctheir\u201d idea",
    "theirs": "as in: it's \u201ctheirs\u201d",
    "themself": "as in: by \u201cthemself\u201d",
}
#: The longest form an own set may hold ("themselves" is 10; room for longer words in other languages).
MAX_FORM = 24
_OWN = "own"
_SHORT = 14  # the two forms a button names fit on one line beside a name, "Sam: fae / faer"
_MARKS = frozenset("'\u2019-\u2010")  # apostrophes and hyphens: 'em, xe-self
_JOINERS = frozenset("\u200c\u200d")  # zero-width (non-)joiner, written inside Persian and Indic words


class PronounError(ValueError):
    """An own set (or its stored text) that cannot be used, with a sentence saying why."""

    def __init__(self, message: str, case: str | None = None) -> None:
        super().__init__(message)
        #: Which form is wrong ("they" … "themself"), when it is one form.
        self.case = case


@dataclass(frozen=True, slots=True)
class OwnPronouns:
    """A partner's own five forms, in the order of CASES, and whether verbs agree as with "they" (plural)."""

    forms: tuple[str, str, str, str, str]
    plural: bool = False

    @property
    def value(self) -> str:
        """The text kept in the store (and in an export)."""
        return f"{_OWN}:{'are' if self.plural else 'is'}:{'/'.join(self.forms)}"


#: How a partner is referred to: one of the four choices, or their own set.
PronounChoice = Pronouns | OwnPronouns

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


def form_problem(case: str, text: str) -> str | None:
    """What is wrong with `text` as the `case` form of an own set, in a sentence; None when it will do."""
    word = unicodedata.normalize("NFC", text.strip())
    where = CASE_EXAMPLES[case].removeprefix("as in: ")
    if not word:
        return f"Type the word you'd use in {where}."
    if len(word) > MAX_FORM:
        return f"Keep it to {MAX_FORM} letters or fewer."
    if any(ch.isspace() for ch in word):
        return "One word, without spaces."
    for index, ch in enumerate(word):
        kind = unicodedata.category(ch)[0]
        inner = 0 < index < len(word) - 1
        if kind == "L" or (kind == "M" and index > 0) or ch in _MARKS or (ch in _JOINERS and inner):
            continue
        shown = f"\u201c{ch}\u201d" if ch.isprintable() and not ch.isspace() else f"U+{ord(ch):04X}"
        return f"Only letters, apostrophes and hyphens: {shown} can't be part of it."
    if not any(unicodedata.category(ch)[0] == "L" for ch in word):
        return "It needs at least one letter."
    return None


def own_pronouns(forms: Sequence[str], plural: bool) -> OwnPronouns:
    """An own set from five typed forms (in the order of CASES); raises PronounError naming the first wrong one."""
    if len(forms) != len(CASES):
        raise PronounError(f"An own set has {len(CASES)} forms ({', '.join(CASES)}), not {len(forms)}.")
    for case, text in zip(CASES, forms, strict=True):
        problem = form_problem(case, text)
        if problem is not None:
            raise PronounError(problem, case)
    words = tuple(unicodedata.normalize("NFC", text.strip()) for text in forms)
    return OwnPronouns((words[0], words[1], words[2], words[3], words[4]), plural)


def parse_pronouns(value: str) -> PronounChoice:
    """A stored (or exported) choice read back strictly: raises PronounError, with a sentence, for anything else."""
    try:
        return Pronouns(value)
    except ValueError:
        pass
    kind, _, rest = value.partition(":")
    agreement, _, forms = rest.partition(":")
    if kind != _OWN or agreement not in ("is", "are"):
        choices = ", ".join(f"'{choice.value}'" for choice in Pronouns)
        raise PronounError(f"Pronouns are {choices} or an own set such as 'own:is:xe/xem/xyr/xyrs/xemself', not {value[:60]!r}.")
    try:
        return own_pronouns(forms.split("/"), agreement == "are")
    except PronounError as error:
        where = f" (the \u201c{error.case}\u201d form)" if error.case else ""
        raise PronounError(f"The pronouns {value[:60]!r} can't be used{where}: {error}", error.case) from None


def pronouns_from(value: str | None) -> PronounChoice:
    """A stored choice read back; anything unknown or unreadable (or nothing) is "they"."""
    try:
        return parse_pronouns(value) if value else Pronouns.THEY
    except PronounError:
        return Pronouns.THEY


def label(choice: PronounChoice) -> str:
    """How a choice is named on a button: "she / her", "just my name", "xe / xem" (a long own set by its first form)."""
    if isinstance(choice, OwnPronouns):
        they, them = choice.forms[:2]
        return f"{they} / {them}" if len(they) + len(them) <= _SHORT else they
    return LABELS[choice]


def agrees_as_plural(choice: PronounChoice) -> bool:
    """Whether a `{verb|verbs}` pair takes its first (plural) word for this person: "they are", "xe is"."""
    return choice.plural if isinstance(choice, OwnPronouns) else choice is Pronouns.THEY


def capitalised(word: str) -> str:
    """The word at the start of a sentence: its first cased letter made a capital, where the script has them.

    A letter whose capital is two letters (German ß) is left as it is; an apostrophe (or a bidi isolate) before it
    is kept ('Em).
    """
    for index, ch in enumerate(word):
        if ch.isalpha():
            upper = ch.title()
            return word[:index] + (upper if len(upper) == 1 else ch) + word[index + 1 :]
        if ch not in _MARKS and unicodedata.category(ch) != "Cf":  # an apostrophe, or a mark isolating the word
            break
    return word


def is_placeholder(field: str) -> bool:
    """Whether ``{field}`` is something a card may write (the deck check reports the rest)."""
    return field in NAMES or field in _PRONOUN_FIELDS or _VERB.fullmatch(field) is not None


def fields(template: str) -> Iterator[re.Match[str]]:
    """Each placeholder written in `template`, in order (group 1 is what is inside the braces)."""
    return _FIELD.finditer(template)


def possessive(name: str) -> str:
    return f"{name}'s"


def pronoun(choice: PronounChoice, case: str, name: str) -> str:
    """One form ("they", "them", "their", "theirs" or "themself") for a person."""
    index = CASES.index(case)
    if isinstance(choice, OwnPronouns):
        return choice.forms[index]
    if choice is Pronouns.NAME:
        return possessive(name) if case in ("their", "theirs") else name
    return _FORMS[choice][index]


def fill(
    template: str,
    *,
    name: str,
    partner: str,
    pronouns: PronounChoice = Pronouns.THEY,
    partner_pronouns: PronounChoice = Pronouns.THEY,
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
            return plural if agrees_as_plural(pronouns) else singular
        whose, person, choice = field, name, pronouns
        if field.startswith("partner_"):
            whose, person, choice = field[len("partner_") :], partner, partner_pronouns
        if whose.lower() not in CASES or whose not in (whose.lower(), whose.capitalize()):
            return match.group(0)
        word = pronoun(choice, whose.lower(), person)
        return capitalised(word) if whose[0].isupper() and choice is not Pronouns.NAME else word

    return _FIELD.sub(one, template)
