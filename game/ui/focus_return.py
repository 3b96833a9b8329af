"""Where the keyboard's focus goes when a dialog opened from a screen's top bar is declined.

A couple playing by keyboard Tabs from their answer up to the top bar (Pass, Undo, Star, End session on
Play, Quiz and date night; Save card, Cancel and Undo on a card being written), presses Enter, and a dialog
asks ("End this session now?"). Declined (Esc, or its safe answer), it used to leave the focus on that
button: the next Enter asked again, and a letter typed was a shortcut rather than part of the answer. Now
the focus goes back to where it was before they moved to the top bar, or, when that is gone, to the
screen's main control: its first text field, else its first control. A click is a mouse user's own
choice of place: after one, the focus stays where it is.

A widget is in the top bar when its screen marks it so (`Widget.top_bar`); a dialog says it was declined
with `declined` (see QuestionScene).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .intents import Intent
    from .scene import Scene
    from .widgets import Widget


def _in_bar(widget: Widget | None) -> bool:
    return widget is not None and widget.top_bar


class FocusBeforeBar:
    """The screen whose top bar the keyboard moved into, and the label of the control it left there."""

    def __init__(self) -> None:
        self.scene: Scene | None = None
        self.left: str | None = None  # None: nothing had the focus (a quiz's verdicts, none chosen for the judge)

    def handled(self, scene: Scene, intent: Intent, before: Widget | None) -> None:
        """`scene` handled `intent` with the focus on `before`: note where the keyboard took the focus."""
        from .intents import Point  # see intents.py

        after = scene.focused()
        if isinstance(intent, Point):
            if intent.down:
                self.scene = self.left = None  # the mouse chose: its place is kept as it is
        elif _in_bar(after) and not _in_bar(before):
            self.scene, self.left = scene, before.label if before is not None else None
        elif self.scene is scene and not _in_bar(after):
            self.scene = self.left = None  # back down from the bar by keys: nothing to give back

    def closed(self, dialog: Scene, below: Scene) -> None:
        """`dialog` closed over `below`: declined, it gives the keyboard's focus back where it was (see the module)."""
        if not getattr(dialog, "declined", False) or below is not self.scene or not _in_bar(below.focused()):
            return
        reachable = [below.widgets[i] for i in below.focusable() if not below.widgets[i].top_bar]
        place = next((w for w in reachable if w.label == self.left), None)
        typed = next((w for w in reachable if w.typing), None)
        target = place or typed or (reachable[0] if reachable else None)
        nothing = self.left is None
        self.scene = self.left = None
        if nothing or target is None:
            below.focus = -1  # as it was: nothing chosen (Tab or a click chooses)
            below.ui.dirty = True
            return
        below.focus_on(target)
        reveal = getattr(below, "reveal_focus", None)
        if reveal is not None:
            reveal()  # on a side that scrolls, the answer comes back into sight with the focus
