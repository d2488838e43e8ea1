"""The signature block: signing capacity ("TM. BAN THƯỜNG VỤ"), the signer's title, the name.

    TM. CHÍNH PHỦ          ← capacity (several lines join: "TM. CHÍNH PHỦ KT. THỦ TƯỚNG")
    KT. THỦ TƯỚNG
    PHÓ THỦ TƯỚNG          ← title (a line starting with a title of data/metadata_titles.tsv)
    (Đã ký)                ← skipped
    Hồ Đức Phớc            ← signer

A law has no capacity: "CHỦ TỊCH QUỐC HỘI" then the name. The block may sit in the right
column of a PDF line that also holds "Nơi nhận" items.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from . import lexicons
from .metadata_lines import LABELS, LineRule, Lines, clean, is_name, is_upper, label_pattern
from .rules import alternation

_CAPACITY = regex.compile(
    rf"(?:{label_pattern('capacity')})(?:\.[ \t]*|[ \t]+)\p{{Lu}}",
    regex.V1,
)
_TITLE = regex.compile(
    rf"(?:{alternation(lexicons.words('metadata_titles.tsv'))})(?!\p{{L}})", regex.V1
)
# skipped inside the block: "(Đã ký)", "[daky]", and the "Nơi nhận" items of the left column
_SKIP = regex.compile(r"[(\[].{0,40}[)\]]|(?i:daky|đã ký|ký tên.*|ký, .*)|[-–+•].*", regex.V1)
_MAX_LINES = 14
# Where a block can start: a capacity label or a title anywhere on a line, its spaces any run
# of whitespace but a line break. A line ``read`` looks at starts a cleaned column segment with
# one of them, and cleaning only strips markup and collapses whitespace, so that line holds a
# match of this pattern: the lines without one are skipped unread (same result, a fraction of
# the time on a long document).
_CAPACITIES = LABELS.get("capacity", ())
_TITLES = lexicons.words("metadata_titles.tsv")
_AFTER_CAPACITY = r"(?:\.[^\S\n]*|[^\S\n]+)\p{Lu}"


def _rare_from(word: str) -> str:
    """``word`` from its first upper-case letter with a diacritic but "Đ" (rare outside headings
    and signature blocks, where "Đ" opens "Điều" and sits in "QĐ"): a literal the ``regex``
    module skips to fast; the whole word when it has none."""
    for i, ch in enumerate(word):
        if ch.isupper() and not ch.isascii() and ch != "Đ":
            return word[i:]
    return word


def _cover(titles: tuple[str, ...]) -> tuple[str, ...]:
    """Literals such that each of ``titles`` holds one of them: greedily the word of the most
    titles still uncovered (the longer on a tie), a word the others' titles cover dropped, each
    read from its rare letter on (:func:`_rare_from`), and a literal that holds another
    dropped (that one finds its lines).

    >>> _cover(("CHỦ TỊCH", "PHÓ CHỦ TỊCH", "BÍ THƯ", "PHÓ BÍ THƯ", "THƯ KÝ", "AB"))
    ('Ư', 'ỊCH', 'AB')
    """
    words: list[str] = []
    left = list(titles)
    while left:
        best = max(
            sorted({w for t in left for w in t.split()}),
            key=lambda w: (sum(w in t.split() for t in left), len(w)),
        )
        words.append(best)
        left = [t for t in left if best not in t.split()]
    for w in list(words):
        rest = [v for v in words if v != w]
        if all(any(v in t.split() for v in rest) for t in titles):
            words = rest
    literals = list(dict.fromkeys(_rare_from(w) for w in words))
    return tuple(x for x in literals if not any(y != x and y in x for y in literals))


# The cues the lines are found by, each beginning with a literal the ``regex`` module skips to
# at memory speed (one pass each, where the alternation above is tried at every position): a
# capacity match starts with a label, and the capacity part of the pattern is scanned for once
# per first letter of the labels (each begins with that literal); a title match holds each word
# of its title (its spaces are the only part that varies), so one of :func:`_cover`'s literals.
_CUE = LineRule(
    "|".join(
        (
            rf"(?:{alternation(_CAPACITIES)}){_AFTER_CAPACITY}",
            alternation(_TITLES).replace(r"\ ", r"[^\S\n]+"),
        )
    ),
    (
        *(
            rf"(?:{alternation(w for w in _CAPACITIES if w[0] == first)}){_AFTER_CAPACITY}"
            for first in sorted({w[0] for w in _CAPACITIES})
        ),
        *(regex.escape(x) for x in _cover(_TITLES)),
    ),
    regex.V1,
)
# a signature image's placeholder glued to the title ("PHÓ THỦ TƯỚNGy]")
_JUNK = regex.compile(r"\p{Ll}?[\[\]{}|]+", regex.V1)
_PREFIX_DOT = regex.compile(r"^(\p{Lu}{1,3}(?:/\p{Lu})?)\.(?=\S)", regex.V1)


def _tidy(seg: str) -> str:
    """Placeholder junk removed, "KT.BỘ TRƯỞNG" spaced as "KT. BỘ TRƯỞNG"."""
    return str(_PREFIX_DOT.sub(r"\1. ", _JUNK.sub("", seg))).strip()


@dataclass
class Signature:
    capacity: str | None = None
    title: str | None = None
    signer: str | None = None
    #: the line where the block starts
    line: int | None = None


def _capacity_at(text: str) -> bool:
    m = _CAPACITY.match(text)
    return m is not None and is_upper(text[m.end() - 1 :])


def _right(lines: Lines, i: int) -> tuple[str, str]:
    """The right-most column segment of line ``i``: normalized (to decide) and as written."""
    segs = lines.segments(i)
    if not segs:
        return "", ""
    s, e = segs[-1]
    return _tidy(clean(lines.source[s:e])), _tidy(lines.value(s, e))


def _right_raw(lines: Lines, i: int) -> str:
    segs = lines.segments(i)
    return clean(lines.source[segs[-1][0] : segs[-1][1]]) if segs else ""


def _read_block(lines: Lines, i: int, sig: Signature) -> Signature:
    capacities: list[list[str]] = []
    continued = False
    blank_since_title = False
    for j in range(i, min(len(lines), i + _MAX_LINES)):
        seg, written = _right(lines, j)
        if j == i:
            # the capacity may be in any column of its line
            for s, e in lines.segments(j):
                if _capacity_at(clean(lines.source[s:e])):
                    seg, written = _tidy(clean(lines.source[s:e])), _tidy(lines.value(s, e))
        if not seg:
            blank_since_title = sig.title is not None
            continue
        if _capacity_at(seg) and sig.title is None:
            capacities.append([written])
            continued = False
            continue
        if _SKIP.fullmatch(seg) or _SKIP.fullmatch(_right_raw(lines, j)):
            continue
        if is_upper(seg) and not (blank_since_title and is_name(seg.title())):
            if _TITLE.match(seg) and sig.title is None:
                sig.title = written
            elif sig.title is not None:
                sig.title += " " + written
            elif capacities:
                capacities[-1].append(written)
                continued = True
            else:
                sig.title = written
            continue
        if is_name(seg) or (blank_since_title and is_upper(seg)):
            sig.signer = written
            break
        break
    if capacities:
        if sig.title is None and continued:
            # "TM. BAN CHẤP HÀNH / CHÁNH THANH TRA": the last continuation was the title
            sig.title = capacities[-1].pop()
        sig.capacity = " ".join(" ".join(parts) for parts in capacities)
    return sig


def _cued(lines: Lines, first: int) -> Iterator[int]:
    """The lines from ``first`` on that hold a match of :data:`_CUE`, in order (found as
    they are read: ``read`` mostly stops at the first block)."""
    last = -1
    for m in _CUE.finditer(lines.source, lines.starts[first]):
        i = lines.index_at(m.start())
        if i != last:
            yield i
            last = i


def read(lines: Lines, first: int, official: bool) -> Signature:
    """The signature block after line ``first``.

    The first block that starts at a capacity line ("TM. …", "KT. …") and names its signer;
    else, in official texts, the first title line ("BỘ TRƯỞNG", "CHỦ TỊCH QUỐC HỘI")
    followed by a name; else the first capacity block, even without a name.
    """
    fallback: Signature | None = None
    titled: Signature | None = None
    for i in _cued(lines, first):
        segs = [clean(lines.source[s:e]) for s, e in lines.segments(i)]
        if any(_capacity_at(seg) for seg in segs):
            sig = _read_block(lines, i, Signature(line=i))
            if sig.signer:
                return sig
            fallback = fallback or sig
        elif official and titled is None and segs and is_upper(segs[-1]) and _TITLE.match(segs[-1]):
            sig = _read_block(lines, i, Signature(line=i))
            if sig.signer:
                titled = sig
    return titled or fallback or Signature()
