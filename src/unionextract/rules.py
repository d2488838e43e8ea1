"""Rules, candidates and overlap resolution — the one place where overlaps are decided.

A :class:`Rule` is a small frozen value in the manner of Duckling: a unique ``name`` that reads
like the surface form, a compiled ``pattern`` assembled from named sub-patterns, a ``build``
function that turns a match into a :class:`Candidate` (or ``None`` to reject it), and
``examples`` that the rule must match (checked by a meta-test).
"""

from __future__ import annotations

import time
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import regex

if TYPE_CHECKING:
    from .context import Context


@dataclass(frozen=True)
class Candidate:
    """A proposed mention in *normalized* coordinates, before overlap resolution."""

    kind: str
    start: int
    end: int
    rule: str
    fields: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    #: Higher wins among candidates of equal length.
    priority: int = 0

    @property
    def length(self) -> int:
        return self.end - self.start


Build = Callable[["regex.Match[str]", "Context"], "Candidate | Sequence[Candidate] | None"]


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str
    pattern: regex.Pattern[str]
    build: Build
    examples: tuple[str, ...] = ()
    priority: int = 0

    def candidates(self, ctx: Context) -> Iterator[Candidate]:
        """Run the rule over the normalized text."""
        for m in self.pattern.finditer(ctx.text):
            built = self.build(m, ctx)
            if built is None:
                continue
            if isinstance(built, Candidate):
                yield built
            else:
                yield from built

    def candidate(
        self, m: regex.Match[str], fields: dict[str, Any], group: int | str = 0
    ) -> Candidate:
        """A candidate of this rule spanning ``group`` of ``m``."""
        start, end = m.span(group)
        return Candidate(self.kind, start, end, self.name, fields, self.priority)


def run_rules(rules: Iterable[Rule], ctx: Context) -> list[Candidate]:
    out: list[Candidate] = []
    for rule in rules:
        out.extend(rule.candidates(ctx))
    return out


# --- cheap first ------------------------------------------------------------------------------
# A rule's pattern is tried at every position of the text; a long pattern that can begin with a
# word ("khoảng", "một") costs a few microseconds at every word start, about 1 MB/s per rule.
# When a cheap scan (a digit, a number word) tells where matches can begin, trying the pattern
# only there gives the same matches at 10-20x the speed (scripts/bench.py, issue #7).


def starts_before(
    text: str, anchors: Iterable[int], lead_words: frozenset[str], reach: int
) -> list[int]:
    """Sorted candidate starts: each anchor, and each word within ``reach`` characters before
    an anchor whose lower-cased form is in ``lead_words`` (openers, qualifiers: "từ", "khoảng").

    >>> starts_before("khoảng từ 5 đến 7 người", [10, 16], frozenset({"khoảng", "từ"}), 12)
    [0, 7, 10, 16]
    """
    out: set[int] = set()
    for a in anchors:
        out.add(a)
        for w in _WORD.finditer(text, max(0, a - reach), a):
            if w.group().lower() in lead_words:
                out.add(w.start())
    return sorted(out)


_WORD = regex.compile(r"(?<![\p{L}\p{M}\p{N}])[\p{L}\p{M}\p{N}]+", regex.V1)


#: Characters of the window a start is tried on first, once matching has measured slow.
WINDOW = 256
_SLOW_MATCH = 20e-6  # seconds per start, on average over a block of starts
_BLOCK = 32


def run_at(
    rules: Iterable[Rule], ctx: Context, starts: Sequence[int], *, retry: bool = False
) -> list[Candidate]:
    """:func:`run_rules`, but trying each pattern only at ``starts`` (sorted, ascending).

    The result is the same as :func:`run_rules` when every match of every rule begins at one
    of ``starts`` — a property of the rules and the anchors that the caller vouches for (test
    it on a corpus: ``run_at(...) == run_rules(...)``). With ``retry``, a match its build
    rejects does not hide the text it covered: the next start after it is tried ("không một
    đồng" still finds "một đồng"), as the quantity extractors do.

    One ``match`` may cost more than the text it reads: the ``regex`` module looks through the
    rest of the text for a literal that every match must contain, on every call, which is
    quadratic on a long stretch without it. So once matches at the starts turn out slow, each
    start is first tried on a window of :data:`WINDOW` characters: a failure there is a failure
    (a partial match there would have been reported), anything else is matched again on the
    whole text. The result never depends on the window, only the time. Wrapping a pattern as
    ``(?:(?!)|...)`` (same matches, no required-literal search) avoids the cost altogether, as
    the dates extractor does.
    """
    text = ctx.text
    size = len(text)
    out: list[Candidate] = []
    for rule in rules:
        match = rule.pattern.match
        last, windowed, tried, clock = 0, False, 0, time.process_time()
        for s in starts:
            if s < last:
                continue
            if windowed:
                if match(text, s, min(size, s + WINDOW), partial=True) is None:
                    continue
            else:
                tried += 1
                if tried == _BLOCK:
                    now = time.process_time()
                    windowed = now - clock > _SLOW_MATCH * _BLOCK
                    tried, clock = 0, now
            m = match(text, s)
            if m is None:
                continue
            built = rule.build(m, ctx)
            if built is None:
                if not retry:
                    last = max(m.end(), s + 1)
                continue
            if isinstance(built, Candidate):
                out.append(built)
            else:
                out.extend(built)
            last = max(m.end(), s + 1)
    return out


