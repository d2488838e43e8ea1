"""Shared pieces of the date grammar: lexicons, named sub-patterns and atoms.

Every date form is assembled from a few *atoms* (a day, a month, a quarter, a year, a relative
phrase). An atom is a pattern string whose named groups carry a prefix (``a_d``, ``b_m``), so
that a range can hold two atoms; :func:`atom_value` reads the groups of one prefix back into a
:class:`.dates_values.When`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import itemgetter

import regex

from .. import lexicons
from ..context import Context
from ..numbers import WORD as NUMBER_WORD
from ..rules import Candidate, Rule, alternation
from . import dates_context as around
from .dates_values import (
    QUARTER_WORDS,
    NeedsReference,
    When,
    quarter_number,
    reference,
    shift,
    spoken_number,
    two_digit_year,
    valid,
)

KIND = "date"
FLAGS = regex.V0 | regex.IGNORECASE  # simple case folding: twice as fast as V1

# --- lexicons ------------------------------------------------------------------------------

MONTH_WORDS: dict[str, int] = {r[0]: int(r[1]) for r in lexicons.rows("date_months.tsv")}
LUNAR_MONTH_WORDS = frozenset(r[0] for r in lexicons.rows("date_months.tsv") if r[2:] == ("lunar",))
AMBIGUOUS_MONTH_WORDS = frozenset(
    r[0] for r in lexicons.rows("date_months.tsv") if r[2:] == ("ambiguous",)
)
WEEKDAYS: dict[str, int] = {r[0]: int(r[1]) for r in lexicons.rows("date_weekdays.tsv")}
SUNDAYS = lexicons.words("date_sundays.tsv")
RELATIVE: dict[str, tuple[str, int]] = {
    r[0]: (r[1], int(r[2])) for r in lexicons.rows("date_relative.tsv")
}
DIRECTIONS: dict[str, int] = {r[0]: int(r[1]) for r in lexicons.rows("date_direction.tsv")}
PARTS: dict[str, str] = lexicons.mapping("date_parts.tsv")
HOLIDAYS: dict[str, tuple[int, int]] = {
    r[0]: (int(r[1]), int(r[2])) for r in lexicons.rows("date_holidays.tsv")
}
PERIODS: dict[str, str] = lexicons.mapping("date_periods.tsv")


def lower_key(s: str) -> str:
    return " ".join(s.lower().split())


def _rel(unit: str) -> str:
    return alternation(p for p, (u, _) in RELATIVE.items() if u == unit)


# --- sub-patterns (strings) ----------------------------------------------------------------

#: Not glued to a letter, a digit or a number separator on the left; a "ngày" may follow a
#: slash (gazette headers "CÔNG BÁO/Số 1023/Ngày 25-11-2021").
WB = r"(?:(?<![\p{L}\p{N}/.,-])|(?<=/)(?=ngày[ ]))"
#: Not followed by a letter or digit, nor by a separator that continues a number or a symbol.
WE = r"(?![\p{L}\p{N}]|[/.-][\p{L}\p{N}])"
_END = r"(?![\p{L}\p{N}])"
OSP_ = r"[ ]?"
SP_ = r"[ ]++"
SP = r"(?:[ \t\r]++(?:\n[ \t\r]*+)?|\n[ \t\r]*+)"  # spaces, at most one line break
#: Optional spaces, at most one line break.
OSP = r"[ \t\r]*+(?:\n[ \t\r]*+)?"
DAY = r"(?:0?[1-9]|[12]\d|3[01])(?!\d)"
MONTH = r"(?:0?[1-9]|1[0-2])(?!\d)"
YEAR4 = r"(?:1[89]|2[01])\d\d(?!\d)"
#: After the word "năm" a year may be short ("năm 938").
YEAR_AFTER_NAM = r"[1-9]\d{2,3}(?!\d)"
NGAY = rf"(?:ngày{SP})?(?:(?:mồng|mùng){SP})?"
MONTH_WORD = alternation(MONTH_WORDS) + _END
WEEKDAY_WORD = alternation(WEEKDAYS) + _END
SUNDAY = alternation(SUNDAYS) + _END
REL_ANY = alternation(RELATIVE) + _END
REL_YEAR = _rel("year") + _END
REL_MONTH = _rel("month") + _END
REL_WEEK = _rel("week") + _END
DIRECTION = alternation(DIRECTIONS) + _END
PART = alternation(PARTS) + _END
_CLOCK_ROLES: dict[str, str] = lexicons.mapping("date_clock.tsv")
_HOUR_UNIT = alternation(w for w, r in _CLOCK_ROLES.items() if r == "hour")
_MINUTE_UNIT = alternation(w for w, r in _CLOCK_ROLES.items() if r == "minute")
DAY_PART = alternation(w for w, r in _CLOCK_ROLES.items() if r == "part") + _END
#: A time of day inside a range ("18h", "0 giờ 00 phút", "21h30 tối", "sáng"): see date_clock.tsv.
CLOCK = (
    rf"(?:(?:[01]?\d|2[0-4]){OSP_}{_HOUR_UNIT}(?:{OSP_}[0-5]\d(?!\d){OSP_}(?:{_MINUTE_UNIT})?)?"
    rf"(?![\p{{L}}\p{{N}}])(?:{SP_}{DAY_PART})?|{DAY_PART})"
)
#: Words a day can start with ("ngày 27", "mồng 3"), for :func:`lead`.
NGAY_WORDS = ("#", "ngày", "mồng", "mùng")
_NW = rf"{NUMBER_WORD}(?![\p{{L}}])"
#: A day read aloud ("mười lăm", "hai mươi tư") and a year read aloud ("hai không hai ba").
DAY_WORDS = rf"{_NW}(?:{SP}{_NW}){{0,2}}"
YEAR_WORDS = rf"{_NW}(?:{SP}{_NW}){{1,7}}"
QUARTER_NUM = r"(?:iv|i{1,3}|[1-4](?!\d)|" + alternation(QUARTER_WORDS) + r")" + _END


def month_token(p: str) -> str:
    """A month after "tháng": digits or a month name."""
    return rf"(?:(?P<{p}m>{MONTH})|(?P<{p}mw>{MONTH_WORD}))"


def year_tail(p: str) -> str:
    """The year after a month: "/2021", "-2021", " năm 2021", " 2021", " năm nay"."""
    return (
        rf"(?:{OSP}[/-]{OSP}(?P<{p}y>{YEAR4})"
        rf"|{SP}(?:của{SP})?năm{SP}(?:(?P<{p}y>{YEAR_AFTER_NAM})|(?P<{p}yw>{YEAR_WORDS}))"
        rf"|{SP}(?P<{p}ry>{REL_YEAR})"
        rf"|{SP}(?P<{p}y>{YEAR4}))"
    )


def atom_day_spelled(p: str) -> str:
    """A day with "tháng": "ngày 27 tháng 7 năm 2021", "mồng 3 tháng ba", "ngày 4 tháng này"."""
    return (
        rf"(?P<{p}ngay>{NGAY})(?:(?P<{p}d>{DAY})|(?P<{p}dw>{DAY_WORDS})){SP}"
        rf"(?:tháng{SP}{month_token(p)}(?:{year_tail(p)})?|(?P<{p}rm>{REL_MONTH}))"
    )


def atom_day_numeric(p: str) -> str:
    """A day in figures: "27/7/2021", "27-7", "27.7.2021", "3/3/17"."""
    return (
        rf"(?P<{p}ngay>{NGAY})(?P<{p}d>{DAY})(?P<{p}sep>[/.-])(?P<{p}m>{MONTH})"
        rf"(?:(?P={p}sep)(?P<{p}y>{YEAR4}|\d\d(?!\d)))?"
    )


def atom_day(p: str) -> str:
    """A day, spelled or in figures."""
    return rf"(?:{atom_day_spelled(p)}|{atom_day_numeric(p)})"


def atom_month(p: str) -> str:
    """A month: "tháng 7/2021", "tháng bảy", "tháng 10 năm 2017", "tháng 5 năm nay"."""
    return rf"tháng{SP}{month_token(p)}(?:{year_tail(p)})?"


def atom_month_year(p: str) -> str:
    """A bare month and year: "7/2021", "07-2021" (only inside ranges and after cues)."""
    return rf"(?P<{p}m>{MONTH})[/-](?P<{p}y>{YEAR4})"


def atom_quarter(p: str) -> str:
    """A quarter: "quý II/2021", "quý 3 năm 2022", "quý 4 của năm 2018", "quý ba"."""
    return rf"quý{SP}(?P<{p}q>{QUARTER_NUM})(?:{year_tail(p)})?"


def atom_year(p: str) -> str:
    """A year after "năm": "năm 2021"."""
    return rf"năm{SP}(?:(?P<{p}y>{YEAR_AFTER_NAM})|(?P<{p}yw>{YEAR_WORDS}))"


def atom_relative(p: str) -> str:
    return rf"(?P<{p}rel>{REL_ANY})"


def atom_any(p: str) -> str:
    """Any single date, for the sides of a range and the inside of a part ("cuối tháng 7")."""
    return (
        rf"(?:{atom_day(p)}|{atom_month(p)}|{atom_quarter(p)}|{atom_year(p)}"
        rf"|{atom_month_year(p)}|{atom_relative(p)})"
    )


# --- rules that may need the reference date ------------------------------------------------

#: The words (``"#"`` for a figure) each rule's matches can start with, by rule name: the
#: anchored run (:mod:`.dates_anchors`) walks back over them from an anchor.
FIRST_WORDS: dict[str, tuple[str, ...]] = {}


def date_rule(
    name: str,
    pattern: str,
    build: Callable[[regex.Match[str], Context], Candidate | Sequence[Candidate] | None],
    examples: tuple[str, ...],
    priority: int = 0,
    first: tuple[str, ...] = (),
) -> Rule:
    """A date Rule. A form that cannot be resolved without ``reference_date`` ("hôm qua",
    "thứ Hai") gives no candidate when there is none.

    ``first`` lists the words (``"#"`` for a figure) a match can start with; a lookahead on their
    first characters lets the regex engine skip ahead instead of trying every position.
    """
    if first:
        pattern = lead(first) + pattern
        FIRST_WORDS[name] = first

    def guarded(m: regex.Match[str], ctx: Context) -> Candidate | Sequence[Candidate] | None:
        try:
            return build(m, ctx)
        except NeedsReference:
            return None

    # The dead branch "(?!)" stops the regex module from searching the rest of the text for a
    # string every match must hold ("tuần" in "thứ Năm tuần tới") each time the rule is tried
    # at one position: without it, ``run_at`` costs the length of the text per start.
    pattern = rf"(?:(?!)|{pattern})"
    return Rule(name, KIND, regex.compile(pattern, FLAGS), guarded, examples, priority)


def lead(starts: tuple[str, ...]) -> str:
    """A lookahead on the first characters of ``starts`` ("#" = a digit).

    >>> lead(("#", "ngày"))
    '(?=[0-9Nn])'
    """
    chars: set[str] = set()
    for w in starts:
        if w == "#":
            chars.update("0123456789")
        else:
            chars.update({w[0].lower(), w[0].upper()})
    ordered = sorted(chars)
    body = "".join(regex.escape(c) for c in ordered)
    return f"(?=[{body}])".replace("[0123456789", "[0-9")


_ATOM_KEYS = ("d", "dw", "m", "mw", "y", "yw", "ry", "rm", "q", "rel", "sep")
_Groups = tuple[str | None, ...]
_ATOM_GROUPS: dict[tuple[regex.Pattern[str], str], Callable[[regex.Match[str]], _Groups]] = {}


def _atom_groups(m: regex.Match[str], p: str) -> _Groups:
    """The atom groups of prefix ``p`` in the order of :data:`_ATOM_KEYS`, ``None`` for those
    the pattern of ``m`` lacks. How to read them is worked out once per pattern and prefix:
    the groups are read by number, at once (the ``regex`` module reads a name ten times slower),
    and put in place by an ``itemgetter``."""
    read = _ATOM_GROUPS.get((m.re, p))
    if read is None:
        read = _ATOM_GROUPS[(m.re, p)] = _groups_reader(m.re, p)
    return read(m)


def _groups_reader(pattern: regex.Pattern[str], p: str) -> Callable[[regex.Match[str]], _Groups]:
    index = pattern.groupindex
    numbers = [index[p + k] for k in _ATOM_KEYS if p + k in index]
    if not numbers:
        return lambda m: (None,) * len(_ATOM_KEYS)
    # each key's place among the groups read, or the None put after them
    place = itemgetter(
        *(numbers.index(index[p + k]) if p + k in index else len(numbers) for k in _ATOM_KEYS)
    )
    if len(numbers) == 1:
        (number,) = numbers
        return lambda m: place((m.group(number), None))
    return lambda m: place((*m.group(*numbers), None))


def atom_value(m: regex.Match[str], p: str, ctx: Context) -> When | None:
    """The date described by the groups of prefix ``p``; ``None`` when invalid or unresolvable."""
    g_d, g_dw, g_m, g_mw, g_y, g_yw, g_ry, g_rm, g_q, g_rel, g_sep = _atom_groups(m, p)
    year: int | None = None
    if g_yw:
        year = spoken_number(g_yw)
        if year is None or not 100 <= year <= 2199:
            return None
    elif g_y:
        year = int(g_y)
        if len(g_y) == 2:
            year = two_digit_year(year)
    elif g_ry:
        year = shift(reference(ctx), "year", RELATIVE[lower_key(g_ry)][1]).year
    month: int | None = None
    lunar = False
    if g_m:
        month = int(g_m)
    elif g_mw:
        word = g_mw
        key = lower_key(word)
        no_day = not (g_d or g_dw)
        if key in AMBIGUOUS_MONTH_WORDS and word[0].islower() and year is None and no_day:
            # "tháng năm" (months and years) unless "tháng Năm", "tháng năm 2021", "vào tháng năm"
            at = ctx.text.rfind("tháng", 0, m.start(p + "mw"))
            if at < 0 or not around.cue_before(ctx, at):
                return None
        month = MONTH_WORDS[key]
        lunar = key in LUNAR_MONTH_WORDS
    if g_rel:
        unit, n = RELATIVE[lower_key(g_rel)]
        return shift(reference(ctx), unit, n)
    if g_q:
        return When("quarter", year=year, quarter=quarter_number(g_q))
    day = int(g_d) if g_d else spoken_number(g_dw) if g_dw else None
    if day is not None:
        if g_rm:
            mw = shift(reference(ctx), "month", RELATIVE[lower_key(g_rm)][1])
            year, month = mw.year, mw.month
        dot = g_sep == "." and not g_y
        if dot and not around.dot_day_ok(ctx, m.start(p + "d"), m.end(p + "m")):
            return None  # "38.5" is a decimal; "sáng 27.7" a day
        w = When("day", year=year, month=month, day=day, lunar=lunar)
        return w if 1 <= day <= 31 and valid(w) else None
    if month is not None:
        return When("month", year=year, month=month, lunar=lunar)
    if year is not None:
        return When("year", year=year)
    return None
