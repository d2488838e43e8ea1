"""The frame of an official document or an article (``Document.metadata``).

Reads the "Số: …" header, the place–date line, the subject ("V/v …", or the title under a
type heading such as "NGHỊ ĐỊNH"), "Kính gửi" recipients, "Nơi nhận" copies, the signature
block (:mod:`.metadata_signature`), and for articles the byline ("Bài, ảnh: …", or a
closing "Name - title" line), the source ("Theo …"), the date line under the title and the
view count. PDF text (stray spaces, broken lines, two columns on one line) is expected.
String values come from the caller's original text with markup ("*", "**") stripped.

>>> from unionextract import extract
>>> m = extract("Số: 12/UBND-VX\\nV/v tăng cường\\ncông tác\\n\\nHà Nội, ngày 5 tháng 1 năm 2022").metadata
>>> m.number.symbol, m.place, m.issued_on, m.subject
('12/UBND-VX', 'Hà Nội', '2022-01-05', 'tăng cường công tác')
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import regex

from . import lexicons, metadata_signature
from .context import Context
from .metadata_lines import LineRule, Lines, clean, is_name, is_upper, label_pattern
from .models import Metadata
from .rules import Candidate

# a line start, or a column start after a gap of two or more spaces (one try per gap: linear)
_START = r"(?:^|(?<![ \t])[ \t]{2,}+)[ \t*_#>]*+"
# (the line rules below are searched only on the lines holding their cue: see LineRule)
_HEADER_PATTERN = rf"(?m){_START}(?:\p{{Lu}}\p{{Ll}}*(?:[ ]\p{{Ll}}+)?[ \t]+)?(?:[Ss]ố|SỐ)[ \t]*(?P<colon>:)?[ \t]*(?=\d)"
_HEADER = LineRule(
    _HEADER_PATTERN,
    # "Số", "số" and "SỐ": two literals to skip to ("[Ss]ố" would be tried at every position)
    (r"ố[ \t]*:?[ \t]*\d", r"SỐ[ \t]*:?[ \t]*\d"),
    regex.V1,
)
# The same pattern on the lines where a match can hold a colon ("Số: 12", far fewer than "số
# 12"): every match with a colon, and only some without (so its finditer is not the pattern's,
# unlike the other LineRules'; tests/test_metadata_prefilter.py checks the colon ones).
_HEADER_COLON = LineRule(_HEADER_PATTERN, (r"ố[ \t]*:[ \t]*\d", r"SỐ[ \t]*:[ \t]*\d"), regex.V1)
_PARTY_HEADER_WINDOW = 3000
_DATE_WORDS = (
    r"ngày[ \t]+(?P<d>\d{1,2})[ \t]*(?:tháng[ \t]+|[/.-])(?P<m>\d{1,2})"
    r"[ \t]*(?:năm[ \t]+|[/.-])(?P<y>\d{4})"
)
_PLACE_DATE = LineRule(
    rf"(?m){_START}(?P<place>\p{{Lu}}[\p{{L}}\p{{M}}.' -]{{1,40}}?)[ \t]*,[ \t]*"
    rf"(?P<date>ngày\b[^\n]{{0,40}}?)[ \t*_.]*$",
    r",[ \t]*ngày",
    regex.V1,
)
_DATE_VALUE = regex.compile(_DATE_WORDS, regex.V1)
# laws and resolutions of the National Assembly carry no place-date line: "Luật này được
# Quốc hội … khóa XV, kỳ họp thứ 8 thông qua ngày 20 tháng 11 năm 2019."
_ADOPTED = regex.compile(
    rf"này\s+(?:đã\s+)?được\s[^.;]{{0,250}}?(?:{label_pattern('adopted')})\s+"
    r"ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})",
    regex.V1,
)
_TIME = r"\d{1,2}[:h]\d{2}(?::\d{2})?"
_LINE_DATE = regex.compile(
    rf"(?:(?:{label_pattern('published')})[ ]*:?[ ]*)?(?:{_TIME}[ ,|-]+)?"
    r"(?:(?:Thứ[ ]\p{L}+|Chủ[ ]nhật)[ ,-]*)?(?:ngày[ ]+)?"
    rf"(?P<d>\d{{1,2}})[/.-](?P<m>\d{{1,2}})[/.-](?P<y>\d{{4}})(?:[ ,|-]+{_TIME})?(?:[ ]*\(?GMT[+-]\d{{1,2}}\)?)?",
    regex.V1 | regex.IGNORECASE,
)
_SUBJECT = LineRule.labelled("subject", r"(?m)^[ \t*_]*", r"[ \t]*:?[ \t]*(?=\S)")
_HEADINGS = frozenset(lexicons.words("metadata_headings.tsv"))
# Cleaning a line removes only uncased characters (markup, spaces), so a line whose cleaned text
# is a heading has the heading's letters: upper case when every heading is (a cheap first test)
_HEADINGS_UPPER = all(h.isupper() for h in _HEADINGS)
# where a document's body starts: "Căn cứ …", "Điều 1.", "Chương I"
_BODY_START = regex.compile(
    rf"(?:{label_pattern('body_start')})(?!\p{{L}})"
    rf"|(?:{label_pattern('section')})[ ]+(?:\d+|[IVXLC]+)(?!\p{{L}})",
    regex.V1,
)
_RECIPIENTS = LineRule.labelled("recipients", rf"(?m){_START}", r"[ \t]*:?[ \t]?")
_COPIES = LineRule.labelled("copies", rf"(?m){_START}", r"[ \t]*:?[ \t]?")
_BULLET = regex.compile(r"^[-–•+*][ \t]*")
_AUTHOR = LineRule.labelled("author", r"(?m)^[ \t*_]*", r"[ \t]*:[ \t]*(?P<a>\S[^\n]*)")
_SOURCE = LineRule.labelled(
    "source",
    r"(?m)^[ \t*_(]*",
    r"[ \t]*:?[ \t]+"
    r"(?P<s>https?://\S+|[\w.-]+\.(?:vn|com|net|org|info)\S*|\p{Lu}[\p{L}\p{M}\p{N}.&' -]{0,60}?)"
    r"[ \t*_)]*$",
)
_VIEWS = LineRule.labelled("views", r"(?m)^[ \t*_]*", r"[ \t]*:?[ \t]*(?P<v>\d[\d.,]*)")
_ARTICLE_END = LineRule.labelled("article_end", r"(?m)^[ \t*_]*", "")
_BYLINE = regex.compile(
    r"(?P<name>\p{Lu}\p{Ll}*+(?:[ ]\p{Lu}\p{Ll}*+){1,4})[ \t]*(?:[-–,(]|$)", regex.V1
)
_MAX_LIST = 40
_DATE_LINES = 12  # an article's date line sits under its title
_GAP = regex.compile(r"[ \t]{3,}")
_COPIES_NEAR = 40
_LETTERS = regex.compile(r"\p{L}{2}", regex.V1)


def _iso(m: regex.Match[str]) -> str | None:
    try:
        return dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d"))).isoformat()
    except ValueError:
        return None


def _header(ctx: Context, numbers: dict[int, Candidate]) -> tuple[Candidate, int] | None:
    """The document's own number: the first "Số: …" line, else a Party "Số …" near the top."""
    fallback: tuple[Candidate, int] | None = None
    pos = 0
    for m in _HEADER.finditer(ctx.text):
        c = numbers.get(m.end())
        if c is not None:
            if m.group("colon"):
                return c, m.start()
            if fallback is None and m.start() < _PARTY_HEADER_WINDOW:
                fallback = (c, m.start())
        pos = m.end()
        if fallback is not None or m.start() >= _PARTY_HEADER_WINDOW:
            break  # the fallback is settled: only a "Số:" line can still change the answer
    else:
        return fallback
    for m in _HEADER_COLON.finditer(ctx.text, pos):
        c = numbers.get(m.end())
        if c is not None and m.group("colon"):
            return c, m.start()
    return fallback


