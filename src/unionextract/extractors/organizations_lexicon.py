"""Word lists and small matchers for organization names (heads, levels, places, fields).

Everything here is data-driven (``data/org_*.tsv``, ``provinces.tsv``, ``places_districts.tsv``)
and every matcher is anchored at a position (``pattern.match(text, pos)``), so the parser in
:mod:`.organizations_grammar` walks a name left to right in linear time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from .. import lexicons
from ..normalize import fold
from ..rules import alternation

_WE = r"(?![\p{L}\p{M}\p{N}])"


@dataclass(frozen=True)
class Head:
    surface: str
    canonical: str
    org_type: str
    tail: str
    #: written as an abbreviation (LĐLĐ, Tổng LĐLĐ, UBND): reported as the mention's abbreviation
    abbreviated: bool
    #: the level a bare head stands for ("Tỉnh ủy" → province), or ""
    bare_rank: str = ""


@dataclass(frozen=True)
class Place:
    name: str  # official name
    rank: str  # province | district
    province: str  # the province it belongs to (itself for a province)
    kind: str  # tỉnh | thành phố | huyện | quận | thị xã
    #: the spelling includes its level ("TP.HCM"): canonical is written out in full
    with_level: bool = False


def _is_abbreviation(surface: str, canonical: str) -> bool:
    return surface != canonical and (
        any(w.isupper() and len(w) > 1 for w in surface.split()) or " " not in surface
    )


@cache
def heads() -> dict[str, Head]:
    """Lower-cased surface → head (abbreviations keyed by their exact surface)."""
    out: dict[str, Head] = {}
    for row in lexicons.rows("org_heads.tsv"):
        surface, canonical, org_type, tail = row[:4]
        bare = row[4] if len(row) > 4 else ""
        head = Head(surface, canonical, org_type, tail, _is_abbreviation(surface, canonical), bare)
        out.setdefault(surface if head.abbreviated else surface.lower(), head)
    return out


def lookup_head(written: str) -> Head | None:
    return heads().get(written) or heads().get(written.lower())


@cache
def head_pattern(tails: frozenset[str] | None = None) -> regex.Pattern[str]:
    """Heads (of the given tail classes): full words in any case with an upper-case first
    letter ("Liên đoàn lao động", "CÔNG ĐOÀN"), abbreviations exactly; longest first."""
    alts = [head_alternative(h) for h in in_pattern_order(heads().values(), tails)]
    return regex.compile(rf"{HEAD_BEFORE}(?:{'|'.join(alts) or '(?!)'}){_WE}", regex.V1)


#: what comes before every head: no letter, mark or digit
HEAD_BEFORE = r"(?<![\p{L}\p{M}\p{N}])"
#: what comes after every head
HEAD_AFTER = _WE


def in_pattern_order(chosen: Iterable[Head], tails: frozenset[str] | None) -> list[Head]:
    """The heads of ``tails`` (all for None) in the order of :func:`head_pattern`'s
    alternation: longest first, then by surface, then as listed."""
    kept = [h for h in chosen if tails is None or h.tail in tails]
    return sorted(kept, key=lambda h: (-len(h.surface), h.surface))


def head_alternative(h: Head) -> str:
    """One head's alternative in :func:`head_pattern`."""
    if h.abbreviated:
        # an abbreviation glued to a code by "-" or "/" is the code's issuer part ("Mẫu
        # B07-TLĐ", "732/LĐLĐ"), not a mention
        return rf"(?<![\p{{L}}\p{{N}}][-/]){regex.escape(h.surface)}"
    return rf"(?=\p{{Lu}})(?i:{regex.escape(h.surface)})"


@cache
def abbreviations() -> dict[str, str]:
    """Abbreviation → expansion (abbreviations.tsv)."""
    return lexicons.mapping("abbreviations.tsv")


@cache
def with_level_pattern() -> regex.Pattern[str]:
    """Province spellings that contain their level ("TP.HCM", "TPHCM"), any case."""
    words = [s for k, ps in places().items() for p in ps if p.with_level for s in [k]]
    spellings = [
        s
        for row in lexicons.rows("provinces.tsv")
        if len(row) > 2
        for s in row[2].split(";")
        if s and fold(s) in words
    ]
    return regex.compile(rf"(?i:{alternation(spellings)}){_WE}", regex.V1)


@cache
def full_names() -> dict[str, str]:
    """Province name → its name with the level, where the level is part of the name
    ("Hồ Chí Minh" → "Thành phố Hồ Chí Minh"; provinces.tsv, fifth column)."""
    return {r[0]: r[4] for r in lexicons.rows("provinces.tsv") if len(r) > 4 and r[4]}


