"""Organizations: a head from the lexicon, then what that head takes (a place, a field, a proper
name or a nested body); abbreviations expanded and places completed in ``canonical``.

>>> from unionextract import extract
>>> [(o.name, o.canonical) for o in extract("LĐLĐ huyện Mộc Châu họp").organizations]
[('LĐLĐ huyện Mộc Châu', 'Liên đoàn Lao động huyện Mộc Châu')]

Decisions (see also fixtures/*.expected.json "notes"):

- **Canonical names** (the lead's rule): every word written in full is kept exactly as written
  ("Liên đoàn lao động", "Tổng Công ty", "Công ty cổ phần X" stay so; words are never
  lower-cased or capitalized), with only three changes: tone marks are the modern ones
  (normalization does that), an all-caps title takes the lexicon's case ("LIÊN ĐOÀN LAO ĐỘNG
  TỈNH TÂY NINH" → "Liên đoàn Lao động tỉnh Tây Ninh"), and known place names are fixed
  ("Đăk hà" → "Đăk Hà"; the spelling Đăk/Đắk is kept). Abbreviations are expanded, and an
  expansion follows NĐ 30/2020 in capitalizing the words naming the type of an organization:
  "CP" → "Cổ phần", "TNHH" → "Trách nhiệm hữu hạn", "MTV" → "Một thành viên", "TMCP" →
  "Thương mại Cổ phần" ("Công ty TNHH MTV Cao su X" → "Công ty Trách nhiệm hữu hạn Một thành
  viên Cao su X"); "Cty"/"Cty." is "Công ty". Level words are lower case ("TP." → "thành
  phố", "HUYỆN" → "huyện": "TP. Điện Biên Phủ" → "thành phố Điện Biên Phủ"), except that Hồ Chí
  Minh city is always "Thành phố Hồ Chí Minh" ("TP.HCM", "Tp HCM", "TP. Hồ Chí Minh",
  "thành phố Hồ Chí Minh"; provinces.tsv, fifth column) and a written "Thủ đô Hà Nội" stays.
- **An abbreviated head before a bare province** expands to the official name, which writes
  the province's level: "CDC Bắc Giang" → "Trung tâm Kiểm soát bệnh tật tỉnh Bắc Giang",
  "BHXH Hà Nội" → "Bảo hiểm xã hội thành phố Hà Nội" (a province wins over a district of
  the same name: "CDC Phú Yên"; a district known in one province takes its own level: "BHXH
  Mộc Châu" → "… huyện Mộc Châu"). A head written in full keeps the writer's words ("Sở Y
  tế Hà Nội"), and a Party committee never takes one ("Tỉnh ủy Lai Châu").
- **Nested bodies** are one organization, the outer one, spanning the whole name: "Ban cán sự
  Đảng UBND tỉnh Lai Châu" (party), "Ban Thường vụ LĐLĐ tỉnh" (type of the body it heads),
  "CĐCS Trường Tiểu học Tô Vĩnh Diện" (trade union). The inner body is not reported apart.
  A department, board, centre or bloc followed by its function words and then a parent body
  is one organization too: "Ban Quan hệ lao động Tổng LĐLĐ Việt Nam", "Trung tâm Tư vấn
  pháp luật Công đoàn tỉnh X", "Vụ Pháp chế Bộ Y tế", "Đảng ủy Khối Doanh nghiệp tỉnh X"
  (:mod:`.organizations_nested`; heads in ``org_departments.tsv``).
- **Coordinated boards** of one body ("Ban Thường vụ, Ban Chấp hành LĐLĐ tỉnh") give one
  mention per board; the first one's span is the board as written ("Ban Thường vụ") and its
  canonical name takes the shared body.
- **Line breaks**: an issuing body printed on two upper-case lines at the top of a dispatch
  ("ỦY BAN NHÂN DÂN" / "TỈNH TÂY NINH") is ONE mention whose span contains the line break
  (offsets stay true; ``text`` holds the line break). This holds wherever the grammar still asks
  for more (a level, a place, a field, a body) and the line before is all upper case; a
  free proper name never crosses an upper-case line. When line 1 is a complete body by
  itself ("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM" / "CÔNG ĐOÀN NGÀNH Y TẾ"), the two lines are two
  mentions (the parent and the issuing body). A header laid out in two columns
  ("LIÊN ĐOÀN LAO ĐỘNG      CỘNG HÒA XÃ HỘI …" over "TỈNH HÀ GIANG      Độc lập …") cannot give
  one contiguous span: the mention is the first line's part, its canonical name reads the
  left column of both lines ("Liên đoàn Lao động tỉnh Hà Giang"), and ``evidence`` quotes the
  second line. In running text wrapped by a PDF converter (a line of 50 characters or more
  that ends inside a name) the grammar goes on over the break ("UBND tỉnh" / "Hà Giang");
  a free proper name never does (a headline may end with one and the next paragraph begin
  with a Title-Case word).
- **Not mentions**: the body of a signing capacity ("TM. CHÍNH PHỦ", "TM. BAN THƯỜNG VỤ",
  "KT. CHỦ TỊCH": metadata, ``org_signing_marks.tsv``); an issuer code glued to a form code or
  number ("Mẫu B07-TLĐ", "732/LĐLĐ"); an abbreviation defined in brackets right after its
  name ("Tổ chức Lao động Quốc tế (ILO)": one mention; a later "ILO" is one), or the same
  body named again there ("CDC tỉnh X (CDC X)"); another body in brackets ("Cục Y tế dự
  phòng (Bộ Y tế)") is a mention.
- **Job titles**: "Thường trực" right after a job title belongs to the title ("Phó Chủ tịch
  Thường trực LĐLĐ tỉnh X": the organization is "LĐLĐ tỉnh X"), while "Thường trực HĐND
  tỉnh" alone is a body (``org_titles.tsv``).
- **International organizations** (ILO, WHO, UNICEF, Liên hợp quốc, Ngân hàng Thế giới …) are
  head entries with their abbreviations; their type is ``other`` (WHO ``health``).
- **Coordinated lists** "LĐLĐ các tỉnh: Sơn La, Lào Cai, Lai Châu" give one organization per
  conjunct: the span is the place name, the canonical the full name ("Liên đoàn Lao động tỉnh
  Sơn La"), no abbreviation. Only known provinces/districts are taken as conjuncts.
- **Generic references are not organizations**: a head that needs a name and has none ("các
  CĐCS trực thuộc", "Các Công đoàn Ngành", bare "Công đoàn", "Mái ấm Công đoàn"), "các cấp"
  ("UBND các cấp", "công đoàn các cấp"), plural levels without names ("LĐLĐ các huyện, thành
  phố"), lower-case heads ("tổ chức công đoàn", "cán bộ công đoàn"), bare "Đảng", "Nhà nước".
- **A level word without its place** ("LĐLĐ tỉnh", "UBND tỉnh", "LĐLĐ huyện", bare "Tỉnh ủy")
  is completed from the document's own unit (:mod:`.organizations_places`), with ``evidence``.
  A head preceded by "các"/"những" is plural and is not completed.
- **Extents** are decided by the lexicons (heads, levels, fields, qualifiers, purposes, the
  national lists of provinces and districts, matched after an accent fold) and by letter case.
  underthesea is asked only where that cannot decide: a Title-Case syllable followed by
  lower-case ones inside a proper name ("Tập đoàn Điện lực Việt Nam", "Cao su Điện Biên") is
  kept whole when segmentation makes it one word; an agency's name (Cục, Vụ, Tổng công ty) goes
  on over lower-case nouns by POS tag ("Cục An toàn lao động"). Both look at a short window
  around the name, never at the whole document.
- A Title-Case place that is not in the lists ends before a family name followed by another
  Title-Case word ("UBND xã Mường Phăng Nguyễn Văn An" ends at "Mường Phăng"); in an
  upper-case title it takes at most two words.
"""

