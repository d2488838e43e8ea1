"""Document numbers in context: offsets, neighbours, issued_on/issued_by, PDF text, speed."""

from __future__ import annotations

import time

import pytest

from unionextract import extract
from unionextract.context import Context
from unionextract.extractors import document_numbers
from unionextract.extractors.document_numbers_link import link
from unionextract.normalize import normalize
from unionextract.rules import Candidate

KINDS = ["document_numbers", "dates"]


def _numbers(text: str, kinds: list[str] | None = None) -> list[tuple[str, str]]:
    doc = extract(text, kinds=kinds or KINDS)
    for m in doc.document_numbers:
        assert doc.text[m.start : m.end] == m.text
    return [(m.text, m.symbol) for m in doc.document_numbers]


def test_seed_sentence_numbers_and_dates() -> None:
    text = (
        "Thực hiện Công văn số 294- CV/TU, ngày 21/7/2021 của Tỉnh ủy Lai Châu và Công văn số "
        "233-CV/BCSD, ngày 26/7/2021 của Ban cán sự Đảng UBND tỉnh Lai Châu về việc tăng cường."
    )
    doc = extract(text, kinds=KINDS)
    got = [(m.text, m.symbol, m.issued_on) for m in doc.document_numbers]
    assert got == [
        ("294- CV/TU", "294-CV/TU", "2021-07-21"),
        ("233-CV/BCSD", "233-CV/BCSĐ", "2021-07-26"),
    ]


def _cand(kind: str, text: str, needle: str, **fields: object) -> Candidate:
    start = text.index(needle)
    return Candidate(kind, start, start + len(needle), "test", dict(fields))


def test_link_issued_by_and_coordination() -> None:
    text = (
        "Nghị quyết số 78/NQ-CP, Nghị quyết số 79/NQ-CP của Chính phủ; "
        "Kết luận số 07-KL/TW, ngày 11/6/2021 của Bộ Chính trị và Quyết định 12/QĐ-UBND."
    )
    ctx = Context(normalize(text), None)
    cands = sorted(
        [
            _cand("document_number", text, "78/NQ-CP", symbol="78/NQ-CP"),
            _cand("document_number", text, "79/NQ-CP", symbol="79/NQ-CP"),
            _cand("organization", text, "Chính phủ"),
            _cand("document_number", text, "07-KL/TW", symbol="07-KL/TW"),
            _cand("date", text, "ngày 11/6/2021", value="2021-06-11", grain="day"),
            _cand("organization", text, "Bộ Chính trị"),
            _cand("document_number", text, "12/QĐ-UBND", symbol="12/QĐ-UBND"),
        ],
        key=lambda c: c.start,
    )
    out = {c.fields["symbol"]: c.fields for c in link(cands, ctx) if c.kind == "document_number"}
    assert out["78/NQ-CP"].get("issued_by") == "Chính phủ"
    assert out["79/NQ-CP"].get("issued_by") == "Chính phủ"
    assert out["78/NQ-CP"].get("issued_on") is None
    assert out["07-KL/TW"]["issued_on"] == "2021-06-11"
    assert out["07-KL/TW"]["issued_by"] == "Bộ Chính trị"
    assert "issued_by" not in out["12/QĐ-UBND"] and "issued_on" not in out["12/QĐ-UBND"]


def test_link_title_before_body_and_broken_line() -> None:
    text = "Thông tư số 17/2023/TT-BLĐTBXH ngày 29 tháng 12 năm 2023\ncủa Bộ \ntrưởng Bộ Tài chính"
    ctx = Context(normalize(text), None)
    cands = [
        _cand("document_number", text, "17/2023/TT-BLĐTBXH", symbol="x"),
        _cand("date", text, "ngày 29 tháng 12 năm 2023", value="2023-12-29", grain="day"),
        _cand("organization", text, "Bộ Tài chính"),
    ]
    (num,) = [c for c in link(cands, ctx) if c.kind == "document_number"]
    assert num.fields["issued_on"] == "2023-12-29"
    assert num.fields["issued_by"] == "Bộ Tài chính"


def test_link_ignores_far_or_unrelated_neighbours() -> None:
    text = "Quyết định số 12/QĐ-UBND đã nêu rõ trách nhiệm; ngày 5/1/2022 của Chính phủ"
    ctx = Context(normalize(text), None)
    cands = [
        _cand("document_number", text, "12/QĐ-UBND", symbol="x"),
        _cand("date", text, "ngày 5/1/2022", value="2022-01-05", grain="day"),
        _cand("organization", text, "Chính phủ"),
    ]
    (num,) = [c for c in link(cands, ctx) if c.kind == "document_number"]
    assert "issued_on" not in num.fields and "issued_by" not in num.fields


