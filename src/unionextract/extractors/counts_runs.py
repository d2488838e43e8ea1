"""Reading runs of letters for :mod:`.counts_starts` with the standard library's engine, which
costs a fraction of the ``regex`` module's per call and per character (issue #7): a trie of
literal words, the Vietnamese letters, the run after a word."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_Trie = dict[str, "_Trie"]


def trie(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` (literals) as a trie, a longer word tried before a
    word it begins with: what the alternation longest first matches, at half the cost in the
    standard library's engine (no branch is tried letter by letter from the start again).

    >>> trie(["ba", "bảy", "bao", "hai"])
    '(?:b(?:a(?:o|)|ảy)|hai)'
    """
    root: _Trie = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        return "(?:" + "|".join(alts) + ("|" if "" in node else "") + ")"

    return emit(root) or "(?!)"


#: The lower-case letters of Vietnamese (and the ASCII ones): a character that case-folds to
#: one of them is a letter itself (tests/test_counts_starts.py checks every code point), so a
#: word found in the case-folded text right before one is no whole run and the search drops
#: it in C; the run check of :func:`.counts_starts._words_at` decides the rest.
VIETNAMESE_LOWER = "a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
#: Spaces, then a run of Vietnamese letters, either case (simple and full case folding agree
#: on each), maybe empty: :func:`next_run`.
_FOLLOW = re.compile(f"[ ]*([{VIETNAMESE_LOWER}{VIETNAMESE_LOWER.upper()}]*)")


def next_run(text: str, end: int) -> tuple[str | None, int]:
    """The whole run of letters (and marks) after the spaces at ``end`` when it is made of
    Vietnamese letters (simple and full case folding agree on each), or ``""`` when no
    letter or mark follows the spaces; ``None`` for any other run (not read here). With it,
    where the spaces end.

    Read by the standard library's engine (a run of :data:`VIETNAMESE_LOWER` either case,
    then one character looked up in :mod:`unicodedata`: a letter, a mark or an unassigned
    code point, which a newer Unicode may make one, is read as one); tests check every code
    point the lookup calls no letter or mark against the ``regex`` module's classes.
    """
    m = _FOLLOW.match(text, end)
    assert m is not None  # it matches the empty string
    if m.end() < len(text) and letter_or_mark(text[m.end()]):
        return None, m.start(1)
    return m.group(1), m.start(1)


def letter_or_mark(c: str) -> bool:
    """Whether ``c`` may be a letter or a mark (``\\p{L}``, ``\\p{M}``): see :func:`next_run`."""
    if c < "\u0300":  # no mark below U+0300; a letter there is alphabetic
        return c.isalpha()
    cat = unicodedata.category(c)
    return cat[0] in "LM" or cat == "Cn"
