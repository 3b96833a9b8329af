"""One motif, a few cards: the props, onlookers, settings and games a reader notices coming round again.

The dealer keeps twins of subject apart (game.core.card_shapes), and readers of a dealt evening named
what came next: a vicar as the one not to shock, twice; "tell it while I interject, then swap", twice; a
flaw spun into a feature, twice; parties, weddings and a do three times; two midnights; tea three times.
A round later they named the joke devices: strangers, the court, "by Thursday" and "by Friday", the last
roast potato come back in the closer. The round after, they heard "three things, then swap" three times
in an evening and "What do you admire…?" opening one deep card after another. Then: three hunger or
snack jokes in one evening, things done or noticed "when the other isn't looking" four to six times, a
second calendar card, two asks "…in bed?" shaped the same. Then the words themselves: "small" as the
note's permission on four cards ("It can be small"), "without being asked" twice, "never asked" and "now
against back at the start" three or four times each, one card's "the long way back" in another's note,
and "what do you need from me… before it feels finished", which tips a card into a counselling exercise.
A motif on a few cards of the collection is the writer's touch; on a dozen, it reads as the writer
reusing a trick. So each motif below may be used by at most so many cards of the built-in collection (a
mixed round deals from every deck, so they are counted across every deck checked together), and each
card past that is flagged. A card's text, follow-ups, options and note count (all a couple reads with
the card); its quiz, asked weeks later, does not. docs/DECKS.md lists them.
"""

from __future__ import annotations

from collections.abc import Sequence

from .cards import Card
from .plain_words import whole_words

#: What the motif is, how it is found in a card's words (whole words, any case), and how many cards may use it.
MOTIFS: tuple[tuple[str, str, int], ...] = (
    ("a vicar as the one not to shock", r"vicars?", 1),
    (
        "a courtroom (a court, a jury, a lawyer, an appeal, a verdict, the evidence, an alibi, the crime)",
        r"court|jury|barrister|lawyer|on appeal|(for )?the defence|in (my|your) defence|I'm the judge|verdicts?|evidence"
        r"|alibis?|guilty|witness(es)?|plead(s|ed|ing)?|the crime|sentenced",
        3,
    ),
    (
        "one of you talks while the other butts in",
        r"interrupt\w*|interject\w*|heckle\w*|echo(es|ing)?|may only say|each time you (slip|say)",
        3,
    ),
    (
        "a spoof voice (a nature documentary, a sat-nav, a trailer, a forecast, a sales pitch)",
        r"documentary|sat-nav|trailer voice|shipping forecast|wine expert|guided tour|selling a house|estate agent"
        r"|like a shop that",
        3,
    ),
    ("a flaw argued for", r"flaws?|make (its|the|your) case|defend (you|me)|case against", 3),
    ("a party, a wedding or a do", r"party|parties|weddings?|a do", 3),
    ("tea", r"tea", 3),
    ("late at night", r"midnight|late at night|late-night|3 ?a\.?m\.?|small hours|last thing at night", 2),
    (
        "an impression of the other",
        r"(?<!first )impressions?|do my (sneeze|walk|laugh)|do me leaving|do (the|their) voice|each other's sulk",
        3,
    ),
    ("a call from the next room", r"(from|in) (the next|another) room|two rooms away", 3),
    ("a day you both remember", r"both remember", 3),
    ("a stately home", r"stately homes?", 1),
    ("a dinner with other people", r"at dinner|long dinner|out for dinner|over dinner|at someone's table", 3),
    ("a deadline punchline ('by Thursday', 'by lunchtime')", r"by (mon|tues|wednes|thurs|fri|satur|sun)day|by (lunch|tea)time", 1),
    ("a stranger or a passer-by", r"strangers?|passers?-by", 3),
    (
        "the last one of the food (the last roast potato, slice, bite or biscuit)",
        r"last (roast )?(potato(es)?|biscuits?|cookies?|chips?|fry|slice|bite|crisps?|piece|square|mouthful)|want the last one",
        2,
    ),
    ("the neighbour", r"neighbours?|next-door", 3),
    ("the group chat", r"group chats?", 3),
    ("a comic bird (a duck, a goose, a pigeon, a swan)", r"(a|the) duck|ducks|goose|geese|pigeons?|swans?|herons?|seagulls?", 3),
    (
        "a turn each, then swap ('three things, then swap', 'take turns', 'three each', 'then I'll do yours')",
        r"then swap|swap over|take turns|taking turns|turn and turn about|(one|two|three|four|five) each"
        r"|then (it['’]s|it is) my turn|then I(['’]ll)? (do|be) (yours|mine)|I['’]ll do yours"
        r"|then (I|you)(['’]ll)? \w+ (yours|mine)|then you show me one",
        3,
    ),
    (
        "asking what the other admires ('What do you admire…?')",
        r"(you|I)( (still|always|most|secretly|quietly|never))? admired?",
        3,
    ),
    ("hunger and snacks", r"hungry|hunger|hangry|starving|starved|peckish|snack\w*|crisps|nibbles|biscuits?", 4),
    (
        "done, hidden or noticed while the other isn't looking ('when I'm not there', 'behind my back')",
        r"(when|while|once|the second|the minute) (I['’]m|I am|I was|you['’]re|you are|you were|you think|I think)( \w+)?"
        r" (not (looking|there|in the room|watching|around|home)|out|away|asleep)|(wasn['’]t|weren['’]t|isn['’]t|aren['’]t) looking"
        r"|(nobody|no one)['’]s (looking|watching)|behind (my|your) back|(I['’]m|I was|you['’]re|you were) out of the room",
        6,
    ),
    (
        "the calendar (which date, which month, a day of the year)",
        r"(which|what|on what) date (do|does|is|gets|would)|calendar date|date in the calendar|(day|month) of the year|which month",
        5,
    ),
    ("in bed", r"in bed(?! by)", 11),
    (
        "'small' as a permission ('It can be small', 'Small counts', 'big or small')",
        r"(it|they|this) can be (a )?small( one)?|small (is fine|is the point|counts|days count|ones count)"
        r"|smaller and plainer|start small|big or small|small or big|however small",
        4,
    ),
    ("'without being asked' (or 'unasked')", r"without (being|me|you|anyone) ask(ed|ing)( for)?|unasked( for)?", 1),
    ("'never asked' or 'never said'", r"(you['’]ve|I['’]ve|we['’]ve|you|I|we) never (once )?(asked|said|told)", 2),
    (
        "now against back at the start",
        r"now\b[^.?!]*\b(when we (started|met)|at the start|the first month|at first|in the early days)"
        r"|(when we (started|met)|at the start|the first month|in the early days)\b[^.?!]*\bnow",
        1,
    ),
    ("'the long way back' (or home)", r"the long way (back|home)", 1),
    (
        "counselling phrasing ('what do you need from me', 'before it feels finished')",
        r"need from me|(what|how) do you need me to|before it feels (finished|done|settled|right|over)",
        3,
    ),
)