from __future__ import annotations

from functools import cache

import regex

from ..context import Context
from ..rules import Candidate, Rule
from . import organizations_heads as heads
from . import organizations_lexicon as lx
from .organizations_grammar import parse
from .organizations_places import document_places
from .organizations_spans import Env, Parse

KIND = "organization"

_CLAUSE_END = regex.compile(r"[\n.;:,()\"]")
_COLUMN_GAP = regex.compile(r"[ ]{3,}|\t")
_WINDOW = 100
_LEFT = 24
_PLURAL_BEFORE = regex.compile(r"(?i:các|những|mỗi)[ ]$", regex.V1)


def _build_for(rule_name: str):  # type: ignore[no-untyped-def]
    def build(m: regex.Match[str], ctx: Context) -> list[Candidate] | None:
        got = parse(ctx.text, m.start(), _env(ctx))
        if got is None:
            return None
        return _candidates(rule_name, got, {})

    return build


def _window(text: str, pos: int) -> tuple[int, int]:
    """A short window around a name, within its line and clause: segmenting the whole sentence
    would cost more and decide nothing more; a few words of left context make the segmenter
    read the name's first word as it does in running text."""
    # the later of the line's start and the start of the word _LEFT characters back (a line
    # break is looked for only after that word: a text without one is not read back to its start)
    word = text.rfind(" ", 0, max(0, pos - _LEFT)) + 1
    start = max(word, text.rfind("\n", word, pos) + 1)
    m = _CLAUSE_END.search(text, pos, min(len(text), pos + _WINDOW))
    return start, m.start() if m else min(len(text), pos + _WINDOW)


