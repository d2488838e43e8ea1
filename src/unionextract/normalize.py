"""A normalized working copy of the input that maps every span back to the original.

The rules see one canonical spelling: NFC, new-style tone marks ("hoà" → "hòa"),
plain spaces, ASCII dashes, quotes and slashes, "Đ" for its look-alikes, no zero-width
characters. Every change is recorded as a *region* ``(norm_start, norm_end, orig_start,
orig_end)``; outside regions the two strings are aligned with a constant shift, so
mapping a span back is a binary search.

>>> n = normalize("Hoà\\u00a0Bình – Việt")
>>> n.text
'Hòa Bình - Việt'
>>> n.to_original(0, 3)
(0, 3)
>>> nfd = normalize("Vie\\u0323\\u0302t Nam")
>>> nfd.text
'Việt Nam'
>>> nfd.to_original(0, 4), nfd.to_original(5, 8)
((0, 6), (7, 10))
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import regex

from .charclass import from_codepoints

# Characters replaced one for one.
_CHAR_MAP: dict[str, str] = {}
for _ch in "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000":
    _CHAR_MAP[_ch] = " "
for _ch in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d":
    _CHAR_MAP[_ch] = "-"
for _ch in "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033":
    _CHAR_MAP[_ch] = '"'
for _ch in "\u2018\u2019\u201a\u201b\u2032":
    _CHAR_MAP[_ch] = "'"
for _ch in "\u2215\uff0f\u2044":
    _CHAR_MAP[_ch] = "/"
_CHAR_MAP.update({"\u00d0": "Đ", "\u0189": "Đ", "\u00f0": "đ", "\u0256": "đ"})
# Letters the rules' case folding reads as another letter while str.lower() does not: the long
# s ("ſ" folds to "s") and the dotted capital I ("İ" lowers to "i" plus a combining dot). Read
# by a pattern as "s"/"i" and then looked up in a lexicon by their lower case, they would miss
# (a crash on "thứ ſáu", "quý İİ/2021"): the rules see the plain letters.
_CHAR_MAP.update({"\u017f": "s", "\u0130": "I"})

# Characters removed: zero-width spaces and joiners, word joiner, BOM, soft hyphen.
_DROPPED = "\u200b\u200c\u200d\u2060\ufeff\u00ad"

_NFC_TABLE = {ord(c): r for c, r in _CHAR_MAP.items()} | {ord(c): None for c in _DROPPED}

# Old-style tone placement on a syllable-final "oa", "oe", "uy": the mark moves to the first
# vowel. Not after "q" ("quý" stays), not when a letter follows ("hoàn" is the same in both).
_TONES = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}


def _retone_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for mark in _TONES:
            for a, b in ((first, second), (first.upper(), second.upper()), (first.upper(), second)):
                old = a + unicodedata.normalize("NFC", b + mark)
                new = unicodedata.normalize("NFC", a + mark) + b
                table[old] = new
    return table


_RETONE = _retone_table()

_SPECIAL = regex.compile(
    # a run of characters whose NFC may differ, with the starter before it
    r"(?P<nfc>\P{M}?[\p{M}\p{NFC_QC=N}\p{NFC_QC=M}]+)"
    r"|(?P<drop>[" + regex.escape(_DROPPED) + r"]+)"
    r"|(?P<char>[" + regex.escape("".join(_CHAR_MAP)) + r"])",
    regex.V1,
)
# Second pass, on the NFC text: same length, so it adds no region.
_RETONE_SITE = regex.compile(
    r"(?<![qQ])(?:" + "|".join(sorted(_RETONE)) + r")(?!\p{L}|\p{M})",
    regex.V1,
)


# Speed. Both passes look for rare characters, but ``regex`` tries its patterns at every
# position (the first pattern can start with any character). A plain character class in the
# standard library's ``re`` scans at hundreds of MB/s, so each pass first finds *candidate*
# positions with such a class — a superset of where a match can start — and runs the exact
# pattern only there. The result is the same as a full scan (tests/test_perf_shape.py checks
# it against the plain scan); these classes are not rules, only a way to skip text.
_PRESCAN_BELOW = 0x3000  # code points from here up are all candidates (rare in our text)


@cache
def _special_prescan() -> re.Pattern[str]:
    """Characters at which :data:`_SPECIAL` can match, or after which its first form can."""
    trigger = regex.compile(
        r"[\p{M}\p{NFC_QC=N}\p{NFC_QC=M}" + regex.escape(_DROPPED + "".join(_CHAR_MAP)) + "]",
        regex.V1,
    )
    safe = [cp for cp in range(_PRESCAN_BELOW) if not trigger.match(chr(cp))]
    return re.compile(from_codepoints(safe, negate=True))


@cache
def _retone_prescan() -> re.Pattern[str]:
    """Where a :data:`_RETONE_SITE` match can start: its two characters, not before a letter
    or mark below U+3000 (the site rejects those too)."""
    firsts = {ord(k[0]) for k in _RETONE}
    seconds = {ord(k[1]) for k in _RETONE}
    letter = regex.compile(r"[\p{L}\p{M}]", regex.V1)
    letters = [cp for cp in range(_PRESCAN_BELOW) if letter.match(chr(cp))]
    # (a lookbehind for "q" here would cost more than it saves: re scans fastest from a class)
    return re.compile(
        from_codepoints(firsts) + from_codepoints(seconds) + "(?!" + from_codepoints(letters) + ")"
    )


def _special_matches(text: str) -> Iterable[regex.Match[str]]:
    """The matches of ``_SPECIAL.finditer(text)``, found from candidate positions.

    A match at ``p`` needs ``text[p]`` or ``text[p + 1]`` to be a candidate, so trying
    ``q - 1`` and ``q`` for each candidate ``q`` in order finds every match, leftmost first.
    """
    cur = 0
    for cand in _special_prescan().finditer(text):
        q = cand.start()
        if q < cur:
            continue
        m = _SPECIAL.match(text, q - 1) if q - 1 >= cur else None
        if m is None:
            m = _SPECIAL.match(text, q)
        if m is not None:
            cur = m.end()
            yield m


def _retone(text: str) -> str:
    """``_RETONE_SITE.sub(...)``: sites are two characters and cannot overlap."""
    pieces: list[str] = []
    last = 0
    for cand in _retone_prescan().finditer(text):
        m = _RETONE_SITE.match(text, cand.start())
        if m is None:
            continue
        pieces.append(text[last : m.start()])
        pieces.append(_RETONE[m.group()])
        last = m.end()
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


@dataclass(frozen=True)
class Normalized:
    """The normalized text and the regions where it differs in length from the original."""

    original: str
    text: str
    # parallel sorted lists: region starts/ends in the normalized and the original text
    _norm_starts: tuple[int, ...] = ()
    _norm_ends: tuple[int, ...] = ()
    _orig_starts: tuple[int, ...] = ()
    _orig_ends: tuple[int, ...] = ()

    def _shift_before(self, i: int) -> int:
        """Original minus normalized position, for positions after region ``i - 1``."""
        if i == 0:
            return 0
        return self._orig_ends[i - 1] - self._norm_ends[i - 1]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized span ``[start, end)`` to the original text."""
        if not self._norm_starts:
            return start, end
        # start: a region that contains it (norm_start <= start < norm_end) maps to its start
        i = bisect_right(self._norm_starts, start)
        if i and start < self._norm_ends[i - 1]:
            o_start = self._orig_starts[i - 1]
        else:
            o_start = start + self._shift_before(i)
        # end: a region with norm_start < end <= norm_end maps to its end
        j = bisect_right(self._norm_starts, end - 1) if end > start else i
        if j and end <= self._norm_ends[j - 1] and end > self._norm_starts[j - 1]:
            o_end = self._orig_ends[j - 1]
        else:
            o_end = end + self._shift_before(j)
        return o_start, max(o_start, o_end)


