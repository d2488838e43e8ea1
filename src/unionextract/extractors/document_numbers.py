"""Document numbers ("số, ký hiệu"): state, Party and union forms.

State and union symbols put a slash after the number ("145/2020/NĐ-CP", "1234/QĐ-UBND",
công văn "45/UBND-VX", "732/LĐLĐ", laws "51/2024/QH15", joint "72/2011/TTLT-BTC-BGTVT",
union "07/TTr-CĐCS/2024"); Party symbols a hyphen ("294-CV/TU", "08-QĐi/TW"). Real text
has stray spaces ("294- CV/TU", "98 /BC-LĐLĐ"), mixed case (TTg, TTr, QĐi), OCR "D" for
"Đ" ("233-CV/BCSD" → "233-CV/BCSĐ") and symbols broken across lines ("05/2024/TT-⏎BLĐTBXH").
Not numbers: form codes after "Mẫu số"/"Biểu" ("Mẫu số 01/TCKT"), "QCVN 06:2012/BLĐTBXH",
the gazette's "Số 247/Ngày …", words ("3/Trading"), dates, phones, fractions.

>>> from unionextract import extract
>>> [(d.symbol, d.style, d.doc_type, d.issuer) for d in extract("Nghị định số 145/2020/NĐ-CP").document_numbers]
[('145/2020/NĐ-CP', 'state', 'NĐ', 'CP')]
>>> [(d.symbol, d.style) for d in extract("Công văn số 294- CV/TU").document_numbers]
[('294-CV/TU', 'party')]
>>> [d.symbol for d in extract("Thông tư số 05/2024/TT-\\nBLĐTBXH ngày 1/3/2024").document_numbers]
['05/2024/TT-BLĐTBXH']
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import regex

from .. import lexicons
from ..context import Context
from ..rules import Candidate, Rule, alternation, run_at
from .document_numbers_codes import (
    DOC_TYPES,
    ISSUERS,
    JOINT_TYPES,
    canonical_issuer,
    canonical_type,
    fields,
    footnote_digits,
    issuer_name,
)
from .document_numbers_link import link

__all__ = ["DOC_TYPES", "ISSUERS", "KIND", "RULES", "extract", "link"]

KIND = "document_number"

# A code: an upper-case letter, then upper-case letters, digits, "&" or a lower-case letter
# that is not followed by another one ("TTg", "QĐi", "TgNc", "BNN&PTNT", "QH15"; not "Ngày").
_CODE = r"\p{Lu}(?:[\p{Lu}\d&]|\p{Ll}(?!\p{Ll}))*+"
_NUM = r"\d{1,5}(?:\.\d{1,3})?[a-z]?"
_YEAR = r"(?:19|20)\d\d"
# separators: a few stray spaces, and a line break after the hyphen or slash (PDF text)
_SL = r"[ ]{0,2}/[ ]{0,3}(?:\n[ ]{0,3})?"
_HY = r"[ ]{0,2}-[ ]{0,3}(?:\n[ ]{0,3})?"
_WB = r"(?<![\p{L}\p{N}/.%=_&-])(?<!\d:)"
_WE = r"(?![\p{L}\p{N}&%]|[/-]\p{L})"
_WORD = regex.compile(r"\p{Lu}\p{Ll}+")


def _is_word(code: str) -> bool:
    """ "Có", "Số", "Họ": a word, not a code (not tried when it ends with an ASCII character
    other than "a"-"z", which no word does: most codes, "CP", "QH15")."""
    last = code[-1:]
    if last.isascii() and not last.islower():
        return False
    return _WORD.fullmatch(code) is not None


_JOINT = alternation(JOINT_TYPES)

# "Mẫu số 01/TCKT", "Biểu số 001.H/BCB-QP", "Mẫu số 05A, 05B/…": a form, not a document.
_FORM_BEFORE = regex.compile(
    rf"(?:{alternation(lexicons.words('docnum_form_words.tsv'))})(?:\s+số)?\s*:?\s*"
    r"(?:\d[\w.()/]*+\s*(?:,|;|-|:|và|hoặc)\s*)*+$",
    regex.V1 | regex.IGNORECASE,
)
_FORM_WINDOW = 80
# A match of _FORM_BEFORE holds a form word, matched ignoring case: in the lower-cased window
# that word is lower-cased too, unless the window holds one of the three characters the rules'
# case folding reads as another letter than their lower case ("ı" and "İ" as "i", "ſ" as "s";
# tests/test_document_numbers_anchors.py checks every character against the words' letters).
# A window without any of these words or characters is no form's, and skips the search.
_ALL_FORM_WORDS = {w.lower() for w in lexicons.words("docnum_form_words.tsv")}
# (a word holding another, "biểu mẫu", is found by that one)
_FORM_WORDS = tuple(
    sorted(w for w in _ALL_FORM_WORDS if not any(v != w and v in w for v in _ALL_FORM_WORDS))
)
_FOLDED_ELSEWHERE = "ıİſ"


def _is_form(ctx: Context, start: int) -> bool:
    window = ctx.text[max(0, start - _FORM_WINDOW) : start]
    low = window.lower()
    for word in _FORM_WORDS:
        if word in low:
            return _FORM_BEFORE.search(window) is not None
    for odd in _FOLDED_ELSEWHERE:
        if odd in window:
            return _FORM_BEFORE.search(window) is not None
    return False


_CODE_SEPARATORS = regex.compile(r"[\s/-]+")


def _split(codes: str) -> list[str]:
    """``codes`` split at runs of spaces, slashes and hyphens.

    >>> _split("TTLT/BLĐTBXH - BYT-\\nBTC"), _split("BNN&PTNT-TCCB")
    (['TTLT', 'BLĐTBXH', 'BYT', 'BTC'], ['BNN&PTNT', 'TCCB'])
    """
    if codes.replace("-", "").replace("&", "").isalnum():  # hyphens only: the usual case
        return [c for c in codes.split("-") if c]
    return [c for c in _CODE_SEPARATORS.split(codes) if c]


def _letters(codes: list[str]) -> int:
    return sum(ch.isalpha() for c in codes for ch in c)


def _fields(
    number: str,
    year: str | None,
    doc_type: str | None,
    codes: list[str],
    style: str,
    trailing: str | None,
) -> tuple[dict[str, Any], int]:
    """The record fields, and how many characters of a footnote mark glued to the last code
    ("140/NQ-CP2") to cut from the mention's end."""
    cut = 0
    if trailing is None:
        cut = footnote_digits(codes[-1])
        if cut:
            codes = [*codes[:-1], codes[-1][:-cut]]
    return fields(number, year, doc_type, codes, style, trailing), cut


