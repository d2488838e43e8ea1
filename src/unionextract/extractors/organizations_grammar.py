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

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

import regex

from ..normalize import fold
from . import organizations_lexicon as lx

_SPACE = regex.compile(r"[ ]{1,2}(?=\S)")
_PLURAL = regex.compile(r"(?i:các|những)[ ](?:(?i:cấp)(?![\p{L}\p{M}]))?", regex.V1)
#: "UBND cấp tỉnh", "công đoàn cấp trên": a class of bodies, not one
_GRADE = regex.compile(r"(?i:cấp)(?![\p{L}\p{M}])", regex.V1)
_LIST_SEP = regex.compile(r"(?:,[ ]?(?:và[ ])?|[ ]và[ ]|[ ]?;[ ]?)", regex.V1)
_COLON = regex.compile(r"[ ]?:[ ]?")
_JOIN = regex.compile(r"[ ]?(?:&|-)[ ]?")
_MAX_NAME_WORDS = 8
_LOWER_SYLLABLES = regex.compile(r"(?:[ ]\p{Ll}[\p{Ll}\p{M}]*){1,3}", regex.V1)
_MAX_PLACE_WORDS = 5
_AND_TITLE = regex.compile(r"[ ]và[ ](?=\p{Lu}\p{Ll})", regex.V1)
_AGENCIES = frozenset({"Cục", "Tổng cục", "Vụ", "Tổng công ty"})
_MAX_NOUNS = 3
#: an abbreviation defined right after a head, when the name goes on after it
_DEFINED = regex.compile(r"[ ]\((?P<a>\p{Lu}[\p{Lu}&.-]{1,11})\)(?=[ ]\p{L})", regex.V1)
_CENTRAL = regex.compile(r"(?i:Trung ương)(?![\p{L}\p{M}])", regex.V1)
_MORE_WORDS = regex.compile(r"[ ]+[\p{L}\p{N}]", regex.V1)
_YEAR = regex.compile(r"(?:19|20)\d\d")
_LOWER_NEXT = regex.compile(r"[ ]\p{Ll}", regex.V1)
_PERSON_REST = regex.compile(r"[ ]\p{Lu}\p{Ll}*", regex.V1)
_NUMBER_NAME = regex.compile(r"(?:số[ ])?\d{1,4}[A-Z]?(?![\p{L}\p{M}\p{N}])", regex.V1)


@dataclass(frozen=True)
class PlaceRef:
    """A place written in a name: its rank, canonical spelling and province (when known)."""

    rank: str
    name: str
    province: str | None
    start: int
    end: int


@dataclass(frozen=True)
class Parse:
    start: int
    end: int
    canonical: str
    org_type: str
    abbreviation: str | None = None
    #: rank of a level word written without its place ("tỉnh" in "LĐLĐ tỉnh"), to resolve
    pending: str | None = None
    places: tuple[PlaceRef, ...] = ()
    #: coordinated list "LĐLĐ các tỉnh: Sơn La, Lào Cai": (start, end, canonical) per conjunct
    items: tuple[tuple[int, int, str], ...] = field(default=())


#: word tokens (start, end) of the sentence around a position — underthesea's segmentation,
#: asked only where a proper name goes on past a Title-Case syllable ("Điện lực", "Trung ương")
WordsAt = Callable[[int], Sequence[tuple[int, int]]]


#: (start, end, POS tag) of the tokens around a position (underthesea's pos_tag)
TagsAt = Callable[[int], Sequence[tuple[int, int, str]]]


@dataclass(frozen=True)
class Env:
    depth: int = 0
    words: WordsAt | None = None
    tags: TagsAt | None = None

    def deeper(self) -> Env:
        return replace(self, depth=self.depth + 1)


def _space(text: str, pos: int) -> int | None:
    m = _SPACE.match(text, pos)
    return m.end() if m else None


# --- places ---------------------------------------------------------------------------------


