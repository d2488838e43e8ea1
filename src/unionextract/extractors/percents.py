"""Percents: "100%", "12,5 %", "2 phần trăm", "từ 5 đến 7%", with qualifiers.

>>> from unionextract import extract
>>> [(p.value, p.qualifier) for p in extract("đạt trên 12,5% kế hoạch").percents]
[(Decimal('12.5'), 'over')]
>>> [(p.low, p.high, p.qualifier) for p in extract("tăng 5-7% so với cùng kỳ").percents]
[(Decimal('5'), Decimal('7'), 'range')]
"""

from __future__ import annotations

import regex

from .. import lexicons
from ..context import Context
from ..numbers import DIGITS, NUMBER_START, NUMBER_WORDS, WORDS, parse_number
from ..quantity import (
    APPROX_WORDS,
    OPEN_WORDS,
    QUALIFIER,
    QUALIFIER_WORDS,
    RANGE_OPEN,
    RANGE_SEP,
    RANGE_START,
    RANGE_WORDS,
    SEP_WORDS,
    SIMPLE_FOLD,
    TAIL,
    Anchors,
    Stretch,
    bounds,
    cue_positions,
    first_words,
    prefix_free,
    prefix_reach,
    qualifier_of,
    range_words_ok,
    tail_qualifier,
)
from ..rules import Candidate, Rule, alternation, run_at

KIND = "percent"
_FLAGS = regex.V1 | regex.IGNORECASE
_WE = r"(?![\p{L}\p{M}\p{N}])"
#: "%" or the words for it ("phần trăm"); from data/percent_signs.tsv.
_SIGNS = lexicons.words("percent_signs.tsv")
SIGN = (
    rf"(?:{alternation(w for w in _SIGNS if not w[0].isalpha())}"
    rf"|{alternation(w for w in _SIGNS if w[0].isalpha())}{_WE})"
)
_N = rf"(?:{DIGITS}|{WORDS})"


def _build(m: regex.Match[str], ctx: Context) -> Candidate | None:
    try:
        value = parse_number(m.group("n"))
    except ValueError:
        return None
    tail = m.group("tail")
    qualifier = tail_qualifier(tail) or qualifier_of(m.group("qual"))
    low, high = bounds(qualifier, value)
    start = m.start()
    if m.group("open") and not tail:
        start = m.start("qual") if m.group("qual") else m.start("n")
    fields = {"value": value, "low": low, "high": high, "qualifier": qualifier}
    return Candidate(KIND, start, m.end(), PERCENT.name, fields, PERCENT.priority)


PERCENT = Rule(
    name="<qualifier>? <number> %|phần trăm",
    kind=KIND,
    pattern=regex.compile(
        rf"{SIMPLE_FOLD}{NUMBER_START}(?:(?P<open>{RANGE_OPEN})[ ]+)?(?:(?P<qual>{QUALIFIER})[ ]+)?"
        rf"(?P<n>{_N})[ ]?{SIGN}(?:[ ]+(?P<tail>{TAIL}))?",
        _FLAGS,
    ),
    build=_build,
    examples=("100%", "12,5 %", "hai phần trăm", "gần 30%", "từ 50% trở lên"),
)


def _build_range(m: regex.Match[str], ctx: Context) -> Candidate | None:
    if not range_words_ok(m.group("open"), m.group("sep")):
        return None
    try:
        low, high = parse_number(m.group("a")), parse_number(m.group("b"))
    except ValueError:
        return None
    if low >= high:
        return None
    fields = {"value": None, "low": low, "high": high, "qualifier": "range"}
    return RANGE.candidate(m, fields)


RANGE = Rule(
    name="<từ>? <number>%? <đến|-> <number> %",
    kind=KIND,
    pattern=regex.compile(
        rf"{RANGE_START}"
        rf"(?P<a>{_N})(?:[ ]?{SIGN})?(?P<sep>{RANGE_SEP})(?P<b>{_N})[ ]?{SIGN}",
        _FLAGS,
    ),
    build=_build_range,
    examples=("5-7%", "từ 5% đến 7%", "khoảng 10 - 15 phần trăm"),
)

RULES: tuple[Rule, ...] = (PERCENT, RANGE)


#: The longest text a rule allows before its first number (runs of spaces as one): a range
#: opener and a qualifier, or "about" and a range opener.
REACH = max(prefix_reach(OPEN_WORDS, QUALIFIER_WORDS), prefix_reach(APPROX_WORDS, OPEN_WORDS))
ANCHORS = Anchors(first_words([*QUALIFIER_WORDS, *OPEN_WORDS]), (), REACH)


#: Every match of both rules ends in a percent sign (a cue) and holds before its first sign only
#: numbers, qualifiers and range words: this stretch, read back from each sign.
STRETCH = Stretch([*NUMBER_WORDS, *QUALIFIER_WORDS, *RANGE_WORDS])
_CUES = prefix_free(s.lower() for s in _SIGNS)
_SEPS = prefix_free(w.lower() for w in SEP_WORDS)


def extract(ctx: Context) -> list[Candidate]:
    """The rules tried at the numbers and lead words of the stretches before a sign: what
    :func:`quantity.run_anchored` finds (tests/test_quantity_anchors.py), reading little more
    than the signs when there are few."""
    text = ctx.text
    lowered = ctx.lower  # the text's length (see Context.lower): positions carry over
    spans = STRETCH.spans(text, cue_positions(lowered, _CUES))
    # RANGE holds a separator: with none in the text ("5%5%5%…"), it is not tried.
    rules = RULES if any(sep in lowered for sep in _SEPS) else RULES[:1]
    return run_at(rules, ctx, ANCHORS.starts_in(text, spans), retry=True)
