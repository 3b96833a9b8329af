"""Fonts from declared packages, with per-character fallback.

pygame has no font fallback, so text is split into runs by which font in a
chain has each glyph: Lora for cards, Noto Sans for the interface, then Noto
Emoji, Noto Sans Symbols, the scripts of Noto Sans (Hebrew, Arabic, Devanagari,
Thai, Tamil, Georgian…) and last Noto Sans CJK, for Chinese, Japanese, Korean and
full-width letters: a name in any script is drawn, not boxes.
"""

from __future__ import annotations

import functools
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

import fontpkg_lora
import manimgx_fonts
import noto_cjk_sans_jp_regular
import pygame

from .bidi import is_rtl_char

if TYPE_CHECKING:
    import pygame.freetype

_NOTO = Path(manimgx_fonts.__file__).parent
#: The other scripts Noto Sans comes in, as its package ships them.
_SCRIPTS = "Armenian Bengali Ethiopic Georgian Gujarati Gurmukhi Kannada Khmer Lao Malayalam Myanmar Oriya Sinhala Tamil Telugu"
FALLBACKS = (
    _NOTO / "NotoSans[wght].ttf",
    _NOTO / "NotoEmoji[wght].ttf",
    _NOTO / "NotoSansSymbols[wght].ttf",
    _NOTO / "NotoSansHebrew[wght].ttf",
    _NOTO / "NotoSansArabic[wght].ttf",
    _NOTO / "NotoSansDevanagari[wght].ttf",
    _NOTO / "NotoSansThai[wght].ttf",
    *(_NOTO / f"NotoSans{script}[wght].ttf" for script in _SCRIPTS.split()),
    # Last, as the largest: probed only for a character none of the others has. Its Japanese cut also draws
    # Chinese and Korean (Han, kana, Hangul) and the full-width forms.
    Path(noto_cjk_sans_jp_regular.__file__).parent / noto_cjk_sans_jp_regular.FONT_FILE,
)

#: The emoji font: its glyphs are drawn with wide room either side (text.py trims it in a line of words).
EMOJI = FALLBACKS[1]


def _lora() -> Path:
    """Lora from its own package; fontpkg's lookup scans every installed distribution (~25 ms at start)."""
    shipped = Path(fontpkg_lora.__file__).parent / "files" / "Lora[wght].ttf"
    if shipped.is_file():
        return shipped
    import fontpkg

    return Path(fontpkg.path("Lora"))


ROLES = {
    "ui": _NOTO / "NotoSans[wght].ttf",
    "card": _lora(),
}
#: Legibility setting: the interface font can be swapped for Atkinson Hyperlegible later via this map.
_PROBE_SIZE = 16


@functools.cache
def _probe(path: Path) -> pygame.freetype.Font:
    import pygame.freetype  # on the first character outside ASCII, not before

    if not pygame.freetype.get_init():
        pygame.freetype.init()
    return pygame.freetype.Font(str(path), _PROBE_SIZE)


@functools.lru_cache(maxsize=65536)
def has_glyph(path: Path, char: str) -> bool:
    try:
        return _probe(path).get_metrics(char)[0] is not None
    except (pygame.error, IndexError):
        return False


def chain(role: str) -> tuple[Path, ...]:
    primary = ROLES[role]
    return (primary, *(path for path in FALLBACKS if path != primary))


_JOINERS = {"\u200d", "\ufe0f", "\ufe0e"}
#: Every role's own font has every printable ASCII character (tests/ui/test_fonts.py checks), so those need no probe:
#: a probe loads the glyph (~50 µs each), and the title's text alone has some fifty different characters.
_ASCII = frozenset(map(chr, range(0x21, 0x7F)))


#: Marks that draw nothing of their own or sit on the letter before (a right-to-left mark, a zero-width
#: non-joiner, a soft hyphen, an accent): they stay in that letter's run, so shaping sees them in place.
_CLINGING = frozenset(("Cf", "Mn", "Me"))


