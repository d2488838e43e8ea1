"""Counts: a number and the noun phrase it counts ("65 suất quà", "trên 1.000 lượt học sinh").

The counted noun's head comes from a lexicon (``data/count_units.tsv``) of counted nouns and
classifiers, or, for a figure before a noun the lexicon does not know, from underthesea's POS
tags; the unit then reaches over the noun compound built on the head and stops before what
describes it (:mod:`.counts_phrase`: "821 lượt học sinh khó khăn" → "lượt học sinh", "20 máy
thở", "120 ca mắc mới" → "ca mắc"). Ordinals ("lần thứ 4", "mũi 2"), labels ("Điều 5", "thôn
3", "số 08 đường …" — but "tổng số 500 người" counts), durations ("10 năm"), ages, scores
("đạt 9 điểm") and measures ("5km", "20 ha", "3 mẫu ruộng") are not counts. Two digit words in
a row, the second one more, are an estimate: "năm sáu người" is 5 … 6 (range), not 56.

>>> from unionextract import extract
>>> [(c.value, c.unit, c.qualifier) for c in extract("tặng 65 suất quà cho công nhân").counts]
[(65, 'suất quà', 'exact')]
>>> [(c.low, c.high, c.unit) for c in extract("Hàng trăm hộ gia đình ở thôn").counts]
[(100, 1000, 'hộ gia đình')]
>>> extract("qua 10 năm triển khai, lần thứ 4").counts
()
"""

from __future__ import annotations

from typing import Any

import regex

from .. import lexicons
from ..context import Context
from ..numbers import FIGURE_AMOUNT, NUMBER_START, WORDS, parse_number, to_int
from ..quantity import (
    APPROX,
    APPROX_WORDS,
    MAGNITUDE,
    MAGNITUDE_SCALES,
    MAGNITUDE_WORDS,
    OPEN_WORDS,
    QUALIFIER,
    QUALIFIER_WORDS,
    RANGE_OPEN,
    RANGE_SEP,
    RANGE_START,
    SIMPLE_FOLD,
    TAIL,
    Anchors,
    bounds,
    digit_pair_bounds,
    first_words,
    magnitude_bounds,
    prefix_reach,
    qualifier_of,
    range_bounds,
    range_words_ok,
    tail_qualifier,
)
from ..rules import Candidate, Rule, alternation, run_at
from .counts_phrase import ROLES, token_at, unit_end
from .counts_starts import RuleStarts

KIND = "count"

UNITS = tuple(ROLES)
_WE = r"(?![\p{L}\p{M}\p{N}])"
_FLAGS = regex.V1 | regex.IGNORECASE
# Classifiers may be capitalized after a number: a named kind of team ("537 Tổ COVID").
_CAPITALIZED = [w[0].upper() + w[1:] for w, r in ROLES.items() if r == "classifier"]
_HEAD = rf"(?-i:{alternation((*UNITS, *_CAPITALIZED))}){_WE}"
_NOT_UNITS = frozenset(lexicons.words("count_not_units.tsv")) | frozenset(
    lexicons.words("measure_units.tsv")
)
# Words that end a noun phrase and are not nouns themselves: a figure before them counts nothing.
_STOPS = [r[0] for r in lexicons.rows("count_stops.tsv") if r[1:2] != ("noun",)]
_NOT_UNIT = rf"(?:{alternation((*_NOT_UNITS, *_STOPS))}){_WE}"
_TAIL_AFTER = regex.compile(rf"[ ]+(?P<tail>{TAIL})", _FLAGS)
_LABELS: dict[str, frozenset[str]] = {
    r[0].lower(): frozenset(r[1].split("|") if len(r) > 1 else ())
    for r in lexicons.rows("count_labels.tsv")
}
_WORDS_OF_LABEL = regex.compile(r"[\p{L}\p{M}]+", regex.V1)
_LABEL_BEFORE = regex.compile(
    rf"(?:(?<![\p{{L}}\p{{M}}])(?P<prev>[\p{{L}}\p{{M}}]+)[ ]+)?(?<![\p{{L}}\p{{M}}])"
    rf"(?P<label>{alternation(_LABELS)})[ ]+$",
    _FLAGS,
)
_LABEL_CANCELLERS = frozenset({"mỗi", "từng"})
#: The most words of a label (a match of ``_LABEL_BEFORE`` is a word and a label).
_LABEL_WORDS = max(len(w.split(" ")) for w in _LABELS)
# The last word of each label (case-folded), and the run of letters that ends a text: a label
# ends with a letter, so a label before the spaces that end ``before`` is that run's last word.
_LABEL_LAST = frozenset(w.split(" ")[-1].casefold() for w in _LABELS)
_LAST_LETTERS = regex.compile(r"(?r)[\p{L}\p{M}]+\Z", regex.V1)
if any(not _WORDS_OF_LABEL.fullmatch(w) for w in _LABEL_LAST):
    raise ValueError("a label must end with a word of letters")
