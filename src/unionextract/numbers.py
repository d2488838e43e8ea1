"""The Vietnamese number grammar, shared by money, counts, percents and dates.

Digits follow the Vietnamese convention ("." groups thousands, "," marks decimals) with the
news exception that "38.5 triệu" is 38.5 million (a dot before a scale word with one or two
digits after it cannot be a thousands group). Words cover every regional form: mốt, tư,
lăm/nhăm, linh/lẻ, mươi/chục, nghìn/ngàn, vạn, tỷ/tỉ, rưỡi, phẩy/chấm, hăm/băm, âm/trừ,
spoken digit pairs ("bốn bảy" = 47) and the colloquial ellipsis after a scale ("một trăm mốt"
= 110, "nghìn hai" = 1 200, "1 triệu 2" = 1 200 000, "1tr2", "2t3").

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

from decimal import Decimal, getcontext

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
#: Short scales that only follow a figure ("5tr", "500k", "3M"); case-sensitive.
SHORT_SCALES: dict[str, int] = {w: int(v) for w, v in _table("scale_short").items()}
_ALL_SCALES = {**SCALE_WORDS, **SHORT_SCALES}
TENS_WORDS = frozenset(_table("tens"))  # mươi, chục
TEN_WORDS = frozenset(_table("ten"))  # mười
HUNDRED_WORDS = frozenset(_table("hundred"))  # trăm
ZERO_TENS_WORDS = frozenset(_table("zero_tens"))  # linh, lẻ
HALF_WORDS = frozenset(_table("half"))  # rưỡi
POINT_WORDS = frozenset(_table("point"))  # phẩy, chấm
MINUS_WORDS = frozenset(_table("minus"))  # âm, trừ
CONTRACTED_TENS: dict[str, int] = {w: int(v) for w, v in _table("contracted_tens").items()}

#: Words that make up the integer part of a number in words.
_CORE_WORDS = (
    set(DIGIT_WORDS)
    | set(SCALE_WORDS)
    | TENS_WORDS
    | TEN_WORDS
    | HUNDRED_WORDS
    | ZERO_TENS_WORDS
    | set(CONTRACTED_TENS)
)
NUMBER_WORDS: tuple[str, ...] = tuple(
    sorted(_CORE_WORDS | HALF_WORDS | POINT_WORDS, key=len, reverse=True)
)

# --- patterns (strings, for other extractors to assemble) ----------------------------------

_WB = r"(?<![\p{L}\p{M}\p{N}])"
_WE = r"(?![\p{L}\p{M}\p{N}])"

#: A figure: "12.000.000", "12 000 000", "38,5", "38.5", "1.500.050,30", "1,500,000.5", "02".
DIGITS = (
    r"(?>\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![.,]?\d)"  # Vietnamese grouping
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![.,]?\d)"  # English grouping
    r"|\d{1,3}(?: \d{3})+(?![\d.,]\d)"  # space grouping
    r"|\d+(?:[.,]\d+)?)"  # atomic: a figure is read once, never given back
)
#: Scale words written after a figure or a word number (longest first).
SCALE = alternation(SCALE_WORDS)
# Short scales usable in running text ("t" for tỷ is too ambiguous there: "5t" is 5 tấn).
_TEXT_SHORT = alternation(w for w in SHORT_SCALES if w != "t")
#: Scale words or short scales, after a figure.
FIGURE_SCALE = rf"(?:{SCALE}|(?-i:{_TEXT_SHORT}))"
# "năm" followed by a year or a year word is the noun "year", never the digit five.
_YEAR_NAM = alternation(lexicons.words("year_followers.tsv"))
_NOT_YEAR = rf"(?!năm[ ]+(?:\d|{_YEAR_NAM}{_WE}))"
#: Any number word of an integer part (with its word end).
WORD = rf"(?:{_NOT_YEAR}{alternation(_CORE_WORDS)}{_WE})"
_POINT = rf"(?:{alternation(POINT_WORDS)}{_WE})"
_HALF = rf"(?:{alternation(HALF_WORDS)}{_WE})"
#: A number in words: "hai mươi mốt", "ba phẩy năm", "một tỷ rưỡi" (checked by the parser).
# A number in words starts at the first number word of a run, never inside it: this keeps a
# long run of number words linear (each run is read once, not once per word).
# Nor right after a figure: "nghìn" in "12 nghìn" is not a number of its own.
_RUN_START = rf"(?<!(?<![\p{{L}}\p{{M}}]){alternation(_CORE_WORDS)}[ ]{{1,4}}|\d[ ]{{1,4}})"
WORDS = (
    rf"(?:{_RUN_START}{WORD}(?:[ ]+{WORD})*+"
    rf"(?:[ ]+{_POINT}[ ]+(?:\d+(?![\d.,]\d)|{WORD})(?:[ ]+{WORD})*+)?+(?:[ ]+{_HALF})?+)"
)
_FIG_SCALES = (
    rf"(?:[ ]?(?:{alternation(HUNDRED_WORDS | TENS_WORDS)}|{SCALE}){_WE}(?:[ ]+{SCALE}{_WE})*+)"
)
_FIG_SHORT = rf"(?:[ ]?(?-i:{_TEXT_SHORT})(?:\d(?![\d.,]?\d)|{_WE}))"
#: A figure with optional scales and compound parts ("3 tỷ 200 triệu", "1tr2", "5tr", "2 phẩy 5");
#: AMOUNT is that or a number in words.
FIGURE_AMOUNT = (
    rf"(?:{DIGITS}(?:[ ]+{_POINT}[ ]+(?:\d+(?![\d.,]\d)|{WORD}(?:[ ]+{WORD})*+))?+"
    rf"(?:{_FIG_SHORT}|{_FIG_SCALES}(?:[ ]+{DIGITS}{_FIG_SCALES})*+(?:[ ]+{_HALF})?+)?+)"
)
AMOUNT = rf"(?:{FIGURE_AMOUNT}|{WORDS})"
#: Where a number may start: not inside a word, nor inside a figure ("000" of "12.000").
NUMBER_START = r"(?<![\p{L}\p{M}\p{N}])(?<!\d[.,])"

_TOKEN = regex.compile(r"[.,]?\d[\d., ]*\d|[.,]?\d|[\p{L}\p{M}]+", regex.V1)
_VN_GROUPED = regex.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_EN_GROUPED = regex.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_SPACE_GROUPED = regex.compile(r"\d{1,3}(?: \d{3})+")
_EN_GROUPED_POINT = regex.compile(r"\d{1,3}(?:,\d{3})+\.\d+")
_PLAIN = regex.compile(r"\d+")
_COMMA_DECIMAL = regex.compile(r"\d+,\d+")
_DOT_DECIMAL = regex.compile(r"\d+\.\d+")


def parse_digits(s: str, *, before_scale: bool = False) -> Decimal:
    """Read one figure.

    >>> parse_digits("1.500.050,30"), parse_digits("2,5"), parse_digits("12 000 000")
    (Decimal('1500050.30'), Decimal('2.5'), Decimal('12000000'))
    >>> parse_digits("38.5", before_scale=True), parse_digits("1.200", before_scale=True)
    (Decimal('38.5'), Decimal('1200'))
    >>> parse_digits("1,500,000"), parse_digits(",77")
    (Decimal('1500000'), Decimal('0.77'))
    """
    s = s.strip()
    if s[:1] in (".", ","):
        s = "0" + s
    if _SPACE_GROUPED.fullmatch(s):
        return Decimal(s.replace(" ", ""))
    if _VN_GROUPED.fullmatch(s):
        return Decimal(s.replace(".", "").replace(",", "."))
    if s.count(",") >= 2 and _EN_GROUPED.fullmatch(s):
        return Decimal(s.replace(",", ""))
    if _EN_GROUPED_POINT.fullmatch(s):
        return Decimal(s.replace(",", ""))
    if _PLAIN.fullmatch(s):
        return Decimal(s)
    if _COMMA_DECIMAL.fullmatch(s):
        return Decimal(s.replace(",", "."))
    if _DOT_DECIMAL.fullmatch(s):
        # "38.5 triệu", "3.14": a dot that cannot group thousands is a decimal point
        return Decimal(s)
    raise NumberParseError(s, "not_a_number", "not a figure")


def _is_figure(w: str) -> bool:
    return w[:1].isdigit() or (w[:1] in ".," and w[1:2].isdigit())


def _fail(words: list[str], detail: str) -> NumberParseError:
    return NumberParseError(" ".join(words), "not_a_number", detail)


def _under_hundred(toks: list[str], allow_linh: bool) -> Decimal:
    """Value of the part of a group below a hundred ("hai mươi mốt", "linh năm", "bốn bảy")."""
    n = len(toks)
    d = [DIGIT_WORDS.get(t) for t in toks]
    if n == 0:
        return Decimal(0)
    if toks[0] in ZERO_TENS_WORDS:
        if not allow_linh or n != 2 or d[1] is None:
            raise _fail(toks, f"{toks[0]!r} takes one digit after trăm or a scale")
        return Decimal(d[1] or 0)
    if toks[0] in TEN_WORDS:
        if n == 1:
            return Decimal(10)
        if n == 2 and d[1] is not None:
            return Decimal(10 + d[1])
    elif toks[0] in CONTRACTED_TENS:
        if n == 1:
            return Decimal(10 * CONTRACTED_TENS[toks[0]])
        if n == 2 and d[1] is not None:
            return Decimal(10 * CONTRACTED_TENS[toks[0]] + d[1])
    elif d[0] is not None:
        if n == 1:
            return Decimal(d[0])
        if n in (2, 3) and toks[1] in TENS_WORDS:
            if n == 2:
                return Decimal(10 * d[0])
            if d[2] is not None:
                return Decimal(10 * d[0] + d[2])
        if n == 2 and d[1] is not None and d[0] != 0:
            return Decimal(10 * d[0] + d[1])  # spoken pairs: "bốn ba" = 43, "hai mốt" = 21
    raise _fail(toks, "not a number below a hundred")


def _group(seg: list[str], prev_scale: int | None, *, final: bool, before_scale: bool) -> Decimal:
    """Value of the words between two scale words (below a thousand, or a figure)."""
    if seg and seg[-1] in HALF_WORDS:
        if len(seg) == 1:
            if prev_scale and final:
                return Decimal(prev_scale) / 2  # "ba tỷ rưỡi"
            raise _fail(seg, "rưỡi without a unit")
        head = _group(seg[:-1], prev_scale, final=False, before_scale=False)
        return head + (Decimal(50) if seg[-2] in HUNDRED_WORDS else Decimal("0.5"))
    if any(_is_figure(w) for w in seg):
        fig = seg[0]
        if not _is_figure(fig):
            raise _fail(seg, "a figure must lead its group")
        if len(seg) == 1:
            if final and prev_scale and len(fig) == 1:
                return parse_digits(fig) * prev_scale / 10  # "1 triệu 2", "1tr2"
            return parse_digits(fig, before_scale=before_scale)
        if len(seg) == 2 and (seg[1] in TENS_WORDS or seg[1] in HUNDRED_WORDS):
            mult = 10 if seg[1] in TENS_WORDS else 100
            return parse_digits(fig, before_scale=True) * mult  # "3 chục", "5 trăm"
        raise _fail(seg, "a figure followed by words")
    if final and prev_scale and len(seg) == 1 and DIGIT_WORDS.get(seg[0]):
        return Decimal(DIGIT_WORDS[seg[0]]) * prev_scale / 10  # "nghìn hai", "triệu tư"
    hundreds = [i for i, w in enumerate(seg) if w in HUNDRED_WORDS]
    if not hundreds:
        return _under_hundred(seg, allow_linh=prev_scale is not None)
    h = hundreds[0]
    prefix, rest = seg[:h], seg[h + 1 :]
    if not prefix:
        count = 1
    elif len(prefix) == 1 and prefix[0] in DIGIT_WORDS:
        count = DIGIT_WORDS[prefix[0]]
    else:
        raise _fail(seg, "trăm takes one digit before it")
    if len(rest) == 1 and DIGIT_WORDS.get(rest[0]):
        return Decimal(count * 100 + 10 * DIGIT_WORDS[rest[0]])  # "trăm mốt" = 110
    return Decimal(count * 100) + _under_hundred(rest, allow_linh=True)


def _integer_value(words: list[str]) -> Decimal:
    """Value of an integer part: groups separated by scale words, stacked ("nghìn tỷ")."""
    if not words:
        raise NumberParseError("", "empty")
    pairs: list[tuple[list[str], int | None]] = []
    seg: list[str] = []
    for w in words:
        if w in _ALL_SCALES:
            if w in SHORT_SCALES and not (seg and _is_figure(seg[-1])):
                raise _fail(words, f"{w!r} must follow a figure")
            pairs.append((seg, _ALL_SCALES[w]))
            seg = []
        else:
            seg.append(w)
    parts: list[tuple[Decimal, int]] = []  # (value, scale) of closed groups
    prev: int | None = None
    for seg_, scale in pairs:
        assert scale is not None
        value = _group(seg_, prev, final=False, before_scale=True) if seg_ else None
        absorbed = Decimal(0)
        stacked = scale
        if value is None and parts:  # "nghìn tỷ", "tỷ tỷ": a scale of the scale before
            absorbed, inner = parts.pop()
            stacked = scale * inner
        while parts and parts[-1][1] < scale:
            absorbed += parts.pop()[0]
        if value is None:
            value = Decimal(0) if absorbed else Decimal(1)
        parts.append(((value + absorbed) * scale, stacked))
        prev = scale
    total = sum((v for v, _ in parts), Decimal(0))
    if seg:
        total += _group(seg, prev, final=True, before_scale=False)
    elif not pairs:
        raise NumberParseError("", "empty")
    return total


def _fraction_digits(words: list[str]) -> str:
    """The digits after phẩy/chấm: "ba không ba" → "303", "hai tư" → "24", "23" → "23"."""
    digits = ""
    for w in words:
        if w in DIGIT_WORDS:
            digits += str(DIGIT_WORDS[w])
        elif w.isdigit():
            digits += w
        else:
            return str(int(_integer_value(words)))
    return digits


def _words_value(words: list[str]) -> Decimal:
    """Value of number words and figures (already split); raises NumberParseError."""
    for i, w in enumerate(words):
        if w in POINT_WORDS:
            integer_part, fraction = words[:i], words[i + 1 :]
            break
    else:
        return _integer_value(words)
    multiplier = Decimal(1)
    while fraction and fraction[-1] in _ALL_SCALES:  # "không phẩy hai triệu"
        multiplier *= _ALL_SCALES[fraction.pop()]
    if not fraction or not integer_part:
        raise _fail(words, "phẩy needs digits on both sides")
    value = _integer_value(integer_part) + Decimal("0." + _fraction_digits(fraction))
    return value * multiplier


def parse_number(s: str) -> Decimal:
    """One number written in digits, words or both; see the module docstring.

    >>> parse_number("3 tỷ 200 triệu"), parse_number("1 triệu 2"), parse_number("5tr")
    (Decimal('3200000000'), Decimal('1200000'), Decimal('5000000'))
    >>> parse_number("năm"), parse_number("âm một nghìn chín"), parse_number("1,2M")
    (Decimal('5'), Decimal('-1900'), Decimal('1200000'))
    >>> parse_number("ba phẩy năm"), parse_number("không phẩy hai triệu")
    (Decimal('3.5'), Decimal('200000'))
    """
    if not isinstance(s, str):
        raise TypeError(f"parse_number() takes a str, not {type(s).__name__}")
    if s.isascii() and s.isdigit():
        # The commonest case ("5" of "5%"): what the general path below gives, a sum and a
        # product rounded to the context's precision, which change nothing when it is enough.
        if len(s) <= getcontext().prec:
            return Decimal(s)
        return _whole((_ZERO + Decimal(s)) * _ONE)
    text = " ".join(s.split())
    if not text:
        raise NumberParseError(s, "empty")
    sign = Decimal(1)
    if text[0] in "-+−":
        sign = Decimal(-1) if text[0] != "+" else Decimal(1)
        text = text[1:].lstrip()
    tokens = _tokens(text)
    if "".join(tokens).replace(" ", "") != text.replace(" ", ""):
        raise NumberParseError(s, "not_a_number", "contains characters that are not a number")
    if tokens and tokens[0].lower() in MINUS_WORDS:
        sign = -sign
        tokens = tokens[1:]
    if not tokens:
        raise NumberParseError(s, "not_a_number", "contains characters that are not a number")
    words = [t if t in SHORT_SCALES else t.lower() for t in tokens]
    try:
        value = _words_value(words) * sign
    except NumberParseError as e:
        raise NumberParseError(s, e.reason, str(e)) from None
    return _whole(value)


_ZERO, _ONE = Decimal(0), Decimal(1)


def _whole(value: Decimal) -> Decimal:
    """``value`` as a whole number when it is one, else normalized."""
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


def to_int(value: Decimal) -> int | None:
    """``value`` as an int when it is whole, else ``None``."""
    return int(value) if value == value.to_integral_value() else None
