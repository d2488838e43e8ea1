"""Sentences and words from underthesea, re-anchored to our offsets.

underthesea returns strings, not offsets, and rewrites some characters (tone placement,
spacing). :func:`anchor` walks the text and each returned piece together, ignoring
whitespace and comparing folded characters, so every piece gets the span it came from.
underthesea is imported lazily: ``import unionextract`` stays cheap. Sentences come from
:func:`split_sentences`, underthesea's ``sent_tokenize`` algorithm run at regex speed (its
abbreviation list is read from underthesea's module, loaded on its own without importing the
package), so splitting sentences never pays for underthesea's models; word segmentation
imports underthesea on first use, and :mod:`.segment_crf` feeds its CRF models more cheaply.
"""

from __future__ import annotations

import importlib.util
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import regex

from . import segment_crf
from .normalize import fold


class Token(NamedTuple):
    start: int
    end: int
    text: str


@cache
def _underthesea() -> Any:
    import underthesea

    return underthesea


@cache
def _sent_module() -> Any:
    """underthesea's sentence-tokenizer module, loaded without importing underthesea.

    It uses only the standard library; importing it through the package would first load
    the package (hundreds of milliseconds). ``None`` when underthesea's layout differs.
    """
    spec = importlib.util.find_spec("underthesea")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "pipeline" / "sent_tokenize" / "__init__.py"
    sub = importlib.util.spec_from_file_location("_unionextract_ut_sent_tokenize", path)
    if not path.is_file() or sub is None or sub.loader is None:
        return None
    module = importlib.util.module_from_spec(sub)
    try:
        sub.loader.exec_module(module)
        module._load_model()
        module.sentence_tokenizer.abbrev_types  # noqa: B018 - the port below needs it
    except Exception:
        return None
    return module


def _sent_tokenize() -> Callable[[str], list[str]]:
    """underthesea's ``sent_tokenize`` (the reference for :func:`split_sentences`)."""
    module = _sent_module()
    func: Callable[[str], list[str]] = (
        module.sent_tokenize if module is not None else _underthesea().sent_tokenize
    )
    return func


