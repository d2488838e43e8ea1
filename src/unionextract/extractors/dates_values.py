"""Values of the date grammar: :class:`When`, ISO strings, record fields and date arithmetic.

>>> w = When("day", year=2021, month=7, day=27)
>>> fields(w)["value"]
'2021-07-27'
>>> fields(When("week", year=2017, week=5))["value"], fields(When("month", month=7))["value"]
('2017-W05', '--07')
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from ..context import Context
from ..numbers import DIGIT_WORDS, parse_number
from . import dates_context as around

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
#: Quarter numbers in words ("quý ba").
QUARTER_WORDS = {w: v for w, v in DIGIT_WORDS.items() if 1 <= v <= 4}


class NeedsReference(Exception):
    """A relative date ("hôm qua", "tháng này") read without ``reference_date``."""


def reference(ctx: Context) -> dt.date:
    """``ctx.reference_date``, or raise :class:`NeedsReference`."""
    if ctx.reference_date is None:
        raise NeedsReference
    return ctx.reference_date


# --- values --------------------------------------------------------------------------------


@dataclass(frozen=True)
class When:
    """A date at a grain, possibly without its year (resolved later).

    >>> w = When("day", 2021, day=27, month=7)
    >>> w, w == When("day", year=2021, month=7, day=27), replace(w, lunar=True).lunar
    (When(grain='day', year=2021, month=7, day=27, quarter=None, week=None, lunar=False), True, True)
    """

    grain: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    quarter: int | None = None
    week: int | None = None
    lunar: bool = False


def valid(w: When) -> bool:
    """Whether the day exists (29 February only in leap years; lunar months have 30 days)."""
    if w.grain != "day" or w.day is None or w.month is None:
        return True
    if w.lunar:
        return w.day <= 30
    if w.year is None:
        return w.day <= (29 if w.month == 2 else _month_days(2021, w.month))
    return w.day <= _month_days(w.year, w.month)


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month_days(year: int, month: int) -> int:
    """``calendar.monthrange(year, month)[1]`` (which raises for a month outside 1–12), without
    the weekday it computes first.

    >>> [_month_days(2021, 2), _month_days(2024, 2), _month_days(1900, 2), _month_days(2021, 12)]
    [28, 29, 28, 31]
    """
    if not 1 <= month <= 12:
        return calendar.monthrange(year, month)[1]
    if month == 2 and calendar.isleap(year):
        return 29
    return _MONTH_DAYS[month]


#: "00" to "99": a month, a day or a week in two figures, looked up (``f"{x:02d}"`` reads its
#: format at every call, and ``iso`` runs for every date).
_TWO = tuple(f"{i:02d}" for i in range(100))


def iso(w: When) -> str:
    """The ISO form of ``w`` (CONTRACT.md).

    >>> iso(When("day", 2021, 7, 27)), iso(When("month", None, 7)), iso(When("year", 938))
    ('2021-07-27', '--07', '0938')
    >>> iso(When("day", 12345, 123, 7)), iso(When("week", 2017, week=5))
    ('12345-123-07', '2017-W05')
    """
    year = w.year
    y = "-" if year is None else str(year) if 1000 <= year <= 9999 else f"{year:04d}"
    if w.grain == "day":
        return f"{y}-{_two(w.month)}-{_two(w.day)}"
    if w.grain == "month":
        return f"{y}-{_two(w.month)}"
    if w.grain == "quarter":
        return f"{y}-Q{w.quarter}"
    if w.grain == "week":
        return f"{y}-W{w.week:02d}"
    return f"{w.year:04d}"


def _two(x: int | None) -> str:
    return _TWO[x] if x is not None and 0 <= x < 100 else f"{x:02d}"


def fields(w: When, until: When | None = None) -> dict[str, Any]:
    """The DateMention fields of ``w`` (and of the end of its range)."""
    return {
        "value": iso(w),
        "grain": w.grain,
        "year": w.year,
        "month": w.month,
        "day": w.day,
        "until": iso(until) if until is not None else None,
        "lunar": w.lunar,
    }


def with_reference_year(w: When, ctx: Context, end: int | None = None) -> When:
    """Fill a missing year from ``reference_date`` (CONTRACT: else it stays unknown); not for a
    date that recurs ("ngày 14/4 hàng năm") when ``end`` says where the date ends."""
    if w.year is not None or ctx.reference_date is None or w.grain == "week":
        return w
    if end is not None and around.recurring(ctx, end):
        return w
    return replace(w, year=ctx.reference_date.year)


def from_date(d: dt.date, grain: str = "day") -> When:
    if grain == "week":
        y, wk, _ = d.isocalendar()
        return When("week", year=y, week=wk)
    if grain == "month":
        return When("month", year=d.year, month=d.month)
    if grain == "quarter":
        return When("quarter", year=d.year, quarter=(d.month - 1) // 3 + 1)
    if grain == "year":
        return When("year", year=d.year)
    return When("day", year=d.year, month=d.month, day=d.day)


def shift(ref: dt.date, unit: str, n: int) -> When:
    """The period ``n`` units away from ``ref`` ("tháng trước" = month, -1)."""
    if unit == "day":
        return from_date(ref + dt.timedelta(days=n))
    if unit == "week":
        return from_date(ref + dt.timedelta(weeks=n), "week")
    if unit == "month":
        k = ref.year * 12 + ref.month - 1 + n
        return When("month", year=k // 12, month=k % 12 + 1)
    if unit == "quarter":
        k = ref.year * 4 + (ref.month - 1) // 3 + n
        return When("quarter", year=k // 4, quarter=k % 4 + 1)
    return When("year", year=ref.year + n)


def two_digit_year(yy: int) -> int:
    """Two-digit years: "3/3/17" is 2017, "3/9/91" is 1991 (pivot 50, like most date libraries)."""
    return 2000 + yy if yy < 50 else 1900 + yy


def quarter_number(s: str) -> int:
    key = s.lower()
    if key in _ROMAN:
        return _ROMAN[key]
    if key in QUARTER_WORDS:
        return QUARTER_WORDS[key]
    return int(key)


def spoken_number(s: str) -> int | None:
    """A day or a year read aloud, including digit-by-digit years.

    >>> spoken_number("hai không hai ba"), spoken_number("một chín chín chín")
    (2023, 1999)
    >>> spoken_number("hai mươi tư"), spoken_number("hai tư")
    (24, 24)
    """
    words = s.lower().split()
    if len(words) >= 2 and all(w in DIGIT_WORDS or w in ("linh", "lẻ", "mười") for w in words):
        if len(words) == 2 and words[0] != "không" and "mười" not in words:
            return DIGIT_WORDS[words[0]] * 10 + DIGIT_WORDS[words[1]]
        out = ""
        i = 0
        while i < len(words):
            w = words[i]
            if w == "mười":
                nxt = words[i + 1] if i + 1 < len(words) else ""
                out += f"1{DIGIT_WORDS[nxt]}" if nxt in DIGIT_WORDS else "10"
                i += 2 if nxt in DIGIT_WORDS else 1
                continue
            out += "0" if w in ("linh", "lẻ") else str(DIGIT_WORDS[w])
            i += 1
        return int(out)
    try:
        value = parse_number(s)
    except ValueError:
        return None
    return int(value) if value == value.to_integral_value() else None
