"""Word tokens and POS tags of the short windows the organization grammar looks at, from ONE
segmentation per window.

The grammar asks underthesea about a window around a proper name twice: its words (does a
Title-Case syllable join the lower-case ones after it: :func:`.organizations_spans.title_run`)
and, for an agency, the POS tags of the same window (:func:`.organizations_grammar._noun_tail`).
``segment.words`` and ``segment.pos_tags`` each segment the window: ``pos_tags`` tags the
pieces of ``word_tokenize(chunk)``, the very pieces ``words`` anchors. :class:`Segments` keeps
those pieces, so the tags of a window already segmented cost only the tagging, and a window
whose text was segmented before in the same document (the same name in the same words: "đề
nghị của Cục trưởng Cục Tổ chức cán bộ") is not segmented again.

**Why the results are the same.** ``words`` is ``anchor(text, word_tokenize(chunk), start,
end)`` as in ``segment.words``; ``tags`` zips the same pieces with the tags the tagger gives
them, anchors and realigns them as ``segment.pos_tags`` does (with underthesea's own
``pos_tag`` when the linear-time tagger is not available: then ``segment.pos_tags`` is called
itself). ``word_tokenize`` and the tagger are functions of the chunk's text alone, and
``anchor`` reads only ``text[start:end]``, so equal chunks give equal pieces and tags.
tests/test_organizations_segments.py compares both with ``segment`` on gazette windows.
"""

from __future__ import annotations

from .. import segment

#: (token, POS tag) pairs, as ``segment.pos_tags`` gives them
Tagged = list[tuple[segment.Token, str]]


class Segments:
    """Words and tags of spans of one text, each chunk of text segmented once."""

    __slots__ = ("_pieces", "_tagged", "_tags", "_words", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._pieces: dict[str, list[str]] = {}  # chunk → word_tokenize(chunk)
        self._tags: dict[str, list[str]] = {}  # chunk → the tags of its pieces
        self._words: dict[tuple[int, int], list[segment.Token]] = {}
        self._tagged: dict[tuple[int, int], Tagged] = {}

    def _segmented(self, chunk: str) -> list[str]:
        pieces = self._pieces.get(chunk)
        if pieces is None:
            pieces = self._pieces[chunk] = segment.word_pieces(chunk)
        return pieces

    def words(self, start: int, end: int) -> list[segment.Token]:
        """``segment.words(text, start, end)``."""
        key = (start, end)
        got = self._words.get(key)
        if got is None:
            chunk = self.text[start:end]
            got = []
            if chunk.strip():
                got = segment.anchor(self.text, self._segmented(chunk), start, end)
            self._words[key] = got
        return got

    def tags(self, start: int, end: int) -> Tagged:
        """``segment.pos_tags(text, start, end)``."""
        key = (start, end)
        got = self._tagged.get(key)
        if got is None:
            got = self._tagged[key] = self._tag(start, end)
        return got

    def _tag(self, start: int, end: int) -> Tagged:
        text = self.text
        chunk = text[start:end]
        if not chunk.strip():
            return []
        pieces = self._segmented(chunk)
        tags = self._tags.get(chunk)
        if tags is None:
            found = segment.piece_tags(pieces)
            if found is None:  # another underthesea: its own pos_tag, as segment.pos_tags uses
                return segment.pos_tags(text, start, end)
            tags = self._tags[chunk] = found
        return segment.align(self.words(start, end), pieces, tags)
