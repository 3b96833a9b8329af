"""Our story's figures: how well each knows the other over time, the love map, in sync, and what changed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from game.core.answers import Verdict
from game.core.cards import AnswerType, Card, Deck, Kind
from game.core.chart_geometry import label_span, point_xs
from game.core.consent import Consent
from game.core.date_night_plan import RITUALS
from game.core.memories import Memory, MemoryKey
from game.core.partner_quiz import Review
from game.core.story_charts import MAX_POINTS, THEMES, Step, story_charts

START = datetime(2026, 1, 5, 19, 0, tzinfo=UTC)  # a Monday evening

DETAILS = Deck(
    "details",
    "Little Things",
    (
        Card("details", "coffee", "How do you take your coffee?", tags=("favourites", "trivia"), quiz="{name}'s coffee?"),
        Card("details", "song", "Your song right now?", tags=("favourites",), quiz="{name}'s song?", changes=True),
    ),
)
FEARS = Deck(
    "fears",
    "Worries",
    (Card("fears", "dark", "What scares you?", level=2, tags=("fears", "understanding"), quiz="What scares {name}?"),),
)
DEEP = Deck(
    "deep",
    "Deep End",
    (
        Card("deep", "deepest", "The deepest one", level=3, tags=("fears",), quiz="{name}'s deepest?"),
        Card("deep", "hot", "A spicy one", level=1, spicy=True, tags=("romance",), quiz="{name}'s spicy?"),
    ),
)
BACK = Deck(
    "back",
    "Back Up",
    (
        Card("back", "late", "Running late", kind=Kind.SCENARIO, options=("Wait", "Call", "Go")),
        Card("back", "who", "Who cries at films?", kind=Kind.BOTH, answer=AnswerType.WHO),
    ),
)
DECKS = (DETAILS, FEARS, DEEP, BACK)
EVERYTHING = Consent(3, True)


def memory(owner: int, deck: str, card: str, *answers: tuple[str, int]) -> Memory:
    key = MemoryKey(owner, deck, card)
    first, *rest = answers
    made = Memory.first(key, first[0], START + timedelta(days=first[1]))
    for answer, day in rest:
        made = made.with_answer(answer, START + timedelta(days=day))
    return made


def review(owner: int, deck: str, card: str, verdict: Verdict, day: float) -> Review:
    return Review(MemoryKey(owner, deck, card), 1 - owner, "a guess", verdict, START + timedelta(days=day))


def charts(memories, reviews=(), turns=(), consent=EVERYTHING):
    return story_charts({m.key: m for m in memories}, reviews, DECKS, turns, consent)


def test_an_empty_history_draws_empty_figures_that_invite_the_first_game():
    found = charts([])
    assert found.knowing.periods == () and all(line.values == () for line in found.knowing.lines)
    assert found.in_sync.periods == () and found.in_sync.total == (0, 0)
    assert found.changes == ()
    fears = next(known for known in found.love_map[0] if known.theme.key == "fears")
    assert fears.told == 0 and fears.invitation == "Nothing about fears yet — try Worries"


def test_one_evening_is_one_point_per_line():
    mine = [memory(1, "details", "coffee", ("oat milk", 0)), memory(1, "fears", "dark", ("the sea", 0))]
    reviews = [review(1, "details", "coffee", Verdict.GOT_IT, 0.1), review(1, "fears", "dark", Verdict.CLOSE, 0.1)]
    chart = charts(mine, reviews).knowing
    assert chart.step is Step.EVENING and chart.periods == (START.date(),) and chart.quizzes == (2,)
    assert chart.line(0, "trivia").values == (1.0,)
    assert chart.line(0, "understanding").values == (0.5,)


def test_a_partner_never_quizzed_has_no_points_yet_and_the_other_line_goes_on():
    mine = [memory(1, "details", "coffee", ("oat milk", 0)), memory(0, "details", "coffee", ("black", 0))]
    chart = charts(mine, [review(1, "details", "coffee", Verdict.NOT_QUITE, 2)]).knowing
    assert chart.line(0, "trivia").values == (0.0,)
    assert chart.line(1, "trivia").values == (None,) and chart.line(1, "trivia").last is None
    love = {known.theme.key: known for known in charts(mine).love_map[1]}
    assert love["favourites"].told == 1 and love["favourites"].quizzed == 0
    assert love["favourites"].invitation == "1 told, not quizzed yet — a Quiz me round will ask"


def test_a_line_keeps_each_memory_at_its_latest_verdict_and_never_fades_between_evenings():
    mine = [memory(1, "details", "coffee", ("oat milk", 0)), memory(1, "details", "song", ("a", 0))]
    reviews = [
        review(1, "details", "coffee", Verdict.NOT_QUITE, 1),
        review(1, "details", "song", Verdict.GOT_IT, 1),
        review(1, "details", "coffee", Verdict.GOT_IT, 30),
    ]
    assert charts(mine, reviews).knowing.line(0, "trivia").values == (0.5, 1.0)


def test_many_weeks_become_weekly_points_and_years_monthly_ones():
    mine = [memory(1, "details", "coffee", ("oat milk", 0))]
    weekly = [review(1, "details", "coffee", Verdict.GOT_IT, 7 * week + day) for week in range(20) for day in (0, 3)]
    chart = charts(mine, weekly).knowing
    assert chart.step is Step.WEEK and len(chart.periods) == 20 and sum(chart.quizzes) == 40
    yearly = [review(1, "details", "coffee", Verdict.GOT_IT, 7 * week) for week in range(3 * 52)]
    chart = charts(mine, yearly).knowing
    assert chart.step is Step.MONTH and 35 <= len(chart.periods) <= 37
    assert all(period.day == 1 for period in chart.periods)


def test_consent_keeps_deeper_spicy_and_unknown_cards_out_of_every_figure():
    hidden = [
        memory(1, "deep", "deepest", ("x", 0), ("y", 3)),
        memory(1, "deep", "hot", ("x", 0), ("y", 3)),
        memory(1, "gone", "card", ("x", 0), ("y", 3)),
    ]
    reviews = [review(1, "deep", "deepest", Verdict.GOT_IT, 1), review(1, "deep", "hot", Verdict.GOT_IT, 1)]
    found = charts(hidden, reviews, consent=Consent(2, False))
    assert found.knowing.periods == () and found.changes == ()
    assert all(known.told == 0 for known in found.love_map[0])
    shown = charts(hidden, reviews)  # everything agreed to: the same history shows, except the card that is gone
    assert len(shown.changes) == 2 and shown.knowing.periods == (START.date() + timedelta(days=1),)


def test_a_deck_deeper_than_agreed_or_opt_in_is_never_suggested():
    found = charts([], consent=Consent(1, False))
    fears = next(known for known in found.love_map[0] if known.theme.key == "fears")
    assert fears.suggestion is None and fears.invitation == "Nothing about fears yet"


def turn(day: float, card: str, answers: object) -> dict[str, object]:
    kind = "scenario" if card == "late" else "both"
    at = (START + timedelta(days=day)).isoformat()
    return {"deck_id": "back", "card_id": card, "kind": kind, "outcome": {"answers": answers}, "at": at, "seat": 0}


def test_in_sync_counts_each_prediction_and_each_who_card_by_evening():
    turns = [
        turn(0, "late", {"0": ["Wait", "Call"], "1": ["Call", "Go"]}),  # 0 predicted 1's pick; 1 missed
        turn(0, "who", {"0": "me", "1": "you"}),  # both mean seat 0
        turn(7, "who", {"0": "me", "1": "me"}),  # each says themself: they disagree
        turn(7, "late", {"0": "just between us", "1": ["Go", "Go"]}),  # a hidden answer counts for nothing
        {"deck_id": "back", "card_id": "late", "kind": "scenario", "outcome": {"done": True}, "at": "not a date"},
    ]
    sync = charts([], turns=turns).in_sync
    assert sync.periods == (START.date(), START.date() + timedelta(days=7))
    assert sync.scenarios == ((1, 2), (0, 0)) and sync.who == ((1, 1), (0, 1))
    assert sync.total == (2, 4)


def test_over_time_s_two_figures_share_one_time_axis_from_the_first_to_the_last_period_of_either():
    mine = [memory(1, "details", "coffee", ("oat milk", 0))]
    reviews = [review(1, "details", "coffee", Verdict.NOT_QUITE, 3), review(1, "details", "coffee", Verdict.GOT_IT, 14)]
    turns = [turn(0, "who", {"0": "me", "1": "you"}), turn(7, "late", {"0": ["Wait", "Call"], "1": ["Call", "Go"]})]
    found = charts(mine, reviews, turns)
    days = tuple(START.date() + timedelta(days=day) for day in (0, 3, 7, 14))
    assert found.knowing.periods == found.in_sync.periods == days
    assert found.knowing.step is found.in_sync.step is Step.EVENING
    # Knowing holds its value through an evening with no quiz, and has none before the first.
    assert found.knowing.line(0, "trivia").values == (None, 0.0, 0.0, 1.0)
    assert found.knowing.quizzes == (0, 1, 0, 1)
    # In sync has nothing where nothing of its kind was played: a gap, never a made-up 0%.
    assert found.in_sync.who == ((1, 1), (0, 0), (0, 0), (0, 0))
    assert found.in_sync.scenarios == ((0, 0), (0, 0), (1, 2), (0, 0))
    assert found.in_sync.total == (2, 3)


def test_a_shared_axis_takes_the_coarser_step_and_keeps_each_figure_s_counts():
    mine = [memory(1, "details", "coffee", ("oat milk", 0))]
    yearly = [review(1, "details", "coffee", Verdict.GOT_IT, 7 * week) for week in range(3 * 52)]
    turns = [turn(2, "who", {"0": "me", "1": "you"}), turn(3, "who", {"0": "me", "1": "me"})]  # alone: by evening
    found = charts(mine, yearly, turns)
    assert found.knowing.step is found.in_sync.step is Step.MONTH
    assert found.knowing.periods == found.in_sync.periods and sum(found.knowing.quizzes) == len(yearly)
    assert found.in_sync.who[0] == (1, 2) and all(pair == (0, 0) for pair in found.in_sync.who[1:])


def test_what_changed_lists_drift_newest_first_and_a_still_true_check_is_no_change():
    steady = memory(0, "details", "coffee", ("oat milk", 0)).confirmed(START + timedelta(days=40))
    moved = memory(0, "details", "song", ("Jolene", 0), ("Vienna", 20), ("Jolene", 50))
    once = memory(1, "fears", "dark", ("the dark", 0), ("deep water", 60))
    found = charts([steady, moved, once]).changes
    assert [change.memory.key.card_id for change in found] == ["dark", "song"]
    assert [version.answer for version in found[1].versions] == ["Jolene", "Vienna", "Jolene"]


def test_what_changed_leaves_out_the_closing_ritual_whose_cards_are_answered_afresh_each_date_night():
    closers = Deck(
        "openers-and-closers",
        "Openers & Closers",
        (
            Card("openers-and-closers", "small-thing-i-will-do", "A small thing?", kind=Kind.BOTH, quiz="?", changes=True),
            Card("openers-and-closers", "tonight-more-of-that", "More of?", kind=Kind.BOTH, quiz="?", changes=True),
        ),
    )
    promised = memory(0, "openers-and-closers", "small-thing-i-will-do", ("Tea in bed", 0), ("Fold the laundry", 7))
    loved = memory(1, "openers-and-closers", "tonight-more-of-that", ("Dancing", 0), ("A long walk", 7))
    rituals = memory(0, RITUALS.id, "small-thing-this-week", ("Make breakfast", 0), ("Water the plants", 7))
    thanks = memory(1, RITUALS.id, "loved-tonight", ("The toast", 0), ("Your laugh", 7))
    song = memory(0, "details", "song", ("Jolene", 0), ("Vienna", 20))
    mine = {m.key: m for m in (promised, loved, rituals, thanks, song)}
    found = story_charts(mine, (), (*DECKS, closers, RITUALS), (), EVERYTHING)
    assert [change.memory.key.card_id for change in found.changes] == ["song"]  # a real change of mind still shows


verdicts = st.sampled_from(list(Verdict))
histories = st.lists(
    st.tuples(st.integers(0, 1), st.sampled_from(["coffee", "song", "dark"]), verdicts, st.floats(0, 900)), max_size=60
)


@settings(max_examples=60, deadline=None)
@given(histories)
def test_lines_stay_between_nought_and_one_and_end_at_the_latest_verdicts(history):
    places = (("details", "coffee"), ("details", "song"), ("fears", "dark"))
    mine = [memory(owner, deck, card, ("x", 0)) for owner in (0, 1) for deck, card in places]
    reviews = [review(owner, "fears" if card == "dark" else "details", card, verdict, day) for owner, card, verdict, day in history]
    chart = charts(mine, reviews).knowing
    assert len(chart.periods) <= MAX_POINTS or chart.step is Step.MONTH
    assert list(chart.periods) == sorted(set(chart.periods)) and sum(chart.quizzes) == len(reviews)
    latest: dict[tuple[int, str], dict[str, float]] = {}
    for item in sorted(reviews, key=lambda r: r.at):
        category = "understanding" if item.memory.card_id == "dark" else "trivia"
        latest.setdefault((item.guesser, category), {})[item.memory.card_id] = item.verdict.value_score
    for line in chart.lines:
        assert len(line.values) == len(chart.periods)
        seen = [value for value in line.values if value is not None]
        assert all(0.0 <= value <= 1.0 for value in seen)
        assert line.values[len(line.values) - len(seen) :] == tuple(seen)  # once drawn, a line never breaks off
        expected = latest.get((line.guesser, line.category))
        assert line.last == (None if not expected else sum(expected.values()) / len(expected))


def test_every_theme_has_a_row_for_each_partner():
    found = charts([memory(0, "details", "coffee", ("oat milk", 0))])
    for guesser in (0, 1):
        assert [known.theme for known in found.love_map[guesser]] == list(THEMES)
    assert next(k for k in found.love_map[1] if k.theme.key == "favourites").told == 1


def test_a_lone_point_sits_over_its_own_date_in_the_middle_of_the_axis():
    (x,) = point_xs(1, 100, 500, inset=30)
    start, end = label_span(x, 60, 100, 500)
    assert x == 300 and (start, end) == (270, 330)  # the date centred under its point, not at the axis's start


def test_the_first_and_last_points_sit_over_their_dates_and_the_dates_stay_on_the_axis():
    xs = point_xs(4, 100, 500, inset=30)
    assert xs[0] == 130 and xs[-1] == 470 and xs == sorted(xs)  # in from the ends by half a date
    for x in (xs[0], xs[-1]):
        start, end = label_span(x, 60, 100, 500)
        assert start == x - 30 and end == x + 30 and start >= 100 and end <= 500


@given(
    st.integers(1, 60),
    st.integers(-50, 500),
    st.integers(1, 2000),
    st.integers(1, 200),
)
def test_every_named_point_sits_over_its_own_date_however_many_and_however_wide(count, left, width, label):
    right = left + width
    xs = point_xs(count, left, right, inset=label / 2)
    assert len(xs) == count and xs == sorted(xs) and all(left <= x <= right for x in xs)
    for x in {xs[0], xs[-1]}:
        start, end = label_span(x, label, left, right)
        assert start <= x <= end and end - start == label  # the point is over its date, whatever the room
        if label <= width:
            assert left <= start and end <= right  # and the date stays under the axis while it fits


def test_a_have_each_other_s_back_card_written_with_no_tags_counts_on_the_love_map_as_a_built_in_one_does():
    """Playtest C, finding 13: a couple's own scenario card (Deck studio's "Have each other's back") has no tags."""
    found = charts([memory(0, "back", "late", ("Call", 0))])
    back = next(known for known in found.love_map[1] if known.theme.key == "back")
    assert back.told == 1 and sum(known.told for known in found.love_map[1]) == 1
