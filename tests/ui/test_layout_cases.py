"""The layout problems people met at the "Larger" text size, each checked by geometry, not by eye.

Every test runs in a small laptop's window (960×540) and the usual one (1280×720), at Larger and at
Largest text: what is drawn is read back as rectangles (see drawn.py) and compared.
"""

from __future__ import annotations

import pygame
import pytest

from game.core.cards import AnswerType
from game.core.session import Phase
from game.ui.widgets import Button, Slider, Toggle

from .drawn import Drawn, frame, hints_top, overlapping, top_scene
from .pilot import Pilot
from .test_flows import deal, play_until
from .test_play_loop import _at_a_judging_turn, _on_a_timed_card
from .tour import play_turn, start

SIZES = [(960, 540), (1280, 720)]
TEXT_SIZES = ["larger", "largest"]


@pytest.fixture(params=[(size, text) for size in SIZES for text in TEXT_SIZES], ids=lambda v: f"{v[0][0]}x{v[0][1]}-{v[1]}")
def big_text(request, pilots):
    (size, text) = request.param

    def make() -> Pilot:
        p = pilots(at_home=True, size=size)
        p.shell.ui.set("reduced_motion", True)
        p.shell.ui.set("sound", False)
        p.shell.ui.set("text_size", text)
        return p

    return make


def ink_of(drawn: list[Drawn], text: str) -> pygame.Rect:
    found = [d.ink for d in drawn if d.text == text]
    assert found, f"{text!r} was not drawn; drawn: {[d.text for d in drawn]}"
    return found[0].unionall(found[1:])


def assert_clean(p: Pilot) -> list[Drawn]:
    """Nothing on the screen on top crosses anything else, is cut off, or runs into the key hints.

    A screen with a scrolled part (its `viewport`) may cut what is scrolled out of that part, and only there.
    """
    drawn = top_scene(p, frame(p))
    crossing = overlapping([d for d in drawn if not d.cut])
    assert not crossing, f"{p.scene_name}: text drawn over text: {crossing}"
    foot = hints_top(p)
    viewport = getattr(p.scene, "viewport", None)
    if viewport is not None:
        assert viewport.bottom <= foot, f"{p.scene_name}: the scrolled part runs into the key hints"
    # Cut only where the scrolled part ends (what lies inside the viewport shows whole) is scrolling, not clipping.
    cut = [d for d in drawn if d.cut and not (viewport is not None and scrolled_out_only(d, viewport))]
    assert not cut, f"{p.scene_name}: text cut off by its frame or the window: {cut}"
    window = pygame.Rect((0, 0), p.shell.window.get_size())
    for widget in (w for w in p.scene.widgets if w.visible):
        if viewport is not None and widget.drawn_clip == viewport:
            continue  # in the scrolled part (perhaps scrolled out): what shows of it is inside the viewport
        assert window.contains(widget.rect), f"{p.scene_name}: {widget.label!r} {tuple(widget.rect)} leaves the window"
        assert widget.rect.bottom <= foot, f"{p.scene_name}: {widget.label!r} runs into the key hints at y={foot}"
    shows = [(w, w.rect.clip(w.drawn_clip) if w.drawn_clip else w.rect) for w in p.scene.widgets if w.visible]
    for index, (a, seen_a) in enumerate(shows):
        for b, seen_b in shows[index + 1 :]:
            assert not seen_a.colliderect(seen_b), f"{p.scene_name}: {a.label!r} and {b.label!r} overlap"
    for d in drawn:
        shown = d.ink.clip(d.clip)
        if d.by != "shell" and shown.height:
            assert shown.bottom <= foot, f"{p.scene_name}: {d} runs into the key hints at y={foot}"
    return drawn


def scrolled_out_only(d: Drawn, viewport: pygame.Rect) -> bool:
    """Whatever of `d` lies inside the scrolled part shows whole: only what is scrolled out of it is cut."""
    inside = d.ink.clip(viewport)
    return d.clip == viewport or not (inside.width and inside.height) or d.clip.contains(inside)


