"""Where an organization can begin, and which heads begin there, found without the big patterns.

The head patterns (:func:`.organizations_lexicon.head_pattern`) are alternations of some two
hundred heads: scanning a text with one costs about 4 MB/s, and one match a few microseconds.
This module gives the same matches cheaply, in two steps.

**Where.** Every head begins with an upper-case word (its *first word*: the run of letters,
marks and digits it starts with — "Ban" in "Ban Chấp hành", "LĐLĐ", "Cty" in "Cty."; checked
when the table is built), and the word of the text at a match is fixed by the head:

- a head written in full matches case-insensitively (``(?i:…)``, full case folding, the
  folding of :meth:`str.casefold`) after an upper-case letter: the word of the text,
  case-folded, is the head's first word case-folded;
- an abbreviation matches exactly: the word of the text is its first word as written.

The word of the text cannot run on past the head's first word, because the head goes on with
a character that is no letter, mark or digit (" ", "-", "&", "."), or ends where no letter,
mark or digit may follow. So a head matches only where a word begins with an upper-case
letter after no letter, mark or digit, and that word has the *keys* of a head's first word
(:func:`keys`). :func:`head_starts` lists those positions with one cheap scan: every position
where a head pattern can match is among them.

**Which.** At a position, only the heads with the word's keys can match, and each is compared
as its alternative would match it (:func:`heads_at`): the lookbehinds and what must follow a
head by the patterns' own pieces, the head itself as a string — exactly for an abbreviation,
case-folded for a head in full (one character for one, which is how a ``(?i:…)`` match of
characters that fold to one character goes; text with a character that folds to more is
matched by the head's own alternative). The result is the heads that match there, in the
order of the alternation, each with its end. A head pattern (of any tail classes) is that
alternation: at a position it matches the first of its heads that matches there, up to that
head's end — the first of :func:`heads_at` of those tail classes (:func:`first_of`,
:func:`match_head`).

Both steps are checked against the plain patterns on the fixtures and on generated text
(tests/test_organizations_heads.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

import regex

from . import organizations_lexicon as lx

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+", regex.V1)
#: a word that begins with an upper-case letter after no letter, mark or digit
_CAPITAL_WORD = regex.compile(rf"{lx.HEAD_BEFORE}\p{{Lu}}[\p{{L}}\p{{M}}\p{{N}}]*", regex.V1)
_UPPER = regex.compile(r"\p{Lu}", regex.V1)


#: (head, end) of the heads that match at a position, in alternation order
Found = Sequence[tuple[lx.Head, int]]
#: what no head at a position gives (one shared empty value: kept per position, it adds
#: nothing for the garbage collector to follow)
NO_HEADS: Found = ()


class HeadMatch(NamedTuple):
    """A head of the lexicon written at ``start:stop`` (read like a ``regex`` match; a named
    tuple, made in the thousands, costs a fraction of a frozen dataclass)."""

    head: lx.Head
    pos: int
    stop: int
    written: str

    def start(self) -> int:
        return self.pos

    def end(self) -> int:
        return self.stop

    def group(self) -> str:
        return self.written


@cache
def _first_words() -> tuple[dict[str, list[lx.Head]], dict[str, list[lx.Head]]]:
    """Abbreviations by their first word as written; full heads by theirs case-folded."""
    exact: dict[str, list[lx.Head]] = {}
    folded: dict[str, list[lx.Head]] = {}
    for h in lx.heads().values():
        first = _WORD.match(h.surface)
        if first is None or not _UPPER.match(h.surface):
            raise ValueError(f"org_heads.tsv: a head must begin with an upper-case word: {h}")
        if h.abbreviated:
            exact.setdefault(first.group(), []).append(h)
        else:
            folded.setdefault(first.group().casefold(), []).append(h)
    return exact, folded


def keys(word: str) -> tuple[str, str] | None:
    """The keys of a word of the text: itself if an abbreviation begins with it, its case
    folding if a full head does ("" for neither); None when no head begins with it."""
    exact, folded = _first_words()
    e = word if word in exact else ""
    f = word.casefold()
    f = f if f in folded else ""
    return (e, f) if e or f else None


def head_starts(text: str) -> list[tuple[int, str, str]]:
    """(position, keys) of every position where a head can begin, ascending."""
    words = list(_CAPITAL_WORD.finditer(text))
    # the keys of each word, looked up once per distinct word
    keyed = {w: k for w in {m[0] for m in words} if (k := keys(w)) is not None}
    return [(m.start(), *keyed[m[0]]) for m in words if m[0] in keyed]


#: a head to compare: the head, its surface as it matches (exactly, or case-folded), its
#: size, and whether it is compared exactly, or case-folded one character for one
_Entry = tuple[lx.Head, str, int, bool, bool]


class _Group(NamedTuple):
    """The heads whose first word has some keys, in alternation order, and the longest one's
    size; and the same heads filed by the first ``prefix`` characters of their case folding
    (``buckets``; each bucket in alternation order, with ``short``: the heads that cannot be
    filed, shorter than ``prefix`` or not folding one character for one)."""

    entries: tuple[_Entry, ...]
    longest: int
    prefix: int
    buckets: dict[str, tuple[_Entry, ...]]
    short: tuple[_Entry, ...]


@cache
def _entries(exact: str, folded: str) -> _Group:
    """The heads with these keys (:class:`_Group`)."""
    by_exact, by_folded = _first_words()
    here = {id(h) for h in (*by_exact.get(exact, ()), *by_folded.get(folded, ()))}
    chosen = lx.in_pattern_order((h for h in lx.heads().values() if id(h) in here), None)
    entries: list[_Entry] = []
    for h in chosen:
        key = h.surface if h.abbreviated else h.surface.casefold()
        entries.append((h, key, len(h.surface), h.abbreviated, len(key) == len(h.surface)))
    # the first word, a separator and the next character: where the heads of a word part
    prefix = len(exact or folded) + 2
    filed: dict[str, list[int]] = {}
    short: list[int] = []
    for i, (h, _, size, _, _) in enumerate(entries):
        fold = h.surface.casefold()
        if len(fold) == size and size >= prefix:
            filed.setdefault(fold[:prefix], []).append(i)
        else:
            short.append(i)
    buckets = {
        k: tuple(entries[i] for i in sorted((*filed_here, *short)))
        for k, filed_here in filed.items()
    }
    longest = max((e[2] for e in entries), default=0)
    return _Group(tuple(entries), longest, prefix, buckets, tuple(entries[i] for i in short))


@cache
def _alone(head: lx.Head) -> regex.Pattern[str]:
    """One head's alternative of the head patterns, followed by what follows every head."""
    return regex.compile(f"{lx.head_alternative(head)}{lx.HEAD_AFTER}", regex.V1)


