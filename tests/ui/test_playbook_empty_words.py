"""The empty playbook says what fills it: an answer or a note saved, not a card played (playtest J, §6).

The couple played Signals aloud, saved nothing, and read "Nothing here yet. Play Each Other's Back, Signals, …",
as if they had not. Now the page says that what is saved on those cards fills it, and that talking one through
aloud leaves it as it was.
"""

from __future__ import annotations

from game.ui.routes import Playbook


def test_an_empty_playbook_says_a_saved_answer_or_note_fills_it_not_a_card_played_aloud(pilots) -> None:
    p = pilots(at_home=True)
    couple = p.scene.couple  # type: ignore[attr-defined]
    p.shell.ui.push(Playbook(couple))
    p.step()
    assert p.scene_name == "PlaybookScene"
    empty = p.widget("Playbook").items[0]  # type: ignore[attr-defined]
    assert empty.title == "Nothing here yet."
    assert not empty.detail.startswith("Play "), "they may just have played those cards"
    assert "an answer or a note" in empty.detail.casefold() and "saves" in empty.detail
    assert "aloud" in empty.detail