def drawable(text: str) -> str:
    """`text` as a font accepts it: lone surrogates become U+FFFD, written-out pairs the character they mean, NULs go."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text.replace("\0", "") if "\0" in text else text


@functools.lru_cache(maxsize=4096)
def runs(text: str, role: str) -> tuple[tuple[int, str], ...]:
    """Split `text` into (font index in the chain, substring) runs."""
    if text.isascii() and text.isprintable():  # letters, digits, marks and spaces every role's own font has
        return ((0, text),) if text else ()
    fonts = chain(role)
    out: list[tuple[int, str]] = []
    current = -1
    buffer: list[str] = []
    for char in drawable(text):
        clinging = char not in _ASCII and unicodedata.category(char) in _CLINGING
        if clinging or char in _JOINERS or (0x1F3FB <= ord(char) <= 0x1F3FF):
            index = current if current >= 0 else 0  # joiners and skin tones stay with their emoji
        elif char.isspace():
            index = 0  # the emoji font's space is far wider than the text font's
        elif char in _ASCII:
            index = 0
        else:
            index = next((i for i, path in enumerate(fonts) if has_glyph(path, char)), 0)
        if index != current and buffer:
            out.append((current, "".join(buffer)))
            buffer = []
        current = index
        buffer.append(char)
    if buffer:
        out.append((current, "".join(buffer)))
    return tuple(out)


def script_of(text: str) -> str:
    """The ISO 15924 script HarfBuzz should shape a right-to-left run with: Hebrew, Arabic, or common."""
    for char in text:
        code = ord(char)
        if 0x0590 <= code <= 0x05FF or 0xFB1D <= code <= 0xFB4F:
            return "Hebr"
        if is_rtl_char(char):
            return "Arab"
    return "Zyyy"


Key = tuple[str, int, int, bool, str | None]


class FontBook:
    """pygame fonts by (role, index in the chain, pixel size, bold, right-to-left script), made once.

    A right-to-left font is a Font object of its own with its direction and script set once, so the
    setting never leaks into left-to-right text drawn with the same face.

    For the first frame the book can share one Font per file (`share_faces`), set to each size and
    weight as it is asked for: a Font's first glyph costs ~1.2 ms (FreeType readies the face), a change
    of size ~20 µs, and the pixels are the same. Sharing suits one frame only, as a change of size
    forgets the glyphs already loaded; `own_faces` ends it, and `settle` makes the fonts it stood in for.
    """

    def __init__(self) -> None:
        self._fonts: dict[Key, pygame.font.Font] = {}
        self._shared: dict[tuple[str, int, str | None], pygame.font.Font] | None = None
        self._stood_in: set[Key] = set()

    def share_faces(self) -> None:
        self._shared = {}

    def own_faces(self) -> None:
        self._shared = None

    def settle(self) -> None:
        """Make, and ready, a font of its own for each one a shared face stood in for."""
        self.own_faces()
        for key in sorted(self._stood_in - self._fonts.keys(), key=str):
            self.get(*key).size("x")
        self._stood_in.clear()

    def get(self, role: str, index: int, size: int, bold: bool = False, rtl_script: str | None = None) -> pygame.font.Font:
        key = (role, index, size, bold, rtl_script)
        font = self._fonts.get(key)
        if font is None and self._shared is not None:
            self._stood_in.add(key)
            face = self._shared.get((role, index, rtl_script))
            if face is None:
                face = self._shared[(role, index, rtl_script)] = self._make(role, index, size, bold, rtl_script)
            if face.point_size != size:
                face.point_size = size
            if face.bold != bold:
                face.bold = bold
            return face
        if font is None:
            font = self._fonts[key] = self._make(role, index, size, bold, rtl_script)
        return font

    @staticmethod
    def _make(role: str, index: int, size: int, bold: bool, rtl_script: str | None) -> pygame.font.Font:
        font = pygame.font.Font(str(chain(role)[index]), size)
        font.set_bold(bold)
        if rtl_script is not None:
            font.set_direction(pygame.DIRECTION_RTL)
            font.set_script(rtl_script)
        return font
