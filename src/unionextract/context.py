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
    underthesea on one sentence at a time, only when an extractor asks, once per sentence.
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
        """(token, POS tag) pairs of the sentence containing ``pos``, tagged once per call."""
        return self.pos_tags(*self.sentence_at(pos))
