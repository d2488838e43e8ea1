"""Dates resolved to ISO values at their grain (CONTRACT.md).

The grammar lives in six modules: :mod:`.dates_common` (lexicons, atoms, values),
:mod:`.dates_absolute` (days, months, quarters, years, lunar and named days),
:mod:`.dates_relative` (relative to ``reference_date``, weekdays, week numbers),
:mod:`.dates_ranges` (ranges with ``until`` and parts of periods) and :mod:`.dates_lists`
(lists sharing a month or a year); :mod:`.dates_context` reads the words around a match.

Spans — what a mention covers:

- the word that introduces the date: "ngày 21/7/2021", "tháng 7/2021", "quý II/2021", "năm 2021";
  "Ngày" after a slash too (gazette header "CÔNG BÁO/Số 1023/Ngày 25-11-2021"); not the place of
  a place–date line ("Lai Châu, ngày 27 tháng 7 năm 2021"), nor a time of day or a part of the
  day before a single date ("18h ngày 16/8" → "ngày 16/8", "sáng 27/7" → "27/7");
- a range is ONE mention from its "từ" to its last date, times of day inside included: "từ 18h
  ngày 16/8 đến 18h ngày 22/8/2021" (value 08-16, until 08-22, the year shared). Without "từ"
  a leading time stays out, as before a single date ("ngày 16/8 đến 18h ngày 22/8/2021");
- the period word of a term ("nhiệm kỳ 2023 - 2028"); a cumulative period is a range of months
  ("6 tháng đầu năm 2022" → 2022-01 until 2022-06, "9 tháng năm 2022" → 2022-01 until 2022-09);
- a weekday joined to its date by a space only is part of it ("thứ 2 ngày 6 tháng 2", as in
  Duckling); after a comma, a dash or with the date in brackets the date is an apposition and
  the mention is the date alone ("thứ Sáu, ngày 20/8/2021" → "ngày 20/8/2021", "thứ Hai (2/8)" →
  "2/8"); the weekday then gives no mention of its own;
- a "ngày" that is the noun of a duration before the date is not part of it: "Trong 2 ngày
  25 - 26/8" → "25 - 26/8" (date_duration_cues.tsv: "trong", "suốt"… before the count);
- each item of a list is its own mention and takes the month or year written once at the end:
  "quý III và quý IV năm 2021" → "quý III" (2021-Q3), "quý IV năm 2021"; "quý I, II/2021" →
  "quý I", "II/2021"; "ngày 28/7 và 3/8/2021" → 2021-07-28, 2021-08-03.

Values: a year missing from a date comes from its range or list partner, else from
``reference_date``, else stays unknown ("--07-27", "--07"; a quarter "--Q3", the same convention
— CONTRACT lists no quarter form without a year); a date followed by "hàng năm" recurs and
keeps an unknown year. Relative dates ("hôm qua", "tuần tới", a bare weekday) need
``reference_date`` and give no mention without it. "tuần thứ 30 năm 2021" is the ISO week
2021-W30 (a week number needs its year: "tuần thứ 3" alone counts weeks).

Not dates: a day–month after a name head ("Đường 3/2", "Công viên 30/4", "Trường THPT 19/5",
"phường 26/3"; date_name_heads.tsv) unless "ngày" says so; a proper fraction of a group ("trong
đó 2/3 là lao động nữ", "3/5 số hộ"); a weekday that recurs ("thứ Hai hằng tuần") or spans any
week ("làm việc từ thứ Hai đến thứ Sáu").

>>> from unionextract import extract
>>> [(d.text, d.value) for d in extract("Lai Châu, ngày 27 tháng 7 năm 2021").dates]
[('ngày 27 tháng 7 năm 2021', '2021-07-27')]
>>> [(d.text, d.value) for d in extract("Công văn ngày 21/7/2021 và năm 2022").dates]
[('ngày 21/7/2021', '2021-07-21'), ('năm 2022', '2022')]
>>> d = extract("từ ngày 20/4 đến ngày 30/4/2022").dates[0]
>>> d.value, d.until
('2022-04-20', '2022-04-30')
"""

from __future__ import annotations

from dataclasses import replace

from ..context import Context
from ..rules import Candidate, Rule
from . import (
    dates_absolute,
    dates_anchors,
    dates_context,
    dates_lists,
    dates_ranges,
    dates_relative,
)
from .dates_common import KIND

__all__ = ["KIND", "RULES", "extract"]

RULES: tuple[Rule, ...] = (
    *dates_absolute.RULES,
    *dates_relative.RULES,
    *dates_ranges.RULES,
    *dates_lists.RULES,
)


def extract(ctx: Context) -> list[Candidate]:
    # the rules tried only where a date can begin: the same candidates as run_rules (issue #7)
    return [_own_ngay(c, ctx) for c in dates_anchors.run(RULES, ctx)]


def _own_ngay(c: Candidate, ctx: Context) -> Candidate:
    """Leave out a "ngày" that belongs to a duration before the date ("trong 2 ngày 25 - 26/8")."""
    skip = dates_context.duration_ngay(ctx, c.start)
    return replace(c, start=c.start + skip) if skip else c
