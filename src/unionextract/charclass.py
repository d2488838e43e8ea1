"""Character classes written out as code-point ranges, for patterns that must read a set of
characters exactly as another engine or ``str`` method does (the prescans of normalization,
the dates' and counts' scans in ``re``)."""

from __future__ import annotations

from collections.abc import Iterable


def _escape(cp: int) -> str:
    return f"\\u{cp:04x}" if cp <= 0xFFFF else f"\\U{cp:08x}"


def from_ranges(ranges: Iterable[tuple[int, int]], negate: bool = False) -> str:
    """A class (``re`` and ``regex`` read it alike) of the inclusive ``(first, last)`` ranges.

    >>> from_ranges([(0x61, 0x63), (0x1D7CE, 0x1D7CE)])
    '[\\\\u0061-\\\\u0063\\\\U0001d7ce]'
    """
    body = "".join(_escape(a) + (f"-{_escape(b)}" if b > a else "") for a, b in ranges)
    return "[" + ("^" if negate else "") + body + "]"


def from_codepoints(codepoints: Iterable[int], negate: bool = False) -> str:
    """A class of ``codepoints`` (any order), adjacent ones joined into ranges.

    >>> import re; bool(re.fullmatch(from_codepoints([0x62, 0x61, 0x1EA1]) + "+", "abạ"))
    True
    """
    ranges: list[list[int]] = []
    for cp in sorted(codepoints):
        if ranges and ranges[-1][1] >= cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return from_ranges(((a, b) for a, b in ranges), negate)
