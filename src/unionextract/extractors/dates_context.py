"""What stands around a date: cue words that license a short form, fraction and quantity words.

A day–month with a hyphen ("24-7") or a weekday written "thứ 5" is a date only where the text
announces one: after a cue word ("ngày", "sáng", "từ", "Quốc khánh"), at the start of a line or
after an opening bracket. A slash day–month ("2/3") is a date unless a share word precedes it
("chiếm 2/3") or "số" follows ("2/3 số đoàn viên").
"""

from __future__ import annotations

import regex

from .. import lexicons
from ..context import Context
from ..numbers import NUMBER_WORDS, SCALE_WORDS, SHORT_SCALES
from ..rules import alternation

_LOOK = 48
_CUE_BEFORE = regex.compile(
    r"(?<![\p{L}])" + alternation(lexicons.words("date_cues.tsv")) + r"[ ]*+[,(]?[ ]*+$",
    regex.V1 | regex.IGNORECASE,
)
_FRACTION_BEFORE = regex.compile(
    r"(?<![\p{L}])" + alternation(lexicons.words("date_fraction_cues.tsv")) + r"[ ]*+$",
    regex.V1 | regex.IGNORECASE,
)
_START_BEFORE = regex.compile(r"(?:^|[\n(\[:;\"']|[.!?][ ])[ ]*+$", regex.V1)
#: A count word or a figure before a period word: "2 năm trước", "những năm trước", "mỗi tháng 2".
_QUANTITY_BEFORE = regex.compile(
    r"(?:(?<![\p{L}])"
    + alternation([*lexicons.words("date_quantifiers.tsv"), *NUMBER_WORDS])
    + r"|\d)[ ]*+(?:ngày[ ]++)?$",
    regex.V1 | regex.IGNORECASE,
)
_SHARE_AFTER = regex.compile(
    r"\)?[ ]*+" + alternation(lexicons.words("date_share_words.tsv")) + r"(?![\p{L}])",
    regex.V1 | regex.IGNORECASE,
)
_ANAPHORA_AFTER = regex.compile(
    r"[ ]++" + alternation(lexicons.words("date_anaphora.tsv")) + r"(?![\p{L}])",
    regex.V1 | regex.IGNORECASE,
)
_RECURRING_AFTER = regex.compile(
    r"[ ]*+,?[ ]*+" + alternation(lexicons.words("date_recurring.tsv")) + r"(?![\p{L}])",
    regex.V1 | regex.IGNORECASE,
)


def _window(ctx: Context, start: int) -> tuple[int, int]:
    return max(0, start - _LOOK), start


def cue_before(ctx: Context, start: int) -> bool:
    """A cue word right before ``start`` ("sáng 27-7", "từ 24-7", "Quốc khánh 2-9")."""
    if not _letter_before(ctx.text, start):
        return False
    return _CUE_BEFORE.search(ctx.text, *_window(ctx, start)) is not None


def _letter_before(text: str, start: int) -> bool:
    """Whether a letter comes before ``start`` once ``[ ]*[,(]?[ ]*`` (and a line break at
    its very end, where ``$`` also matches) are skipped: a cue word (they all end with a
    letter) must end there for :data:`_CUE_BEFORE` to match; a cheap test that saves a search
    over the window at most starts ("1/2-3.4": a dash)."""
    lo = max(0, start - _LOOK)
    ends = (start, start - 1) if start > lo and text[start - 1] == "\n" else (start,)
    for k in ends:
        while k > lo and text[k - 1] == " ":
            k -= 1
        if k > lo and text[k - 1] in ",(":
            k -= 1
            while k > lo and text[k - 1] == " ":
                k -= 1
        if k > lo and text[k - 1].isalpha():
            return True
    return False


def starts_line(ctx: Context, start: int) -> bool:
    """Nothing but a line start, a sentence end or an opening bracket before ``start``."""
    return _START_BEFORE.search(ctx.text, *_window(ctx, start)) is not None


