"""A one-line field that refuses, as it is typed, what can never be right in it, and says why under it.

A date's day box, its year box and a number answer each know what may still become right there (see
game/core/date_typing.py and number_typing.py). What can never become right is not taken as it is typed:
the field keeps what of it can (the "12" of a pasted "12th of June"), and says what it left out, and why.
What is wrong only as a whole (31 February, a year of two digits) is still Enter's to say.
"""

from __future__ import annotations

from collections.abc import Callable

from game.core.quote_marks import in_quotes

from .text_field import TextField


class CheckedField(TextField):
    def __init__(
        self,
        label: str,
        value: str,
        may_become: Callable[[str], bool],
        why: str,
        on_refused: Callable[[str], None],
        on_submit: Callable[[str], None] | None = None,
        placeholder: str = "",
        max_chars: int = 40,
        captioned: bool = False,
        on_change: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(label, value, on_submit, placeholder=placeholder, max_chars=max_chars, on_change=on_change)
        self.captioned = captioned
        self.may_become = may_become
        #: What is said under the field: {what} is the part left out, quoted as answers are.
        self.why = why
        self.on_refused = on_refused  # the screen shows the reason, making room for it under the field

    def insert(self, text: str) -> None:
        value, cursor, anchor = self.value, self.cursor, self.anchor
        super().insert(text)
        if self.may_become(self.value) or not self.may_become(value):  # a field wrong already (an old draft) is not stuck
            return
        kept = len(text)
        while kept and not self.may_become(self.value):  # the longest start of what was given that can still be right
            kept -= 1
            self.value, self.cursor, self.anchor = value, cursor, anchor
            super().insert(text[:kept])
        left = " ".join(text[kept:].split())
        self.on_refused(self.why.format(what=in_quotes(left) if left else "A space there"))
