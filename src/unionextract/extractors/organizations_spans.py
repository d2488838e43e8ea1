"""The pieces an organization name is made of: places, Title-Case runs, and the parse records.

``place_tail`` reads what follows a head: a level and a place ("tỉnh Lai Châu", "TP. Điện
Biên Phủ", "huyện Đăk hà"), a level alone (to be completed from the document), a known place,
a national word ("Việt Nam", "Trung ương"), or a coordinated list ("các tỉnh: Sơn La, Lào Cai").
``title_run`` reads a proper name. Every step is an anchored match: linear in the name.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import regex

from ..normalize import fold
from . import organizations_lexicon as lx
from .organizations_heads import HeadsMemo, found_at

_SPACE = regex.compile(r"[ ]{1,2}(?=\S)")
_PLURAL = regex.compile(r"(?i:các|những)[ ](?:(?i:cấp)(?![\p{L}\p{M}]))?", regex.V1)
#: "UBND cấp tỉnh", "công đoàn cấp trên": a class of bodies, not one
_GRADE = regex.compile(r"(?i:cấp)(?![\p{L}\p{M}])", regex.V1)
_LIST_SEP = regex.compile(r"(?:,[ ]?(?:và[ ])?|[ ]và[ ]|[ ]?;[ ]?)", regex.V1)
_COLON = regex.compile(r"[ ]?:[ ]?")
_JOIN = regex.compile(r"[ ]?(?:&|-)[ ]?")
MAX_NAME_WORDS = 8
_LOWER_SYLLABLES = regex.compile(r"(?:[ ]\p{Ll}[\p{Ll}\p{M}]*){1,3}", regex.V1)
MAX_PLACE_WORDS = 5
_AND_TITLE = regex.compile(r"[ ]và[ ](?=\p{Lu}\p{Ll})", regex.V1)
_MORE_WORDS = regex.compile(r"[ ]+[\p{L}\p{N}]", regex.V1)
_YEAR = regex.compile(r"(?:19|20)\d\d")
LOWER_NEXT = regex.compile(r"[ ]\p{Ll}", regex.V1)
_LOWER_NEXT_CHAR = regex.compile(r"[\p{L}\p{M}]", regex.V1)
#: (version 0, as the call on a slice it replaces was)
_WORD_SEP = regex.compile(r"[ ](?:-[ ])?(?=[\p{L}\p{N}])")
_PERSON_REST = regex.compile(r"[ ]\p{Lu}\p{Ll}*", regex.V1)
#: (version 0, as the module-level calls they replace were: compiled once, not looked up in
#: the module's cache at every call)
_NO_WORD_NEXT = regex.compile(r"(?![\p{L}\p{M}\p{N}])")
_TWO_CAPITALS = regex.compile(r"\p{Lu}{2}")
_COMMA = regex.compile(r",[ ]?")
_LETTERS = regex.compile(r"[\p{L}\p{M}]+")


@dataclass(frozen=True)
class PlaceRef:
    """A place written in a name: its rank, canonical spelling and province (when known)."""

    rank: str
    name: str
    province: str | None
    start: int
    end: int


class Parse(NamedTuple):
    """A name or a piece of one, as parsed (an immutable tuple: made in the thousands, a
    named tuple costs a fraction of a frozen dataclass; change one with ``_replace``)."""

    start: int
    end: int
    canonical: str
    org_type: str
    abbreviation: str | None = None
    #: rank of a level word written without its place ("tỉnh" in "LĐLĐ tỉnh"), to resolve
    pending: str | None = None
    places: tuple[PlaceRef, ...] = ()
    #: coordinated list "LĐLĐ các tỉnh: Sơn La, Lào Cai": (start, end, canonical) per conjunct
    items: tuple[tuple[int, int, str], ...] = ()


#: word tokens (start, end) of the sentence around a position — underthesea's segmentation,
#: asked only where a proper name goes on past a Title-Case syllable ("Điện lực", "Trung ương")
WordsAt = Callable[[int], Sequence[tuple[int, int]]]


#: (start, end, POS tag) of the tokens around a position (underthesea's pos_tag)
TagsAt = Callable[[int], Sequence[tuple[int, int, str]]]


#: a head as written, read once per spelling (``organizations_grammar._reading``): its entry,
#: its canonical name as written, its abbreviation, whether it may name a department of a body,
#: and the department word it begins with
HeadReading = tuple[lx.Head, str, str | None, bool, str | None]

#: a head as written, its reading, the parse of the head alone and an abbreviation defined
#: right after it ("Liên đoàn Lao động (LĐLĐ) tỉnh …")
HeadBase = tuple[str, HeadReading, Parse, "regex.Match[str] | None"]


class Env(NamedTuple):
    """What the grammar reads one text with (a named tuple: the grammar makes one per level
    it goes down, and a frozen dataclass costs several times as much to make; build the first
    with :meth:`new`)."""

    depth: int
    words: WordsAt | None
    tags: TagsAt | None
    #: parses already made for this text, by (position, depth): nested bodies and departments
    #: try the same positions again, and each is parsed once
    memo: dict[tuple[int, int], Parse | None]
    #: the heads that match at a position of this text (:func:`.organizations_heads.heads_at`),
    #: read once however often the grammar asks
    heads: HeadsMemo
    #: the head read at a position, with its first reading (the grammar's, at any depth)
    bases: dict[int, HeadBase | None]

    @classmethod
    def new(cls, words: WordsAt | None = None, tags: TagsAt | None = None) -> Env:
        """The environment of a text, at depth 0, with empty memos."""
        return cls(0, words, tags, {}, HeadsMemo(), {})

    def deeper(self) -> Env:
        """The environment one level down, sharing this text's memos. Not cached on ``self``:
        an Env kept in a dict it holds would be a reference cycle, and the whole text's parses
        (and the Context its closures hold) would wait for the cyclic garbage collector."""
        return Env(self.depth + 1, self.words, self.tags, self.memo, self.heads, self.bases)


_BREAK = regex.compile(r"[ \t]*\r?\n[ \t]*(?=[\p{L}\p{N}])", regex.V1)
_CAPS_START = regex.compile(r"\p{Lu}[\p{Lu}\p{M}]", regex.V1)
_LOWER = regex.compile(r"\p{Ll}", regex.V1)
#: a line this long that ends inside a name is running text wrapped by a PDF converter
WRAPPED_LINE = 50
_MAX_LINE_LOOK = 240


def space(text: str, pos: int) -> int | None:
    """The start of the next word of a name after ``pos``: one or two spaces, or a line break
    inside a name (see :func:`line_break`)."""
    if text[pos : pos + 1] == " " and text[pos + 1 : pos + 2].isalpha():
        return pos + 1  # what _SPACE matches there: a letter is never white space
    m = _SPACE.match(text, pos)
    if m:
        return int(m.end())
    return line_break(text, pos)


def line_break(text: str, pos: int) -> int | None:
    """A name goes on over a line break in two cases, where the grammar still asks for more:

    - an upper-case header printed on two lines ("ỦY BAN NHÂN DÂN" / "TỈNH TÂY NINH"): the
      line before and the next line are all upper case;
    - running text wrapped by a PDF converter: the line before is long (a wrapped line of a
      paragraph, not a heading or a list item) and ends with a word.

    Only the grammar crosses a line break (a level, a place, a field, a body), never a free
    proper name (:func:`title_run`).
    """
    m = _BREAK.match(text, pos)
    if m is None:
        return None
    low = max(0, pos - _MAX_LINE_LOOK)  # a longer line is wrapped text anyway
    line_start = text.rfind("\n", low, pos) + 1 or low
    line = text[line_start:pos]
    if not line.strip():
        return None
    if _LOWER.search(line) is None:
        # the next line is upper case too (not a dateline "LAI CHÂU - Sáng 5/8, …")
        stop = text.find("\n", m.end(), m.end() + _MAX_LINE_LOOK)
        rest = text[m.end() : stop if stop >= 0 else m.end() + _MAX_LINE_LOOK]
        return m.end() if _CAPS_START.match(text, m.end()) and not _LOWER.search(rest) else None
    return m.end() if pos - line_start >= WRAPPED_LINE else None


# --- places ---------------------------------------------------------------------------------


def _words(text: str, pos: int, limit: int) -> list[tuple[int, int]]:
    """Spans of up to ``limit`` words from ``pos``, separated by one space or " - "."""
    return list(_iter_words(text, pos, limit))


def _iter_words(text: str, pos: int, limit: int) -> Iterator[tuple[int, int]]:
    """:func:`_words`, one at a time."""
    for _ in range(limit):
        m = lx.ANY_WORD.match(text, pos)
        if not m:
            return
        yield m.span()
        nxt = _WORD_SEP.match(text, m.end(), m.end() + 4)
        if not nxt:
            return
        pos = nxt.end()


def _person_follows(text: str, pos: int) -> bool:
    """A family name is a person's when another Title-Case word follows it."""
    return _PERSON_REST.match(text, pos) is not None