_SENT_END = ".?!"
_SENT_END_AT = re.compile(r"[.?!]")
_WS = " \t\n\r"


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans of underthesea's ``sent_tokenize(text)`` (stripped), computed directly.

    The same algorithm as underthesea's Punkt-style splitter (a boundary after ". ? !"
    unless the period is inside a number or ends a known abbreviation; an ellipsis ends a
    sentence before a capital), with its own abbreviation list, but jumping from one
    candidate character to the next instead of stepping through every character, and
    returning offsets, so nothing needs re-anchoring. tests/test_segment.py checks it
    against ``sent_tokenize`` itself. Falls back to ``sent_tokenize`` + :func:`anchor`.

    >>> split_sentences("Xin chào. Tôi là Tp. HCM, 1.500 đồng... Hết")
    [(0, 9), (10, 39), (40, 43)]
    """
    module = _sent_module()
    if module is None:
        return [(t.start, t.end) for t in anchor(text, _sent_tokenize()(text))]
    abbreviations = module.sentence_tokenizer.abbrev_types
    spans: list[tuple[int, int]] = []
    n = len(text)
    start = 0
    i = 0
    search = _SENT_END_AT.search
    while (m := search(text, i)) is not None:
        i = m.start()
        if text[i] == ".":
            dot_end = i + 1
            while dot_end < n and text[dot_end] == ".":
                dot_end += 1
            if dot_end - i >= 3:  # an ellipsis: a boundary at the end or before a capital
                after = dot_end
                while after < n and text[after] in " \t":
                    after += 1
                if after >= n or text[after].isupper():
                    _add(spans, text, start, dot_end)
                    while dot_end < n and text[dot_end] in _WS:
                        dot_end += 1
                    start = dot_end
                i = dot_end
                continue
            if 0 < i < n - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
                i += 1  # 1.500.000
                continue
            w = i - 1
            while w >= 0 and (text[w].isalnum() or text[w] == "."):
                w -= 1
            if w < i - 1 and text[w + 1 : i].lower() in abbreviations:
                i += 1
                continue
        end = i + 1
        while end < n and text[end] in _SENT_END:
            end += 1
        _add(spans, text, start, end)
        while end < n and text[end] in _WS:
            end += 1
        start = i = end
    _add(spans, text, start, n)
    return spans


def _add(spans: list[tuple[int, int]], text: str, a: int, b: int) -> None:
    """Add the span of ``text[a:b]`` stripped, unless it is blank."""
    if a < b and not text[a].isspace() and not text[b - 1].isspace():
        spans.append((a, b))  # nothing to strip (most sentences): no slice
        return
    piece = text[a:b]
    stripped = piece.strip()
    if stripped:
        lead = a + len(piece) - len(piece.lstrip())
        spans.append((lead, lead + len(stripped)))


def _same(a: str, b: str) -> bool:
    return a == b or fold(a) == fold(b)


def anchor(text: str, pieces: Iterable[str], start: int = 0, end: int | None = None) -> list[Token]:
    """Spans of ``pieces`` (in order) within ``text[start:end]``.

    A piece that cannot be found is skipped; the walk never moves backwards.

    >>> anchor("Hoà  bình, nhé", ["Hòa bình", ",", "nhé"])
    [Token(start=0, end=9, text='Hoà  bình'), Token(start=9, end=10, text=','), Token(start=11, end=14, text='nhé')]
    """
    limit = len(text) if end is None else end
    out: list[Token] = []
    pos = start
    for piece in pieces:
        # skip whitespace to the first character of the piece
        while pos < limit and text[pos].isspace():
            pos += 1
        # fast path: the piece is written exactly so here (the walk below would agree)
        exact = piece.strip()
        if exact and pos + len(exact) <= limit and text.startswith(exact, pos):
            out.append(Token(pos, pos + len(exact), exact))
            pos += len(exact)
            continue
        chars = [ch for ch in piece if not ch.isspace()]
        if not chars:
            continue
        found = _match_at(text, pos, limit, chars)
        if found is None:
            # underthesea dropped or rewrote something: look a little further ahead
            probe = pos
            for _ in range(64):
                probe += 1
                if probe >= limit:
                    break
                found = _match_at(text, probe, limit, chars)
                if found is not None:
                    pos = probe
                    break
        if found is None:
            continue
        out.append(Token(pos, found, text[pos:found]))
        pos = found
    return out


def _match_at(text: str, pos: int, limit: int, chars: list[str]) -> int | None:
    i = pos
    for ch in chars:
        while i < limit and text[i].isspace() and i > pos:
            i += 1
        if i >= limit or not _same(text[i], ch):
            return None
        i += 1
    return i


def sentences(text: str) -> list[tuple[int, int]]:
    r"""Sentence spans: underthesea's ``sent_tokenize`` within each paragraph.

    Lines are joined into one block (PDF text breaks lines mid-sentence) unless the next
    line is blank or starts a list item ("-", "1.", "•"), or the line ends a clause
    (". ; : ! ?"): official documents are line-structured (:data:`_LINE_BLOCK`).

    >>> sentences("Điều 1. Phạm vi\nđiều chỉnh.\n- Giá 1.500 đồng. Hết")
    [(0, 7), (8, 27), (28, 45), (46, 49)]
    """
    if (
        _sent_module() is None
        or any(c in text for c in _ODD_SPACES)
        or _ASTRAL_LINE_START.search(text) is not None
    ):
        return _sentences_by_block(text)
    # Each block, stripped, is one sentence unless it holds an "inner end": a sentence end that
    # could split (". ? !", but no period between two digits, which never splits) followed, in
    # the block, by something other than more ". ? !". Without one, split_sentences finds at
    # most the block's final run of ends, so it would give the block itself. A run of ends
    # followed by spaces and a line break is never inner: such a line break never joins lines.
    # split_sentences reads the stripped block as it reads the block: the spaces around it
    # make no boundary and move none (its tests look forward from an end and back over a word).
    blocks = [m.span() for m in _BLOCK.finditer(text)]
    starts = [a for a, _ in blocks]
    spans: list[tuple[int, int]] = []
    done = 0  # blocks before this one are in spans
    pos = 0
    while (inner := _INNER_END.search(text, pos)) is not None:
        k = bisect_right(starts, inner.start()) - 1
        a, b = blocks[k]
        spans += blocks[done:k]
        spans += [(a + s, a + e) for s, e in split_sentences(text[a:b])]
        done, pos = k + 1, b
    spans += blocks[done:]
    return spans


def _sentences_by_block(text: str) -> list[tuple[int, int]]:
    """:func:`sentences` block by block (when underthesea's module is missing, or the text has
    characters where ``re`` and the ``regex`` module disagree: see _ODD_SPACES)."""
    spans: list[tuple[int, int]] = []
    direct = _sent_module() is not None  # split_sentences runs its own algorithm
    for para in _LINE_BLOCK.finditer(text):
        block = para.group()
        stripped = block.strip()
        if not stripped:
            continue
        base = para.start()
        if direct and _SENT_END_AT.search(block) is None:  # no ". ? !": one sentence
            lead = base + len(block) - len(block.lstrip())
            spans.append((lead, lead + len(stripped)))
            continue
        spans.extend((base + s, base + e) for s, e in split_sentences(block))
    return spans


# A block: lines joined unless the next line is blank, starts a list item, or the line ends a
# clause (. ; : ! ? and a closing "*" of markdown emphasis).
_LINE_BLOCK = regex.compile(
    r"(?:[^\n]*(?:\n(?=[ \t]*[^\s\-–•*+\d])(?<![.;:!?…*]\s*\n)[^\n]*)*)",
    regex.V1,
)
# The same blocks, stripped, blank ones left out: from a line's first non-space character to
# its last, then across joining line breaks to the next line's first, and so on; the block ends
# with a line whose break does not join. A line break joins when the next line starts (after
# spaces and tabs) with no list mark and no digit, and its own line does not end a clause.
# _LINE_BLOCK's look-behind asks the last non-space character before the break, skipping any
# spaces; inside a match every line holds one, and a line's match ends on it, so the test is a
# one-character look-behind there (which ``re`` can do, faster than ``regex``). Nothing follows
# the repeated group, so a line that does not join only ends the match: no backtracking into
# the lines before, and the look-ahead, the spaces and a line's last character are each
# scanned once per line (linear).
_LINE = r"\S(?:[^\n]*\S)?"
_JOINS = r"(?<![.;:!?…*])[^\S\n]*\n(?=[ \t]*[^\s\-–•*+\d])[ \t]*"
_BLOCK = re.compile(rf"{_LINE}(?:{_JOINS}{_LINE})*")
# Where re and the regex module read \s or \d differently (tests/test_segment.py checks that
# this is all): the four characters str.isspace (str.strip, re's \s) counts as spaces and the
# regex module's \s does not, and digits outside the BMP (the regex module's Unicode is newer),
# which matter at a line's start. Text with either is split block by block.
_ODD_SPACES = "\x1c\x1d\x1e\x1f"
_ASTRAL_LINE_START = re.compile("\n[ \t]*[\U00010000-\U0010ffff]")
# An inner end (see sentences): the first of a run of ". ? !" (the others have the same
# follower, and a run of two or more starts with a possible end; starting only there keeps a
# long run linear, and the pattern starts with the character set, which re skips to fast), but
# not a period between two digits; then the rest of the run (taken whole: a look-ahead and its
# back-reference), spaces and a non-space character on the same line. In a text without
# _ODD_SPACES, re's \s is the regex module's.
_INNER_END = re.compile(
    r"[.?!](?<![.?!]{2})(?:(?<=[?!])|(?<![0-9]\.)|(?![0-9]))(?=([.?!]*))\1[^\S\n]*\S"
)


def words(text: str, start: int, end: int) -> list[Token]:
    """Word tokens (underthesea's ``word_tokenize``) of ``text[start:end]``, anchored."""
    chunk = text[start:end]
    if not chunk.strip():
        return []
    return anchor(text, _word_pieces(chunk), start, end)


def pos_tags(text: str, start: int, end: int) -> list[tuple[Token, str]]:
    """(token, POS tag) pairs of ``text[start:end]``, anchored (underthesea's ``pos_tag``)."""
    chunk = text[start:end]
    if not chunk.strip():
        return []
    tagged = _pos_tag(chunk)
    tokens = anchor(text, [w for w, _ in tagged], start, end)
    # anchor may skip pieces; realign tags by walking both lists
    out: list[tuple[Token, str]] = []
    j = 0
    for word, tag in tagged:
        if j < len(tokens) and _same_piece(tokens[j].text, word):
            out.append((tokens[j], tag))
            j += 1
    return out


# The segmenter and the tagger are functions of the chunk alone, and the same chunks come back
# (table headers, formulas, "của Chính phủ" …, a window asked for its words and then its tags):
# the last few thousand answers are kept, and the tagger reads the segmenter's kept words.
_CHUNKS = 4096


def clear_caches() -> None:
    """Forget the segmenter's and tagger's remembered chunks (a benchmark that runs the same
    text again clears them, so that the second run does not read the first one's answers)."""
    _word_pieces.cache_clear()
    _pos_tag.cache_clear()
    segment_crf.forget()


@lru_cache(maxsize=_CHUNKS)
def _word_pieces(chunk: str) -> tuple[str, ...]:
    return tuple(_word_tokenize(chunk))


def _word_tokenize(chunk: str) -> list[str]:
    """underthesea's ``word_tokenize(chunk)``, through :mod:`.segment_crf` when it applies."""
    segmenter = segment_crf.word_segmenter()
    if segmenter is None:
        return list(_underthesea().word_tokenize(chunk))
    return segmenter(chunk)


@lru_cache(maxsize=_CHUNKS)
def _pos_tag(chunk: str) -> tuple[tuple[str, str], ...]:
    return tuple(pos_tag(chunk))


def _same_piece(a: str, b: str) -> bool:
    return a == b or fold("".join(a.split())) == fold("".join(b.split()))


def pos_tag(chunk: str) -> list[tuple[str, str]]:
    """underthesea's ``pos_tag(chunk)`` (words and tags), its features built by
    :mod:`.segment_crf` (underthesea builds them in quadratic time).

    >>> pos_tag("tặng 30 bếp cho công nhân")
    [('tặng', 'V'), ('30', 'M'), ('bếp', 'N'), ('cho', 'E'), ('công nhân', 'N')]
    """
    tag = segment_crf.pos_tagger()
    if tag is None:
        return [(w, t) for w, t in _underthesea().pos_tag(chunk)]
    words = list(_word_pieces(chunk))  # the segmentation ``words`` keeps for this chunk
    return list(zip(words, tag(words), strict=False))  # as underthesea.pos_tag zips them
