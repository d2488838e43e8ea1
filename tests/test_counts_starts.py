"""Counts tried per rule only where that rule can match (extractors/counts_starts.py): the same
candidates as the anchored run of every rule at every anchor, and as a full scan (issue #7)."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.corpus import counts as counts_corpus
from tests.test_linear_time import FAMILIES, SMALL, nonlinear
from unionextract import quantity
from unionextract.context import Context
from unionextract.extractors import counts, counts_starts
from unionextract.extractors.counts_phrase import ROLES
from unionextract.extractors.counts_starts import FIGURE_GATE, trie
from unionextract.normalize import normalize
from unionextract.numbers import NUMBER_WORDS

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = sorted((ROOT / "fixtures").glob("*.txt"))
GAZETTE = ROOT.parent / "shared" / "corpus" / "legal_gazette_public.jsonl"


def _rows(cands: Any) -> list[tuple[Any, ...]]:
    return [(c.kind, c.start, c.end, c.rule, c.priority, sorted(c.fields.items())) for c in cands]


def _check(text: str) -> None:
    ctx = Context(normalize(text), None)
    got = _rows(counts.extract(ctx))
    assert got == _rows(quantity.run_anchored(counts.RULES, ctx, counts.ANCHORS))
    assert got == _rows(quantity.run(counts.RULES, ctx))


HOSTILE = [
    "Điều 5. trên 30 người, 5-7 hộ, 5 - 7 hộ, 5 ~ 7 hộ, hàng trăm hộ, từ 5 đến 7 người",
    "1 000 người, 12 000 000 lượt, 1.000 người, 1,5 nghìn người, 38,5 triệu lượt, 1tr2 người",
    "5người 5tr người 5 Tổ COVID 5 Người 5  người 5\tngười 5,người 5.người 5-người",
    "1,,1,,1 người 1..2 hộ 1-2-3 người 1.000.000.000 hộ 12-12 người 2021-2025 người",
    "năm sáu người, hai ba hộ, một trăm linh năm hộ, tư nhân, không một người nào",
    "khoảng 30 - 40 hộ dân; giữa 5 và 7 người; trong khoảng 5 đến 7 ca; vài chục người",
    "Năm 2021 có 30 bếp, 800 bao gạo, 200 vé máy bay; năm 2020: 50 bình chữa cháy",
    "٣ người, ٣٠ hộ, 5² người, ²5 người, x5 người, 5x người",
    "Straße 5 người, trên ß 5 hộ, KHOẢNG 30 NGƯỜI",  # case folding changes the length
    "ſáu người, Ba hộ, BẢY người, khoảnǵ 5 người, ́năm người, năḿ người",
    "trên 5%, trên 5/7 người, khoảng 5-7-9 hộ, từ 2021 đến 2025 người, từ Điều 5 đến 7 hộ",
    "không quá 30 người, không 5 người, KHÔNG QUÁ năm hộ, từ năm đến bảy người, năm - bảy hộ",
    "năm 2021 có năm người, Năm năm người, hai mươi mốt hai mươi mốt người, ba phẩy 5 triệu hộ",
    "mười lăm    người, năm     người, 5     năm người, hai rưỡi người, trăm người, tư nhân",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_gated_equals_anchored_on_hostile_text(text: str) -> None:
    _check(text)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_gated_equals_anchored_on_fixtures(path: Path) -> None:
    _check(path.read_text(encoding="utf-8"))


def test_gated_equals_anchored_on_the_counts_corpus() -> None:
    for _, group in counts_corpus.POSITIVE:
        for surface in group:
            _check(surface)
    for surface in counts_corpus.NEGATIVE:
        _check(surface)


_PIECES = [
    *list(ROLES)[:60],
    *list(counts._NOT_UNITS)[:40],
    *counts._STOPS[:40],
    *[w.capitalize() for w in list(ROLES)[:20]],
    *NUMBER_WORDS,
    *quantity.QUALIFIER_WORDS,
    *quantity.RANGE_WORDS,
    *quantity.MAGNITUDE_WORDS,
    *quantity.TAIL_WORDS,
    *[
        "5",
        "12",
        "007",
        "38,5",
        "38.5",
        "1.200",
        "1.200.000",
        "150,000",
        "12",
        "000",
        "1tr2",
        "5tr",
        "500k",
        "2021",
        "1,,1",
        "٣",
    ],
    *[
        "người",
        "hộ",
        "Tổ",
        "COVID",
        "bếp",
        "máy",
        "thở",
        "Điều",
        "khoản",
        "năm",
        "x",
        "F0",
        "Người",
        "HỘ",
    ],
    *[":", ",", ".", ";", "(", ")", "-", "–", "~", "/", "%", "$", "_"],
]
_SEPARATORS = ["", " ", " ", " ", "  ", "-", ","]


@pytest.mark.parametrize("seed", range(80))
def test_gated_equals_anchored_on_generated_text(seed: int) -> None:
    rng = random.Random(seed)
    _check("".join(rng.choice(_PIECES) + rng.choice(_SEPARATORS) for _ in range(60)))


@pytest.mark.skipif(not GAZETTE.is_file(), reason="shared corpus not beside the repository")
def test_gated_equals_anchored_on_the_gazette() -> None:
    with GAZETTE.open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for _, line in zip(range(4), f, strict=False)]
    for text in texts:
        ctx = Context(normalize(text), None)
        got = _rows(counts.extract(ctx))
        assert got == _rows(quantity.run_anchored(counts.RULES, ctx, counts.ANCHORS))


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_gated_equals_anchored_on_adversarial_families(family: str) -> None:
    _check(FAMILIES[family](600))


def test_the_gates_drop_what_cannot_count() -> None:
    text = (
        "Điều 5. ngày 12/3/2021, Covid-19, 5%, 12-12-12, 1 000 người, 5-7 hộ, 30 bếp, 7 Tổ, "
        "5 của, 12 tháng, 3 Điều, 5 triệu người, 5 đến 7 người"
    )
    starts = counts.ANCHORS.starts(text)
    number_unit, figure_noun, ranges, magnitude = counts.STARTS.of_anchors(text, starts)
    # "điều" begins a counted noun ("điều dưỡng"), "Điều" none (they are matched with their
    # case); "triệu" after a figure is its scale
    assert sorted({text[s : s + 5] for s in number_unit}) == [
        "000 n", "1 000", "5 tri", "7 Tổ,", "7 hộ,", "7 ngư"
    ]  # fmt: skip
    # not before a counted noun ("người"), a stop ("đến"), a capital ("Tổ")
    assert sorted({text[s : s + 5] for s in figure_noun}) == ["1 000", "30 bế", "5 tri"]
    assert sorted({text[s : s + 5] for s in ranges}) == ["1 000", "5 tri", "5 đến", "5-7 h"]
    assert magnitude == []
    assert (number_unit, figure_noun, ranges, magnitude) == counts.STARTS.find(text)


def _gate_everywhere(text: str) -> object:
    """The gate tried at every position (a stricter load than at the figures)."""
    gate = FIGURE_GATE.match
    return [gate(text, i) for i in range(len(text))]


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_the_gates_are_linear(family: str) -> None:
    assert nonlinear(counts.STARTS.find, FAMILIES[family], SMALL) is None
    anchored = lambda t: counts.STARTS.of_anchors(t, counts.ANCHORS.starts(t))  # noqa: E731
    assert nonlinear(anchored, FAMILIES[family], SMALL) is None
    assert nonlinear(_gate_everywhere, FAMILIES[family], SMALL) is None


def _texts() -> list[str]:
    out = [*HOSTILE, *(p.read_text(encoding="utf-8") for p in FIXTURES)]
    for seed in range(20):
        rng = random.Random(seed)
        out.append("".join(rng.choice(_PIECES) + rng.choice(_SEPARATORS) for _ in range(60)))
    return out


def test_found_starts_are_anchored_starts() -> None:
    """Found without the anchors: a subset of the anchors' per rule (lead words before no
    number that can begin a count are left out), the same where case folding keeps length."""
    for raw in _texts():
        text = normalize(raw).text
        found = counts.STARTS.find(text)
        if found is None:
            assert len(text.casefold()) != len(text)
            continue
        anchored = counts.STARTS.of_anchors(text, counts.ANCHORS.starts(text))
        for got, want in zip(found, anchored, strict=True):
            assert set(got) <= set(want)
            assert got == sorted(got)


def test_case_folding_that_changes_length_reads_the_anchors() -> None:
    assert counts.STARTS.find("Straße 5 người") is None
    _check("Straße: 5 người, khoảng 30 hộ")


@pytest.mark.parametrize("seed", range(20))
def test_the_trie_matches_what_the_alternation_longest_first_matches(seed: int) -> None:
    rng = random.Random(seed)
    words = sorted(
        {"".join(rng.choice("abcă ") for _ in range(rng.randint(1, 4))) for _ in range(12)}
    )
    words = [w for w in words if w]
    text = "".join(rng.choice("abcăx ") for _ in range(400))
    flat = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    assert [m.span() for m in re.finditer(trie(words), text)] == [
        m.span() for m in flat.finditer(text)
    ]


_ATOMS = [
    *"0123456789 ,.-–~/%:\n",
    *["người", "hộ", "Tổ", "bếp", "năm", "hai", "mươi", "trăm", "triệu", "khoảng", "từ", "đến"],
    *["không", "quá", "trên", "hàng", "vài", "chục", "và", "giữa", "Điều", "của", "phẩy", "tr"],
    *["ß", "İ", "ǅ", "ſáu", "²", "٣", "\u0301", "\u00a0", "F0", "COVID", "x", "Người"],
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_ATOMS), max_size=24).map("".join))
def test_gated_equals_anchored_on_random_text(text: str) -> None:
    _check(text)


def test_a_letter_before_which_the_search_drops_a_word_is_a_letter() -> None:
    """The word search drops a word followed, in the case-folded text, by a Vietnamese or
    ASCII lower-case letter: every character that case-folds to one is a letter itself, so
    the word was no whole run."""
    lower = set(re.sub("a-z", "abcdefghijklmnopqrstuvwxyz", counts_starts.VIETNAMESE_LOWER))
    letter = regex.compile(r"\p{L}", regex.V1)
    for code in range(0x110000):
        c = chr(code)
        if c.casefold() in lower:
            assert letter.fullmatch(c), hex(code)


def test_a_lead_word_that_cannot_go_on_begins_nothing() -> None:
    """A lead word followed by a word that no lead, number or scale word begins ("từ ngày",
    "không chuyên trách") is no start; one followed by such a word, or by a figure, is."""
    text = "từ ngày 01 tháng 7, trên 5 người, không quá 7 hộ, không chuyên trách 5 người"
    starts = counts.STARTS.find(text)
    assert starts is not None
    every = set().union(*starts)
    assert text.index("từ") not in every
    assert text.index("không chuyên") not in every
    assert {text.index("trên"), text.index("không quá")} <= every
    _check(text)