def _words(text: str, pos: int, limit: int) -> list[tuple[int, int]]:
    """Spans of up to ``limit`` words from ``pos``, separated by one space or " - "."""
    out: list[tuple[int, int]] = []
    while len(out) < limit:
        m = lx.ANY_WORD.match(text, pos)
        if not m:
            break
        out.append(m.span())
        nxt = regex.match(r"[ ](?:-[ ])?(?=[\p{L}\p{N}])", text[m.end() : m.end() + 4])
        if not nxt:
            break
        pos = m.end() + nxt.end()
    return out


def _person_follows(text: str, pos: int) -> bool:
    """A family name is a person's when another Title-Case word follows it."""
    return _PERSON_REST.match(text, pos) is not None


def _render(text: str, spans: list[tuple[int, int]], start: int, force_title: bool) -> str:
    """The written words of a place, title-cased when needed ("Đăk hà" → "Đăk Hà")."""
    written = text[start : spans[-1][1]]
    if not force_title:
        return written
    return str(regex.sub(r"[\p{L}\p{M}]+", lambda m: lx.title(m.group()), written))


def known_place(text: str, pos: int, rank: str | None) -> tuple[int, str, lx.Place] | None:
    """The longest known province/district spelling at ``pos`` (accent- and case-folded)."""
    if not text[pos : pos + 1].isupper():
        return None
    spans = _words(text, pos, min(lx.max_place_words(), _MAX_PLACE_WORDS))
    for k in range(len(spans), 0, -1):
        key = fold(text[pos : spans[k - 1][1]].replace(" - ", " - "))
        found = lx.places().get(key)
        if not found:
            continue
        pick = _pick(found, rank)
        if pick is None:
            continue
        end = spans[k - 1][1]
        if pick.with_level:
            return end, f"{pick.kind} {pick.name}", pick
        return end, _render(text, spans[:k], pos, force_title=True), pick
    return None


def _pick(found: list[lx.Place], rank: str | None) -> lx.Place | None:
    if rank == "province":
        cands = [p for p in found if p.rank == "province"]
    elif rank == "district":
        cands = [p for p in found if p.rank == "district"] or found
    elif rank == "city":
        cands = [p for p in found if p.kind == "thành phố"] or found
    else:
        cands = found
    if not cands:
        return None
    provinces = {p.province for p in cands}
    best = cands[0]
    return best if len(provinces) == 1 else lx.Place(best.name, best.rank, "", best.kind)


def title_run(
    text: str, pos: int, limit: int, cut_surnames: bool, words: WordsAt | None = None
) -> tuple[int, str] | None:
    """A run of Title-Case words (or numbers) at ``pos``; all-caps runs are title-cased.

    With ``words``, a Title-Case syllable that segmentation joins to lower-case syllables
    takes them along ("Điện lực", "Xuất khẩu", "Trung ương"); national words do anyway.
    """
    spans: list[tuple[int, int]] = []
    p = pos
    tokens: list[tuple[int, int]] | None = None
    while len(spans) < limit:
        if lx.with_level_pattern().match(text, p):
            break
        m = lx.WORD.match(text, p) or lx.national_pattern().match(text, p)
        if not m or not regex.match(r"(?![\p{L}\p{M}\p{N}])", text[m.end() : m.end() + 1] or " "):
            break
        if spans and cut_surnames and m.group() in lx.surnames() and _person_follows(text, m.end()):
            break  # "UBND xã Mường Phăng Nguyễn Văn An"; "thị xã Cửa Lò," keeps "Lò"
        if spans and _YEAR.fullmatch(m.group()):
            break
        if spans and lx.head_pattern().match(text, m.start()):
            break
        end = m.end()
        title_case = m.group()[:1].isupper() and not m.group()[1:2].isupper()
        if words is not None and title_case and _LOWER_NEXT.match(text, end):
            if tokens is None:
                tokens = sorted(words(pos))
            i = bisect_right(tokens, (m.start(), len(text))) - 1
            token_end = tokens[i][1] if i >= 0 and tokens[i][1] > m.start() else end
            if token_end > end and _LOWER_SYLLABLES.fullmatch(text, end, token_end):
                end = token_end
        spans.append((m.start(), end))
        # a number ends on a space: "May 10", not the range "2023-2028"
        joined = None if m.group()[:1].isdigit() else _JOIN.match(text, end)
        if joined is None and not cut_surnames:  # "Đầu tư và Kinh doanh"
            joined = _AND_TITLE.match(text, end)
            joined = joined if joined and not lx.head_pattern().match(text, joined.end()) else None
        nxt = joined or _SPACE.match(text, end)
        if not nxt:
            break
        p = nxt.end()
    if not spans:
        return None
    caps = sum(1 for a, b in spans if text[a:b].isupper() and b - a > 1)
    all_caps = caps == len(spans) and caps > 1
    if all_caps and not cut_surnames and _MORE_WORDS.match(text, spans[-1][1]):
        # an upper-case title shows no word boundaries: a name must end where its line does
        return None
    return spans[-1][1], _render(text, spans, pos, force_title=all_caps)


