"""Earlier wordings of a card's options, carried when the options are edited, so no pick made before is lost.

An answer picked from a list is kept as the option's words (see answers.current_option). When a couple
rewords an option in Deck studio, the card remembers the wording it had under `options_were`, naming the
option it became: a pick made before is still the same pick, judged and quizzed as one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .answers import option_key


def carried(before: Sequence[str], after: Sequence[str], were: Mapping[str, str]) -> dict[str, str]:
    """The `options_were` a card holds once its options go from `before` to `after`.

    Options are paired by place only when the count is unchanged (a row reworded, not added or taken
    away): one whose words changed (more than capitals or punctuation, which `option_key` is blind to) is
    an earlier wording of the option in its place. Earlier wordings already held are kept, pointed on to
    what their option became; any that would name no option now, or that are an option again, are dropped.
    """
    now = {option_key(option): option for option in after}
    paired = list(zip(before, after, strict=True)) if len(before) == len(after) else []
    renamed = {option_key(old): new for old, new in paired if option_key(old) != option_key(new)}
    out: dict[str, str] = {}
    for was, became in [*were.items(), *paired]:
        target = renamed.get(option_key(became), became)
        if option_key(was) in now or option_key(target) not in now:
            continue
        out[was] = now[option_key(target)]
    return out
