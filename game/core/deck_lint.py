"""The content lint (`deck validate --strict`): what a valid deck can still get wrong.

Near-duplicate texts across decks, quiz phrasing without {name} or with a partner's pronoun
written out, long cards, a deck missing a depth level, gendered wording, cards without a tag
from the vocabulary, and what a reader found makes a remembered card unfair to judge: time
words without `changes`, a date that is not a yearly day, a yes/no opener, a scale without its
ends (in the text and in the quiz), a yes/no opener on a remembered free-text or choice card, a
quiz that asks two things, a number that is a name, grief quizzed for points, options never
shown, scenario options that switch voice, two scenarios that end on the same sentence, two quizzes
that read the same (date night's own cards among them: both can come up in one Quiz me round), a both
card that asks for its answer aloud ("on three"), and an action card whose text names a turn's
length that its timer does not run. The house style (built-in decks only): a choice of four to
six options, none calling the listener "my partner", a note whose "I" is the one asking (an
answerer's example goes in quotes), a quiz that asks for the thing itself (not for what was written
down, not for "the gist"), no dash followed by a list of examples, no British idiom and no shared
home assumed (game.core.plain_words), each habit that had spread (a tacked-on "I'll guess first",
an "X counts" tail, a confession opener…) at most once a deck, and each motif (a vicar looking on, a
party, tea, a game of butting in…) and each follow-up frame ("How long…?") on a few cards of the
collection (game.core.card_motifs, game.core.followup_frames), and no card reaching past itself to the next
card or the rest of the evening (game.core.standalone_cards). Each rule is a heuristic, tuned so the
built-in decks show what it is for; docs/DECKS.md lists them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .answers import option_key
from .card_motifs import motif_findings
from .cards import AnswerType, Card, Deck, Kind
from .date_night_plan import RITUALS
from .followup_frames import frame_findings
from .near_duplicates import NEAR_DUPLICATE as NEAR_DUPLICATE
from .near_duplicates import SAME_QUESTION as SAME_QUESTION
from .near_duplicates import alike_pairs
from .near_duplicates import fold as _fold
from .plain_words import plain_findings
from .pronouns import FIRST_PERSON, SECOND_PERSON, fields
from .standalone_cards import reach_findings
from .tags import THEME_TAGS
from .turn_lengths import timer_findings

MAX_CARD_CHARS = 160

NO_THEME = "no theme tag"
CHOICE_OPTIONS = range(4, 7)  # a built-in choice offers 4 to 6: fewer is barely a guess, more is a survey

_TIME_WORDS = re.compile(
    r"\b(this week|this month|this year|lately|right now|currently|these days|at the moment|nowadays|recently|today)\b",
    re.IGNORECASE,
)
_YEARLY = re.compile(r"\b(birthday|anniversar\w*|name ?day|every year|each year|yearly|annual\w*)\b", re.IGNORECASE)
_YES_NO = re.compile(r"^(do|does|did|have|has|had|is|are|was|were|will|can|could|should|would|is there|are there)\b", re.IGNORECASE)
_ANCHOR = re.compile(r"\b1\s*(\(|=|is\b|means\b|for\b|being\b)", re.IGNORECASE)
_TOP_ANCHOR = re.compile(r"\b10\s*(\(|=|is\b|means\b|for\b|being\b)", re.IGNORECASE)
_JOINED = r"\b(and|or)\s+(what|how|who|where|when|why|which)\b"  # "…, and who fell for it?"
_TWO_QUESTIONS = re.compile(r"\?.*\w.*\?|" + _JOINED, re.IGNORECASE)
_JOINED_QUESTION = re.compile(_JOINED, re.IGNORECASE)
_QUOTED = re.compile(r"(?:(?<=\s)|^)['‘\"“][^\"“”]*?['’\"”](?=[\s,.?!:;]|$)")  # a line someone says, not the card's question
_NOMINAL = re.compile(r"\b(lucky number|favourite number|favorite number|what year|which year|phone number)\b", re.IGNORECASE)
_CARE = re.compile(r"\b(help|helps|support|care|comfort|gentle|remember)\w*", re.IGNORECASE)
_SURVEY = re.compile(r"\bthe (couple|relationship)\b", re.IGNORECASE)
_RECALL = re.compile(
    r"\b(did|does) \{name\} (say|guess|confess|admit)\b[^?]*\{partner|\baccording to \{name\}"
    r"|\{partner\}'s\b[^?]*\b(did|does) \{name\} (say|guess|confess|admit)\b"  # what of {partner}'s did {name} confess to
    r"|\{name\} (think|guess|reckon|assume|imagine)s? (that )?\{partner\}",  # what {name} thinks {partner} does
    re.IGNORECASE,
)
_WEEKDAY = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MOVABLE = re.compile(
    r"\bclocks? (go|going|change|changing)\b|\b(first|second|third|last) " + _WEEKDAY + r"\b|\b(easter|pancake day|"
    r"mother'?s day|father'?s day|thanksgiving|bank holiday|lunar new year|diwali|eid|ramadan|hanukkah|passover)\b",
    re.IGNORECASE,
)
_ROUGH_DAY = re.compile(r"\b(best guess|rough date|roughly|more or less|near enough)\b", re.IGNORECASE)
_NAME_AND_DAY = re.compile(
    r"\bname,? (and|—|-) (the )?(day|date)\b|\b(who|whose)\b[^?]*\band (on )?(which|what) (day|date)\b", re.IGNORECASE
)
_ALOUD = re.compile(r"\b(on three|say it together|both say it|at the same time)\b", re.IGNORECASE)  # a both card is typed apart
_ONE_NIGHT = re.compile(r"\b(this week|tonight|this evening)\b", re.IGNORECASE)
_BOTH_NAMED = re.compile(r"\{name\} and \{partner\}|\{partner\} and \{name\}")
#: A verb pair, "{feel|feels}", agrees with the pronoun {name} chose, so one of these must be its subject.
_THEY = frozenset({"they", "They"})
_PEOPLE = frozenset({"name", "partner", *_THEY, "partner_they", "partner_They"})  # what a verb's subject can be
_PRONOUN = re.compile(r"(?<![\w{_])(they|them|their|theirs|themself|themselves)(?![\w}])", re.IGNORECASE)
GENDERED = (
    "he", "she", "him", "his", "hers", "himself", "herself", "he/she", "s/he",
    "husband", "husbands", "wife", "wives", "hubby", "wifey", "boyfriend", "boyfriends",
    "girlfriend", "girlfriends", "fiance", "fiancee", "fiancé", "fiancée", "bride", "groom",
)  # fmt: skip
_LONGEST_FIRST = sorted({*GENDERED, "her"}, key=lambda word: (-len(word), word))  # so he/she is found whole, and his/her by its his
#: A dash and then three or more short examples: "— a wrong turn, a snack, a stranger".
_EXAMPLE_TAIL = re.compile(r"—\s*([^—.?!:,]{1,30},\s*){2,}[^—.?!:,]{1,40}(?=[.?!:—]|$)")
#: Habits that had spread across the decks, each fine once in a deck (or twice) and a formula beyond that:
#: what it is, how it is found in a card's text, how many a deck may keep.
HABITS: tuple[tuple[str, re.Pattern[str], int], ...] = (
    ("a tacked-on 'I'll guess first' line", re.compile(r"\b(I'll|I will|let me|I'm) guess(ing)? (first|before)\b", re.I), 1),
    (
        "an 'X counts' tail",
        re.compile(r"\b(counts|counts too|is a fair answer|is an acceptable answer|are allowed|is allowed|all count)\b[.!)]", re.I),
        1,
    ),
    ("a confession opener", re.compile(r"(^|[.!?]\s+)(own up|confess|confession( time)?|no peeking|no conferring)\b", re.I), 1),
    ("a 'more than you'd admit' tail", re.compile(r"more than (you'd|you would|you've|you have) (admit|let on)", re.I), 1),
    ("a 'wherever your days go' hedge", re.compile(r"wherever (your days|you spend your days)", re.I), 1),
    ("an 'each write it, then reveal'", re.compile(r"\beach (write|type|jot)s?\b.*\breveal", re.I), 2),
    (
        "a performance tacked on after the question",
        re.compile(
            r"\?\s+(Do (the|their|your|my|it)\b|Show me\b|Mime\b|Hum\b|Act (it|out)\b"
            r"|(Say|Tell) (it|them)( to me)? (like|in the voice|as)\b)"
        ),
        1,
    ),
    ("a 'Think of a time…' opener", re.compile(r"^Think of (a|an|the|one|whoever|your)\b", re.I), 1),
    ("a scene that ends on 'Your move?'", re.compile(r"\bmove\?\s*$", re.I), 1),
    ("a ', however…' tail", re.compile(r",\s*however\b", re.I), 1),
)
#: The same, for a card's follow-ups: a turn-around ("Now ask me mine.") lands once in a deck and is a formula on every card.
FOLLOWUP_HABITS: tuple[tuple[str, re.Pattern[str], int], ...] = (
    (
        "a turn-around follow-up ('Now ask me mine')",
        re.compile(
            r"\bnow (ask|hear|let) me\b|\bnow hear mine\b|\byour turn\b|\bturn it round\b|\bask me (the same|mine|for mine)\b"
            r"|\b(tell you|hear) (one of )?mine\b|\bready for mine\b|\bnow I'll tell you mine\b|\bone of mine\b",
            re.I,
        ),
        1,
    ),
)
#: Follow-ups any card could close on. A mixed round deals from every deck, so these are counted across the whole
#: collection: a few give a card a second beat, a dozen read as the stock line of the game.
STOCK_FOLLOWUPS: tuple[tuple[str, re.Pattern[str], int], ...] = (
    ("'When did you last…?'", re.compile(r"\bwhen (did you last|was the last time)\b", re.I), 3),
    ("'What would make it easier?'", re.compile(r"\bwhat would make (it|that|this|them)\b[^?]*\b(easier|less|lighter)\b", re.I), 3),
    ("'Did it work?'", re.compile(r"\bdid it work\?", re.I), 3),
    ("'When did it start?'", re.compile(r"\bwhen did (it|that|this) (start|begin)\?", re.I), 3),
    ("'When did you first notice…?'", re.compile(r"\bwhen did you first notice\b", re.I), 3),
    ("'Be honest' / 'Honestly?'", re.compile(r"(^|[.?!:]\s*)(be honest|honestly)(\s+now)?\s*[.?!:,]", re.I), 3),
)
#: `trivia` and `understanding` say how a remembered answer is scored; a card with no quiz remembers nothing.
SCORING_TAGS = ("trivia", "understanding")
_WRITTEN = re.compile(r"\b(wrote|written|write|typed|type)\b", re.IGNORECASE)
_GIST = re.compile(r"\bthe gist\b", re.IGNORECASE)
_MY_PARTNER = re.compile(r"\b(my|your) partner\b", re.IGNORECASE)
_NOTE_IN_OWN_WORDS = re.compile(r"^I\b")  # "I keep…", "I'm…": the answerer's words, unquoted
_INTIMATE = re.compile(r"\b(sex|sexy|sexier|sexiest|sexual|sexually|naked|nude|orgasms?|aroused|foreplay)\b", re.IGNORECASE)
_GENDERED = re.compile(r"(?<!\w)(" + "|".join(re.escape(word) for word in _LONGEST_FIRST) + r")(?!\w)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class LintFinding:
    deck_id: str
    card_id: str | None
    message: str


def lint(decks: Sequence[Deck], vocabulary: bool = True, progress: Callable[[int, int], None] | None = None) -> list[LintFinding]:
    """Every finding in `decks`; `vocabulary=False` leaves out the built-in decks' own rules, the theme-tag vocabulary
    and the house style (the studio's tips: a couple's own cards need neither). `progress(done, total)` hears how far
    the near-duplicate search, the one slow rule in a large deck, has come (game.core.near_duplicates)."""
    findings: list[LintFinding] = []
    for deck in decks:
        missing = sorted({1, 2, 3} - deck.levels())
        if missing:
            words = " and ".join(str(level) for level in missing)
            findings.append(LintFinding(deck.id, None, f"deck '{deck.id}' has no cards of level {words}"))
        for card in deck.cards:
            findings.extend(finding for finding in _card(card) if vocabulary or not finding.message.startswith(NO_THEME))
            if vocabulary:
                findings.extend(LintFinding(card.deck_id, card.id, message) for message in _house_style(card))
        if vocabulary:
            findings.extend(_habits(deck))
            shown = plain_findings((deck.name, deck.description), ())  # the deck's own words, on every deck list
            findings.extend(LintFinding(deck.id, None, f"the deck's name or description: {message}") for message in shown)
    every = [card for deck in decks for card in deck.cards]
    findings.extend(_near_duplicates(every, progress))
    findings.extend(_same_closings(every))
    findings.extend(_same_quizzes(every))
    if vocabulary:
        findings.extend(_stock_followups(every))
        findings.extend(
            LintFinding(card.deck_id, card.id, message)
            for card, message in [*motif_findings(every), *frame_findings(every), *reach_findings(every)]
        )
    return findings


def _card(card: Card) -> list[LintFinding]:
    out: list[LintFinding] = []
    if len(card.text) > MAX_CARD_CHARS:
        out.append(
            LintFinding(card.deck_id, card.id, f"the text is {len(card.text)} characters; keep cards under {MAX_CARD_CHARS}")
        )
    if card.quiz is not None and "{name}" not in card.quiz:
        out.append(LintFinding(card.deck_id, card.id, "the quiz phrasing should name whose memory it is with {name}"))
    for text in _words_shown(card):
        if match := _GENDERED.search(text):
            out.append(LintFinding(card.deck_id, card.id, f"gendered wording '{match.group(0)}': Kindred assumes no genders"))
            break
    out.extend(LintFinding(card.deck_id, card.id, message) for message in _fairness(card))
    return out


def _fairness(card: Card) -> list[str]:
    """What makes a card hard to play or a memory unfair to judge, as far as a program can tell."""
    out: list[str] = []
    if not set(card.tags) & THEME_TAGS:
        out.append(f"{NO_THEME}: add one from the vocabulary in docs/DECKS.md (like favourites, fears, rituals)")
    if card.kind is Kind.SCENARIO:
        out.extend(_voice(card.options))
    if card.kind is Kind.ACTION:
        out.extend(timer_findings(card))
    if card.kind is Kind.BOTH and (match := _ALOUD.search(card.text)):
        out.append(f"'{match.group(0)}': you each type a both card's answer apart, and the reveal shows both; don't say it aloud")
    if card.kind is Kind.ASK and card.options and card.quiz is None:
        out.append("options on a card without quiz are never shown: add a quiz, or drop the options")
    keys = [option_key(option) for option in card.options]
    if twin := next((option for option, key in zip(card.options, keys, strict=True) if keys.count(key) > 1), None):
        out.append(f"'{twin}' differs from another option only in capitals or punctuation: a saved answer could be either")
    if card.kind is Kind.ASK and card.quiz is None and card.answer is not AnswerType.TEXT and not card.options:
        out.append(answer_without_quiz(card.answer))
    if card.answer_type is AnswerType.SCALE and not _names_both_ends(card.text):
        out.append("a scale names both ends in the text, like 'from 1 (not at all) to 10 (completely)'")
    if card.quiz is None:
        return out
    if match := _PRONOUN.search(card.quiz):
        out.append(f"the quiz writes '{match.group(0)}': write {{they}}, {{their}}… so each partner is called what they chose")
    if pair := _pair_without_they(card.quiz):
        out.append(
            f"'{pair}' agrees with the pronoun {{name}} chose, so {{they}} must be its subject "
            "('what {do|does} {they}…', '{they} {feel|feels}…'); after a name, write the one verb a name takes"
        )
    if _TWO_QUESTIONS.search(card.quiz):
        out.append("the quiz asks two things: ask one, so the guess can be judged")
    elif match := _JOINED_QUESTION.search(_QUOTED.sub(" ", card.text)):
        joined = match.group(0)
        out.append(f"the card asks two things ('{joined}…') but its quiz can judge one: ask one, and make the other a follow-up")
    if (match := _TIME_WORDS.search(card.text)) and not card.changes:
        out.append(f"'{match.group(0)}' changes with time: add changes: true so it is asked again")
    kind = card.answer_type
    if kind is AnswerType.DATE and not _YEARLY.search(f"{card.text} {card.quiz}"):
        out.append("a date answer is for a day that comes round every year (a birthday, an anniversary)")
    if kind is AnswerType.DATE and (match := _MOVABLE.search(f"{card.text} {card.quiz} {card.note}")):
        out.append(f"'{match.group(0)}' moves from year to year, so a date answer can't be judged: name fixed days, or use text")
    if kind is AnswerType.DATE and (match := _ROUGH_DAY.search(f"{card.text} {card.note}")):
        out.append(f"'{match.group(0)}': a date answer is judged by the very day, so ask for a day the two of you keep")
    if _NAME_AND_DAY.search(card.quiz):
        out.append("the quiz asks for a name and a day together: ask for the name (a day is a card of its own)")
    if kind is AnswerType.NUMBER and _NOMINAL.search(card.text):
        out.append("this number is a name, not a count, so 'close' makes no sense: use a text answer")
    if kind is AnswerType.SCALE and not _names_both_ends(card.quiz):
        out.append(
            "the quiz of a scale names both ends too, like '…from 1 (mild) to 10 (fire)?', so a guess means what the answer meant"
        )
    if kind is AnswerType.TEXT and card.kind is Kind.ASK and _YES_NO.match(_question(card.text)) and " or " not in card.text:
        out.append("a yes/no question: an honest 'no' leaves nothing to remember; ask it open")
    if kind is AnswerType.CHOICE and card.kind is not Kind.SCENARIO and (clause := _yes_no_clause(card.text)):
        out.append(f"'{clause}' opens a choice as a yes/no question: ask what the options answer ('What happens…', 'Which…')")
    if match := _SURVEY.search(card.quiz):
        out.append(f"'{match.group(0)}' reads like a survey: in a quiz, say 'the two of you'")
    if _BOTH_NAMED.search(card.quiz):
        out.append("the quiz names you both: say 'the two of you', and {name} once")
    if match := _ONE_NIGHT.search(re.sub(r'"[^"]*"', "", card.quiz)):
        out.append(f"'{match.group(0)}' is long gone when the quiz comes, weeks later: ask for the latest one, or leave it out")
    if _RECALL.search(card.quiz):
        out.append(
            "the quiz asks the partner to recall what {name} said or guessed about them: let the one it is about answer,"
            " and quiz that"
        )
    if "grief" in card.tags and not _CARE.search(card.quiz):
        out.append("grief is not quizzed for points: phrase the quiz as care ('What helps {name}…'), or leave it out")
    return out


def _house_style(card: Card) -> list[str]:
    """The built-in decks' own habits to keep in check (a couple's deck may do as it likes)."""
    out: list[str] = []
    shown = card.quiz is not None or card.kind is Kind.BOTH  # an ask card's options show only with a quiz
    is_choice = shown and card.kind is not Kind.SCENARIO and card.answer_type is AnswerType.CHOICE and card.options
    if is_choice and len(card.options) not in CHOICE_OPTIONS:
        out.append(f"the choice has {len(card.options)} options: offer 4 to 6, so it is a real guess and not a survey")
    if card.kind is not Kind.BOTH and (slip := next((o for o in card.options if _MY_PARTNER.search(o)), None)):
        out.append(f"'{slip}' talks about the listener: an option is said to them, so say 'you'")
    if not card.spicy and (match := next(filter(None, map(_INTIMATE.search, _words_shown(card))), None)):
        word = match.group(0)
        out.append(f"'{word}' makes it an intimate card: mark it spicy: true, so it is dealt only when both partners opt in")
    if _NOTE_IN_OWN_WORDS.match(card.note):
        out.append("the note opens in the answerer's own words: put them in quotes, as a note's 'I' is the one asking")
    if match := _EXAMPLE_TAIL.search(card.text):
        tail = match.group(0).strip()
        out.append(f"'{tail}': a dash and a list of examples is a habit across the decks; keep one, in the sentence")
    if card.quiz is not None and _WRITTEN.search(card.quiz):
        out.append("the quiz asks what was written down: ask for the thing itself (the place, the line, the name)")
    if card.quiz is not None and _GIST.search(card.quiz):
        out.append("'the gist' cannot be marked: ask for the key word or phrase")
    out.extend(plain_findings(_words_shown(card), card.tags))  # words read the same anywhere; no shared home assumed
    if card.quiz is None and (tag := next((tag for tag in SCORING_TAGS if tag in card.tags), None)):
        out.append(f"'{tag}' says how a remembered answer is scored, and this card remembers nothing: drop the tag")
    return out


def _words_shown(card: Card) -> tuple[str, ...]:
    """Every line of a card a player may read: the text, the quiz, the note, the options and the follow-ups."""
    return (card.text, card.quiz or "", card.note, *card.options, *card.followups)


def _habits(deck: Deck) -> list[LintFinding]:
    """A tacked-on "I'll guess first" once in a deck is a game; on card after card it is a formula (and so for each habit)."""
    out: list[LintFinding] = []
    checks = [(what, pattern, allowed, False) for what, pattern, allowed in HABITS]
    checks += [(what, pattern, allowed, True) for what, pattern, allowed in FOLLOWUP_HABITS]
    for what, pattern, allowed, in_followups in checks:
        first, beyond = _past_allowed(deck.cards, pattern, allowed, in_followups)
        kept = ", ".join(card.id for card in first)
        out.extend(
            LintFinding(deck.id, card.id, f"{what} once too often in this deck (after {kept}): give this card its own words")
            for card in beyond
        )
    return out


def _stock_followups(cards: list[Card]) -> list[LintFinding]:
    """A stock follow-up on a few cards of the whole collection is a second beat; past that, the game's stock line."""
    out: list[LintFinding] = []
    for what, pattern, allowed in STOCK_FOLLOWUPS:
        first, beyond = _past_allowed(cards, pattern, allowed, in_followups=True)
        kept = ", ".join(f"{card.deck_id}/{card.id}" for card in first)
        message = f"the follow-up {what} already closes {allowed} cards ({kept}): give this card its own"
        out.extend(LintFinding(card.deck_id, card.id, message) for card in beyond)
    return out