def place_tail(text: str, pos: int, *, direct: bool = True) -> Parse | str | None:
    """After a head: "tỉnh Lai Châu", "huyện" (pending), "Hà Nội", "Việt Nam", a list.

    Returns a Parse fragment (start = pos), the string "reject" for a generic plural
    ("các cấp", "các huyện, thành phố"), or None when nothing place-like follows.
    """
    p = _space(text, pos)
    if p is None:
        return None
    if _GRADE.match(text, p):
        return "reject"
    plural = _PLURAL.match(text, p)
    if plural:
        if plural.group().strip().lower().endswith("cấp"):
            return "reject"
        return _place_list(text, plural.end()) or "reject"
    # a place spelling that contains its level ("TP.HCM") wins over the bare level
    wl = lx.with_level_pattern().match(text, p)
    if wl:
        place = next(x for x in lx.places()[fold(wl.group())] if x.with_level)
        return _place_parse(p, wl.end(), _level_spelling(wl.group(), place), place, place.rank)
    lv = lx.level_pattern().match(text, p)
    if lv:
        canon, rank = lx.levels()[lv.group().lower()]
        q = lv.end() if lv.group().endswith(".") and text[lv.end() : lv.end() + 1] != " " else None
        q = q if q is not None else _space(text, lv.end())
        if q is not None:
            kp = known_place(text, q, rank) if rank != "commune" else None
            if kp:
                frag = _place_parse(q, kp[0], f"{canon} {kp[1]}", kp[2], rank)
                return replace(frag, start=p)
            # an upper-case title shows no word boundaries: an unknown place takes two words
            caps = regex.match(r"\p{Lu}{2}", text[q : q + 2]) is not None
            run = title_run(text, q, 2 if caps else _MAX_PLACE_WORDS, cut_surnames=True)
            if run and not lx.head_pattern().match(text, q):
                ref = PlaceRef(rank, run[1], None, q, run[0])
                return Parse(p, run[0], f"{canon} {run[1]}", "", places=(ref,))
        return Parse(p, lv.end(), canon, "", pending=rank)
    if not direct:
        return None
    nat = lx.national_pattern().match(text, p)
    if nat:
        return Parse(
            p, nat.end(), lx.title(nat.group()) if nat.group().isupper() else nat.group(), ""
        )
    kp = known_place(text, p, None)
    if kp:
        return _place_parse(p, kp[0], kp[1], kp[2], kp[2].rank)
    return None


def _level_spelling(written: str, place: lx.Place) -> str:
    """ "TP.HCM" → "thành phố Hồ Chí Minh"; a spelling written out ("Thủ đô Hà Nội") stays."""
    if fold(written).startswith(("tp", "thanh pho")):
        return f"{place.kind} {place.name}"
    return written


def _place_parse(start: int, end: int, canonical: str, place: lx.Place, rank: str) -> Parse:
    ref = PlaceRef(rank, place.name, place.province or None, start, end)
    return Parse(start, end, canonical, "", places=(ref,))