#: A dateline: a capitalised place at the start of a line, then a comma or a dash ("Hà Nội, 27-7").
_DATELINE_BEFORE = regex.compile(
    r"(?:^|\n)[ \t]*+\(?\p{Lu}[\p{L}.]*+(?:[ ]++\p{Lu}[\p{L}.]*+){0,4}\)?[ ]*+[,-][ ]*+$", regex.V1
)


def licensed(ctx: Context, start: int) -> bool:
    """A cue word, a line start or a dateline before ``start``."""
    return (
        cue_before(ctx, start)
        or starts_line(ctx, start)
        or _DATELINE_BEFORE.search(ctx.text, *_window(ctx, start)) is not None
    )


def fraction_before(ctx: Context, start: int) -> bool:
    return _FRACTION_BEFORE.search(ctx.text, *_window(ctx, start)) is not None


_HEADS = lexicons.mapping("date_name_heads.tsv")
_CAP_WORD = r"[ ]++\p{Lu}[\p{L}\p{N}]*+"
_ANY_HEAD = alternation(w for w, c in _HEADS.items() if c == "any")
_TITLE_HEAD = alternation(w for w, c in _HEADS.items() if c == "title")
_TITLE_CAPS = alternation(
    v for w, c in _HEADS.items() if c == "title" for v in (w[0].upper() + w[1:], w.upper())
)
#: A name head, then at most five capitalised words ("Trường THPT", "Công viên", "phường").
_NAME_BEFORE = regex.compile(
    rf"(?<![\p{{L}}])(?:(?i:{_ANY_HEAD})(?:{_CAP_WORD}){{0,5}}|{_TITLE_CAPS}(?:{_CAP_WORD}){{0,5}}"
    rf"|(?i:{_TITLE_HEAD})(?:{_CAP_WORD}){{1,5}})[ ]++$",
    regex.V1,
)


def name_before(ctx: Context, start: int) -> bool:
    """A name head before a day–month: "Đường 3/2", "Công viên 30/4", "Trường THPT 19/5"."""
    return _NAME_BEFORE.search(ctx.text, *_window(ctx, start)) is not None


_FRACTION_AFTER = regex.compile(
    r"[ ]++"
    + alternation(lexicons.words("date_fraction_after.tsv"))
    + r"(?![\p{L}])(?![ ]++(?:ngày|dịp)(?![\p{L}]))",
    regex.V1 | regex.IGNORECASE,
)


def fraction_of_group(ctx: Context, start: int, end: int, num: int, den: int) -> bool:
    """ "trong đó 2/3 là lao động nữ", "1/4 các hộ": a proper fraction before a group word and
    no cue announcing a date ("Sáng 2/3 các đơn vị" stays a date)."""
    return (
        num < den <= 10
        and _FRACTION_AFTER.match(ctx.text, end) is not None
        and not cue_before(ctx, start)
    )


def share_after(ctx: Context, end: int) -> bool:
    return _SHARE_AFTER.match(ctx.text, end) is not None


def quantity_before(ctx: Context, start: int) -> bool:
    """A count before a period word: "2 năm trước" is a duration ago, "mỗi tháng 2 lần" a rate,
    "các ngày thứ bảy" every Saturday."""
    return _QUANTITY_BEFORE.search(ctx.text, *_window(ctx, start)) is not None


_FIGURE_BEFORE = regex.compile(r"\d[ ]*+$", regex.V1)


def figure_before(ctx: Context, start: int) -> bool:
    """A figure right before ``start`` ("31 tháng 6": the month belongs to a day)."""
    return _FIGURE_BEFORE.search(ctx.text, max(0, start - 8), start) is not None


def anaphoric(ctx: Context, end: int) -> bool:
    """ "năm trước liền kề", "tháng sau đó": relative to another time in the text."""
    return _ANAPHORA_AFTER.match(ctx.text, end) is not None


_WEEKLY_AFTER = regex.compile(
    r"[ ]*+,?[ ]*+" + alternation(lexicons.words("date_weekly.tsv")) + r"(?![\p{L}])",
    regex.V1 | regex.IGNORECASE,
)


