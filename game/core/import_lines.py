"""Lists as people write them (a .txt, a Markdown page, a list pasted from a web page) read into a draft.

Plain string work, one pass over the lines: list marks come off (`1.`, `1)`, `-`, `*`, `•`,
`Q1:`), blank, comment and rule lines are skipped, a question wrapped onto a second line is
joined, and headings (`Set II`, `## Deeper`, a line alone in capitals or in bold) start
sections. Everything skipped or guessed is noted with its line.
"""

from __future__ import annotations

import html
import itertools
import re

from .deck_bounds import NAME_CHARS
from .import_draft import (
    MAX_IMPORT_CARDS,
    Draft,
    DraftCard,
    Progress,
    Section,
    depth_word,
    escalate,
    ordinal,
    problem,
    tag_of,
)
from .quote_marks import in_quotes

_MARK = re.compile(
    r"^(?P<indent>[ \t]*)(?:"
    r"[-*+•·◦▪‣–—](?:[ \t]+\[[ xX]\])?[ \t]+"  # bullets and task boxes
    r"|\(?[0-9]{1,4}[.)](?![0-9])[ \t]*"  # 1.  1)  (1)
    r"|[0-9]{1,4}\\\.[ \t]*"  # 1\. (Markdown written by some converters)
    r"|(?:[Qq](?:uestion)?[ \t]*[0-9]{1,4}|[Qq])[ \t]*[:.)–-][ \t]*"  # Q1:  Question 2.  Q:
    r")"
)
_MD_HEADING = re.compile(r"^[ \t]{0,3}(?P<hashes>#{1,6})[ \t]+(?P<words>.*?)[ \t#]*$")
_BOLD_LINE = re.compile(r"^(?:\*\*|__)(?P<words>[^*_].*?)(?:\*\*|__):?$")
_RULE = re.compile(r"^[ \t]*(?:[-*_=][ \t]*){3,}$")
_COMMENT = re.compile(r"^[ \t]*(?://|<!--|#[^ \t#]|%)")
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}")
_LINK = re.compile(r"!?\[(?P<words>[^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(?P<words>.+?)(?<=\S)\1")
_TAG = re.compile(r"<[^<>]{0,200}>")
_LIST_WORDS = re.compile(r"\b(questions?|cards?|prompts?)\b")
PROGRESS_EVERY = 4096
#: Lines with words on them that one list may have: a deck holds at most 20,000 questions, so a file with far
#: more lines of other text is no list of questions (and reading it all would keep a couple waiting).
MAX_TEXT_LINES = 100_000
MAX_SECTIONS = 2000  # a list of questions has a few headings, rarely hundreds
_SAMPLE_LINES = 2000


def tidy(words: str) -> str:
    """Markdown and HTML marks off a line's words: links keep their text, emphasis its words, entities decoded."""
    if "<" in words:
        words = _TAG.sub("", words)
    if "[" in words:
        words = _LINK.sub(lambda found: found["words"], words)
    if "*" in words or "_" in words or "`" in words:
        words = _EMPHASIS.sub(lambda found: found["words"], words)
    if "&" in words:
        words = html.unescape(words)
    return " ".join(words.split())


def split_lines(text: str) -> list[str]:
    """Lines, whichever ending they use: Windows (CR LF), Unix (LF) or old Mac (CR alone)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def heading_of(line: str) -> tuple[str, int] | None:
    """The heading's words and its Markdown depth (0 when it is no Markdown heading), or None for a non-heading."""
    stripped = line.strip()
    if stripped[:1] == "#":
        found = _MD_HEADING.match(line)
        if found:
            words = tidy(found["words"])
            return (words, len(found["hashes"])) if words else None
    if not stripped or len(stripped) > 80 or stripped[-1] in "?？":
        return None
    if stripped[:2] in ("**", "__"):
        bold = _BOLD_LINE.match(stripped)
        if bold:
            return tidy(bold["words"]).rstrip(":"), 0
    if stripped[:1].islower():
        return None  # a heading starts with a capital (or a Markdown mark, or bold)
    words = tidy(stripped)
    if 5 <= len(words) <= 60 and ordinal(words) is not None:
        return words.rstrip(":"), 0
    if words.isupper() and sum(char.isalpha() for char in words) >= 2:
        return words.rstrip(":"), 0
    if words.endswith(":") and len(words) <= 60 and not _MARK.match(line):
        return words.rstrip(":").strip(), 0
    if 4 <= len(words) <= 32:
        bare = _LIST_WORDS.sub("", words.lower()).strip(" :-–—")
        if bare and len(bare.split()) <= 2 and depth_word(bare) is not None:
            return words.rstrip(":"), 0
    return None


