"""Dates written out: days, months, quarters, years, lunar dates and named days.

The span includes the word "ngày" (or "mồng", "tháng", "quý", "năm") that introduces the date:
"ngày 21/7/2021", "tháng 7/2021", "năm 2021" — it is part of how Vietnamese writes a date, and
a place–date line "Lai Châu, ngày 27 tháng 7 năm 2021" gives the mention "ngày 27 tháng 7 năm 2021".
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from dataclasses import replace

import regex

from .. import lexicons
from ..context import Context
from ..numbers import NUMBER_WORDS
from ..rules import Candidate, Rule, alternation
from . import dates_context as around
from .dates_common import (
    DAY,
    FLAGS,
    HOLIDAYS,
    KIND,
    MONTH,
    NGAY,
    NGAY_WORDS,
    OSP,
    SP,
    WB,
    WE,
    YEAR4,
    atom_day,
    atom_day_spelled,
    atom_month,
    atom_month_year,
    atom_quarter,
    atom_value,
    atom_year,
    date_rule,
    lower_key,
)
from .dates_values import (
    When,
    fields,
    from_date,
    reference,
    valid,
    with_reference_year,
)

Check = Callable[[regex.Match[str], Context, When], "When | None"]
#: A check that needs no value, made before the atom is read (a cheaper rejection).
Reject = Callable[[regex.Match[str], Context], bool]


def _accept(m: regex.Match[str], ctx: Context, w: When) -> When | None:
    return w


def atom_rule(
    name: str,
    pattern: str,
    examples: tuple[str, ...],
    check: Check = _accept,
    priority: int = 0,
    first: tuple[str, ...] = (),
    reject: Reject | None = None,
) -> Rule:
    """A rule whose match is one atom of prefix ``a_``, with a context ``check`` (and a
    ``reject`` made before the atom's value is read)."""

    def build(m: regex.Match[str], ctx: Context) -> Candidate | None:
        if reject is not None and reject(m, ctx):
            return None
        w = atom_value(m, "a_", ctx)
        if w is None:
            return None
        w2 = check(m, ctx, w)
        if w2 is None:
            return None
        w2 = with_reference_year(w2, ctx, m.end())
        return Candidate(KIND, m.start(), m.end(), name, fields(w2), priority)

    return date_rule(name, pattern, build, examples, priority, first)


# --- days ----------------------------------------------------------------------------------


def _numeric_no_year(m: regex.Match[str], ctx: Context, w: When) -> When | None:
    """A day–month as in "ngày 27/7", "sáng 27-7", "(27/7)"; not "chiếm 2/3", "2/3 số", "24/7" (round the clock)."""
    start = m.start()
    has_ngay = bool(m.group("a_ngay"))
    if m.group("a_sp"):
        # "ngày 20 - 10" with spaces: only after "ngày", and not an ascending span of days
        ok = has_ngay and m.group("a_sep") != "." and (w.day or 0) > (w.month or 0)
        return w if ok else None
    if has_ngay or m.group("a_sep") == ".":
        return w  # a dot was checked with the atom
    if m.group("a_sep") == "-":
        return w if around.licensed(ctx, start) else None
    if around.fraction_before(ctx, start) or around.share_after(ctx, m.end()):
        return None
    if around.name_before(ctx, start):
        return None  # "Đường 3/2", "Công viên 30/4": a name; "Công viên ngày 30/4" a date
    if around.fraction_of_group(ctx, start, m.end(), int(m.group("a_d")), int(m.group("a_m"))):
        return None
    if (w.day, w.month) == (24, 7) and not around.cue_before(ctx, start):
        return None
    return w


def _spelled(m: regex.Match[str], ctx: Context, w: When) -> When | None:
    """A spelled day as in "27 tháng 7", "mồng 3 tháng ba"; a day in words needs "ngày"/"mồng", a year or two words
    above twelve ("hai mươi tư tháng bảy"), since "hai tháng ba" may be a duration."""
    dw = m.group("a_dw")
    if m.group("a_rm") and not m.group("a_ngay"):
        return None  # "3 tháng tới" is a duration; "ngày 3 tháng tới" a day
    no_year = not (m.group("a_y") or m.group("a_yw") or m.group("a_ry"))
    if no_year and not m.group("a_ngay") and around.name_before(ctx, m.start()):
        return None  # "đường 3 tháng 2" is a street
    bare = dw and not m.group("a_ngay") and no_year
    if bare and (" " not in dw.strip() or (w.day or 0) <= 12):
        return None
    return w


FORMAL = atom_rule(
    "ngày <d> tháng <m> năm <y>",
    rf"{WB}{atom_day_spelled('a_')}{WE}",
    (
        "ngày 27 tháng 7 năm 2021",
        "ngày 05 tháng 01 năm 2020",
        "mồng 3 tháng ba",
        "12 tháng 10 năm 2017",
        "ngày 4 tháng này",
    ),
    _spelled,
    first=(*NGAY_WORDS, *NUMBER_WORDS),
)


def _spaced(m: regex.Match[str], ctx: Context, w: When) -> When | None:
    """ "20 - 10 - 2021" with spaces around the separators: a hyphen or a slash and a full year."""
    if m.group("a_sp") and (m.group("a_sep") == "." or len(m.group("a_y")) != 4):
        return None
    return w


NUMERIC = atom_rule(
    "<d>/<m>/<y>",
    rf"{WB}{NGAY}(?P<a_d>{DAY})(?P<a_sp>[ ]?)(?P<a_sep>[/.-])(?P=a_sp)(?P<a_m>{MONTH})"
    rf"(?P=a_sp)(?P=a_sep)(?P=a_sp)(?P<a_y>{YEAR4}|\d\d(?!\d)){WE}",
    ("27/7/2021", "ngày 21/7/2021", "30-8-2019", "27.7.2021", "3/3/17", "Ngày 20 - 10 - 2021"),
    _spaced,
    first=NGAY_WORDS,
)
ISO_DAY = atom_rule(
    "<y>-<m>-<d>",
    rf"(?<![\p{{L}}\p{{N}}/.-])(?P<a_y>{YEAR4})-(?P<a_m>0[1-9]|1[0-2])-(?P<a_d>0[1-9]|[12]\d|3[01]){WE}",
    ("2021-07-27",),
    first=("#",),
)
DAY_MONTH = atom_rule(
    "ngày <d>/<m>",
    rf"{WB}(?P<a_ngay>{NGAY})(?P<a_d>{DAY})(?P<a_sp>[ ]?)(?P<a_sep>[/.-])(?P=a_sp)(?P<a_m>{MONTH})"
    rf"{WE}",
    ("ngày 27/7", "7/3", "ngày 24-7", "mồng 2-9", "ngày 27.7", "ngày 20 - 10"),
    _numeric_no_year,
    first=NGAY_WORDS,
)


_MONG_ALONE = (
    rf"{WB}(?:ngày{SP})?(?:mồng|mùng){SP}(?P<a_d>{DAY})"
    rf"(?!{OSP}(?:tháng|[/.-]\d)|{SP}Tết)(?![\p{{L}}\p{{N}}])"
)


def _build_mong(m: regex.Match[str], ctx: Context) -> Candidate | None:
    ref = reference(ctx)
    w = When("day", year=ref.year, month=ref.month, day=int(m.group("a_d")))
    return MONG_ALONE.candidate(m, fields(w)) if valid(w) else None


MONG_ALONE = date_rule(
    "mồng <d>", _MONG_ALONE, _build_mong, ("mồng 3",), first=("ngày", "mồng", "mùng")
)


# --- months, quarters, years ---------------------------------------------------------------


def _month_in_day(m: regex.Match[str], ctx: Context) -> bool:
    """The month of a day ("31 tháng 6 năm 2021", invalid as a day): no month of its own."""
    return around.figure_before(ctx, m.start())


def _month_alone(m: regex.Match[str], ctx: Context, w: When) -> When | None:
    """A month as in "tháng 6"; not "mỗi tháng 2 lần" (nor in a day: :func:`_month_in_day`)."""
    if w.year is None and around.quantity_before(ctx, m.start()):
        return None
    return w


MONTH_RULE = atom_rule(
    "tháng <m>/<y>",
    rf"{WB}{atom_month('a_')}{WE}",
    ("tháng 7/2021", "tháng 7 năm 2021", "tháng bảy", "tháng 6", "tháng mười năm 2017"),
    _month_alone,
    first=("tháng",),
    reject=_month_in_day,
)
MONTH_SHORT = atom_rule(
    "T<m>/<y>",
    rf"(?<![\p{{L}}\p{{N}}/.-])T(?P<a_m>{MONTH})/(?P<a_y>{YEAR4}){WE}",
    ("T7/2021",),
    first=("T",),
)


def _bare_month_year(m: regex.Match[str], ctx: Context, w: When) -> When | None:
    return w if around.licensed(ctx, m.start()) else None


MONTH_YEAR_BARE = atom_rule(
    "<m>/<y> after a cue",
    rf"{WB}{atom_month_year('a_')}{WE}",
    ("7/2021", "07-2021"),
    _bare_month_year,
    first=("#",),
)
QUARTER = atom_rule(
    "quý <q>/<y>",
    rf"{WB}{atom_quarter('a_')}{WE}",
    ("quý II/2021", "quý 3 năm 2022", "quý ba", "quý 4 của năm 2018", "quý I"),
    first=("quý",),
)


_MONTH_BEFORE = regex.compile(rf"tháng{SP}\S++{OSP}$", FLAGS)


def _year_of_month(m: regex.Match[str], ctx: Context) -> bool:
    """The year of a month or of an invalid day ("ngày 31 tháng 6 năm 2021"): none of its own."""
    return _MONTH_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start()) is not None