_YEAR_BEFORE = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?:{alternation(lexicons.words('year_determiners.tsv'))})[ ]+$", _FLAGS
)
_TRAPS: dict[tuple[str, str], frozenset[str]] = {}
for _unit, _side, _word in lexicons.rows("count_unit_traps.tsv"):
    _TRAPS[_unit, _side] = _TRAPS.get((_unit, _side), frozenset()) | {_word}
_HEAD_WORD = regex.compile(rf"(?:{alternation({u for u, _ in _TRAPS})}){_WE}", _FLAGS)
_WORDS_OF = regex.compile(r"[\p{L}\p{M}]+", regex.V1)
_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?:[\p{L}\p{M}]+[ ]+)?[\p{L}\p{M}]+[ ]*$", regex.V1)
# Number words too vague to count alone: "một số nội dung", "tư nhân", "chục".
_WEAK_WORDS = frozenset({"một", "mốt", "không", "lăm", "nhăm", "tư", "linh", "lẻ", "chục", "mươi"})
_LOOK_BEHIND = 24


def _is_label(before: str) -> bool:
    """Whether the text before a number ends with a label word ("Điều", "số", "mũi")."""
    # cheap first: a label match ends with spaces at the end (``$``: or before a last "\n"),
    # after the label's last word
    tail = before[:-1] if before.endswith("\n") else before
    word = _LAST_LETTERS.search(tail.rstrip(" "))
    if not tail.endswith(" ") or word is None or word.group().casefold() not in _LABEL_LAST:
        return False
    m = _label_before(before, tail)
    if m is None:
        return False
    prev = (m.group("prev") or "").lower()
    return prev not in _LABEL_CANCELLERS and prev not in _LABELS[m.group("label").lower()]


def _label_before(before: str, tail: str) -> regex.Match[str] | None:
    """``_LABEL_BEFORE.search(before)``, tried only where it can begin (``tail``: ``before``
    without a last "\n"). A match is letters, marks and spaces only (a word, then a label of
    at most :data:`_LABEL_WORDS` words), each word a whole run: it begins at the start of one
    of the last runs joined to the end by spaces alone, the leftmost such start first (as
    ``search`` tries them); the label's ``regex`` search tried at every position costs ten
    times more (tests/test_counts_labels.py compares the two)."""
    starts: list[int] = []
    end = len(tail.rstrip(" "))
    for w in reversed(list(_WORDS_OF_LABEL.finditer(tail))):
        if w.end() != end:
            break  # something else than spaces before the next run
        starts.append(w.start())
        if len(starts) > _LABEL_WORDS:
            break
        end = len(tail[: w.start()].rstrip(" "))
    for s in reversed(starts):
        m = _LABEL_BEFORE.match(before, s)
        if m is not None:
            return m
    return None


def _trapped(ctx: Context, start: int, head_start: int) -> bool:
    """A head noun that its neighbours make a measure or a score ("5 mẫu ruộng", "đạt 9 điểm")."""
    m = _HEAD_WORD.match(ctx.text, head_start)
    if m is None:
        return False
    unit = m.group().lower()
    after = _TRAPS.get((unit, "after"))
    if after:
        rest = _WORDS_OF.findall(ctx.text[m.end() : m.end() + 16].lower())
        if rest and (rest[0] in after or " ".join(rest[:2]) in after):
            return True
    before = _TRAPS.get((unit, "before"))
    if before:
        w = _WORD_BEFORE.search(ctx.text, max(0, start - 24), start)
        words = w.group().lower().split() if w else []
        if words and (words[-1] in before or " ".join(words[-2:]) in before):
            return True
    return False


def _number_ok(ctx: Context, m: regex.Match[str], group: str) -> bool:
    """Reject labels, ordinals, "năm" meaning year, and weak words like "một"."""
    start = m.start(group)
    text = ctx.text
    if start and text[start - 1] in "-/#:":
        return False  # "Covid-19", "F-16", "xem:611"
    before = text[max(0, m.start() - _LOOK_BEHIND) : m.start()]
    if _is_label(before):
        return False
    words = m.group(group).lower().split()
    if len(words) == 1 and words[0] in _WEAK_WORDS:
        return False
    return not (words[:1] == ["năm"] and _YEAR_BEFORE.search(before))


