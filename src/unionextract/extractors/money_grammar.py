"""The currency side of money: currency words, signs and codes, "per" units and cents, and the
reading of an amount beside a currency (shared by the rules of :mod:`.money`)."""

from __future__ import annotations

from decimal import Decimal

import regex

from .. import lexicons
from ..numbers import SCALE_WORDS, WORDS, parse_number
from ..rules import alternation

CURRENCIES: dict[str, str] = lexicons.mapping("currencies.tsv")
_TRAPS: dict[str, list[str]] = {}
for _row in lexicons.rows("money_traps.tsv"):
    _TRAPS.setdefault(_row[0], []).append(_row[1])
_SUBUNITS: dict[str, int] = {
    w: int(n) for w, n in lexicons.mapping("currency_subunits.tsv").items()
}
_PER_UNITS = lexicons.words("count_units.tsv")

_WB = r"(?<![\p{L}\p{M}\p{N}])"
_WE = r"(?![\p{L}\p{M}\p{N}])"


def _is_word(c: str) -> bool:
    return c[0].isalpha() and c[-1].isalpha()


def _word_currency(word: str) -> str:
    pattern: str = regex.escape(word) + _WE
    if word in _TRAPS:
        pattern += rf"(?![ ]+{alternation(_TRAPS[word])}{_WE})"
    return pattern


# Words after the figure ("đồng", "USD", "đô la"); "đ" only right after a figure or a scale word
# ("50.000đ", "25 triệu đ"), and not in "đ/c" (đồng chí). Symbols anywhere ("10$", "20€"). All case-sensitive. "chẵn" after
# "đồng" (round, "Bằng chữ: … đồng chẵn") says the amount is exact; it is not part of the span.
#: "đ" where it can be a currency: right after a figure or a scale word, one space at most.
D_AFTER = rf"(?<=(?:\d|(?<![\p{{L}}\p{{M}}]){alternation(SCALE_WORDS)})[ ]?)đ"
_AFTER_WORDS = sorted((c for c in CURRENCIES if _is_word(c) and len(c) > 1), key=len, reverse=True)
CURRENCY = (
    r"(?-i:(?:"
    + "|".join(_word_currency(w) for w in _AFTER_WORDS)
    + ")"
    + rf"|{D_AFTER}(?![\p{{L}}\p{{M}}\p{{N}}]|/c{_WE})"
    + rf"|{alternation(c for c in CURRENCIES if not _is_word(c))})"
)
# Before a figure: symbols and upper-case codes ("$10", "USD1,23", "EUR 20", "VN$1000").
_PREFIXES = [c for c in CURRENCIES if not _is_word(c) or c.isupper()]
_PREFIX = rf"(?-i:{alternation(_PREFIXES)})"
_PER_UNIT = rf"(?:{alternation(_PER_UNITS)}{_WE}|[\p{{L}}\p{{M}}\p{{N}}]+)"
_PER = rf"(?:[ ]?/[ ]?(?:0?1[ ]+)?(?P<per>{_PER_UNIT}(?:[ ]?/[ ]?{_PER_UNIT})?))"
_CENTS = (
    rf"(?:[ ]+(?:và[ ]+)?(?P<cents>\d{{1,2}}(?![\d.,]?\d)|{WORDS})"
    rf"(?:[ ]+(?P<subunit>{alternation(_SUBUNITS)}){_WE}|(?![ ]*[\p{{L}}\p{{M}}\p{{N}}%])))"
)
_FLAGS = regex.V1 | regex.IGNORECASE


def _code(surface: str | None) -> str | None:
    if not surface:
        return None
    return CURRENCIES.get(surface.strip())


_EN_THOUSANDS = regex.compile(r"[1-9]\d{0,2},\d{3}")


def money_number(s: str) -> Decimal:
    """An amount beside a currency: like :func:`parse_number`, except that a lone figure with
    one comma and three digits after it groups thousands ("150,000 USD", "$1,500", "12,500
    đồng") — no price is written with three decimals — while "38,5 triệu đồng", "2,50 €" and
    "1,500 triệu" (a scale word follows) keep the Vietnamese decimal comma.

    >>> money_number("150,000"), money_number("38,5 triệu"), money_number("2,500")
    (Decimal('150000'), Decimal('38500000'), Decimal('2500'))
    """
    s = s.strip()
    if _EN_THOUSANDS.fullmatch(s):
        return Decimal(s.replace(",", ""))
    return parse_number(s)
