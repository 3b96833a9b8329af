"""The playbook and the promises in the window (issue 15): "Did it happen?" at the next start (once a run) and
before the next date night; a page each opened from Our story, a line hidden with H (a click only chooses it),
just-between-us answers in only when both say yes; every widget on screen at the smallest and largest size."""

from __future__ import annotations

import re
import shutil
from datetime import datetime
from pathlib import Path

import pygame
import pytest

from game.core.promises import Outcome
from game.demo import make_demo
from game.storage import playbook_store
from game.ui.list_view import ListView

from .drawn import frame
from .pilot import Pilot


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Eight weeks of the sample couple, ending two days before the tests' now (its last date night's promises wait)."""
    root = tmp_path_factory.mktemp("sample") / "data"
    make_demo(root, datetime(2026, 11, 23, 19, 30).astimezone(), weeks=8, seed=5)
    return root


@pytest.fixture
def copy(sample: Path, data_root: Path) -> Path:
    shutil.copytree(sample, data_root)
    return data_root


def at_home(root: Path, now: datetime, size: tuple[int, int] = (1280, 720)) -> Pilot:
    pilot = Pilot(root, now, size=size)
    pilot.advance(1.0)
    pilot.press(pygame.K_RETURN)  # Begin: the only couple opens at Home
    pilot.advance(0.5)
    return pilot


def test_promises_are_asked_at_the_next_start_once_and_again_before_the_next_date_night(copy: Path, now: datetime) -> None:
    p = at_home(copy, now)
    try:
        assert p.scene_name == "PromiseScene"
        waiting = p.services.playbook.waiting_promises(p.shell.ui.stack[-2].couple)  # type: ignore[attr-defined]
        assert len(waiting) == 2
        p.click("It happened")
        p.key("n")  # the second one: not yet
        assert p.scene_name == "HomeScene"
        couple = p.scene.couple  # type: ignore[attr-defined]
        words = {(promise.owner, promise.made_at): promise.outcome for promise in playbook_store.promises(p.store, couple.id)}
        assert words[(waiting[0].owner, waiting[0].made_at)] is Outcome.DONE
        assert words[(waiting[1].owner, waiting[1].made_at)] is Outcome.NOT_YET
        p.click("Switch couple")
        p.advance(0.3)
        p.click(f"{couple.name(0)} & {couple.name(1)} · Sample couple")  # the sample couple wears its badge
        p.advance(0.3)
        assert p.scene_name == "HomeScene"  # asked once this run: Home does not ask again
        p.click("Date night")
        assert p.scene_name == "PromiseScene"  # "not yet" comes back before the next evening
        p.press(pygame.K_ESCAPE)
        assert p.scene_name == "DateNightSetupScene"
    finally:
        p.close()


def test_the_playbook_opens_from_our_story_and_hides_a_line_by_h_only_a_click_choosing_it(copy: Path, now: datetime) -> None:
    p = at_home(copy, now)
    try:
        p.press(pygame.K_ESCAPE)  # ask me later
        couple = p.scene.couple  # type: ignore[attr-defined]
        p.click("Our story")
        p.click("Playbook & promises")
        assert p.scene_name == "PlaybookScene"
        assert ("H", "hide or show a line") in p.scene.hints
        first_line = p.services.playbook.playbooks(couple)[0].sections[0].lines[0]
        p.press(pygame.K_DOWN)
        p.press(pygame.K_RETURN, times=2)  # (the first may only show where the focus is)
        assert playbook_store.hidden_lines(p.store, couple.id) == set(), "Enter on a line hides nothing by accident"
        assert "H hides it" in p.shell.ui.toast_text  # it says which key does
        p.key("h")
        assert playbook_store.hidden_lines(p.store, couple.id) == {first_line.key}
        assert "H shows it again" in p.shell.ui.toast_text
        listing = p.widget("Playbook")
        assert isinstance(listing, ListView) and listing.items[1].title.startswith("Hidden: ")
        heights = listing._heights
        rows = p.scene.rows  # type: ignore[attr-defined]
        second = next(index for index in range(2, len(rows)) if rows[index] is not None)  # a line, not a heading
        at = (listing.rect.left + 40, listing.rect.top + sum(heights[:second]) + heights[second] // 2)
        p.scene.focus_on(p.widget("Promises"))
        p.step([pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=at, button=1)])
        p.step([pygame.event.Event(pygame.MOUSEBUTTONUP, pos=at, button=1)])
        assert playbook_store.hidden_lines(p.store, couple.id) == {first_line.key}, "a click on a line hides nothing"
        assert listing.selected == second and p.scene.focused() is listing  # it chooses the line
        assert "H hides it" in p.shell.ui.toast_text
        p.key("h")  # H hides the line clicked
        assert playbook_store.hidden_lines(p.store, couple.id) == {first_line.key, rows[second].key}
        p.press(pygame.K_UP, times=second - 1)  # back to the first line, over any heading between
        assert p.widget("Playbook").selected == 1  # type: ignore[attr-defined]
        p.key("h")  # shown again
        assert first_line.key not in playbook_store.hidden_lines(p.store, couple.id)
        p.click("Hide or show")  # the mouse's way: the button hides the line chosen, and shows it again
        assert first_line.key in playbook_store.hidden_lines(p.store, couple.id)
        p.click("Hide or show")
        assert first_line.key not in playbook_store.hidden_lines(p.store, couple.id)
    finally:
        p.close()


def test_just_between_us_comes_into_the_playbook_only_when_both_switch_it_on(copy: Path, now: datetime) -> None:
    p = at_home(copy, now)
    try:
        p.press(pygame.K_ESCAPE)
        couple = p.scene.couple  # type: ignore[attr-defined]
        line = p.services.playbook.playbooks(couple)[0].lines[0]
        p.store.memories.set_private(couple.id, line.key, True)
        p.click("Our story")
        p.click("Playbook & promises")
        shown = lambda: {li.key for li in p.services.playbook.playbooks(couple)[0].lines}  # noqa: E731
        assert line.key not in shown()
        p.click(f"{couple.name(0)} agrees")
        assert line.key not in shown()
        p.click(f"{couple.name(1)} agrees")
        assert line.key in shown()
        listing = p.widget("Playbook")
        assert isinstance(listing, ListView) and any(item.detail.startswith("🔒") for item in listing.items)
    finally:
        p.close()


def test_the_sample_couple_is_removed_from_home_after_a_yes_and_the_game_starts_fresh(copy: Path, now: datetime) -> None:
    p = at_home(copy, now)
    try:
        p.press(pygame.K_ESCAPE)  # ask me later
        p.click("Remove the sample couple")
        assert p.scene_name == "ConfirmScene"
        p.click("Cancel")
        assert p.services.couples()
        p.click("Remove the sample couple")
        p.click("Remove them")
        p.advance(0.3)
        assert p.services.couples() == []
        assert p.scene_name == "CoupleFormScene"  # no couple left: a new one is made, as on a first start
        assert p.store.conn.execute("SELECT COUNT(*) FROM memories").fetchone()[0] == 0
    finally:
        p.close()


@pytest.mark.parametrize("size", [(960, 540), (1920, 1080)])
def test_the_playbook_and_promise_screens_fit_the_window(copy: Path, now: datetime, size: tuple[int, int], tmp_path: Path) -> None:
    p = at_home(copy, now, size)
    screen = pygame.Rect((0, 0), size)
    try:
        p.screenshot(tmp_path / "promise.png")
        for widget in p.scene.widgets:
            assert screen.contains(widget.rect), widget.label
        p.press(pygame.K_ESCAPE)  # ask me later: every promise waits
        p.click("Our story")
        p.click("Playbook & promises")
        for page in ("Promises", f"{p.scene.couple.name(1)}'s playbook"):  # type: ignore[attr-defined]
            p.click(page)
            p.screenshot(tmp_path / "playbook.png")
            rects = [widget.rect for widget in p.scene.widgets]
            for widget in p.scene.widgets:
                assert screen.contains(widget.rect), widget.label
            assert all(not a.colliderect(b) for i, a in enumerate(rects) for b in rects[i + 1 :])
    finally:
        p.close()


def test_the_playbook_names_the_book_a_hidden_line_leaves_as_the_one_you_export(copy: Path, now: datetime) -> None:
    """ "Our book" is a name only the export dialog gives: in the playbook it is the book you export."""
    p = at_home(copy, now)
    try:
        p.press(pygame.K_ESCAPE)  # ask me later
        p.click("Our story")
        p.click("Playbook & promises")
        p.press(pygame.K_DOWN)
        p.key("h")  # hide the first line
        words = [d.text for d in frame(p) if d.by == "PlaybookScene"] + [p.shell.ui.toast_text]
        books = [text for text in words if re.search(r"\bbook\b", text, re.I)]
        assert len(books) >= 2, "the panel and the toast both say where a hidden line is left out"
        assert all("the book you export" in text and "Our book" not in text for text in books), books
    finally:
        p.close()
