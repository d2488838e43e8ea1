"""The starts find keeps only where the rest of a rule may follow (extractors/counts_starts.py):
a lead word only with a rule its number may begin, a range only where its separator goes on
to a second number that a counted noun may follow. The same candidates as the anchored run
and as a full scan (issue #7)."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_counts_starts import _check
from tests.test_linear_time import SMALL, nonlinear
from unionextract.extractors import counts, counts_starts, counts_words

REFINED = [
    "1 và khoản 2 Điều 3, 2 và 3 người, 01 cho 06 tháng, 5 cho đến 7 người, 5 cho 7 người",
    "5 đến hai người, 5 đến  7 người, 5 đến7 người, 5 đếnhai người, 5 tới 1 000 người",
    "5 - hai người, 5-CT/TW, 5 -  1 000 người, 5 - 7 tháng, 5-7 Tổ COVID, 5 ~ 7 triệu người",
    "5 - 7 - 9 hộ, 5 - 7-9 hộ, 5 và 7 và 9 người, 5 đến 7 đến 9 người, 5- ba mươi người",
    "trên 30 người, 5-7 hộ, tối đa không quá 6 người, không quá ba người, không quá 5 tháng",
    "trên không hoặc 100 m, từ 50 tỷ đến dưới 100 tỷ người, hàng trăm người, hàng năm",
    "khoảng từ 5 đến 7 hộ, giữa 5 và 7 người, trong khoảng 5 đến 7 ca, không hai người",
    "trên 5 tháng 30 người, khoảng 5, 7 người, từ năm đến bảy người, từ năm 2021 đến 7 hộ",
    "hơn ba trăm người, gần 1.000 lượt, trên 1,5 triệu người, khoảng hai chục hộ, vài trăm hộ",
    "năm và sáu người, năm - sáu hộ, năm cho đến sáu người, tư và bảy hộ, ba - 7 người",
    "không quá 5 bếp, trên 30 bếp, khoảng 12 suất quà, trên  30   người, từ   5  đến  7 hộ",
    "KHOẢNG 30 - 40 HỘ, Trên 30 người, TỪ 5 ĐẾN 7 NGƯỜI, Không Quá 5 Người, Hàng Trăm hộ",
]


@pytest.mark.parametrize("text", REFINED)
def test_refined_starts_give_the_anchored_candidates(text: str) -> None:
    _check(text)


def test_the_refinements_drop_starts() -> None:
    text = "1 và khoản 2, 01 cho 06 tháng, 52-CT/TW, trong năm 2021, trên 15 năm, 5 - 7 người"
    unit, noun, ranges, _ = counts.STARTS.find(text) or ((), (), (), ())
    assert [text[s : s + 6] for s in ranges] == ["5 - 7 "]
    assert text.index("trong") not in {*unit, *noun, *ranges}
    assert text.index("trên") not in unit  # "15 năm": no counted noun
    _check(text)


_PIECES = [
    *["5", "12", "1.000", "1 000", "2021", "7", "38,5", "ba", "năm", "hai", "mươi", "không"],
    *["và", "đến", "tới", "cho", "cho đến", "-", "~", "–", "từ", "giữa", "khoảng", "trong"],
    *["trên", "hơn", "quá", "tối đa", "hàng", "vài", "trăm", "chục", "triệu", "tỷ"],
    *["người", "hộ", "Tổ", "bếp", "tháng", "năm", "khoản", "Điều", "CT", "Người", "x"],
]
_SEPARATORS = ["", " ", " ", " ", " ", "  ", "-", ",", "/"]


@pytest.mark.parametrize("seed", range(120))
def test_refined_starts_on_generated_ranges_and_leads(seed: int) -> None:
    rng = random.Random(seed)
    _check("".join(rng.choice(_PIECES) + rng.choice(_SEPARATORS) for _ in range(40)))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*_PIECES, " ", "  ", "-", ","]), max_size=20).map(" ".join))
def test_refined_starts_on_random_ranges_and_leads(text: str) -> None:
    _check(text)


def test_chains_of_ranges_stay_linear() -> None:
    def chain(n: int) -> str:
        return "".join(f"{i % 10} {('và', 'đến', '-')[i % 3]} " for i in range(n // 6))

    def leads(n: int) -> str:
        return "trên không quá " * (n // 15)

    assert nonlinear(counts.STARTS.find, chain, SMALL) is None
    assert nonlinear(counts.STARTS.find, leads, SMALL) is None


_ENDINGS = ["", " ", "  ", ",", " ,", "5", " 5", " -", "-", "~", " x", "x", ".", " (", "\n", " \n"]


@pytest.mark.parametrize("ending", _ENDINGS)
def test_a_number_word_seen_to_end_begins_no_rule(ending: str) -> None:
    """Where find skips a number word that begins no lead word from the characters after
    it, :meth:`RuleStarts.word` gives no rule."""
    for w in sorted(counts_starts._NUMBER_ONLY):
        for text in (w + ending, "có " + w + ending + " người"):
            s = text.index(w)
            if counts_words._ends_number(text, s + len(w)):
                assert counts.STARTS.word(text, s, w, s + len(w)) == 0, text
            _check(text)