def _year(m: regex.Match[str], ctx: Context, w: When) -> When | None:
    """A year as in "năm 2021", "năm 938"; a three-digit number before a word is a count ("năm 300 hộ")."""
    if len(m.group("a_y") or "") == 3 and regex.match(
        rf"{SP}\p{{L}}", ctx.text[m.end() : m.end() + 3]
    ):
        return None
    return w


YEAR = atom_rule(
    "năm <y>",
    rf"{WB}{atom_year('a_')}{WE}",
    ("năm 2021", "Năm 2021", "năm 938"),
    _year,
    first=("năm",),
    reject=_year_of_month,
)

# --- lunar dates and named days ------------------------------------------------------------

_LUNAR = alternation(lexicons.words("date_lunar.tsv"))


def _lunar(m: regex.Match[str], ctx: Context, w: When) -> When | None:
    return replace(w, lunar=True)


LUNAR = atom_rule(
    "<d>/<m> âm lịch",
    rf"{WB}(?:{atom_day('a_')}|{atom_month('a_')}){OSP},?{OSP}{_LUNAR}(?![\p{{L}}\p{{N}}])",
    ("15/8 âm lịch", "ngày 15 tháng 8 âm lịch", "tháng 7 âm lịch", "15/8 (âm lịch)"),
    _lunar,
    priority=1,
    first=(*NGAY_WORDS, *NUMBER_WORDS, "tháng"),
)