def read_lines(text: str, progress: Progress | None = None) -> Draft:
    """A list of questions, however it was written, as a draft; raises ImportProblem when no question is found."""
    lines = split_lines(text)
    sample = [line for line in itertools.islice((line for line in lines if line.strip()), _SAMPLE_LINES)]
    marked = sum(1 for line in sample if _MARK.match(line))
    uses_marks = marked >= 2 and marked * 2 >= len(sample) - _heading_count(sample)
    text_lines = 0
    draft = Draft(shape="a list with marks" if uses_marks else "one question a line")
    open_card: DraftCard | None = None  # the card a wrapped line may continue
    open_parts: list[str] = []
    titles_seen = 0
    total = max(1, len(lines))

    def close() -> None:
        nonlocal open_card
        if open_card is not None and len(open_parts) > 1:
            open_card.fields["text"] = " ".join(open_parts)
        open_card = None
        open_parts.clear()

    for number, line in enumerate(lines, start=1):
        if progress is not None and number % PROGRESS_EVERY == 0:
            progress(number / total)
        stripped = line.strip()
        if not stripped:
            close()
            continue
        text_lines += 1
        if text_lines > MAX_TEXT_LINES:
            raise problem(number, 1, f"over {MAX_TEXT_LINES:,} lines of text: this does not read as a list of questions")
        if stripped == "#":
            continue
        first = stripped[0]
        if first in "-*_=|:" and (_RULE.match(line) or _TABLE_RULE.match(line)):
            close()
            continue
        if first in "/<#%" and _COMMENT.match(line):
            close()
            draft.note(number, f"{_in_quotes(stripped)} reads as a comment", "skipped")
            continue
        mark = _MARK.match(line)
        heading = heading_of(line) if mark is None else None
        if heading is not None and not (open_card is not None and line[:1] in " \t"):
            close()
            words, depth = heading
            if depth == 1 and not draft.cards and not draft.title and titles_seen == 0:
                draft.title = words[:NAME_CHARS]
                draft.note(number, f"{_in_quotes(words)} is taken as the deck's name", "guessed")
                titles_seen += 1
                continue
            if len(draft.sections) >= MAX_SECTIONS:
                raise problem(number, 1, f"over {MAX_SECTIONS:,} headings: this does not read as a list of questions")
            draft.sections.append(Section(words, number, tag_of(words)))
            continue
        rest = line[mark.end() :] if mark else line
        inner = _MARK.match(rest) if mark else None  # "• Q1: …", "- 3. …": two marks, both come off
        words = tidy(rest[inner.end() :] if inner else rest)
        if not words:
            close()
            continue
        if open_card is not None and mark is None and _continues(open_parts[-1], words, line, uses_marks):
            open_parts.append(words)
            draft.note(number, f"joined to the question on line {open_card.line}", "guessed")
            continue
        close()
        if uses_marks and mark is None and not words.endswith(("?", "？")):
            if not draft.cards and not draft.title and not draft.sections and len(words) <= 80:
                draft.title = words.rstrip(".:")  # the line above a list is usually its title
                draft.note(number, f"{_in_quotes(words)} is taken as the deck's name", "guessed")
            else:
                draft.note(number, f"{_in_quotes(words)} is not one of the list's items", "skipped")
            continue
        column = (mark.end() if mark else len(line) - len(line.lstrip())) + 1
        if len(draft.cards) >= MAX_IMPORT_CARDS:
            raise problem(number, column, f"more than {MAX_IMPORT_CARDS:,} questions; a deck may hold at most {MAX_IMPORT_CARDS:,}")
        card = DraftCard(number, column, {"text": words}, section=len(draft.sections) - 1 if draft.sections else None)
        draft.cards.append(card)
        open_card = card
        open_parts.append(words)
    close()
    if not draft.cards:
        raise problem(1, 1, "the file has no questions: write one question on each line")
    used = {card.section for card in draft.cards if card.section is not None}
    draft.levels_from = escalate(draft.sections, used)
    return draft


def _heading_count(lines: list[str]) -> int:
    return sum(1 for line in lines if line.strip() and not _MARK.match(line) and heading_of(line) is not None)


def _continues(before: str, words: str, line: str, uses_marks: bool) -> bool:
    """Whether a line without a mark, right below a question (no blank line between), carries it on.

    In a list without marks each line is a question, unless it starts in lower case below an unfinished one."""
    if uses_marks:
        return True  # in a list with marks, a line without one belongs to the item above
    return words[:1].islower() and not before.endswith(("?", "！", "!", "？"))


def _in_quotes(words: str) -> str:
    """A line as a note quotes it: at most 60 characters, isolated when it runs right to left (`direction.quoted`),
    so "“שאלות שלנו” is taken as the deck's name" keeps its English order and its quotes where they stand."""
    short = words if len(words) <= 60 else words[:57].rstrip() + "…"
    return in_quotes(short)
