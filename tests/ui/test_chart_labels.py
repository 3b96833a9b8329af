"""End labels on Our story's line charts: beside their points, and never on top of one another while there is room."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from game.core.chart_geometry import label_tops

HEIGHT = 14
BOUNDS = (0, 120)


def test_two_lines_ending_together_at_the_bottom_both_stay_readable() -> None:
    assert label_tops([118, 118], HEIGHT, BOUNDS) == [92, 106]


def test_two_lines_ending_together_at_the_top_both_stay_readable() -> None:
    assert label_tops([2, 2], HEIGHT, BOUNDS) == [0, 14]


def test_a_label_with_room_sits_centred_on_its_point() -> None:
    assert label_tops([30, 90], HEIGHT, BOUNDS) == [23, 83]


@given(st.lists(st.integers(BOUNDS[0], BOUNDS[1]), min_size=1, max_size=BOUNDS[1] // HEIGHT))
def test_labels_never_overlap_and_stay_inside_while_there_is_room(ys: list[int]) -> None:
    tops = label_tops(sorted(ys), HEIGHT, BOUNDS)
    assert all(BOUNDS[0] <= top <= BOUNDS[1] - HEIGHT for top in tops)
    assert all(lower - upper >= HEIGHT for upper, lower in pairwise(tops))
