"""Money amounts: a number (figures or words, with scales) beside a currency.

>>> from unionextract import extract
>>> [(m.amount, m.qualifier) for m in extract("tổng số tiền 38.5 triệu đồng").money]
[(Decimal('38500000'), 'exact')]
>>> m = extract("số tiền hàng chục tỷ đồng").money[0]
>>> (m.amount, m.low, m.high, m.qualifier)
(None, Decimal('10000000000'), Decimal('100000000000'), 'range')
>>> extract("5 đồng chí").money
()
"""

from __future__ import annotations

from decimal import Decimal

import regex

from .. import lexicons
from ..context import Context
from ..numbers import AMOUNT, SCALE, SCALE_WORDS, parse_number
from ..quantity import QUALIFIER, bounds, qualifier_of
from ..rules import Candidate, Rule, alternation, run_rules

KIND = "money"

CURRENCIES: dict[str, str] = lexicons.mapping("currencies.tsv")
_SYMBOLS = [c for c in CURRENCIES if not c[0].isalpha()]
_WORDS = [c for c in CURRENCIES if c[0].isalpha()]
_TRAPS = alternation(lexicons.words("money_traps.tsv"))
_MAGNITUDES = {r[0]: (int(r[1]), int(r[2])) for r in lexicons.rows("order_of_magnitude.tsv")}

_WB = r"(?<![\p{L}\p{N}])"
_WE = r"(?![\p{L}\p{N}])"
# "đồng" is a currency unless a trap word follows ("đồng chí", "đồng thời").
CURRENCY = (
    rf"(?:{alternation(_WORDS)}{_WE}(?![ ]+{_TRAPS}{_WE})(?:[ ]+chẵn{_WE})?"
    rf"|{alternation(_SYMBOLS)})"
)
_PER = (
    r"(?:[ ]?/[ ]?(?P<per>[\p{Ll}][\p{L}\p{M}]*(?:[ ][\p{Ll}][\p{L}\p{M}]*)?(?:/[\p{Ll}\p{L}]+)?))"
)
_QUAL = rf"(?:(?P<qual>{QUALIFIER})[ ]+)"


def _currency_code(surface: str) -> str:
    surface = surface.split()[0] if surface.endswith("chẵn") else surface
    return CURRENCIES.get(surface) or CURRENCIES.get(surface.strip(), "VND")


def _build_amount(m: regex.Match[str], ctx: Context) -> Candidate | None:
    try:
        amount = parse_number(m.group("amount"))
    except ValueError:
        return None
    qualifier = qualifier_of(m.group("qual"))
    low, high = bounds(qualifier, amount)
    fields = {
        "amount": amount,
        "low": low,
        "high": high,
        "currency": _currency_code(m.group("cur")),
        "qualifier": qualifier,
        "per": m.group("per"),
    }
    return AMOUNT_RULE.candidate(m, fields)


AMOUNT_RULE = Rule(
    name="<qualifier>? <amount> <currency>",
    kind=KIND,
    pattern=regex.compile(
        rf"{_WB}{_QUAL}?(?P<amount>{AMOUNT})[ ]?(?P<cur>{CURRENCY}){_PER}?",
        regex.V1,
    ),
    build=_build_amount,
    examples=("38.5 triệu đồng", "12.000.000 đồng", "trên 13 tỷ đồng", "6,5 triệu đồng/người"),
)


def _build_symbol_first(m: regex.Match[str], ctx: Context) -> Candidate | None:
    try:
        amount = parse_number(m.group("amount"))
    except ValueError:
        return None
    qualifier = qualifier_of(m.group("qual"))
    low, high = bounds(qualifier, amount)
    fields = {
        "amount": amount,
        "low": low,
        "high": high,
        "currency": _currency_code(m.group("cur")),
        "qualifier": qualifier,
        "per": None,
    }
    return SYMBOL_FIRST_RULE.candidate(m, fields)


SYMBOL_FIRST_RULE = Rule(
    name="<currency symbol><amount>",
    kind=KIND,
    pattern=regex.compile(
        rf"{_WB}{_QUAL}?(?P<cur>{alternation(_SYMBOLS)})[ ]?(?P<amount>{AMOUNT})",
        regex.V1,
    ),
    build=_build_symbol_first,
    examples=("$10", "€20"),
)


def _build_magnitude(m: regex.Match[str], ctx: Context) -> Candidate | None:
    low_mult, high_mult = _MAGNITUDES[" ".join(m.group("mag").lower().split())]
    scale = Decimal(SCALE_WORDS[m.group("scale").lower()]) if m.group("scale") else Decimal(1)
    fields = {
        "amount": None,
        "low": low_mult * scale,
        "high": high_mult * scale,
        "currency": _currency_code(m.group("cur")),
        "qualifier": "range",
        "per": m.group("per"),
    }
    return MAGNITUDE_RULE.candidate(m, fields)


MAGNITUDE_RULE = Rule(
    name="hàng <chục|trăm|nghìn> <scale>? <currency>",
    kind=KIND,
    pattern=regex.compile(
        rf"{_WB}(?P<mag>{alternation(_MAGNITUDES)})(?:[ ]+(?P<scale>{SCALE}))?[ ]+"
        rf"(?P<cur>{CURRENCY}){_PER}?",
        regex.V1 | regex.IGNORECASE,
    ),
    build=_build_magnitude,
    examples=("hàng chục tỷ đồng", "hàng trăm triệu đồng"),
)

RULES: tuple[Rule, ...] = (AMOUNT_RULE, SYMBOL_FIRST_RULE, MAGNITUDE_RULE)


def extract(ctx: Context) -> list[Candidate]:
    return run_rules(RULES, ctx)
