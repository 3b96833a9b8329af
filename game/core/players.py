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
        """The quiz line about `owner`'s answer to `card`, put to the partner, with both partners' pronouns."""
        partner = other(owner)
        names, choices = (quoted(self.name(owner)), quoted(self.name(partner))), (self.pronouns(owner), self.pronouns(partner))
        return card.quiz_text(*names, isolated(choices[0]), isolated(choices[1]))
