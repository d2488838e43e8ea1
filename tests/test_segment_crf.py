"""The cheaper feeding of underthesea's CRF models gives underthesea's own features and words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unionextract import segment, segment_crf
from unionextract.normalize import normalize

GAZETTE = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
GAZETTE = GAZETTE / "legal_gazette_public.jsonl"


def _underthesea_ws() -> tuple[object, object]:
    """underthesea's word-segmentation model (featurizer and tagger) and its tokenizer."""
    import underthesea
    from underthesea.pipeline import word_tokenize as module

    underthesea.word_tokenize("x")
    return module.word_tokenize_model, module.regex_tokenize


def _segmenter() -> segment_crf._WordSegmenter:
    segmenter = segment_crf.word_segmenter()
    assert isinstance(segmenter, segment_crf._WordSegmenter), "underthesea is not the known one"
    return segmenter


def _check(chunk: str) -> None:
    """Syllables, feature rows and words equal underthesea's for ``chunk``."""
    import underthesea

    model, tokenizer = _underthesea_ws()
    segmenter = _segmenter()
    syllables = tokenizer.tokenize(chunk)  # type: ignore[attr-defined]
    assert segmenter.syllables(chunk) == syllables
    want = model.featurizer.process([[[t] for t in syllables]])[0]  # type: ignore[attr-defined]
    assert [list(row) for row in segmenter.features(syllables)] == want
    assert segmenter(chunk) == underthesea.word_tokenize(chunk)


def test_the_cheaper_segmenter_is_active() -> None:
    _segmenter()
    assert segment_crf.pos_tagger() is not None


@pytest.mark.parametrize(
    "chunk",
    [
        "x",
        "Hệ số điều chỉnh",
        "Ngày 27/7/2021, LĐLĐ tỉnh Phú Yên trao 65 suất quà (38,5 triệu đồng).",
        "ΑΣ Σ σ ΣΑ aΣ. Ǆ ǅ ǆ İ ß ﬁ",  # final sigma, title-case letters, long lower cases
        "+12 -3 2147483647 2147483648 ١٢ ²",  # what parses as an i32
        "Điều 5. TP. Hồ Chí Minh\nvà các Sở, ngành ... F0, F1 — hơn 1.000 ca; v.v.",
        "ð Ð nghành baì 1 2 3",  # underthesea's character and token normalization
        "",
        "  \n ",
    ],
)
def test_segmenter_equals_underthesea(chunk: str) -> None:
    _check(chunk)


syllables = st.lists(
    st.sampled_from(
        [
            "Hà",
            "Nội",
            "hà",
            "nội",
            "Σ",
            "ΑΣ",
            "1",
            "+2",
            "9999999999",
            ".",
            ",",
            "Tp.",
            "công",
            "nhân",
            "Công",
            "Nhân",
            "ǅ",
            "x",
            "(",
            "v.v",
            "đ",
            "ĐĐ",
            "-",
            "–",
            "\n",
        ]
    ),
    max_size=12,
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(syllables)
def test_segmenter_equals_underthesea_on_random_text(chunk: str) -> None:
    _check(chunk)


def test_forgetting_windows_gives_the_same_rows() -> None:
    """Kept windows are a cache: rows built from them equal rows built afresh."""
    segmenter = _segmenter()
    chunk = "Ủy ban nhân dân tỉnh Phú Yên và Ủy ban nhân dân tỉnh Lai Châu"
    words = segmenter.syllables(chunk)
    first = segmenter.features(words)
    assert segmenter.features(words) == first
    segment_crf.forget()
    assert segmenter.kept[1] == {} and segmenter.values == {}
    assert segmenter.features(words) == first


@pytest.mark.skipif(not GAZETTE.is_file(), reason="shared corpus not beside the repository")
def test_segmenter_equals_underthesea_on_gazette_sentences() -> None:
    with GAZETTE.open(encoding="utf-8") as f:
        texts = [
            normalize(json.loads(line)["text"]).text for _, line in zip(range(4), f, strict=False)
        ]
    for text in texts:
        for s, e in segment.sentences(text)[:60]:
            _check(text[s : min(e, s + 400)])
