"""Percents in running text."""

from __future__ import annotations

from decimal import Decimal

from unionextract import extract


def test_percents_in_a_sentence() -> None:
    text = "Tỷ lệ đoàn viên đạt 98,5%, tăng 2 phần trăm; trên 90% CĐCS và 5-7% doanh nghiệp."
    doc = extract(text, kinds=["percents"])
    got = [(p.text, p.value, p.low, p.high, p.qualifier) for p in doc.percents]
    assert got == [
        ("98,5%", Decimal("98.5"), Decimal("98.5"), Decimal("98.5"), "exact"),
        ("2 phần trăm", 2, 2, 2, "exact"),
        ("trên 90%", 90, 90, None, "over"),
        ("5-7%", None, 5, 7, "range"),
    ]
    for p in doc.percents:
        assert text[p.start : p.end] == p.text


def test_a_percent_is_not_a_count() -> None:
    doc = extract("100% hộ dân thôn Thống Nhất đồng thuận")
    assert [p.text for p in doc.percents] == ["100%"]
    assert doc.counts == ()


def test_vuot_is_a_verb_not_a_bound() -> None:
    doc = extract("Thu ngân sách vượt 5,2% dự toán", kinds=["percents"])
    assert [(p.text, p.qualifier) for p in doc.percents] == [("5,2%", "exact")]