def normalize(text: str) -> Normalized:
    """Normalize ``text`` for the rules; see the module docstring."""
    if text.isascii():
        return Normalized(text, text)
    pieces: list[str] = []
    norm_starts: list[int] = []
    norm_ends: list[int] = []
    orig_starts: list[int] = []
    orig_ends: list[int] = []
    last = 0
    out_len = 0
    changed = False
    for m in _special_matches(text):
        s, e = m.span()
        group = m.lastgroup
        source = m.group()
        if group == "nfc":
            # what NFC composes may itself be mapped ("I" + dot above is "İ", read as "I")
            replacement = unicodedata.normalize("NFC", source).translate(_NFC_TABLE)
        elif group == "drop":
            replacement = ""
        else:
            replacement = _CHAR_MAP[source]
        if replacement == source:
            continue
        changed = True
        pieces.append(text[last:s])
        out_len += s - last
        if len(replacement) != len(source):
            norm_starts.append(out_len)
            norm_ends.append(out_len + len(replacement))
            orig_starts.append(s)
            orig_ends.append(e)
        pieces.append(replacement)
        out_len += len(replacement)
        last = e
    pieces.append(text[last:])
    joined = "".join(pieces) if changed else text
    retoned = _retone(joined)
    if not changed and retoned == text:
        return Normalized(text, text)
    return Normalized(
        text,
        retoned,
        tuple(norm_starts),
        tuple(norm_ends),
        tuple(orig_starts),
        tuple(orig_ends),
    )


def fold(text: str) -> str:
    """Lower-case, accent-free key for lexicon look-ups ("Đắk Hà" → "dak ha").

    >>> fold("Đắk Lắk"), fold("Đăk Hà")
    ('dak lak', 'dak ha')
    """
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.lower().split())
