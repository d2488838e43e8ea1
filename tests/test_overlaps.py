"""Overlap resolution: longest first, then kind rank, priority and position; linear time."""

from __future__ import annotations

import itertools
import time
from bisect import bisect_right

from hypothesis import given, settings
from hypothesis import strategies as st

from unionextract.rules import EXCLUSIVE_KINDS, Candidate, _greedy, _order, resolve_overlaps

RANK = {k: i for i, k in enumerate(EXCLUSIVE_KINDS)}


def _reference(cands: list[Candidate]) -> list[Candidate]:
    """The plain statement: in order, keep a candidate that overlaps no kept one."""
    kept: list[Candidate] = []
    for c in sorted(cands, key=lambda c: _order(c, RANK)):
        if c.end > c.start and all(c.end <= k.start or k.end <= c.start for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: (c.start, c.end))


CANDIDATES = st.lists(
    st.builds(
        lambda kind, start, length, priority: Candidate(
            kind, start, start + length, f"r{start}", priority=priority
        ),
        st.sampled_from(EXCLUSIVE_KINDS),
        st.integers(0, 60),
        st.integers(0, 12),
        st.integers(-1, 1),
    ),
    max_size=40,
)


@settings(max_examples=400, deadline=None)
@given(CANDIDATES)
def test_greedy_selection_is_the_plain_statement(cands: list[Candidate]) -> None:
    assert _greedy(cands, RANK) == _reference(cands)


@given(CANDIDATES)
def test_resolved_mentions_of_a_kind_never_overlap(cands: list[Candidate]) -> None:
    out = resolve_overlaps(cands)
    spans = sorted((c.start, c.end) for c in out)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    starts = [s for s, _ in spans]
    for c in cands:  # every dropped candidate overlaps a kept one
        if c not in out and c.end > c.start:
            i = bisect_right(starts, c.start)
            assert (i and spans[i - 1][1] > c.start) or (i < len(spans) and spans[i][0] < c.end)


def _short_before_long(n: int) -> list[Candidate]:
    """Short spans first in the text, longer ones after: the longer are kept first, and each
    short one then lands before all of them."""
    short = [Candidate("percent", 3 * i, 3 * i + 2, "r") for i in range(n)]
    long = [Candidate("percent", 3 * n + 4 * i, 3 * n + 4 * i + 3, "r") for i in range(n)]
    return short + long


def test_resolution_is_linear_when_short_spans_come_first() -> None:
    def cost(n: int) -> float:
        cands = _short_before_long(n)
        start = time.process_time()
        resolve_overlaps(cands)
        return time.process_time() - start

    small, large = min(cost(20_000) for _ in range(2)), min(cost(80_000) for _ in range(2))
    assert large <= 6 * small + 0.02, (small, large)
