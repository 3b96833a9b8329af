"""Words a couple anywhere reads the same, and no home or long history assumed: two rules of the built-in decks.

British spelling is the decks' house style (favourite, colour, -ise); British idiom is not. A couple outside
Britain stumbles on "telly", "loo" or "a fortnight", or reads the card as written for someone else, so each
word below is flagged with what to write instead. And the cards are for any couple, together three months or
thirty years, living together or apart: "our bed", "our flat" or "all these years" tells a couple who live
apart that the card is not for them. A card honestly about living together says so in its text ("If you live
together…") and carries the tag `lives-together`, which lets its shared-home phrases stand.

A word matches whole: "binge" is not "bin", "posting" is not "the post", "flatmate" is not "flat" (it is a word
of its own on the list), and a "bank holiday" is a day's name, not a trip. Idiom that is a word in another sense
is matched only in its British one: "a do" and "the do" are a party but "do" is not, "nip home" is flagged and
"nipple" or "nip in the bud" is not, "bottled it" is and "bottled it up" is not, "tea time" is and "tea" is not.
So too the words readers still named once those had gone: "a row" is flagged as a quarrel but not as three days
in a row, the front row or a rowing boat, and "ring" as a call ("I'll ring you") but not as a ring on a finger or
a phone that rings. docs/DECKS.md lists both rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: The tag that lets a card honestly about living together keep its shared-home phrases.
LIVES_TOGETHER = "lives-together"

#: "Row" as a quarrel ("after a row", "mid-row", "we row", "rowing about"), not a line of things or a boat: three days (or
#: twice, or 3) in a row, sat or lined up in a row, the front, back or middle row, a row of seats, row 5, and going
#: rowing, a rowing boat, or rowing across a lake all pass.
ROW = (
    r"mid-rows?|"
    r"(?<!s in a )(?<!twice in a )(?<!thrice in a )(?<!two in a )(?<!three in a )(?<!four in a )(?<!five in a )"
    r"(?<!\d in a )(?<!sat in a )(?<!sit in a )(?<!up in a )(?<!front )(?<!back )(?<!middle )(?<!death )(?<!skid )"
    r"(?<!corn )(?<!go )(?<!goes )(?<!went )(?<!gone )(?<!going )"
    r"(rows?|rowing|rowed)"
    r"(?! (of|a|an|the|us|across|out|back|ashore|home|hard|harder|boats?|machines?|clubs?|teams?|crews?|races?|\d)\b)"
)

#: "Ring" as a phone call ("I'll ring you", "rings instead of texting", "had you rung", "when I ring"), not a ring
#: on a finger ("the ring you gave me"), a bell ("ring my bell", "ring the doorbell") or a phone that rings.
RING = (
    r"(?<!the )(?<!a )(?<!my )(?<!your )(?<!his )(?<!her )(?<!their )(?<!our )(?<!that )(?<!this )(?<!engagement )"
    r"(?<!wedding )(?<!boxing )(?<!key )(?:"
    r"(ring|rings|ringing|rang) (me|you|him|her|them|us|it|\{name\}|\{partner\}|someone|somebody|anyone|anybody|"
    r"everyone|my|your|his|their|our)(?! (a |the )?(door)?bells?\b)(?! in\b)"
    r"|(ring|rings|ringing|rang) ((straight|right) )?back"
    r"|(ring|rings|ringing|rang) (instead|first|round)"
    r"|(ring|rings|ringing|rang) to (ask|say|make|book|check|tell|see|find|let|cancel|complain|apologise)"
    r"|(give|gives|gave|giving) (me|you|him|her|them|us) a ring"
    r"|(have|has|had) (you|I|we|they|he|she) (already |just )?rung"
    r"|(when|if|before|after|until|till) (I|you|we|they|he|she|\{name\}|\{partner\}) (ring|rings|rang)"
    r"(?! (the|a|that|my|your|his|her|their|our) (door)?bells?\b)"
    r")"
)

#: British idiom, as a pattern matched whole and case-blind, and the plain words to write instead: words a British
#: couple would write that read the same anywhere (never an American word for a British one), or "" where there are none.
REGIONAL: tuple[tuple[str, str], ...] = (
    (r"telly", "'TV'"),
    (r"loos?", "'the toilet'"),
    (r"biscuits?", "'a snack' or 'something sweet'"),
    (r"crisps", "'snacks'"),
    (r"jumpers?", "'a hoodie' or 'something warm'"),
    (r"washing[- ]up", "'the dishes'"),
    (r"fancy dress", "'dressing up' or 'in costume'"),
    (r"tea[- ]towels?", "'a cloth'"),
    (r"hoover(s|ed|ing)?", "'vacuum' or 'clean'"),
    (r"fortnights?", "'two weeks'"),
    (r"petrol", "'fuel', or 'filling up the car'"),
    (r"car[- ]parks?", "'somewhere to park', or say where without it"),
    (r"queue(s|d|ing)?", "'wait' ('waiting our turn')"),
    (
        r"(a|my|your|our|their|the|first|bad|new|old|shared) flats?(?! (tyre|tire|battery|rate|fee|note|of|out))",
        "'place' or 'home'",
    ),
    (r"flatmates?", "'housemate' or 'someone I lived with'"),
    (r"(?<!bank )(?<!public )holiday", "'trip' or 'time off'"),
    (r"moan(s|ed|ing)?", "'complain'"),
    (r"(all sorted|sorted (it|that|this)|(get|got|gets|getting) (it|that|this) sorted)", "'fixed' or 'worked out'"),
    (r"mates?", "'friend'"),
    (r"bin(s|ned|ning)?", "'throw away' or 'get rid of'"),
    (r"bin[- ]bags?", ""),
    (r"the post(?! office)", "'the letters' or 'a parcel'"),
    (r"(?<!potato )(?<!chocolate )(?<!poker )chips", "'a snack', or name the food"),
    (r"chip shop", "a shop anyone knows ('a bakery')"),
    (r"takeaways?", "'food delivered' or 'ordering in'"),
    (r"rubbish", "'bad at', 'nonsense' or 'junk'"),
    (r"puddings?", "'dessert'"),
    (r"(tenner|fiver|quid)", "'some cash', or a sum without a currency"),
    (r"pavements?", "'the street', or say where without it"),
    (r"motorways?", "'the main road' or 'a long drive'"),
    (r"(?<!real )estate agents?", "'someone selling a house'"),
    (r"dressing[- ]gowns?", "'a bathrobe'"),
    (r"(the|a) lifts?", "'driving you', for a lift in the car"),
    (r"lift doors?", "'the doors'"),
    (r"shop[- ]bought", "'bought' or 'from the shop'"),
    (r"trolleys?", "'the basket'"),
    (r"sweets", "'something sweet'"),
    (r"shattered", "'exhausted'"),
    (r"dinner lad(y|ies)", "'school cook'"),
    (r"(have|had|having) (you|me|us|them) round", "'have you over'"),
    (r"(your|my|our|their|\{name\}'s|\{partner\}'s) lot", "'your family' or 'your friends'"),
    (r"(knackered|skint|chuffed|cuppa|nappy|nappies|pram|lorry|lorries)", "the plain word ('tired', 'broke', 'pleased')"),
    # Idiom readers met once the words above had gone: phrases more than words, each in its British sense only.
    (r"(a|the) do(?!['’])", "'a party'"),
    (r"daft(er|est)?", "'silly'"),
    (r"bottl(e|es|ed|ing) (it|out)(?! up)", "'lost my nerve' or 'backed out'"),
    (r"(in|into) a huff", "'sulking'"),
    (r"gone off (you|me|him|her|them|us|it|that|this|the idea)", "'lost interest in' or 'stopped liking'"),
    (
        r"(you|I|we|they|he|she|\{name\}|\{partner\})('ve| have|'d| had|'s| has)? gone off",
        "'lost interest in' or 'stopped liking'",
    ),
    (r"nip(s|ped|ping)? (home|out|back|over|round|off|to|down|up|across)", "'pop home' or 'step out'"),
    (r"twig(ged|ging)", "'worked it out' or 'noticed'"),
    (r"(?<!king )tut(-tut|s|ted|ting)?", "'scoff' or 'sigh'"),
    (
        r"(not|never|isn't|aren't|wasn't|weren't)( to be)?( that| too| very| really| much| at all| all that)? fussed",
        "'don't much care'",
    ),
    (r"out[- ]out", "'dressed-up out' or 'a big night out'"),
    (r"police cells?", "'a police station'"),
    (
        r"(christmas crackers?|(in|from|pull|pulled|pulling) (a |the )?crackers?|(go|goes|going|gone|went) crackers)",
        "'a party game', or 'mad'",
    ),
    (r"reckon(s|ed)?", "'think'"),
    (r"gutted", "'heartbroken' or 'crushed'"),
    (r"naff", "'tacky'"),
    (r"faff(s|ed|ing)?", "'fuss' or 'dither'"),
    (r"kip", "'nap' or 'sleep'"),
    (r"whing(e|es|ed|eing|ing|er|ers)", "'complain'"),
    (r"soppy", "'mushy'"),
    (r"(the|a) big light", "'the main light' or 'the overhead light'"),
    (r"tea[- ]?time", "'dinnertime'"),
    (r"chipp(y|ies)", "'the bakery' or 'a café'"),
    (r"charity shops?", "'goes to charity' or 'a secondhand shop'"),
    (r"allotments?", "'vegetable patch'"),
    (r"caravans?", "'camper van'"),
    (r"sat[- ]?navs?", "'GPS' or 'the map on my phone'"),
    (r"shop dumm(y|ies)", "'mannequin'"),
    (r"(in|into|go to|goes to|going to|gone to|went to) bits", "'fall apart' or 'in pieces'"),
    (r"clock(s|ed|ing)? (me|you|him|her|them|us|it)", "'spot' or 'notice'"),
    (r"(were|was|been|be|stay|stayed|staying|over|round|back) at (mine|yours|ours|theirs)", "'at my place'"),
    (r"petrol-stations?", "'a service station'"),
    (r"fruit machines?", "'slot machine' or 'claw machine'"),
    (r"(?<!bone )marrows?", "'pumpkin'"),
    (r"the big shop", "'the weekly groceries'"),
    # Words readers still named once the phrases above had gone, each in its regional sense only.
    (ROW, "'an argument', 'a fight' or 'a disagreement'"),
    (RING, "'call'"),
    (r"kettles?(?! (drums?|corn|chips|black|of fish)\b)", "'a drink', or a setting without the kettle"),
    (r"crisp[- ]?packets?", "'a snack wrapper'"),
    (r"(at|to|behind|by|on|from|through|past|near) the tills?|till (receipts?|rolls?)", "'the checkout'"),
    (r"(make|makes|made|making) (a )?(big )?fuss of", "'fuss over' or 'spoil'"),
    (r"brown envelopes?", "'an official letter'"),
    (r"['‘]x+['’]|(an|one|a single) x(?= (at|on) the end)", "'a kiss at the end of a text'"),
    (
        r"properly (hard|good|bad|scared|funny|ill|tired|upset|angry|cross|happy|sad|awful|nice|lost|drunk|cold|hot"
        r"|nervous|excited|terrified|gorgeous|brilliant|lovely)",
        "'really'",
    ),
    (r"(feel|feels|felt|feeling) fancied", "'feel wanted'"),
    (r"quite fancy(?= (you|me|him|her|them|it|that|this|each other)\b|\s*[?.!,'’\"]|\s*$)", "'find attractive'"),
    (r"biros?", "'pen'"),
    (r"noughts and crosses", "'Xs and Os'"),
    (r"noughts?(?! and crosses)", "'zero'"),
    (
        r"(come|comes|coming|came|pop|pops|popping|popped) round(?= (in|for|tonight|later|tomorrow|at|after|before|"
        r"to (see|watch|visit|dinner|mine|yours|ours|theirs))\b|\s*[?.!,]|\s*$)",
        "'come over'",
    ),
    (r"(look|looks|looked|looking) round", "'look around'"),
    (r"(in|into|out of) hospital(?! (food|corners?|beds?|gowns?|car park|waiting room)\b)", "'at the hospital' or 'ill'"),
    (
        r"(child|children|kids?|baby|babies|toddlers?) (you're|I'm|we're|they're|you are|I am|we are) minding"
        r"|minding (the|a|your|my|their|his|her|our) (child|children|kids?|baby|babies|toddlers?|place|house|shop|friend's)"
        r"|(being|been) minded",
        "'looking after'",
    ),
    (r"custard creams?", "one sold anywhere ('a plain butter one')"),
    (r"conkers?", "'chestnut'"),
    (r"mid-washing[- ]up", "'while doing the dishes'"),
)

#: American idiom, as foreign in these decks as "telly" is abroad, and the plain words to write instead.
AMERICAN: tuple[tuple[str, str], ...] = (
    (r"real estate agents?", "'someone selling a house'"),
    (r"fries(?! (a|an|the|it|them|up|eggs?|onions?|bacon|everything)\b)", "another food, named ('ice cream', 'pancakes')"),
    (r"(?<!fortune )cookies?(?! jar)", "'cake', or the sweet thing named ('a chocolate', 'a lemon slice')"),
    (r"elevators?", "the moment itself ('as if someone walks in', 'a cable car that stops')"),
    (r"sweaters?", "'extra layers', 'an old T-shirt' or the thing named"),
    (r"apartments?", "'place', 'home' or 'the rooms above…'"),
    (r"(the|your|my|our) mail(?!box)|mailbox(es)?", "'the letters', or 'what comes through the door'"),
)

#: Phrases that take a shared bed, a shared home or a long history for granted, and what fits any couple.
SHARED_HOME: tuple[tuple[str, str], ...] = (
    (r"our (bed|bedroom)", "'the bed', 'whichever bed we're in' or 'the next night we're together'"),
    (r"our (flat|home|house|apartment|street|neighbours)", "'whichever place we're at', or 'home' for each of you"),
    (r"our (kitchen|sofa|couch|fridge|front door|living room|hallway|bathroom)", "'the kitchen', 'the sofa'"),
    (r"our (rent|mortgage|bills)", "'rent', 'bills', said of either of you"),
    (r"(when|since|before|after) we moved in", "'so far', or 'if you live together…'"),
    (r"moved in together", "'if you live together…'"),
    (r"all (these|those) years", "'so far'"),
    (r"after all (this|that) time", "'so far' or 'even now'"),
    (r"(every|each) (night|morning) we", "'the next night (or morning) you're together'"),
)


def whole_words(pattern: str) -> re.Pattern[str]:
    """`pattern` matched as whole words, any case: not inside a longer word, nor joined to one by an apostrophe or a
    hyphen ("binge" is not "bin"). The motifs lint (card_motifs) reads words the same way."""
    return re.compile(rf"(?<![\w'’-])(?:{pattern})(?![\w-])", re.IGNORECASE)


_REGIONAL = tuple((whole_words(pattern), instead) for pattern, instead in REGIONAL)
_AMERICAN = tuple((whole_words(pattern), instead) for pattern, instead in AMERICAN)
_SHARED_HOME = tuple((whole_words(pattern), instead) for pattern, instead in SHARED_HOME)


def plain_findings(lines: Iterable[str], tags: tuple[str, ...]) -> list[str]:
    """What in a card's lines (its text, quiz, note, options, follow-ups) reads as British (or American) idiom, or
    takes a shared home or a long history for granted, each with what to write instead: at most one of each kind."""
    shown = " \n ".join(lines)
    out: list[str] = []
    if found := _first((*_REGIONAL, *_AMERICAN), shown):
        word, instead = found
        whose = "American" if any(pattern.fullmatch(word) for pattern, _ in _AMERICAN) else "British"
        write = f"write {instead}" if instead else "say it another way, as no one word reads the same everywhere"
        out.append(f"'{word}' is {whose} idiom a couple elsewhere may stumble on: {write} (British spelling stays)")
    if LIVES_TOGETHER not in tags and (found := _first(_SHARED_HOME, shown)):
        phrase, instead = found
        out.append(
            f"'{phrase}' assumes you share a home or a long history: write for any couple, like {instead};"
            f" a card honestly about living together says so and is tagged {LIVES_TOGETHER}"
        )
    return out


def _first(rules: tuple[tuple[re.Pattern[str], str], ...], text: str) -> tuple[str, str] | None:
    """The earliest match in `text` of any rule (the longest of those starting there), with what to write instead."""
    hits = [(match.start(), match.group(0), instead) for pattern, instead in rules if (match := pattern.search(text))]
    if not hits:
        return None
    _, word, instead = min(hits, key=lambda hit: (hit[0], -len(hit[1])))  # at one place, the longest: "bin bag", not "bin"
    return word, instead