_BEFORE = regex.compile(lx.HEAD_BEFORE, regex.V1)
_AFTER = regex.compile(lx.HEAD_AFTER, regex.V1)
_GLUED = regex.compile(r"(?<=[\p{L}\p{N}][-/])", regex.V1)


def heads_at(text: str, pos: int, exact: str, folded: str, capital: bool = False) -> Found:
    """(head, end) of the heads that match at ``pos`` (where a word with these keys begins),
    in the order of the head patterns' alternation: each as its alternative would match.
    ``capital``: ``pos`` is one of :func:`head_starts`, where an upper-case letter begins a
    word after no letter, mark or digit (what ``HEAD_BEFORE`` and an upper-case letter check).

    An abbreviation is compared as written. A head in full is compared case-folded: when
    every character of the text it would span folds to one character (as every character of
    a head does), the ``(?i:…)`` match compares them one by one, which is what comparing the
    folded strings does; where a character folds to more (the rare "ß", "ﬁ"), each head's
    own alternative is matched instead.
    """
    if not capital and _BEFORE.match(text, pos) is None:
        return NO_HEADS
    entries, longest, prefix, buckets, short = _entries(exact, folded)
    window = text[pos : pos + longest]
    window_folded = window.casefold()
    one_to_one = len(window_folded) == len(window)
    if one_to_one:
        # only the heads filed under the window's first characters, case-folded, can match:
        # one in full compares its folding with the window's; an abbreviation matches as
        # written, so its folding is the window's too (the window folds one for one)
        entries = buckets.get(window_folded[:prefix], short)
    upper = capital or _UPPER.match(text, pos) is not None
    glued: bool | None = None  # an abbreviation glued to a code: the same for every one
    out: list[tuple[lx.Head, int]] = []
    for head, key, size, abbreviated, one_for_one in entries:
        if abbreviated:
            if not window.startswith(key):
                continue
            if glued is None:
                glued = _GLUED.match(text, pos) is not None
            if glued:
                continue
        elif not one_to_one or not one_for_one:
            m = _alone(head).match(text, pos)
            if m is not None:
                out.append((head, m.end()))
            continue
        elif not upper or not window_folded.startswith(key):
            continue
        if _AFTER.match(text, pos + size) is not None:
            out.append((head, pos + size))
    return out or NO_HEADS


def first_of(found: Found, tails: frozenset[str] | None) -> tuple[lx.Head, int] | None:
    """What ``head_pattern(tails)`` matches (head and end), given :func:`heads_at` at a
    position: the first of its heads that matches there."""
    for f in found:
        if tails is None or f[0].tail in tails:
            return f
    return None


class HeadsMemo:
    """The heads read at positions of one text: :func:`heads_at` by position."""

    __slots__ = ("found",)

    def __init__(self) -> None:
        self.found: dict[int, Found] = {}


def found_at(text: str, pos: int, memo: HeadsMemo | None = None) -> Found:
    """:func:`heads_at` at any position (empty where no head's first word begins); with
    ``memo`` (of this text), each position is read once."""
    if memo is not None:
        found = memo.found.get(pos)
        if found is not None:
            return found
    word = _WORD.match(text, pos)
    k = keys(word.group()) if word is not None else None
    found = heads_at(text, pos, *k) if k is not None else NO_HEADS
    if memo is not None:
        memo.found[pos] = found
    return found


def match_head(
    text: str, pos: int, tails: frozenset[str] | None = None, memo: HeadsMemo | None = None
) -> HeadMatch | None:
    """What ``head_pattern(tails).match(text, pos)`` matches (span and text), or None; with
    ``memo`` (of this text), each position is read once."""
    first = first_of(found_at(text, pos, memo), tails)
    return None if first is None else HeadMatch(first[0], pos, first[1], text[pos : first[1]])
