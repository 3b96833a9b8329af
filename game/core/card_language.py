"""Which language a deck's cards are in, as far as their letters tell: what a deck file's `language` says.

Nothing in the game reads the field: it tells whoever opens or is sent the file what to expect. So a deck the
studio writes, or a list made into a deck, says the language its cards show plainly, and says none when they
do not: Hebrew beside Persian, or Latin letters that are not clearly English (Spanish and Dutch share them).
A language the couple wrote in the file themselves stays while the cards are in its letters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from .cards import Card

#: Scripts written by one language (as the card games' couples would write them), and that language's tag.
_ONE_LANGUAGE = {"HEBREW": "he", "GREEK": "el", "ARMENIAN": "hy", "GEORGIAN": "ka", "THAI": "th", "HANGUL": "ko"}
#: Letters that tell the languages written in Arabic letters apart.
_URDU = set("ٹڈڑںےۓ")
_PERSIAN = set("پچژگکی")
_ARABIC = set("ةيكى")
#: The words English is made of: in most English questions one word in four or more is one of these.
_ENGLISH = frozenset(("a", "an", "and", "are", "at", "be", "do", "does", "for", "have", "how", "i", "if", "in", "is", "it"))
_ENGLISH |= {"me", "my", "of", "on", "or", "our", "so", "that", "the", "to", "us", "we", "what", "when", "where", "which"}
_ENGLISH |= {"who", "why", "will", "with", "would", "you", "your"}
#: Languages written in scripts that several languages share, for keeping a tag the couple wrote themselves.
_OTHER_SCRIPTS = {"fa": "ARABIC", "ar": "ARABIC", "ur": "ARABIC", "ja": "KANA", "zh": "CJK", "ru": "CYRILLIC", "uk": "CYRILLIC"}
_OTHER_SCRIPTS |= {"bg": "CYRILLIC", "sr": "CYRILLIC", "hi": "DEVANAGARI", "mr": "DEVANAGARI", "ne": "DEVANAGARI"}
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _script(char: str) -> str:
    """The script a letter is written in, as its Unicode name begins ("LATIN", "HEBREW", "ARABIC", "CJK"...)."""
    name = unicodedata.name(char, "")
    if name.startswith(("HIRAGANA", "KATAKANA")):
        return "KANA"
    return name.split(" ", 1)[0]


def _words(cards: Iterable[Card]) -> list[str]:
    """What the couple wrote on the cards: the question, its quiz phrasing and options ({name} and the like aside)."""
    texts = [text for card in cards for text in (card.text, card.quiz or "", *card.options)]
    return [_PLACEHOLDER.sub(" ", text) for text in texts if text]


def _scripts(text: str) -> set[str]:
    return {_script(char) for char in text if char.isalpha()}


def detected(cards: Iterable[Card]) -> str:
    """The language tag the cards' letters show ("he", "fa", "en"...), or '' when they do not show one."""
    texts = _words(cards)
    scripts = set().union(*map(_scripts, texts)) if texts else set()
    letters = {char for text in texts for char in text}
    if scripts in ({"KANA"}, {"KANA", "CJK"}):
        return "ja"
    if len(scripts) != 1:
        return ""  # none at all (emoji), or two scripts side by side
    script = scripts.pop()
    if script in _ONE_LANGUAGE:
        return _ONE_LANGUAGE[script]
    if script == "ARABIC":
        if letters & _URDU:
            return "ur"
        persian, arabic = bool(letters & _PERSIAN), bool(letters & _ARABIC)
        return "fa" if persian and not arabic else "ar" if arabic and not persian else ""
    if script == "LATIN":
        words = [word for text in texts for word in re.findall(r"[^\W\d_]+", text.casefold())]
        return "en" if words and 4 * sum(word in _ENGLISH for word in words) >= len(words) else ""
    return ""


def _written_in(tag: str) -> str:
    """The script a language tag is written in, for the tags this module gives; Latin for any other."""
    base = tag.split("-", 1)[0].casefold()
    named = {language: script for script, language in _ONE_LANGUAGE.items()}
    return named.get(base) or _OTHER_SCRIPTS.get(base, "LATIN")


def deck_language(cards: Iterable[Card], current: str = "") -> str:
    """The `language` a deck of `cards` should say: what their letters show; else `current`, while every card is
    in its letters (a `pt-BR` the couple wrote over Portuguese cards); else none."""
    cards = list(cards)
    found = detected(cards)
    if found or not current:
        return found
    texts = _words(cards)
    scripts = set().union(*map(_scripts, texts)) if texts else set()
    wanted = _written_in(current)
    return current if scripts and scripts <= ({wanted, "CJK"} if wanted == "KANA" else {wanted}) else ""
