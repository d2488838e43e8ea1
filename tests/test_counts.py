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
    (c,) = extract("Công đoàn tặng 40 thùng sữa cho trường", kinds=["counts"]).counts
    assert (c.text, c.value, c.unit) == ("40 thùng sữa", 40, "thùng sữa")


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


# The counted noun phrase in context: (sentence, [(mention text, unit)]). Each stops before
# what follows the noun compound: adjectives, verbs, prepositions, proper names, places.
IN_CONTEXT = [
    ("42 đoàn viên thanh niên tham gia", [("42 đoàn viên thanh niên", "đoàn viên thanh niên")]),
    ("250 nhân viên văn phòng được tặng quà", [("250 nhân viên văn phòng", "nhân viên văn phòng")]),
    ("75 nhân viên y tế tuyến huyện", [("75 nhân viên y tế", "nhân viên y tế")]),
    ("25 lao động nữ được hỗ trợ", [("25 lao động nữ", "lao động nữ")]),
    ("Bà có 3 người cháu đang học đại học", [("3 người cháu", "người cháu")]),
    ("120 đoàn viên công đoàn xuất sắc", [("120 đoàn viên công đoàn", "đoàn viên công đoàn")]),
    ("37 lượt công nhân khó khăn", [("37 lượt công nhân", "lượt công nhân")]),
    ("16 cán bộ công đoàn tiêu biểu", [("16 cán bộ công đoàn", "cán bộ công đoàn")]),
    ("kết nạp 6 đoàn viên mới", [("6 đoàn viên", "đoàn viên")]),
    ("nhận 2.000 liều vắc xin Pfizer", [("2.000 liều vắc xin", "liều vắc xin")]),
    ("9.600 liều vắc-xin được phân bổ", [("9.600 liều vắc-xin", "liều vắc-xin")]),
    (
        "mua 30 máy lọc nước cho 15 bếp ăn",
        [("30 máy lọc nước", "máy lọc nước"), ("15 bếp ăn", "bếp ăn")],
    ),
    ("mở 14 trạm xét nghiệm lưu động", [("14 trạm xét nghiệm", "trạm xét nghiệm")]),
    ("về 12 trạm y tế xã", [("12 trạm y tế", "trạm y tế")]),
    ("có 3 điểm tiêm lưu động", [("3 điểm tiêm", "điểm tiêm")]),
    (
        "lập 15 khu điều trị bệnh nhân COVID-19",
        [("15 khu điều trị bệnh nhân", "khu điều trị bệnh nhân")],
    ),
    ("Xã lập 3 Tổ phản ứng nhanh", [("3 Tổ phản ứng", "Tổ phản ứng")]),
    ("5 cuộc lãn công tại các doanh nghiệp", [("5 cuộc lãn công", "cuộc lãn công")]),
    ("tổ chức 6 cuộc thi trực tuyến", [("6 cuộc thi", "cuộc thi")]),
    ("ghi nhận 120 ca mắc mới", [("120 ca mắc", "ca mắc")]),
    ("thêm 120 ca mắc COVID-19", [("120 ca mắc", "ca mắc")]),
    ("64 ca nhiễm trong ngày", [("64 ca nhiễm", "ca nhiễm")]),
    ("3 ca tại cộng đồng", [("3 ca", "ca")]),
    ("thêm 3 ca COVID-19", [("3 ca", "ca")]),
    ("78 F0 mới và 78 F0 đang điều trị", [("78 F0", "F0"), ("78 F0", "F0")]),
    ("20 mẫu dương tính, 20 mẫu âm tính", [("20 mẫu", "mẫu"), ("20 mẫu", "mẫu")]),
    ("bắn pháo hoa ở 12 điểm trên địa bàn", [("12 điểm", "điểm")]),
    ("19 tỉnh, thành đã giãn cách", [("19 tỉnh, thành", "tỉnh, thành")]),
    ("chia thành 4 vùng", [("4 vùng", "vùng")]),
    ("tụ tập 5 người nơi công cộng", [("5 người", "người")]),
    ("300 đại biểu tán thành, 300 đại biểu nhất trí", [("300 đại biểu", "đại biểu")] * 2),
    ("tổng số 500 người tham gia", [("500 người", "người")]),
    ("trong số 300 công nhân có", [("300 công nhân", "công nhân")]),
    ("mỗi tổ 10 người, mỗi đợt 50 người", [("10 người", "người"), ("50 người", "người")]),
    (
        "Cấp 100 thẻ bảo hiểm y tế cho 80 người cao tuổi",
        [("100 thẻ bảo hiểm y tế", "thẻ bảo hiểm y tế"), ("80 người cao tuổi", "người cao tuổi")],
    ),
    ("Công đoàn trao 65 suất quà Tết", [("65 suất quà", "suất quà")]),
    ("hỗ trợ 300 người lao động mất việc làm", [("300 người lao động", "người lao động")]),
    ("tặng 200 suất quà hàng tháng", [("200 suất quà", "suất quà")]),
    ("1.000 người dân thành phố", [("1.000 người dân", "người dân")]),
    ("20 hộ dân tổ 5", [("20 hộ dân", "hộ dân")]),
    ("có 42 doanh nghiệp nợ bảo hiểm xã hội", [("42 doanh nghiệp", "doanh nghiệp")]),
    ("4 xã, 2 phường", [("4 xã", "xã"), ("2 phường", "phường")]),
    ("9 vụ tai nạn làm 11 người chết", [("9 vụ tai nạn", "vụ tai nạn"), ("11 người", "người")]),
]


@pytest.mark.parametrize(("text", "expected"), IN_CONTEXT, ids=[t for t, _ in IN_CONTEXT])
def test_unit_is_the_noun_compound(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c[0], c[3]) for c in _counts(text)] == expected


def test_tagger_sees_a_window_of_a_long_clause() -> None:
    """A long clause is tagged by blocks (Context.tag_span): each word costs little."""
    import time

    text = "tặng 5 vé xem phim " * 800
    start = time.process_time()
    counts = extract(text, kinds=["counts"]).counts
    assert time.process_time() - start < 10
    assert len(counts) == 800
    assert {c.unit for c in counts} == {"vé xem phim"}


def _label_by_pattern(before: str) -> bool:
    """counts._is_label without its cheap first check: the pattern alone."""
    from unionextract.extractors import counts as c

    m = c._LABEL_BEFORE.search(before)
    if m is None:
        return False
    prev = (m.group("prev") or "").lower()
    return prev not in c._LABEL_CANCELLERS and prev not in c._LABELS[m.group("label").lower()]


@pytest.mark.parametrize("seed", range(30))
def test_label_check_equals_the_pattern(seed: int) -> None:
    import random

    from unionextract.extractors import counts as c

    rng = random.Random(seed)
    pieces = [*c._LABELS, *c._LABEL_CANCELLERS, "ĐIỀU", "Số", "x", "5", "ß", "\u0301", "ǅ"]
    for _ in range(200):
        before = "".join(
            rng.choice(pieces) + rng.choice(["", " ", "  ", "\n", " \n", "\n "])
            for _ in range(rng.randint(0, 4))
        )[-24:]
        assert c._is_label(before) == _label_by_pattern(before), repr(before)
