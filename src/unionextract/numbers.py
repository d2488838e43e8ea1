"""The Vietnamese number grammar, shared by money, counts, percents and dates.

Digits follow the Vietnamese convention ("." groups thousands, "," marks decimals) with the
news exception that "38.5 triệu" is 38.5 million (a dot before a scale word with one or two
digits after it cannot be a thousands group). Words cover every regional form: mốt, tư,
lăm/nhăm, linh/lẻ, mươi/chục, nghìn/ngàn, vạn, tỷ/tỉ, rưỡi, phẩy, hăm/băm, and the
colloquial ellipsis ("một trăm mốt" = 110, "nghìn hai" = 1 200, "1 triệu 2" = 1 200 000).

>>> parse_number("38.5 triệu")
Decimal('38500000')
>>> parse_number("12.000.000")
Decimal('12000000')
>>> parse_number("hai mươi mốt")
Decimal('21')
>>> parse_number("một trăm linh năm")
Decimal('105')
>>> parse_number("ba tỷ rưỡi")
Decimal('3500000000')
"""

from __future__ import annotations

from decimal import Decimal

import regex

from . import lexicons
from .errors import NumberParseError
from .rules import alternation

# --- lexicon -----------------------------------------------------------------------------


def _table(column: str) -> dict[str, str]:
    return {r[0]: r[1] for r in lexicons.rows("number_words.tsv") if r[2] == column}


DIGIT_WORDS: dict[str, int] = {w: int(v) for w, v in _table("digit").items()}
#: Scale words above a hundred, to their multiplier.
SCALE_WORDS: dict[str, int] = {w: int(v) for w, v in _table("scale").items()}
#: Short scales that only follow a figure ("5tr", "500k").
SHORT_SCALES: dict[str, int] = {w: int(v) for w, v in _table("scale_short").items()}
_ALL_SCALES = {**SCALE_WORDS, **SHORT_SCALES}
TENS_WORDS = frozenset(_table("tens"))  # mươi, chục
TEN_WORDS = frozenset(_table("ten"))  # mười
HUNDRED_WORDS = frozenset(_table("hundred"))  # trăm
ZERO_TENS_WORDS = frozenset(_table("zero_tens"))  # linh, lẻ
HALF_WORDS = frozenset(_table("half"))  # rưỡi
POINT_WORDS = frozenset(_table("point"))  # phẩy
CONTRACTED_TENS: dict[str, int] = {w: int(v) for w, v in _table("contracted_tens").items()}

NUMBER_WORDS: tuple[str, ...] = tuple(
    sorted(
        set(DIGIT_WORDS)
        | set(SCALE_WORDS)
        | TENS_WORDS
        | TEN_WORDS
        | HUNDRED_WORDS
        | ZERO_TENS_WORDS
        | HALF_WORDS
        | POINT_WORDS
        | set(CONTRACTED_TENS),
        key=len,
        reverse=True,
    )
)

# --- patterns (strings, for other extractors to assemble) ----------------------------------

#: A figure: "12.000.000", "12 000 000", "38,5", "38.5", "1.500.050,30", "1,500,000.5", "02".
DIGITS = (
    r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?"  # Vietnamese grouping
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # English grouping
    r"|\d{1,3}(?: \d{3})+(?![\d.,]\d)"  # space grouping
    r"|\d+(?:[.,]\d+)?)"
)
#: Scale words written after a figure or a word number (longest first).
SCALE = alternation(SCALE_WORDS)
#: Scale words or short scales, after a figure.
FIGURE_SCALE = alternation(_ALL_SCALES)
#: Any number word.
WORD = alternation(NUMBER_WORDS)
#: A number in words: number words separated by single spaces (checked by the parser).
WORDS = rf"(?:{WORD}(?:[ ]+{WORD})*)"
_WB = r"(?<![\p{L}\p{N}])"
_WE = r"(?![\p{L}\p{N}])"
#: A figure with optional scales and compound parts ("3 tỷ 200 triệu", "1 triệu 2", "5tr").
AMOUNT = (
    rf"(?:{DIGITS}(?:[ ]?{FIGURE_SCALE}{_WE}(?:[ ]+{DIGITS}(?:[ ]?{SCALE}{_WE})?)*"
    rf"(?:[ ]+rưỡi{_WE})?)?"
    rf"|{WORDS}{_WE})"
)

_TOKEN = regex.compile(r"\d[\d., ]*\d|\d|[\p{L}\p{M}]+", regex.V1)
_VN_GROUPED = regex.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_EN_GROUPED = regex.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_SPACE_GROUPED = regex.compile(r"\d{1,3}(?: \d{3})+")


def parse_digits(s: str, *, before_scale: bool = False) -> Decimal:
    """Read one figure.

    >>> parse_digits("1.500.050,30"), parse_digits("2,5"), parse_digits("12 000 000")
    (Decimal('1500050.30'), Decimal('2.5'), Decimal('12000000'))
    >>> parse_digits("38.5", before_scale=True), parse_digits("1.200", before_scale=True)
    (Decimal('38.5'), Decimal('1200'))
    >>> parse_digits("1,500,000")
    Decimal('1500000')
    """
    s = s.strip()
    if _SPACE_GROUPED.fullmatch(s):
        return Decimal(s.replace(" ", ""))
    if _VN_GROUPED.fullmatch(s):
        return Decimal(s.replace(".", "").replace(",", "."))
    if s.count(",") >= 2 and _EN_GROUPED.fullmatch(s):
        return Decimal(s.replace(",", ""))
    if regex.fullmatch(r"\d{1,3}(?:,\d{3})+\.\d+", s):
        return Decimal(s.replace(",", ""))
    if regex.fullmatch(r"\d+", s):
        return Decimal(s)
    if regex.fullmatch(r"\d+,\d+", s):
        return Decimal(s.replace(",", "."))
    if regex.fullmatch(r"\d+\.\d+", s):
        # "38.5 triệu", "3.14": a dot that cannot group thousands is a decimal point
        return Decimal(s)
    raise NumberParseError(s, "not_a_number", "not a figure")