def _place_date(
    ctx: Context, anchor: int | None, dates: dict[int, Candidate]
) -> tuple[str, str | None] | None:
    found = list(
        _PLACE_DATE.finditer(ctx.text, 0, anchor + 4000 if anchor is not None else len(ctx.text))
    )
    if not found:
        return None
    chosen = found[0]
    if anchor is not None:
        after = [m for m in found if m.start() >= anchor - 300]
        chosen = after[0] if after else found[-1]
    place = clean(ctx.original(*chosen.span("place")))
    value = None
    dm = _DATE_VALUE.match(chosen.group("date"))
    if dm:
        value = _iso(dm)
    elif chosen.start("date") in dates:
        value = dates[chosen.start("date")].fields.get("value")
    return place, value


def _subject(ctx: Context, lines: Lines, first_line: int) -> str | None:
    m = _SUBJECT.search(ctx.text)
    if m and lines.index_at(m.start()) < first_line + 60:
        i = lines.index_at(m.start())
        parts = [_left(ctx, lines, i, m.end())]
        parts += _continuation(ctx, lines, i + 1, 4)
        return clean(" ".join(parts)) or None
    for begin in dict.fromkeys((first_line, 0)):
        for i in range(begin, min(len(lines), begin + 60)):
            if (lines.raw(i).isupper() or not _HEADINGS_UPPER) and lines.text(i) in _HEADINGS:
                parts = _continuation(ctx, lines, i + 1, 6, skip_blank=True)
                return clean(" ".join(parts)) or None
    return None


