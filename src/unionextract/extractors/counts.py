"""Counts: a number and the noun phrase it counts ("65 suất quà", "trên 1.000 lượt học sinh").

>>> from unionextract import extract
>>> [(c.value, c.unit, c.qualifier) for c in extract("tặng 65 suất quà cho công nhân").counts]
[(65, 'suất quà', 'exact')]
"""

from __future__ import annotations

import regex

from .. import lexicons
from ..context import Context
from ..numbers import DIGITS, WORDS, parse_number, to_int
from ..quantity import QUALIFIER, bounds, qualifier_of
from ..rules import Candidate, Rule, alternation, run_rules

KIND = "count"

UNITS = lexicons.words("count_units.tsv")
_MAGNITUDES = {r[0]: (int(r[1]), int(r[2])) for r in lexicons.rows("order_of_magnitude.tsv")}
_WB = r"(?<![\p{L}\p{N}.,/-])"
_WE = r"(?![\p{L}\p{N}])"


def _build(m: regex.Match[str], ctx: Context) -> Candidate | None:
    try:
        value = to_int(parse_number(m.group("n")))
    except ValueError:
        return None
    if value is None:
        return None
    qualifier = qualifier_of(m.group("qual"))
    low, high = bounds(qualifier, value)
    return NUMBER_UNIT.candidate(
        m,
        {"value": value, "low": low, "high": high, "qualifier": qualifier, "unit": m.group("unit")},
    )


NUMBER_UNIT = Rule(
    name="<qualifier>? <number> <counted noun>",
    kind=KIND,
    pattern=regex.compile(
        rf"{_WB}(?:(?P<qual>{QUALIFIER})[ ]+)?(?P<n>{DIGITS}|{WORDS})[ ]+"
        rf"(?P<unit>{alternation(UNITS)}){_WE}",
        regex.V1,
    ),
    build=_build,
    examples=("65 suất quà", "trên 1.000 lượt học sinh", "23 mô hình"),
)


def _build_magnitude(m: regex.Match[str], ctx: Context) -> Candidate | None:
    low, high = _MAGNITUDES[" ".join(m.group("mag").lower().split())]
    return MAGNITUDE_UNIT.candidate(
        m, {"value": None, "low": low, "high": high, "qualifier": "range", "unit": m.group("unit")}
    )


MAGNITUDE_UNIT = Rule(
    name="hàng <trăm|nghìn> <counted noun>",
    kind=KIND,
    pattern=regex.compile(
        rf"{_WB}(?P<mag>{alternation(_MAGNITUDES)})[ ]+(?P<unit>{alternation(UNITS)}){_WE}",
        regex.V1 | regex.IGNORECASE,
    ),
    build=_build_magnitude,
    examples=("hàng trăm hộ gia đình",),
)

RULES: tuple[Rule, ...] = (NUMBER_UNIT, MAGNITUDE_UNIT)


def extract(ctx: Context) -> list[Candidate]:
    return run_rules(RULES, ctx)
