"""The fast paths give exactly what the plain paths give, and cheap steps stay cheap.

No timing here (speed is measured by ``make bench``): these tests pin the *shape* of the
work — a pre-scan never changes a result, and importing the package or splitting sentences
never loads underthesea's models.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from unionextract import normalize as norm_mod
from unionextract.context import Context
from unionextract.extractors import ALL_RULES
from unionextract.normalize import normalize
from unionextract.rules import Candidate, Rule, run_at, run_rules, starts_before

ROOT = Path(__file__).resolve().parent.parent

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY"
MARKS = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"
# the characters normalize changes, look-alikes around them, and code points past the
# pre-scan's table (CJK, Hangul jamo that compose, compatibility ideographs, astral)
SPECIAL = (
    "\u00a0\u200b\u200c\u200d\u2060\ufeff\u00ad\u2010\u2013\u2014\u2212\u201c\u201d\u2019"
    "\u00d0\u0189\u00f0\u2215\uff0f\u3000\u1100\u1161\u11a8\uac00\u212b\u2126\uf900\u0958"
    "\U0001d15e\u0344\u0340q Q"
)
SITES = "oòóỏõọaàáảãạeèéẻẽẹuùúủũụyỳýỷỹỵOÒÓAÀÁEÈÉUÙÚYỲÝ"
text_strategy = st.text(
    alphabet=st.one_of(
        st.sampled_from(VIETNAMESE + MARKS + SPECIAL + SITES + " \n.,0123456789"),
        st.characters(codec="utf-8"),
    ),
    max_size=80,
)


def _plain_special(text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in norm_mod._SPECIAL.finditer(text)]


def _fast_special(text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in norm_mod._special_matches(text)]


def _plain_retone(text: str) -> str:
    return norm_mod._RETONE_SITE.sub(lambda r: norm_mod._RETONE[r.group()], text)


@settings(max_examples=300, deadline=None)
@given(text_strategy)
def test_prescanned_normalize_finds_exactly_the_full_scan_matches(text: str) -> None:
    for raw in (text, unicodedata.normalize("NFD", text)):
        assert _fast_special(raw) == _plain_special(raw)
        assert norm_mod._retone(raw) == _plain_retone(raw)


def test_prescan_edge_cases() -> None:
    cases = [
        "",
        "\u0301",  # a mark with no starter
        "a\u0301\u0301b",
        "\u00a0\u0301",  # a mapped character carrying a mark: one NFC run
        "\u200b\u0323x",
        "x\u3000\u0301",
        "hoà, hoàn, quý, Thuỷ, HOÀ, khoẻ.",
        "qoà Qoà oàa oà\u0301",
        "\U0001d15e\u1100\u1161\u11a8",
    ]
    for text in cases:
        assert _fast_special(text) == _plain_special(text), text
        assert norm_mod._retone(text) == _plain_retone(text), text


def test_normalize_still_retones_and_maps() -> None:
    n = normalize("Hoà\u00a0bình, Thuỷ\u200b Lợi")
    assert n.text == "Hòa bình, Thủy Lợi"
    assert n.to_original(10, 14) == (10, 14)
    assert n.to_original(15, 18) == (16, 19)


def test_every_candidate_class_is_a_superset() -> None:
    """Every code point the exact patterns react to is a pre-scan candidate."""
    trigger = regex.compile(r"[\p{M}\p{NFC_QC=N}\p{NFC_QC=M}]", regex.V1)
    prescan = norm_mod._special_prescan()
    for cp in range(0, 0x3100):
        ch = chr(cp)
        if trigger.match(ch) or ch in norm_mod._DROPPED or ch in norm_mod._CHAR_MAP:
            assert prescan.match(ch), hex(cp)
    retone = norm_mod._retone_prescan()
    for site in norm_mod._RETONE:
        assert retone.match(site + " ")
        assert retone.match(site)


def _fresh(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def test_import_does_not_load_underthesea() -> None:
    assert _fresh("import sys, unionextract; print('underthesea' in sys.modules)") == "False"


def test_sentences_do_not_load_underthesea() -> None:
    code = (
        "import sys\n"
        "from unionextract import segment\n"
        "spans = segment.sentences('Xin chào. Tôi là Tp. HCM.\\nSố 12/QĐ-UBND ngày 1.2.2021!')\n"
        "print(len(spans), 'underthesea' in sys.modules)"
    )
    assert _fresh(code) == "3 False"


# --- cheap first: run_at gives run_rules' candidates when the starts cover every match -------

SEED = min((ROOT / "fixtures").glob("*.txt"), key=lambda p: p.stat().st_size)


def _key(c: Candidate) -> tuple[object, ...]:
    return (c.kind, c.start, c.end, c.rule, repr(sorted(c.fields.items())), c.priority)


def test_run_at_every_position_equals_run_rules_on_the_real_rules() -> None:
    ctx = Context(normalize(SEED.read_text(encoding="utf-8")), dt.date(2021, 7, 27))
    everywhere = range(len(ctx.text) + 1)
    got = run_at(ALL_RULES, ctx, everywhere)
    assert sorted(map(_key, got)) == sorted(map(_key, run_rules(ALL_RULES, ctx)))


def _toy_build(m: regex.Match[str], ctx: Context) -> Candidate | None:
    if m.group("n") == "0":
        return None  # rejected: with retry, the text it covered is looked at again
    return TOY.candidate(m, {"n": int(m.group("n"))})


TOY = Rule(
    "khoảng? <n> người",
    "count",
    regex.compile(r"(?<![\p{L}\p{N}])(?:(?:khoảng|trên)[ ]+)?(?P<n>\d+)[ ]+người", regex.V1),
    _toy_build,
    ("khoảng 5 người",),
)
DIGIT = regex.compile(r"(?<![\p{L}\p{N}])\d")


def _retry_reference(rule: Rule, ctx: Context) -> list[Candidate]:
    """Search again one character after a rejected match (what ``retry`` promises)."""
    out, pos = [], 0
    while (m := rule.pattern.search(ctx.text, pos)) is not None:
        built = rule.build(m, ctx)
        if built is None:
            pos = m.start() + 1
            continue
        assert isinstance(built, Candidate)
        out.append(built)
        pos = max(m.end(), m.start() + 1)
    return out


@pytest.mark.parametrize(
    "text",
    [
        "Có khoảng 5 người, trên 12 người và 7 người dự; khoảng 0 người 3 người.",
        "0 người 4 người",
        "trên  trên 9 người",
        *[p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures").glob("*.txt"))],
    ],
)
def test_run_at_anchors_and_lead_words(text: str) -> None:
    ctx = Context(normalize(text), None)
    anchors = [m.start() for m in DIGIT.finditer(ctx.text)]
    starts = starts_before(ctx.text, anchors, frozenset({"khoảng", "trên"}), 30)
    assert run_at([TOY], ctx, starts) == run_rules([TOY], ctx)
    assert run_at([TOY], ctx, starts, retry=True) == _retry_reference(TOY, ctx)


def test_run_at_is_not_exact_when_the_starts_miss_a_lead_word() -> None:
    ctx = Context(normalize("khoảng 5 người"), None)
    anchors = [m.start() for m in DIGIT.finditer(ctx.text)]
    missed = run_at([TOY], ctx, starts_before(ctx.text, anchors, frozenset(), 30))
    assert [(c.start, c.end) for c in missed] == [(7, 14)]
    assert [(c.start, c.end) for c in run_rules([TOY], ctx)] == [(0, 14)]


def test_extract_leaves_no_cyclic_garbage() -> None:
    """A document's parses, caches and Context die when its extraction ends, by reference
    counting: a reference cycle among them would keep them all alive until a full garbage
    collection (about 35 ms with underthesea loaded) found them."""
    import gc

    from unionextract import extract, segment

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures").glob("*.txt"))]
    for text in texts:  # models, lexicons and lazy imports loaded: their garbage is not ours
        extract(text)
    segment.clear_caches()  # the texts segmented again, as for the first time
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        for text in texts:
            extract(text)
        gc.collect()
        leftover = sorted({type(o).__name__ for o in gc.garbage})
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert leftover == []
