"""Counts in running text: units, "năm" as five or year, ordinals, labels and measures."""

from __future__ import annotations

import pytest

from unionextract import extract


def _counts(text: str) -> list[tuple[str, int | None, str, str]]:
    return [(c.text, c.value, c.qualifier, c.unit) for c in extract(text, kinds=["counts"]).counts]


def test_seed_sentence() -> None:
    text = (
        "LĐLĐ tỉnh tổ chức thăm hỏi, tặng 65 suất quà cho đoàn viên; 5 suất quà cho công nhân "
        "lao động bị tai nạn; quan tâm, giới thiệu 965 đoàn viên công đoàn ưu tú."
    )
    assert _counts(text) == [
        ("65 suất quà", 65, "exact", "suất quà"),
        ("5 suất quà", 5, "exact", "suất quà"),
        ("965 đoàn viên công đoàn", 965, "exact", "đoàn viên công đoàn"),
    ]
    for c in extract(text, kinds=["counts"]).counts:
        assert text[c.start : c.end] == c.text


def test_nam_as_five_and_as_year() -> None:
    assert _counts("Đoàn đã thăm năm hộ dân và tặng năm suất quà.") == [
        ("năm hộ dân", 5, "exact", "hộ dân"),
        ("năm suất quà", 5, "exact", "suất quà"),
    ]
    assert _counts("Trong năm người lao động được hỗ trợ; năm học sinh giỏi; năm 2021.") == []
    assert _counts("Qua 10 năm triển khai, 10 NĂM thực hiện") == []


def test_classifier_takes_the_noun_after_it() -> None:
    assert _counts("trao 12 chiếc xe máy và 200 cuốn sách") == [
        ("12 chiếc xe máy", 12, "exact", "chiếc xe máy"),
        ("200 cuốn sách", 200, "exact", "cuốn sách"),
    ]


def test_noun_outside_the_lexicon_is_found_by_segmentation() -> None:
    (c,) = extract("Công đoàn tặng 40 tủ sách cho trường", kinds=["counts"]).counts
    assert (c.text, c.value, c.unit) == ("40 tủ sách", 40, "tủ sách")


def test_qualifiers_ranges_and_tails() -> None:
    text = (
        "Hàng trăm hộ gia đình, trên 1.000 lượt học sinh, gần 300 công nhân, "
        "từ 5 đến 7 người và từ 50 đoàn viên trở lên"
    )
    got = [(c.text, c.value, c.low, c.high, c.qualifier) for c in extract(text).counts]
    assert got == [
        ("Hàng trăm hộ gia đình", None, 100, 1000, "range"),
        ("trên 1.000 lượt học sinh", 1000, 1000, None, "over"),
        ("gần 300 công nhân", 300, None, 300, "nearly"),
        ("từ 5 đến 7 người", None, 5, 7, "range"),
        ("từ 50 đoàn viên trở lên", 50, 50, None, "at_least"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "đợt bùng phát dịch lần thứ 4 đã tác động",
        "nhiệm kỳ Đại hội XIII của Đảng, khóa XII",
        "yêu cầu thực hiện một số nội dung sau",
        "trồng và chăm sóc 5km hoa, 20 ha lúa, 3 tấn gạo",
        "người lao động là F0, Fl, F2 bị ảnh hưởng bởi dịch Covid-19",
        "theo Điều 5 luật, thôn 3 xã Hà Mòn, 60 tuổi, trong 3 ngày",
        "hỗ trợ 125 triệu đồng, 100% hộ dân, ngày 21/7/2021",
    ],
)
def test_not_counts(text: str) -> None:
    assert _counts(text) == []


def test_money_is_never_a_count() -> None:
    doc = extract("tặng 500 suất quà trị giá 500.000 đồng/suất")
    assert [c.text for c in doc.counts] == ["500 suất quà"]
    assert [(m.text, m.per) for m in doc.money] == [("500.000 đồng/suất", "suất")]