def _build_full_moon(m: regex.Match[str], ctx: Context) -> Candidate | None:
    w = atom_value(m, "a_", ctx)
    if w is None:
        return None
    w = with_reference_year(When("day", year=w.year, month=w.month, day=15, lunar=True), ctx)
    return FULL_MOON.candidate(m, fields(w))


FULL_MOON = date_rule(
    "rằm tháng <m>",
    (rf"{WB}rằm{SP}{atom_month('a_')}{WE}"),
    _build_full_moon,
    ("rằm tháng Giêng", "rằm tháng 7"),
    first=("rằm",),
)


def _build_tet(m: regex.Match[str], ctx: Context) -> Candidate | None:
    w = When("day", month=1, day=int(m.group("a_d")), lunar=True)
    if not valid(w) or w.day is None or w.day > 10:
        return None
    return TET_DAY.candidate(m, fields(with_reference_year(w, ctx)))


TET_DAY = date_rule(
    "mùng <d> Tết",
    (rf"{WB}(?:mồng|mùng){SP}(?P<a_d>{DAY}){SP}Tết{WE}"),
    _build_tet,
    ("mùng 1 Tết", "mồng 3 Tết"),
    first=("mồng", "mùng"),
)


def _build_holiday(m: regex.Match[str], ctx: Context) -> Candidate | None:
    month, day = HOLIDAYS[lower_key(m.group("name"))]
    year = m.group("y")
    w = When("day", year=int(year) if year else None, month=month, day=day)
    return HOLIDAY.candidate(m, fields(with_reference_year(w, ctx)))


HOLIDAY = date_rule(
    "<holiday>",
    (rf"{WB}(?P<name>{alternation(HOLIDAYS)}){WE}(?:{SP}(?:năm{SP})?(?P<y>{YEAR4}){WE})?"),
    _build_holiday,
    ("giáng sinh", "ngày giáng sinh", "Noel", "Tết Dương lịch 2024", "Giáng sinh năm 2021"),
    first=tuple(HOLIDAYS),
)


def _build_first_day(m: regex.Match[str], ctx: Context) -> Candidate | None:
    w = atom_value(m, "a_", ctx)
    if w is None or w.grain != "month":
        return None
    w = with_reference_year(w, ctx)
    if w.month is None:
        return None
    last = m.group("which").lower().startswith("cuối")
    if m.group("unit").lower() == "tuần":
        if w.year is None:
            return None
        first = dt.date(w.year, w.month, 1)
        first += dt.timedelta(days=(7 - first.weekday()) % 7)  # first Monday
        return FIRST_OF_MONTH.candidate(m, fields(from_date(first, "week")))
    if w.year is None:
        day = 29 if (last and w.month == 2) else (31 if last else 1)
        if last and w.month in (4, 6, 9, 11):
            day = 30
    else:
        day = calendar.monthrange(w.year, w.month)[1] if last else 1
    return FIRST_OF_MONTH.candidate(m, fields(replace(w, grain="day", day=day)))


FIRST_OF_MONTH = date_rule(
    "ngày đầu tiên của <month>",
    (
        rf"{WB}(?P<unit>ngày|tuần){SP}(?P<which>đầu tiên|cuối cùng){SP}(?:của{SP})?"
        rf"{atom_month('a_')}{WE}"
    ),
    _build_first_day,
    (
        "ngày đầu tiên của tháng ba",
        "tuần đầu tiên của tháng 9 năm 2017",
        "ngày cuối cùng của tháng 2",
    ),
    first=("ngày", "tuần"),
)

RULES: tuple[Rule, ...] = (
    FORMAL,
    NUMERIC,
    ISO_DAY,
    DAY_MONTH,
    MONG_ALONE,
    MONTH_RULE,
    MONTH_SHORT,
    MONTH_YEAR_BARE,
    QUARTER,
    YEAR,
    LUNAR,
    FULL_MOON,
    TET_DAY,
    HOLIDAY,
    FIRST_OF_MONTH,
)
