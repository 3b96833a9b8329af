"""The deep end of a round: open questions with something else between them, so an evening breathes.

Readers of dealt evenings named one shape for the end of a round again and again: its last six or seven
cards were all open questions to talk through ("reflective questions in a row"). Most deeper cards are
(three in four at level 2, nine in ten at level 3), and a climb puts them together. Other cards rest the
talk: something to do together, a pick from a list, "who's more likely". The dealer brings one into a
round's deeper half where it holds too few (a card of another round, of the same level, that brings no
shape the round meets once), then spaces them so no more than three open questions come in a row where a
card of the same level can go between. Levels are never reordered: the round still climbs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence

from .card_shapes import CLOSER, ONCE_A_ROUND, OPENER
from .cards import AnswerType, Card, CardKey, Kind

#: How a round of a set length shares its cards between the levels (where the couple's limits allow each): a
#: round climbs to a real depth whatever the deal's luck, where a first round of twenty had held anything from
#: none to eight level-3 cards. Readers of rounds dealt half light named depth that "arrives late and only lasts
#: four cards" (three of four in round fifty-eight), so a round of twenty held eight, seven and five; readers of
#: round fifty-nine still counted "only four level-3 cards" (the fifth was the closing ritual), so it held seven,
#: seven and six; readers of round sixty-two still found "level 3 is only five cards" and "the depth arrives late",
#: so it holds six, seven and seven.
DEPTH_SHARES = {1: 0.30, 2: 0.35, 3: 0.35}

#: The longest run of open questions a round deals where a card of the same level can break it.
LONGEST_TALK = 3

#: A round's deeper half (its cards of level 2 and up) holds one card that is not an open question for every
#: this many cards, where another round can spare one (four until a round of twenty held seven deep cards: then 47 of
#: 200 first evenings met four open questions in a row, and a reader "five of the six deep cards in a row, all asks").
REST_EVERY = 3

_NONE: frozenset[str] = frozenset()


def is_open_question(card: Card) -> bool:
    """Whether `card` is a question answered by talking (asked of one partner or both, typed, no list to pick from)."""
    return card.kind in (Kind.ASK, Kind.BOTH) and card.answer_type is AnswerType.TEXT and not card.options


def depth_target(length: int, present: Sequence[int]) -> dict[int, int]:
    """How many cards of each level in `present` a round of `length` holds: DEPTH_SHARES of those levels, rounded
    down, the lightest taking what rounding leaves."""
    share = sum(DEPTH_SHARES.get(level, 0.0) for level in present) or 1.0
    target = {level: int(length * DEPTH_SHARES.get(level, 0.0) / share) for level in present}
    if present:
        target[min(present)] += length - sum(target.values())
    return target


def even_depth(
    order: Sequence[CardKey], length: int, levels: Mapping[CardKey, int], topics: Mapping[CardKey, frozenset[str]], fresh: int
) -> list[CardKey]:
    """`order` with each whole run of `length` fresh cards holding its levels in DEPTH_SHARES (of the levels the
    fresh cards have): a run with too many of one level trades one (its latest, openers and closers kept) for a card
    of a level it lacks from a later fresh run (of the same deck first, then the nearest), where neither run gains a
    shape it meets once. The rest of the fresh cards, and the cards seen before, keep what the deal gave them."""
    out = list(order)
    present = sorted({levels[key] for key in out[:fresh]})
    target = depth_target(length, present)
    once = [topics.get(key, _NONE) & ONCE_A_ROUND for key in out]
    level = [levels[key] for key in out]  # kept beside `out` as cards trade places, read far more often than keyed
    free = [not _ends(key, topics) for key in out]
    whole = range(0, fresh - length + 1, length)
    shapes = {start: Counter(shape for i in range(start, start + length) for shape in once[i]) for start in whole}

    def fits(i: int, j: int) -> bool:
        """Whether card `j` of a later run may take the place of card `i` of the run at `start`."""
        there = shapes.get(j - j % length)
        return not _gains(shapes[i - i % length], once[j], once[i]) and (there is None or not _gains(there, once[i], once[j]))

    for start in whole:
        counts = Counter(level[start : start + length])
        while True:
            over = {n for n in present if counts[n] > target[n]}
            under = {n for n in present if counts[n] < target[n]}
            if not over or not under:
                break
            mine = [i for i in range(start + length - 1, start - 1, -1) if level[i] in over and free[i]]
            later = [j for j in range(start + length, fresh) if level[j] in under and free[j]]
            swap = next(
                (
                    (i, j)
                    for i in mine
                    for same_deck in (True, False)
                    for j in later
                    if (out[j].deck_id == out[i].deck_id) == same_deck and fits(i, j)
                ),
                None,
            )
            if swap is None:
                break
            i, j = swap
            counts[level[i]] -= 1
            counts[level[j]] += 1
            _trade(out, once, (i, j), shapes[start], shapes.get(j - j % length))
            level[i], level[j] = level[j], level[i]
    return out


def with_rests(
    order: Sequence[CardKey],
    length: int,
    levels: Mapping[CardKey, int],
    talk: Collection[CardKey],
    topics: Mapping[CardKey, frozenset[str]],
    fresh: int,
) -> list[CardKey]:
    """`order` with each run of `length` given enough rests in its deeper half: one for every REST_EVERY of its
    cards of level 2 and up, and one in each of those levels that holds more cards than LONGEST_TALK (five level-3
    cards of open questions would follow the level-2 cards' last in a run of talk no spacing can break). A run short
    of them trades an open question (of level 2 first, the latest first) for
    a rest of the same level from a later run that can spare one (it keeps its own share), fresh with fresh and
    seen with seen; neither run gains a shape it meets once, and openers and closers stay where they are. So the
    levels of every place in `order` stay as they were."""
    out = list(order)
    once = [topics.get(key, _NONE) & ONCE_A_ROUND for key in out]
    starts = range(0, len(out), length)
    # The deeper places of each run: trades are of one level, so these places stay the deeper ones.
    deep = {
        start: [i for i in range(start, min(start + length, len(out))) if levels[out[i]] >= 2 and not _ends(out[i], topics)]
        for start in starts
    }
    need = {start: len(places) // REST_EVERY for start, places in deep.items()}
    rests = {start: sum(out[i] not in talk for i in places) for start, places in deep.items()}
    shapes = {start: Counter(shape for i in range(start, min(start + length, len(out))) for shape in once[i]) for start in starts}

    def fits(i: int, j: int, start: int, later: int) -> bool:
        """Whether rest `j` of the run at `later` may trade with open question `i` of the run at `start`."""
        return (
            (i < fresh) == (j < fresh)
            and out[j] not in talk
            and levels[out[j]] == levels[out[i]]
            and not _gains(shapes[start], once[j], once[i])
            and not _gains(shapes[later], once[i], once[j])
        )

    def restless(start: int) -> set[int]:
        """The levels of the run at `start` with more cards than LONGEST_TALK and not one rest among them."""
        held = Counter(levels[out[i]] for i in deep[start])
        rested = {levels[out[i]] for i in deep[start] if out[i] not in talk}
        return {level for level, count in held.items() if count > LONGEST_TALK and level not in rested}

    for start in starts:
        while rests[start] < need[start] or restless(start):
            bare = restless(start)
            talkers = sorted(
                (i for i in deep[start] if out[i] in talk and (rests[start] < need[start] or levels[out[i]] in bare)),
                key=lambda i: (levels[out[i]] not in bare, levels[out[i]] != 2, -i),
            )
            spare = [later for later in starts if later > start and rests[later] > need[later]]
            swap = next(((i, j, later) for i in talkers for later in spare for j in deep[later] if fits(i, j, start, later)), None)
            if swap is None:
                break  # no later round can spare a rest of a level this round can take
            i, j, later = swap
            _trade(out, once, (i, j), shapes[start], shapes[later])
            rests[start] += 1
            rests[later] -= 1
    return out


def breathing(
    order: Sequence[CardKey],
    length: int,
    levels: Mapping[CardKey, int],
    talk: Collection[CardKey],
    topics: Mapping[CardKey, frozenset[str]],
) -> list[CardKey]:
    """`order` (climbed, see dealing.climbing) with each run's rests spaced among its open questions at levels 2 and 3:
    the longest run of open questions kept as short as the level's rests allow, counting the open questions just
    before the level and those of a next level that has no rest of its own (it ends on a rest, then). Each kind of
    card keeps its order within a level, and an opener or a closer stays where it is."""
    out: list[CardKey] = []
    for start in range(0, len(order), length):
        blocks = _blocks(list(order[start : start + length]), levels, topics)
        streak = 0
        for n, block in enumerate(blocks):
            opens = [key for key in block if key in talk]
            rests = [key for key in block if key not in talk]
            after = blocks[n + 1] if n + 1 < len(blocks) else []
            ahead = len(after) if after and all(key in talk for key in after) else 0
            deep = levels[block[0]] >= 2
            if deep and opens and rests:
                slots = _spaced([True] * len(opens), [False] * len(rests), streak, ahead)
                following = blocks[n + 1][0] if n + 1 < len(blocks) else None
                arranged = _filled(slots, (opens, rests), (out[-1] if out else None, following), topics)
            else:
                arranged = block
            for key in arranged:
                streak = streak + 1 if key in talk else 0
            out.extend(arranged)
    return out


def _blocks(run: list[CardKey], levels: Mapping[CardKey, int], topics: Mapping[CardKey, frozenset[str]]) -> list[list[CardKey]]:
    """`run` cut where the level changes, with an opener or a closer a block of its own."""
    blocks: list[list[CardKey]] = []
    for key in run:
        last = blocks[-1][-1] if blocks else None
        if last is None or _ends(key, topics) or _ends(last, topics) or levels[key] != levels[last]:
            blocks.append([key])
        else:
            blocks[-1].append(key)
    return blocks


def _filled(
    slots: list[bool],
    piles: tuple[list[CardKey], list[CardKey]],
    ends: tuple[CardKey | None, CardKey | None],
    topics: Mapping[CardKey, frozenset[str]],
) -> list[CardKey]:
    """An open question (the first pile) for each True of `slots` and a rest (the second) for each False, between the
    cards `ends` before and after the block. At each slot, of the cards of its kind that are of another deck than
    their neighbours and share no subject or shape with them, one that would clash with the card after the block
    (so it is not left for the last slot), then the one whose subject or shape most cards left share (the first of
    equals), so a crowded subject is spread early; else the first of the kind. So the spacing
    dealing.climbing gave a level is kept where it can be."""
    left = {True: list(piles[0]), False: list(piles[1])}
    crowd = Counter(topic for pile in piles for key in pile for topic in topics.get(key, _NONE))
    out: list[CardKey] = []
    last, after = ends
    for n, slot in enumerate(slots):
        pile = left[slot]
        near = [key for key in (last, after if n == len(slots) - 1 else None) if key is not None]
        clear = [key for key in pile if all(_apart(key, other, topics) for other in near)]
        # A card that would clash with the next block's first card goes early, where it cannot be last.
        pick = max(
            clear,
            key=lambda key: (
                after is not None and not _apart(key, after, topics),
                max((crowd[t] for t in topics.get(key, _NONE)), default=0),
            ),
            default=pile[0],
        )
        pile.remove(pick)
        crowd.subtract(topics.get(pick, _NONE))
        out.append(pick)
        last = pick
    return out


def _apart(key: CardKey, other: CardKey, topics: Mapping[CardKey, frozenset[str]]) -> bool:
    return key.deck_id != other.deck_id and not topics.get(key, _NONE) & topics.get(other, _NONE)


def _spaced(opens: list[bool], rests: list[bool], before: int, ahead: int) -> list[bool]:
    """`opens` split by `rests` into len(rests) + 1 stretches, each in order: the smallest longest run of open
    questions, counting `before` more at the start and `ahead` more after the end, and within that the stretches
    as even as they can be (a stretch may be empty: two rests side by side)."""
    stretches = len(rests) + 1
    longest = 0
    while True:
        caps = [longest] * stretches
        caps[0] = max(0, longest - before)
        caps[-1] = max(0, caps[-1] - ahead) if stretches > 1 else max(0, longest - before - ahead)
        if sum(caps) >= len(opens):
            break
        longest += 1
    sizes = [0] * stretches
    left = len(opens)
    while left:
        for n in range(stretches):
            if left and sizes[n] < caps[n]:
                sizes[n] += 1
                left -= 1
    out: list[bool] = []
    taken = iter(opens)
    for n, size in enumerate(sizes):
        out.extend(next(taken) for _ in range(size))
        if n < len(rests):
            out.append(rests[n])
    return out


def _gains(run: Counter[str], coming: frozenset[str], leaving: frozenset[str]) -> bool:
    """Whether a card of once-a-round shapes `coming`, taking the place of one of shapes `leaving`, would give `run`
    a shape twice."""
    return any(run[shape] - (shape in leaving) > 0 for shape in coming)


def _trade(
    out: list[CardKey], once: list[frozenset[str]], pair: tuple[int, int], here: Counter[str], there: Counter[str] | None
) -> None:
    """Cards `pair` (i of the run counted in `here`, j of the one in `there`, if it is counted) trade places, with
    their once-a-round shapes and each run's count of them."""
    i, j = pair
    here.subtract(once[i])
    here.update(once[j])
    if there is not None:
        there.subtract(once[j])
        there.update(once[i])
    out[i], out[j] = out[j], out[i]
    once[i], once[j] = once[j], once[i]


def _ends(key: CardKey, topics: Mapping[CardKey, frozenset[str]]) -> bool:
    return bool(topics.get(key, _NONE) & {OPENER, CLOSER})