def _left(ctx: Context, lines: Lines, i: int, start: int) -> str:
    """Line ``i`` from ``start`` to its first column gap (three spaces), from the original."""
    gap = _GAP.search(ctx.text, start, lines.ends[i])
    if gap is None:
        return ctx.original(start, lines.ends[i])
    if not ctx.text[start : gap.start()].strip():
        return ""  # only another column's text follows the label
    return ctx.original(start, gap.start())


def _continuation(
    ctx: Context, lines: Lines, i: int, limit: int, skip_blank: bool = False
) -> list[str]:
    out: list[str] = []
    while i < len(lines) and len(out) < limit:
        text = lines.text(i)
        if not text:
            if skip_blank and not out:
                i += 1
                continue
            break
        if (
            _BODY_START.match(text)
            or _PLACE_DATE.match(lines.raw(i))
            or _RECIPIENTS.match(lines.raw(i))
            or (out and is_upper(text) and not is_upper(out[-1]))
        ):
            break
        s, e = lines.segments(i)[0]
        out.append(clean(ctx.original(s, e)))
        i += 1
    return out


def _items(ctx: Context, lines: Lines, start: int) -> tuple[str, ...] | None:
    """Items after a "Kính gửi:" / "Nơi nhận:" label: bullets, wrapped lines, ";" splits."""
    i = lines.index_at(start)
    items: list[str] = []
    rest = _BULLET.sub("", clean(_left(ctx, lines, i, start)))
    if rest:
        items.append(rest)
    j = i + 1
    seen_blank = False
    while j < len(lines) and len(items) < _MAX_LIST:
        segs = lines.segments(j)
        if not segs:
            seen_blank = True
            j += 1
            continue
        s, e = segs[0]
        raw = ctx.original(s, e)
        text = clean(raw)
        if _BULLET.match(text):
            items.append(_BULLET.sub("", text))
        elif items and not seen_blank and text[:1].islower() and not items[-1].endswith((";", ".")):
            items[-1] += " " + text  # a wrapped line
        elif not items and not seen_blank and not is_upper(text):
            items.append(text)
        else:
            break
        seen_blank = False
        j += 1
    out = [p.strip(" ;,.") for item in items for p in item.split(";")]
    # template blanks ("……", "(3)") are not recipients
    return tuple(p for p in out if _LETTERS.search(p)) or None


