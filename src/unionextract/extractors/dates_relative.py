"""Dates resolved against ``reference_date``: "hôm qua", "tuần tới", "năm ngoái", weekdays.

Without a reference date these give no mention: their value cannot be known. Weeks start on
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
    FLAGS,
    OSP,
    REL_ANY,
    REL_WEEK,
    REL_YEAR,
    RELATIVE,
    SP,
    SUNDAY,
    SUNDAYS,
    WB,
    WE,
    WEEKDAY_WORD,
    WEEKDAYS,
    YEAR4,
    atom_day,
    atom_month,
    atom_value,
    date_rule,
    lower_key,
)
from .dates_values import (
    When,
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
    ref = reference(ctx)  # first: without one there is no candidate, whatever the words around
    unit, n = RELATIVE[lower_key(m.group("rel"))]
    if unit != "day" and around.quantity_before(ctx, m.start()):
        return None  # "2 năm trước", "những năm trước", "3 tháng tới" are not one period
    if around.anaphoric(ctx, m.end()):
        return None
    return RELATIVE_RULE.candidate(m, fields(shift(ref, unit, n)))


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
    # "thứ 2 ngày 6 tháng 2" is one phrase; after a comma, a dash or in brackets the date is an
    # apposition of the weekday ("thứ Sáu, ngày 20/8/2021", "thứ Hai (2/8)"): the date alone
    group = "date" if m.group("apposition") else 0
    return WEEKDAY_DATE.candidate(m, fields(with_reference_year(w, ctx)), group)


#: A weekday, then its date: the weekday gives no mention of its own.
_WEEKDAY_THEN_DATE = rf"{WEEKDAY}(?:{OSP}(?P<apposition>[,(-]){OSP}|{SP})(?P<date>{atom_day('a_')})"


WEEKDAY_DATE = date_rule(
    "thứ <w>, ngày <d>/<m>",
    (rf"{WB}{_WEEKDAY_THEN_DATE}\)?{WE}"),
    _build_weekday_date,
    (
        "thứ 2 ngày 6 tháng 2",
        "Chủ nhật ngày mồng 9 tháng 4",
        "Thứ Ba, [27/7/2021]",
        "thứ hai 6/2",
        "thứ Hai ([2/8])",
    ),
    priority=1,
    first=_WEEKDAY_FIRST,
)


def _in_week(ctx: Context, rel: str, weekday: int) -> dt.date:
    ref = reference(ctx)
    _, n = RELATIVE[lower_key(rel)]
    monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=n)
    return monday + dt.timedelta(days=weekday - 1)


def _build_weekday_week(m: regex.Match[str], ctx: Context) -> Candidate | None:
    day = _in_week(ctx, m.group("rel"), weekday_number(m))
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


_WEEKDAY_NAME = rf"(?:thứ{SP}{WEEKDAY_WORD}|{SUNDAY})"
#: What makes a weekday one day: a week ("thứ Sáu tuần này") or a date ("thứ Sáu, 6/8").
_WHICH_WEEK = rf"(?:{SP}(?:của{SP})?{REL_WEEK}|{OSP}[,(-]?{OSP}(?:ngày{SP})?\d)"
_SPAN_AFTER = regex.compile(rf"{SP}(?:đến|tới){SP}{_WEEKDAY_NAME}(?!{_WHICH_WEEK})", FLAGS)
_FROM_BEFORE = regex.compile(r"(?<![\p{L}])từ[ ]++$", FLAGS)
_SPAN_BEFORE = regex.compile(rf"(?<![\p{{L}}])từ{SP}{_WEEKDAY_NAME}{SP}(?:đến|tới){SP}$", FLAGS)
_WHICH_WEEK_AFTER = regex.compile(_WHICH_WEEK, FLAGS)
_SPAN_TO_WEEK = regex.compile(
    rf"{SP}(?:đến|tới){SP}{_WEEKDAY_NAME}{SP}(?:của{SP})?(?P<rel>{REL_WEEK})", FLAGS
)


def _generic_week_span(m: regex.Match[str], ctx: Context) -> bool:
    """ "làm việc từ thứ Hai đến thứ Sáu": the working week, not two days."""
    text, start, end = ctx.text, m.start(), m.end()
    if _FROM_BEFORE.search(text, max(0, start - 8), start) and _SPAN_AFTER.match(text, end):
        return True
    return bool(
        _SPAN_BEFORE.search(text, max(0, start - 40), start)
        and not _WHICH_WEEK_AFTER.match(text, end)
    )


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


_DATE_AFTER = regex.compile(rf"(?:{OSP}[,(-]{OSP}|{SP}){atom_day('a_')}", FLAGS)


def _build_weekday(m: regex.Match[str], ctx: Context) -> Candidate | None:
    ref = reference(ctx)  # first: without one there is no candidate, whatever the words around
    direction = DIRECTIONS[lower_key(m.group("dir"))] if m.group("dir") else None
    if direction is None and _DATE_AFTER.match(ctx.text, m.end()):
        return None  # the date after it says which day ("thứ Sáu, ngày 20/8/2021")
    if around.recurring_weekly(ctx, m.end()) or _generic_week_span(m, ctx):
        return None  # "thứ Hai hằng tuần", "từ thứ Hai đến thứ Sáu": any week
    week = _SPAN_TO_WEEK.match(ctx.text, m.end()) if direction is None else None
    if week and _FROM_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()):
        # "từ thứ Hai đến thứ Sáu tuần này": the week of the other end
        day = _in_week(ctx, week.group("rel"), weekday_number(m))
        return WEEKDAY_RULE.candidate(m, fields(from_date(day)))
    if direction is None and not _bare_weekday_is_date(m, ctx):
        return None
    day = _weekday_day(ref, weekday_number(m), direction)
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

# --- "tuần thứ 30 năm 2021" ---------------------------------------------------------------


def _build_week_number(m: regex.Match[str], ctx: Context) -> Candidate | None:
    year = int(m.group("y")) if m.group("y") else None
    if year is None:
        year = shift(reference(ctx), "year", RELATIVE[lower_key(m.group("ry"))][1]).year
    if year is None:
        return None
    week = int(m.group("n"))
    last_week = dt.date(year, 12, 28).isocalendar()[1]  # 28 December is in the last ISO week
    if not 1 <= week <= last_week:
        return None
    return WEEK_NUMBER.candidate(m, fields(When("week", year=year, week=week)))


WEEK_NUMBER = date_rule(
    "tuần thứ <n> năm <y>",
    (
        rf"{WB}tuần{SP}(?:thứ{SP})?(?P<n>\d{{1,2}})(?!\d)"
        rf"(?:{OSP}/{OSP}(?P<y>{YEAR4})|{SP}(?:của{SP})?(?:năm{SP}(?P<y>{YEAR4})|(?P<ry>{REL_YEAR})))"
        rf"{WE}"
    ),
    _build_week_number,
    ("tuần thứ 30 năm 2021", "tuần 12/2022", "tuần thứ 5 của năm nay"),
    first=("tuần",),
)

RULES: tuple[Rule, ...] = (
    WEEK_NUMBER,
    RELATIVE_RULE,
    WEEKDAY_DATE,
    WEEKDAY_WEEK,
    WEEKDAY_RULE,
    MONTH_DIRECTION,
)
