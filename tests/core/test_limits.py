"""Private limits: the lower cap wins, spicy only with both consents, and nothing says whose."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from game.core.consent import Consent
from game.core.limits import Limit

LIMITS = st.builds(Limit, st.sampled_from([1, 2, 3]), st.booleans())


@given(LIMITS, LIMITS, st.sampled_from([1, 2, 3]), st.booleans())
def test_the_lower_cap_wins_and_spicy_needs_both(mine, yours, wanted, offered):
    consent = Consent.of(offered, {0: mine, 1: yours}, wanted)
    assert consent.max_level == min(mine.cap, yours.cap, wanted)
    assert consent.spicy == (offered and mine.spicy and yours.spicy)


def test_the_result_is_the_same_whichever_partner_set_the_lower_cap():
    lower_first = Consent.of(True, {0: Limit(1, True), 1: Limit(3, True)}, 3)
    assert lower_first == Consent.of(True, {0: Limit(3, True), 1: Limit(1, True)}, 3)


def test_limits_read_from_old_or_broken_data_fall_back_to_the_defaults():
    assert Limit.from_json(None) == Limit()
    assert Limit.from_json({"cap": 9, "spicy": "yes"}) == Limit(3, True)