def _place_list(text: str, pos: int) -> Parse | None:
    """ "các tỉnh: Sơn La, Lào Cai, Lai Châu" → one item per known place."""
    lv = lx.level_pattern().match(text, pos)
    if not lv:
        return None
    canon, rank = lx.levels()[lv.group().lower()]
    p = lv.end()
    # "các tỉnh, thành phố" names two levels
    more = regex.match(r",[ ]?", text[p : p + 2])
    second = lx.level_pattern().match(text, p + more.end()) if more else None
    if second:
        p = second.end()
    colon = _COLON.match(text, p)
    q = colon.end() if colon else _space(text, p)
    items: list[tuple[int, int, str]] = []
    refs: list[PlaceRef] = []
    while q is not None:
        kp = known_place(text, q, rank)
        if not kp:
            break
        level = kp[2].kind if kp[2].rank == "province" and rank in ("province", "city") else canon
        items.append((q, kp[0], f"{level} {kp[1]}"))
        refs.append(PlaceRef(rank, kp[2].name, kp[2].province or None, q, kp[0]))
        sep = _LIST_SEP.match(text, kp[0])
        q = sep.end() if sep else None
    if not items:
        return None
    return Parse(pos, items[-1][1], "", "", places=tuple(refs), items=tuple(items))


# --- heads and tails ------------------------------------------------------------------------


def parse(text: str, pos: int, env: Env | None = None) -> Parse | None:
    """The organization whose head starts at ``pos``, or None."""
    env = env or Env()
    m = lx.head_pattern().match(text, pos)
    if not m or env.depth > 3:
        return None
    head = lx.lookup_head(m.group())
    if head is None:
        return None
    base = Parse(
        pos,
        m.end(),
        head.canonical,
        head.org_type,
        _abbreviation(m.group()) if head.abbreviated else None,
    )
    defined = _DEFINED.match(text, base.end)
    if defined:  # "Liên đoàn Lao động (LĐLĐ) tỉnh Lai Châu": the name goes on after it
        base = replace(base, end=defined.end(), abbreviation=base.abbreviation or defined["a"])
    tail = _TAILS[head.tail](text, base, head, env)
    if tail is not None and defined and tail.end == defined.end():
        tail = replace(
            tail, end=m.end(), abbreviation=None if not head.abbreviated else tail.abbreviation
        )
    if tail is None or tail.org_type == "inherit":
        return None
    return tail


def _abbreviation(written: str) -> str:
    """The abbreviated part of a head as written: "Tổng LĐLĐ Việt Nam" → "Tổng LĐLĐ"."""
    words = written.split(" ")
    last = max((i for i, w in enumerate(words) if w.isupper() and len(w) > 1), default=0)
    for k in range(last):
        prefix = " ".join(words[k : last + 1])
        if prefix in lx.abbreviations():
            return prefix
    return words[last]


def _abbreviated(written: str, canonical: str) -> bool:
    """ "LĐ-TB&XH" for "Lao động - Thương binh và Xã hội" is; "Y TẾ" for "Y tế" is not."""
    return written.upper() != canonical.upper() and any(
        w.isupper() and len(w) > 1 for w in written.split()
    )


def _join(base: Parse, frag: Parse, sep: str = " ") -> Parse:
    return replace(
        base,
        end=frag.end,
        canonical=f"{base.canonical}{sep}{frag.canonical}" if frag.canonical else base.canonical,
        abbreviation=base.abbreviation or frag.abbreviation,
        pending=frag.pending,
        places=base.places + frag.places,
        items=frag.items,
    )


def _with_place(text: str, base: Parse, head: lx.Head, required: bool) -> Parse | None:
    frag = place_tail(text, base.end)
    if frag == "reject":
        return None
    if isinstance(frag, Parse):
        if frag.items:
            items = tuple((s, e, f"{base.canonical} {c}") for s, e, c in frag.items)
            return replace(_join(base, frag), items=items)
        return _join(base, frag)
    if required:
        return None
    return replace(base, pending=head.bare_rank or None)