def _fields(value: int | None, low: Any, high: Any, qualifier: str, unit: str) -> dict[str, Any]:
    return {"value": value, "low": low, "high": high, "qualifier": qualifier, "unit": unit}


def _point(
    rule: Rule, ctx: Context, m: regex.Match[str], unit_start: int, unit_end: int
) -> Candidate | None:
    """A count with a point value: qualifier, number, unit, optional "trở lên"."""
    unit = " ".join(ctx.text[unit_start:unit_end].split())
    if _trapped(ctx, m.start(), unit_start):
        return None
    pair = digit_pair_bounds(m.group("n"))
    if pair is not None:  # "năm sáu người": five or six
        fields = _fields(None, int(pair[0]), int(pair[1]), "range", unit)
        return Candidate(KIND, m.start(), unit_end, rule.name, fields, rule.priority)
    try:
        value = to_int(parse_number(m.group("n")))
    except ValueError:
        return None
    if value is None:
        return None
    end = unit_end
    tail_m = _TAIL_AFTER.match(ctx.text, end)
    tail = tail_m.group("tail") if tail_m else None
    if tail_m:
        end = tail_m.end()
    start = m.start()
    if m.group("open") and not tail:
        start = m.start("qual") if m.group("qual") else m.start("n")
    qualifier = tail_qualifier(tail) or qualifier_of(m.group("qual"))
    low, high = bounds(qualifier, value)
    return Candidate(
        KIND, start, end, rule.name, _fields(value, low, high, qualifier, unit), rule.priority
    )


def _build_number_unit(m: regex.Match[str], ctx: Context) -> Candidate | None:
    if not _number_ok(ctx, m, "n") or not _countable(m.group("n")):
        return None
    head = m.group("head")
    end = unit_end(ctx, m.start("head"), m.end("head"), _role(head))
    if end is None:
        return None
    return _point(NUMBER_UNIT, ctx, m, m.start("head"), end)


def _role(head: str) -> str:
    return ROLES.get(head) or ROLES.get(head[0].lower() + head[1:], "noun")


_PREFIX = rf"{NUMBER_START}(?:(?P<open>{RANGE_OPEN})[ ]+)?(?:(?P<qual>{QUALIFIER})[ ]+)?"

NUMBER_UNIT = Rule(
    name="<qualifier>? <number> <counted noun>",
    kind=KIND,
    pattern=regex.compile(
        rf"{SIMPLE_FOLD}{_PREFIX}(?P<n>{FIGURE_AMOUNT}|{WORDS})[ ]+(?P<head>{_HEAD})", _FLAGS
    ),
    build=_build_number_unit,
    examples=(
        "65 suất quà",
        "trên 1.000 lượt học sinh",
        "23 mô hình",
        "hai đoàn viên",
        "12 nghìn lượt người",
        "[120 ca mắc] mới",
        "60 nữ đoàn viên",
        "[3 Tổ COVID cộng đồng] ở phường",
        "[năm sáu người] đến",
    ),
)


def _countable(n: str) -> bool:
    """Whether :func:`_point` can make a count of the number ``n`` (a whole number or a pair of
    digit words): checked before tagging, which costs far more."""
    if digit_pair_bounds(n) is not None:
        return True
    try:
        return to_int(parse_number(n)) is not None
    except ValueError:
        return False


def _build_figure_noun(m: regex.Match[str], ctx: Context) -> Candidate | None:
    # The pattern's \p{Ll} also takes a capital (IGNORECASE): the word after the figure must
    # be lower-case to be a counted noun, which is seen without tagging.
    if not ctx.text[m.end()].islower() or not _number_ok(ctx, m, "n"):
        return None
    if not _countable(m.group("n")):
        return None
    tok = token_at(ctx, m.end())
    if tok is None or tok[2] not in ("N", "Nc") or not ctx.text[tok[0]].islower():
        return None
    if ctx.text[tok[0] : tok[1]].lower() in _NOT_UNITS:
        return None
    end = unit_end(ctx, tok[0], tok[1], "classifier" if tok[2] == "Nc" else "noun")
    if end is None:
        return None
    return _point(FIGURE_NOUN, ctx, m, tok[0], end)