def recurring_weekly(ctx: Context, end: int) -> bool:
    """ "thứ Hai hằng tuần": a weekday that comes back every week, not one day."""
    return _WEEKLY_AFTER.match(ctx.text, end) is not None


def recurring(ctx: Context, end: int) -> bool:
    """ "ngày 14/4 hàng năm": a date that comes back every year, so it has no one year."""
    return _RECURRING_AFTER.match(ctx.text, end) is not None


_DOT_BLOCKER_AFTER = regex.compile(
    r"[ ]*+"
    + alternation([*lexicons.words("date_dot_blockers.tsv"), *SCALE_WORDS, *SHORT_SCALES])
    + r"(?![\p{L}])",
    regex.V1 | regex.IGNORECASE,
)


def dot_day_ok(ctx: Context, start: int, end: int) -> bool:
    """A day–month with a dot and no year ("sáng 27.7", Thanh Niên style) only after a cue
    and not before a unit ("từ 1.5 triệu", "đến 2.5%")."""
    return cue_before(ctx, start) and _DOT_BLOCKER_AFTER.match(ctx.text, end) is None


_ORDINAL_AFTER = regex.compile(
    r"[ ]++" + alternation(lexicons.words("date_ordinal_followers.tsv")) + r"(?![\p{L}])",
    regex.V1 | regex.IGNORECASE,
)
_NGAY_BEFORE = regex.compile(r"(?<![\p{L}])ngày[ ]++$", regex.V1 | regex.IGNORECASE)


def ordinal_after(ctx: Context, end: int) -> bool:
    """Whether "liên tiếp", "của"… follow ("ngày thứ 2 liên tiếp"): an ordinal, not a weekday."""
    return _ORDINAL_AFTER.match(ctx.text, end) is not None


def ngay_before(ctx: Context, start: int) -> bool:
    return _NGAY_BEFORE.search(ctx.text, max(0, start - 8), start) is not None


_NGAY_OF_DAY = regex.compile(r"ngày[ ]++(?=\d|mồng|mùng)", regex.V1 | regex.IGNORECASE)
#: A duration right before "ngày": "trong 2 ngày", "suốt hai ngày" (not "đợt 2 ngày").
_COUNT_BEFORE = regex.compile(
    r"(?<![\p{L}])"
    + alternation(lexicons.words("date_duration_cues.tsv"))
    + r"[ ]++(?:\d{1,3}|"
    + alternation(NUMBER_WORDS)
    + r")[ ]++$",
    regex.V1 | regex.IGNORECASE,
)


def _count_end_before(text: str, lo: int, start: int) -> bool:
    """Whether spaces end the window ``text[lo:start]`` (or its last line break, where ``$``
    also matches) after a letter, a digit, or a character past the BMP: where a count of
    :data:`_COUNT_BEFORE` must end; a cheap test that saves the window search at most "ngày"
    ("Hà Nội, ngày 5/8": a comma)."""
    ends = (start, start - 1) if start > lo and text[start - 1] == "\n" else (start,)
    for k in ends:
        if k <= lo or text[k - 1] != " ":
            continue
        while k > lo and text[k - 1] == " ":
            k -= 1
        if k > lo and (text[k - 1].isalnum() or text[k - 1] > "\uffff"):
            return True
    return False


def duration_ngay(ctx: Context, start: int) -> int:
    """The length of a "ngày " at ``start`` that is the noun of a duration before it ("trong 2
    ngày 25 - 26/8": the days are "25 - 26/8"); 0 when the "ngày" introduces the date."""
    if not _count_end_before(ctx.text, max(0, start - 32), start):
        return 0  # the cheaper test first: most dates follow a comma or begin a line
    m = _NGAY_OF_DAY.match(ctx.text, start)
    if m is None:
        return 0
    if _COUNT_BEFORE.search(ctx.text, max(0, start - 32), start) is None:
        return 0
    end: int = m.end()
    return end - start
