"""What every extractor sees: the normalized text, the options and lazy segmentation."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from functools import cached_property

from . import segment
from .normalize import Normalized


class Context:
    """Per-call state shared by the extractors. Segmentation is computed on demand.

    Sentences are cheap (a regex-speed split, no underthesea); words and POS tags run
    underthesea on one span at a time (a sentence, or a shorter span around a word:
    :meth:`tag_span`), only when an extractor asks, once per span.
    """

    def __init__(self, normalized: Normalized, reference_date: dt.date | None) -> None:
        self.normalized = normalized
        self.text = normalized.text
        self.reference_date = reference_date
        self._words: dict[tuple[int, int], list[segment.Token]] = {}
        self._tags: dict[tuple[int, int], list[tuple[segment.Token, str]]] = {}

    def original(self, start: int, end: int) -> str:
        """The caller's text behind a normalized span."""
        s, e = self.normalized.to_original(start, end)
        return self.normalized.original[s:e]

    @cached_property
    def lower(self) -> str:
        """``text.lower()``, computed once for the kinds that scan it. It has the text's length,
        so positions carry over: the one character whose lower case is longer, "İ", and "ſ",
        which the rules' case folding reads as "s" though it lowers to itself, are replaced by
        normalization (tests/test_normalize.py checks every code point)."""
        return self.text.lower()

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans in normalized coordinates."""
        return segment.sentences(self.text)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The sentence containing ``pos`` (or the line around it, between sentences)."""
        i = bisect_right(self._sentence_starts, pos) - 1
        if i >= 0:
            s, e = self.sentences[i]
            if s <= pos < e:
                return s, e
        start = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos)
        return start, len(self.text) if end < 0 else end

    def words(self, start: int, end: int) -> list[segment.Token]:
        """Word tokens of the span (cached per span); call it on a sentence, not on a word."""
        key = (start, end)
        if key not in self._words:
            self._words[key] = segment.words(self.text, start, end)
        return self._words[key]

    def words_at(self, pos: int) -> list[segment.Token]:
        """Word tokens of the sentence containing ``pos``."""
        return self.words(*self.sentence_at(pos))

    def pos_tags(self, start: int, end: int) -> list[tuple[segment.Token, str]]:
        """(token, POS tag) pairs of the span (cached per span); call it on a sentence."""
        key = (start, end)
        if key not in self._tags:
            self._tags[key] = segment.pos_tags(self.text, start, end)
        return self._tags[key]

    def pos_tags_at(self, pos: int) -> list[tuple[segment.Token, str]]:
        """(token, POS tag) pairs of the sentence containing ``pos``, tagged once per call.

        A sentence may be very long (a table, a list run together): to tag the words around one
        position, :meth:`pos_tags_near` tags at most :data:`MAX_TAG_SPAN` characters."""
        return self.pos_tags(*self.sentence_at(pos))

    def pos_tags_near(self, pos: int) -> list[tuple[segment.Token, str]]:
        """(token, POS tag) pairs of :meth:`tag_span` ``(pos)``, tagged once per span."""
        return self.pos_tags(*self.tag_span(pos))

    def tag_span(self, pos: int) -> tuple[int, int]:
        """The span to tag for the word at ``pos``: its sentence when it has at most
        :data:`MAX_TAG_SPAN` characters, else its clause (between , ; : ( ) and line breaks)
        when that is short enough, else the block of :data:`TAG_BLOCK` characters of the
        clause around ``pos`` with a margin of half a block on each side, cut at spaces.
        Positions of one sentence, clause or block share a span, so it is tagged once."""
        start, end = self.sentence_at(pos)
        if end - start <= MAX_TAG_SPAN:
            return start, end
        text = self.text
        a = max(start, max(text.rfind(c, start, pos) for c in _CLAUSE_MARKS) + 1)
        ends = [i for i in (text.find(c, pos, end) for c in _CLAUSE_MARKS) if i >= 0]
        b = min(ends) if ends else end
        if b - a <= MAX_TAG_SPAN:
            return a, b
        block = a + (pos - a) // TAG_BLOCK * TAG_BLOCK
        lo, hi = max(a, block - TAG_BLOCK // 2), min(b, block + TAG_BLOCK + TAG_BLOCK // 2)
        if lo > a:  # start and end at a space, never inside a word
            space = text.find(" ", lo, block)
            lo = space + 1 if space >= 0 else block
        if hi < b:
            space = text.rfind(" ", block + TAG_BLOCK, hi)
            hi = space if space >= 0 else hi
        return lo, hi


#: Longest span :meth:`Context.tag_span` hands to the tagger (tagging costs about 6 µs per
#: character; a longer sentence is tagged by clause, a longer clause by blocks).
MAX_TAG_SPAN = 400
TAG_BLOCK = 128
_CLAUSE_MARKS = ",;:()\n"
