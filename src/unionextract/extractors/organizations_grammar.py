"""The grammar of an organization name, parsed left to right from its head.

``parse(text, pos)`` reads a head (``org_heads.tsv``) at ``pos`` and then the tail its entry
asks for: a place ("tỉnh Lai Châu", "TP. Điện Biên Phủ", "huyện Đăk hà"), a field ("Y tế"),
qualifiers and a proper name ("Trường Tiểu học Tô Vĩnh Diện"), or a whole body nested inside
("Ban cán sự Đảng UBND tỉnh Lai Châu"). Every step is an anchored match, so a name costs time
linear in its length. The result carries the canonical name, the type, the first abbreviation
written, and — when a level word stands without its place ("LĐLĐ tỉnh") — the level still to
be resolved from the rest of the document.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..normalize import fold
from . import organizations_lexicon as lx
from . import organizations_nested as nested
from .organizations_heads import found_at, match_head
from .organizations_spans import (
    LOWER_NEXT,
    MAX_NAME_WORDS,
    MAX_PLACE_WORDS,
    Env,
    HeadBase,
    HeadReading,
    Parse,
    level_spelling,
    place_parse,
    place_tail,
    space,
    title_run,
)

_AGENCIES = frozenset({"Cục", "Tổng cục", "Vụ", "Tổng công ty"})
_MAX_NOUNS = 3
#: an abbreviation defined right after a head, when the name goes on after it
_DEFINED = regex.compile(r"[ ]\((?P<a>\p{Lu}[\p{Lu}&.-]{1,11})\)(?=[ ]\p{L})", regex.V1)
_CENTRAL = regex.compile(r"(?i:Trung ương)(?![\p{L}\p{M}])", regex.V1)
_NAME_TAILS = frozenset({"name"})
#: (version 0 patterns, as the module-level calls they replace were)
_NAME_NEXT = regex.compile(r"[ ]\p{Lu}")
_BRANCH = regex.compile(r"(?i:ngành)[ ]")
_NUMBER_NAME = regex.compile(r"(?:số[ ])?\d{1,4}[A-Z]?(?![\p{L}\p{M}\p{N}])", regex.V1)

# --- heads and tails ------------------------------------------------------------------------


def parse(text: str, pos: int, env: Env | None = None) -> Parse | None:
    """The organization whose head starts at ``pos``, or None (memoized in ``env``)."""
    env = env or Env.new()
    key = (pos, env.depth)
    if key not in env.memo:
        env.memo[key] = _parse(text, pos, env)
    return env.memo[key]


@lru_cache(maxsize=4096)
def _reading(written: str) -> HeadReading | None:
    """A head as written (a pure function of the string and the lexicons, kept for the few
    hundred spellings a corpus has): its entry, its canonical name as written, its
    abbreviation, whether it may name a department of a body, and the department word it
    begins with (:func:`_as_department`); None when the lexicon has no such head."""
    head = lx.lookup_head(written)
    if head is None:
        return None
    low = written.lower()
    word = next(
        (d for d, prefix in lx.department_prefixes(low.split(" ", 1)[0]) if low.startswith(prefix)),
        None,
    )
    return (
        head,
        lx.as_written(written, head.canonical),
        _abbreviation(written) if head.abbreviated else None,
        head.canonical in lx.departments(),
        word,
    )


def _head_base(text: str, pos: int, env: Env) -> HeadBase | None:
    """The head at ``pos`` and the parse of the head alone (the same at every depth)."""
    found = found_at(text, pos, env.heads)
    if not found:
        return None
    end = found[0][1]  # what head_pattern() matches: the first head found
    written = text[pos:end]
    reading = _reading(written)
    if reading is None:
        return None
    head, canonical, abbreviation, _, _ = reading
    base = Parse(pos, end, canonical, head.org_type, abbreviation)
    defined = _DEFINED.match(text, end) if text.startswith(" (", end) else None
    if defined:  # "Liên đoàn Lao động (LĐLĐ) tỉnh Lai Châu": the name goes on after it
        base = base._replace(end=defined.end(), abbreviation=base.abbreviation or defined["a"])
    return written, reading, base, defined


def _parse(text: str, pos: int, env: Env) -> Parse | None:
    if env.depth > 3:
        return None
    if pos in env.bases:
        read = env.bases[pos]
    else:
        read = env.bases[pos] = _head_base(text, pos, env)
    if read is None:
        return None
    written, (head, _, _, department, word), base, defined = read
    tail = _TAILS[head.tail](text, base, head, env)
    if department and head.tail != "dept":
        # "Vụ Pháp chế Bộ Y tế", "Phòng Tổ chức cán bộ Sở Y tế": the department of a body
        whole = nested.department(text, base, head.canonical, env, parse)
        if whole is not None and (tail is None or whole.end > tail.end):
            tail = whole
    elif tail is None and head.tail != "dept" and word is not None and env.depth <= 1:
        # "Trung tâm Y tế dự phòng tỉnh Hà Giang": a longer head read as a department
        tail = _as_department(text, written, base, word, env)
    if tail is not None and defined and tail.end == defined.end():
        tail = tail._replace(
            end=pos + len(written), abbreviation=None if not head.abbreviated else tail.abbreviation
        )
    if tail is None or (tail.org_type == "inherit" and env.depth == 0):
        return None  # a board or bloc without its body (nested ones take the outer type)
    return tail


def _as_department(text: str, written: str, base: Parse, word: str, env: Env) -> Parse | None:
    """A head that begins with a department word (``word``: "Trung tâm Y tế", "Ban Chấp
    hành") whose own tail failed, read again as that department followed by function words
    and a parent."""
    short = base._replace(
        end=base.start + len(word),
        canonical=lx.as_written(written[: len(word)], word),
        abbreviation=None,
    )
    return nested.department(text, short, word, env, parse)


def _abbreviation(written: str) -> str:
    """The first abbreviation in a head as written: "Tổng LĐLĐ Việt Nam" → "Tổng LĐLĐ",
    "BQL các KCN" → "BQL"."""
    words = written.split(" ")
    first = min((i for i, w in enumerate(words) if w.isupper() and len(w) > 1), default=0)
    for k in range(first):
        prefix = " ".join(words[k : first + 1])
        if prefix in lx.abbreviations():
            return prefix
    return words[first]


def _abbreviated(written: str, canonical: str) -> bool:
    """ "LĐ-TB&XH" for "Lao động - Thương binh và Xã hội" is; "Y TẾ" for "Y tế" is not."""
    return written.upper() != canonical.upper() and any(
        w.isupper() and len(w) > 1 for w in written.split()
    )


def _join(base: Parse, frag: Parse, sep: str = " ") -> Parse:
    return Parse(
        base.start,
        frag.end,
        f"{base.canonical}{sep}{frag.canonical}" if frag.canonical else base.canonical,
        base.org_type,
        base.abbreviation or frag.abbreviation,
        frag.pending,
        base.places + frag.places,
        frag.items,
    )


def _with_place(text: str, base: Parse, head: lx.Head, required: bool) -> Parse | None:
    frag = place_tail(text, base.end, expand=head.abbreviated)
    if frag == "reject":
        return None
    if isinstance(frag, Parse):
        if frag.items:
            items = tuple((s, e, f"{base.canonical} {c}") for s, e, c in frag.items)
            return _join(base, frag)._replace(items=items)
        return _join(base, frag)
    if required:
        return None
    return base._replace(pending=head.bare_rank or None)


def _t_done(text: str, base: Parse, head: lx.Head, env: Env) -> Parse | None:
    return base


def _t_place(text: str, base: Parse, head: lx.Head, env: Env) -> Parse | None:
    return _with_place(text, base, head, required=False)


def _t_place_req(text: str, base: Parse, head: lx.Head, env: Env) -> Parse | None:
    return _with_place(text, base, head, required=True)


def _field(text: str, base: Parse, p: int | None = -1) -> Parse | None:
    """The field after ``base`` (``p``: the start of the next word, ``space(text, base.end)``,
    when the caller has it)."""
    if p == -1:
        p = space(text, base.end)
    f = lx.field_pattern().match(text, p) if p is not None else None
    if not f:
        return None
    written = f.group()
    canon = lx.fields()[written.lower()]
    abbr = written if _abbreviated(written, canon) else None
    canon = lx.as_written(written, canon)
    frag = Parse(p, f.end(), canon, "", abbr)  # type: ignore[arg-type]
    return _join(base, frag)


def _t_field(text: str, base: Parse, head: lx.Head, env: Env) -> Parse | None:
    got = _field(text, base)
    if got is None:
        return None
    return _with_place(text, got, head, required=False)


def _inner(text: str, base: Parse, env: Env, p: int | None) -> Parse | None:
    """The body nested after ``base``, whose name begins at ``p`` (``space(text, base.end)``)."""
    if p is None:
        return None
    inner = parse(text, p, env.deeper())
    if inner is None or inner.items:
        return None
    org_type = inner.org_type if base.org_type == "inherit" else base.org_type
    joined = _join(base, inner)
    return joined._replace(org_type=org_type)


def _t_named(text: str, base: Parse, head: lx.Head, env: Env) -> Parse | None:
    """A zone or area body: a place ("tỉnh Hà Tĩnh") or its own name ("Đông Nam"), or bare."""
    frag = place_tail(text, base.end, expand=head.abbreviated)
    if frag == "reject":
        return None
    if isinstance(frag, Parse) and not frag.items:
        return _join(base, frag)
    p = space(text, base.end)
    run = title_run(text, p, MAX_PLACE_WORDS, cut_surnames=True) if p is not None else None
    if run is None:
        return base
    return _with_place(text, _join(base, Parse(p, run[0], run[1], "")), head, required=False)  # type: ignore[arg-type]


def _bare_unit(text: str, base: Parse, pos: int, env: Env) -> Parse | None:
    """ "Đảng ủy Công ty": the body of an unnamed company, school or hospital of the text."""
    m = match_head(text, pos, _NAME_TAILS, env.heads)
    if m is None or base.org_type == "inherit" or _NAME_NEXT.match(text, m.end()):
        return None
    head = lx.lookup_head(m.group())
    return _join(base, Parse(pos, m.end(), head.canonical if head else m.group(), ""))


def _t_union(text: str, base: Parse, head: lx.Head, env: Env) -> Parse | None:
    p = space(text, base.end)
    if p is None:
        return None
    if _BRANCH.match(text, p, p + 6):
        word = lx.as_written(text[p : p + 5], "ngành")
        got = _field(text, base._replace(end=p + 5, canonical=f"{base.canonical} {word}"))
        return _with_place(text, got, head, required=False) if got else None
    got = _field(text, base, p)
    if got:
        return _with_place(text, got, head, required=False)
    if found_at(text, p, env.heads):
        return _inner(text, base, env, p)
    return _with_place(text, base, head, required=True)


def _t_unit(text: str, base: Parse, head: lx.Head, env: Env) -> Parse | None:
    shared = nested.shared_body(text, base, env, parse)
    if shared is not None:  # "Ban Thường vụ, Ban Chấp hành LĐLĐ tỉnh"
        return shared
    p = space(text, base.end)
    if p is None:
        return None
    if found_at(text, p, env.heads):
        return _inner(text, base, env, p)
    frag = place_tail(text, base.end, direct=False)
    if isinstance(frag, Parse) and not frag.items:
        return _join(base, frag)
    nat = _CENTRAL.match(text, p)
    if nat and head.tail == "unit" and base.org_type == "inherit" and head.canonical != "Cơ quan":
        # "Ban Tổ chức Trung ương": a central board of the Party
        return _join(base, Parse(p, nat.end(), nat.group(), ""))._replace(org_type="party")
    if base.org_type == "inherit":
        return None
    run = title_run(text, p, MAX_NAME_WORDS, cut_surnames=False, words=env.words)
    if run is None:
        return None
    return _join(base, Parse(p, run[0], run[1], ""))


def _t_sub(text: str, base: Parse, head: lx.Head, env: Env) -> Parse | None:
    shared = nested.shared_body(text, base, env, parse)
    if shared is not None:  # "Ban Dân vận, Ban Tuyên giáo Tỉnh ủy"
        return shared
    p = space(text, base.end)
    if p is not None and found_at(text, p, env.heads):
        inner = _inner(text, base, env, p) or _bare_unit(text, base, p, env)
        if inner is not None:
            return inner
    if base.org_type == "inherit":  # "Ban Dân vận Trung ương": a board of the Party
        base = base._replace(org_type="party")
    return _with_place(text, base, head, required=False)


def _t_name(text: str, base: Parse, head: lx.Head, env: Env) -> Parse | None:
    got = _field(text, base) if head.canonical in ("Cục", "Tổng cục") else None
    if got is not None:
        return _with_place(text, got, head, required=False)
    cur = base
    qualified = False
    while True:
        p = space(text, cur.end)
        q = lx.qualifier_pattern(head.canonical).match(text, p) if p is not None else None
        if not q:
            break
        canon = lx.qualifiers()[(head.canonical, q.group())]
        abbr = q.group() if _abbreviated(q.group(), canon) else None
        canon = lx.as_written(q.group(), canon)
        cur = _join(cur, Parse(p, q.end(), canon, "", abbr))  # type: ignore[arg-type]
        qualified = True
    if qualified:
        frag = place_tail(text, cur.end, direct=False)
        if isinstance(frag, Parse) and not frag.items:
            return _join(cur, frag)
    elif head.canonical == "Trường":
        return None  # "Trường Sa", "Trường Sơn": a school names its level
    p = space(text, cur.end)
    if p is None:
        return None
    if found_at(text, p, env.heads):  # "Bệnh viện Đại học Y Hà Nội": named after a body
        inner = _inner(text, cur, env, p)
        if inner is not None or not (qualified or head.canonical in _AGENCIES):
            return inner  # a qualified name may begin with a head word ("Trường Đại học Công
            # đoàn"), and so may an agency's ("Vụ Bảo hiểm xã hội")
    number = _NUMBER_NAME.match(text, p)
    if number:  # "Bệnh viện dã chiến số 2", "Quân khu 7"
        return _join(cur, Parse(p, number.end(), number.group(), ""))
    run = title_run(text, p, MAX_NAME_WORDS, cut_surnames=False, words=env.words)
    if run and head.canonical in _AGENCIES:
        run = _noun_tail(text, p, run, env)
    named = _join(cur, Parse(p, run[0], run[1], "")) if run else cur
    q = space(text, named.end)
    wl = lx.with_level_pattern().match(text, q) if q is not None else None
    if wl:  # "Trường Đại học Y Dược TP.HCM", "Bộ Tư lệnh Thủ đô Hà Nội"
        place = next(x for x in lx.places()[fold(wl.group())] if x.with_level)
        frag = place_parse(q, wl.end(), level_spelling(wl.group(), place), place, "province")  # type: ignore[arg-type]
        return _join(named, frag)
    if run is None:
        return None
    frag = place_tail(text, named.end, direct=False)
    if isinstance(frag, Parse) and not frag.items and frag.pending is None:
        return _join(named, frag)  # "Ngân hàng Chính sách xã hội tỉnh Điện Biên"
    return named


def _noun_tail(text: str, start: int, run: tuple[int, str], env: Env) -> tuple[int, str]:
    """An agency's name goes on over lower-case nouns: "Cục An toàn lao động", "Cục Tổ chức
    cán bộ" (POS-tagged by underthesea; a verb, preposition or conjunction ends it)."""
    if env.tags is None or not LOWER_NEXT.match(text, run[0]):
        return run
    end, canon = run
    taken = 0
    for s, e, tag in env.tags(start):
        if s < end:
            continue
        if s != end + 1 or tag != "N" or not text[s:e][:1].islower() or taken >= _MAX_NOUNS:
            break
        canon, end, taken = f"{canon} {text[s:e]}", e, taken + 1
    return end, canon


def _t_steer(text: str, base: Parse, head: lx.Head, env: Env) -> Parse | None:
    cur = base
    found = False
    p = space(text, cur.end)
    nat = lx.national_pattern().match(text, p) if p is not None else None
    if nat:
        cur, found = _join(cur, Parse(p, nat.end(), nat.group(), "")), True  # type: ignore[arg-type]
    p = space(text, cur.end)
    purpose = lx.purpose_pattern().match(text, p) if p is not None else None
    if purpose:
        canon = regex.sub(r"[ ]?-[ ]?", "-", purpose.group())
        cur, found = _join(cur, Parse(p, purpose.end(), canon, "")), True  # type: ignore[arg-type]
    frag = place_tail(text, cur.end)
    if isinstance(frag, Parse) and not frag.items:
        return _join(cur, frag)
    return cur if found else None


def _t_dept(text: str, base: Parse, head: lx.Head, env: Env) -> Parse | None:
    return nested.department(text, base, head.canonical, env, parse)


_TAILS = {
    "done": _t_done,
    "place": _t_place,
    "place!": _t_place_req,
    "field": _t_field,
    "union": _t_union,
    "unit": _t_unit,
    "sub": _t_sub,
    "name": _t_name,
    "steer": _t_steer,
    "named": _t_named,
    "dept": _t_dept,
}