def test_link_is_fast_on_many_mentions() -> None:
    text = "Nghị định số 1/2020/NĐ-CP ngày 5/1/2020 của Chính phủ. " * 4000
    ctx = Context(normalize(text), None)
    cands: list[Candidate] = []
    step = len("Nghị định số 1/2020/NĐ-CP ngày 5/1/2020 của Chính phủ. ")
    for k in range(4000):
        base = k * step
        cands.append(Candidate("document_number", base + 13, base + 25, "n", {"symbol": "s"}))
        cands.append(
            Candidate("date", base + 26, base + 39, "d", {"value": "2020-01-05", "grain": "day"})
        )
        cands.append(Candidate("organization", base + 44, base + 53, "o", {}))
    t0 = time.perf_counter()
    out = link(cands, ctx)
    assert time.perf_counter() - t0 < 2.0
    nums = [c for c in out if c.kind == "document_number"]
    assert all(c.fields["issued_by"] == "Chính phủ" for c in nums)
    assert all(c.fields["issued_on"] == "2020-01-05" for c in nums)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Số: 01/2022/TTLT-VKSNDTC-\nTANDTC-BCA-BQP-BLĐTBXH \nHà Nội",
            "01/2022/TTLT-VKSNDTC-TANDTC-BCA-BQP-BLĐTBXH",
        ),
        ("theo Nghị định số 142/2025/NĐ-\nCP) được công bố", "142/2025/NĐ-CP"),
        ("Nghị quyết số \n140/NQ-CP2 \n \n1 Nghị quyết", "140/NQ-CP"),
        ("Số:  128/2026/NĐ-CP \nCỘNG HÒA", "128/2026/NĐ-CP"),
        ("Nghị quyết số: 78/2025/UBTVQH15 \n", "78/2025/UBTVQH15"),
        ("Báo cáo thẩm tra số 436/BC-UBVHXH15 ngày 15/5/2025", "436/BC-UBVHXH15"),
    ],
)
def test_pdf_text(text: str, expected: str) -> None:
    assert [s for _, s in _numbers(text)] == [expected]


def test_footnote_mark_left_out_of_the_span() -> None:
    text = "Nghị quyết số 140/NQ-CP2 và Chương trình số 12-CTr/BCĐ3"
    assert _numbers(text) == [("140/NQ-CP", "140/NQ-CP"), ("12-CTr/BCĐ", "12-CTr/BCĐ")]


@pytest.mark.parametrize(
    "text",
    [
        "CÔNG BÁO/Số 851 + 852/Ngày 01-7-2025 \n3",
        "Tờ khai theo Mẫu số 01/TCKT và Phụ lục",
        "thay thế Mẫu số 05/TNDN ban hành kèm theo",
        "QCVN 06:2012/BLĐTBXH được ban hành",
        "tiền ăn 30.000 đồng/người/ngày, 24/7, tỷ lệ 1/2",
        "hotline 1900.1234, biển số 29A-123.45, F0, Covid-19, 5K",
        "nhiệm kỳ 2023-2028, giai đoạn 2021-2025, ngày 21/7/2021",
        "Keyword=88/2022/N%C4%90-CP",
    ],
)
def test_not_numbers_in_context(text: str) -> None:
    assert _numbers(text) == []


def test_numbers_beside_other_kinds() -> None:
    text = "Theo Quyết định số 1234/QĐ-UBND ngày 5/1/2022, LĐLĐ tỉnh trao 65 suất quà (38,5 triệu đồng)."
    doc = extract(text)
    assert [m.symbol for m in doc.document_numbers] == ["1234/QĐ-UBND"]
    assert [d.value for d in doc.dates] == ["2022-01-05"]
    assert doc.document_numbers[0].issued_on == "2022-01-05"


@pytest.mark.parametrize(
    "text",
    [
        "1/" * 20000,
        "1-" * 20000 + "/",
        "12/" + "A-" * 20000,
        "12/" + "A- \n" * 10000,
        "7-" + "ABCDE/" * 10000,
        "Mẫu số " + "01, " * 10000 + "12/QĐ-UBND",
        "12/2020/" * 10000,
        "a" * 50000 + "12/QĐ",
    ],
)
def test_linear_on_adversarial_input(text: str) -> None:
    ctx = Context(normalize(text), None)
    t0 = time.perf_counter()
    document_numbers.extract(ctx)
    assert time.perf_counter() - t0 < 2.0
