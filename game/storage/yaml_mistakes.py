"""libyaml's complaints about a deck file, said in plain words at the place the mistake was made.

libyaml says where it gave up, in its own words ("did not find expected key (while parsing a block
mapping)"). A couple needs where they went wrong and what to type. The common mistakes:

- a quote never closed: the text runs on to the next quote mark in the file (or to its end), and
  the complaint comes lines later. The tokens read before the complaint show the text that ran
  over lines, and where its quote was opened.
- a line indented differently from its neighbours: said for that line.
- a colon inside a value: libyaml's own complaint is plain already, said shorter.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_KEY_FIRST = re.compile(r"[ \t]*[^\s:#'\"\[\]{},]+\s*$")  # a line that starts with a key, up to its colon
_LOST_INDENT = ("did not find expected key", "did not find expected '-' indicator", "expected <block end>")
_CLOSERS = {"]": "list", "}": "mapping"}


def plain_mistake(error: yaml.MarkedYAMLError, text: str) -> tuple[str, Any]:
    """What went wrong, and the mark (0-based line and column) of where it was made."""
    problem, context = (error.problem or str(error)).strip(), (error.context or "").strip()
    if "quoted scalar" in context and _ran_on(error) and error.context_mark is not None:
        return _never_closed(error.context_mark, _quote_at(text, error.context_mark)), error.context_mark
    mark = error.problem_mark or error.context_mark
    if mark is None:
        return _libyaml_words(error), None
    quoted = _quoted_before(text, mark)
    if quoted is not None:
        start, end, quote = quoted.start_mark, quoted.end_mark, quoted.style
        if start.line < end.line:
            return _never_closed(start, quote), start
        if (end.line, end.column) == (mark.line, mark.column):
            other = '"' if quote == "'" else "'"
            inside = "''" if quote == "'" else '\\"'
            said = f"the {quote} inside this text ends it early: write {inside} for a {quote} inside it, or quote it with {other}"
            return said, start
    if "simple key" in context:
        return "a colon is missing after this key (write it as key: value)", _mistake_mark(error)
    lines = text.splitlines()
    if any(words in problem for words in _LOST_INDENT) or (
        "mapping values are not allowed" in problem and _KEY_FIRST.fullmatch(_line(lines, mark.line)[: mark.column])
    ):
        return _indented_differently(lines, mark.line), _first_letter(lines, mark)
    for closer, what in _CLOSERS.items():
        if f"expected ',' or '{closer}'" in problem and error.context_mark is not None:
            opened = error.context_mark
            said = f"a {what} opened on line {opened.line + 1} is never closed: end it with {closer}"
            return said, opened
    return _libyaml_words(error), _mistake_mark(error)


def _libyaml_words(error: yaml.MarkedYAMLError) -> str:
    problem = (error.problem or str(error)).strip()
    if "mapping values are not allowed" in problem:
        return "a colon inside a value: put the whole text in quotes"
    if "expected <document start>" in problem or "expected a single document" in problem:
        return "only one YAML document is allowed in a deck file"
    if "found undefined alias" in problem:
        return problem.replace("found undefined alias", "an alias refers to an anchor that does not exist:")
    if error.context:
        return f"{problem} ({error.context.strip()})"
    return problem


def _mistake_mark(error: yaml.MarkedYAMLError) -> Any:
    """Where the mistake starts. The scanner says where it gave up: for a key without its colon, the line
    below. Then the mistake is where that value began."""
    problem, context = error.problem_mark, error.context_mark
    if isinstance(error, yaml.scanner.ScannerError) and context is not None and _ran_on(error):
        return context
    return problem or context


def _ran_on(error: yaml.MarkedYAMLError) -> bool:
    """Whether the scanner read past the mistake before it gave up."""
    context, problem = error.context or "", error.problem or ""
    if "quoted scalar" in context:
        return "end of stream" in problem or "document" in problem
    return "simple key" in context


def _never_closed(opened: Any, quote: str) -> str:
    return f"a quote opened on line {opened.line + 1} is never closed: end the text with {quote} on that line"


def _quote_at(text: str, mark: Any) -> str:
    found = _line(text.splitlines(), mark.line)[mark.column : mark.column + 1]
    return found if found in ("'", '"') else '"'


def _quoted_before(text: str, mark: Any) -> Any:
    """The token read just before `mark`, when it is a quoted text (None otherwise)."""
    last = None
    try:
        for token in yaml.scan(text, Loader=_Loader):
            if (token.start_mark.line, token.start_mark.column) >= (mark.line, mark.column):
                break
            last = token
    except yaml.YAMLError:
        pass
    if isinstance(last, yaml.ScalarToken) and last.style in ("'", '"'):
        return last
    return None


def _line(lines: list[str], index: int) -> str:
    return lines[index] if 0 <= index < len(lines) else ""


def _first_letter(lines: list[str], mark: Any) -> Any:
    """The mark of the first character of the mark's line that is not a space."""
    line = _line(lines, mark.line)
    return yaml.Mark("", 0, mark.line, len(line) - len(line.lstrip(" ")), "", 0)


def _indented_differently(lines: list[str], index: int) -> str:
    line = _line(lines, index).lstrip(" ")
    top = next((lines[above] for above in range(index, -1, -1) if lines[above][:1] not in ("", " ", "#", "\t")), "")
    if not top.startswith("cards:"):
        return f"line {index + 1} is indented differently from the lines above it: line it up with them"
    if line.startswith("-"):
        return f"line {index + 1} is indented differently from the card above it: start its - in the same column"
    return f"line {index + 1} is indented differently from the rest of its card: line it up with the card's other lines"
