"""Normalization keeps a map back to the original text."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unionextract import extract
from unionextract.normalize import normalize

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY"
MARKS = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"
ODD = "\u00a0\u200b\u200c\u200d\ufeff\u00ad\u2013\u2014\u201c\u201d\u2019\u00d0\u2215 \n\t/.,-:0123456789%"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("hoà bình", "hòa bình"),
        ("Thuỷ", "Thủy"),
        ("khoẻ", "khỏe"),
        ("Uỷ ban", "Ủy ban"),
        ("HOÀ", "HÒA"),
        ("quý", "quý"),  # "qu" + y keeps its mark
        ("hoàn", "hoàn"),  # a final consonant: both styles agree
        ("a\u00a0b", "a b"),
        ("a\u200bb", "ab"),
        ("2021\u20132025", "2021-2025"),
        ("\u201cDân vận khéo\u201d", '"Dân vận khéo"'),
        ("BLÐTBXH", "BLĐTBXH"),
        ("Vie\u0323\u0302t", "Việt"),
    ],
)
def test_normalized_text(raw: str, expected: str) -> None:
    assert normalize(raw).text == expected


def test_spans_map_back_through_deletions_and_compositions() -> None:
    raw = "\u200bSố: 7\u200b32/LĐLĐ ngày 2\u00a07 tha\u0301ng 7"
    norm = normalize(raw)
    assert norm.text == "Số: 732/LĐLĐ ngày 2 7 tháng 7"
    s = norm.text.index("732")
    assert norm.to_original(s, s + 3) == (raw.index("7\u200b32"), raw.index("7\u200b32") + 4)
    t = norm.text.index("tháng")
    o_start, o_end = norm.to_original(t, t + 5)
    assert raw[o_start:o_end] == "tha\u0301ng"


def test_nfd_input_gives_the_same_values_as_nfc() -> None:
    nfc = "Liên đoàn Lao động huyện Đăk Hà tặng 65 suất quà, tổng 38,5 triệu đồng ngày 27/7/2021."
    nfd = unicodedata.normalize("NFD", nfc)
    a, b = extract(nfc), extract(nfd)
    assert [(m.kind, m.rule) for m in a.mentions()] == [(m.kind, m.rule) for m in b.mentions()]
    for m in b.mentions():
        assert b.text[m.start : m.end] == m.text
        assert unicodedata.normalize("NFC", m.text) in nfc


text_strategy = st.text(
    alphabet=st.one_of(st.sampled_from(VIETNAMESE + MARKS + ODD), st.characters(codec="utf-8")),
    max_size=120,
)


@settings(max_examples=150, deadline=None)
@given(text_strategy)
def test_offsets_are_true_on_random_text(text: str) -> None:
    for raw in (text, unicodedata.normalize("NFD", text)):
        doc = extract(raw)
        for m in doc.mentions():
            assert doc.text[m.start : m.end] == m.text
        for s in doc.sentences:
            assert 0 <= s.start <= s.end <= len(raw)


@settings(max_examples=200, deadline=None)
@given(text_strategy, st.data())
def test_to_original_stays_in_bounds_and_ordered(text: str, data: st.DataObject) -> None:
    norm = normalize(unicodedata.normalize("NFD", text))
    n = len(norm.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    o_start, o_end = norm.to_original(start, end)
    assert 0 <= o_start <= o_end <= len(norm.original)
    whole_start, whole_end = norm.to_original(0, n)
    dropped = set("\u200b\u200c\u200d\u2060\ufeff\u00ad")
    if n:  # only removed characters lie outside the image of the whole text
        assert set(norm.original[:whole_start]) <= dropped
        assert set(norm.original[whole_end:]) <= dropped


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(VIETNAMESE + MARKS + "\u2126\u212b \u0344"), max_size=40))
def test_nfc_stage_agrees_with_unicodedata(text: str) -> None:
    assert normalize(text).text == unicodedata.normalize("NFC", normalize(text).text)


def test_normalized_text_lower_cases_to_its_own_length() -> None:
    """Context.lower's promise: after normalization no character lower-cases to more than one
    ("İ"), and none is left that the rules' case folding reads as another letter ("ſ")."""
    chars = " ".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    text = normalize(chars).text
    assert len(text.lower()) == len(text)
    assert "ſ" not in text and "İ" not in text