def _env(ctx: Context) -> Env:
    """The grammar's environment for one text: words and tags of :func:`_window` around a
    position (cached per window by the Context; a window's words and tags share one
    segmentation, kept by :mod:`.segment`)."""

    def words(pos: int) -> list[tuple[int, int]]:
        return [(t.start, t.end) for t in ctx.words(*_window(ctx.text, pos))]

    def tags(pos: int) -> list[tuple[int, int, str]]:
        return [(t.start, t.end, tag) for t, tag in ctx.pos_tags(*_window(ctx.text, pos))]

    return Env.new(words=words, tags=tags)


def _candidates(rule_name: str, p: Parse, extra: dict[str, object]) -> list[Candidate]:
    if p.items:
        return [
            Candidate(
                KIND,
                s,
                e,
                rule_name,
                {"canonical": lx.fix_special(c), "org_type": p.org_type, "abbreviation": None},
            )
            for s, e, c in p.items
        ]
    fields: dict[str, object] = {
        "canonical": lx.fix_special(p.canonical),
        "org_type": p.org_type,
        "abbreviation": p.abbreviation,
    }
    fields.update(extra)
    return [Candidate(KIND, p.start, p.end, rule_name, fields)]


def _rule(name: str, tails: frozenset[str], examples: tuple[str, ...]) -> Rule:
    return Rule(
        name=name,
        kind=KIND,
        pattern=lx.head_pattern(tails),
        build=_build_for(name),
        examples=examples,
    )


#: (name, the head lexicon's tail classes it starts with, examples) of each rule
_SPECS: tuple[tuple[str, frozenset[str], tuple[str, ...]], ...] = (
    (
        "<head> <level>? <place>?",
        frozenset({"place", "place!", "done", "named"}),
        (
            "Liên đoàn Lao động huyện Đăk Hà",
            "LĐLĐ tỉnh",
            "Tỉnh ủy Lai Châu",
            "Bộ Chính trị",
            "UBND TP.HCM",
            "CDC Hà Nội",
            "Tổng LĐLĐ Việt Nam",
        ),
    ),
    (
        "<Bộ|Sở|Công đoàn ngành> <field> <place>?",
        frozenset({"field"}),
        ("Bộ Y tế", "Sở Giáo dục và Đào tạo tỉnh Kon Tum", "Công đoàn ngành Y tế"),
    ),
    (
        "Công đoàn <field|body|place>",
        frozenset({"union"}),
        ("Công đoàn huyện Đăk Hà", "CÔNG ĐOÀN HUYỆN ĐĂK HÀ", "Công đoàn Giáo dục Việt Nam"),
    ),
    (
        "<board|CĐCS> <body|name>",
        frozenset({"unit", "sub"}),
        (
            "Ban cán sự Đảng UBND tỉnh Lai Châu",
            "CĐCS Trường Tiểu học Tô Vĩnh Diện",
            "Ban Dân vận Tỉnh ủy",
            "Văn phòng Tỉnh ủy",
        ),
    ),
    (
        "<Trường|Bệnh viện|Công ty> <qualifier>* <Proper Name>",
        frozenset({"name"}),
        (
            "Trường mầm non Hoa Hồng",
            "Bệnh viện Bạch Mai",
            "Công ty TNHH Pouyuen Việt Nam",
            "Bệnh viện Đa khoa tỉnh Điện Biên",
        ),
    ),
    (
        "<Ban|Trung tâm|Vụ|Khối…> <function words> <parent body|level place>",
        frozenset({"dept"}),
        (
            "Ban Quan hệ lao động Tổng LĐLĐ Việt Nam",
            "Trung tâm Tư vấn pháp luật Công đoàn tỉnh Sơn La",
            "Chi cục Thuế huyện Mộc Châu",
        ),
    ),
    (
        "Ban Chỉ đạo <Quốc gia>? <purpose>? <place>?",
        frozenset({"steer"}),
        (
            "Ban Chỉ đạo Quốc gia phòng, chống dịch Covid -19",
            "Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Lai Châu",
        ),
    ),
)
RULES: tuple[Rule, ...] = tuple(_rule(*spec) for spec in _SPECS)