@cache
def _special_pattern() -> regex.Pattern[str]:
    names = [regex.escape(n).replace(r"\ ", "[ ]") for n in full_names()]
    return regex.compile(rf"(?i:thành[ ]phố)[ ](?P<n>{'|'.join(names) or '(?!)'}){_WE}", regex.V1)


@lru_cache(maxsize=4096)
def fix_special(canonical: str) -> str:
    """ "… thành phố Hồ Chí Minh" → "… Thành phố Hồ Chí Minh" (a name whose level is part of it;
    a pure function of the string, kept for the few hundred names a corpus repeats)."""
    if not full_names():
        return canonical
    return str(_special_pattern().sub(lambda m: full_names()[m["n"]], canonical))


@cache
def levels() -> dict[str, tuple[str, str]]:
    """Lower-cased level word → (canonical, rank)."""
    return {r[0].lower(): (r[1], r[2]) for r in lexicons.rows("org_levels.tsv")}


@cache
def level_pattern() -> regex.Pattern[str]:
    words = [r[0] for r in lexicons.rows("org_levels.tsv")]
    # "xã hội", "tỉnh táo": words that begin with a level word (org_level_compounds.tsv)
    compounds = alternation(lexicons.words("org_level_compounds.tsv"))
    # "TP." may touch its place ("TP.HCM" is a place spelling, tried first by the parser)
    return regex.compile(
        rf"(?!(?i:{compounds}){_WE})(?i:{alternation(words)})(?:(?<=\.)|{_WE})", regex.V1
    )


@cache
def places() -> dict[str, list[Place]]:
    """Folded spelling → places (provinces first)."""
    out: dict[str, list[Place]] = {}
    for row in lexicons.rows("provinces.tsv"):
        name, kind = row[0], row[1]
        spellings = [name, *[s for s in (row[2].split(";") if len(row) > 2 else []) if s]]
        for s in spellings:
            with_level = s != name and fold(s).startswith(("tp", "thanh pho", "thu do"))
            out.setdefault(fold(s), []).append(Place(name, "province", name, kind, with_level))
    for row in lexicons.rows("places_districts.tsv"):
        name, kind, province = row[:3]
        out.setdefault(fold(name), []).append(Place(name, "district", province, kind))
    return out


@cache
def place_prefixes() -> frozenset[str]:
    """The first words of every key of :func:`places` ("dak", "dak ha", "ba ria -")."""
    out: set[str] = set()
    for key in places():
        words = key.split(" ")
        out.update(" ".join(words[:i]) for i in range(1, len(words) + 1))
    return frozenset(out)


@cache
def max_place_words() -> int:
    return max(len(k.split()) for k in places())


@cache
def fields() -> dict[str, str]:
    """Lower-cased field → canonical (Y tế, Giáo dục và Đào tạo …)."""
    return {r[0].lower(): r[1] for r in lexicons.rows("org_fields.tsv")}


@cache
def field_pattern() -> regex.Pattern[str]:
    words = [r[0] for r in lexicons.rows("org_fields.tsv")]
    return regex.compile(rf"(?=\p{{Lu}})(?i:{alternation(words)}){_WE}", regex.V1)


@cache
def qualifiers() -> dict[tuple[str, str], str]:
    """(canonical head, written qualifier) → canonical qualifier."""
    out: dict[tuple[str, str], str] = {}
    for r in lexicons.rows("org_qualifiers.tsv"):
        for h in r[2].split(","):
            out.setdefault((h.strip(), r[0]), r[1])
    return out


@cache
def qualifier_pattern(head: str) -> regex.Pattern[str]:
    words = [q for h, q in qualifiers() if h == head]
    return regex.compile(rf"{alternation(words)}{_WE}", regex.V1)


@cache
def purpose_pattern() -> regex.Pattern[str]:
    """Purposes of a steering committee, with free spaces around "-" and after ","."""
    parts = []
    for w in sorted(lexicons.words("org_purposes.tsv"), key=len, reverse=True):
        esc = regex.escape(w).replace(r"\-", r"[ ]?-[ ]?").replace(",", ",?")
        parts.append(esc.replace(r"\ ", "[ ]"))
    return regex.compile(rf"(?i:{'|'.join(parts)}){_WE}", regex.V1)


@cache
def national_pattern() -> regex.Pattern[str]:
    return regex.compile(
        rf"(?=\p{{Lu}})(?i:{alternation(lexicons.words('org_national.tsv'))}){_WE}", regex.V1
    )