def _t_done(text: str, base: Parse, head: lx.Head, env: Env) -> Parse | None:
    return base


def _t_place(text: str, base: Parse, head: lx.Head, env: Env) -> Parse | None:
    return _with_place(text, base, head, required=False)


def _t_place_req(text: str, base: Parse, head: lx.Head, env: Env) -> Parse | None:
    return _with_place(text, base, head, required=True)


def _field(text: str, base: Parse) -> Parse | None:
    p = _space(text, base.end)
    f = lx.field_pattern().match(text, p) if p is not None else None
    if not f:
        return None
    written = f.group()
    canon = lx.fields()[written.lower()]
    abbr = written if _abbreviated(written, canon) else None
    frag = Parse(p, f.end(), canon, "", abbr)  # type: ignore[arg-type]
    return _join(base, frag)


def _t_field(text: str, base: Parse, head: lx.Head, env: Env) -> Parse | None:
    got = _field(text, base)
    if got is None:
        return None
    return _with_place(text, got, head, required=False)


def _inner(text: str, base: Parse, env: Env) -> Parse | None:
    p = _space(text, base.end)
    if p is None:
        return None
    inner = parse(text, p, env.deeper())
    if inner is None or inner.items:
        return None
    org_type = inner.org_type if base.org_type == "inherit" else base.org_type
    joined = _join(base, inner)
    return replace(joined, org_type=org_type)


def _t_named(text: str, base: Parse, head: lx.Head, env: Env) -> Parse | None:
    """A zone or area body: a place ("tỉnh Hà Tĩnh") or its own name ("Đông Nam"), or bare."""
    frag = place_tail(text, base.end)
    if frag == "reject":
        return None
    if isinstance(frag, Parse) and not frag.items:
        return _join(base, frag)
    p = _space(text, base.end)
    run = title_run(text, p, _MAX_PLACE_WORDS, cut_surnames=True) if p is not None else None
    if run is None:
        return base
    return _with_place(text, _join(base, Parse(p, run[0], run[1], "")), head, required=False)  # type: ignore[arg-type]


def _bare_unit(text: str, base: Parse, pos: int) -> Parse | None:
    """ "Đảng ủy Công ty": the body of an unnamed company, school or hospital of the text."""
    m = lx.head_pattern(frozenset({"name"})).match(text, pos)
    if m is None or base.org_type == "inherit" or regex.match(r"[ ]\p{Lu}", text[m.end() :]):
        return None
    head = lx.lookup_head(m.group())
    return _join(base, Parse(pos, m.end(), head.canonical if head else m.group(), ""))


def _t_union(text: str, base: Parse, head: lx.Head, env: Env) -> Parse | None:
    p = _space(text, base.end)
    if p is None:
        return None
    if regex.match(r"(?i:ngành)[ ]", text[p : p + 6]):
        got = _field(text, replace(base, end=p + 5, canonical=f"{base.canonical} ngành"))
        return _with_place(text, got, head, required=False) if got else None
    got = _field(text, base)
    if got:
        return _with_place(text, got, head, required=False)
    if lx.head_pattern().match(text, p):
        return _inner(text, base, env)
    return _with_place(text, base, head, required=True)


def _t_unit(text: str, base: Parse, head: lx.Head, env: Env) -> Parse | None:
    p = _space(text, base.end)
    if p is None:
        return None
    if lx.head_pattern().match(text, p):
        return _inner(text, base, env)
    frag = place_tail(text, base.end, direct=False)
    if isinstance(frag, Parse) and not frag.items:
        return _join(base, frag)
    nat = _CENTRAL.match(text, p)
    if nat and head.tail == "unit" and base.org_type == "inherit" and head.canonical != "Cơ quan":
        # "Ban Tổ chức Trung ương": a central board of the Party
        return replace(_join(base, Parse(p, nat.end(), nat.group(), "")), org_type="party")
    if base.org_type == "inherit":
        return None
    run = title_run(text, p, _MAX_NAME_WORDS, cut_surnames=False, words=env.words)
    if run is None:
        return None
    return _join(base, Parse(p, run[0], run[1], ""))


