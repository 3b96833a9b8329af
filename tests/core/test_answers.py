"""Reading typed answers and judging guesses."""

from __future__ import annotations

import pytest

from game.core.answers import (
    MAX_ANSWER_CHARS,
    AnswerError,
    Verdict,
    auto_verdict,
    describe,
    parse_answer,
    parse_date,
)
from game.core.cards import AnswerType, Card, Kind
from game.core.judge_hints import date_gap_words, similarity


def card(answer: AnswerType = AnswerType.TEXT, options: tuple[str, ...] = (), kind: Kind = Kind.ASK) -> Card:
    return Card(deck_id="d", id="c", text="A question?", kind=kind, answer=answer, options=options, quiz="q")


TEXT = card()
CHOICE = card(AnswerType.CHOICE, ("Tea", "Café au lait", "Nothing at all"))
DATE = card(AnswerType.DATE)
NUMBER = card(AnswerType.NUMBER)
SCALE = card(AnswerType.SCALE)
SCENARIO = card(kind=Kind.SCENARIO, options=("Call them", "Wait it out"))


# ---- parse_answer: text ---------------------------------------------------------


def test_text_answer_is_kept_with_only_outer_whitespace_trimmed() -> None:
    assert parse_answer(TEXT, "  a walk   by the sea \n") == "a walk   by the sea"


def test_text_answer_keeps_unicode_exactly() -> None:
    value = "Zoë 👩🏽‍🤝‍👩🏻 مرحبا Nguyễn"
    assert parse_answer(TEXT, value) == value


def test_empty_answer_is_refused_with_a_hint_to_pass() -> None:
    with pytest.raises(AnswerError, match="pass"):
        parse_answer(TEXT, "   ")


def test_text_answer_at_the_limit_is_accepted_and_one_more_is_refused() -> None:
    assert len(str(parse_answer(TEXT, "x" * MAX_ANSWER_CHARS))) == MAX_ANSWER_CHARS
    with pytest.raises(AnswerError, match="characters"):
        parse_answer(TEXT, "x" * (MAX_ANSWER_CHARS + 1))


def test_a_ten_thousand_character_paste_is_a_valid_text_answer() -> None:
    paste = ("Ünïcødé ✨ " * 1000)[:10_000]
    assert parse_answer(TEXT, paste) == paste.strip()


# ---- parse_answer: choice ---------------------------------------------------------


@pytest.mark.parametrize(("number", "option"), [(1, "Tea"), (2, "Café au lait"), (3, "Nothing at all")])
def test_choice_by_number_picks_that_option(number: int, option: str) -> None:
    assert parse_answer(CHOICE, number) == option


def test_a_typed_option_number_picks_that_option() -> None:
    assert parse_answer(CHOICE, "2") == CHOICE.options[1]
    assert parse_answer(CHOICE, "٢") == CHOICE.options[1], "a decimal digit of any script is a number"


def test_a_lone_surrogate_becomes_a_replacement_character_and_the_rest_is_kept() -> None:
    assert parse_answer(TEXT, "Zoë \ud800☕") == "Zoë \ufffd☕"


@pytest.mark.parametrize(("typed", "value"), [("1,000", 1000), ("1,5", 1.5), ("1,000.5", 1000.5), ("2 500", 2500)])
def test_numbers_read_thousands_separators_and_decimal_commas(typed: str, value: float) -> None:
    assert parse_answer(NUMBER, typed) == value


@pytest.mark.parametrize("typed", ["cafe au lait", "CAFÉ AU LAIT", "  café   au  lait ", "Cafe\u0301 au lait"])
def test_choice_by_text_ignores_case_accents_and_spacing(typed: str) -> None:
    assert parse_answer(CHOICE, typed) == "Café au lait"


@pytest.mark.parametrize("wrong", [0, 4, -1, "coffee", "0", "9", "¹", "²", "①"])
def test_choice_outside_the_options_lists_them(wrong: int | str) -> None:
    with pytest.raises(AnswerError, match="Tea, Café au lait, Nothing at all"):
        parse_answer(CHOICE, wrong)


def test_scenario_answers_are_choices_among_its_options() -> None:
    assert parse_answer(SCENARIO, 2) == "Wait it out"
    assert parse_answer(SCENARIO, "call THEM") == "Call them"


