"""Where a scene can go: one typed request per screen, handed to the stack (`ui.push(Home(couple))`).

No scene imports another to open it. A request names its scene ("module.ClassName" inside
game.ui.scenes) and carries that scene's arguments after `ui`; the stack imports the scene's
module the first time it is asked for, so start-up loads only the title screen. tests/ui/test_routes.py
compares these requests with every scene class in the package, so the two cannot drift apart.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, dataclass_transform

if TYPE_CHECKING:  # for the annotations only: the title screen shows before the rules are imported
    from collections.abc import Callable

    # The results below are named in quoted base classes (ResultRoute["AnswerValue | None"]), which ruff does not read.
    from game.core.answers import AnswerValue  # noqa: F401
    from game.core.cards import Card, Deck
    from game.core.deck_editing import ImportOutcome, SavedCard  # noqa: F401
    from game.core.events import SessionSummary
    from game.core.limits import Limit
    from game.core.memories import Memory
    from game.core.players import Couple
    from game.core.promises import Promise
    from game.core.pronouns import OwnPronouns

    from .services import EveningHandle, SessionHandle

SCENES_PACKAGE = "game.ui.scenes"

T = TypeVar("T")


@dataclass_transform(frozen_default=True)
class Route:
    """A request to open one scene; its fields are the scene's arguments after `ui`.

    Written like a frozen dataclass (fields are annotations, in order, defaults last), but made by
    hand: two dozen dataclasses take over 10 ms to build (each compiles its methods), which the
    first frame would wait for; these take under half a millisecond.
    """

    #: The scene it opens: "module.ClassName" inside game.ui.scenes.
    scene: ClassVar[str]
    _fields: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, **options: Any) -> None:
        super().__init_subclass__(**options)
        # Its own annotations, as written (not inherited); inspect.get_annotations would cost the first frame ~5 ms.
        own: dict[str, Any] = cls.__dict__.get("__annotations__", {})  # noqa: RUF063
        cls._fields = (*cls._fields, *(name for name, kind in own.items() if not str(kind).startswith("ClassVar")))

    def __init__(self, *values: Any, **named: Any) -> None:
        if len(values) > len(self._fields):
            raise TypeError(f"{type(self).__name__} takes {len(self._fields)} values, not {len(values)}")
        given = dict(zip(self._fields, values, strict=False))
        for name, value in named.items():
            if name not in self._fields or name in given:
                raise TypeError(f"{type(self).__name__} got an unexpected or repeated value {name!r}")
            given[name] = value
        for name in self._fields:
            if name not in given and name not in type(self).__dict__:
                raise TypeError(f"{type(self).__name__} needs {name!r}")
            object.__setattr__(self, name, given.get(name, getattr(type(self), name, None)))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is a request and does not change")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Route) and type(other) is type(self) and self.arguments() == other.arguments()

    def __hash__(self) -> int:
        return hash((type(self), *self.arguments().values()))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in self.arguments().items())})"

    def arguments(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self._fields}


class ResultRoute(Route, Generic[T]):
    """A request for a scene that closes with a T (a ResultScene[T]): `ui.push(route, then)` hands `then` that T."""


def all_routes() -> list[type[Route]]:
    """Every request for a scene (the ones that close with a result too)."""
    found, waiting = [], [*Route.__subclasses__()]
    while waiting:
        route = waiting.pop(0)
        if route is ResultRoute:
            waiting.extend(route.__subclasses__())
        else:
            found.append(route)
    return found


def scene_module(route: type[Route]) -> ModuleType:
    """The module of the route's scene, imported the first time (Python keeps it after that)."""
    return importlib.import_module(f"{SCENES_PACKAGE}.{route.scene.rpartition('.')[0]}")


def scene_class(route: type[Route]) -> type:
    found = getattr(scene_module(route), route.scene.rpartition(".")[2])
    assert isinstance(found, type), f"{route.__name__} names {route.scene}, which is not a class"
    return found


def prepare(*routes: type[Route]) -> None:
    """Import these scenes now (while nobody waits), so they open at once later."""
    for route in routes:
        scene_module(route)


# ---- the couple's way in -------------------------------------------------------------------


class Title(Route):
    scene = "title.TitleScene"


class Couples(Route):
    scene = "couples.CouplesScene"


class CoupleForm(Route):
    """A new couple, or (given one) its names, colours and pronouns."""

    scene = "couples.CoupleFormScene"
    couple: Couple | None = None


class OwnPronounsForm(ResultRoute["OwnPronouns | None"]):
    """A partner's own five pronoun forms (starting from `current`); closes with the set, or None for "not now"."""

    scene = "own_pronouns.OwnPronounsScene"
    seat: int
    name: str
    current: OwnPronouns | None = None


class Unlock(Route):
    """The passphrase of a locked couple; `then` runs once it is right."""

    scene = "passphrase.UnlockScene"
    couple: Couple
    then: Callable[[], None]


