"""Lists of dates that share a month or a year: each item is its own mention.

"ngày 26 và 27/7" → "ngày 26" and "27/7" (both July); "tháng 7, 8 và 9/2021", "quý III và quý IV
năm 2021", "quý I, II/2021", "ngày 28/7 và 3/8/2021": every item takes the year written once at
the end ("tháng 12 và 1/2022": an item later in the year than the last one belongs to the year
before). The first item keeps its word ("quý III", "tháng 7"); a bare item is its figure ("II",
"8"); the last item runs to the year ("II/2021", "quý IV năm 2021").
"""

from __future__ import annotations

from dataclasses import replace

import regex

from ..context import Context
from ..rules import Candidate, Rule
from .dates_common import (
    DAY,
    FLAGS,
    KIND,
    MONTH,
    OSP,
    QUARTER_NUM,
    SP,
    WB,
    WE,
    YEAR4,
    atom_day,
    atom_value,
    date_rule,
    month_token,
    year_tail,
)
from .dates_values import When, fields, valid, with_reference_year

_AND = rf"(?:{OSP},{OSP}|{SP}(?:và|&){SP})"
_MAX = 5  # items before the last

# --- "ngày 26 và 27/7": several days sharing one month ------------------------------------

_LEADING_DAY = regex.compile(rf"(?:ngày{SP})?{DAY}", FLAGS)


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
    return out


DAY_LIST = date_rule(
    "ngày <d> và <d>/<m>",
    rf"{WB}(?P<days>ngày{SP}{DAY}(?:{_AND}{DAY}){{0,{_MAX}}}){_AND}(?P<b>{atom_day('b_')}){WE}",
    _build_day_list,
    ("[ngày 26] và 27/7", "ngày 3, 4 và [5/8/2021]", "ngày 26 và [27 tháng 7]"),
    first=("ngày",),
)

# --- items sharing the year of the last one -----------------------------------------------


def _order(w: When) -> tuple[int, int]:
    """Where ``w`` falls in its year."""
    if w.grain == "quarter":
        return (3 * ((w.quarter or 1) - 1) + 1, 0)
    return (w.month or 0, w.day or 0)


def _shared_year_rule(
    name: str,
    item: str,
    more: str,
    last: str,
    scan: str,
    examples: tuple[str, ...],
    first: tuple[str, ...],
) -> Rule:
    """Items ``item`` (then ``more``) without a year, and a ``last`` one with it (prefix b_);
    ``scan`` reads one item back (prefix x_)."""
    scanner = regex.compile(scan, FLAGS)
    pattern = rf"{WB}(?P<items>{item}(?:{_AND}{more}){{0,{_MAX}}}){_AND}(?P<last>{last}){WE}"

    def build(m: regex.Match[str], ctx: Context) -> list[Candidate] | None:
        b = atom_value(m, "b_", ctx)
        if b is None or b.year is None:
            return None
        out: list[Candidate] = []
        for x in scanner.finditer(ctx.text, m.start("items"), m.end("items")):
            w = atom_value(x, "x_", ctx)
            if w is None or w.year is not None or w.grain != b.grain or w.lunar != b.lunar:
                return None
            if _order(w) == _order(b):
                return None
            w = replace(w, year=b.year - 1 if _order(w) > _order(b) else b.year)
            if not valid(w):
                return None
            out.append(Candidate(KIND, x.start(), x.end(), name, fields(w), 1))
        out.append(Candidate(KIND, m.start("last"), m.end(), name, fields(b), 1))
        return out

    return date_rule(name, pattern, build, examples, 1, first)


def _numeric_day(p: str) -> str:
    return rf"(?:ngày{SP})?(?P<{p}d>{DAY})(?P<{p}sep>[/-])(?P<{p}m>{MONTH})"


def _spelled_day(p: str) -> str:
    return rf"(?:ngày{SP})?(?:(?:mồng|mùng){SP})?(?P<{p}d>{DAY}){SP}tháng{SP}(?P<{p}m>{MONTH})"


def _month_item(p: str) -> str:
    return rf"tháng{SP}{month_token(p)}"


def _month_more(p: str) -> str:
    return rf"(?:tháng{SP}{month_token(p)}|(?P<{p}m>{MONTH}))"


def _quarter_item(p: str) -> str:
    return rf"quý{SP}(?P<{p}q>{QUARTER_NUM})"


def _quarter_more(p: str) -> str:
    return rf"(?:quý{SP})?(?P<{p}q>{QUARTER_NUM})"


MONTH_LIST = _shared_year_rule(
    "tháng <m> và <m>/<y>",
    _month_item("i_"),
    _month_more("i_"),
    rf"{_month_more('b_')}{year_tail('b_')}",
    _month_more("x_"),
    (
        "[tháng 7] và 8/2021",
        "tháng 7, 8 và [9 năm 2021]",
        "tháng 7 và [tháng 8/2021]",
        "[tháng Ba] và tháng Tư năm 2022",
    ),
    ("tháng",),
)
QUARTER_LIST = _shared_year_rule(
    "quý <q> và quý <q>/<y>",
    _quarter_item("i_"),
    _quarter_more("i_"),
    rf"{_quarter_more('b_')}{year_tail('b_')}",
    _quarter_more("x_"),
    ("[quý III] và quý IV năm 2021", "[quý I], II/2021", "quý 1 và [quý 2/2020]"),
    ("quý",),
)
DAY_YEAR_LIST = _shared_year_rule(
    "ngày <d>/<m> và <d>/<m>/<y>",
    _numeric_day("i_"),
    _numeric_day("i_"),
    rf"(?:ngày{SP})?(?P<b_d>{DAY})(?P<b_sep>[/-])(?P<b_m>{MONTH})(?P=b_sep)(?P<b_y>{YEAR4})",
    _numeric_day("x_"),
    ("[ngày 28/7] và 3/8/2021", "ngày 2/8, [5/8] và 9/8/2021", "[30/12] và 2/1/2022"),
    ("#", "ngày"),
)
SPELLED_DAY_LIST = _shared_year_rule(
    "ngày <d> tháng <m> và ngày <d> tháng <m> năm <y>",
    _spelled_day("i_"),
    _spelled_day("i_"),
    rf"{_spelled_day('b_')}{year_tail('b_')}",
    _spelled_day("x_"),
    ("[ngày 28 tháng 7] và ngày 3 tháng 8 năm 2021", "ngày 30 tháng 12 và [2 tháng 1 năm 2022]"),
    ("ngày", "mồng", "mùng"),  # a list of spelled days starts with its word
)

# --- "các năm 2019, 2020 và 2021" ---------------------------------------------------------

_LEADING_YEAR = regex.compile(rf"(?:năm{SP})?(?P<y>{YEAR4})", FLAGS)


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
    return out


YEAR_LIST = date_rule(
    "năm <y> và <y>",
    rf"{WB}năm{SP}{YEAR4}(?:{_AND}{YEAR4}){{0,8}}{_AND}(?:năm{SP})?{YEAR4}{WE}",
    _build_year_list,
    ("[năm 2020] và 2021", "năm 2019, [2020] và 2021", "năm 2020 và [năm 2021]"),
    first=("năm",),
)

RULES: tuple[Rule, ...] = (
    DAY_LIST,
    MONTH_LIST,
    QUARTER_LIST,
    DAY_YEAR_LIST,
    SPELLED_DAY_LIST,
    YEAR_LIST,
)
