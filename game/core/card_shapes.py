"""Shapes: what a card asks a couple to do, read from its own words, so one evening does not repeat it.

Readers of dealt evenings counted repeats of a shape against the whole evening even where each card was
good: two "who's more likely", two answers of "five words at most", two first times at the close, two
"what you've never told me", two games of saying it without the banned words, two cards on kind lies.
The dealer keeps a round to one card of each of those shapes where the deal allows (see dealing), and
keeps cards of any shape here, like cards of one subject, from coming back to back. Shapes are read
from the words, so a couple's own deck is spread the same way; they are a preference of the dealer and
never keep a card out. Readers then named twins of subject (bedtime three times, the foible you hide
four times, presents twice, two calendar dates close together, the sofa and the TV twice), and then the
couple in company (five cards of an evening at parties, out with friends, covering for each other in front
of people), then secrets and hiding three times in an evening's middle (a thing put off telling, a thing done
badly on purpose, a friend's "You don't know?"), strangers three times and phones three times: those subjects
are read from a card's own words too, and a round meets each once, as it does a shape. Round fifty-nine's readers
named three snack jokes, five cards on the mask you wear, a bad day three times, four "then swap" games, two spicy
asks "in bed" shaped alike, and four cards on what one of you does when the other isn't looking: each is read and
met once a round too. Round sixty's readers named "now against the start" three or four times, two cards on the years
ahead of the two of you, two thank-yous, two on what one of you wants for the other, two spicy asks "when we're close",
and "never asked / never said" still three or four times (said as "without ever saying it", "didn't ask", "never quite
checked"): the untold shape reads those too, and the rest are subjects met once a round. Round sixty-two's readers
named three "secret flirting moves" in an evening's middle and three cards on conflict: flirting is a subject met once
a round, and so is the theme `repair`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .cards import AnswerType, Card, Kind

#: A shape an evening should meet once a round, by name, with the words that give it away.
_ONCE_WORDS = {
    "first-time": re.compile(
        r"\bfirst time\b|\b(the|our|your|my) first (kiss|date|night|week|month|year|holiday|trip|row|argument|fight"
        r"|impression|look|words?|meeting|message|call)\b",
        re.IGNORECASE,
    ),
    "word-limit": re.compile(
        r"\b(in|at most|no more than) (one|two|three|four|five|six|seven|ten|\d+) words?\b"
        r"|\b(one|two|three|four|five|six|seven|ten|\d+) words? (at most|or (fewer|less))\b|\bin a word\b",
        re.IGNORECASE,
    ),
    "banned-words": re.compile(r"\bslip(s|ped)?\b.*\b(again|start)", re.IGNORECASE),
    "fibs": re.compile(
        r"\b(fibs?|fibbed|lies|lied|white lie|kind lie|decoy|swears? blind|fake laugh|look thrilled)\b", re.IGNORECASE
    ),
    "untold": re.compile(
        r"\bnever (quite |once |really |actually |even )?(told|said|mentioned|asked|admitted|checked)\b"
        r"|\bwithout (ever )?(telling|saying)\b|\bhaven'?t (told|said|mentioned|asked)\b|\bdidn'?t (ask|say|tell)\b",
        re.IGNORECASE,
    ),
}

#: A subject an evening should meet once a round, read from a card's own words (not its note, whose sample answers
#: wander): readers of first evenings named these twins of subject as the game repeating itself ("bedtime three
#: times", "the foible you hide four times", "presents twice", "the sofa and the TV twice", "five cards about the
#: couple around other people", "a privacy or secrets cluster that pulls the middle towards hiding things").
_ONCE_SUBJECTS = {
    "bedtime": re.compile(
        r"\b(bedtime|asleep|awake|nod(s|ded)? off|wake you|(in|from) (my|your|our|their) sleep|lights? (off|out)"
        r"|the last light|3 a\.m\.|gone midnight)",
        re.IGNORECASE,
    ),
    "hidden-habit": re.compile(
        r"\bwhen I'm not (there|looking|around|home|in)\b|\bonly when I'm watching\b|\b(nobody|no one) (knows|sees)\b"
        r"|\bsecret (system|habit|tally|stash)\b|\bhate anyone to (see|film|know)\b|\bcatch (you|me) at it\b"
        r"|\b(foible|guilty pleasure)s?\b|\bhide the\b|\bten minutes on your own\b"
        r"|\b(isn't|is not) (looking|watching)\b|\b(when|while) I'm (out|away)\b|\bbehind (my|your) back\b"
        r"|\b(the (second|minute|moment)|while|when) I('m| was) out of the room\b|\bas if I were there\b",
        re.IGNORECASE,
    ),
    "calendar-date": re.compile(
        r"\b(which|what) (date|day of the year)\b(?! did)|\bcalendar\b|\b(day|week|month|season) of the year\b|\bbirthdays?\b"
        r"|\banniversar(y|ies)\b",
        re.IGNORECASE,
    ),
    "presents": re.compile(r"\b(presents?|gifts?)\b(?! shop)", re.IGNORECASE),
    "company": re.compile(
        r"\b(out with (other )?(people|friends|others)|(with|around|in front of) other people|(told|tell|telling) people"
        r"|in company|(at|to) a (do|party|wedding|barbecue|dinner)|a do\b|full of (my|your) friends|dinner party"
        r"|in front of (people|everyone|others|friends|(my|your|our) (friends|family|parents))|part(y|ies)|weddings?"
        r"|plus-one|guests?)\b",
        re.IGNORECASE,
    ),
    "secrets": re.compile(
        r"\b((a|whose|big|any|keep|kept|keeping|spill(ed|ing)?|with a) secrets?|secrets|hid(e|den|ing)|put off telling"
        r"|(get|got|getting) away with|snoop\w*|diary|you don't know\?|on purpose|over my head|confess\w*)\b",
        re.IGNORECASE,
    ),
    "strangers": re.compile(r"\b(strangers?|passers?-by|someone you don't know)\b", re.IGNORECASE),
    "hunger": re.compile(
        r"\b(hungry|hunger|starving|peckish|snacks?|crisps|crispy bit|biscuits?|cookies?|chocolate|sweets|sandwich(es)?"
        r"|the last (one|chip|slice|bite|biscuit|crisp|roast potato)|wrappers?|packet|(?<!have you )eat(s|en|ing)?"
        r"|a bite|first bite|taste of my food|over the sink)\b",
        re.IGNORECASE,
    ),
    "masks": re.compile(
        r"\b(masks?|brave face|(a|the) face (you|I) (put on|wear|pull)|put on a (face|show|brave)"
        r"|(the |which |what )?parts? (do )?(you|I) play|'?(I'm|it's|honestly,? it's) fine'?|how fine|without a joke"
        r"|out loud as a joke|a joke (to|instead)|joke (it|your way) (off|out)|laugh(ing)? it off|chang(e|es|ing) the subject"
        r"|go(es|ing)? quiet|(gone|went) quiet|which version of you|answers the door|bright 'anyway|rush past|deflect\w*"
        r"|brush(es|ing)? (it )?off|wave it away|keep it together|holding it together)\b",
        re.IGNORECASE,
    ),
    "bad-day": re.compile(
        r"\b((bad|hard|rough|awful|terrible|horrible|brutal|tough|worst|grim|lousy) (day|week|year|patch)|day from hell"
        r"|worst day|(when|if) (life|things) gets? (really )?hard|when you're (down|low))\b",
        re.IGNORECASE,
    ),
    "now-and-then": re.compile(
        r"\b((at|from|back at|since) the (very )?(start|beginning)|when we (first )?(met|started|got together)|back then"
        r"|these days|early (on|days)|in the (early|first) (days|weeks|months)|at first|when we were new"
        r"|(until|till|since|before) I came along|since we (got together|met)|(our|those) (first|early) (days|weeks|months))\b",
        re.IGNORECASE,
    ),
    "years-ahead": re.compile(
        r"\b((in|for|over) the next (five|ten|twenty|thirty|fifty|\d+) years|(in )?(five|ten|twenty|thirty|fifty|\d+) years"
        r"( from now| from today|' time)|when we're (old|older|seventy|eighty|ninety|grey)|grow(ing)? old( together)?"
        r"|still\b[^.?!]*\btogether|our future|the two of us become)\b",
        re.IGNORECASE,
    ),
    "thanks": re.compile(r"\b(thank\w*|grateful(?! little)|gratitude)\b", re.IGNORECASE),
    "plans-for-you": re.compile(
        r"\b(want for (me|you)|(your|my) (dreams or plans|(big )?plans)|hopes? for (me|you))\b", re.IGNORECASE
    ),
    "when-close": re.compile(r"\bwhen (we're|we are|we get|things get) (close|intimate)\b", re.IGNORECASE),
    "phones": re.compile(r"\b(phones?|scroll\w*|screen ?time|group chat)\b", re.IGNORECASE),
    # What one of you hopes the other never grows out of: readers met "What do you hope the two of us never grow out
    # of?" straight before the closer "I hope you never stop …".
    "never-outgrow": re.compile(r"\b(never (stop|grow out of)|hope (I|you|we) never)\b", re.IGNORECASE),
    "burdens": re.compile(
        r"\b(carrying|weigh(s|ing|ed)? on (you|me|your mind)|a weight (off|on)|off (my|your) (chest|shoulders)"
        r"|put (it |that |them )?down\b(?! to)|(I've|you've|I|you|to) let (it|that|them) go|let go of"
        r"|(don't|do not) have to\b[^.?!]*\bany ?more)",
        re.IGNORECASE,
    ),
    "seen-and-known": re.compile(
        r"\b((feel|felt|feeling) (most |really |truly |properly )?(known|seen|understood)|(see|saw) in me"
        r"|(see|saw) (me|you) (clearly|properly|for who)|(nobody|no one|no-one) else (sees|saw|gets|got|notices|understands)"
        r"|(nobody|no one|no-one) else (knows|knew) (me|you|about me)|(get|got|gets|understand|understood) about (me|you)"
        r"|(understand|understands|understood) (me|you)\b|really (know|knows|knew|see|sees|saw) (me|you))",
        re.IGNORECASE,
    ),
    "growing-up": re.compile(
        r"\b(as a (child|kid|teenager)|as children|(at|aged) (six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
        r"|fifteen|sixteen)\b(?! (in the|o'clock|tonight|tomorrow|sharp|a\.?m|p\.?m))|you're (eleven|twelve|thirteen"
        r"|fourteen|fifteen|sixteen)\b|growing up|grew up|when (you|I) (were|was) (little|young|small|a (child|kid|teenager))"
        r"|childhood|at school)\b",
        re.IGNORECASE,
    ),
    "eye-contact": re.compile(
        r"\b(eye contact|eye colour|(look|looking|gaze|gazing|stare|staring) (into|at) (each other|me|you)"
        r"|(look|looked|looking) at (me|you|each other)|(each other's|my|your|our) eyes|eyes (on|shut|closed|open|only|meet)"
        r"|(close|shut|open) (your|my|our) eyes)\b",
        re.IGNORECASE,
    ),
    "arguing": re.compile(
        r"\b(argu(e|es|ed|ing|ment|ments)|(mid|a|our|the|any|every|a proper|big|silly|daft) (fight|fights|sulk|tiff)"
        r"|fight(s|ing)? (with|about|over|dirty|fair)|we (fight|fought|bicker)|bicker\w*|sulk(s|ing|ed)?|fell[- ]out"
        r"|falling[- ]out|cross with|(I'm|you're|I am|you are|we're) cross|mak(e|es|ing) up (with|after|again)\b"
        r"|made up (with|after|again)\b|say(ing|s)? sorry|said sorry|apologi[sz]\w*|apology|disagree\w*)",
        re.IGNORECASE,
    ),
    "on-the-quiet": re.compile(r"\b(quietly|secretly|in secret|on the quiet|on the sly)\b", re.IGNORECASE),
    "wish-list": re.compile(
        r"\b((love|like|want)\w* (a (bit|little|lot) )?more of|better with a bit more"
        r"|(like|love) (us |the two of us )?to try|quite like to try)\b",
        re.IGNORECASE,
    ),
    "giving-away": re.compile(r"\b(give|gives|gave|giving) (you|me|them|it|us) away\b", re.IGNORECASE),
    "flirting": re.compile(r"\bflirt\w*|\b(opening|secret|signature|smooth|best) moves?\b|\bmy moves\b", re.IGNORECASE),
    "sofa-and-screen": re.compile(
        r"\b(sofa|couch|settee|telly|tv|television|the remote|box ?sets?|series|programmes?|what to watch)\b"
        r"|\bwatch(ing|ed)? (a film|something|ahead)\b|\bfilm scene\b|\bpauses a film\b",
        re.IGNORECASE,
    ),
}

#: A card of the theme `repair` (how we argue, cool down and make up): readers counted three cards on conflict in an
#: evening where only one said "argue" ("the white flag", "where to sit when you're upset", "the one thing not to say
#: after a mistake"), so a round meets one card of the theme as well as one that speaks of arguing.
MENDING, REPAIR = "mending", "repair"

#: The tag of a deep card that asks for something present and not yet said (a need, a worry still live, what one of
#: you would change about how you are now: see brave_share), and its shape: readers met two side by side ("where you
#: feel alone", then "what I take for granted"; "how you'd want me to find out you're upset", then "what still
#: stings"), "three negative subjects in a row". Kept from back to back.
NEEDS = "needs"

#: "Who's more likely" cards: their answer kind is the shape.
WHO_IS_MORE_LIKELY = "who-is-more-likely"

#: A thing to do that one partner does and then the other ("then swap", "take turns", "then I pack yours"): a reader
#: named "four turn-taking action games" as one trick played twice, so a round holds one.
TURN_TAKING = "turn-taking"
_TURNS = re.compile(
    r"\b(then swap|swap over|swap roles|your turn|my turn|take turns|taking turns|in turns|turn about|one each|a minute each"
    r"|and so on|then (I|you)('ll| will)? (go|do|pack|tell|answer|get|try|have|take|guess|choose|name)|then I'll be yours"
    r"|then start the clock again|(I|you) go first)\b",
    re.IGNORECASE,
)

#: Something to do that asks for touch ("Take my hand…", "spell on my back", "a kiss"): a reader met four in one
#: evening, two of them "nearly the same", so a round holds one.
TOUCH = "touch"
_TOUCH = re.compile(
    r"\b(touch\w*|kiss\w*|(my|your|our|each other's) (hand|hands|palm|back|neck|cheek|face|lips|shoulders?|arm)"
    r"|fingertips?|with one finger|trace\w*|hug\w*|hold (me|hands|my|your)|stroke|massage|foreheads?)\b",
    re.IGNORECASE,
)

#: A spicy card asked "in bed": readers named two in an evening "shaped the same", so a round holds one.
IN_BED = "in-bed"
_IN_BED = re.compile(r"\bin bed\b", re.IGNORECASE)

#: The tags of a card that opens an evening and of one that ends it ("Slow-dance to end the night"): a round of
#: a set length starts on its opener and ends on its closer (see dealing.climbing), so it holds one of each.
OPENER, CLOSER = "opener", "closer"

#: The shapes a round holds once where the deal allows.
ONCE_A_ROUND = frozenset({WHO_IS_MORE_LIKELY, TURN_TAKING, TOUCH, IN_BED, MENDING, OPENER, CLOSER, *_ONCE_WORDS, *_ONCE_SUBJECTS})

#: A card that asks for a complaint or a shortfall of the other's ("What have you asked me for more than once?",
#: "Which promise of mine did you kindly let slide?", "I cancel our plans for the third time running"): readers met one
#: straight after a spicy card whose hand was to stay put "however serious", and one just before a spicy card. Kept
#: from a spicy card's side (see deal_spread).
GRIEVANCE = "grievance"
_GRIEVANCE = re.compile(
    r"\b(asked me (for )?(\w+ ){0,3}more than once|(you've|you have) stopped counting on|(I've|I have|have I|did I) let you"
    r" down|(you're|are you) still waiting for me|never sure it (had )?sunk in|promises? of mine\b[^.?!]*\blet slide"
    r"|I (cancel|forget|miss|break)\b[^.?!]*\b(third time|time running|again and again|more than once))\b",
    re.IGNORECASE,
)

#: A card whose words reach into the next card ("It stays there for the whole next card, however serious"): what comes
#: next is asked to be held in its mood, so a grievance never comes straight after it.
HELD = "held"
_HELD = re.compile(r"\bnext card\b", re.IGNORECASE)

#: A pick from a list (a scenario's options, or "how do you react when…" with comic self-portraits to choose from):
#: a fifth of the cards, most of them light, so a climb put four or six of them side by side; kept from back to back.
MENU = "menu"

#: Something to do together now (an action card): three in a row is a run of games, not an evening of talk.
TOGETHER = "together"

#: A card both partners answer (a `both` card, or "who's more likely"): readers of first evenings named three or four
#: "each of you" cards in a row, a round of the same turn; kept from back to back.
SHARED = "shared"

#: A note that gives a sample answer in quotes ("'Ooh, horses' counts."): common, so only kept from back to back.
SAMPLE_IN_NOTE = "sample-in-note"
_QUOTED = re.compile(r"[“\"‘'][A-Z][^”\"’']{3,}[”\"’']")


def shapes(card: Card) -> frozenset[str]:
    """The shapes of `card`, read from its answer kind, its words and its note, and its opener or closer tag."""
    ends = frozenset(tag for tag in card.tags if tag in (OPENER, CLOSER))
    menu = frozenset({MENU}) if card.answer_type is AnswerType.CHOICE and card.options else frozenset()
    together = frozenset({TOGETHER}) if card.kind is Kind.ACTION else frozenset()
    shared = frozenset({SHARED}) if answered_by_both(card) else frozenset()
    read = _shapes(card.text, card.note, card.answer is AnswerType.WHO, card.kind is Kind.ACTION, card.spicy)
    mending = frozenset({MENDING}) if REPAIR in card.tags else frozenset()
    asks = frozenset({NEEDS}) if NEEDS in card.tags else frozenset()
    return read | ends | menu | together | shared | mending | asks


def answered_by_both(card: Card) -> bool:
    """Whether both partners answer `card`: a `both` card, or "who's more likely" (the SHARED shape)."""
    return card.kind is Kind.BOTH or card.answer is AnswerType.WHO


@lru_cache(maxsize=8192)  # a session deals every card of its decks each time: read each card's words once
def _shapes(text: str, note: str, who: bool, action: bool, spicy: bool) -> frozenset[str]:
    words = f"{text} {note}"
    found = {name for name, pattern in _ONCE_WORDS.items() if pattern.search(words)}
    found.update(name for name, pattern in _ONCE_SUBJECTS.items() if pattern.search(text))
    if who:
        found.add(WHO_IS_MORE_LIKELY)
    if action and _TURNS.search(text):  # "It's your turn to say sorry" asks a question: only a thing to do takes turns
        found.add(TURN_TAKING)
    if action and _TOUCH.search(text):  # a question about touch is talk; only a thing to do asks for it now
        found.add(TOUCH)
    if spicy and _IN_BED.search(text):
        found.add(IN_BED)
    if _GRIEVANCE.search(text):
        found.add(GRIEVANCE)
    if _HELD.search(text):
        found.add(HELD)
    if _QUOTED.search(note):
        found.add(SAMPLE_IN_NOTE)
    return frozenset(found)
