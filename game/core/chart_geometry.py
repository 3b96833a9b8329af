"""Where a chart's points and labels go: pure geometry, shared by Our story's charts on screen and their tests."""

from __future__ import annotations

from collections.abc import Sequence


def point_xs(count: int, left: float, right: float, inset: float = 0) -> list[float]:
    """Where `count` evenly spaced points go between `left` and `right`: one alone in the middle, more from `inset` in
    at either end, so a date label twice `inset` wide centred under the first or the last stays inside."""
    if count == 1:
        return [(left + right) / 2]
    inset = max(0.0, min(inset, (right - left) / 4))  # a narrow chart keeps most of its width for the points
    first, last = left + inset, right - inset
    return [first + index * (last - first) / (count - 1) for index in range(count)]


def label_span(x: float, width: float, left: float, right: float) -> tuple[float, float]:
    """Where a label `width` wide goes under a point at `x`: centred on it, moved in to stay between `left` and
    `right` where it can, but never so far that its point is no longer over it."""
    start = min(max(x - width / 2, left), right - width)
    start = max(min(start, x), x - width)
    return start, start + width


def label_tops(ys: Sequence[int], height: int, bounds: tuple[int, int]) -> list[int]:
    """Where labels `height` tall go beside points at `ys` (sorted, top first): each as near its point as it can be,
    none overlapping another while `bounds` has room for them all — two lines ending at 0% both stay readable."""
    tops: list[int] = []
    for y in ys:  # down the chart: none above the bounds, none over the one above it
        tops.append(max(bounds[0], y - height // 2, tops[-1] + height if tops else bounds[0]))
    floor = bounds[1]
    for index in range(len(tops) - 1, -1, -1):  # back up from the bottom: none below the bounds, none over the one below
        tops[index] = max(bounds[0], min(tops[index], floor - height))
        floor = tops[index]
    return tops