def rule_matches(text: str, memo: heads.HeadsMemo | None = None) -> list[tuple[Rule, int]]:
    """(rule, start) of every match of every rule: rule by rule, each rule's matches in the
    order ``rule.pattern.finditer(text)`` gives them, and the same ones.

    The heads are read only where one can begin (:func:`.organizations_heads.head_starts`
    lists every position where a head pattern can match), and a rule's pattern matches there
    what the first of the heads found of its tail classes spans (:func:`.organizations_heads
    .first_of`). ``finditer`` looks for the next match at or after the end of the last one (a
    head is never empty); so does this walk over the ascending starts. The heads read are
    kept in ``memo`` (of this text), for the grammar.
    """
    per_rule: list[list[tuple[Rule, int]]] = [[] for _ in RULES]
    last = [0] * len(RULES)  # where each rule's last match ended
    rule_of = _rule_of_tail()
    for pos, e, f in heads.head_starts(text):
        here = heads.heads_at(text, pos, e, f, capital=True)
        if memo is not None:
            memo.found[pos] = here
        taken = 0  # the rules whose first head here was seen (a bit each)
        for head, end in here:  # for each rule: heads.first_of(here, its tails)
            i = rule_of.get(head.tail)
            if i is None or taken >> i & 1:
                continue
            taken |= 1 << i
            if pos >= last[i]:
                per_rule[i].append((RULES[i], pos))
                last[i] = end
    return [m for matches in per_rule for m in matches]


@cache
def _rule_of_tail() -> dict[str, int]:
    """The index of the rule whose tail classes hold each tail class (no class is in two)."""
    out: dict[str, int] = {}
    for i, (_, tails, _) in enumerate(_SPECS):
        for tail in tails:
            if out.setdefault(tail, i) != i:
                raise ValueError(f"tail class {tail!r} in two organization rules")
    return out


def _line_start(text: str, pos: int) -> int:
    """The start of the line of ``pos`` when it is at most ``_LEFT`` characters back, else 0."""
    return text.rfind("\n", max(0, pos - _LEFT), pos) + 1


def _signing(text: str, pos: int, start: int) -> bool:
    """ "TM. CHÍNH PHỦ", "TM. BAN THƯỜNG VỤ": a signing capacity starts the line of ``pos``
    (``start``: :func:`_line_start`)."""
    if start == 0 and pos >= _LEFT:
        return False
    return lx.signing_pattern().match(text, start, pos) is not None


def _after_title(text: str, pos: int, env: Env) -> Parse | bool | None:
    """ "Phó Chủ tịch Thường trực LĐLĐ tỉnh X": "Thường trực" belongs to the title, and the
    organization is what follows it (False when no title comes before ``pos``)."""
    c = lx.title_complement_pattern().match(text, pos)
    if c is None or not lx.title_end_pattern().search(text, max(0, pos - _LEFT), pos):
        return False
    return parse(text, c.end(), env)


def _blank(text: str, start: int, end: int) -> bool:
    """``not text[start:end].strip()``, read back from ``end`` only to the first other
    character (a head far from its line's start copies no long slice); the two characters
    before ``end`` are looked at first (a head mostly follows a word and a space)."""
    if end - start >= 2 and not text[end - 2 : end].isspace():
        return False
    i = end
    while i > start and text[i - 1].isspace():
        i -= 1
    return i == start


