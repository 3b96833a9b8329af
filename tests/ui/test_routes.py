"""Routes: one typed request per scene of the scenes package, and each opens and draws its scene."""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pygame
import pytest

import game.ui.scenes
from game.core.cards import Deck
from game.core.date_night_commands import Pledge
from game.core.date_night_plan import EveningSetup
from game.core.deck_editing import ImportOutcome
from game.core.limits import Limit
from game.core.memories import Memory, MemoryKey
from game.core.players import Couple
from game.core.promises import Promise
from game.core.session import SessionConfig
from game.services import StoredSession
from game.stored_evening import StoredEvening
from game.ui import routes
from game.ui.scene import Scene

from .pilot import Pilot
from .tour import start

REPO = Path(__file__).resolve().parents[2]


def scene_classes() -> set[str]:
    """Every screen of the scenes package, found by importing each of its modules: 'module.ClassName'.

    A screen is a Scene named ...Scene; a base that lays out part of one (play_layout.PlaySide) is not opened by a route."""
    found = set()
    for info in pkgutil.iter_modules(game.ui.scenes.__path__):
        module = importlib.import_module(f"game.ui.scenes.{info.name}")
        for value in vars(module).values():
            screen = inspect.isclass(value) and issubclass(value, Scene) and value.__name__.endswith("Scene")
            if screen and value.__module__ == module.__name__:
                found.add(f"{info.name}.{value.__name__}")
    return found


def test_every_scene_of_the_package_has_exactly_one_route():
    named = [route.scene for route in routes.all_routes()]
    assert sorted(named) == sorted(set(named)), "two routes open the same scene"
    assert set(named) == scene_classes()


def test_a_route_names_the_class_it_opens():
    for route in routes.all_routes():
        opened = routes.scene_class(route)
        assert issubclass(opened, Scene)
        assert f"{opened.__module__}.{opened.__name__}" == f"game.ui.scenes.{route.scene}"


def test_a_route_is_a_frozen_value_with_its_fields_in_order():
    first, again = routes.StudioDeck("couple", "deck", None), routes.StudioDeck(couple="couple", deck="deck", path=None)
    assert first == again and hash(first) == hash(again)
    assert first.arguments() == {"couple": "couple", "deck": "deck", "path": None, "read_only": False}
    with pytest.raises(AttributeError):
        first.path = "elsewhere"  # type: ignore[misc]
    with pytest.raises(TypeError, match="needs 'couple'"):
        routes.Home()  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected or repeated"):
        routes.Home("couple", couple="twice")  # type: ignore[call-arg]


@dataclass
class World:
    """A couple at Home with what any route may need: a deck, a round, an evening and a part of it."""

    pilot: Pilot
    couple: Couple
    deck: Deck
    round: StoredSession
    evening: StoredEvening
    segment: StoredSession


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    now = datetime.fromisoformat("2026-11-25T19:30:00+00:00")
    pilot = start(tmp_path_factory.mktemp("routes") / "data", now)
    services = pilot.services
    couple = services.couples()[0]
    deck = next(deck for deck in services.decks() if len(deck.cards) > 3)
    round_ = services.start(couple, SessionConfig(deck_ids=(deck.id,), length=6))
    evening = services.start_evening(couple, EveningSetup(minutes=60, depth=2, caps=(3, 3), spicy=(False, False), seed=7))
    evening.run(Pledge())
    _events, segment = evening.begin_segment()
    assert segment is not None
    yield World(pilot, couple, deck, round_, evening, segment)
    pilot.close()


class _StillChecking:
    """A deck file's check that has not finished: the scene waiting for it is what is looked at."""

    progress, done, result, problems = 0.0, False, None, ()


def _checking(w: World) -> routes.CheckDeck:
    w.pilot.services.check_deck_file = lambda path: _StillChecking()  # type: ignore[method-assign]
    return routes.CheckDeck("our-questions.yaml")


def _outcome(w: World, **fields: object) -> ImportOutcome:
    return ImportOutcome(source="our-questions.yaml", **fields)  # type: ignore[arg-type]


PROMISED = datetime(2026, 11, 18, 21, 0, tzinfo=UTC)


def _memory(w: World) -> Memory:
    card = w.deck.cards[0]
    return Memory.first(MemoryKey(0, w.deck.id, card.id), card.options[0] if card.options else "Tea by the window", PROMISED)