def _words_value(words: list[str]) -> Decimal:
    """Value of number words and figures (already split); raises NumberParseError."""
    integer_part = words
    fraction: list[str] = []
    for i, w in enumerate(words):
        if w in POINT_WORDS:
            integer_part, fraction = words[:i], words[i + 1 :]
            break
    value = _integer_value(integer_part)
    if fraction:
        digits = ""
        for w in fraction:
            if w in DIGIT_WORDS:
                digits += str(DIGIT_WORDS[w])
            elif w.isdigit():
                digits += w
            else:
                digits = ""
                break
        if not digits:
            digits = str(_integer_value(fraction))
        value += Decimal("0." + digits)
    return value


def _integer_value(words: list[str]) -> Decimal:
    if not words:
        raise NumberParseError("", "empty")
    parts: list[tuple[Decimal, int]] = []  # (value, scale) of closed groups
    hundreds = tens = units = Decimal(0)
    have_digit = False
    prev = ""
    last_scale = 1
    for i, w in enumerate(words):
        is_last = i == len(words) - 1
        if w[0].isdigit():
            value = parse_digits(w, before_scale=not is_last and words[i + 1] in _ALL_SCALES)
            if prev in _ALL_SCALES and is_last and value < 10 and "." not in w and "," not in w:
                units = value * _ALL_SCALES[prev] / 10  # "1 triệu 2" = 1 200 000
            else:
                units += value
            have_digit = True
        elif w in DIGIT_WORDS:
            d = Decimal(DIGIT_WORDS[w])
            if prev in HUNDRED_WORDS and is_last:
                tens = d  # "một trăm mốt" = 110, "trăm hai" = 120
            elif prev in SCALE_WORDS and is_last and not have_digit:
                units = d * SCALE_WORDS[prev] / 10  # "nghìn hai" = 1 200
            else:
                units = d
            have_digit = True
        elif w in TEN_WORDS:
            tens = Decimal(1)
            have_digit = True
        elif w in CONTRACTED_TENS:
            tens = Decimal(CONTRACTED_TENS[w])
            have_digit = True
        elif w in TENS_WORDS:
            tens = units if units else Decimal(1)
            units = Decimal(0)
            have_digit = True
        elif w in HUNDRED_WORDS:
            hundreds = (units if units else Decimal(1)) + tens * 10 + hundreds * 10
            tens = units = Decimal(0)
            have_digit = True
        elif w in ZERO_TENS_WORDS:
            if prev not in HUNDRED_WORDS and prev not in _ALL_SCALES:
                raise NumberParseError(" ".join(words), "not_a_number", f"{w!r} must follow trăm")
        elif w in HALF_WORDS:
            if prev in _ALL_SCALES:
                units += Decimal(last_scale) / 2
            elif prev in HUNDRED_WORDS:
                tens = Decimal(5)
            elif prev in TENS_WORDS:
                units = Decimal(5)
            else:
                raise NumberParseError(" ".join(words), "not_a_number", "rưỡi without a unit")
        elif w in _ALL_SCALES:
            if w in SHORT_SCALES and not (prev and prev[0].isdigit()):
                raise NumberParseError(
                    " ".join(words), "not_a_number", f"{w!r} must follow a figure"
                )
            scale = _ALL_SCALES[w]
            group = hundreds * 100 + tens * 10 + units
            absorbed = Decimal(0)
            while parts and parts[-1][1] < scale:
                absorbed += parts.pop()[0]
            if group == 0 and absorbed == 0:
                group = Decimal(1)
            parts.append(((group + absorbed) * scale, scale))
            hundreds = tens = units = Decimal(0)
            last_scale = scale
            have_digit = False
        else:
            raise NumberParseError(" ".join(words), "not_a_number", f"{w!r} is not a number word")
        prev = w
    return sum((v for v, _ in parts), Decimal(0)) + hundreds * 100 + tens * 10 + units


def parse_number(s: str) -> Decimal:
    """One number written in digits, words or both; see the module docstring.

    >>> parse_number("3 tỷ 200 triệu"), parse_number("1 triệu 2"), parse_number("5tr")
    (Decimal('3200000000'), Decimal('1200000'), Decimal('5000000'))
    >>> parse_number("năm")
    Decimal('5')
    >>> parse_number("ba phẩy năm")
    Decimal('3.5')
    """
    if not isinstance(s, str):
        raise TypeError(f"parse_number() takes a str, not {type(s).__name__}")
    text = " ".join(s.split())
    if not text:
        raise NumberParseError(s, "empty")
    sign = Decimal(1)
    if text[0] in "-+−":
        sign = Decimal(-1) if text[0] != "+" else Decimal(1)
        text = text[1:].lstrip()
    words = [t.lower() for t in _tokens(text)]
    if not words or "".join(words).replace(" ", "") != _squash(text.lower()):
        raise NumberParseError(s, "not_a_number", "contains characters that are not a number")
    value = _words_value(words) * sign
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


def _tokens(text: str) -> list[str]:
    out: list[str] = []
    for m in _TOKEN.finditer(text):
        tok = m.group()
        if tok[0].isdigit() and " " in tok and not _SPACE_GROUPED.fullmatch(tok):
            out.extend(tok.split())
        else:
            out.append(tok)
    return out


def _squash(text: str) -> str:
    return "".join(text.split())


def to_int(value: Decimal) -> int | None:
    """``value`` as an int when it is whole, else ``None``."""
    return int(value) if value == value.to_integral_value() else None