def assert_labels_inside_their_widgets(p: Pilot, drawn: list[Drawn]) -> None:
    for widget in p.scene.widgets:
        if widget.visible and isinstance(widget, (Button, Toggle)):
            ink = ink_of(drawn, widget.label)
            assert widget.rect.contains(ink), f"{p.scene_name}: {widget.label!r} overflows its {type(widget).__name__}"


def test_layout_play_just_between_us_stays_clear_of_the_key_hints(big_text):
    p = big_text()
    deal(p)
    play_until(p, lambda q: q.scene.private_toggle is not None)
    assert_clean(p)
    toggle = p.widget("Just between us")
    for _ in range(len(p.scene.widgets)):
        if p.scene.focused() is toggle:
            break
        p.press(pygame.K_TAB)
    assert p.scene.focused() is toggle
    drawn = assert_clean(p)
    label = ink_of(drawn, "Just between us")
    assert toggle.rect.bottom <= hints_top(p)
    assert toggle.rect.contains(label) and p.scene.viewport.contains(toggle.rect)


def test_layout_play_every_phase_is_clean(big_text):
    p = big_text()
    deal(p)
    seen = set()
    for _ in range(30):
        if p.scene_name != "PlayScene":
            break
        session = p.scene.session
        tag = (session.phase, p.scene.card().kind, p.scene.card().answer_type)
        if tag not in seen:
            seen.add(tag)
            assert_clean(p)
        from .tour import play_turn

        play_turn(p)
    assert len(seen) >= 4


def test_layout_setup_title_subtitle_and_buttons_keep_their_words(big_text):
    p = big_text()
    p.click("Play")
    drawn = assert_clean(p)
    assert_labels_inside_their_widgets(p, drawn)
    said = next(d.text for d in drawn if d.text.startswith("Mix as many decks as you like."))  # and why a count is small
    title, subtitle = ink_of(drawn, "Choose your cards"), ink_of(drawn, said)
    assert title.bottom <= subtitle.top


def test_layout_settings_labels_keep_apart_from_their_sliders(big_text):
    p = big_text()
    p.click("Settings")
    drawn = assert_clean(p)
    assert_labels_inside_their_widgets(p, drawn)
    t = p.shell.ui.theme
    for slider in (w for w in p.scene.widgets if isinstance(w, Slider)):
        label = ink_of(drawn, f"{slider.label}: {slider.describe(slider.value)}")
        knob_top = slider._track.centery - t.px(11)
        assert label.bottom + t.px(4) <= knob_top, f"{slider.label} touches its slider"


def only_deck(p: Pilot, name: str) -> None:
    """On Set-up, by keyboard as a person would at a size where the decks scroll: switch every deck but one off."""
    for toggle in [w for w in p.scene.widgets if isinstance(w, Toggle)]:
        while p.scene.focused() is not toggle:
            p.press(pygame.K_TAB)
        assert p.scene.viewport.contains(toggle.rect), f"{toggle.label} was tabbed to but not scrolled into sight"
        if toggle.value != toggle.label.startswith(name):
            p.press(pygame.K_RETURN)
        if toggle.value != toggle.label.startswith(name):  # after a click, Enter first shows where the focus is
            p.press(pygame.K_RETURN)
        assert toggle.value == toggle.label.startswith(name)


def dealt_a_typed_date(p: Pilot) -> bool:
    """Play the round dealt from Important Dates until a date is typed into the card's own field (False if none came)."""
    while p.scene_name == "PlayScene":
        if p.scene.card().answer_type is AnswerType.DATE and p.scene.input is not None:
            return True
        play_turn(p)
    return False


def at_a_typed_date(p: Pilot) -> None:
    """Deal rounds of Important Dates (a round deals twelve of its cards) until one deals a date typed on the card."""
    for _ in range(10):
        p.click("Play")
        only_deck(p, "Important Dates")
        p.click("Deal the cards")
        if dealt_a_typed_date(p):
            return
        p.click("Back home")
    raise AssertionError("no round dealt a date typed on the card")