SAMPLES: dict[type[routes.Route], Callable[[World], routes.Route]] = {
    routes.Title: lambda w: routes.Title(),
    routes.Couples: lambda w: routes.Couples(),
    routes.CoupleForm: lambda w: routes.CoupleForm(w.couple),
    routes.OwnPronounsForm: lambda w: routes.OwnPronounsForm(0, w.couple.name(0), None),
    routes.Unlock: lambda w: routes.Unlock(w.couple, lambda: None),
    routes.EraseCheck: lambda w: routes.EraseCheck(w.couple, True, lambda _answer: None),
    routes.Home: lambda w: routes.Home(w.couple),
    routes.Settings: lambda w: routes.Settings(w.couple),
    routes.Passphrase: lambda w: routes.Passphrase(w.couple),
    routes.Story: lambda w: routes.Story(w.couple),
    routes.CorrectAnswer: lambda w: routes.CorrectAnswer(w.couple, _memory(w), w.deck.cards[0]),
    routes.Playbook: lambda w: routes.Playbook(w.couple, page=1),
    routes.Promises: lambda w: routes.Promises(w.couple, [Promise(0, "Tea in bed on Saturday", PROMISED)]),
    routes.Setup: lambda w: routes.Setup(w.couple, quiz=False, only_deck=w.deck),
    routes.Limits: lambda w: routes.Limits(w.couple.name(0), Limit(2, False)),
    routes.Play: lambda w: routes.Play(w.round),
    routes.CheckIn: lambda w: routes.CheckIn(
        w.deck.cards[0], w.couple.name(0), w.couple.name(1), "#e07a5f", w.deck.cards[0].text, "Tea by the window"
    ),
    routes.ChangedAnswer: lambda w: routes.ChangedAnswer(w.deck.cards[0], w.couple.name(0), w.couple.name(1), "#e07a5f"),
    routes.Summary: lambda w: routes.Summary(w.couple, w.round.session.summary()),
    routes.DateNightSetup: lambda w: routes.DateNightSetup(w.couple),
    routes.DateNight: lambda w: routes.DateNight(w.evening),
    routes.DateNightPlay: lambda w: routes.DateNightPlay(w.segment, w.evening),
    routes.DateNightSummary: lambda w: routes.DateNightSummary(w.evening),
    routes.Studio: lambda w: routes.Studio(w.couple),
    routes.StudioDeck: lambda w: routes.StudioDeck(w.couple, w.deck, None, read_only=True),
    routes.DeckForm: lambda w: routes.DeckForm(None),
    routes.CardForm: lambda w: routes.CardForm(w.couple, w.deck, 0),
    routes.ImportPreview: lambda w: routes.ImportPreview(pasted="What made you laugh today?\nWhere shall we go next?"),
    routes.CheckDeck: _checking,
    routes.ImportProblems: lambda w: routes.ImportProblems(_outcome(w, problems=("our-questions.yaml:3:7: a card needs text",))),
    routes.ReplaceDeck: lambda w: routes.ReplaceDeck(_outcome(w, deck_name="Ours", replaces="Ours")),
}


def test_every_route_has_a_sample_here():
    assert set(SAMPLES) == set(routes.all_routes())


@pytest.mark.parametrize("route", routes.all_routes(), ids=lambda route: route.__name__)
def test_every_route_opens_and_draws_its_scene(world: World, route: type[routes.Route]):
    p, ui = world.pilot, world.pilot.shell.ui
    ui.reset(routes.Home(world.couple))
    p.step()
    drawn = p.shell.frames_drawn
    ui.push(SAMPLES[route](world))
    p.step()
    opened = ui.stack[1]  # above Home (it may open another at once: date night goes on to the part being played)
    assert isinstance(opened, routes.scene_class(route)), f"{route.__name__} opened {type(opened).__name__}"
    assert p.shell.frames_drawn > drawn


def test_a_route_can_stand_in_for_the_top_scene_and_hand_its_result_on(world: World):
    p, ui = world.pilot, world.pilot.shell.ui
    ui.reset(routes.Home(world.couple))
    ui.push(routes.Studio(world.couple))
    p.step()
    heard: list[str | None] = []
    ui.replace(routes.StudioDeck(world.couple, world.deck, None, read_only=True), heard.append)
    p.step()
    assert [type(scene).__name__ for scene in ui.stack] == ["HomeScene", "DeckScene"]
    p.press(pygame.K_ESCAPE)
    assert heard == [None] and p.scene_name == "HomeScene"


def test_the_first_frame_imports_the_title_scene_and_no_other(tmp_path):
    """Scenes are imported when first asked for: the title alone before the first frame (and no answer rules)."""
    script = (
        "import sys\n"
        "from game import app\n"
        "from game.ui import shell\n"
        "def first(self):\n"
        "    self.step([], 0.0)\n"
        "    print(sorted(m for m in sys.modules if m.startswith('game.ui.scenes.') or m == 'game.core.answers'))\n"
        "    self.warm_up()\n"
        "    print('date_order' in vars(self.ui))\n"
        "    return 0\n"
        "shell.Shell.run = first\n"
        f"sys.exit(app.main(['--data-dir', {str(tmp_path / 'data')!r}]))\n"
    )
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy", "PYGAME_HIDE_SUPPORT_PROMPT": "1"}
    out = subprocess.run([sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    before, after = out.stdout.strip().splitlines()[-2:]
    assert before == "['game.ui.scenes.title']"
    assert after == "True"  # right after the first frame, with nobody waiting, the date order was read


def test_the_app_build_carries_the_scenes_it_cannot_find_by_following_imports(tmp_path):
    sys.path.insert(0, str(REPO / "packaging"))
    try:
        build_app = importlib.import_module("build_app")
    finally:
        sys.path.remove(str(REPO / "packaging"))
    arguments = build_app.pyinstaller_arguments(tmp_path / "dist", tmp_path / "work")
    hidden = {arguments[i + 1] for i, arg in enumerate(arguments) if arg == "--hidden-import"}
    scenes = {f"game.ui.scenes.{path.stem}" for path in (REPO / "game" / "ui" / "scenes").glob("*.py") if path.stem != "__init__"}
    assert scenes <= hidden and "game.ui.scenes.title" in hidden
    opened = {f"{routes.SCENES_PACKAGE}.{route.scene.rpartition('.')[0]}" for route in routes.all_routes()}
    assert opened <= hidden, f"routes open scenes the app would not carry: {sorted(opened - hidden)}"