# ---- parse_answer: dates ----------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("03-14", "03-14"),
        ("3-14", "03-14"),
        ("14/3", "03-14"),  # slashes and dots: day first unless the system says otherwise (test_date_entry)
        ("14.03", "03-14"),
        ("14 March", "03-14"),
        ("14 mar", "03-14"),
        ("March 14", "03-14"),
        ("march   14", "03-14"),
        ("Sept 3", "09-03"),
        ("2001-03-14", "2001-03-14"),
        ("2001-3-14", "2001-03-14"),
        ("March 14, 2001", "2001-03-14"),
        ("March 14 2001", "2001-03-14"),
        ("14 March 2001", "2001-03-14"),
        ("14 March, 2001", "2001-03-14"),
    ],
)
def test_dates_are_read_in_several_spellings(typed: str, stored: str) -> None:
    assert parse_answer(DATE, typed) == stored
    assert parse_date(typed) == stored


def test_feb_29_without_a_year_is_a_real_birthday() -> None:
    assert parse_answer(DATE, "Feb 29") == "02-29"
    assert parse_answer(DATE, "02-29") == "02-29"


def test_feb_29_in_a_leap_year_is_accepted() -> None:
    assert parse_answer(DATE, "2000-02-29") == "2000-02-29"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("2001-02-29", "no day 29 in February"),
        ("02-30", "no day 30 in February"),
        ("April 31", "no day 31 in April"),
        ("13-01", "no day 1 in month 13"),
        ("00-10", "no day 10 in month 0"),
        ("Smarch 14", "month and day"),
        ("tomorrow", "month and day"),
        ("14", "month and day"),
        ("2001", "month and day"),
    ],
)
def test_invalid_dates_give_a_clear_answer_error(typed: str, message: str) -> None:
    with pytest.raises(AnswerError, match=message):
        parse_answer(DATE, typed)


# ---- parse_answer: numbers and scales -------------------------------------------


@pytest.mark.parametrize(
    ("typed", "value"),
    [("42", 42), (" 7 ", 7), ("2.5", 2.5), ("2,5", 2.5), ("-3", -3), ("4.0", 4), (12, 12), (0.25, 0.25)],
)
def test_numbers_are_read_as_int_when_whole(typed: str | float, value: float) -> None:
    parsed = parse_answer(NUMBER, typed)
    assert parsed == value
    assert type(parsed) is type(value)


@pytest.mark.parametrize("typed", ["many", "1e", "nan", "inf", "-inf"])
def test_not_a_number_is_an_answer_error(typed: str) -> None:
    with pytest.raises(AnswerError, match="not a number"):
        parse_answer(NUMBER, typed)


@pytest.mark.parametrize("typed", ["1", "10", 1, 10, "7.0", "5"])
def test_scale_accepts_whole_numbers_from_1_to_10(typed: str | int) -> None:
    assert parse_answer(SCALE, typed) in range(1, 11)
    assert isinstance(parse_answer(SCALE, typed), int)


@pytest.mark.parametrize("typed", ["0", "11", 0, 11, "-1", "7.5", 3.5])
def test_scale_refuses_values_outside_1_to_10_or_fractions(typed: str | float) -> None:
    with pytest.raises(AnswerError, match="1 to 10"):
        parse_answer(SCALE, typed)


# ---- auto_verdict -------------------------------------------------------------------


def test_text_is_never_judged_automatically() -> None:
    assert auto_verdict(TEXT, "pizza", "pizza") is None
    assert auto_verdict(TEXT, "pizza", "sushi") is None


def test_choice_is_got_it_or_not_quite() -> None:
    assert auto_verdict(CHOICE, "Café au lait", "cafe au lait") is Verdict.GOT_IT
    assert auto_verdict(CHOICE, "Café au lait", "Tea") is Verdict.NOT_QUITE


def test_scenario_verdicts_are_choice_verdicts() -> None:
    assert auto_verdict(SCENARIO, "Call them", "Call them") is Verdict.GOT_IT
    assert auto_verdict(SCENARIO, "Call them", "Wait it out") is Verdict.NOT_QUITE


