"""Dates resolved to ISO values at their grain (CONTRACT.md).

The grammar lives in four modules: :mod:`.dates_common` (lexicons, atoms, values),
:mod:`.dates_absolute` (days, months, quarters, years, lunar and named days),
:mod:`.dates_relative` (relative to ``reference_date``, weekdays) and :mod:`.dates_ranges`
(ranges with ``until`` and parts of periods).

Spans: a mention includes the word that introduces the date ("ngày 21/7/2021", "tháng 7/2021",
"quý II/2021", "năm 2021"), the "từ" of a range ("từ ngày 20/4 đến ngày 30/4/2022"), the
period word of a term ("nhiệm kỳ 2023 - 2028") and a weekday written before a date ("Thứ Ba,
27/7/2021"); not the place of a place–date line, nor a time of day or a part of the day
("sáng", "18h"). A year missing from a date comes from its range partner, else from
``reference_date``, else stays unknown ("--07-27"); a date followed by "hàng năm" recurs and
keeps an unknown year. Relative dates ("hôm qua", "tuần tới") need ``reference_date``.

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

from ..context import Context
from ..rules import Candidate, Rule, run_rules
from . import dates_absolute, dates_ranges, dates_relative
from .dates_common import KIND, resolved

__all__ = ["KIND", "RULES", "extract"]

RULES: tuple[Rule, ...] = (
    *dates_absolute.RULES,
    *dates_relative.RULES,
    *dates_ranges.RULES,
)


def extract(ctx: Context) -> list[Candidate]:
    return resolved(run_rules(RULES, ctx))
