"""Lines of a document for the frame readers (``metadata``): spans, markup, columns, labels.

PDF text puts two columns on one line ("Nơi nhận:              KT. BỘ TRƯỞNG"), breaks
lines anywhere and leaves stray spaces; the helpers here see a line as its column
segments (split at three or more spaces) with markup ("*", "_", "#") stripped.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from heapq import merge

import regex

from . import lexicons
from .rules import alternation

LABELS: dict[str, tuple[str, ...]] = {}
for _row in lexicons.rows("metadata_labels.tsv"):
    LABELS[_row[1]] = (*LABELS.get(_row[1], ()), _row[0])


def label_pattern(role: str) -> str:
    """An alternation of the labels of ``role`` (from ``data/metadata_labels.tsv``)."""
    return alternation(LABELS.get(role, ()))


def label_cue(role: str) -> str:
    """A cue for the labels of ``role`` (see :class:`LineRule`): the longest piece of three or
    more characters that every label holds, a literal to skip to ("ính gửi" for "Kính gửi",
    "Đồng kính gửi"), else the labels' alternation.

    >>> print(label_cue("recipients"))
    ính\\ gửi
    """
    labels = LABELS.get(role, ())
    if labels:
        shortest = min(labels, key=len)
        for size in range(len(shortest), 2, -1):
            for i in range(len(shortest) - size + 1):
                piece = shortest[i : i + size]
                if all(piece in w for w in labels):
                    return str(regex.escape(piece))
    return label_pattern(role)


_MARKUP = regex.compile(r"^[\s*_#>]+|[\s*_]+$")
_COLUMNS = regex.compile(r"[ \t]{3,}")
_SPACES = regex.compile(r"\s+")
NAME = regex.compile(
    rf"(?:{alternation(lexicons.words('metadata_ranks.tsv'))}[ ]?)?"
    r"\p{Lu}\p{Ll}*+(?:[ ]\p{Lu}\p{Ll}*+){1,5}",
    regex.V1,
)
_LOWER = regex.compile(r"\p{Ll}", regex.V1)
_LETTER = regex.compile(r"\p{L}", regex.V1)


class LineRule:
    """A pattern whose matches lie within one line and each hold a ``cue`` (a short pattern,
    cheap to scan for; or several, each match holding one of them): searched only on the
    lines where a cue occurs.

    ``finditer``/``search`` give what ``pattern``'s do — no match crosses a line break, so the
    matches on a line are the same whether the scan starts at the text's start or the line's,
    and a line without a cue has none — for a fraction of the cost of trying the pattern at
    every position of a long text (a pattern that begins with a line-or-column start, like
    :data:`metadata`'s, finds no literal to skip ahead to). A cue that begins with a literal
    is the cheapest to scan for: the ``regex`` module skips to that literal at memory speed,
    where a cue that begins with a set of characters is tried at every position.
    ``tests/test_metadata.py`` and ``tests/test_metadata_prefilter.py`` check the equality on
    generated text.
    """

    def __init__(self, pattern: str, cue: str | tuple[str, ...], flags: int = 0) -> None:
        self.pattern = regex.compile(pattern, flags)
        self.cues = tuple(
            regex.compile(c, flags) for c in ((cue,) if isinstance(cue, str) else cue)
        )

    @classmethod
    def labelled(cls, role: str, before: str, after: str) -> LineRule:
        """The rule ``before`` + a label of ``role`` + ``after`` (``regex`` V1), cued by the
        labels' :func:`label_cue`: the pattern and its cue read the same labels."""
        return cls(f"{before}(?:{label_pattern(role)}){after}", label_cue(role), regex.V1)

    def match(self, text: str, pos: int = 0) -> regex.Match[str] | None:
        return self.pattern.match(text, pos)

    def _hits(self, text: str, pos: int, end: int) -> Iterator[int]:
        """Where the cues match, in order."""
        if len(self.cues) == 1:
            return (c.start() for c in self.cues[0].finditer(text, pos, end))
        return merge(*((c.start() for c in cue.finditer(text, pos, end)) for cue in self.cues))

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[regex.Match[str]]:
        end = len(text) if endpos is None else min(endpos, len(text))
        done = pos  # lines before this are searched
        for hit in self._hits(text, pos, end):
            if hit < done:
                continue
            line_start = text.rfind("\n", done, hit) + 1 or done
            line_end = text.find("\n", hit, end)
            line_end = end if line_end < 0 else line_end
            yield from self.pattern.finditer(text, line_start, line_end)
            done = line_end + 1

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        return next(self.finditer(text, pos, endpos), None)


def clean(s: str) -> str:
    """Markup stripped, inner whitespace collapsed."""
    return str(_SPACES.sub(" ", _MARKUP.sub("", s))).strip()


def is_upper(s: str) -> bool:
    """Letters, none of them lower case ("PHÓ CHỦ TỊCH")."""
    return bool(_LETTER.search(s)) and not _LOWER.search(s)


def is_name(s: str) -> bool:
    """Two to six capitalized words ("Đông Thị Nghĩa"), maybe after a rank, nothing else."""
    return NAME.fullmatch(s) is not None


_BREAK = re.compile("\n")


class Lines:
    """The lines of a text: ``starts[i]``, ``ends[i]`` (line ``i``, its line break excluded),
    ``raw(i)``, ``text(i)``, ``index_at(pos)``, column segments."""

    def __init__(self, text: str, original: Callable[[int, int], str] | None = None) -> None:
        self.source = text
        self._original = original
        # one pass of the standard engine over the line breaks (a Python loop per line cost
        # four times as much on long documents)
        self.starts = [0, *(m.end() for m in _BREAK.finditer(text))]
        self.ends = [s - 1 for s in self.starts[1:]]
        self.ends.append(len(text))

    def __len__(self) -> int:
        return len(self.starts)

    def value(self, start: int, end: int) -> str:
        """The cleaned text of a span, read from the caller's original text when known."""
        if self._original is None:
            return clean(self.source[start:end])
        return clean(self._original(start, end))

    def raw(self, i: int) -> str:
        return self.source[self.starts[i] : self.ends[i]]

    def text(self, i: int) -> str:
        return clean(self.raw(i))

    def index_at(self, pos: int) -> int:
        """The line holding position ``pos`` (the first for ``pos`` < 0, the last past the end)."""
        return max(0, bisect_right(self.starts, pos) - 1)

    def segments(self, i: int) -> list[tuple[int, int]]:
        """Column segments of line ``i`` as spans (markup kept), left to right."""
        start, end = self.starts[i], self.ends[i]
        out: list[tuple[int, int]] = []
        pos = start
        for m in _COLUMNS.finditer(self.source, start, end):
            if self.source[pos : m.start()].strip():
                out.append((pos, m.start()))
            pos = m.end()
        if self.source[pos:end].strip():
            out.append((pos, end))
        return out

    def blank(self, i: int) -> bool:
        return not self.text(i)

    def nonblank(self, limit: int) -> list[int]:
        """The first ``limit`` lines that are not blank."""
        out: list[int] = []
        for i in range(len(self)):
            if len(out) == limit:
                break
            if not self.blank(i):
                out.append(i)
        return out
