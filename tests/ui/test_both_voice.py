"""A both card asked in the partner's voice ("Which of my faults…?") is answered by each partner in private,
so each one's "my" is the other's. A tester met one on date night and found that "my" meant nobody. The play
screen now says whose voice it is, on both cards whose words speak as "I", and only on those."""

from __future__ import annotations

from game.core.cards import Kind
from game.core.session import Phase
from game.storage.paths import user_decks_dir
from game.ui.scenes.play_view import side_text

from .drawn import frame, overlapping, top_scene
from .test_followups import _until
from .test_play_loop import _deal_only
from .tour import play_turn

OUR_DECK = """format: 1
id: voices
name: Voices
cards:
  - id: my-faults
    kind: both
    text: Which of my faults are you allowed to moan about, but nobody else is?
  - id: heating
    kind: both
    text: What should the heating be set to tonight?
  - id: says-it
    kind: both
    answer: who
    text: Who's more likely to call 'Have you seen my keys?' from another room?
"""

SAID = "Read it as if the other asked: “I” is your partner."


def _round(pilots, data_root, size=(1280, 720), text_size="medium"):  # type: ignore[no-untyped-def]
    folder = user_decks_dir(data_root)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "voices.yaml").write_text(OUR_DECK, encoding="utf-8")
    p = pilots(at_home=True, size=size)
    p.shell.ui.set("text_size", text_size)
    _deal_only(p, "Voices")
    assert p.scene_name == "PlayScene"
    return p


def _words(p) -> list[str]:  # type: ignore[no-untyped-def]
    return [text for text, _, _ in side_text(p.scene)]


def test_a_both_card_in_the_partners_voice_says_whose_voice_it_is_and_a_plain_one_does_not(pilots, data_root) -> None:
    p = _round(pilots, data_root)
    seen: dict[str, bool] = {}
    for _ in range(3):
        _until(p, Kind.BOTH, Phase.PRIVATE)
        card = p.scene.card()
        seen[card.id] = SAID in _words(p)
        while p.scene_name == "PlayScene" and p.scene.card() == card:
            play_turn(p)
    # A "my" inside words the card quotes is someone's line, not the card's voice.
    assert seen == {"my-faults": True, "heating": False, "says-it": False}


def test_the_line_fits_beside_the_card_at_the_largest_text_in_a_small_window(pilots, data_root) -> None:
    p = _round(pilots, data_root, size=(960, 540), text_size="largest")
    for _ in range(4):
        _until(p, Kind.BOTH, Phase.PRIVATE)
        if p.scene.card().id == "my-faults":
            break
        card = p.scene.card()
        while p.scene_name == "PlayScene" and p.scene.card() == card:
            play_turn(p)
    assert p.scene.card().id == "my-faults" and SAID in _words(p)
    drawn = top_scene(p, frame(p))
    assert overlapping(drawn) == []
    voice = [d for d in drawn if "“I”" in d.text or "your partner." in d.text]
    assert voice and not [d for d in voice if d.cut], voice
