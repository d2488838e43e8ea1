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
    DAY,
    DAY_WORDS,
    KIND,
    MONTH,
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
    return _range(FROM_TO.name, m, a, b, ctx)


FROM_TO = date_rule(
    "từ <date> đến <date>",
    (rf"{WB}{_FROM}?{atom_any('a_')}{_TO}{atom_any('b_')}{WE}"),
    _build_from_to,
    (
        "từ ngày 20/4 đến ngày 30/4/2022",
        "từ 24-7 đến 31-7",
        "từ tháng 7 đến tháng 9/2021",
        "từ năm 2021 đến năm 2025",
        "ngày 30/4 - 1/5/2021",
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
    return _range(DAY_SPAN.name, m, replace(b, day=first), b, ctx)


DAY_SPAN = date_rule(
    "<d>-<d>/<m>/<y>",
    rf"{WB}{_FROM}?(?:ngày{SP})?(?P<d1>{DAY}){_TO}{atom_day('b_')}{WE}",
    _build_day_span,
    ("20-25/7/2021", "từ 20 đến 25/7", "ngày 20 - 25 tháng 7 năm 2021", "từ ngày 5 đến ngày 9/8"),
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


# --- "ngày 26 và 27/7": several days sharing one month ------------------------------------

_AND = rf"(?:{OSP},{OSP}|{SP}(?:và|&){SP})"
_LEADING_DAY = regex.compile(rf"(?:ngày{SP})?{DAY}", regex.V1 | regex.IGNORECASE)


def _build_day_list(m: regex.Match[str], ctx: Context) -> list[Candidate] | None:
    b = atom_value(m, "b_", ctx)
    if b is None or b.grain != "day":
        return None
    b = with_reference_year(b, ctx)
    out: list[Candidate] = []
    for d in _LEADING_DAY.finditer(ctx.text, m.start("days"), m.end("days")):
        w = replace(b, day=int(d.group()[-2:].strip()))
        if not valid(w) or w.day == b.day:
            return None
        out.append(Candidate(KIND, d.start(), d.end(), DAY_LIST.name, fields(w), 1))
    out.append(Candidate(KIND, m.start("b"), m.end(), DAY_LIST.name, fields(b), 1))
    # the whole list, recognised but not one date: dropped by `resolved` like an unresolved form
    out.append(Candidate(KIND, m.start(), m.end(), DAY_LIST.name, {"value": None}, 1))
    return out


DAY_LIST = date_rule(
    "ngày <d> và <d>/<m>",
    rf"{WB}(?P<days>ngày{SP}{DAY}(?:{_AND}{DAY}){{0,5}}){_AND}(?P<b>{atom_day('b_')}){WE}",
    _build_day_list,
    ("ngày 26 và 27/7", "ngày 3, 4 và 5/8/2021", "ngày 26 và 27 tháng 7"),
    first=("ngày",),
)


# --- "tháng 7 và 8/2021": several months sharing one year ---------------------------------

_LEADING_MONTH = regex.compile(rf"(?:tháng{SP})?(?P<m>{MONTH})", regex.V1 | regex.IGNORECASE)


def _build_month_list(m: regex.Match[str], ctx: Context) -> list[Candidate] | None:
    year = int(m.group("y"))
    last = When("month", year=year, month=int(m.group("m_last")))
    out: list[Candidate] = []
    for x in _LEADING_MONTH.finditer(ctx.text, m.start("ms"), m.end("ms")):
        month = int(x.group("m"))
        if month == last.month:
            return None
        # "tháng 12 và 1/2022": a month after the last one belongs to the year before
        w = When("month", year=year - 1 if month > int(m.group("m_last")) else year, month=month)
        out.append(Candidate(KIND, x.start(), x.end(), MONTH_LIST.name, fields(w), 1))
    out.append(Candidate(KIND, m.start("last"), m.end(), MONTH_LIST.name, fields(last), 1))
    out.append(Candidate(KIND, m.start(), m.end(), MONTH_LIST.name, {"value": None}, 1))
    return out


MONTH_LIST = date_rule(
    "tháng <m> và <m>/<y>",
    rf"{WB}(?P<ms>tháng{SP}{MONTH}(?:{_AND}(?:tháng{SP})?{MONTH}){{0,5}}){_AND}"
    rf"(?P<last>(?:tháng{SP})?(?P<m_last>{MONTH})(?:{OSP}[/-]{OSP}|{SP}năm{SP})(?P<y>{YEAR4})){WE}",
    _build_month_list,
    ("tháng 7 và 8/2021", "tháng 7, 8 và 9 năm 2021", "tháng 7 và tháng 8/2021"),
    first=("tháng",),
)


def _build_year_list(m: regex.Match[str], ctx: Context) -> list[Candidate] | None:
    out: list[Candidate] = []
    seen: set[int] = set()
    for x in _LEADING_YEAR.finditer(ctx.text, m.start(), m.end()):
        year = int(x.group("y"))
        if year in seen:
            return None
        seen.add(year)
        out.append(
            Candidate(KIND, x.start(), x.end(), YEAR_LIST.name, fields(When("year", year=year)), 1)
        )
    out.append(Candidate(KIND, m.start(), m.end(), YEAR_LIST.name, {"value": None}, 1))
    return out


_LEADING_YEAR = regex.compile(rf"(?:năm{SP})?(?P<y>{YEAR4})", regex.V1 | regex.IGNORECASE)

YEAR_LIST = date_rule(
    "năm <y> và <y>",
    rf"{WB}năm{SP}{YEAR4}(?:{_AND}{YEAR4}){{0,8}}{_AND}(?:năm{SP})?{YEAR4}{WE}",
    _build_year_list,
    ("năm 2020 và 2021", "năm 2019, 2020 và 2021", "năm 2020 và năm 2021"),
    first=("năm",),
)

RULES: tuple[Rule, ...] = (
    FROM_TO,
    DAY_SPAN,
    YEAR_SPAN,
    MONTHS_OF_YEAR,
    PART_OF,
    DAY_LIST,
    MONTH_LIST,
    YEAR_LIST,
)
