"""The mood of a round's deep end: not all sorrow, a warm card in it, and the spicy cards a couple asked for.

Readers of dealt evenings named the same fault of the deep end in round after round: its last cards "all go
to hidden pain and private disappointment" (a hurt kept hidden, a dream shrunk, a date marked alone), three
sad cards in a row before the closer, and "no warm, hopeful deep card in that run"; and a couple who switched
spicy cards on met one mild one in an evening. Each card is good; together they weigh an evening down, or
leave out what the couple chose. So a round of a set length holds, among the fresh cards of each level, at
most half that are heavy (read from a card's words: fear, hurt, loneliness, loss, grief); among its deepest
level at least one warm card (appreciation, a hope, pride, love said outright), and one at each lighter level of
three cards or more (a reader: "no card asks what they admire, notice or rely on in each other"); with spicy
cards allowed, one spicy card in every SPICY_EVERY; and at most one pick from a list in every MENU_EVERY cards
of a level (a reader: "half of the first ten cards are quip-option 'what do you do' scenarios"), and something to
do together at each lighter level of five cards or more. A round short of these trades a card for one of the
same level from a later round (levels stay as the deal shares them), never gaining a shape it meets once; nothing
leaves the deal. Then the card just before the closer is a warm one of its level where the round has one, and
never a heavy one where another can take its place; heavy cards are kept from coming back to back, and a spicy
card from a heavy one or another spicy one (shapes, like a subject: see dealing). Last, a round's deepest level
spreads over themes (readers: "five of its last seven cards circle masks and deflection") and holds one card that
looks past the couple, at one partner's own world or values or the future together (WIDE_TAGS), and one card with
weight (readers of round sixty: "tender but safe"), and with spicy cards on, one spicy card at most where a lighter
level can take the others (readers: "spicy, deep, spicy, deep, spicy switches mood every card instead of building").
The order of the level that leads into the closer (the card just before it, heavy cards kept apart) is deep_close's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache, partial

from .card_reads import MARKS, CardReads
from .card_shapes import CLOSER, MENU, ONCE_A_ROUND, OPENER, TOGETHER
from .cards import Card, CardKey
from .deep_facets import facets_at

#: The shape of a heavy card, kept from coming back to back like a subject (see dealing).
HEAVY = "heavy"

#: The shape of a heavy card and of a spicy one, kept apart: readers named a deep end that went "from a breakdown to
#: sex to a hospital bed" and "spicy whisper, then hospital, then grievance, with no bridge", and two spicy cards
#: "close together with near-identical framing".
TENDER = "tender"

#: One spicy card in this many, in a round where the couple allows them.
SPICY_EVERY = 10

#: How many rounds of a deal are mended: more than an evening plays (a next session deals afresh, the cards seen
#: last), and the rest of a deal of 800 cards keeps what the deal gave it.
MENDED = 4

#: At most one card in this many of a level is a pick from a list (a round's level of two holds one): readers named
#: "half of the first ten cards are quip-option 'what do you do' scenarios" as an evening's sameness.
MENU_EVERY = 3

#: A lighter level of this many cards or more holds something to do together: a reader of an evening whose cards 8
#: to 16 were all talk and remembering named "too little to do".
TOGETHER_FROM = 5

#: The tags of a card that looks past the couple's own story, at one partner's own world (their childhood, their
#: family, their hopes, what they value) or at the future together: readers found "almost everything looks inward at
#: the couple" and "nothing touches the future together, values or family", so a deep level holds one where it can.
WIDE_TAGS = frozenset({"values", "hopes", "future", "plans", "family", "childhood"})

#: A deep level of this many cards or more holds one card with weight: readers of round sixty found level 3 "tender
#: but safe: nothing touches the past, family, fears or a real difference between the two", "nothing touches worries,
#: stress". A heavy card has weight, and so has one of WEIGHT_THEMES (a hurt mended, a difference of upbringing).
WEIGHT_FROM = 4
WEIGHT_THEMES = frozenset({"fears", "repair"})

_HEAVY_TAGS = frozenset({"fears", "grief"})
_WARM_TAGS = frozenset({"appreciation", "hopes"})
_HEAVY_WORDS = re.compile(
    r"\b(afraid|scared|fears?|frighten\w*|hurt\w*|lonel\w*|cry|crying|tears|in bits|die|dies|died|dying|death\w*"
    r"|grief|griev\w*|funeral|hospital|never ring|without you|worst|hardest|get(ting)? through|bad (news|week|year)"
    r"|low patch|holding it together|coping|losing|lose|lost|doubts?|let (me|you|yourself) down|taken for granted"
    r"|found out|laughed at|punish\w*|owed|shrunk|give (it )?up|stopped counting|stopped telling|sad|sadness"
    r"|ashamed|shame|regret\w*|disappoint\w*|left out|alone|on your own|cost you|upset|struggl\w*|reassur\w*"
    r"|worr(y|ies|ied|ying)|dread\w*|anxious|bad thing|(bad|hard|rough) day|when you're (down|low))\b",
    re.IGNORECASE,
)
_WARM_WORDS = re.compile(
    r"\b(proud\w*|love about|thank\w*|grateful|admire\w*|happiest|fell for|best thing|our future|going well"
    r"|want for me|glad|delight\w*|lucky|adore\w*)\b",
    re.IGNORECASE,
)
_NONE: frozenset[str] = frozenset()


def is_heavy(card: Card) -> bool:
    """Whether `card` dwells on something painful (fear, hurt, loneliness, loss, grief), read from its words and tags."""
    return _mood(card.text, card.tags)[0]


def has_weight(card: Card) -> bool:
    """Whether `card` touches a fear, a worry, a hurt, a stress or a real difference: heavy, or of WEIGHT_THEMES."""
    return is_heavy(card) or bool(WEIGHT_THEMES.intersection(card.tags))


def is_wide(card: Card) -> bool:
    """Whether `card` looks at one partner's own world or values, or at the future together (WIDE_TAGS)."""
    return bool(WIDE_TAGS.intersection(card.tags))


