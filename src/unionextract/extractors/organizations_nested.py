"""Bodies inside bodies: a department and its parent, and boards sharing one body.

- :func:`department` reads "Ban Quan hệ lao động Tổng LĐLĐ Việt Nam", "Trung tâm Tư vấn pháp
  luật Công đoàn tỉnh X", "Vụ Pháp chế Bộ Y tế", "Khối Doanh nghiệp tỉnh X" (inside "Đảng ủy
  Khối …"): a department head (``org_departments.tsv``), its function words (the first one
  upper case, at most nine, no stop word of ``org_department_words.tsv``, no conjunction
  right before the parent), then a parent body, a level and place, or a national word
  ("Trung ương"). The whole is ONE organization, like "Ban cán sự Đảng UBND tỉnh Lai
  Châu". With only a level and place it is a unit of that province or district, typed by
  ``org_departments.tsv`` ("Trung tâm Dịch vụ việc làm tỉnh X": state; "Khối …" only inside
  a body; a level without its place closes it only inside a body: "Đảng ủy Khối Doanh
  nghiệp tỉnh"); with neither, a generic head ("Ban", "Trung tâm") names nothing. A board
  named for an event ("Ban Tổ chức Hội thi …", "Trung tâm Hội nghị tỉnh") is no standing
  body (event words in ``org_department_words.tsv``).
- :func:`shared_body` reads coordinated boards of one body: in "Ban Thường vụ, Ban Chấp hành
  LĐLĐ tỉnh" the first board is its own mention (span "Ban Thường vụ") whose canonical name
  takes the shared body ("Ban Thường vụ Liên đoàn Lao động tỉnh …").

Both take the parser as an argument (the grammar module imports this one) and look at a
bounded number of words, so a name still costs time linear in its length.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from . import organizations_lexicon as lx
from .organizations_heads import found_at, match_head
from .organizations_spans import Env, Parse, place_tail, space

ParseFn = Callable[[str, int, Env], Parse | None]

_MAX_FUNCTION_WORDS = 9
_INHERIT = ("inherit", "inherit")
#: what a body that names no one returns: the function words end there, with no parent
_NO_PARENT = Parse(0, 0, "", "")
_COORD = regex.compile(r"(?:,[ ]?|[ ]và[ ])(?=\p{Lu})", regex.V1)
_HYPHEN = regex.compile(r"[ ]?-[ ]?(?=\p{Lu})", regex.V1)
_CAPS = regex.compile(r"\p{Lu}[\p{Lu}\p{M}]+", regex.V1)


def _function_words(text: str, spans: list[tuple[int, int]]) -> str:
    """The function words as written; an upper-case header is written in sentence case."""
    written = text[spans[0][0] : spans[-1][1]]
    words = written.split()
    known = lx.abbreviations()
    if any(w in known for w in words):  # "Ban Quản lý các KCN" → "… các Khu công nghiệp"
        return " ".join(known.get(w, w) for w in words)
    if all(_CAPS.fullmatch(w) for w in words if w[:1].isalpha()):
        return " ".join([lx.title(words[0]), *(w.lower() for w in words[1:])])
    return " ".join(words)


def department(text: str, base: Parse, head: str, env: Env, parse_fn: ParseFn) -> Parse | None:
    """A department, board, centre or bloc (canonical ``head``) and the body it belongs to."""
    p = space(text, base.end)
    if p is None:
        return None
    if found_at(text, p, env.heads):
        body = parse_fn(text, p, env.deeper())
        if body is not None and body.org_type != "inherit":
            return None  # a body right after the head is its own tail ("Văn phòng Tỉnh ủy")
    first = lx.ANY_WORD.match(text, p)
    if first is None:
        return None
    if not first.group()[:1].isupper() and first.group().lower() not in lx.department_words("lead"):
        return None
    stops = lx.department_words("stop")
    spans: list[tuple[int, int]] = []
    pos = p
    while len(spans) < _MAX_FUNCTION_WORDS:
        m = lx.ANY_WORD.match(text, pos)
        if m is None or (spans and m.group().lower() in stops):
            return None
        spans.append(m.span())
        joined = _HYPHEN.match(text, m.end())  # "Ban Kinh tế - Xã hội HĐND tỉnh"
        q = joined.end() if joined else space(text, m.end())
        if q is None:
            return None
        got = _parent(text, m.start(), m.end(), q, env, parse_fn, head)
        if got is _NO_PARENT:
            return None
        if got is not None and m.group().lower() in lx.department_words("join"):
            return None  # "Phòng Nội vụ và UBND huyện": two bodies
        if got is not None:
            if lx.event_pattern().search(text, spans[0][0], spans[-1][1]):
                return None  # "Ban Tổ chức Hội thi …": an ad-hoc committee, not a body
            if got.pending and env.depth == 0 and not found_at(text, got.start, env.heads):
                return None  # "Trung tâm … tỉnh": a unit of which province is not said
            words = _function_words(text, spans)
            org_type = got.org_type if base.org_type == "inherit" else base.org_type
            return base._replace(
                end=got.end,
                canonical=f"{base.canonical} {words} {got.canonical}",
                org_type=org_type,
                abbreviation=base.abbreviation or got.abbreviation,
                pending=got.pending,
                places=base.places + got.places,
            )
        pos = q
    return None


def _parent(
    text: str, prev: int, end: int, q: int, env: Env, parse_fn: ParseFn, head: str
) -> Parse | None:
    """What may close a department's function words at ``q``: a body, a level and place
    ("tỉnh Thái Nguyên", "huyện" to be completed), or a national word ("Trung ương")."""
    h = match_head(text, q, memo=env.heads)
    if h:
        inner = parse_fn(text, q, env.deeper())
        if inner is not None and not inner.items and inner.org_type != "inherit":
            return inner
        found = lx.lookup_head(h.group())
        # a body that names no one ("LĐLĐ các huyện", "Công ty") ends the function words
        return _NO_PARENT if found is not None and found.org_type != "inherit" else None
    if text[prev:end].lower() in lx.department_words("lead"):
        return None  # "các huyện": a plural level names no parent
    frag = place_tail(text, end, direct=False)
    if isinstance(frag, Parse) and not frag.items:  # a unit of the province or district
        return frag._replace(org_type=lx.departments().get(head, _INHERIT)[0])
    nat = lx.national_pattern().match(text, q)
    if nat:
        return Parse(
            q, nat.end(), lx.national(nat.group()), lx.departments().get(head, _INHERIT)[1]
        )
    return None


def _board(head: lx.Head) -> bool:
    """A board of a body: one that takes its type ("Ban Thường vụ", "Ủy ban Kiểm tra") or a
    department head ("Ban Chính sách - Pháp luật", "Ban Nữ công")."""
    return head.org_type == "inherit" or head.canonical.split(" ")[0] in lx.departments()


def shared_body(text: str, base: Parse, env: Env, parse_fn: ParseFn) -> Parse | None:
    """ "Ban Thường vụ, Ban Chấp hành LĐLĐ tỉnh": the first board with the body it shares."""
    if env.depth > 2:
        return None
    first = lx.lookup_head(text[base.start : base.end])
    m = _COORD.match(text, base.end) if first is not None and _board(first) else None
    if m is None:
        return None
    h = match_head(text, m.end(), memo=env.heads)
    head = lx.lookup_head(h.group()) if h else None
    if h is None or head is None or head.tail not in ("unit", "sub") or not _board(head):
        return None
    second = parse_fn(text, m.end(), env.deeper())
    if second is None or second.items or second.org_type == "inherit":
        return None
    board = lx.as_written(h.group(), head.canonical)
    if not second.canonical.startswith(f"{board} "):
        return None
    body = second.canonical[len(board) + 1 :]  # the second may share a third's body
    return base._replace(
        canonical=f"{base.canonical} {body}",
        org_type=second.org_type,
        pending=second.pending,
    )