def test_layout_a_date_cards_error_is_clear_of_the_save_button(big_text):
    p = big_text()
    at_a_typed_date(p)
    p.type("3x")  # "x" can never be part of a day: the box says so as it is typed (Enter's reasons show there too)
    error = p.scene.input.field.error
    assert error
    drawn = assert_clean(p)
    ink = ink_of(drawn, error)
    for widget in (w for w in p.scene.widgets if w.visible):
        assert not ink.colliderect(widget.rect), f"the error sits behind {widget.label!r}"


def test_layout_the_end_session_dialog_has_a_body(big_text):
    p = big_text()
    deal(p)
    p.click("End session")
    assert p.scene_name == "ConfirmScene"
    drawn = assert_clean(p)
    labels = {w.label for w in p.scene.widgets} | {"End this session now?"}
    body = [d for d in drawn if d.by == "ConfirmScene" and d.text not in labels]
    assert body, "the dialog asks a question and says nothing about it"
    box = p.scene.box
    assert all(box.contains(d.ink) for d in drawn if d.by == "ConfirmScene")


def go_to(p: Pilot, screen: str) -> None:
    """From Home to `screen`: Home itself, Settings, Choose your cards, or a round dealt."""
    if screen == "SettingsScene":
        p.click("Settings")
    if screen == "SetupScene":
        p.click("Play")
    if screen == "PlayScene":
        deal(p)


@pytest.mark.parametrize("screen", ["HomeScene", "SettingsScene", "SetupScene", "PlayScene"])
def test_layout_a_toast_never_covers_a_control(big_text, screen):
    p = big_text()
    go_to(p, screen)
    p.shell.ui.toast("Saved: kindred-export-2026-11-25.json and our-book-2026-11-25.html, in the exports folder.")
    drawn = frame(p)
    toast = p.shell.toast_rect()
    assert toast is not None and toast.width > 0
    # A control counts where it shows: the part of a scrolled list's toggle hidden under the key hints is not there.
    shown = [(w.label, w.shown if w.shown is not None else w.rect) for w in p.scene.widgets if w.visible and w.focusable]
    covered = [label for label, rect in shown if rect.colliderect(toast)]
    assert not covered, f"the toast covers {covered}"
    assert pygame.Rect((0, 0), p.shell.window.get_size()).contains(toast)
    assert any(d.by == "shell" and toast.contains(d.ink) for d in drawn)


def test_layout_each_verdict_holds_its_words_and_key_whatever_the_room(big_text):
    """Side by side where a third of the side holds a verdict, one under another where it cannot; never spilling."""
    p = big_text()
    _at_a_judging_turn(p)
    assert p.scene.session.phase is Phase.JUDGE
    ui, theme = p.shell.ui, p.shell.ui.theme
    verdicts = [p.widget(label) for label in ("Got it", "So close", "Not quite")]
    for verdict in verdicts:
        words = ui.text.measure(verdict.label, theme.style("button")) + verdict.chip_width(ui) + theme.px(28)
        assert verdict.rect.width >= words, f"{verdict.label!r} is {verdict.rect.width} wide and needs {words}"
    rects = [v.rect for v in verdicts]
    assert all(a.colliderect(b) is False for i, a in enumerate(rects) for b in rects[i + 1 :])
    side_by_side = len({r.top for r in rects}) == 1
    assert side_by_side or [r.top for r in rects] == sorted(r.top for r in rects)
    assert_clean(p)


def test_layout_a_timer_run_out_keeps_its_words_and_offers_another_go(big_text):
    p = big_text()
    card = _on_a_timed_card(p)
    assert_clean(p)
    p.key("t")
    p.advance(card.seconds + 0.5, fps=10)
    drawn = assert_clean(p)
    again = p.widget(f"Run the {card.timer_words} timer again")
    assert again.visible and again.rect.width > 0
    assert any("Time!" in d.text for d in drawn)