def _candidate(
    rule: Rule,
    m: regex.Match[str],
    year: str | None,
    doc_type: str | None,
    codes: list[str],
    style: str,
) -> Candidate:
    """The mention, without a footnote mark glued to its last code ("140/NQ-CP2")."""
    number, trailing = m.group("n", "y2")
    f, cut = _fields(number, year, doc_type, codes, style, trailing)
    return Candidate(KIND, m.start(), m.end() - cut, rule.name, f, rule.priority)


@lru_cache(maxsize=1024)
def _parse_state(
    number: str, year: str | None, joint: str | None, found: str, trailing: str | None
) -> tuple[dict[str, Any], int] | None:
    """The fields of a STATE match and the footnote cut (see :func:`_fields`), from its groups,
    or ``None`` when it is not a document number. A pure function of the groups, so it keeps
    its answers for the symbols a text repeats ("51/2024/QH15": a quarter of the gazette's
    symbols are new)."""
    codes = _split(found)
    if any(_is_word(c) for c in codes):
        return None
    doc_type: str | None = None
    if joint:
        doc_type = canonical_type(_split(joint)[0])
    elif len(codes) >= 2 and canonical_type(codes[0]) is not None:
        doc_type = canonical_type(codes.pop(0))
    elif len(codes) == 1 and canonical_type(codes[0]) and codes[0] not in ISSUERS:
        return None  # "12/QĐ", "42/2015/TT-⏎…": a type without an issuer
    if year is None and doc_type is None and _letters(codes) < 2:
        return None  # "12/A", "5/B": a class or an item, not a symbol
    return _fields(number, year, doc_type, codes, "state", trailing)


def _build_state(m: regex.Match[str], ctx: Context) -> Candidate | None:
    parsed = _parse_state(*m.group("n", "y", "joint", "codes", "y2"))
    if parsed is None or _is_form(ctx, m.start()):
        return None
    f, cut = parsed
    return Candidate(KIND, m.start(), m.end() - cut, STATE.name, dict(f), STATE.priority)


