"""The play screen places its buttons by which button they are, not by their words.

Words change (date night says "Move on" for "End session"; another language would say all of
them differently); the three verdicts still sit in a row with "That's changed" below them.
"""

from __future__ import annotations

from .test_play_loop import _at_a_judging_turn


def test_the_judging_buttons_are_placed_by_what_they_do_not_by_their_words(pilots):
    p = pilots(at_home=True)
    _at_a_judging_turn(p)
    scene = p.scene
    buttons = (*scene.verdicts, scene.changed_button)
    placed = [button.rect.copy() for button in buttons]
    for button, words in zip(buttons, ("Oui", "Presque", "Pas tout à fait", "Ça a changé"), strict=True):
        button.label = words  # as another language would say them
    scene.layout()
    assert [button.rect for button in buttons] == placed
    assert placed[0].top == placed[1].top == placed[2].top < placed[3].top  # three in a row, "changed" below
    assert scene.end_button is not None and scene.end_button.rect.top < placed[0].top  # a chip along the top


def test_with_many_options_the_listening_cues_shorten_so_just_between_us_stays_in_sight(pilots):
    from game.core.cards import AnswerType, Kind
    from game.core.session import Phase

    from .test_flows import deal
    from .test_play_loop import _play_rounds_until

    p = pilots(at_home=True)

    def many_options(scene) -> bool:
        card = scene.card()
        return (
            scene.session.phase is Phase.ANSWER
            and card.kind is Kind.ASK
            and card.answer_type is AnswerType.CHOICE
            and len(card.options) >= 5
            and scene.private_toggle is not None
            and scene.cues_short  # the three cues and the controls would not both fit: this is the case
        )

    scene = _play_rounds_until(p, deal, many_options, 12, "no ask card with five or six options was dealt")
    view = scene.viewport
    toggle = scene.private_toggle
    assert view.contains(toggle.rect), f"'Just between us' at {toggle.rect} is outside the side's view {view}"
    if scene.talked_button is not None:
        assert view.contains(scene.talked_button.rect)
    from game.ui.scenes.play_view import side_text

    words = [text for text, _, _ in side_text(scene)]
    assert not any(text.startswith("•") for text in words), "the three cues became one line"
    assert any("say back what you heard" in text for text in words), "and still say all three things"


def test_starring_a_card_never_moves_the_other_small_buttons(pilots):
    from .test_flows import deal

    p = pilots(at_home=True)
    deal(p)
    before = {label: p.widget(label).rect.copy() for label in ("Pass", "Undo", "End session")}
    p.click("Star")
    assert "Unstar" in p.labels()
    after = {label: p.widget(label).rect for label in before}
    assert after == before
