"""Money's cues found in one pass (issue #7): :class:`CueScan`, what
:func:`~unionextract.quantity.cue_positions` gives for several lists of literals, without a string search per
literal (money looks for 57: currencies, codes and scale words)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

#: Characters of Vietnamese text as written, the most frequent first (counted on the legal
#: gazette; "-" put before "ơ": runs of dashes, "12-12-…", are common in tables): :class:`CueScan`
#: looks for a literal by its rarest character (one not listed is rarer than all). Only the
#: speed depends on this order.
_COMMON = (
    " nhitcg\nuođamưàáy,p.ảbvlr1sệộ2kq0ềểốếịạTdNợủ-ơCe3óBờĐx5êậ/ớôíụứãHấựâổă4)ở6;ửLì7ầừ9ồ:8GQSý"
    'PỹKữIV(ặọOỉM_ÁẩXằÔắ+AUòùD"úẫYỏẻRỗỳ…%ỘĩỦẢƯéỆèÀfũỡỂẾõỷễFÍEỊÃẠỀỐ'
)


class CueScan:
    """:func:`~unionextract.quantity.cue_positions` of several lists of literals in one pass
    over the text as written: each literal is looked for by its rarest character, the
    ``anchor`` (:data:`_COMMON`), and one pattern of the standard library's engine scans for
    the anchors — a set of characters, skipped over in C — checking around each the rest of a
    literal anchored there (lookbehind, lookahead). A list marked ``folded`` (its literals in
    lower case) is looked for in the lower-cased text: its anchors are looked for in each case
    (:func:`_cases`) and checked case-insensitively, then each literal compared in ``lowered``
    where several share the anchor (the only one of an anchor was matched whole by the engine).

    Guarantee: a literal that begins at ``s`` has its anchor at ``s + k``, where its own
    alternative matches (the engine's case-insensitive match holds two characters whose lower
    cases are equal); every match is one character long, so the scan tries every position
    and misses none. At each match every literal with that anchor is compared whole (the only
    one of an anchor was matched whole): the positions (one per occurrence of a literal, in
    another order) are those of :func:`~unionextract.quantity.cue_positions` in the text as
    written, list by list, and for a folded list those in ``lowered`` and perhaps more (where
    the engine's case-insensitive match, not ``str.lower``, finds the only literal of an
    anchor), tests/test_quantity_anchors.py. A cue more costs money time, never a match.

    >>> scan = CueScan([["$", "US$", "đồng"], ["triệu"]], folded=[False, True])
    >>> text = "US$ 5, 7 Triệu đồng"
    >>> scan.positions(text, text.lower())
    ([2, 0, 15], [9])
    """

    def __init__(self, groups: Iterable[Iterable[str]], folded: Sequence[bool] = ()) -> None:
        #: (literal, k, list, folded) by anchor as written
        self._by_anchor: dict[str, list[tuple[str, int, int, bool]]] = {}
        self._groups = 0
        for g, literals in enumerate(groups):
            self._groups += 1
            fold = g < len(folded) and folded[g]
            for lit in sorted(set(literals)):
                if not lit:
                    raise ValueError("a cue must not be empty")
                if fold and lit != lit.lower():
                    raise ValueError(f"a folded cue must be in lower case: {lit!r}")
                k = _anchor(lit)
                for a in _cases(lit[k]) if fold else (lit[k],):
                    self._by_anchor.setdefault(a, []).append((lit, k, g, fold))
        alternatives = []
        for anchor, entries in sorted(self._by_anchor.items()):
            checks = []
            for lit, k, _, fold in entries:
                before = f"(?<={re.escape(lit[: k + 1])})" if k else ""
                after = f"(?={re.escape(lit[k + 1 :])})" if k + 1 < len(lit) else ""
                checks.append(
                    f"(?i:{before}{after})" if fold and before + after else before + after
                )
            # each alternative begins with its anchor as a literal: the engine then skips to the
            # set of anchors in C
            if "" in checks:  # the anchor alone is a literal
                alternatives.append(re.escape(anchor))
            else:
                alternatives.append(f"{re.escape(anchor)}(?:{'|'.join(checks)})")
        self._pattern = re.compile("|".join(alternatives) or "(?!)")
        # an anchor of one literal: its match is that literal as written, or in a case the
        # engine matches (a superset: see the class), nothing to compare
        self._single = {
            a: entries[0] for a, entries in self._by_anchor.items() if len(entries) == 1
        }

    def positions(self, text: str, lowered: str) -> tuple[list[int], ...]:
        """Where each literal of each list begins in ``text`` (``lowered``, the text lower-cased
        with its length, for a folded list), as :func:`~unionextract.quantity.cue_positions`
        gives, in the order of their anchors in the text."""
        out: tuple[list[int], ...] = tuple([] for _ in range(self._groups))
        by_anchor, single = self._by_anchor, self._single
        starts, lower_starts = text.startswith, lowered.startswith
        for m in self._pattern.finditer(text):
            a = m.start()
            anchor = text[a]
            one = single.get(anchor)
            if one is not None:
                out[one[2]].append(a - one[1])
                continue
            for lit, k, g, fold in by_anchor[anchor]:
                if a >= k and (lower_starts if fold else starts)(lit, a - k):
                    out[g].append(a - k)
        return out


def _cases(ch: str) -> list[str]:
    """The characters as written that lower-case to ``ch`` (a lower-case letter), as far as
    money's anchors go: itself, its upper and title case (tests/test_quantity_anchors.py
    checks every character that lower-cases to an anchor of money's scan)."""
    return sorted({c for c in (ch, ch.upper(), ch.title()) if len(c) == 1 and c.lower() == ch})


def _anchor(literal: str) -> int:
    """The index of the rarest character of ``literal`` (the first of equally rare ones)."""
    best, rarity = 0, -1
    for i, ch in enumerate(literal):
        r = _COMMON.find(ch)
        r = len(_COMMON) if r < 0 else r
        if r > rarity:
            best, rarity = i, r
    return best
