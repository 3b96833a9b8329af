"""A memory's answer put right ("Correct it" in Our story): a mistake, not a change, so the story shows none."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from game.core.memories import Memory, MemoryKey, MemoryVersion

KEY = MemoryKey(0, "important-dates", "birthday")
START = datetime(2026, 3, 1, 19, 30, tzinfo=UTC)


def at(day: int) -> datetime:
    return START + timedelta(days=day)


def memory(*answers: str, private: bool = False) -> Memory:
    return Memory(KEY, tuple(MemoryVersion(answer, at(day)) for day, answer in enumerate(answers)), private)


def test_a_corrected_answer_replaces_the_latest_one_where_it_stands() -> None:
    wrong = memory("1994-12-03")
    right = wrong.corrected("1993-03-03")
    assert right.answer == "1993-03-03"
    assert right.history == (MemoryVersion("1993-03-03", at(0)),)  # one version, its time stamp kept
    assert right.key == wrong.key and len(right.drift()) == 1


def test_a_correction_after_a_change_keeps_the_change_and_mends_only_the_new_answer() -> None:
    changed = memory("Tea", "Cofee")
    right = changed.corrected("Coffee")
    assert [v.answer for v in right.drift()] == ["Tea", "Coffee"]
    assert [v.at for v in right.history] == [at(0), at(1)]


def test_a_change_made_by_mistake_corrected_back_is_no_change_at_all() -> None:
    right = memory("Tea", "Coffee").corrected("Tea")
    assert len(right.history) == 2 and [v.answer for v in right.drift()] == ["Tea"]


def test_checks_that_the_mistake_was_still_true_are_corrected_with_it_so_no_change_appears() -> None:
    checked = memory("Tea", "Cofee", "Cofee", "Cofee")  # changed, then said to be still true twice
    right = checked.corrected("Coffee")
    assert [v.answer for v in right.history] == ["Tea", "Coffee", "Coffee", "Coffee"]
    assert [v.at for v in right.history] == [at(0), at(1), at(2), at(3)]
    assert [v.answer for v in right.drift()] == ["Tea", "Coffee"]


def test_the_same_answer_gives_the_memory_back_as_it_is_and_a_mark_stays() -> None:
    kept = memory("Tea", "Coffee", private=True)
    assert kept.corrected("Coffee") is kept
    assert kept.corrected("Cocoa").private


histories = st.lists(st.sampled_from(["a", "b", "c"]), min_size=1, max_size=8)


@settings(max_examples=300, deadline=None)
@given(answers=histories, new=st.sampled_from(["a", "b", "c", "d"]))
def test_a_correction_never_adds_a_version_nor_a_change(answers: list[str], new: str) -> None:
    before = memory(*answers)
    after = before.corrected(new)
    assert after.answer == new
    assert len(after.history) == len(before.history)
    assert [v.at for v in after.history] == [v.at for v in before.history]
    # The answer before the mistake: the last one that differs from it, if any. Only a correction back to
    # it shortens the drift (the change was the mistake); every other keeps the drift as long as it was.
    earlier = next((a for a in reversed(answers) if a != before.answer), None)
    shrinks = new != before.answer and new == earlier
    assert len(after.drift()) == len(before.drift()) - (1 if shrinks else 0)
    assert [v.answer for v in after.drift()[:-1]] == [v.answer for v in before.drift()[: len(after.drift()) - 1]]
    assert after.corrected(new) is after
