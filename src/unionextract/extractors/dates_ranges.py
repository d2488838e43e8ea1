"""Ranges and parts of periods, each ONE mention with ``until``.

"từ ngày 20/4 đến ngày 30/4/2022" → 2022-04-20 until 2022-04-30 (the first side takes its year
from the second); "20-25/7/2021"; "giai đoạn 2021–2025" → 2021 until 2025; "6 tháng đầu năm
2022" → 2022-01 until 2022-06; "cuối tháng 7" → 2021-07 (the period it is part of).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import regex

from ..context import Context
from ..numbers import NUMBER_WORDS
from ..rules import Candidate, Rule, alternation
from .dates_common import (
    CLOCK,
    DAY,
    DAY_WORDS,
    KIND,
    NGAY_WORDS,
    OSP,
    PART,
    PARTS,
    PERIODS,
    REL_ANY,
    REL_YEAR,
    RELATIVE,
    SP,
    WB,
    WE,
    YEAR4,
    atom_any,
    atom_day,
    atom_month,
    atom_quarter,
    atom_value,
    atom_year,
    date_rule,
    lower_key,
)
from .dates_values import (
    When,
    fields,
    reference,
    shift,
    spoken_number,
    valid,
    with_reference_year,
)

#: Words any single date can start with (the sides of a range).
_ANY_FIRST = ("kể", "từ", "tháng", "quý", "năm", *NGAY_WORDS, *NUMBER_WORDS, *RELATIVE)
_FROM = rf"(?:(?:kể{SP})?từ{SP})"
_TO = rf"(?:{OSP}(?:-|–){OSP}|{SP}(?:cho{SP})?(?:đến|tới)(?:{SP}hết)?{SP})"


def start_of(w: When) -> dt.date | None:
    """First day of ``w`` (for ordering the sides of a range); ``None`` without a year."""
    if w.year is None or w.grain == "week":
        return None
    month = w.month or (3 * (w.quarter - 1) + 1 if w.quarter else 1)
    return dt.date(w.year, month, w.day or 1)


def pair_years(a: When, b: When) -> tuple[When, When] | None:
    """Give each side the other's year when it has none ("từ 25/12 đến 5/1/2022": 2021 → 2022)."""
    if a.year is None and b.year is not None:
        a = replace(a, year=b.year)
        sa, sb = start_of(a), start_of(b)
        if sa and sb and sa > sb:
            a = replace(a, year=b.year - 1)
    elif b.year is None and a.year is not None:
        b = replace(b, year=a.year)
        sa, sb = start_of(a), start_of(b)
        if sa and sb and sa > sb:
            b = replace(b, year=a.year + 1)
    if not (valid(a) and valid(b)):
        return None
    sa, sb = start_of(a), start_of(b)
    if sa and sb and sa > sb:
        return None
    return a, b


def _range(rule_name: str, m: regex.Match[str], a: When, b: When, ctx: Context) -> Candidate | None:
    paired = pair_years(a, b)
    if paired is None:
        return None
    a, b = paired
    if a.year is None and b.year is None and ctx.reference_date is not None:
        a, b = with_reference_year(a, ctx), with_reference_year(b, ctx)
        paired = pair_years(a, b)
        if paired is None:
            return None
        a, b = paired
    if (a.year is None) != (b.year is None):
        return None
    return Candidate(KIND, m.start(), m.end(), rule_name, fields(a, b), 2)


# --- "từ <date> đến <date>" ----------------------------------------------------------------


def _build_from_to(m: regex.Match[str], ctx: Context) -> Candidate | None:
    a, b = atom_value(m, "a_", ctx), atom_value(m, "b_", ctx)
    if a is None or b is None:
        return None
    if (m.group("a_clock") and a.grain != "day") or (m.group("b_clock") and b.grain != "day"):
        return None  # a time of day goes with a day ("từ 18h ngày 16/8"), not a month
    return _range(FROM_TO.name, m, a, b, ctx)


#: A time of day before a side of a range: "từ 18h ngày 16/8 đến 6h ngày 20/8".
def _clock(p: str) -> str:
    return rf"(?:(?P<{p}clock>{CLOCK})(?:{OSP},)?{SP})?"


FROM_TO = date_rule(
    "từ <date> đến <date>",
    (rf"{WB}(?:{_FROM}{_clock('a_')})?{atom_any('a_')}{_TO}{_clock('b_')}{atom_any('b_')}{WE}"),
    _build_from_to,
    (
        "từ ngày 20/4 đến ngày 30/4/2022",
        "từ 24-7 đến 31-7",
        "từ tháng 7 đến tháng 9/2021",
        "từ năm 2021 đến năm 2025",
        "ngày 30/4 - 1/5/2021",
        "từ 6h ngày 12/9 đến 24h ngày 20/9/2021",
        "Từ 12 giờ 00 phút ngày 1/8 đến 12 giờ ngày 15/8",
        "từ sáng 2/9 đến tối 4/9",
    ),
    priority=2,
    first=_ANY_FIRST,
)


# --- "20-25/7/2021" ------------------------------------------------------------------------