STATE = Rule(
    name="<n>/<year>?/<type>-<issuer>",
    kind=KIND,
    pattern=regex.compile(
        rf"{_WB}(?P<n>{_NUM}){_SL}(?:(?P<y>{_YEAR}){_SL})?"
        rf"(?:(?P<joint>{_JOINT}){_SL})?"
        rf"(?P<codes>{_CODE}(?:{_HY}{_CODE})*+)(?:{_SL}(?P<y2>{_YEAR}))?{_WE}",
        regex.V1,
    ),
    build=_build_state,
    examples=(
        "145/2020/NĐ-CP",
        "1234/QĐ-UBND",
        "732/LĐLĐ",
        "51/2024/QH15",
        "45/UBND-VX",
        "72/2011/TTLT-BTC-BGTVT",
        "05/1999/TTLT/BLĐTBXH-BYT-BTC",
        "72/VBHN-VPQH",
        "1363/TLĐ-CSPL",
        "07/TTr-CĐCS/2024",
        "98 /BC-LĐLĐ",
        "66.16/2026/NQ-CP",
        "05/2024/TT-\nBLĐTBXH",
    ),
)


def _build_party(m: regex.Match[str], ctx: Context) -> Candidate | None:
    doc_type = canonical_type(m.group("t"))
    if doc_type is None or _is_form(ctx, m.start()):
        return None
    codes = _split(m.group("codes"))
    if any(_is_word(c) for c in codes):
        return None
    return _candidate(PARTY, m, None, doc_type, codes, "party")


PARTY = Rule(
    name="<n>-<type>/<issuer>",
    kind=KIND,
    pattern=regex.compile(
        rf"{_WB}(?P<n>\d{{1,5}}){_HY}(?P<t>\p{{L}}{{1,5}}){_SL}"
        rf"(?P<codes>{_CODE}(?:-{_CODE})*+)(?:{_SL}(?P<y2>{_YEAR}))?{_WE}",
        regex.V1,
    ),
    build=_build_party,
    examples=(
        "294-CV/TU",
        "07-KL/TW",
        "08-QĐi/TW",
        "294- CV/TU",
        "367 - QĐ/TWĐTN-VP",
        "18-\nNQ/TW",
    ),
)

_PARTY_ISSUERS = frozenset(lexicons.words("docnum_party_issuers.tsv"))


def _build_party_hyphen(m: regex.Match[str], ctx: Context) -> Candidate | None:
    """ "72-NQ-TW" (a hyphen typed for the slash): only a known type and a known issuer."""
    doc_type = canonical_type(m.group("t"))
    issuer = canonical_issuer(m.group("i"))
    if doc_type is None or issuer not in _PARTY_ISSUERS or _is_form(ctx, m.start()):
        return None
    return _candidate(PARTY_HYPHEN, m, None, doc_type, [issuer], "party")


PARTY_HYPHEN = Rule(
    name="<n>-<type>-<issuer>",
    kind=KIND,
    pattern=regex.compile(
        rf"{_WB}(?P<n>\d{{1,5}}){_HY}(?P<t>\p{{Lu}}\p{{L}}{{0,3}})-(?P<i>{_CODE})(?P<y2>(?!))?{_WE}",
        regex.V1,
    ),
    build=_build_party_hyphen,
    examples=("72-NQ-TW", "15-CT-TU", "27-KH-ĐU"),
)

_LCODE = r"\p{Ll}[\p{Ll}\d&]*+"


def _build_lower(m: regex.Match[str], ctx: Context) -> Candidate | None:
    """Lower-case codes count only when every one is a known type or issuer."""
    codes = _split(m.group("codes"))
    year = m.group("y")
    if year is None and len(codes) < 2:
        return None
    doc_type = canonical_type(codes[0]) if len(codes) >= 2 else None
    if doc_type is not None:
        codes = codes[1:]
    codes = [canonical_issuer(c) for c in codes]
    if any(issuer_name(c) is None for c in codes) or _is_form(ctx, m.start()):
        return None
    return _candidate(LOWER, m, year, doc_type, codes, "state")


LOWER = Rule(
    name="<n>/<year>?/<type>-<issuer> in lower case",
    kind=KIND,
    pattern=regex.compile(
        rf"{_WB}(?P<n>{_NUM}){_SL}(?:(?P<y>{_YEAR}){_SL})?"
        rf"(?P<codes>{_LCODE}(?:{_HY}{_LCODE})*+)(?:{_SL}(?P<y2>{_YEAR}))?{_WE}",
        regex.V1,
    ),
    build=_build_lower,
    examples=("145/2020/nđ-cp", "1234/qđ-ubnd", "51/2024/qh15"),
)

RULES: tuple[Rule, ...] = (STATE, PARTY, LOWER, PARTY_HYPHEN)