@pytest.mark.parametrize(
    ("truth", "guess", "verdict"),
    [
        ("03-14", "03-14", Verdict.GOT_IT),
        ("03-14", "2001-03-14", Verdict.GOT_IT),  # the answer gave no year: any year is the day
        ("2001-03-14", "2001-03-14", Verdict.GOT_IT),
        ("2001-03-14", "03-14", None),  # the year matters, and the guess left it out: the owner says
        ("2001-03-14", "2002-03-14", None),
        ("12-24", "12-25", None),  # Christmas Day is not Christmas Eve: near is the owner's to judge
        ("03-14", "03-17", None),
        ("03-14", "03-11", None),
        ("03-14", "03-18", Verdict.NOT_QUITE),
        ("03-14", "03-10", Verdict.NOT_QUITE),
        ("02-28", "03-01", None),
        ("03-14", "04-14", Verdict.NOT_QUITE),
        ("12-31", "01-01", None),
        ("01-01", "12-31", None),
        ("12-30", "01-02", None),
        ("12-29", "01-02", Verdict.NOT_QUITE),
        ("01-02", "12-29", Verdict.NOT_QUITE),
        ("1990-12-31", "1991-01-02", None),
        ("2019-12-24", "2018-12-25", Verdict.NOT_QUITE),  # a day off, a year out: 364 days apart
    ],
)
def test_only_the_very_day_is_judged_by_the_game_and_a_near_one_by_its_owner(
    truth: str, guess: str, verdict: Verdict | None
) -> None:
    assert auto_verdict(DATE, truth, guess) is verdict


@pytest.mark.parametrize(
    ("truth", "guess", "words"),
    [
        ("12-24", "12-25", "One day off."),
        ("03-14", "03-11", "3 days off."),
        ("12-31", "01-01", "One day off."),
        ("2001-03-14", "2002-03-14", "The right day, but 2002, not 2001."),
        ("2001-03-14", "03-14", "The right day, though the guess gives no year (the answer says 2001)."),
    ],
)
def test_the_judge_of_a_near_date_is_told_how_near(truth: str, guess: str, words: str) -> None:
    assert date_gap_words(truth, guess) == words


@pytest.mark.parametrize(
    ("truth", "guess", "verdict"),
    [
        (100, 100, Verdict.GOT_IT),
        (100, 110, Verdict.CLOSE),
        (100, 90, Verdict.CLOSE),
        (100, 111, Verdict.NOT_QUITE),
        (100, 89, Verdict.NOT_QUITE),
        (2.5, 2.5, Verdict.GOT_IT),
        (-50, -54, Verdict.CLOSE),
        (-50, -56, Verdict.NOT_QUITE),
        (0, 0.1, Verdict.CLOSE),
        (0, 1, Verdict.CLOSE),  # a small count: one off is close (see test_judging)
        (3, 4, Verdict.CLOSE),
        (3, 5, Verdict.NOT_QUITE),
    ],
)
def test_numbers_within_ten_percent_are_close(truth: float, guess: float, verdict: Verdict) -> None:
    assert auto_verdict(NUMBER, truth, guess) is verdict


@pytest.mark.parametrize(
    ("truth", "guess", "verdict"),
    [(7, 7, Verdict.GOT_IT), (7, 8, Verdict.CLOSE), (7, 6, Verdict.CLOSE), (7, 9, Verdict.NOT_QUITE), (1, 10, Verdict.NOT_QUITE)],
)
def test_scale_within_one_is_close(truth: int, guess: int, verdict: Verdict) -> None:
    assert auto_verdict(SCALE, truth, guess) is verdict


# ---- similarity hint ---------------------------------------------------------------


def test_similarity_ignores_accents_and_case() -> None:
    assert similarity("Crème Brûlée", "creme brulee") == 100
    assert similarity("PIZZA NIGHT", "pizza night") == 100


def test_similarity_ranks_a_near_guess_above_a_far_one() -> None:
    near = similarity("a cabin in the mountains", "cabin in the mountain")
    far = similarity("a cabin in the mountains", "scuba diving")
    assert 0 <= far < near <= 100
    assert near >= 80


def test_similarity_of_an_empty_side_is_zero() -> None:
    assert similarity("", "pizza") == 0
    assert similarity("pizza", "   ") == 0


# ---- describe ----------------------------------------------------------------------


def test_describe_dates_with_and_without_year() -> None:
    assert describe(DATE, "03-14") == "14 March"
    assert describe(DATE, "2001-03-14") == "14 March 2001"
    assert describe(DATE, "12-01") == "1 December"


def test_describe_scale_out_of_ten() -> None:
    assert describe(SCALE, 7) == "7 / 10"


def test_describe_other_values_as_written() -> None:
    assert describe(NUMBER, 2.5) == "2.5"
    assert describe(NUMBER, 3) == "3"
    assert describe(CHOICE, "Tea") == "Tea"
    assert describe(TEXT, "a walk") == "a walk"


def test_verdict_scores_order_got_it_above_close_above_not_quite() -> None:
    assert Verdict.GOT_IT.value_score == 1.0
    assert Verdict.CLOSE.value_score == 0.5
    assert Verdict.NOT_QUITE.value_score == 0.0