def _column_header(text: str, pos: int, line_start: int) -> tuple[Parse, str] | None:
    """A header laid out in two columns ("LIÊN ĐOÀN LAO ĐỘNG      CỘNG HÒA XÃ HỘI …" over
    "TỈNH HÀ GIANG      Độc lập - Tự do - Hạnh phúc"): the issuing body is the left column
    of both lines. The mention spans the first line's part (a span cannot skip the other
    column); its canonical name reads both, with the second line as evidence
    (``line_start``: :func:`_line_start`)."""
    if not _blank(text, line_start, pos):
        return None
    line_end = text.find("\n", pos, pos + _WINDOW * 2)
    if line_end < 0:
        return None
    gap = _COLUMN_GAP.search(text, pos, line_end)
    if gap is None:
        return None
    nxt = text.find("\n", line_end + 1, line_end + 1 + _WINDOW * 2)
    line2 = text[line_end + 1 : nxt if nxt >= 0 else min(len(text), line_end + 1 + _WINDOW * 2)]
    gap2 = _COLUMN_GAP.search(line2)
    left2 = (line2[: gap2.start()] if gap2 else line2).strip()
    left1 = text[pos : gap.start()]
    if not left2:
        return None
    got = parse(f"{left1}\n{left2}", 0)
    if got is None or got.end <= len(left1) or got.items:
        return None
    first = got._replace(start=pos, end=pos + len(left1), places=(), pending=None)
    return first, left2


def _defines(text: str, p: Parse, ends: dict[int, str]) -> bool:
    """ "Tổ chức Lao động Quốc tế (ILO)", "CDC tỉnh X (CDC X)": the same body named again in
    brackets right after its name defines its short form; it is not a mention of its own
    (a different body in brackets is: "Cục Y tế dự phòng (Bộ Y tế)")."""
    if text[p.start - 2 : p.start] != " (" or text[p.end : p.end + 1] != ")":
        return False
    before = ends.get(p.start - 2)
    return before is not None and (
        before.lower() == p.canonical.lower() or " " not in text[p.start : p.end]
    )


def _read(text: str, pos: int, env: Env, columns: dict[int, str]) -> Parse | bool | None:
    """The organization whose head is at ``pos`` (not a signing capacity; a two-column header
    noted in ``columns``; a body after a job title's complement)."""
    line_start = _line_start(text, pos)
    if _signing(text, pos, line_start):
        return None
    column = _column_header(text, pos, line_start)
    if column is not None:
        columns[pos] = column[1]
        return column[0]
    titled = _after_title(text, pos, env)
    return parse(text, pos, env) if titled is False else titled


def extract(ctx: Context) -> list[Candidate]:
    """All organization candidates, with level words completed from the document's places."""
    found: list[tuple[Rule, Parse]] = []
    env = _env(ctx)
    text = ctx.text
    seen: set[tuple[int, int]] = set()
    columns: dict[int, str] = {}
    at: dict[int, Parse | bool | None] = {}  # what a head at a position gives: rules share it
    for rule, pos in rule_matches(text, env.heads):
        if pos not in at:
            at[pos] = _read(text, pos, env, columns)
        got = at[pos]
        if isinstance(got, Parse) and (got.start, got.end) not in seen:
            seen.add((got.start, got.end))
            found.append((rule, got))
    ends = {p.end: p.canonical for _, p in found}
    found = [(r, p) for r, p in found if not _defines(text, p, ends)]
    own = document_places(text, [p for _, p in found])
    out: list[Candidate] = []
    for rule, p in found:
        extra: dict[str, object] = {}
        if p.start in columns:
            extra["evidence"] = f"two-column header, next line '{columns[p.start]}'"
        if p.pending and not _PLURAL_BEFORE.search(ctx.text, max(0, p.start - 8), p.start):
            resolved = own.get(p.pending)
            if resolved is not None:
                p = p._replace(canonical=f"{p.canonical} {resolved.name}")
                extra["evidence"] = resolved.evidence
        out.extend(_candidates(rule.name, p, extra))
    return out
