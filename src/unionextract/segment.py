"""Sentences and words from underthesea, re-anchored to our offsets.

underthesea returns strings, not offsets, and rewrites some characters (tone placement,
spacing). :func:`anchor` walks the text and each returned piece together, ignoring
whitespace and comparing folded characters, so every piece gets the span it came from.
underthesea is imported lazily: ``import unionextract`` stays cheap.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any, NamedTuple

import regex

from .normalize import fold


class Token(NamedTuple):
    start: int
    end: int
    text: str


@cache
def _underthesea() -> Any:
    import underthesea

    return underthesea


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
        chars = [ch for ch in piece if not ch.isspace()]
        if not chars:
            continue
        # skip whitespace to the first character of the piece
        while pos < limit and text[pos].isspace():
            pos += 1
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
    """Sentence spans: underthesea's ``sent_tokenize`` within each paragraph.

    Lines are joined into one block (PDF text breaks lines mid-sentence) unless the next
    line is blank or starts a list item ("-", "1.", "•"), or the line ends a clause
    (". ; : ! ?"): official documents are line-structured.
    """
    ut = _underthesea()
    spans: list[tuple[int, int]] = []
    for para in _LINE_BLOCK.finditer(text):
        block = para.group()
        if not block.strip():
            continue
        pieces = ut.sent_tokenize(block)
        for tok in anchor(text, pieces, para.start(), para.end()):
            s, e = tok.start, tok.end
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                spans.append((s, e))
    return spans


# A block: lines joined unless the next line is blank, starts a list item, or the line ends a
# clause (. ; : ! ? and a closing "*" of markdown emphasis).
_LINE_BLOCK = regex.compile(
    r"(?:[^\n]*(?:\n(?=[ \t]*[^\s\-–•*+\d])(?<![.;:!?…*]\s*\n)[^\n]*)*)",
    regex.V1,
)


def words(text: str, start: int, end: int) -> list[Token]:
    """Word tokens (underthesea's ``word_tokenize``) of ``text[start:end]``, anchored."""
    chunk = text[start:end]
    if not chunk.strip():
        return []
    pieces = _underthesea().word_tokenize(chunk)
    return anchor(text, pieces, start, end)


def pos_tags(text: str, start: int, end: int) -> list[tuple[Token, str]]:
    """(token, POS tag) pairs of ``text[start:end]``, anchored."""
    chunk = text[start:end]
    if not chunk.strip():
        return []
    tagged = _underthesea().pos_tag(chunk)
    tokens = anchor(text, [w for w, _ in tagged], start, end)
    # anchor may skip pieces; realign tags by walking both lists
    out: list[tuple[Token, str]] = []
    j = 0
    for word, tag in tagged:
        if j < len(tokens) and _same_piece(tokens[j].text, word):
            out.append((tokens[j], tag))
            j += 1
    return out


def _same_piece(a: str, b: str) -> bool:
    return fold("".join(a.split())) == fold("".join(b.split()))
