"""Organizations: a head from the lexicon ("Liên đoàn Lao động", "UBND", "Tỉnh ủy"), then an
administrative level and a Title-Case proper name; abbreviations expanded in ``canonical``.

>>> from unionextract import extract
>>> [(o.name, o.canonical) for o in extract("LĐLĐ huyện Mộc Châu họp").organizations]
[('LĐLĐ huyện Mộc Châu', 'Liên đoàn Lao động huyện Mộc Châu')]
"""

from __future__ import annotations

import regex

from .. import lexicons
from ..context import Context
from ..rules import Candidate, Rule, alternation, run_rules

KIND = "organization"

HEADS: dict[str, str] = lexicons.mapping("org_heads.tsv")
ABBREVIATIONS: dict[str, str] = lexicons.mapping("abbreviations.tsv")
_ABBR_HEADS = {a: e for a, e in ABBREVIATIONS.items() if e in HEADS or e.startswith("Tổng")}

_LEVEL = r"(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường|thị trấn)"
_PROPER = r"\p{Lu}[\p{L}\p{M}]*"
_NAME = rf"(?:{_PROPER}(?:[ ]{_PROPER})*)"
_WB = r"(?<![\p{L}\p{N}])"
_WE = r"(?![\p{L}\p{N}])"


def canonical(name: str) -> str:
    """Expand abbreviations word by word ("LĐLĐ tỉnh Lai Châu" → "Liên đoàn Lao động tỉnh …")."""
    out = []
    for word in name.split(" "):
        out.append(ABBREVIATIONS.get(word, word))
    return " ".join(out)


def _org_type(head: str) -> str:
    expanded = ABBREVIATIONS.get(head, head)
    return HEADS.get(expanded) or HEADS.get(head) or "other"


def _build(m: regex.Match[str], ctx: Context) -> Candidate | None:
    head = m.group("head")
    name = m.group()
    abbreviation = next((w for w in name.split() if w in ABBREVIATIONS and w != "TP."), None)
    return HEAD_RULE.candidate(
        m,
        {
            "canonical": canonical(name),
            "org_type": _org_type(head),
            "abbreviation": abbreviation,
        },
    )


HEAD_RULE = Rule(
    name="<head> <level>? <Proper Name>?",
    kind=KIND,
    pattern=regex.compile(
        rf"{_WB}(?P<head>{alternation([*HEADS, *_ABBR_HEADS])})"
        rf"(?:[ ]+(?:{_LEVEL}[ ]+)?{_NAME}|[ ]+{_LEVEL})?{_WE}",
        regex.V1,
    ),
    build=_build,
    examples=("Liên đoàn Lao động huyện Đăk Hà", "LĐLĐ tỉnh", "Tỉnh ủy Lai Châu", "Bộ Chính trị"),
)

RULES: tuple[Rule, ...] = (HEAD_RULE,)


def extract(ctx: Context) -> list[Candidate]:
    return run_rules(RULES, ctx)