def _author_name(byline: str) -> str:
    """The name in "Thu Hà (LĐLĐ tỉnh)", "Lê Thị Hải - Phó Chủ tịch …"; co-authors
    ("Minh Anh - Hồng Nhung") are kept whole."""
    m = _BYLINE.match(byline)
    if m is None or m.end() >= len(byline):
        return byline
    rest = byline[m.end() :].strip(" -–,()")
    return byline if is_name(rest) else str(m.group("name"))


def _article_fields(
    ctx: Context, lines: Lines, fields: dict[str, Any], dates: dict[int, Candidate]
) -> None:
    text = ctx.text
    authors = list(_AUTHOR.finditer(text))
    if authors:
        a = clean(ctx.original(*authors[-1].span("a")))
        fields["author"] = _author_name(a)
    sources = list(_SOURCE.finditer(text))
    if sources:
        fields["source"] = clean(ctx.original(*sources[-1].span("s")))
    views = _VIEWS.search(text)
    if views:
        fields["views"] = int(regex.sub(r"[.,]", "", views.group("v")))
    if "issued_on" not in fields:
        for i in lines.nonblank(_DATE_LINES):
            m = _LINE_DATE.fullmatch(lines.text(i))
            if m:
                fields["issued_on"] = _iso(m)
                break
    if "author" not in fields:
        end = len(text)
        for pattern in (_VIEWS, _ARTICLE_END):
            found = pattern.search(text)
            if found:
                end = min(end, found.start())
        if sources:
            end = min(end, sources[-1].start())
        last = lines.index_at(max(0, end - 1))
        while last > 0 and (lines.blank(last) or lines.starts[last] >= end):
            last -= 1
        line = lines.text(last)
        m = _BYLINE.match(line)
        if m and len(line) <= 120 and not line.endswith(".") and last > 2:
            fields["author"] = m.group("name")


def extract(
    ctx: Context, resolved: list[Candidate], record: Callable[[Candidate], Any]
) -> Metadata:
    lines = Lines(ctx.text, ctx.original)
    fields: dict[str, Any] = {}
    numbers = {c.start: c for c in resolved if c.kind == "document_number"}
    dates = {c.start: c for c in resolved if c.kind == "date"}

    header = _header(ctx, numbers)
    anchor = header[1] if header else None
    if header:
        fields["number"] = record(header[0])
    place_date = _place_date(ctx, anchor, dates)
    if place_date:
        fields["place"], issued_on = place_date
        if issued_on:
            fields["issued_on"] = issued_on
    if "issued_on" not in fields and header is not None:
        adopted = _ADOPTED.search(ctx.text)
        if adopted:
            fields["issued_on"] = _iso(adopted)
    official = header is not None or place_date is not None
    first_line = (
        lines.index_at(anchor) if anchor is not None and anchor < _PARTY_HEADER_WINDOW else 0
    )
    if official:
        fields["subject"] = _subject(ctx, lines, first_line)
    sig = metadata_signature.read(
        lines, lines.index_at(anchor) if anchor is not None else 0, official
    )
    # "Kính gửi" comes before the signature, "Nơi nhận" beside it; later ones are in annexed forms
    sig_pos = lines.starts[sig.line] if sig.line is not None else None
    recipients = _RECIPIENTS.search(ctx.text, 0, sig_pos if sig_pos is not None else len(ctx.text))
    if recipients:
        fields["recipients"] = _items(ctx, lines, recipients.end())
    copies_window = (0, len(ctx.text))
    if sig.line is not None:
        low = lines.starts[max(0, sig.line - _COPIES_NEAR)]
        high = lines.ends[min(len(lines) - 1, sig.line + _COPIES_NEAR)]
        copies_window = (low, high)
    copies = _COPIES.search(ctx.text, *copies_window)
    if copies:
        fields["copies_to"] = _items(ctx, lines, copies.end())
    if sig.capacity:
        fields["signing_capacity"] = sig.capacity
    if sig.title:
        fields["signer_title"] = sig.title
    if sig.signer:
        fields["signer"] = sig.signer
    if not official and not sig.capacity:
        _article_fields(ctx, lines, fields, dates)
    return Metadata(**{k: v for k, v in fields.items() if v is not None})