def is_warm(card: Card) -> bool:
    """Whether `card` asks for appreciation, a hope, pride or love outright, and is not heavy."""
    return _mood(card.text, card.tags)[1]


@lru_cache(maxsize=8192)  # a session deals every card of its decks each time: read each card's words once
def _mood(text: str, tags: tuple[str, ...]) -> tuple[bool, bool]:
    """Whether words `text` with `tags` are heavy, and whether they are warm."""
    heavy = bool(_HEAVY_TAGS.intersection(tags)) or bool(_HEAVY_WORDS.search(text))
    return heavy, not heavy and (bool(_WARM_TAGS.intersection(tags)) or bool(_WARM_WORDS.search(text)))


class Trades:
    """The fresh cards of `order`, what each is (its level and facets, an open question or not, heavy, warm, spicy, a
    pick from a list or something to do together, kept in lists that trade places with it: read far more often than a
    set of keys is hashed), and what a trade must keep. Every pass that trades (deep_mood, deal_spread, quiz_share,
    both_share, brave_share) reads a card through one of these."""

    def __init__(
        self,
        order: Sequence[CardKey],
        length: int,
        fresh: int,
        reads: CardReads,
    ) -> None:
        self.out = list(order)
        self.length = length
        self.fresh = fresh
        table = reads.rows
        rows = [table[key] for key in self.out]
        topics = [row[0] for row in rows]
        self.once = [shaped & ONCE_A_ROUND for shaped in topics]
        self.free = [not shaped & {OPENER, CLOSER} for shaped in topics]
        self.marks: dict[str, list[int]] = {name: [row[3][n] for row in rows] for n, name in enumerate(MARKS)}
        self.marks["theme"] = [row[2] for row in rows]  # facets, one bit each (see deep_facets)
        self.marks["level"] = [row[1] for row in rows]
        self.marks["menu"] = [MENU in shaped for shaped in topics]
        self.marks["together"] = [TOGETHER in shaped for shaped in topics]
        starts = range(0, fresh, length)
        self.shapes = {
            start: Counter(s for i in range(start, min(start + length, fresh)) for s in self.once[i]) for start in starts
        }

    def count(self, name: str, places: Sequence[int]) -> int:
        """How many cards at `places` bear the mark `name`."""
        marked = self.marks[name]
        return sum(marked[p] for p in places)

    def trade(self, i: int, start: int, later: Callable[[int], bool], any_kind: bool = False) -> bool:
        """Card `i` of the run at `start` trades places with the nearest fresh card of a later run, of the same level
        and kind (an open question or not, unless `any_kind`), that `later` accepts by its place, and that brings no
        once-a-round shape the run holds (nor takes one there its run holds)."""
        here, level, talk = self.shapes[start], self.marks["level"], self.marks["talk"]
        for j in range(start + self.length, self.fresh):
            if not self.free[j] or level[j] != level[i] or (talk[j] != talk[i] and not any_kind) or not later(j):
                continue
            there = self.shapes[j - j % self.length]
            if _gains(here, self.once[j], self.once[i]) or _gains(there, self.once[i], self.once[j]):
                continue
            for run, leaving, coming in ((here, self.once[i], self.once[j]), (there, self.once[j], self.once[i])):
                run.subtract(leaving)
                run.update(coming)
            self.out[i], self.out[j] = self.out[j], self.out[i]
            self.once[i], self.once[j] = self.once[j], self.once[i]
            for marked in self.marks.values():
                marked[i], marked[j] = marked[j], marked[i]
            return True
        return False

    def trade_spread(self, i: int, start: int, later: Callable[[int], bool]) -> bool:
        """As trade, a card of a deck the run at `start` has not met (or of card `i`'s own) first, then any: so a
        deep level's range costs a round as little of its range of decks (deal_spread) as it can."""
        met = {self.out[p].deck_id for p in range(start, start + self.length)} - {self.out[i].deck_id}
        if self.trade(i, start, lambda j: self.out[j].deck_id not in met and later(j)):
            return True
        return self.trade(i, start, later)