def _render(text: str, spans: list[tuple[int, int]], start: int, force_title: bool) -> str:
    """The written words of a place, title-cased when needed ("Đăk hà" → "Đăk Hà")."""
    written = text[start : spans[-1][1]]
    if not force_title:
        return written
    return str(_LETTERS.sub(lambda m: lx.title(m.group()), written))


def known_place(text: str, pos: int, rank: str | None) -> tuple[int, str, lx.Place] | None:
    """The longest known province/district spelling at ``pos`` (accent- and case-folded)."""
    if not text[pos : pos + 1].isupper():
        return None
    # a spelling's first k words fold to the first k words of its key (words are separated by
    # spaces, which folding keeps apart): past the first k words that begin no key, none is one
    spans: list[tuple[int, int]] = []
    keys: list[str] = []
    for span in _iter_words(text, pos, min(lx.max_place_words(), MAX_PLACE_WORDS)):
        key = fold(text[pos : span[1]].replace(" - ", " - "))
        if key not in lx.place_prefixes():
            break
        spans.append(span)
        keys.append(key)
    for k in range(len(keys), 0, -1):
        found = lx.places().get(keys[k - 1])
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
        if not m or not _NO_WORD_NEXT.match(text[m.end() : m.end() + 1] or " "):
            break
        if spans and cut_surnames and m.group() in lx.surnames() and _person_follows(text, m.end()):
            break  # "UBND xã Mường Phăng Nguyễn Văn An"; "thị xã Cửa Lò," keeps "Lò"
        if spans and _YEAR.fullmatch(m.group()):
            break
        if spans and found_at(text, m.start()):
            break
        end = m.end()
        title_case = m.group()[:1].isupper() and not m.group()[1:2].isupper()
        if words is not None and title_case and LOWER_NEXT.match(text, end):
            if tokens is None:
                tokens = sorted(words(pos))
            i = bisect_right(tokens, (m.start(), len(text))) - 1
            token_end = tokens[i][1] if i >= 0 and tokens[i][1] > m.start() else end
            # the lower-case syllables of the word ("Khoáng sản" in "Khoáng sản Việt Nam")
            lower = _LOWER_SYLLABLES.match(text, end, token_end) if token_end > end else None
            if lower is not None and not _LOWER_NEXT_CHAR.match(text, lower.end()):
                end = lower.end()
        spans.append((m.start(), end))
        # a number ends on a space: "May 10", not the range "2023-2028"
        joined = None if m.group()[:1].isdigit() else _JOIN.match(text, end)
        if joined is None and not cut_surnames:  # "Đầu tư và Kinh doanh"
            joined = _AND_TITLE.match(text, end)
            joined = joined if joined and not found_at(text, joined.end()) else None
        if joined is None and not cut_surnames:  # "Điện lực miền Bắc"
            joined = lx.link_pattern().match(text, end)
        if joined is not None:
            p = joined.end()
        else:
            # a free name never crosses a line break: a headline may end with one and the
            # next paragraph begin with a Title-Case word ("… Công ty Pouyuen" / "Ngày 25/7")
            sp = _SPACE.match(text, end)
            if sp is None:
                break
            p = sp.end()
    if not spans:
        return None
    caps = sum(1 for a, b in spans if text[a:b].isupper() and b - a > 1)
    all_caps = caps == len(spans) and caps > 1
    if all_caps and not cut_surnames and _MORE_WORDS.match(text, spans[-1][1]):
        # an upper-case title shows no word boundaries: a name must end where its line does
        return None
    return spans[-1][1], _render(text, spans, pos, force_title=all_caps)