#: Motifs of the deep end, counted among the level-3 cards only: readers heard level 3 keep coming back to
#: burdens put down and to being seen, and missed needs, conflict and shared meaning.
DEEP_MOTIFS: tuple[tuple[str, str, int], ...] = (
    (
        "burdens and release at level 3 (carrying it, putting it down, a weight, letting go, falling apart)",
        r"(are|were) you carrying|carr(y|ies|ying|ied)( \w+)? (around|with you)|carr(y|ies|ying|ied) (it|that|them) for"
        r"|(like|able|easier|allowed) to put( it| that| them)? down|put (it|that|them) down for good|burdens?|weighs? on"
        r"|weight off|the weight of|off your chest|let(ting)? go of|letting go|fall(ing)? apart|lighten (the|your) load",
        3,
    ),
    (
        "being seen or known at level 3 ('feel most known', 'nobody else sees', 'see the edge of')",
        r"(feel|felt|feeling)( most| really| truly| properly)? (known|seen|understood)|(most|really|truly|properly) known"
        r"|(nobody|no one) else (sees|saw|notices|noticed|knows|knew|gets|got|did)|see the (edge|real)|the real you"
        r"|(don['’]t|do not) (quite )?understand about you|(me|you) to know( \w+)? better|had to explain to everyone else",
        3,
    ),
)

_MOTIFS = tuple((what, whole_words(pattern), allowed) for what, pattern, allowed in MOTIFS)
_DEEP_MOTIFS = tuple((what, whole_words(pattern), allowed) for what, pattern, allowed in DEEP_MOTIFS)


def _words_read(card: Card) -> str:
    """All a couple reads with a card: its text, follow-ups, options and note (the quiz comes weeks later)."""
    return " \n ".join((card.text, *card.followups, *card.options, card.note))


def past_allowance(found: Sequence[Card], allowed: int, says: str) -> list[tuple[Card, str]]:
    """The cards of `found` past its first `allowed`, each with `says`, whose "(kept)" names the cards kept."""
    message = says.replace("(kept)", "(" + ", ".join(f"{card.deck_id}/{card.id}" for card in found[:allowed]) + ")")
    return [(card, message) for card in found[allowed:]]


def motif_findings(cards: Sequence[Card]) -> list[tuple[Card, str]]:
    """Each card past its motif's allowance, in the order given, with what to do about it."""
    out: list[tuple[Card, str]] = []
    read = [(card, _words_read(card)) for card in cards]
    for what, pattern, allowed in _MOTIFS:
        out += past_allowance(
            [card for card, words in read if pattern.search(words)],
            allowed,
            f"the motif '{what}' is already on {allowed} cards (kept): on more, it reads as a trick reused;"
            " give this card a motif of its own (another onlooker, setting, prop or game)",
        )
    for what, pattern, allowed in _DEEP_MOTIFS:
        out += past_allowance(
            [card for card, words in read if card.level == 3 and pattern.search(words)],
            allowed,
            f"the motif '{what}' is already on {allowed} level-3 cards (kept): on more, the deep end circles;"
            " ask what readers missed instead (a need, a disagreement we keep circling, what our days should feel like)",
        )
    return out
