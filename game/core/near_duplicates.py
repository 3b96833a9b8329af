"""Cards whose texts are nearly the same (the content lint's near-duplicate rule), found quickly in a large deck.

Two texts are alike when rapidfuzz's `token_sort_ratio` (the same words, reordered) reaches
NEAR_DUPLICATE, or its `token_set_ratio` (one text is the other with a few words around it) reaches
SAME_QUESTION; the score said is token_set's when it is reached, else token_sort's. Every score said is
rapidfuzz's own: the bounds below only decide which pairs are worth asking it about.

Short texts. token_sort_ratio is fuzz.ratio of each text's words sorted and joined, so a pair is asked of it
only when fuzz.ratio of those sorted words (asked of all later texts at once, without sorting them again
for every pair) comes within a point of NEAR_DUPLICATE. token_set_ratio is the best of three scores
(game.core.shared_words): two of them can reach SAME_QUESTION only when one text holds most of the other's
words, which game.core.shared_words finds for the whole deck at once. The third is 100 - 100 d / (u + v),
where d is the Indel distance between the words only the one text has and the words only the other has,
and u, v are the lengths of each text's set of words joined by spaces. The shared words hold the same letters
in both, so the letters of the two sets of words differ exactly as the letters of the two own parts do
(spaces too: each side has one fewer space than words). An insertion or deletion changes one letter's
count by one, so d is at least the sum over letters of how far their counts differ; and that sum is the
Indel distance between the two sets of words with their letters sorted, since sorted letters line up letter
by letter. So the third score reaches SAME_QUESTION only when fuzz.ratio of the sorted letters of the two
sets of words comes within a point of it, and only those pairs, and those of shared_words, are asked of
token_set_ratio. Each later short text is still looked at once for each of the two fuzz.ratio checks, in
rapidfuzz's own loop: far cheaper than both scorers on every pair, but it still grows with the square of the
deck (no index over letters rules out texts made of the same few common words without looking at them).

Long texts are scored here, not by rapidfuzz's scorers over a whole list: theirs slow down with the square
of the length. Each score has a ceiling that the lengths of the texts (and of the words they share) give, and
a pair whose ceilings are under both cut-offs cannot be alike. The scores of the rest are worked out from
each text's words, sorted and split once, with the same sums rapidfuzz does; a score within a hair of its
cut-off is asked of rapidfuzz itself, so the pairs found are exactly those its own scorers find.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from .shared_words import holding_most

NEAR_DUPLICATE = 85  # fuzz.token_sort_ratio: the same words, reordered
SAME_QUESTION = 84  # fuzz.token_set_ratio: one text is the other with a few words around it (82 already caught unlike pairs)
_HAIR = 1e-6  # a score this close to a cut-off is asked of rapidfuzz, whose sums may round the other way
#: A pair with a text longer than this is scored here, not by rapidfuzz's scorers over a whole list: theirs slow
#: down with the square of the length, where the sums here, after the words both texts begin and end with, hardly do.
LONG = 300
#: How often, in pairs looked at, `progress` hears how far the search has come.
PROGRESS_EVERY = 200_000


def fold(text: str) -> str:
    """Lower case, accents and punctuation gone, single spaces: what two texts are compared as."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(ch for ch in decomposed if ch.isalnum() or ch.isspace())
    return " ".join(kept.split())


@dataclass(frozen=True, slots=True)
class _Words:
    text: str  # folded
    ordered: str  # its words sorted, as token_sort_ratio compares them
    letters: str  # the letters of its set of words joined by spaces, sorted: how far apart two counts of letters are
    unique: frozenset[str]
    spans: int  # each unique word's length plus one for the space after it


def _words(text: str) -> _Words:
    split = text.split()
    unique = frozenset(split)
    letters = "".join(sorted(" ".join(unique)))
    return _Words(text, " ".join(sorted(split)), letters, unique, sum(len(word) + 1 for word in unique))


