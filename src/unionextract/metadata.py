"""The frame of an official document or an article (``Document.metadata``).

Reads the "Số: …" header, the place–date line, the "V/v …" subject, "Kính gửi" recipients,
"Nơi nhận" copies, the signature block, and for articles the byline, the source and the
view count. Values are taken from the caller's original text, markup ("*", "**") stripped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import regex

from .context import Context
from .models import Metadata
from .rules import Candidate

_LINE_MARKUP = regex.compile(r"^[\s*_#>]+|[\s*_]+$")
_BULLET = regex.compile(r"^\s*[-–•+*]\s*")
_NUMBER_LINE = regex.compile(r"(?m)^[ \t*_]*Số[ \t]*:?[ \t]*(?=\d)")
_PLACE_DATE = regex.compile(
    r"(?m)^[ \t*_]*(?P<place>\p{Lu}[\p{L}\p{M}. ]{1,40}?)[ \t]*,[ \t]*(?=ngày[ \t]+\d)", regex.V1
)
_SUBJECT = regex.compile(r"(?m)^[ \t*_]*V/v[ \t:]*(?P<s>(?:.+)(?:\n(?![ \t]*\n).+)*)")
_RECIPIENTS = regex.compile(r"(?m)^[ \t*_]*Kính gửi[ \t]*:?[ \t]*")
_COPIES = regex.compile(r"(?m)^[ \t*_]*Nơi nhận[ \t]*:?[ \t]*")
_CAPACITY = regex.compile(
    r"(?m)^[ \t*_]*(?P<c>(?:TM|KT|Q|TL|TUQ|T/M|K/T|T/L)\.?[ \t]+\p{Lu}.*)$", regex.V1
)
_AUTHOR = regex.compile(
    r"(?m)^[ \t*_]*(?:Bài(?:[ \t]*(?:,|và)[ \t]*ảnh)?|Tin(?:[ \t]*,[ \t]*ảnh)?)[ \t]*:[ \t]*(?P<a>.+)$"
)
_SOURCE = regex.compile(r"(?m)^[ \t*_]*Theo[ \t]+(?P<s>\S.*)$")
_VIEWS = regex.compile(r"(?m)^[ \t*_]*Số lượt xem[ \t]*:?[ \t]*(?P<v>\d[\d.,]*)")


def _clean(line: str) -> str:
    return " ".join(_LINE_MARKUP.sub("", line).split())


def _list_after(ctx: Context, start: int, stop_words: Sequence[str]) -> tuple[str, ...]:
    """Items after a "Kính gửi:" / "Nơi nhận:" label: the rest of its line, then bullet lines."""
    text = ctx.text
    items: list[str] = []
    pos = start
    first = True
    for line_match in regex.finditer(r"[^\n]*(?:\n|$)", text[pos:]):
        raw = line_match.group()
        if not raw:
            break
        line = raw.rstrip("\n")
        stripped = line.strip()
        if not stripped:
            if items:
                # a blank line ends the list unless a bullet follows it
                rest = text[pos + line_match.end() :].lstrip("\n \t")
                if not rest.startswith(("-", "–", "•", "+")):
                    break
            first = False
            continue
        if not first and not _BULLET.match(line):
            break
        if any(_clean(line).startswith(w) for w in stop_words):
            break
        item = _clean(_BULLET.sub("", line)).rstrip(";,.")
        if item:
            items.append(item)
        first = False
    return tuple(items)


def extract(
    ctx: Context, resolved: list[Candidate], record: Callable[[Candidate], Any]
) -> Metadata:
    text = ctx.text
    fields: dict[str, Any] = {}

    numbers = [c for c in resolved if c.kind == "document_number"]
    header = _NUMBER_LINE.search(text)
    if header:
        for c in numbers:
            if c.start == header.end():
                fields["number"] = record(c)
                break

    place_date = _PLACE_DATE.search(text)
    if place_date:
        fields["place"] = ctx.original(*place_date.span("place")).strip()
        for c in resolved:
            if c.kind == "date" and c.start == place_date.end():
                fields["issued_on"] = c.fields["value"]
                break

    subject = _SUBJECT.search(text)
    if subject:
        fields["subject"] = _clean(" ".join(ctx.original(*subject.span("s")).split("\n")))

    recipients = _RECIPIENTS.search(text)
    if recipients:
        fields["recipients"] = _list_after(ctx, recipients.end(), ()) or None
    copies = _COPIES.search(text)
    if copies:
        fields["copies_to"] = _list_after(ctx, copies.end(), ()) or None

    capacity = _CAPACITY.search(text)
    if capacity:
        fields["signing_capacity"] = _clean(capacity.group("c"))
        following = [_clean(line) for line in text[capacity.end() :].split("\n") if _clean(line)]
        if following:
            fields["signer_title"] = following[0]
        if len(following) > 1:
            fields["signer"] = following[1]

    author = _AUTHOR.search(text)
    if author:
        fields["author"] = _clean(author.group("a"))
    source = _SOURCE.search(text)
    if source:
        fields["source"] = _clean(source.group("s"))
    views = _VIEWS.search(text)
    if views:
        fields["views"] = int(regex.sub(r"[.,]", "", views.group("v")))
    # values read from the normalized text are re-read from the original where it differs
    return Metadata(**fields)