def _past_allowed(
    cards: Sequence[Card], pattern: re.Pattern[str], allowed: int, in_followups: bool
) -> tuple[list[Card], list[Card]]:
    """The cards whose text (or follow-ups) show `pattern`: the first `allowed` of them, and the ones past that."""
    found = [card for card in cards if any(map(pattern.search, card.followups if in_followups else (card.text,)))]
    return found[:allowed], found[allowed:]


def answer_without_quiz(answer: AnswerType) -> str:
    """An ask card answers aloud unless it has a quiz: its answer type is used only when the answer is kept."""
    word = {AnswerType.SCALE: "A scale", AnswerType.NUMBER: "A number", AnswerType.DATE: "A date", AnswerType.CHOICE: "A choice"}
    return f"{word.get(answer, 'This')} answer is kept to quiz later, so it needs a quiz: add one, or make it a Words answer"


def _question(text: str) -> str:
    """The first question of a card's text (cards often set a scene first)."""
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    return next((sentence for sentence in sentences if sentence.endswith("?")), sentences[0])


def _pair_without_they(quiz: str) -> str | None:
    """The first verb pair whose subject is not {they}: {they} is neither straight after it ("what {do|does}
    {they}") nor the last person named before it ("{they} still {feel|feels}", "and {don't|doesn't}")."""
    written = list(fields(quiz))
    named = None  # the last person named so far
    for index, here in enumerate(written):
        field = here.group(1)
        if "|" not in field:
            named = field if field in _PEOPLE else named
            continue
        after = written[index + 1] if index + 1 < len(written) else None
        they_next = after is not None and after.group(1) in _THEY and not quiz[here.end() : after.start()].strip()
        if not they_next and named not in _THEY:
            return here.group(0)
    return None