class EraseCheck(Route):
    """A locked couple's passphrase before they are erased (`everyone`: with every couple); `answered` hears
    "known" or "forgotten" (Esc: neither, and nothing is erased)."""

    scene = "erase_check.EraseCheckScene"
    couple: Couple
    everyone: bool
    answered: Callable[[str], None]


class Home(Route):
    scene = "home.HomeScene"
    couple: Couple


class Settings(Route):
    scene = "settings.SettingsScene"
    couple: Couple | None = None


class Passphrase(Route):
    scene = "passphrase.PassphraseScene"
    couple: Couple


class Story(Route):
    scene = "story.StoryScene"
    couple: Couple


class CorrectAnswer(ResultRoute["Memory | None"]):
    """A saved answer put right from Our story; closes with the memory as it is now, or None when left as it was."""

    scene = "correct_answer.CorrectAnswerScene"
    couple: Couple
    memory: Memory
    card: Card


class Playbook(Route):
    """The have-my-back playbook, a page each, and the promises kept (opened from Our story)."""

    scene = "playbook.PlaybookScene"
    couple: Couple
    page: int = 0


class Promises(ResultRoute[int]):
    """ "Did it happen?" about each promise given; closes with how many were answered."""

    scene = "promises.PromiseScene"
    couple: Couple
    promises: list[Promise]


# ---- a round -------------------------------------------------------------------------------


class Setup(Route):
    """Choosing decks, depth and length (or starting a quiz); `only_deck` alone is chosen when given."""

    scene = "setup.SetupScene"
    couple: Couple
    quiz: bool
    only_deck: Deck | None = None


class Limits(ResultRoute["Limit | None"]):
    """One partner's private limits; closes with a Limit or None."""

    scene = "limits.LimitsScene"
    name: str
    current: Limit


class Play(Route):
    scene = "play.PlayScene"
    handle: SessionHandle
    resumed: bool = False


class CheckIn(ResultRoute["str | None"]):
    """A stale answer's owner alone with it; closes with "still true", "changed", or None when handed back."""

    scene = "check_in.CheckInScene"
    card: Card
    name: str
    partner: str
    color: str
    text: str
    said: str


class ChangedAnswer(ResultRoute["AnswerValue | None"]):
    """'That's changed': the owner types a new answer; closes with it or None."""

    scene = "check_in.ChangedAnswerScene"
    card: Card
    name: str
    partner: str
    color: str
    text: str | None = None


class Summary(Route):
    """After a round; `nothing_left`: it ended as it was picked up, nothing in it being within the limits as they are now."""

    scene = "summary.SummaryScene"
    couple: Couple
    summary: SessionSummary
    nothing_left: bool = False


# ---- date night ----------------------------------------------------------------------------


class DateNightSetup(Route):
    scene = "date_night_setup.DateNightSetupScene"
    couple: Couple


class DateNight(Route):
    scene = "date_night.DateNightScene"
    handle: EveningHandle


class DateNightPlay(ResultRoute["SessionHandle | None"]):
    """A part of the evening being played; closes with its session's handle, or None."""

    scene = "date_night_play.DateNightPlayScene"
    handle: SessionHandle
    evening: EveningHandle
    resumed: bool = False


class DateNightSummary(Route):
    scene = "date_night_summary.DateNightSummaryScene"
    handle: EveningHandle


# ---- the deck studio -----------------------------------------------------------------------


class Studio(Route):
    scene = "studio.StudioScene"
    couple: Couple


class StudioDeck(ResultRoute["str | None"]):
    """One deck's cards; `path` is None for a deck not saved yet."""

    scene = "studio_deck.DeckScene"
    couple: Couple
    deck: Deck
    path: str | None
    read_only: bool = False


class DeckForm(ResultRoute["Deck | None"]):
    """A new deck (None) or this one's name, colour and kind; closes with the deck or None."""

    scene = "studio_deck_form.DeckFormScene"
    deck: Deck | None


class CardForm(ResultRoute["SavedCard | None"]):
    """A new card (index None) or the deck's card at `index`, shown as `typed` when given (typed before a save that
    failed); closes with a SavedCard or None."""

    scene = "studio_card.CardFormScene"
    couple: Couple
    deck: Deck
    index: int | None
    typed: Card | None = None


class ImportPreview(Route):
    """A list, spreadsheet or pasted text, shown as the cards it would make."""

    scene = "import_preview.ImportPreviewScene"
    path: str = ""
    pasted: str | None = None


class CheckDeck(Route):
    """A dropped deck file, checked beside the window before it goes in (`replace`: the couple already said yes)."""

    scene = "studio_import.DeckCheckScene"
    path: str
    replace: bool = False


class ImportProblems(Route):
    scene = "studio_import.ImportProblemsScene"
    outcome: ImportOutcome


class ReplaceDeck(ResultRoute[bool]):
    scene = "studio_import.ReplaceDeckScene"
    outcome: ImportOutcome
