"""Percents: "100%", "12,5 %", "2 phần trăm", with qualifiers.

>>> from unionextract import extract
>>> [(p.value, p.qualifier) for p in extract("đạt trên 12,5% kế hoạch").percents]
[(Decimal('12.5'), 'over')]
"""

from __future__ import annotations

import regex

from ..context import Context
from ..numbers import DIGITS, WORDS, parse_number
from ..quantity import QUALIFIER, bounds, qualifier_of
from ..rules import Candidate, Rule, run_rules

KIND = "percent"
_WB = r"(?<![\p{L}\p{N}.,])"


def _build(m: regex.Match[str], ctx: Context) -> Candidate | None:
    try:
        value = parse_number(m.group("n"))
    except ValueError:
        return None
    qualifier = qualifier_of(m.group("qual"))
    low, high = bounds(qualifier, value)
    return PERCENT.candidate(m, {"value": value, "low": low, "high": high, "qualifier": qualifier})


PERCENT = Rule(
    name="<qualifier>? <number> %|phần trăm",
    kind=KIND,
    pattern=regex.compile(
        rf"{_WB}(?:(?P<qual>{QUALIFIER})[ ]+)?(?P<n>{DIGITS}|{WORDS})[ ]?(?:%|phần[ ]+trăm(?![\p{{L}}]))",
        regex.V1,
    ),
    build=_build,
    examples=("100%", "12,5 %", "hai phần trăm", "gần 30%"),
)

RULES: tuple[Rule, ...] = (PERCENT,)


def extract(ctx: Context) -> list[Candidate]:
    return run_rules(RULES, ctx)