FIGURE_NOUN = Rule(
    name="<qualifier>? <figure> <noun by POS>",
    kind=KIND,
    pattern=regex.compile(
        rf"{SIMPLE_FOLD}{_PREFIX}(?P<n>{FIGURE_AMOUNT})[ ]+(?=\p{{Ll}})(?!{_HEAD}|{_NOT_UNIT})",
        _FLAGS,
    ),
    build=_build_figure_noun,
    examples=(
        "30 bếp",
        "[800 bao gạo] cho",
        "[50 bình chữa cháy] cho",
        "[200 vé máy bay] miễn phí",
    ),
)


def _build_range(m: regex.Match[str], ctx: Context) -> Candidate | None:
    if not range_words_ok(m.group("open"), m.group("sep")) or not _number_ok(ctx, m, "a"):
        return None
    got = range_bounds(m.group("a"), m.group("b"))
    if got is None or any(to_int(x) is None for x in got):
        return None
    low, high = int(got[0]), int(got[1])
    if m.group("sep").strip() == "-" and 1900 <= low < high <= 2100:
        return None  # "2021-2025": years
    end = unit_end(ctx, m.start("head"), m.end("head"), _role(m.group("head")))
    if end is None:
        return None
    unit = " ".join(ctx.text[m.start("head") : end].split())
    fields = _fields(None, low, high, "range", unit)
    return Candidate(KIND, m.start(), end, RANGE_UNIT.name, fields, RANGE_UNIT.priority)


_N = rf"(?:{FIGURE_AMOUNT}|{WORDS})"
RANGE_UNIT = Rule(
    name="<từ>? <number> <đến|-> <number> <counted noun>",
    kind=KIND,
    pattern=regex.compile(
        rf"{RANGE_START}"
        rf"(?P<a>{_N})(?P<sep>{RANGE_SEP})(?P<b>{_N})[ ]+(?P<head>{_HEAD})",
        _FLAGS,
    ),
    build=_build_range,
    examples=("từ 5 đến 7 người", "5-7 người", "khoảng 30 - 40 hộ dân"),
)


def _build_magnitude(m: regex.Match[str], ctx: Context) -> Candidate | None:
    low, high = magnitude_bounds(m.group("mag"), m.group("scales"))
    end = unit_end(ctx, m.start("head"), m.end("head"), _role(m.group("head")))
    if end is None:
        return None
    unit = " ".join(ctx.text[m.start("head") : end].split())
    fields = _fields(None, int(low), int(high), "range", unit)
    return Candidate(KIND, m.start(), end, MAGNITUDE_UNIT.name, fields, MAGNITUDE_UNIT.priority)


MAGNITUDE_UNIT = Rule(
    name="hàng|vài <chục|trăm|nghìn…> <counted noun>",
    kind=KIND,
    pattern=regex.compile(
        rf"{SIMPLE_FOLD}(?<![\p{{L}}\p{{M}}\p{{N}}])(?:(?P<qual>{APPROX})[ ]+)?(?P<mag>{MAGNITUDE})[ ]+"
        rf"(?P<scales>{MAGNITUDE_SCALES})[ ]+(?P<head>{_HEAD})",
        _FLAGS,
    ),
    build=_build_magnitude,
    examples=("hàng trăm hộ gia đình", "Hàng nghìn lượt đoàn viên", "vài chục người"),
)

RULES: tuple[Rule, ...] = (NUMBER_UNIT, FIGURE_NOUN, RANGE_UNIT, MAGNITUDE_UNIT)


#: The longest text a rule allows before its first number (runs of spaces as one): a range
#: opener and a qualifier, "about" and a range opener, or "about" and an order of magnitude.
REACH = max(
    prefix_reach(OPEN_WORDS, QUALIFIER_WORDS),
    prefix_reach(APPROX_WORDS, OPEN_WORDS),
    prefix_reach(APPROX_WORDS, MAGNITUDE_WORDS),
)
ANCHORS = Anchors(first_words([*QUALIFIER_WORDS, *OPEN_WORDS, *MAGNITUDE_WORDS]), (), REACH)


STARTS = RuleStarts((*UNITS, *_CAPITALIZED), (*_NOT_UNITS, *_STOPS), REACH)


def extract(ctx: Context) -> list[Candidate]:
    """``quantity.run_anchored(RULES, ctx, ANCHORS)`` (the same candidates in the same order),
    each rule tried only where it can match (:mod:`.counts_starts`)."""
    text = ctx.text
    per_rule = STARTS.find(text)
    if per_rule is None:  # case folding changes the length: read the anchors
        per_rule = STARTS.of_anchors(text, ANCHORS.starts(text))
    out: list[Candidate] = []
    for rule, starts in zip(RULES, per_rule, strict=True):
        out.extend(run_at((rule,), ctx, starts, retry=True))
    return out
