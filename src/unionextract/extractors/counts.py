"""Counts: a number and the noun phrase it counts ("65 suất quà", "trên 1.000 lượt học sinh").

The counted noun comes from a lexicon (``data/count_units.tsv``) of counted nouns and
classifiers; after a classifier ("lượt", "chiếc") the noun it counts is taken from the lexicon
or, where the lexicon does not know it, from underthesea's POS tags. A figure before a noun
the lexicon does not know is also read with the POS tags (only then: tagging is slow).
Ordinals ("lần thứ 4"), labels ("Điều 5", "thôn 3"), durations ("10 năm"), ages and measures
("5km", "20 ha") are not counts.

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

from .. import lexicons, segment
from ..context import Context
from ..numbers import FIGURE_AMOUNT, NUMBER_START, WORDS, parse_number, to_int
from ..quantity import (
    APPROX,
    MAGNITUDE,
    MAGNITUDE_SCALES,
    QUALIFIER,
    RANGE_OPEN,
    RANGE_SEP,
    TAIL,
    bounds,
    magnitude_bounds,
    qualifier_of,
    range_bounds,
    range_words_ok,
    run,
    tail_qualifier,
)
from ..rules import Candidate, Rule, alternation

KIND = "count"

ROLES: dict[str, str] = lexicons.mapping("count_units.tsv")
UNITS = tuple(ROLES)
_NOUNS = [w for w, r in ROLES.items() if r in ("noun", "noun_prefix")]
_WE = r"(?![\p{L}\p{M}\p{N}])"
_FLAGS = regex.V1 | regex.IGNORECASE
_HEAD = rf"(?-i:{alternation(UNITS)}){_WE}"
_NOT_UNITS = frozenset(lexicons.words("count_not_units.tsv")) | frozenset(
    lexicons.words("measure_units.tsv")
)
_NOT_UNIT = rf"(?:{alternation(_NOT_UNITS)}){_WE}"
_NOUN_AFTER = regex.compile(rf"[ ]+(?-i:{alternation(_NOUNS)}){_WE}", regex.V1)
_TAIL_AFTER = regex.compile(rf"[ ]+(?P<tail>{TAIL})", _FLAGS)
_LABEL_BEFORE = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?:{alternation(lexicons.words('count_labels.tsv'))})[ ]+$", _FLAGS
)
_YEAR_BEFORE = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?:{alternation(lexicons.words('year_determiners.tsv'))})[ ]+$", _FLAGS
)
# Number words too vague to count alone: "một số nội dung", "tư nhân", "chục".
_WEAK_WORDS = frozenset({"một", "mốt", "không", "lăm", "nhăm", "tư", "linh", "lẻ", "chục", "mươi"})
_LOOK_BEHIND = 24

PosCache = dict[tuple[int, int], list[tuple[segment.Token, str]]]


def _pos_word_at(ctx: Context, pos: int, cache: PosCache) -> tuple[segment.Token, str] | None:
    """The (token, POS tag) that starts at ``pos``, if the segmenter has one there."""
    sentence = ctx.sentence_at(pos)
    if sentence not in cache:
        cache[sentence] = segment.pos_tags(ctx.text, *sentence)
    for tok, tag in cache[sentence]:
        if tok.start == pos:
            return tok, tag
        if tok.start > pos:
            break
    return None


def _pos_noun_after(ctx: Context, pos: int, cache: PosCache) -> segment.Token | None:
    """The noun (underthesea POS "N"/"Nc") that starts right after ``pos``, if any."""
    sentence = ctx.sentence_at(pos)
    if sentence not in cache:
        cache[sentence] = segment.pos_tags(ctx.text, *sentence)
    tagged = cache[sentence]
    for i, (tok, tag) in enumerate(tagged):
        if tok.start < pos:
            continue
        if ctx.text[pos : tok.start].strip() or not tok.text[:1].islower():
            return None
        if tok.text.lower() in _NOT_UNITS:
            return None
        if tag == "Nc" and i + 1 < len(tagged) and tagged[i + 1][1] == "N":
            nxt = tagged[i + 1][0]
            if not ctx.text[tok.end : nxt.start].strip() and nxt.text[:1].islower():
                return segment.Token(tok.start, nxt.end, ctx.text[tok.start : nxt.end])
        return tok if tag in ("N", "Nc") else None
    return None


def _unit_end(ctx: Context, head: str, end: int, cache: PosCache) -> int | None:
    """End of the counted noun phrase that starts with lexicon entry ``head`` (ending at ``end``)."""
    role = ROLES.get(head, "noun")
    if role == "noun":
        return end
    if role == "noun_prefix":
        # the segmenter decides whether it begins a longer word ("nhà" in "nhà kho")
        word = _pos_word_at(ctx, end - len(head), cache)
        if word is not None and word[0].end > end and word[1] == "N":
            return word[0].end
        return end
    noun = _NOUN_AFTER.match(ctx.text, end)
    if noun:
        return int(noun.end())
    tok = _pos_noun_after(ctx, end, cache)
    if tok is not None:
        return tok.end
    return None if role == "classifier_only" else end


def _number_ok(ctx: Context, m: regex.Match[str], group: str) -> bool:
    """Reject labels, ordinals, "năm" meaning year, and weak words like "một"."""
    start = m.start(group)
    text = ctx.text
    if start and text[start - 1] in "-/#:":
        return False  # "Covid-19", "F-16", "xem:611"
    before = text[max(0, m.start() - _LOOK_BEHIND) : m.start()]
    if _LABEL_BEFORE.search(before):
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
    unit = " ".join(ctx.text[unit_start:unit_end].split())
    return Candidate(
        KIND, start, end, rule.name, _fields(value, low, high, qualifier, unit), rule.priority
    )


def _build_number_unit(m: regex.Match[str], ctx: Context, cache: PosCache) -> Candidate | None:
    if not _number_ok(ctx, m, "n"):
        return None
    end = _unit_end(ctx, m.group("head"), m.end("head"), cache)
    if end is None:
        return None
    return _point(NUMBER_UNIT, ctx, m, m.start("head"), end)


_PREFIX = rf"{NUMBER_START}(?:(?P<open>{RANGE_OPEN})[ ]+)?(?:(?P<qual>{QUALIFIER})[ ]+)?"

NUMBER_UNIT = Rule(
    name="<qualifier>? <number> <counted noun>",
    kind=KIND,
    pattern=regex.compile(rf"{_PREFIX}(?P<n>{FIGURE_AMOUNT}|{WORDS})[ ]+(?P<head>{_HEAD})", _FLAGS),
    build=lambda m, ctx: _build_number_unit(m, ctx, {}),
    examples=(
        "65 suất quà",
        "trên 1.000 lượt học sinh",
        "23 mô hình",
        "hai đoàn viên",
        "12 nghìn lượt người",
    ),
)


def _build_figure_noun(m: regex.Match[str], ctx: Context, cache: PosCache) -> Candidate | None:
    if not _number_ok(ctx, m, "n"):
        return None
    tok = _pos_noun_after(ctx, m.end(), cache)
    if tok is None:
        return None
    return _point(FIGURE_NOUN, ctx, m, tok.start, tok.end)


FIGURE_NOUN = Rule(
    name="<qualifier>? <figure> <noun by POS>",
    kind=KIND,
    pattern=regex.compile(
        rf"{_PREFIX}(?P<n>{FIGURE_AMOUNT})[ ]+(?=\p{{Ll}})(?!{_HEAD}|{_NOT_UNIT})", _FLAGS
    ),
    build=lambda m, ctx: _build_figure_noun(m, ctx, {}),
    examples=("30 bếp", "40 tủ sách"),
)


def _build_range(m: regex.Match[str], ctx: Context, cache: PosCache) -> Candidate | None:
    if not range_words_ok(m.group("open"), m.group("sep")) or not _number_ok(ctx, m, "a"):
        return None
    got = range_bounds(m.group("a"), m.group("b"))
    if got is None or any(to_int(x) is None for x in got):
        return None
    low, high = int(got[0]), int(got[1])
    if m.group("sep").strip() == "-" and 1900 <= low < high <= 2100:
        return None  # "2021-2025": years
    end = _unit_end(ctx, m.group("head"), m.end("head"), cache)
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
        rf"{NUMBER_START}(?:(?P<approx>{APPROX})[ ]+)?(?:(?P<open>{RANGE_OPEN})[ ]+)?"
        rf"(?P<a>{_N})(?P<sep>{RANGE_SEP})(?P<b>{_N})[ ]+(?P<head>{_HEAD})",
        _FLAGS,
    ),
    build=lambda m, ctx: _build_range(m, ctx, {}),
    examples=("từ 5 đến 7 người", "5-7 người", "khoảng 30 - 40 hộ dân"),
)


def _build_magnitude(m: regex.Match[str], ctx: Context, cache: PosCache) -> Candidate | None:
    low, high = magnitude_bounds(m.group("mag"), m.group("scales"))
    end = _unit_end(ctx, m.group("head"), m.end("head"), cache)
    if end is None:
        return None
    unit = " ".join(ctx.text[m.start("head") : end].split())
    fields = _fields(None, int(low), int(high), "range", unit)
    return Candidate(KIND, m.start(), end, MAGNITUDE_UNIT.name, fields, MAGNITUDE_UNIT.priority)


MAGNITUDE_UNIT = Rule(
    name="hàng|vài <chục|trăm|nghìn…> <counted noun>",
    kind=KIND,
    pattern=regex.compile(
        rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?:(?P<qual>{APPROX})[ ]+)?(?P<mag>{MAGNITUDE})[ ]+"
        rf"(?P<scales>{MAGNITUDE_SCALES})[ ]+(?P<head>{_HEAD})",
        _FLAGS,
    ),
    build=lambda m, ctx: _build_magnitude(m, ctx, {}),
    examples=("hàng trăm hộ gia đình", "Hàng nghìn lượt đoàn viên", "vài chục người"),
)

RULES: tuple[Rule, ...] = (NUMBER_UNIT, FIGURE_NOUN, RANGE_UNIT, MAGNITUDE_UNIT)
_BUILDERS = {
    NUMBER_UNIT.name: _build_number_unit,
    FIGURE_NOUN.name: _build_figure_noun,
    RANGE_UNIT.name: _build_range,
    MAGNITUDE_UNIT.name: _build_magnitude,
}


def extract(ctx: Context) -> list[Candidate]:
    cache: PosCache = {}  # POS tags per sentence, for this text only
    return run([_with_cache(r, cache) for r in RULES], ctx)


def _with_cache(rule: Rule, cache: PosCache) -> Rule:
    build = _BUILDERS[rule.name]

    def bound(m: regex.Match[str], ctx: Context) -> Candidate | None:
        return build(m, ctx, cache)

    return Rule(rule.name, rule.kind, rule.pattern, bound, rule.examples, rule.priority)