# Kinds that are readings of the same digits and so exclude one another. Where two candidates
# of these kinds overlap, the longer wins; at equal length, the earlier kind in this tuple wins
# (a document number beats a date: "21/7/2021" inside "Số 21/7/2021/QĐ-..." is not a date).
# Organizations are names, not readings of digits, and may overlap any of these.
EXCLUSIVE_KINDS: tuple[str, ...] = ("document_number", "date", "money", "percent", "count")

# (inner, outer): a candidate of kind ``inner`` overlapping a kept ``outer`` one is dropped.
# The issuer code in "732/LĐLĐ" is part of a number, not a mention of an organization.
SUBORDINATE: tuple[tuple[str, str], ...] = (("organization", "document_number"),)


def _order(c: Candidate, rank: dict[str, int]) -> tuple[int, int, int, int]:
    return (-c.length, rank.get(c.kind, len(rank)), -c.priority, c.start)


def _greedy(cands: Sequence[Candidate], rank: dict[str, int]) -> list[Candidate]:
    """Longest-first greedy selection of non-overlapping candidates (spaCy's filter_spans).

    The characters taken so far are marked in a byte array: a candidate is kept when none of
    its characters is marked. Each test and mark runs in C over the candidate's own length, so
    the selection stays linear in the text (a sorted list of taken spans, with an insertion per
    kept span, was quadratic when short spans came before many longer ones)."""
    ordered = sorted((c for c in cands if c.end > c.start), key=lambda c: _order(c, rank))
    if not ordered:
        return []
    covered = bytearray(max(c.end for c in ordered))
    taken: list[Candidate] = []
    for c in ordered:
        if covered.find(1, c.start, c.end) >= 0:
            continue
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
        taken.append(c)
    return sorted(taken, key=lambda c: (c.start, c.end))


def resolve_overlaps(cands: Iterable[Candidate]) -> list[Candidate]:
    """Keep a non-overlapping set per kind, and across :data:`EXCLUSIVE_KINDS`.

    >>> a = Candidate("date", 5, 14, "d")
    >>> b = Candidate("document_number", 0, 20, "n")
    >>> c = Candidate("organization", 0, 20, "o")
    >>> d = Candidate("organization", 25, 30, "o")
    >>> [(x.rule, x.start) for x in resolve_overlaps([a, b, c, d])]
    [('n', 0), ('o', 25)]
    """
    rank = {k: i for i, k in enumerate(EXCLUSIVE_KINDS)}
    exclusive: list[Candidate] = []
    others: dict[str, list[Candidate]] = {}
    for c in cands:
        if c.kind in rank:
            exclusive.append(c)
        else:
            others.setdefault(c.kind, []).append(c)
    kept = _greedy(exclusive, rank)
    for inner, outer in SUBORDINATE:
        if inner in others:
            blockers = [c for c in kept if c.kind == outer]
            starts = [b.start for b in blockers]
            others[inner] = [c for c in others[inner] if not _overlaps_any(c, blockers, starts)]
    for group in others.values():
        kept.extend(_greedy(group, rank))
    return sorted(kept, key=lambda c: (c.start, c.end, c.kind))


def _overlaps_any(c: Candidate, sorted_spans: Sequence[Candidate], starts: list[int]) -> bool:
    """Whether ``c`` overlaps one of ``sorted_spans`` (sorted by start, disjoint)."""
    i = bisect_right(starts, c.start)
    if i and sorted_spans[i - 1].end > c.start:
        return True
    return i < len(sorted_spans) and sorted_spans[i].start < c.end


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, escaped, longest first (never paste word lists).

    >>> alternation(["tỷ", "tỷ đồng", "k"])
    '(?:tỷ\\\\ đồng|tỷ|k)'
    """
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    if not unique:
        return "(?!)"
    return "(?:" + "|".join(regex.escape(w) for w in unique) + ")"
