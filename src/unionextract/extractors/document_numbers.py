"""Document numbers ("số, ký hiệu"): state, Party and union forms.

>>> from unionextract import extract
>>> [(d.symbol, d.style, d.doc_type, d.issuer) for d in extract("Nghị định số 145/2020/NĐ-CP").document_numbers]
[('145/2020/NĐ-CP', 'state', 'NĐ', 'CP')]
>>> [(d.symbol, d.style) for d in extract("Công văn số 294- CV/TU").document_numbers]
[('294-CV/TU', 'party')]
"""

from __future__ import annotations

from typing import Any

import regex

from .. import lexicons
from ..context import Context
from ..rules import Candidate, Rule, run_rules

KIND = "document_number"

DOC_TYPES: dict[str, str] = lexicons.mapping("doc_types.tsv")
ISSUERS: dict[str, str] = lexicons.mapping("issuers.tsv")
_TYPES_BY_FOLD = {k.upper().replace("Đ", "D"): k for k in DOC_TYPES}
_ISSUERS_BY_FOLD = {k.upper().replace("Đ", "D"): k for k in ISSUERS}

_CODE = r"[\p{Lu}][\p{L}\d]*"
_SP = r"[ ]?"
_WB = r"(?<![\p{L}\p{N}/.-])"
_WE = r"(?![\p{L}\p{N}]|[/-]\p{L})"


def canonical_code(code: str, table: dict[str, str]) -> str:
    """A code as the table spells it (case and OCR "D" for "Đ" folded), else as written."""
    if code in table:
        return code
    folded = code.upper().replace("Đ", "D")
    lookup = _TYPES_BY_FOLD if table is DOC_TYPES else _ISSUERS_BY_FOLD
    if folded in lookup:
        return str(lookup[folded])
    # an issuer with a term number ("QH15", "UBTVQH15")
    m = regex.fullmatch(r"(\p{L}+?)(\d{1,2})", code)
    if m and table is ISSUERS and canonical_code(m.group(1), table) in table:
        return canonical_code(m.group(1), table) + str(m.group(2))
    return code


def _issuer_name(code: str) -> str | None:
    if code in ISSUERS:
        return ISSUERS[code]
    m = regex.fullmatch(r"(\p{L}+?)(\d{1,2})", code)
    if m and m.group(1) in ISSUERS:
        return f"{ISSUERS[m.group(1)]} khóa {m.group(2)}"
    return None


def _fields(
    number: str, year: str | None, doc_type: str | None, codes: list[str], style: str
) -> dict[str, Any]:
    issuer = canonical_code(codes[0], ISSUERS) if codes else None
    unit = "-".join(codes[1:]) or None
    if doc_type is not None:
        doc_type = canonical_code(doc_type, DOC_TYPES)
    if style == "party":
        symbol = f"{number}-{doc_type}/{issuer}" + (f"-{unit}" if unit else "")
    else:
        parts = [number]
        if year:
            parts.append(year)
        parts.append("-".join(p for p in (doc_type, issuer, unit) if p))
        symbol = "/".join(parts)
    return {
        "symbol": symbol,
        "number": number,
        "year": int(year) if year else None,
        "doc_type": doc_type,
        "doc_type_name": DOC_TYPES.get(doc_type) if doc_type else None,
        "issuer": issuer,
        "issuer_name": _issuer_name(issuer) if issuer else None,
        "issuer_unit": unit,
        "style": style,
    }


def _build_state(m: regex.Match[str], ctx: Context) -> Candidate | None:
    codes = [c for c in regex.split(r"[ ]?-[ ]?", m.group("codes"))]
    doc_type: str | None = None
    if len(codes) >= 2 and canonical_code(codes[0], DOC_TYPES) in DOC_TYPES:
        doc_type = codes.pop(0)
    elif (
        m.group("y") is None
        and len(codes) == 1
        and codes[0] in DOC_TYPES
        and codes[0] not in ISSUERS
    ):
        return None
    return STATE.candidate(m, _fields(m.group("n"), m.group("y"), doc_type, codes, "state"))


STATE = Rule(
    name="<n>/<year>?/<type>-<issuer>",
    kind=KIND,
    pattern=regex.compile(
        rf"{_WB}(?P<n>\d{{1,5}}[a-z]?){_SP}/{_SP}(?:(?P<y>(?:19|20)\d\d){_SP}/{_SP})?"
        rf"(?P<codes>{_CODE}(?:{_SP}-{_SP}{_CODE})*){_WE}",
        regex.V1,
    ),
    build=_build_state,
    examples=("145/2020/NĐ-CP", "1234/QĐ-UBND", "732/LĐLĐ", "51/2024/QH15", "45/UBND-VX"),
)


def _build_party(m: regex.Match[str], ctx: Context) -> Candidate | None:
    doc_type = canonical_code(m.group("t"), DOC_TYPES)
    if doc_type not in DOC_TYPES:
        return None
    codes = regex.split(r"[ ]?-[ ]?", m.group("codes"))
    return PARTY.candidate(m, _fields(m.group("n"), None, doc_type, codes, "party"))


PARTY = Rule(
    name="<n>-<type>/<issuer>",
    kind=KIND,
    pattern=regex.compile(
        rf"{_WB}(?P<n>\d{{1,5}}){_SP}-{_SP}(?P<t>\p{{L}}{{1,5}}){_SP}/{_SP}"
        rf"(?P<codes>{_CODE}(?:-{_CODE})*){_WE}",
        regex.V1,
    ),
    build=_build_party,
    examples=("294-CV/TU", "07-KL/TW", "08-QĐi/TW", "294- CV/TU"),
)

RULES: tuple[Rule, ...] = (STATE, PARTY)


def extract(ctx: Context) -> list[Candidate]:
    return run_rules(RULES, ctx)


def link(resolved: list[Candidate], ctx: Context) -> list[Candidate]:
    """Fill ``issued_on``/``issued_by`` from a date and an organization right after a number."""
    dates = [c for c in resolved if c.kind == "date"]
    orgs = [c for c in resolved if c.kind == "organization"]
    out: list[Candidate] = []
    for c in resolved:
        if c.kind != KIND:
            out.append(c)
            continue
        fields = dict(c.fields)
        tail_end = c.end
        for d in dates:
            gap = ctx.text[c.end : d.start]
            if d.start >= c.end and regex.fullmatch(r"[ ,]*(?:ban hành )?", gap):
                fields["issued_on"] = d.fields["value"]
                tail_end = d.end
                break
        for o in orgs:
            gap = ctx.text[tail_end : o.start]
            if o.start >= tail_end and regex.fullmatch(r"[ ,]*(?:của|do)[ ]+", gap):
                fields["issued_by"] = ctx.original(o.start, o.end)
                break
        out.append(Candidate(c.kind, c.start, c.end, c.rule, fields, c.priority))
    return out
