"""Players and the couple that holds them."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .direction import quoted
from .pronouns import OwnPronouns, PronounChoice, Pronouns, fill

if TYPE_CHECKING:
    from .cards import Card

SEATS = (0, 1)
#: Letters and signs that draw nothing: the Hangul fillers and the blank Braille pattern.
_BLANK = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def shows(char: str) -> bool:
    """Whether a character draws something by itself: a letter, digit, symbol, punctuation mark or emoji does; a
    space, a format character (a joiner, a direction mark, a zero-width space), a control, and an accent with
    no letter to sit on do not."""
    return unicodedata.category(char)[0] in "LNPS" and char not in _BLANK


def has_visible(name: str) -> bool:
    """Whether a name shows at least one character, so sentences never read "Welcome, Zoë and ."."""
    return any(shows(char) for char in name)


#: Unicode's default-ignorable code points (DerivedCoreProperties.txt): joiners, direction marks, the soft hyphen,
#: variation selectors, fillers, tags. Each draws nothing by itself.
_IGNORABLE = (
    (0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160), (0x17B4, 0x17B5), (0x180B, 0x180F),
    (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x206F), (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0000, 0xE0FFF),
)  # fmt: skip
#: Format characters that do show: the Arabic and Syriac signs written before a number, hieroglyph layout controls.
_SHOWN_FORMATS = frozenset("\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u0890\u0891\u08e2\U000110bd\U000110cd")
#: What gives the character before it another look, so it belongs to it: variation selectors (❤ → ❤️) and the tag
#: characters of a flag such as 🏴󠁧󠁢󠁳󠁣󠁴󠁿.
_ATTACHED = ((0xFE00, 0xFE0F), (0xE0020, 0xE007F), (0xE0100, 0xE01EF))


def draws_nothing(char: str) -> bool:
    """A default-ignorable character, a control, or another format character that draws nothing by itself."""
    code = ord(char)
    if unicodedata.category(char) in ("Cf", "Cc"):
        return char not in _SHOWN_FORMATS and not 0x13430 <= code <= 0x1343F
    return any(low <= code <= high for low, high in _IGNORABLE)


def _blank(char: str) -> bool:
    return char.isspace() or char == "\u2800" or draws_nothing(char)


def _attached(name: str, end: int) -> bool:
    """Whether the character before `end` gives a character that shows its look (❤ + U+FE0F), through any more."""
    start = end
    while start and any(low <= ord(name[start - 1]) <= high for low, high in _ATTACHED):
        start -= 1
    return 0 < start < end and not _blank(name[start - 1])


def kept_name(name: str) -> str:
    """A name as the game keeps it: as it was typed, less the spaces and what draws nothing at its ends (a zero-width
    space, a soft hyphen, a direction mark). Inside it, a joiner in 👩‍❤️‍👨 or in the Persian "می‌خواهم" stays, and so
    does a variation selector after an emoji at its end."""
    start, end = 0, len(name)
    while start < end and _blank(name[start]):
        start += 1
    while end > start and _blank(name[end - 1]) and not _attached(name, end):
        end -= 1
    return name[start:end]


def name_as_seen(name: str) -> str:
    """A name as it looks, to tell two names apart: what draws nothing left out, composed (NFC), spaces as one."""
    shown = unicodedata.normalize("NFC", "".join(char for char in name if not draws_nothing(char)))
    return " ".join(shown.replace("\u2800", " ").split())


class NameRefused(ValueError):
    """A name the couple is asked to change: one that shows nothing, or one that looks like the partner's."""

    def __init__(self, seat: int, name: str, same: bool) -> None:
        said = "looks like the other's" if same else "has no letter, number or sign that shows"
        super().__init__(f"The name {name!r} {said}.")
        self.seat, self.name, self.same = seat, name, same


def couple_names(first: str, second: str) -> tuple[str, str]:
    """The two names as kept (`kept_name`), checked wherever names are set: each must show something, and the two
    must not look alike ("Sam" and "Sam" with a zero-width space in it), or no screen could tell the partners apart.
    Raises NameRefused for the first name that fails."""
    names = (kept_name(first), kept_name(second))
    for seat, name in enumerate(names):
        if not has_visible(name):
            raise NameRefused(seat, name, same=False)
    if name_as_seen(names[0]) == name_as_seen(names[1]):
        raise NameRefused(1, names[1], same=True)
    return names


def other(seat: int) -> int:
    """The partner's seat."""
    return 1 - seat


def isolated(choice: PronounChoice) -> PronounChoice:
    """Own forms in right-to-left letters isolated as a name is (`direction.quoted`): the card's words set its direction."""
    if not isinstance(choice, OwnPronouns):
        return choice
    forms = tuple(quoted(form) for form in choice.forms)
    return OwnPronouns((forms[0], forms[1], forms[2], forms[3], forms[4]), choice.plural)


@dataclass(frozen=True, slots=True)
class Player:
    seat: int
    name: str
    color: str
    #: How the game refers to this player on cards and quiz lines (each chooses their own).
    pronouns: PronounChoice = Pronouns.THEY


@dataclass(frozen=True, slots=True)
class Couple:
    id: int
    players: tuple[Player, Player]

    def player(self, seat: int) -> Player:
        return self.players[seat]

    def partner_of(self, seat: int) -> Player:
        return self.players[other(seat)]

    def name(self, seat: int) -> str:
        return self.players[seat].name

    def pronouns(self, seat: int) -> PronounChoice:
        return self.players[seat].pronouns

    def fill(self, template: str, seat: int) -> str:
        """A card's words for `seat`'s turn: {name} is that player, {partner} the other, each with their own pronouns.

        A name in right-to-left letters is isolated (`direction.quoted`), so the card's own words set its direction.
        """
        partner = other(seat)
        return fill(
            template,
            name=quoted(self.name(seat)),
            partner=quoted(self.name(partner)),
            pronouns=isolated(self.pronouns(seat)),
            partner_pronouns=isolated(self.pronouns(partner)),
        )

    def quiz_text(self, card: Card, owner: int) -> str:
        """The quiz line about `owner`'s answer to `card`, put to the partner, with both partners' pronouns.

        Names, own pronouns and the card's quoted words are isolated when they run right to left, as on screen."""
        partner = other(owner)
        names, choices = (quoted(self.name(owner)), quoted(self.name(partner))), (self.pronouns(owner), self.pronouns(partner))
        return card.quiz_text(*names, isolated(choices[0]), isolated(choices[1]), isolate_words=True)
