"""Code tables of document numbers: type and issuer codes, canonical spelling, record fields.

The tables live in ``data/doc_types.tsv``, ``data/issuers.tsv``, ``data/docnum_*.tsv``.
A code is looked up as written, then case-folded with OCR "D" read as "Đ"
("TTG" → "TTg", "BCSD" → "BCSĐ", "QDI" → "QĐi"); an issuer may carry a term number
("QH15", "UBTVQH15").

>>> canonical_issuer("BCSD"), canonical_issuer("TTG"), canonical_issuer("QH15")
('BCSĐ', 'TTg', 'QH15')
>>> canonical_type("QDi"), canonical_type("TTR"), canonical_type("XYZ")
('QĐi', 'TTr', None)
>>> issuer_name("UBTVQH15")
'Ủy ban Thường vụ Quốc hội khóa 15'
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

import regex

from .. import lexicons

DOC_TYPES: dict[str, str] = lexicons.mapping("doc_types.tsv")
ISSUERS: dict[str, str] = lexicons.mapping("issuers.tsv")
PARTY_TYPES: dict[str, str] = lexicons.mapping("docnum_party_types.tsv")
JOINT_TYPES: frozenset[str] = frozenset(lexicons.words("docnum_joint_types.tsv"))

TERM_ISSUERS: frozenset[str] = frozenset(lexicons.words("docnum_term_issuers.tsv"))

_TERM = regex.compile(r"(\p{L}+?)(\d{1,2})")
# The lookups below are pure functions of a short code, and a text repeats its few dozen codes
# ("NĐ", "CP", "QH15") hundreds of times: each keeps the answers for the codes last asked.
_CODES_KEPT = 1024
# Cyrillic and Greek capitals that look like Latin ones ("СР" typed for "CP")
_HOMOGLYPHS = str.maketrans("АВЕКМНОРСТХІЈЅΑΒΕΗΙΚΜΝΟΡΤΧΥΖ", "ABEKMHOPCTXIJSABEHIKMNOPTXYZ")


@lru_cache(maxsize=_CODES_KEPT)
def footnote_digits(code: str) -> int:
    """How many trailing digits of ``code`` are a footnote mark ("CP2" → 1, "QH15" → 0).

    >>> footnote_digits("CP2"), footnote_digits("QH15"), footnote_digits("CBHT1")
    (1, 0, 0)
    """
    if not code[-1:].isdecimal():  # _TERM ends with a digit ("\d": a decimal, as here)
        return 0
    m = _TERM.fullmatch(code)
    if not m:
        return 0
    base = _by_fold("issuers").get(fold(m.group(1)))
    if base is None or base in TERM_ISSUERS or "Quốc hội" in ISSUERS[base]:
        return 0  # bodies of the National Assembly number their symbols by term
    return len(m.group(2))


def fold(code: str) -> str:
    """Case- and OCR-insensitive key of a code: upper case, "Đ" read as "D"."""
    return code.translate(_HOMOGLYPHS).upper().replace("Đ", "D")


@cache
def _by_fold(table_name: str) -> dict[str, str]:
    table = DOC_TYPES if table_name == "types" else ISSUERS
    out: dict[str, str] = {}
    for code in table:
        out.setdefault(fold(code), code)
    return out


@lru_cache(maxsize=_CODES_KEPT)
def canonical_type(code: str) -> str | None:
    """The type code as the table spells it, or ``None`` when it is not a type."""
    if code in DOC_TYPES:
        return code
    return _by_fold("types").get(fold(code))


@lru_cache(maxsize=_CODES_KEPT)
def canonical_issuer(code: str) -> str:
    """The issuer code as the table spells it (with its term number), else as written."""
    if code in ISSUERS:
        return code
    code = code.translate(_HOMOGLYPHS)
    found = _by_fold("issuers").get(fold(code))
    if found:
        return found
    m = _TERM.fullmatch(code)
    if m:
        base = _by_fold("issuers").get(fold(m.group(1)))
        if base:
            return base + str(m.group(2))
    return code


@lru_cache(maxsize=_CODES_KEPT)
def issuer_name(code: str) -> str | None:
    if code in ISSUERS:
        return ISSUERS[code]
    m = _TERM.fullmatch(code)
    if m and m.group(1) in ISSUERS:
        return f"{ISSUERS[str(m.group(1))]} khóa {m.group(2)}"
    return None


def fields(
    number: str,
    year: str | None,
    doc_type: str | None,
    codes: list[str],
    style: str,
    trailing_year: str | None = None,
) -> dict[str, Any]:
    """The DocumentNumber fields of a parsed symbol (``codes``: issuer, then units)."""
    codes = [canonical_issuer(c) for c in codes]
    issuer = codes[0] if codes else None
    joint = doc_type in JOINT_TYPES
    unit = None if joint else ("-".join(codes[1:]) or None)
    if style == "party":
        symbol = f"{number}-{doc_type}/" + "-".join(codes)
    else:
        parts = [number]
        if year:
            parts.append(year)
        parts.append("-".join(c for c in (doc_type, *codes) if c))
        symbol = "/".join(parts)
    if trailing_year:
        symbol += f"/{trailing_year}"
    type_name = None
    if doc_type:
        type_name = (PARTY_TYPES.get(doc_type) if style == "party" else None) or DOC_TYPES.get(
            doc_type
        )
    the_year = year or trailing_year
    return {
        "symbol": symbol,
        "number": number,
        "year": int(the_year) if the_year else None,
        "doc_type": doc_type,
        "doc_type_name": type_name,
        "issuer": issuer,
        "issuer_name": issuer_name(issuer) if issuer else None,
        "issuer_unit": unit,
        "style": style,
    }
