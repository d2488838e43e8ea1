"""Dates resolved against ``reference_date``: "hôm qua", "tuần tới", "năm ngoái", weekdays.

Without a reference date these give no mention: their value cannot be known (the rules still
recognise them, see :func:`.dates_common.date_rule`). Weeks start on
Monday (ISO). A bare weekday ("thứ 2") is the next one on or after the reference day (as in
Duckling); "thứ sáu tới" the next one after it; "thứ ba vừa rồi" the last one before it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import regex

from ..context import Context
from ..rules import Candidate, Rule
from . import dates_context as around
from .dates_common import (
    DIRECTION,
    DIRECTIONS,
    OSP,
    REL_ANY,
    REL_WEEK,
    RELATIVE,
    SP,
    SUNDAY,
    SUNDAYS,
    WB,
    WE,
    WEEKDAY_WORD,
    WEEKDAYS,
    atom_day,
    atom_month,
    atom_value,
    date_rule,
    lower_key,
)
from .dates_values import (
    fields,
    from_date,
    reference,
    shift,
    with_reference_year,
)

#: A weekday: "thứ Hai", "thứ 5", "Chủ nhật", "chúa nhật".
WEEKDAY = rf"(?:thứ{SP}(?P<wd>{WEEKDAY_WORD})|(?P<sun>{SUNDAY}))"


_WEEKDAY_FIRST = ("thứ", *SUNDAYS)


def weekday_number(m: regex.Match[str]) -> int:
    return 7 if m.group("sun") else WEEKDAYS[lower_key(m.group("wd"))]


# --- "hôm qua", "tuần tới", "năm ngoái" ----------------------------------------------------


def _build_relative(m: regex.Match[str], ctx: Context) -> Candidate | None:
    unit, n = RELATIVE[lower_key(m.group("rel"))]
    if unit != "day" and around.quantity_before(ctx, m.start()):
        return None  # "2 năm trước", "những năm trước", "3 tháng tới" are not one period
    if around.anaphoric(ctx, m.end()):
        return None
    return RELATIVE_RULE.candidate(m, fields(shift(reference(ctx), unit, n)))


RELATIVE_RULE = date_rule(
    "hôm nay / tuần tới / năm ngoái",
    (rf"{WB}(?P<rel>{REL_ANY}){WE}"),
    _build_relative,
    ("hôm nay", "ngày hôm qua", "tuần này", "tháng trước", "quý tới", "năm ngoái", "năm nay"),
    first=tuple(RELATIVE),
)


# --- weekdays ------------------------------------------------------------------------------


def _build_weekday_date(m: regex.Match[str], ctx: Context) -> Candidate | None:
    w = atom_value(m, "a_", ctx)
    if w is None or w.grain != "day":
        return None
    return WEEKDAY_DATE.candidate(m, fields(with_reference_year(w, ctx)))


WEEKDAY_DATE = date_rule(
    "thứ <w>, ngày <d>/<m>",
    (rf"{WB}{WEEKDAY}{OSP}[,(-]?{OSP}{atom_day('a_')}\)?{WE}"),
    _build_weekday_date,
    ("thứ 2 ngày 6 tháng 2", "Chủ nhật ngày mồng 9 tháng 4", "Thứ Ba, 27/7/2021", "thứ hai 6/2"),
    priority=1,
    first=_WEEKDAY_FIRST,
)


def _build_weekday_week(m: regex.Match[str], ctx: Context) -> Candidate | None:
    ref = reference(ctx)
    _, n = RELATIVE[lower_key(m.group("rel"))]
    monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=n)
    day = monday + dt.timedelta(days=weekday_number(m) - 1)
    return WEEKDAY_WEEK.candidate(m, fields(from_date(day)))


WEEKDAY_WEEK = date_rule(
    "thứ <w> tuần tới",
    (rf"{WB}{WEEKDAY}{SP}(?:của{SP})?(?P<rel>{REL_WEEK}){WE}"),
    _build_weekday_week,
    ("thứ năm tuần tới", "thứ 6 của tuần này", "chủ nhật tuần trước"),
    first=_WEEKDAY_FIRST,
)


def _weekday_day(ref: dt.date, weekday: int, direction: int | None) -> dt.date:
    now = ref.isoweekday()
    if direction is None:  # bare: on or after the reference day
        return ref + dt.timedelta(days=(weekday - now) % 7)
    if direction > 0:
        return ref + dt.timedelta(days=(weekday - now - 1) % 7 + 1)
    if direction < 0:
        return ref - dt.timedelta(days=(now - weekday - 1) % 7 + 1)
    return ref - dt.timedelta(days=now - 1) + dt.timedelta(days=weekday - 1)  # "này"


def _bare_weekday_is_date(m: regex.Match[str], ctx: Context) -> bool:
    """A weekday as in "vào thứ 5", "Thứ Hai", a line starting "thứ 2"; not "lần thứ 4", nor "Thứ hai, ..." (Secondly)."""
    word = m.group("wd") or ""
    if around.quantity_before(ctx, m.start()):
        return False  # "các ngày thứ bảy", "mỗi chủ nhật": every such day, not one
    if around.ordinal_after(ctx, m.end()):
        return False  # "ngày thứ 2 liên tiếp": the second day in a row
    if word.islower() and not word.isdigit() and around.ngay_before(ctx, m.start()):
        return False  # "ngày thứ hai" is mostly "the second day"; the weekday is "thứ Hai"
    if not word or word[0].isupper() or around.cue_before(ctx, m.start()):
        return True  # Sunday, "thứ Hai" (capitalised day name), or announced by a cue
    if around.starts_line(ctx, m.start()):
        return not regex.match(rf"{OSP}[,:.]", ctx.text[m.end() : m.end() + 3])
    return False


def _build_weekday(m: regex.Match[str], ctx: Context) -> Candidate | None:
    direction = DIRECTIONS[lower_key(m.group("dir"))] if m.group("dir") else None
    if direction is None and not _bare_weekday_is_date(m, ctx):
        return None
    day = _weekday_day(reference(ctx), weekday_number(m), direction)
    return WEEKDAY_RULE.candidate(m, fields(from_date(day)))


WEEKDAY_RULE = date_rule(
    "thứ <w>",
    (rf"{WB}{WEEKDAY}(?:{SP}(?P<dir>{DIRECTION}))?{WE}"),
    _build_weekday,
    ("thứ 2", "thứ hai", "chủ nhật", "chúa nhật", "thứ ba tới", "thứ ba vừa rồi"),
    first=_WEEKDAY_FIRST,
)


# --- "tháng 3 tới" -------------------------------------------------------------------------


def _build_month_direction(m: regex.Match[str], ctx: Context) -> Candidate | None:
    w = atom_value(m, "a_", ctx)
    if w is None or w.year is not None or w.month is None:
        return None
    ref = reference(ctx)
    direction = DIRECTIONS[lower_key(m.group("dir"))]
    year = ref.year
    if direction > 0 and w.month <= ref.month:
        year += 1
    elif direction < 0 and w.month >= ref.month:
        year -= 1
    return MONTH_DIRECTION.candidate(m, fields(replace(w, year=year)))


MONTH_DIRECTION = date_rule(
    "tháng <m> tới",
    (rf"{WB}{atom_month('a_')}{SP}(?P<dir>{DIRECTION}){WE}"),
    _build_month_direction,
    ("tháng 3 tới", "tháng 12 vừa qua", "tháng bảy này"),
    first=("tháng",),
)

RULES: tuple[Rule, ...] = (
    RELATIVE_RULE,
    WEEKDAY_DATE,
    WEEKDAY_WEEK,
    WEEKDAY_RULE,
    MONTH_DIRECTION,
)
