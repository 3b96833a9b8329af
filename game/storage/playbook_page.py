"""The playbook pages of “Our book”: one clean, printable page per partner, from an export's `playbook`."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

STYLE = """
.playbook { margin-top: 3em; }
.playbook h2 { border-bottom: 2px solid #c8784f; }
.playbook h3 { font-weight: normal; font-size: 1.15em; margin: 1.4em 0 0.4em; }
.playbook ul { list-style: none; padding: 0; margin: 0; }
.playbook li { padding: 8px 0; border-bottom: 1px dotted #e8d5c2; break-inside: avoid; }
.playbook .prompt { font-family: system-ui, sans-serif; color: #8a6f60; font-size: 0.9em; }
.playbook .said { font-family: system-ui, sans-serif; color: #8a6f60; font-size: 0.8em; }
.playbook .stale { color: #a0522d; }
@media print {
  body { background: #fff; }
  .playbook { break-before: page; margin-top: 0; }
}
"""

INTRO = "For a hard Tuesday, not only for date night: what {name} said helps, in {name}'s own words."
EMPTY = "Nothing here yet: have-each-other's-back scenarios, signals, fears and favourite details fill this page."


def _own(text: object) -> str:
    return f"<bdi>{html.escape(str(text))}</bdi>"


def _with_names(text: object, names: Iterable[str]) -> str:
    """Words the game filled with the partners' names, escaped, each name isolated where it stands
    as a whole word: a right-to-left name, or one ending in a bidi control, cannot reorder the rest."""
    words = str(text)
    found = sorted({name for name in names if name and name in words}, key=len, reverse=True)
    if not found:
        return html.escape(words)
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(name) for name in found) + r")(?!\w)")
    out: list[str] = []
    at = 0
    for match in pattern.finditer(words):
        out.append(html.escape(words[at : match.start()]))
        out.append(_own(match.group(0)))
        at = match.end()
    out.append(html.escape(words[at:]))
    return "".join(out)


def _day(text: str) -> str:
    try:
        return datetime.fromisoformat(text).strftime("%d %b %Y")
    except ValueError:
        return html.escape(text)


def section_id(couple_id: object, seat: object) -> str:
    return f"playbook-{int(str(couple_id))}-{int(str(seat))}"


def playbook_pages(couple: Mapping[str, Any]) -> list[str]:
    """One `<section id="playbook-…">` per partner (nothing for a couple whose export has no playbook)."""
    parts: list[str] = []
    names = [str(player.get("name", "")) for player in couple.get("players", [])]
    for book in couple.get("playbook", []):
        name = str(book.get("name", ""))
        names_here = [*names, name]
        parts.append(f'<section class="playbook" id="{section_id(couple.get("id", 0), book.get("seat", 0))}">')
        parts.append(f'<h2 dir="auto">{_with_names(book.get("title", ""), names_here)}</h2>')
        parts.append(f'<p class="lede" dir="auto">{_with_names(INTRO.format(name=name), names_here)}</p>')
        if not book.get("sections"):
            parts.append(f'<p class="lede">{html.escape(EMPTY)}</p>')
        for section in book.get("sections", []):
            parts.append(f'<h3 dir="auto">{html.escape(str(section.get("title", "")))}</h3><ul>')
            for line in section.get("lines", []):
                said = f"said {_day(str(line.get('said', '')))}"
                if line.get("may_be_out_of_date"):
                    said += ' · <span class="stale">may have changed since: ask again</span>'
                parts.append(
                    f'<li><div class="prompt" dir="auto">{_with_names(line.get("prompt", ""), names_here)}</div>'
                    f'<div class="answer" dir="auto">{_own(line.get("answer", ""))}</div>'
                    f'<div class="said">{said}</div></li>'
                )
            parts.append("</ul>")
        parts.append("</section>")
    return parts
