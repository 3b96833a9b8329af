"""The simplified bidi pass: a line's direction, its runs, and the order they are drawn in."""

from __future__ import annotations

from game.ui.bidi import Run, base_direction, isolate, levels, reorder, visual_order, visual_runs

HEBREW = "שלום"
ARABIC = "مرحبا"
PERSIAN = "می\u200cخواهم قهوه بنوشم"  # "I want to drink coffee", with a zero-width non-joiner


def drawn(text: str, direction: str | None = None) -> list[tuple[str, int]]:
    return [(run.text, run.level) for run in visual_runs(text, direction)]


def test_the_first_strong_letter_sets_a_paragraphs_direction():
    assert base_direction(HEBREW + " Kofi") == "rtl"
    assert base_direction("Kofi " + HEBREW) == "ltr"
    assert base_direction("Noa " + HEBREW + " " + HEBREW) == "ltr"  # the first letter decides, not the most letters
    assert base_direction("123, " + ARABIC) == "rtl"  # digits and punctuation are not strong
    assert base_direction("😀 ") == "ltr"
    assert base_direction("") == "ltr"


def test_an_english_sentence_that_starts_with_an_isolated_hebrew_name_reads_left_to_right():
    assert base_direction(isolate("נועה") + "'s answers") == "ltr"
    assert visual_order(isolate("נועה") + " guessed: Hardly any") == "העונ guessed: Hardly any"


def test_latin_text_is_one_run_left_to_right():
    assert drawn("Toast with honey, 2 spoons!") == [("Toast with honey, 2 spoons!", 0)]


def test_a_hebrew_line_is_one_right_to_left_run():
    assert drawn("שלום עולם!") == [("שלום עולם!", 1)]  # the closing "!" is at the paragraph's end: its start side's opposite


def test_a_persian_answer_with_a_zero_width_non_joiner_stays_one_run():
    assert drawn(PERSIAN) == [(PERSIAN, 1)]
    assert levels(PERSIAN) == [1] * len(PERSIAN)


def test_hebrew_inside_an_english_line_is_its_own_run_in_place():
    assert drawn("I said " + HEBREW + " today") == [("I said ", 0), (HEBREW, 1), (" today", 0)]


def test_english_numbers_and_emoji_inside_a_hebrew_line_are_drawn_from_the_right():
    text = HEBREW + " Kofi 123 😀!"
    # logical: Hebrew, then Kofi and 123 (left to right, one run), then the emoji and "!" at the line's end
    assert drawn(text) == [(" 😀!", 1), ("Kofi 123", 2), (HEBREW + " ", 1)]


def test_numbers_stay_left_to_right_inside_right_to_left_text():
    assert drawn("בן 25 שנה") == [(" שנה", 1), ("25", 2), ("בן ", 1)]


def test_arabic_with_english_and_an_emoji():
    text = ARABIC + " hello ☕"
    assert drawn(text) == [(" ☕", 1), ("hello", 2), (ARABIC + " ", 1)]


def test_neutrals_between_different_directions_take_the_paragraphs():
    assert drawn("Kofi, " + HEBREW) == [("Kofi, ", 0), (HEBREW, 1)]
    assert drawn(HEBREW + ", Kofi") == [("Kofi", 2), (HEBREW + ", ", 1)]


def test_a_wrapped_line_keeps_its_paragraphs_direction():
    # the second line of a Hebrew paragraph may begin with an English word: it still reads from the right
    assert drawn("Kofi " + HEBREW, "rtl") == [(" " + HEBREW, 1), ("Kofi", 2)]
    assert drawn("Kofi only", "rtl") == [("Kofi only", 2)]


def test_combining_marks_go_with_their_letter():
    assert drawn("cafe\u0301 " + HEBREW) == [("cafe\u0301 ", 0), (HEBREW, 1)]
    assert drawn(HEBREW + " e\u0301") == [("e\u0301", 2), (HEBREW + " ", 1)]


def test_reordering_reverses_from_the_highest_level_down():
    logical = [Run("a", 0), Run("b", 1), Run("c", 2), Run("d", 1), Run("e", 0)]
    assert [run.text for run in reorder(logical)] == ["a", "d", "c", "b", "e"]


# The tester's evening (item 6): each example, as it must be seen from left to right.
FLOWERS = "Fresh flowers 🌷 گل\u200cهای تازه ☕ שלום"


def test_an_answer_takes_its_direction_from_its_first_letter_not_from_its_most_letters():
    assert base_direction(FLOWERS) == "ltr"  # eleven Persian and Hebrew letters, twelve Latin: the first is Latin
    # the Persian and the Hebrew after it are one right-to-left run: Persian first from the right, so Hebrew sits left of it
    assert visual_order(FLOWERS) == "Fresh flowers 🌷 םולש ☕ هزات یاه\u200cلگ"
    assert base_direction("چای عصر با مادرم") == "rtl"
    assert visual_order("چای عصر با مادرم") == "مردام اب رصع یاچ"


def test_a_couples_names_keep_the_interfaces_order():
    assert visual_order(isolate("سارا") + " & " + isolate("Zoë")) == "اراس & Zoë"
    assert visual_order(isolate("Zoë") + " & " + isolate("سارا")) == "Zoë & اراس"
    # without isolation the same line is a right-to-left paragraph and the names swap sides
    assert visual_order("سارا & Zoë") == "Zoë & اراس"


def test_a_loved_line_keeps_the_name_the_verb_and_the_answer_in_place():
    line = "♥  " + isolate("سارا") + " loved: " + isolate("خنده\u200cات")
    assert base_direction(line) == "ltr"
    assert visual_order(line) == "♥  اراس loved: تا\u200cهدنخ"


def test_brackets_pair_around_right_to_left_words():
    label = isolate("Soirée tea (چای)") + " (2)"
    assert visual_order(label) == "Soirée tea (یاچ) (2)"
    assert visual_order("Soirée tea (چای) 2") == "Soirée tea (یاچ) 2"
    # in a right-to-left sentence the brackets around an English word are mirrored with the run
    assert visual_order("שלום (Kofi) עולם") == "םלוע (Kofi) םולש"


def test_an_isolates_inside_does_not_decide_the_paragraph():
    assert base_direction(isolate("سارا") + " " + isolate("نوشین")) == "ltr"  # nothing strong outside: left to right (P3)
    assert base_direction(isolate("Zoë") + " " + HEBREW) == "rtl"
    assert levels("\u2067ab\u2069") == [0, 2, 2, 0]  # RLI: left-to-right text inside a right-to-left isolate