def _names_both_ends(text: str) -> bool:
    return bool(_ANCHOR.search(text) and _TOP_ANCHOR.search(text))


def _yes_no_clause(text: str) -> str | None:
    """The first question of `text`, or of a clause after a dash, that a plain yes or no would answer."""
    for clause in re.split(r"(?<=[.!?…])\s+|\s+[—–-]\s+", text.strip()):
        if clause.endswith("?") and _YES_NO.match(clause):
            return clause
    return None


def _voice(options: Sequence[str]) -> list[str]:
    """Scenario options are what the one answering wants, all in their voice ("Help me…", "Give me space")."""
    firsts = [option for option in options if FIRST_PERSON.search(option)]
    seconds = [option for option in options if SECOND_PERSON.search(option) and not FIRST_PERSON.search(option)]
    out = []
    if firsts and seconds:
        out.append(f"the options switch voice ('{firsts[0]}' / '{seconds[0]}'): say all of them as the one answering")
    doer = next((option for option in options if "myself" in option.lower() and not re.search(r"\b(i|me)\b", option, re.I)), None)
    if doer:
        out.append(f"'{doer}' is in the partner's voice: say what the one answering wants, like 'Help me…'")
    return out


def _near_duplicates(cards: list[Card], progress: Callable[[int, int], None] | None = None) -> list[LintFinding]:
    out: list[LintFinding] = []
    for earlier, later, score in alike_pairs([_fold(card.text) for card in cards], progress):
        first, second = cards[earlier], cards[later]
        said = f"the text is nearly the same as {first.deck_id}/{first.id} ({score:.0f}% alike)"
        out.append(LintFinding(second.deck_id, second.id, said))
    return out


