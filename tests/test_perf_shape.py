"""The fast paths give exactly what the plain paths give, and cheap steps stay cheap.

No timing here (speed is measured by ``make bench``): these tests pin the *shape* of the
work — a pre-scan never changes a result, and importing the package or splitting sentences
never loads underthesea's models.
"""

from __future__ import annotations

import subprocess
import sys
import unicodedata

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from unionextract import normalize as norm_mod
from unionextract.normalize import normalize

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