def place_tail(
    text: str, pos: int, *, direct: bool = True, expand: bool = False
) -> Parse | str | None:
    """After a head: "tỉnh Lai Châu", "huyện" (pending), "Hà Nội", "Việt Nam", a list.

    Returns a Parse fragment (start = pos), the string "reject" for a generic plural
    ("các cấp", "các huyện, thành phố"), or None when nothing place-like follows. With
    ``expand`` (the head was an abbreviation, so canonical is the official name written out),
    a bare province takes its level: "CDC Bắc Giang" → "… tỉnh Bắc Giang" (a province wins
    over a district of the same name), and so does a district that is known in one province
    only ("BHXH Mộc Châu" → "… huyện Mộc Châu").
    """
    p = space(text, pos)
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
        return place_parse(p, wl.end(), level_spelling(wl.group(), place), place, place.rank)
    lv = lx.level_pattern().match(text, p)
    if lv:
        canon, rank = lx.levels()[lv.group().lower()]
        q = lv.end() if lv.group().endswith(".") and text[lv.end() : lv.end() + 1] != " " else None
        q = q if q is not None else space(text, lv.end())
        if q is not None:
            kp = known_place(text, q, rank) if rank != "commune" else None
            if kp:
                frag = place_parse(q, kp[0], f"{canon} {kp[1]}", kp[2], rank)
                return frag._replace(start=p)
            # an upper-case title shows no word boundaries: an unknown place takes two words
            caps = _TWO_CAPITALS.match(text[q : q + 2]) is not None
            run = title_run(text, q, 2 if caps else MAX_PLACE_WORDS, cut_surnames=True)
            if run and not found_at(text, q):
                ref = PlaceRef(rank, run[1], None, q, run[0])
                return Parse(p, run[0], f"{canon} {run[1]}", "", places=(ref,))
        return Parse(p, lv.end(), canon, "", pending=rank)
    if not direct:
        return None
    nat = lx.national_pattern().match(text, p)
    if nat:
        return Parse(p, nat.end(), lx.national(nat.group()), "")
    kp = known_place(text, p, None)
    if kp and expand:  # "CDC Phú Yên": the province, not the district of the same name
        province = known_place(text, p, "province")
        if province and province[0] == kp[0] and not province[2].with_level:
            kp = (province[0], f"{province[2].kind} {province[1]}", province[2])
        elif kp[2].rank == "district" and kp[2].province:  # "BHXH Mộc Châu": one district
            kp = (kp[0], f"{kp[2].kind} {kp[1]}", kp[2])
    if kp:
        return place_parse(p, kp[0], kp[1], kp[2], kp[2].rank)
    return None


def level_spelling(written: str, place: lx.Place) -> str:
    """ "TP.HCM" → "thành phố Hồ Chí Minh" (made "Thành phố" by :func:`lx.fix_special`); a
    spelling written out keeps its words, the level written as org_levels.tsv has it ("thủ
    đô Hà Nội" → "Thủ đô Hà Nội")."""
    if fold(written).startswith(("tp", "thanh pho")):
        return f"{place.kind} {place.name}"
    lv = lx.level_pattern().match(written)
    if lv and written[lv.end() : lv.end() + 1] == " ":
        return f"{lx.levels()[lv.group().lower()][0]} {place.name}"
    return written


def place_parse(start: int, end: int, canonical: str, place: lx.Place, rank: str) -> Parse:
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
    more = _COMMA.match(text[p : p + 2])
    second = lx.level_pattern().match(text, p + more.end()) if more else None
    if second:
        p = second.end()
    colon = _COLON.match(text, p)
    q = colon.end() if colon else space(text, p)
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
