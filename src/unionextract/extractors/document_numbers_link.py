"""A document number's date and issuing body, when its sentence says so.

"Công văn số 294-CV/TU, ngày 21/7/2021 của Tỉnh ủy Lai Châu": the date mention right after
the number gives ``issued_on`` (its value), the organization mention after "của"/"do"
gives ``issued_by`` (its text). In a coordinated list ("Nghị quyết số 78/NQ-CP, Nghị quyết
số 79/NQ-CP của Chính phủ") the issuer applies to every number of the list.

Runs after overlap resolution on the sorted candidates; neighbours are found by binary
search, so the cost is O(n log n) in the number of mentions.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

import regex

from .. import lexicons
from ..context import Context
from ..rules import Candidate, alternation

KIND = "document_number"

_ROLES: dict[str, list[str]] = {}
for _row in lexicons.rows("docnum_link_words.tsv"):
    _ROLES.setdefault(_row[1], []).append(_row[0])

_S = r"[ \t\n]"


def _flexible(words: list[str]) -> str:
    """An alternation of ``words`` whose inner spaces match any run of spaces and line breaks
    (PDF text breaks "Bộ ⏎trưởng")."""
    return alternation(words).replace("\\ ", f"{_S}{{1,4}}")


_VERB = _flexible(_ROLES.get("verb", []))
_BY = _flexible(_ROLES.get("by", []))
_TITLE = _flexible(_ROLES.get("title", []))
_TYPE_WORD = _flexible(_ROLES.get("kind", []))

# between a number and its date: ", ngày …", " ban hành ngày …", " (ngày …"
_TO_DATE = regex.compile(
    rf"[ \t\n,(]{{0,4}}(?:{_VERB}{_S}{{1,3}})?(?:vào{_S}{{1,3}})?(?:ngày{_S}{{0,3}})?", regex.V1
)
# between a number (or its date) and the issuer: " của ", ", do ", " của Bộ trưởng "
_TO_ORG = regex.compile(
    rf"[ \t\n,]{{0,4}}(?:{_VERB}{_S}{{1,3}})?{_BY}{_S}{{1,3}}(?:{_TITLE}{_S}{{1,3}})?",
    regex.V1 | regex.IGNORECASE,
)
# between two numbers of a coordinated list: ", Nghị quyết số ", " và ", "; số "
_COORD = regex.compile(
    rf"{_S}{{0,3}}(?:,|;|và|hoặc)?{_S}{{0,3}}(?:(?:các{_S}{{1,3}})?{_TYPE_WORD}{_S}{{1,3}})?"
    rf"(?:số{_S}{{0,3}}:?{_S}{{0,3}})?",
    regex.V1 | regex.IGNORECASE,
)
_MAX_GAP = 40


def _next_after(
    pos: int,
    starts: Sequence[int],
    items: Sequence[Candidate],
    gap: regex.Pattern[str],
    ctx: Context,
) -> Candidate | None:
    """The first of ``items`` starting at or after ``pos`` when the text between fits ``gap``."""
    i = bisect_left(starts, pos)
    if i == len(items) or starts[i] - pos > _MAX_GAP:
        return None
    item = items[i]
    return item if gap.fullmatch(ctx.text, pos, item.start) else None


def link(resolved: list[Candidate], ctx: Context) -> list[Candidate]:
    """Fill ``issued_on``/``issued_by`` of the document numbers in ``resolved`` (sorted)."""
    numbers = [c for c in resolved if c.kind == KIND]
    if not numbers:
        return resolved
    dates = [c for c in resolved if c.kind == "date" and c.fields.get("grain") == "day"]
    orgs = [c for c in resolved if c.kind == "organization"]
    date_starts = [d.start for d in dates]
    org_starts = [o.start for o in orgs]

    issued_on: list[str | None] = [None] * len(numbers)
    issued_by: list[str | None] = [None] * len(numbers)
    for k in range(len(numbers) - 1, -1, -1):
        c = numbers[k]
        pos = c.end
        date = _next_after(pos, date_starts, dates, _TO_DATE, ctx)
        if date is not None:
            issued_on[k] = date.fields.get("value")
            pos = date.end
        org = _next_after(pos, org_starts, orgs, _TO_ORG, ctx)
        if org is not None:
            issued_by[k] = ctx.original(org.start, org.end)
        elif k + 1 < len(numbers):
            following = numbers[k + 1]
            if following.start - pos <= _MAX_GAP and _COORD.fullmatch(
                ctx.text, pos, following.start
            ):
                issued_by[k] = issued_by[k + 1]

    out: list[Candidate] = []
    added = zip(issued_on, issued_by, strict=True)
    for c in resolved:
        if c.kind != KIND:
            out.append(c)
            continue
        on, by = next(added)
        if on is None and by is None:
            out.append(c)  # nothing to add: the candidate as it was
            continue
        fields = dict(c.fields)
        if on is not None:
            fields["issued_on"] = on
        if by is not None:
            fields["issued_by"] = by
        out.append(Candidate(c.kind, c.start, c.end, c.rule, fields, c.priority))
    return out