def national(written: str) -> str:
    """A national word as the lexicon writes it when written in all caps ("VIỆT NAM")."""
    entry = next(
        (w for w in lexicons.words("org_national.tsv") if w.lower() == written.lower()), ""
    )
    return as_written(written, entry) if entry else written


@cache
def surnames() -> frozenset[str]:
    return frozenset(lexicons.words("org_surnames.tsv"))


# A word of a proper name: Title-Case or all caps, or a number ("Quận 1", "Bệnh viện 108").
WORD = regex.compile(r"(?:\p{Lu}[\p{L}\p{M}]*|\d+[A-Z]?)(?:'[ ]?\p{Lu}[\p{L}\p{M}]*)?", regex.V1)
ANY_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)?", regex.V1)


_LOWER = regex.compile(r"\p{Ll}", regex.V1)


def as_written(written: str, canonical: str) -> str:
    """A word group written in full keeps its written case ("Tổng Công ty", "cổ phần"); an
    all-caps one takes the lexicon's case ("LIÊN ĐOÀN LAO ĐỘNG" → "Liên đoàn Lao động"), and
    so does an abbreviation or a short form ("TNHH", "Tổng Liên đoàn")."""
    if written.lower() != canonical.lower() or not _LOWER.search(written):
        return canonical
    return written


_VOWEL = regex.compile(r"[aeiouyăâêôơư]", regex.V1)


def title(word: str) -> str:
    """Title-case a written word of a name ("hà" → "Hà", "ĐĂK" → "Đăk"); numbers and
    abbreviations (no vowel: "XK", "TNHH") stay as written."""
    if not word[:1].isalpha() or not _VOWEL.search(fold(word)):
        return word
    return word[:1].upper() + word[1:].lower()


@cache
def departments() -> dict[str, tuple[str, str]]:
    """Canonical heads that may name a department of a parent body → the type of one that
    belongs to a province or district, and of one that is national (org_departments.tsv)."""
    return {r[0]: (r[1], r[2]) for r in lexicons.rows("org_departments.tsv")}


@cache
def _department_prefixes() -> dict[str, tuple[tuple[str, str], ...]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for d in departments():
        out.setdefault(d.lower().split(" ", 1)[0], []).append((d, f"{d.lower()} "))
    return {k: tuple(v) for k, v in out.items()}


def department_prefixes(first: str) -> tuple[tuple[str, str], ...]:
    """(department head, its lower case and a space) of the heads whose first word is
    ``first`` (lower case), in the order of :func:`departments`: a name in lower case can
    begin with one of them only if its first word is theirs."""
    return _department_prefixes().get(first, ())


@cache
def department_words(role: str) -> frozenset[str]:
    """Words of org_department_words.tsv with a role: "stop" ends a department's function
    words ("của", "tại", "và"); "lead" may begin them in lower case ("các cơ quan")."""
    return frozenset(
        r[0].lower() for r in lexicons.rows("org_department_words.tsv") if r[1] == role
    )


@cache
def event_pattern() -> regex.Pattern[str]:
    """Event words in a department's function words ("Hội thi", "cuộc thi", "Hội nghị")."""
    words = [r[0] for r in lexicons.rows("org_department_words.tsv") if r[1] == "event"]
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?i:{alternation(words)}){_WE}", regex.V1)


@cache
def signing_pattern() -> regex.Pattern[str]:
    """A signing capacity at the start of a line ("TM.", "KT.", "T/M"), up to a head."""
    marks = alternation(lexicons.words("org_signing_marks.tsv"))
    return regex.compile(rf"[ \t*_>-]*(?:{marks})(?![\p{{L}}\p{{M}}\p{{N}}])[ \t]*", regex.V1)


@cache
def _titles() -> dict[str, str]:
    return {r[0]: r[1] for r in lexicons.rows("org_titles.tsv")}


@cache
def title_end_pattern() -> regex.Pattern[str]:
    """A job title that ends right before a position ("Phó Chủ tịch ", "Phó Bí thư ")."""
    words = [w for w, role in _titles().items() if role == "title"]
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?i:{alternation(words)})[ ]$", regex.V1)


@cache
def title_complement_pattern() -> regex.Pattern[str]:
    """Words that complete a job title rather than name a body after one ("Thường trực")."""
    words = [w for w, role in _titles().items() if role == "complement"]
    return regex.compile(rf"(?=\p{{Lu}})(?i:{alternation(words)})[ ]", regex.V1)


@cache
def link_pattern() -> regex.Pattern[str]:
    """A lower-case word that stays inside a proper name before a Title-Case word ("miền")."""
    words = lexicons.words("org_name_links.tsv")
    return regex.compile(rf"[ ](?:{alternation(words)})[ ](?=\p{{Lu}})", regex.V1)