def _t_sub(text: str, base: Parse, head: lx.Head, env: Env) -> Parse | None:
    p = _space(text, base.end)
    if p is not None and lx.head_pattern().match(text, p):
        inner = _inner(text, base, env) or _bare_unit(text, base, p)
        if inner is not None:
            return inner
    if base.org_type == "inherit":  # "Ban Dân vận Trung ương": a board of the Party
        base = replace(base, org_type="party")
    return _with_place(text, base, head, required=False)


def _t_name(text: str, base: Parse, head: lx.Head, env: Env) -> Parse | None:
    got = _field(text, base) if head.canonical in ("Cục", "Tổng cục") else None
    if got is not None:
        return _with_place(text, got, head, required=False)
    cur = base
    qualified = False
    while True:
        p = _space(text, cur.end)
        q = lx.qualifier_pattern(head.canonical).match(text, p) if p is not None else None
        if not q:
            break
        canon = lx.qualifiers()[(head.canonical, q.group())]
        abbr = q.group() if _abbreviated(q.group(), canon) else None
        cur = _join(cur, Parse(p, q.end(), canon, "", abbr))  # type: ignore[arg-type]
        qualified = True
    if qualified:
        frag = place_tail(text, cur.end, direct=False)
        if isinstance(frag, Parse) and not frag.items:
            return _join(cur, frag)
    elif head.canonical == "Trường":
        return None  # "Trường Sa", "Trường Sơn": a school names its level
    p = _space(text, cur.end)
    if p is None or lx.head_pattern().match(text, p):
        return None
    number = _NUMBER_NAME.match(text, p)
    if number:  # "Bệnh viện dã chiến số 2", "Quân khu 7"
        return _join(cur, Parse(p, number.end(), number.group(), ""))
    run = title_run(text, p, _MAX_NAME_WORDS, cut_surnames=False, words=env.words)
    if run and head.canonical in _AGENCIES:
        run = _noun_tail(text, p, run, env)
    named = _join(cur, Parse(p, run[0], run[1], "")) if run else cur
    q = _space(text, named.end)
    wl = lx.with_level_pattern().match(text, q) if q is not None else None
    if wl:  # "Trường Đại học Y Dược TP.HCM", "Bộ Tư lệnh Thủ đô Hà Nội"
        place = next(x for x in lx.places()[fold(wl.group())] if x.with_level)
        frag = _place_parse(q, wl.end(), _level_spelling(wl.group(), place), place, "province")  # type: ignore[arg-type]
        return _join(named, frag)
    if run is None:
        return None
    return named


def _noun_tail(text: str, start: int, run: tuple[int, str], env: Env) -> tuple[int, str]:
    """An agency's name goes on over lower-case nouns: "Cục An toàn lao động", "Cục Tổ chức
    cán bộ" (POS-tagged by underthesea; a verb, preposition or conjunction ends it)."""
    if env.tags is None or not _LOWER_NEXT.match(text, run[0]):
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
    p = _space(text, cur.end)
    nat = lx.national_pattern().match(text, p) if p is not None else None
    if nat:
        cur, found = _join(cur, Parse(p, nat.end(), nat.group(), "")), True  # type: ignore[arg-type]
    p = _space(text, cur.end)
    purpose = lx.purpose_pattern().match(text, p) if p is not None else None
    if purpose:
        canon = regex.sub(r"[ ]?-[ ]?", "-", purpose.group())
        cur, found = _join(cur, Parse(p, purpose.end(), canon, "")), True  # type: ignore[arg-type]
    frag = place_tail(text, cur.end)
    if isinstance(frag, Parse) and not frag.items:
        return _join(cur, frag)
    return cur if found else None


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
}
