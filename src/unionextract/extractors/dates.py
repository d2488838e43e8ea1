"""Dates resolved to ISO values at their grain (CONTRACT.md).

>>> from unionextract import extract
>>> [(d.text, d.value) for d in extract("Lai Châu, ngày 27 tháng 7 năm 2021").dates]
[('ngày 27 tháng 7 năm 2021', '2021-07-27')]
>>> [(d.text, d.value) for d in extract("Công văn ngày 21/7/2021 và năm 2022").dates]
[('ngày 21/7/2021', '2021-07-21'), ('năm 2022', '2022')]
"""

from __future__ import annotations

import calendar
from typing import Any

import regex

from ..context import Context
from ..rules import Candidate, Rule, run_rules

KIND = "date"

_WB = r"(?<![\p{L}\p{N}/.,-])"
_WE = r"(?![\p{L}\p{N}]|[/.-]\d)"
DAY = r"(?P<d>0?[1-9]|[12]\d|3[01])"
MONTH = r"(?P<m>0?[1-9]|1[0-2])"
YEAR = r"(?P<y>(?:1[89]|2[01])\d\d)"
_NGAY = r"(?:(?:[Nn]gày|[Mm][ồù]ng)[ ]+)"


def day_fields(year: int | None, month: int, day: int) -> dict[str, Any] | None:
    """Fields of a day-grain date, or ``None`` when the day does not exist."""
    if year is not None:
        if day > calendar.monthrange(year, month)[1]:
            return None
        value = f"{year:04d}-{month:02d}-{day:02d}"
    else:
        if day > (29 if month == 2 else calendar.monthrange(2021, month)[1]):
            return None
        value = f"--{month:02d}-{day:02d}"
    return {"value": value, "grain": "day", "year": year, "month": month, "day": day}


def _year(m: regex.Match[str], ctx: Context) -> int | None:
    if m.group("y"):
        return int(m.group("y"))
    return ctx.reference_date.year if ctx.reference_date else None


def _day_rule(name: str, pattern: str, examples: tuple[str, ...]) -> Rule:
    def build(m: regex.Match[str], ctx: Context) -> Candidate | None:
        fields = day_fields(_year(m, ctx), int(m.group("m")), int(m.group("d")))
        return Candidate(KIND, m.start(), m.end(), name, fields) if fields else None

    return Rule(name, KIND, regex.compile(pattern, regex.V1), build, examples)


FORMAL = _day_rule(
    "ngày <d> tháng <m> năm <y>",
    rf"{_WB}{_NGAY}?{DAY}[ ]+tháng[ ]+{MONTH}(?:[ ]+năm[ ]+{YEAR})?{_WE}",
    ("ngày 27 tháng 7 năm 2021", "ngày 05 tháng 01 năm 2020"),
)
NUMERIC = _day_rule(
    "ngày? <d>/<m>/<y>",
    rf"{_WB}{_NGAY}?{DAY}(?P<sep>[/.-]){MONTH}(?:(?P=sep){YEAR})?{_WE}",
    ("27/7/2021", "ngày 21/7/2021", "30-8-2019", "27.7.2021"),
)


def _build_month(m: regex.Match[str], ctx: Context) -> Candidate | None:
    month = int(m.group("m"))
    year = _year(m, ctx)
    value = f"{year:04d}-{month:02d}" if year else f"--{month:02d}"
    return MONTH_YEAR.candidate(
        m, {"value": value, "grain": "month", "year": year, "month": month, "day": None}
    )


MONTH_YEAR = Rule(
    "tháng <m>/<y>",
    KIND,
    regex.compile(rf"{_WB}[Tt]háng[ ]+{MONTH}(?:[ ]*/[ ]*|[ ]+năm[ ]+){YEAR}{_WE}", regex.V1),
    _build_month,
    ("tháng 7/2021", "tháng 7 năm 2021"),
)


def _build_year(m: regex.Match[str], ctx: Context) -> Candidate | None:
    year = int(m.group("y"))
    return YEAR_ONLY.candidate(
        m, {"value": f"{year:04d}", "grain": "year", "year": year, "month": None, "day": None}
    )


YEAR_ONLY = Rule(
    "năm <y>",
    KIND,
    regex.compile(rf"{_WB}[Nn]ăm[ ]+{YEAR}{_WE}", regex.V1),
    _build_year,
    ("năm 2021", "Năm 2021"),
)

RULES: tuple[Rule, ...] = (FORMAL, NUMERIC, MONTH_YEAR, YEAR_ONLY)


def extract(ctx: Context) -> list[Candidate]:
    return run_rules(RULES, ctx)
