"""Money amounts: a number (figures or words, with scales) beside a currency.

>>> from unionextract import extract
>>> [(m.amount, m.qualifier) for m in extract("tổng số tiền 38.5 triệu đồng").money]
[(Decimal('38500000'), 'exact')]
>>> m = extract("số tiền hàng chục tỷ đồng").money[0]
>>> (m.amount, m.low, m.high, m.qualifier)
(None, Decimal('10000000000'), Decimal('100000000000'), 'range')
>>> m = extract("mức hỗ trợ từ 5 đến 7 triệu đồng/người").money[0]
>>> (m.low, m.high, m.qualifier, m.per)
(Decimal('5000000'), Decimal('7000000'), 'range', 'người')
>>> extract("5 đồng chí").money
()
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import regex

from .. import lexicons
from ..context import Context
from ..numbers import (
    AMOUNT,
    FIGURE_AMOUNT,
    NUMBER_START,
    NUMBER_WORDS,
    SCALE_WORDS,
    SHORT_SCALES,
    parse_number,
)
from ..quantity import (
    APPROX,
    APPROX_WORDS,
    MAGNITUDE,
    MAGNITUDE_SCALES,
    MAGNITUDE_WORDS,
    OPEN_WORDS,
    QUALIFIER,
    QUALIFIER_WORDS,
    RANGE_OPEN,
    RANGE_SEP,
    RANGE_START,
    RANGE_WORDS,
    SIMPLE_FOLD,
    TAIL,
    Anchors,
    Stretch,
    bounds,
    digit_pair_bounds,
    first_words,
    magnitude_bounds,
    prefix_free,
    prefix_reach,
    qualifier_of,
    range_bounds,
    range_words_ok,
    reach_back,
    tail_qualifier,
)
from ..rules import Candidate, Rule, alternation, run_at
from .money_cues import CueScan
from .money_grammar import (
    _CENTS,
    _EN_THOUSANDS,
    _FLAGS,
    _PER,
    _PER_UNITS,
    _PREFIX,
    _PREFIXES,
    _SUBUNITS,
    _WB,
    _WE,
    CURRENCIES,
    CURRENCY,
    _code,
    money_number,
)
from .money_scan import d_after, grouped_figures

KIND = "money"


def _fields(
    amount: Decimal | None, low: Any, high: Any, cur: str, qual: str, per: Any
) -> dict[str, Any]:
    return {
        "amount": amount,
        "low": low,
        "high": high,
        "currency": cur,
        "qualifier": qual,
        "per": per,
    }


def _start(m: regex.Match[str]) -> int:
    """Where the mention starts: "từ" belongs to it only with "trở lên/xuống"."""
    if m.group("open") and not m.group("tail"):
        return int(m.start("qual") if m.group("qual") else m.start("amount"))
    return int(m.start())


def _build_amount(m: regex.Match[str], ctx: Context) -> Candidate | None:
    # the groups in one call (a call each costs as much as the rest of a short build)
    text, cur, cents, half, per, tail, qual = m.group(
        "amount", "cur", "cents", "half", "per", "tail", "qual"
    )
    pair = digit_pair_bounds(text)
    if pair is not None and not cents and not half:
        # "hai ba triệu đồng": two or three million
        fields = _fields(None, pair[0], pair[1], _code(cur) or "VND", "range", per)
        return Candidate(KIND, _start(m), m.end(), AMOUNT_RULE.name, fields, AMOUNT_RULE.priority)
    try:
        amount = money_number(text)
    except ValueError:
        return None
    currency = _code(cur) or "VND"
    if amount == 0 and currency == "VND" and text[0].isalpha():
        return None  # "không đồng …" is "not …" far more often than zero đồng
    end = m.end()
    if cents:
        try:
            cent_value = parse_number(cents)
        except ValueError:
            return None
        per_unit = _SUBUNITS.get((m.group("subunit") or "xu").lower(), 100)
        if currency == "VND" or cent_value >= per_unit:
            end, per, tail = m.end("cur"), None, None  # "500 đồng 20 ..." keeps only the money
        else:
            amount += cent_value / per_unit
    elif half:
        amount += Decimal("0.5")
    qualifier = tail_qualifier(tail) or qualifier_of(qual)
    low, high = bounds(qualifier, amount)
    fields = _fields(amount, low, high, currency, qualifier, per)
    return Candidate(KIND, _start(m), end, AMOUNT_RULE.name, fields, AMOUNT_RULE.priority)


AMOUNT_RULE = Rule(
    name="<qualifier>? <amount> <currency>",
    kind=KIND,
    pattern=regex.compile(
        rf"{SIMPLE_FOLD}{NUMBER_START}(?:(?P<open>{RANGE_OPEN})[ ]+)?(?:(?P<qual>{QUALIFIER})[ ]+)?"
        rf"(?P<amount>{AMOUNT})[ ]?(?P<cur>{CURRENCY})"
        rf"(?:(?P<half>[ ]+rưỡi{_WE})|{_CENTS})?{_PER}?(?:[ ]+(?P<tail>{TAIL}))?",
        _FLAGS,
    ),
    build=_build_amount,
    examples=(
        "38.5 triệu đồng",
        "12.000.000 đồng",
        "trên 13 tỷ đồng",
        "6,5 triệu đồng/người",
        "[Một trăm hai mươi triệu đồng] chẵn",
        "150,000 USD",
        "từ 7000 đồng trở xuống",
        "2 đô la và 23 xen",
        "50.000đ",
    ),
)


def _build_prefix(m: regex.Match[str], ctx: Context) -> Candidate | None:
    try:
        amount = money_number(m.group("amount"))
    except ValueError:
        return None
    qualifier = tail_qualifier(m.group("tail")) or qualifier_of(m.group("qual"))
    low, high = bounds(qualifier, amount)
    fields = _fields(amount, low, high, _code(m.group("cur")) or "USD", qualifier, None)
    return Candidate(KIND, _start(m), m.end(), PREFIX_RULE.name, fields, PREFIX_RULE.priority)


PREFIX_RULE = Rule(
    name="<currency symbol or code><amount>",
    kind=KIND,
    pattern=regex.compile(
        rf"{SIMPLE_FOLD}{_WB}(?:(?P<open>{RANGE_OPEN})[ ]+)?(?:(?P<qual>{QUALIFIER})[ ]+)?"
        rf"(?P<cur>{_PREFIX})[ ]?(?P<amount>{FIGURE_AMOUNT}){_WE}(?:[ ]+(?P<tail>{TAIL}))?",
        _FLAGS,
    ),
    build=_build_prefix,
    examples=("$10", "€20", "USD1,23", "EUR 20", "VN$1000", "từ $1,42 trở lên", "$1,500"),
)


def _grouped(s: str) -> str:
    """ "1,500" → "1500" (see :func:`money_number`), other amounts unchanged."""
    return s.replace(",", "") if _EN_THOUSANDS.fullmatch(s.strip()) else s


def _build_range(m: regex.Match[str], ctx: Context) -> Candidate | None:
    if not range_words_ok(m.group("open"), m.group("sep")):
        return None
    codes = {_code(m.group(g)) for g in ("cur1", "cura", "cur2", "cur")} - {None}
    if len(codes) != 1 or not (m.group("cur") or m.group("cur2")):
        return None
    got = range_bounds(*(_grouped(m.group(g)) for g in ("a", "b")))
    if got is None:
        return None
    fields = _fields(None, got[0], got[1], codes.pop() or "VND", "range", m.group("per"))
    return RANGE_RULE.candidate(m, fields)


RANGE_RULE = Rule(
    name="<từ|giữa>? <amount> <đến|-|và> <amount> <currency>",
    kind=KIND,
    pattern=regex.compile(
        rf"{RANGE_START}"
        rf"(?:(?P<cur1>{_PREFIX})[ ]?)?(?P<a>{AMOUNT})(?:[ ]?(?P<cura>{CURRENCY}))?"
        rf"(?P<sep>{RANGE_SEP})"
        rf"(?:(?P<cur2>{_PREFIX})[ ]?)?(?P<b>{AMOUNT})(?:[ ]?(?P<cur>{CURRENCY}))?{_PER}?",
        _FLAGS,
    ),
    build=_build_range,
    examples=(
        "từ 5 đến 7 triệu đồng",
        "5 - 7 triệu đồng",
        "giữa 1000 đồng và 2000 đồng",
        "xấp xỉ VND1000-VND2000",
        "50.000đ-100.000đ",
    ),
)


def _build_magnitude(m: regex.Match[str], ctx: Context) -> Candidate | None:
    low, high = magnitude_bounds(m.group("mag"), m.group("scales"))
    fields = _fields(None, low, high, _code(m.group("cur")) or "VND", "range", m.group("per"))
    return MAGNITUDE_RULE.candidate(m, fields)


MAGNITUDE_RULE = Rule(
    name="hàng|vài <chục|trăm|nghìn…> <currency>",
    kind=KIND,
    pattern=regex.compile(
        rf"{SIMPLE_FOLD}{_WB}(?:(?P<qual>{APPROX})[ ]+)?(?P<mag>{MAGNITUDE})[ ]+(?P<scales>{MAGNITUDE_SCALES})"
        rf"[ ]?(?P<cur>{CURRENCY}){_PER}?",
        _FLAGS,
    ),
    build=_build_magnitude,
    examples=("hàng chục tỷ đồng", "hàng trăm triệu đồng", "vài chục triệu đồng"),
)

# A cue, or "mỗi" + a counted noun: "hỗ trợ mỗi người [1,5 triệu]", "mỗi suất [500 nghìn]".
_CUE_WORDS = lexicons.words("money_cues.tsv")
_EACH = "mỗi"
_CUES = rf"(?:{alternation(_CUE_WORDS)}|{_EACH}[ ]+{alternation(_PER_UNITS)})"
_FILLERS = ("là", "đạt", "lên đến", "lên tới", "bình quân", "trung bình")
_CUE_FILLERS = alternation(_FILLERS)
# After a cued amount: the end of the phrase (punctuation, a rate, a word that starts what follows
# a noun phrase), never a noun it would count ("trị giá 2 triệu lượt" is not money).
_PHRASE_ENDS = [r[0] for r in lexicons.rows("count_stops.tsv") if r[1:2] != ("noun",)]
_CUE_END = rf"(?=[ ]*(?:$|[^\p{{L}}\p{{M}}\p{{N}} ]|{alternation(_PHRASE_ENDS)}{_WE}))"
_VN_GROUPED = regex.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")


def _build_cued(m: regex.Match[str], ctx: Context) -> Candidate | None:
    text = m.group("amount")
    if not (_has_scale_word(text) or _VN_GROUPED.fullmatch(text)):
        return None  # "số tiền 403 triệu", "kinh phí 500.000", but not "kinh phí 5"
    try:
        amount = money_number(text)
    except ValueError:
        return None
    qualifier = qualifier_of(m.group("qual"))
    low, high = bounds(qualifier, amount)
    fields = _fields(amount, low, high, "VND", qualifier, m.group("per"))
    start = m.start("qual") if m.group("qual") else m.start("amount")
    return Candidate(KIND, start, m.end(), CUED_RULE.name, fields, CUED_RULE.priority)


def _has_scale_word(text: str) -> bool:
    return any(w.lower() in SCALE_WORDS for w in text.split())


CUED_RULE = Rule(
    name="<money cue> <amount with a scale> (đồng understood)",
    kind=KIND,
    pattern=regex.compile(
        rf"{SIMPLE_FOLD}(?<![\p{{L}}\p{{M}}])(?:{_CUES}){_WE}(?:[ ]*:[ ]*|[ ]+)(?:(?:{_CUE_FILLERS}){_WE}[ ]+)?"
        rf"(?:(?P<qual>{QUALIFIER})[ ]+)?(?P<amount>{AMOUNT}){_WE}(?![ ]?{CURRENCY})"
        rf"{_PER}?{_CUE_END}",
        _FLAGS,
    ),
    build=_build_cued,
    examples=(
        "với số tiền [403 triệu]",
        "tổng kinh phí [2 tỷ].",
        "trị giá [500 triệu] cho",
        "Kinh phí: [gần 3,5 tỷ]",
        "thu nhập bình quân [7 triệu/tháng]",
        "số tiền [1.200.000] và",
        "hỗ trợ mỗi người [1,5 triệu].",
    ),
)

#: CUED_RULE last: :func:`extract` tries it apart.
RULES: tuple[Rule, ...] = (AMOUNT_RULE, PREFIX_RULE, RANGE_RULE, MAGNITUDE_RULE, CUED_RULE)


#: The longest text a rule allows before its first number (runs of spaces as one): a cue
#: ("mỗi" + the longest counted noun), " : ", a filler and a qualifier (CUED_RULE), or a
#: range opener and a qualifier or "about", and a currency code (the other rules).
REACH = max(
    prefix_reach([*_CUE_WORDS, *(f"{_EACH} {u}" for u in _PER_UNITS)], _FILLERS, QUALIFIER_WORDS)
    + len(" : ")
    - 1,
    prefix_reach(OPEN_WORDS, QUALIFIER_WORDS, _PREFIXES),
    prefix_reach(APPROX_WORDS, OPEN_WORDS, _PREFIXES),
    prefix_reach(APPROX_WORDS, MAGNITUDE_WORDS),
)
ANCHORS = Anchors(
    first_words([*QUALIFIER_WORDS, *OPEN_WORDS, *MAGNITUDE_WORDS, *_CUE_WORDS, _EACH])
    | first_words(_PREFIXES),
    [c for c in _PREFIXES if not c[0].isalpha()],
    REACH,
)
#: The anchors of the first four rules alone: none begins with a cue word or "mỗi" (only
#: CUED does, tried apart at its cue words), so their leads and reach leave those out; and
#: they match a currency code before the amount with its case (``_PREFIX``), so "ĐỒNG" leads
#: where written so, not every "đồng". Fewer lead words, fewer words read after a stretch.
_FIRST_RUN = regex.compile(r"[\p{L}\p{M}]+", regex.V1)
_FOUR_ANCHORS = Anchors(
    first_words([*QUALIFIER_WORDS, *OPEN_WORDS, *MAGNITUDE_WORDS]),
    [c for c in _PREFIXES if not c[0].isalpha()],
    max(
        prefix_reach(OPEN_WORDS, QUALIFIER_WORDS, _PREFIXES),
        prefix_reach(APPROX_WORDS, OPEN_WORDS, _PREFIXES),
        prefix_reach(APPROX_WORDS, MAGNITUDE_WORDS),
    ),
    {m.group() for c in _PREFIXES if (m := _FIRST_RUN.match(c))},
)


# Cheaper still: back from a cue (quantity.Stretch). Every match the first four rules build
# holds a currency or a code (a cue): AMOUNT and MAGNITUDE after the amount, PREFIX after its
# qualifier, RANGE (its build asks for one) after either amount or before either. Before the
# first cue a match holds, only qualifiers, range words, orders of magnitude and numbers. CUED
# holds a scale word or a grouped figure ("1.200.000") in its amount (its build asks for one),
# and between it and the cue word only numbers, qualifiers, fillers and ":".
_WORDS = [*NUMBER_WORDS, *SHORT_SCALES, *QUALIFIER_WORDS, *RANGE_WORDS, *MAGNITUDE_WORDS]
_STRETCH = Stretch(_WORDS)
_CUED_STRETCH = Stretch([*_WORDS, *_FILLERS, ":"])
# Currencies and codes as written (the grammar matches them with their case: CURRENCY and
# _PREFIX), scale words lower-cased (matched in any case) ...
_CURRENCY_CUES = prefix_free(c for c in [*CURRENCIES, *_PREFIXES] if c != "đ")
_SCALE_CUES = prefix_free(w.lower() for w in SCALE_WORDS)
# ... and "đ" after a figure or a scale word (D_AFTER), a grouped figure "1.200.000" (for
# CUED): found by money_scan (a superset of D_AFTER's matches as CURRENCY reads them, and cues
# whose stretches hold those of a "\d\.\d" scan: tests/test_money_scan.py).
#: The words and signs PREFIX and MAGNITUDE can begin with (open and qualifier words, a
#: currency before the amount, "about" and orders of magnitude): none begins with a digit, so
#: they are not tried at a figure (tests/test_money_scan.py checks the lists).
_WORD_FIRST = [*OPEN_WORDS, *QUALIFIER_WORDS, *_PREFIXES, *APPROX_WORDS, *MAGNITUDE_WORDS]
#: Both lists of cues in one pass: what ``cue_positions`` gives for each, in the text and in
#: the lower-cased text (its guarantee).
_CUE_SCAN = CueScan([_CURRENCY_CUES, _SCALE_CUES], folded=[False, True])
_CUE_WORD = regex.compile(rf"{SIMPLE_FOLD}(?<![\p{{L}}\p{{M}}])(?:{_CUES}){_WE}", _FLAGS)
#: The longest cue word (runs of spaces as one): CUED's cue ends within its stretch or at its
#: first character, so it begins at most this far before that.
CUE_REACH = prefix_reach([*_CUE_WORDS, *(f"{_EACH} {u}" for u in _PER_UNITS)])


_LETTER = regex.compile(r"[\p{L}\p{M}]", regex.V1)
# CUED's cue word ends at e, lo <= e < hi (the stretch holds all between it and the amount). A
# span is read only where that can be: a letter in [lo, hi) (e > lo, its last character a
# letter or its letters read over), or at lo the end of its last word or of the part of it up
# to its last letter or beyond (e == lo; or e > lo, the stretch having read the non-letters
# after its letters back to them: the digit of "mỗi F0"). Most spans are figures after a word.
_LAST_PARTS = {
    w[:i]
    for c in [*_CUE_WORDS, *_PER_UNITS]
    for w in [c.split()[-1]]
    for i in range(1, len(w) + 1)
    if _LETTER.search(w, i) is None
}
_LAST_BACK = regex.compile(rf"(?r){SIMPLE_FOLD}(?:{alternation(_LAST_PARTS)})", _FLAGS)


def _cue_word_starts(text: str, spans: list[tuple[int, int]]) -> list[int]:
    out: set[int] = set()
    for lo, hi in spans:
        if _LETTER.search(text, lo, hi) is None and _LAST_BACK.match(text, 0, lo) is None:
            continue  # no cue word can end in the span (above)
        # The cue word ends before the amount, which begins at or before ``hi``.
        for m in _CUE_WORD.finditer(text, reach_back(text, lo, CUE_REACH), hi, overlapped=True):
            out.add(m.start())
    return sorted(out)


def extract(ctx: Context) -> list[Candidate]:
    """The rules tried at the numbers and lead words of the stretches before a currency, and
    CUED at the cue words before a scale word or grouped figure: what
    :func:`quantity.run_anchored` finds (tests/test_quantity_anchors.py)."""
    text = ctx.text
    lowered = ctx.lower  # the text's length (see Context.lower): positions carry over
    cues, scales = _CUE_SCAN.positions(text, lowered)
    cues.extend(d_after(text))
    starts = _FOUR_ANCHORS.starts_in(text, _STRETCH.spans(text, cues))
    # PREFIX and MAGNITUDE begin with a word or a currency sign, never a digit (_WORD_FIRST)
    words = [s for s in starts if not text[s].isdecimal()]
    # AMOUNT and RANGE begin with NUMBER_START: not after a digit and "." or "," (the "000"
    # of "1.000.000"; a decimal for Python is a digit for ``regex``)
    numbers = [s for s in starts if s < 2 or text[s - 1] not in ".," or not text[s - 2].isdecimal()]
    out = run_at([AMOUNT_RULE], ctx, numbers, retry=True)
    out += run_at([PREFIX_RULE], ctx, words, retry=True)
    out += run_at([RANGE_RULE], ctx, numbers, retry=True)
    out += run_at([MAGNITUDE_RULE], ctx, words, retry=True)
    cues = scales
    cues.extend(grouped_figures(text))
    cued = _cue_word_starts(text, _CUED_STRETCH.spans(text, cues))
    return out + run_at([CUED_RULE], ctx, cued, retry=True)