@pytest.mark.parametrize("screen", ["HomeScene", "SettingsScene", "SetupScene", "PlayScene"])
def test_layout_a_short_toast_hides_none_of_the_screens_words_at_the_usual_size(pilots, screen):
    """Where the foot above the key hints is taken, a toast lies over the hints, not over a title or a card."""
    p = pilots(at_home=True)
    go_to(p, screen)
    for words in ("Welcome, Zoë and Łukasz.", "Taken back.", "Starred — it will be in your summary."):
        p.shell.ui.toast(words)
        drawn = frame(p)
        toast = p.shell.toast_rect()
        hidden = [d for d in drawn if d.by == screen and d.ink.colliderect(toast)]
        assert not hidden, f"the toast hides the screen's own words {hidden}"
        covered = [w.label for w in p.scene.widgets if w.visible and w.focusable and w.rect.colliderect(toast)]
        assert not covered, f"the toast covers {covered}"


def test_layout_a_dates_boxes_read_in_the_order_tab_visits_them(big_text):
    """Day, month, year: read left to right and top to bottom, whatever the room, so Tab from the day goes where
    the eye goes next, and a year typed after it lands in a box that is there."""
    p = big_text()
    at_a_typed_date(p)
    date = p.scene.input
    boxes = [date.field.rect, date.slider.rect, date.year.rect]
    reading = sorted(boxes, key=lambda r: (r.top, r.left))
    assert reading == boxes, f"the boxes read {reading}, Tab visits {boxes}"
    for i, one in enumerate(boxes):
        assert all(not one.colliderect(other) for other in boxes[i + 1 :])
    p.scene.focus_on(date.field)
    p.type("9")
    p.press(pygame.K_TAB)
    assert p.scene.focused() is date.slider
    p.press(pygame.K_TAB)
    assert p.scene.focused() is date.year


@pytest.mark.parametrize("size", SIZES, ids=lambda v: f"{v[0]}x{v[1]}")
def test_layout_the_erase_dialog_holds_a_long_folder_name_at_the_largest_text(size, tmp_path, now):
    """The first erase question names the folder its exports and keepsakes are in: a long one still fits the box,
    clear of the buttons, at the largest text on a small laptop's window, with every sentence it can say (what goes,
    what an older Kindred left, what is the couple's own)."""
    from game.storage.file_record import RECORD_NAME
    from game.storage.keepsakes import save_keepsake
    from game.storage.store import Store
    from tests.erase_folders import theirs

    root = tmp_path / ("holiday-photos-and-other-things-" * 3) / ("kindred-our-game-" * 3) / "kindred-data"
    Store.open(root, now).close()
    (root / RECORD_NAME).unlink()  # as a Kindred that kept no record of its files left the folder
    (root / "kindred.db.broken-20250101-000000").write_bytes(b"set aside by an older Kindred")
    p = start(root, now, size=size)
    try:
        p.shell.ui.set("reduced_motion", True)
        p.shell.ui.set("text_size", "largest")
        p.services.export_everything(include_private=False)
        save_keepsake(root, b"\x89PNG\r\n\x1a\n a date night", now)
        theirs(root, tmp_path / "elsewhere")
        p.click("Settings")
        p.click("Erase everything…")
        assert str(root) in p.scene.detail and "made by an older Kindred stays" in p.scene.detail
        drawn = assert_clean(p)
        box = p.scene.box
        words = [d for d in drawn if d.by == "ConfirmScene" and d.text not in {w.label for w in p.scene.widgets}]
        assert words and all(box.contains(d.ink) for d in words), "the words run out of the dialog"
        buttons_top = min(w.rect.top for w in p.scene.widgets)
        assert all(d.ink.bottom <= buttons_top for d in words), "the words run under the buttons"
    finally:
        p.close()