def moods(
    order: Sequence[CardKey],
    length: int,
    fresh: int,
    reads: CardReads,
) -> list[CardKey]:
    """`order` with each of its first MENDED whole runs of `length` fresh cards holding, of its cards that are no
    opener or closer (all read in `reads`): at most half of each level's heavy, one warm at each level of three cards
    or more and at its deepest level where it holds two, one spicy card in every SPICY_EVERY where the decks hold any,
    at most one pick from a list (a MENU shape) in every MENU_EVERY of a level, and something to do together
    (TOGETHER) at each lighter level of TOGETHER_FROM cards or more; and at its deepest level no two cards on one facet,
    nor on its closer's (see deep_facets), one card of WIDE_TAGS, one card with weight (see has_weight) where it holds
    WEIGHT_FROM cards or more, and, where a lighter level
    can take the others, one spicy card at most (readers: "spicy, deep, spicy, deep, spicy switches mood every card").
    Runs are mended in order, each from the runs after it, so a trade never undoes an earlier run; a trade takes away
    nothing a run has, and an open question ("talk") trades only with an open question, so a round keeps its rests
    (deep_end.with_rests), but at a round's lightest level, which has no rests to keep, a pick may trade for one."""
    deal = Trades(order, length, fresh, reads)
    level, heavy, warm, spicy, menu, open_q = (deal.marks[n] for n in ("level", "heavy", "warm", "spicy", "menu", "talk"))
    want = length // SPICY_EVERY if any(spicy) else 0
    for start in range(0, min(fresh - length + 1, MENDED * length), length):
        places = [i for i in range(start, start + length) if deal.free[i]]
        depths = sorted({level[i] for i in places})
        groups = {depth: [i for i in places if level[i] == depth] for depth in depths}
        for group in groups.values():
            for i in sorted(group, reverse=True):  # the latest heavy cards go first
                if deal.count("heavy", group) <= len(group) // 2:
                    break
                if heavy[i]:
                    deal.trade(i, start, partial(_lighter, deal.marks, i))
        for depth, group in groups.items():
            if len(group) < (2 if depth == depths[-1] else 3) or deal.count("warm", group):
                continue
            for i in sorted(group, key=lambda i: (heavy[i], -i)):
                if deal.trade(i, start, partial(_warmer, deal.marks, i)):
                    break
        deep = groups[depths[-1]] if len(depths) > 1 else []
        for i in sorted(deep, key=lambda i: (bool(warm[i]), -i)):  # the latest spicy deep cards go first
            if deal.count("spicy", deep) <= 1:
                break
            if spicy[i] and not (warm[i] and deal.count("warm", deep) == 1):
                deal.trade(i, start, partial(_milder, deal.marks, i, deal.count("heavy", deep) < len(deep) // 2))
        for i in sorted(places, key=lambda i: (warm[i], -i)):
            if deal.count("spicy", places) >= want:
                break
            group = groups[level[i]]
            if spicy[i] or (warm[i] and deal.count("warm", group) == 1) or (group is deep and deal.count("spicy", deep)):
                continue
            room = bool(heavy[i]) or deal.count("heavy", group) < len(group) // 2
            deal.trade(i, start, partial(_spicier, deal.marks, room))
        for group in groups.values():
            for i in sorted(group, reverse=True):  # the latest picks go first
                if deal.count("menu", group) <= max(1, len(group) // MENU_EVERY):
                    break
                if menu[i]:
                    deal.trade(i, start, partial(_plainer, deal.marks, i))
        for depth, group in groups.items():
            if depth == depths[-1] or len(group) < TOGETHER_FROM or deal.count("together", group):
                continue
            for i in sorted(group, key=lambda i: (bool(warm[i] or spicy[i]), not open_q[i], -i)):
                if deal.trade(i, start, partial(_livelier, deal.marks, i), any_kind=True):
                    break
        ends = [i for i in range(start, start + length) if not deal.free[i] and depths and level[i] == depths[-1]]
        beside = facets_at(deal.marks["theme"], ends)  # a deep closer's facets: its level's cards keep off them too
        _widened(deal, start, groups[depths[-1]] if depths else [], beside)
        _weighted(deal, start, groups[depths[-1]] if depths else [], beside)
    return deal.out


def _weighted(deal: Trades, start: int, group: list[int], beside: int) -> None:
    """The deepest level `group` of the run at `start` with one card with weight where it holds WEIGHT_FROM cards or
    more: its latest card that is not its only warm one, nor its only wide one (those last), trades for a later run's
    card with weight on no facet of the group's others nor `beside`, as spicy, and heavy only where half the group
    is not yet heavy."""
    if len(group) < WEIGHT_FROM or deal.count("weight", group):
        return
    marks = deal.marks
    room = deal.count("heavy", group) < len(group) // 2
    for i in sorted(group, key=lambda i: (bool(marks["warm"][i]), bool(marks["wide"][i]), -i)):
        lone = {name for name in ("warm", "wide") if marks[name][i] and deal.count(name, group) == 1}
        others = facets_at(marks["theme"], [p for p in group if p != i]) | beside
        if deal.trade_spread(i, start, partial(_weightier, marks, i, (others, lone, room))):
            return


def _weightier(marks: Mapping[str, list[int]], i: int, keep: tuple[int, set[str], bool], j: int) -> bool:
    """Whether card `j` with weight may take card `i`'s place: it is on none of the facets `keep[0]`, it is each of
    `keep[1]` (the warm or wide card the level would lose), as spicy as `i`, heavy only if `keep[2]` (room for one),
    and no pick from a list or less to do than `i`."""
    others, lone, room = keep
    return (
        bool(marks["weight"][j])
        and not marks["theme"][j] & others
        and all(marks[name][j] for name in lone)
        and marks["spicy"][j] == marks["spicy"][i]
        and (room or marks["heavy"][j] <= marks["heavy"][i])
        and marks["menu"][j] <= marks["menu"][i]
        and marks["together"][j] >= marks["together"][i]
    )


def _widened(deal: Trades, start: int, group: list[int], beside: int) -> None:
    """The deepest level `group` of the run at `start` with no two cards on one facet, nor one on a facet of its
    closer (`beside`): the later card trades, or else the one it shares a facet with; and one card of WIDE_TAGS, where
    a later run's card of the same level and kind can come without taking away anything the mood keeps (see _kept).
    Readers named "five cards on the same idea" in a deep end."""
    theme, wide = deal.marks["theme"], deal.marks["wide"]
    for n, i in enumerate(group):
        twins = [p for p in group[:n] if theme[i] & theme[p]]
        for k in (i, *twins) if twins or theme[i] & beside else ():  # the later card first, else the one it shares
            others = facets_at(deal.marks["theme"], [p for p in group if p != k]) | beside
            lone = deal.count("wide", group) == wide[k] == 1
            if deal.trade_spread(k, start, partial(_new_theme, deal.marks, k, others, lone)):
                break
    if group and not deal.count("wide", group):
        for i in sorted(group, reverse=True):
            others = facets_at(deal.marks["theme"], [p for p in group if p != i]) | beside
            if deal.trade_spread(i, start, partial(_new_theme, deal.marks, i, others, True)):
                break


def _new_theme(marks: Mapping[str, list[int]], i: int, others: int, wide: bool, j: int) -> bool:
    """Whether card `j` may take card `i`'s place at a deep level whose other cards (and closer) are on the facets
    `others`: it is on none of them, of WIDE_TAGS if `wide`, and nothing `i` was that the mood keeps is lost."""
    return not marks["theme"][j] & others and (bool(marks["wide"][j]) or not wide) and _kept(marks, i, j)


def _kept(marks: Mapping[str, list[int]], i: int, j: int) -> bool:
    """Whether card `j` in card `i`'s place keeps the mood: as warm, as spicy, no heavier, no pick from a list where
    `i` is none, and something to do together where `i` is one."""
    same = marks["spicy"][j] == marks["spicy"][i] and marks["together"][j] >= marks["together"][i]
    return (
        same
        and marks["warm"][j] >= marks["warm"][i]
        and marks["heavy"][j] <= marks["heavy"][i]
        and marks["menu"][j] <= marks["menu"][i]
    )


def _lighter(marks: Mapping[str, list[int]], i: int, j: int) -> bool:
    """Whether card `j` may take heavy card `i`'s place: it is not heavy, and spicy if `i` is."""
    return not marks["heavy"][j] and marks["spicy"][j] >= marks["spicy"][i]


def _milder(marks: Mapping[str, list[int]], i: int, room: bool, j: int) -> bool:
    """Whether card `j` may take spicy card `i`'s place at a deep level: it is not spicy, as warm, and heavy only where
    `i` is or the level has `room` for another."""
    return not marks["spicy"][j] and marks["warm"][j] >= marks["warm"][i] and (room or marks["heavy"][j] <= marks["heavy"][i])


def _warmer(marks: Mapping[str, list[int]], i: int, j: int) -> bool:
    """Whether card `j` may take card `i`'s place as a warm card: it is warm, and spicy if `i` is."""
    return bool(marks["warm"][j]) and marks["spicy"][j] >= marks["spicy"][i]


def _plainer(marks: Mapping[str, list[int]], i: int, j: int) -> bool:
    """Whether card `j` may take pick `i`'s place: it is no pick from a list, and nothing `i` was that the mood keeps
    (warm, spicy, or light) is lost."""
    return (
        not marks["menu"][j]
        and all(marks[name][j] >= marks[name][i] for name in ("warm", "spicy"))
        and (marks["heavy"][j] <= marks["heavy"][i])
    )


def _livelier(marks: Mapping[str, list[int]], i: int, j: int) -> bool:
    """Whether card `j` may take card `i`'s place as something to do together: it is one, no pick from a list where `i`
    is none, and nothing `i` was that the mood keeps (warm, spicy, or light) is lost."""
    kept = all(marks[name][j] >= marks[name][i] for name in ("warm", "spicy")) and marks["heavy"][j] <= marks["heavy"][i]
    return bool(marks["together"][j]) and marks["menu"][j] <= marks["menu"][i] and kept


def _spicier(marks: Mapping[str, list[int]], room: bool, j: int) -> bool:
    """Whether card `j` may come as a spicy card: it is, and not heavy where its level has no room for another."""
    return bool(marks["spicy"][j]) and (room or not marks["heavy"][j])


def _gains(run: Counter[str], coming: frozenset[str], leaving: frozenset[str]) -> bool:
    return any(run[shape] - (shape in leaving) > 0 for shape in coming)