def _closing(text: str) -> str:
    """The last sentence of a card, folded: where a scenario turns to the one answering."""
    return _fold(re.split(r"(?<=[.!?…])\s+", text.strip())[-1])


def _same_closings(cards: list[Card]) -> list[LintFinding]:
    """Scenarios that end on the same sentence ("What do you want from me?") read as one formula: end each its own way."""
    return _repeated(
        [(card, _closing(card.text)) for card in cards if card.kind is Kind.SCENARIO],
        {},
        "ends on the same sentence as {}: close each scenario in its own words",
    )


def _same_quizzes(cards: list[Card]) -> list[LintFinding]:
    """Two cards quizzed in the same words: in one Quiz me round the second reads as the first asked again, and
    its guess is judged against another card's answer. Date night's own cards (date_night_plan.RITUALS) count too,
    as every date night can deal them, though no deck file holds them."""
    return _repeated(
        [(card, _fold(card.quiz)) for card in cards if card.quiz is not None and card.deck_id != RITUALS.id],
        {_fold(card.quiz): card for card in RITUALS.cards if card.quiz is not None},
        "the quiz is the same as {}'s: in one Quiz me round they read as one question asked twice, so give each its own words",
    )


def _repeated(folded: list[tuple[Card, str]], first: dict[str, Card], message: str) -> list[LintFinding]:
    """Each card whose folded words came before (on a card of `first`, or an earlier one): `message` names that one."""
    out: list[LintFinding] = []
    for card, words in folded:
        earlier = first.setdefault(words, card)
        if earlier is not card:
            out.append(LintFinding(card.deck_id, card.id, message.format(f"{earlier.deck_id}/{earlier.id}")))
    return out