# Where the rules' matches can begin. Every rule starts with a number of at most five digits
# (:data:`_NUM`, or ``\d{1,5}``) at a word start (:data:`_WB`), then up to two spaces and the
# separator it puts after the number, then (past the separator's spaces and line break):
#   STATE          "/", maybe a year and "/", then a joint type or a code (:data:`_CODE`, which
#                  takes what it can: a letter after it is neither a separator nor a word end),
#   LOWER          "/", maybe a year and "/", then a lower-case letter,
#   PARTY          "-", one to five letters (the type), up to two spaces and "/",
#   PARTY_HYPHEN   "-", an upper-case letter and up to three letters (the type), "-".
# The scans below skip from separator to separator (a literal: the ``regex`` module finds it at
# memory speed) and check the number behind it and what follows, each a prefix of the rules'
# patterns, so they list every start of a match of each rule, and a few more ("12/Ab", which
# the build rejects), for a fraction of the time of trying every rule at every position.
# :func:`extract` tries each rule only at its starts (``run_at``; unless its separator is dense,
# below): the same candidates as ``run_rules(RULES, ctx)``, which
# ``tests/test_document_numbers_anchors.py`` checks on the fixtures and generated text.
_AFTER_SEP = r"[ ]{0,3}(?:\n[ ]{0,3})?"
_SLASH_STARTS = regex.compile(
    rf"/(?<={_WB}(?P<n>{_NUM})[ ]{{0,2}}/)"
    rf"(?={_AFTER_SEP}(?:{_YEAR}{_SL})?(?:(?P<upper>{_JOINT}|{_CODE}(?!\p{{L}}))|\p{{Ll}}))",
    regex.V1,
)
# (the letter after the hyphen is checked first: it fails sooner there than the number behind)
_HYPHEN_STARTS = regex.compile(
    rf"-(?={_AFTER_SEP}\p{{L}})(?<={_WB}(?P<n>\d{{1,5}})[ ]{{0,2}}-)"
    rf"(?={_AFTER_SEP}(?P<party>\p{{L}}{{1,5}}[ ]{{0,2}}/)?)"
    rf"(?={_AFTER_SEP}(?P<hyphen>\p{{Lu}}\p{{L}}{{0,3}}-)?)",
    regex.V1,
)


def slash_starts(text: str) -> tuple[list[int], list[int]]:
    """Where STATE and LOWER can match (ascending; see above).

    >>> slash_starts("Số 12/QĐ-UBND ngày 5/3/2021, 294- CV/TU, 7/2020/nđ-cp, 72-NQ-TW")
    ([3], [41])
    """
    state: list[int] = []
    lower: list[int] = []
    for m in _SLASH_STARTS.finditer(text):
        (lower if m.group("upper") is None else state).append(m.start("n"))
    return state, lower


def hyphen_starts(text: str) -> tuple[list[int], list[int]]:
    """Where PARTY and PARTY_HYPHEN can match (ascending; see above).

    >>> hyphen_starts("Số 12/QĐ-UBND ngày 5/3/2021, 294- CV/TU, 7/2020/nđ-cp, 72-NQ-TW")
    ([29], [55])
    """
    party: list[int] = []
    party_hyphen: list[int] = []
    for m in _HYPHEN_STARTS.finditer(text):
        if m.group("party") is not None:
            party.append(m.start("n"))
        if m.group("hyphen") is not None:
            party_hyphen.append(m.start("n"))
    return party, party_hyphen


# Where a separator is dense (tables of dates, hostile text), checking each one costs more than
# trying its rules at every position: they then scan the whole text, as run_rules does (the
# same candidates either way; only the time differs).
_DENSE = 30  # one separator in this many characters


def extract(ctx: Context, *, anchored: bool | None = None) -> list[Candidate]:
    """The rules' candidates, in :data:`RULES` order: ``run_rules(RULES, ctx)``, each rule tried
    only at its starts unless its separator is dense (``anchored`` forces a choice: tests)."""
    text = ctx.text
    at: dict[str, tuple[list[int], list[int]] | None] = {}
    for sep, find in (("/", slash_starts), ("-", hyphen_starts)):
        use = text.count(sep) * _DENSE <= len(text) if anchored is None else anchored
        at[sep] = find(text) if use else None
    out: list[Candidate] = []
    for rule, sep, k in ((STATE, "/", 0), (PARTY, "-", 0), (LOWER, "/", 1), (PARTY_HYPHEN, "-", 1)):
        found = at[sep]
        out += rule.candidates(ctx) if found is None else run_at((rule,), ctx, found[k])
    return out