def _build_day_span(m: regex.Match[str], ctx: Context) -> Candidate | None:
    b = atom_value(m, "b_", ctx)
    if b is None or b.grain != "day" or b.day is None:
        return None
    first = int(m.group("d1"))
    if first >= b.day:
        return None
    if m.group("a_clock") and not m.group("ngay1"):
        return None  # "từ 7h 5 đến …" is no day
    return _range(DAY_SPAN.name, m, replace(b, day=first), b, ctx)


DAY_SPAN = date_rule(
    "<d>-<d>/<m>/<y>",
    rf"{WB}(?:{_FROM}{_clock('a_')})?(?P<ngay1>ngày{SP})?(?P<d1>{DAY}){_TO}{_clock('b_')}"
    rf"{atom_day('b_')}{WE}",
    _build_day_span,
    (
        "20-25/7/2021",
        "từ 20 đến 25/7",
        "ngày 20 - 25 tháng 7 năm 2021",
        "từ ngày 5 đến ngày 9/8",
        "từ 18h ngày 5 đến 6h ngày 9/8/2021",
    ),
    priority=2,
    first=("kể", "từ", *NGAY_WORDS),
)


# --- "giai đoạn 2021–2025" -----------------------------------------------------------------

_PERIOD = alternation(PERIODS)


def _build_years(m: regex.Match[str], ctx: Context) -> Candidate | None:
    y1 = int(m.group("y1"))
    raw = m.group("y2")
    y2 = int(raw) if len(raw) == 4 else y1 // 100 * 100 + int(raw)
    if not y1 < y2 <= y1 + 30:
        return None
    cue = m.group("cue")
    start = m.start("y1") if cue and PERIODS.get(lower_key(cue)) == "cue" else m.start()
    if cue is None and not m.group("from"):
        return None
    fields_ = fields(When("year", year=y1), When("year", year=y2))
    return Candidate(KIND, start, m.end(), YEAR_SPAN.name, fields_, 2)


YEAR_SPAN = date_rule(
    "giai đoạn <y>-<y>",
    (
        rf"{WB}(?:(?P<cue>{_PERIOD}){SP}|(?P<from>{_FROM}))(?:năm{SP})?(?P<y1>{YEAR4})"
        rf"{_TO}(?:năm{SP})?(?P<y2>{YEAR4}|\d\d(?!\d)){WE}"
    ),
    _build_years,
    ("giai đoạn 2021–2025", "nhiệm kỳ 2023 - 2028", "năm học 2021-2022", "từ 2021 đến 2025"),
    priority=2,
    first=("kể", "từ", *PERIODS),
)


# --- "6 tháng đầu năm 2022" ----------------------------------------------------------------


def _build_months_of_year(m: regex.Match[str], ctx: Context) -> Candidate | None:
    raw = m.group("n")
    n = 6 if raw.lower() == "nửa" else spoken_number(raw) if not raw.isdigit() else int(raw)
    if n is None or not 1 <= n <= 11:
        return None
    if m.group("y"):
        year: int | None = int(m.group("y"))
    elif m.group("ry"):
        year = shift(reference(ctx), "year", RELATIVE[lower_key(m.group("ry"))][1]).year
    else:
        year = ctx.reference_date.year if ctx.reference_date else None
    if not m.group("part") and not (m.group("y") or m.group("ry")):
        return None  # "9 tháng" alone is a duration
    if (m.group("part") or "đầu").lower() == "cuối":
        a, b = When("month", year=year, month=13 - n), When("month", year=year, month=12)
    else:
        a, b = When("month", year=year, month=1), When("month", year=year, month=n)
    return MONTHS_OF_YEAR.candidate(m, fields(a, b))


MONTHS_OF_YEAR = date_rule(
    "<n> tháng đầu năm <y>",
    (
        rf"{WB}(?:(?P<n>\d{{1,2}}|{DAY_WORDS}){SP}tháng|(?P<n>nửa))"
        rf"(?:{SP}(?P<part>đầu|cuối))?{SP}(?:(?P<ry>{REL_YEAR})|năm(?:{SP}(?P<y>{YEAR4}))?)"
        rf"{WE}"
    ),
    _build_months_of_year,
    ("6 tháng đầu năm 2022", "9 tháng năm 2021", "6 tháng cuối năm", "nửa đầu năm nay"),
    priority=2,
    first=("#", "nửa", *NUMBER_WORDS),
)


# --- "cuối tháng 7", "đầu năm 2021" --------------------------------------------------------


def _build_part(m: regex.Match[str], ctx: Context) -> Candidate | None:
    w = atom_value(m, "a_", ctx)
    if w is None or w.grain == "day":
        return None
    return PART_OF.candidate(m, fields(with_reference_year(w, ctx)))


PART_OF = date_rule(
    "đầu/giữa/cuối <period>",
    (
        rf"{WB}(?P<part>{PART}){SP}(?:{atom_month('a_')}|{atom_quarter('a_')}|{atom_year('a_')}"
        rf"|(?P<a_rel>{REL_ANY})){WE}"
    ),
    _build_part,
    ("cuối tháng 7", "đầu năm 2021", "giữa tháng này", "cuối quý II/2021", "cuối tuần này"),
    priority=1,
    first=tuple(PARTS),
)


RULES: tuple[Rule, ...] = (
    FROM_TO,
    DAY_SPAN,
    YEAR_SPAN,
    MONTHS_OF_YEAR,
    PART_OF,
)
