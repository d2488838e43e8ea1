"""Qualifiers and bounds shared by money, counts and percents (CONTRACT.md).

>>> bounds("over", 5)
(5, None)
>>> bounds("nearly", 5)
(None, 5)
>>> bounds("exact", 5)
(5, 5)
"""

from __future__ import annotations

from typing import TypeVar

from . import lexicons
from .rules import alternation

T = TypeVar("T")

QUALIFIER_WORDS: dict[str, str] = lexicons.mapping("qualifiers.tsv")
#: Any qualifier word, for patterns: ``(?P<qual>{QUALIFIER})\\s+`` before a quantity.
QUALIFIER = alternation(QUALIFIER_WORDS)


def qualifier_of(word: str | None) -> str:
    """The qualifier a word gives (case-insensitive); ``exact`` for none."""
    if not word:
        return "exact"
    return QUALIFIER_WORDS.get(" ".join(word.lower().split()), "exact")


def bounds(qualifier: str, value: T) -> tuple[T | None, T | None]:
    """(low, high) implied by a qualifier on a point value."""
    if qualifier == "exact":
        return value, value
    if qualifier in ("over", "at_least"):
        return value, None
    if qualifier in ("under", "at_most", "nearly"):
        return None, value
    return None, None