def alike_pairs(texts: Sequence[str], progress: Callable[[int, int], None] | None = None) -> Iterator[tuple[int, int, float]]:
    """(earlier, later, score) for every pair of folded `texts` that is alike, in the order of the texts.

    `progress(done, total)` hears, now and then, how many of the pairs have been looked at."""
    prepared = [_words(text) for text in texts]
    short = [index for index, text in enumerate(texts) if len(text) <= LONG]
    long = [index for index, text in enumerate(texts) if len(text) > LONG]
    ordered, letters = [prepared[index].ordered for index in short], [prepared[index].letters for index in short]
    holding = holding_most([one.unique if len(one.text) <= LONG else frozenset() for one in prepared])
    count = len(prepared)
    total, done, told = count * (count - 1) // 2, 0, 0
    for first, one in enumerate(prepared):
        found: dict[int, float] = {}
        if len(one.text) <= LONG:  # short after short: rapidfuzz's own scorers, on the pairs the bounds leave
            start = bisect_right(short, first)
            near = _near(one.ordered, ordered, start, short, NEAR_DUPLICATE)
            near_set = _near(one.letters, letters, start, short, SAME_QUESTION) | holding.get(first, set())
            for scorer, cutoff, maybe in (
                (fuzz.token_sort_ratio, NEAR_DUPLICATE, near),
                (fuzz.token_set_ratio, SAME_QUESTION, near_set),
            ):
                after = sorted(maybe)
                choices = [texts[index] for index in after]
                for _, score, offset in process.extract(one.text, choices, scorer=scorer, score_cutoff=cutoff, limit=None):
                    found[after[offset]] = score
            later = long[bisect_right(long, first) :]
        else:
            later = list(range(first + 1, count))
        for second in later:
            other = prepared[second]
            alike = _set_score(one, other) if one.unique and other.unique else None
            if alike is None:
                alike = _sort_score(one, other)
            if alike is not None:
                found[second] = alike
        for second, score in sorted(found.items()):
            yield first, second, score
        done += count - first - 1
        if progress is not None and done - told >= PROGRESS_EVERY:
            progress(done, total)
            told = done
    if progress is not None and total >= PROGRESS_EVERY:
        progress(total, total)


def _near(text: str, others: list[str], start: int, indices: list[int], cutoff: int) -> set[int]:
    """The indices of `others[start:]` whose fuzz.ratio with `text` comes within a point of `cutoff`."""
    found = process.extract(text, others[start:], scorer=fuzz.ratio, score_cutoff=cutoff - 1, limit=None)
    return {indices[start + offset] for _, _, offset in found}


def _sort_score(one: _Words, other: _Words) -> float | None:
    """token_sort_ratio when it reaches NEAR_DUPLICATE, else None."""
    length, other_length = len(one.ordered), len(other.ordered)
    lengths = length + other_length
    if not lengths:
        return _checked(one.text, other.text, fuzz.token_sort_ratio, NEAR_DUPLICATE, 100.0)
    if (1.0 - abs(length - other_length) / lengths) * 100 < NEAR_DUPLICATE - _HAIR:
        return None  # an insertion or deletion for every letter one text has more than the other
    distance = Indel.distance(one.ordered, other.ordered, score_cutoff=lengths * (100 - NEAR_DUPLICATE) // 100 + 1)
    return _checked(one.text, other.text, fuzz.token_sort_ratio, NEAR_DUPLICATE, (1.0 - distance / lengths) * 100)


def _set_score(one: _Words, other: _Words) -> float | None:
    """token_set_ratio when it reaches SAME_QUESTION, else None (as rapidfuzz's fuzz.token_set_ratio sums it)."""
    shared = one.unique & other.unique
    if shared:
        if len(shared) == len(one.unique) or len(shared) == len(other.unique):
            return _checked(one.text, other.text, fuzz.token_set_ratio, SAME_QUESTION, 100.0)
        both = sum(map(len, shared)) + len(shared)  # the shared words joined, and a space
        sect = both - 1
    else:
        both = sect = 0
    only_one, only_other = one.spans - both - 1, other.spans - both - 1  # each text's own words, joined
    with_one, with_other = both + only_one, both + only_other  # the shared words joined with each text's own
    lengths = with_one + with_other
    # Each own word of one text beyond the other's costs an insertion, so the lengths give a ceiling.
    most = 100 - 100 * abs(only_one - only_other) / lengths
    beside = max(_norm(1 + only_one, sect + with_one), _norm(1 + only_other, sect + with_other)) if shared else 0.0
    if most < SAME_QUESTION - _HAIR and beside < SAME_QUESTION - _HAIR:
        return None
    own = " ".join(sorted(one.unique - shared))
    theirs = " ".join(sorted(other.unique - shared))
    score = max(_norm(Indel.distance(own, theirs), lengths), beside)
    return _checked(one.text, other.text, fuzz.token_set_ratio, SAME_QUESTION, score)


def _norm(distance: int, lengths: int) -> float:
    return (100 - 100 * distance / lengths) if lengths else 100


def _checked(text: str, other: str, scorer: Callable[..., float], cutoff: int, score: float) -> float | None:
    """`score` when it reaches `cutoff`; near the cut-off, rapidfuzz's own answer, as process.extract gives it."""
    if abs(score - cutoff) <= _HAIR:
        found = process.extract(text, [other], scorer=scorer, score_cutoff=cutoff, limit=None)
        return found[0][1] if found else None
    return score if score >= cutoff else None
