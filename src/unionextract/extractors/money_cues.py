"""Money's cues found in one pass (issue #7): :class:`CueScan`, what
:func:`~unionextract.quantity.cue_positions` gives for several lists of literals, without a string search per
literal (money looks for 46: currencies, codes and scale words)."""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Characters of Vietnamese text, lower-cased, the most frequent first (counted on the legal
#: gazette): :class:`CueScan` looks for a literal by its rarest character (one not listed
#: is rarer than all). Only the speed depends on this order.
_COMMON = (
    " nhticg\nuđoambápưày,ả.lvskrqệộ120ềểếốịạdủợơxeôó3ờ5êậ/íụớứã-ấổựâă4)ở6ử;ìầ7ừ9ồ:8ýỹữ(ặọỉ_"
    'ẩằắ+òù"úẫỏẻĩỳỗ…%f'
)


class CueScan:
    """:func:`~unionextract.quantity.cue_positions` of several lists of literals in one pass:
    each literal is looked for by its rarest character, the ``anchor`` (:data:`_COMMON`), and
    one pattern of the standard library's engine scans for the anchors — a set of characters,
    skipped over in C — checking around each the rest of a literal anchored there
    (lookbehind, lookahead).

    Guarantee: a literal that begins at ``s`` has its anchor at ``s + k``, where its own
    alternative matches; every match is one character long, so the scan tries every position
    and misses none. At each match every literal with that anchor is compared whole (the only
    one of an anchor was matched whole): the positions (one per occurrence of a literal, in
    another order) are those of :func:`~unionextract.quantity.cue_positions`, list by list
    (tests/test_quantity_anchors.py).

    >>> CueScan([["$", "us$", "đồng"], ["triệu"]]).positions("us$ 5, 7 triệu đồng")
    ([2, 0, 15], [9])
    """

    def __init__(self, groups: Iterable[Iterable[str]]) -> None:
        self._by_anchor: dict[str, list[tuple[str, int, int]]] = {}
        self._groups = 0
        for g, literals in enumerate(groups):
            self._groups += 1
            for lit in sorted(set(literals)):
                if not lit:
                    raise ValueError("a cue must not be empty")
                k = _anchor(lit)
                self._by_anchor.setdefault(lit[k], []).append((lit, k, g))
        alternatives = []
        for anchor, entries in sorted(self._by_anchor.items()):
            checks = []
            for lit, k, _ in entries:
                before = f"(?<={re.escape(lit[: k + 1])})" if k else ""
                after = f"(?={re.escape(lit[k + 1 :])})" if k + 1 < len(lit) else ""
                checks.append(before + after)
            if "" in checks:  # the anchor alone is a literal
                alternatives.append(re.escape(anchor))
            else:
                alternatives.append(f"{re.escape(anchor)}(?:{'|'.join(checks)})")
        self._pattern = re.compile("|".join(alternatives) or "(?!)")
        # an anchor of one literal: its match is that literal, nothing to compare
        self._single = {
            a: (k, g)
            for a, entries in self._by_anchor.items()
            if len(entries) == 1
            for _, k, g in entries
        }

    def positions(self, lowered: str) -> tuple[list[int], ...]:
        """Where each literal of each list begins in ``lowered`` (as for
        :func:`~unionextract.quantity.cue_positions`), in the order of their anchors in the text."""
        out: tuple[list[int], ...] = tuple([] for _ in range(self._groups))
        by_anchor, single, starts = self._by_anchor, self._single, lowered.startswith
        for m in self._pattern.finditer(lowered):
            a = m.start()
            anchor = lowered[a]
            one = single.get(anchor)
            if one is not None:
                out[one[1]].append(a - one[0])
                continue
            for lit, k, g in by_anchor[anchor]:
                if a >= k and starts(lit, a - k):
                    out[g].append(a - k)
        return out


def _anchor(literal: str) -> int:
    """The index of the rarest character of ``literal`` (the first of equally rare ones)."""
    best, rarity = 0, -1
    for i, ch in enumerate(literal):
        r = _COMMON.find(ch)
        r = len(_COMMON) if r < 0 else r
        if r > rarity:
            best, rarity = i, r
    return best
