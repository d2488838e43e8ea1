"""Dates in context: offsets, neighbours, years from partners and references, lunar, speed."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from unionextract import extract
from unionextract.extractors import dates

REF = dt.date(2021, 7, 27)


def _found(text: str, ref: dt.date | None = REF) -> list[tuple[str, str, str | None]]:
    doc = extract(text, reference_date=ref)
    for d in doc.dates:
        assert doc.text[d.start : d.end] == d.text
    return [(d.text, d.value, d.until) for d in doc.dates]


def test_place_date_line_keeps_ngay_not_place() -> None:
    assert _found("Lai Châu, ngày 27 tháng 7 năm 2021") == [
        ("ngày 27 tháng 7 năm 2021", "2021-07-27", None)
    ]
    assert _found("TP. Hồ Chí Minh, ngày 29 tháng 6 năm 2019") == [
        ("ngày 29 tháng 6 năm 2019", "2019-06-29", None)
    ]


def test_citation_dates_beside_document_numbers() -> None:
    text = (
        "Thực hiện Công văn số 294- CV/TU, ngày 21/7/2021 của Tỉnh ủy Lai Châu và "
        "Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ"
    )
    assert _found(text) == [
        ("ngày 21/7/2021", "2021-07-21", None),
        ("ngày 14/12/2020", "2020-12-14", None),
    ]


def test_covid_news_day_month_dates_take_the_reference_year() -> None:
    text = (
        "Sáng 27/7, Bộ Y tế cho biết từ 18h ngày 26/7 đến 6h ngày 27/7 ghi nhận 3.000 ca. "
        "Từ ngày 19-7, TP thực hiện giãn cách; đợt dịch thứ 4 (từ ngày 27/4/2021) "
        "đến nay. Hôm qua (26/7) có 8 tỉnh; trong ngày 25 và 26/7 không có ca mới."
    )
    assert _found(text) == [
        ("27/7", "2021-07-27", None),
        ("ngày 26/7", "2021-07-26", None),
        ("ngày 27/7", "2021-07-27", None),
        ("ngày 19-7", "2021-07-19", None),
        ("ngày 27/4/2021", "2021-04-27", None),
        ("Hôm qua", "2021-07-26", None),
        ("26/7", "2021-07-26", None),
        ("ngày 25", "2021-07-25", None),
        ("26/7", "2021-07-26", None),
    ]


def test_thanh_nien_style_dots() -> None:
    text = "Sáng 27.7, TP ghi nhận 2.5 lần số ca; từ 24.7 đến 31.7 giãn cách, giá tăng 1.5 triệu."
    assert _found(text) == [
        ("27.7", "2021-07-27", None),
        ("từ 24.7 đến 31.7", "2021-07-24", "2021-07-31"),
    ]


def test_without_reference_the_year_stays_unknown_and_relatives_are_dropped() -> None:
    assert _found("ngày 27/7 và tháng 8", ref=None) == [
        ("ngày 27/7", "--07-27", None),
        ("tháng 8", "--08", None),
    ]
    assert _found("hôm qua, tuần tới, năm nay, thứ Hai", ref=None) == []
    (d,) = extract("ngày 29/2", reference_date=None).dates
    assert (d.year, d.month, d.day) == (None, 2, 29)


def test_range_years_come_from_the_partner() -> None:
    assert _found("từ ngày 20/4 đến ngày 30/4/2022", ref=None) == [
        ("từ ngày 20/4 đến ngày 30/4/2022", "2022-04-20", "2022-04-30")
    ]
    assert _found("từ 25/12 đến 5/1/2022", ref=None) == [
        ("từ 25/12 đến 5/1/2022", "2021-12-25", "2022-01-05")
    ]
    assert _found("từ 24-7 đến 31-7", ref=None) == [("từ 24-7 đến 31-7", "--07-24", "--07-31")]


def test_lists_share_the_month_or_the_year() -> None:
    assert _found("trong ngày 25 và 26/7 và tháng 12 và 1/2022") == [
        ("ngày 25", "2021-07-25", None),
        ("26/7", "2021-07-26", None),
        ("tháng 12", "2021-12", None),
        ("1/2022", "2022-01", None),
    ]


def test_year_lists_iso_days_and_datelines() -> None:
    assert _found("trong các năm 2019, 2020 và 2021") == [
        ("năm 2019", "2019", None),
        ("2020", "2020", None),
        ("2021", "2021", None),
    ]
    assert _found("Cập nhật 2021-07-27") == [("2021-07-27", "2021-07-27", None)]
    assert _found("Hà Nội, 26-7 (PV) - Bộ Y tế thắng 3-1") == [("26-7", "2021-07-26", None)]


def test_a_backwards_range_is_not_one_mention() -> None:
    assert _found("từ 30/4/2022 đến 20/4/2022") == [
        ("30/4/2022", "2022-04-30", None),
        ("20/4/2022", "2022-04-20", None),
    ]


def test_terms_and_periods() -> None:
    assert _found("Đại hội Công đoàn tỉnh nhiệm kỳ 2023 - 2028 thành công") == [
        ("nhiệm kỳ 2023 - 2028", "2023", "2028")
    ]
    assert _found("Kế hoạch 2021-2025 của tỉnh") == [("2021-2025", "2021", "2025")]
    assert _found("nhiệm kỳ Đại hội XIII của Đảng") == []
    assert _found("trong 6 tháng đầu năm 2022, công đoàn") == [
        ("6 tháng đầu năm 2022", "2022-01", "2022-06")
    ]


def test_seed_not_dates() -> None:
    text = (
        "Qua 10 năm triển khai phong trào. Trong những năm qua, hàng năm, "
        "đợt bùng phát dịch lần thứ 4 của dịch Covid-19, trực 24/7, chiếm 2/3 số đoàn viên."
    )
    assert _found(text) == []


def test_lunar_dates_are_marked() -> None:
    (d,) = extract("Tết Trung thu 15/8 âm lịch", reference_date=REF).dates
    assert (d.text, d.value, d.lunar) == ("15/8 âm lịch", "2021-08-15", True)
    (d,) = extract("rằm tháng Giêng").dates
    assert (d.value, d.lunar) == ("--01-15", True)
    (d,) = extract("ngày 15/8").dates
    assert d.lunar is False


def test_line_broken_dates_in_gazette_text() -> None:
    text = "Căn cứ Thông tư số 01/2025/TT-BTC ngày 13 tháng \n6 năm 2025 của Bộ Tài chính"
    assert _found(text) == [("ngày 13 tháng \n6 năm 2025", "2025-06-13", None)]
    text = "từ ngày 07 tháng 02 đến ngày 13 tháng 02 \nnăm 2026, đồng chí Y"
    assert _found(text) == [
        ("từ ngày 07 tháng 02 đến ngày 13 tháng 02 \nnăm 2026", "2026-02-07", "2026-02-13")
    ]


def test_a_recurring_date_has_no_year() -> None:
    assert _found("Quý I hằng năm, báo cáo; ngày 14/4 hàng năm") == [
        ("Quý I", "--Q1", None),
        ("ngày 14/4", "--04-14", None),
    ]


def test_anaphoric_periods_are_not_resolved_against_the_reference() -> None:
    text = "so với năm trước liền kề; tiền lương của tháng trước khi nghỉ việc; năm trước tăng 5%"
    assert _found(text) == [("năm trước", "2020", None)]


def test_weekday_with_date_is_one_mention() -> None:
    assert _found("Thứ Ba, 27/07/2021 - 10:30") == [("Thứ Ba, 27/07/2021", "2021-07-27", None)]


def test_enumeration_is_not_a_weekday() -> None:
    text = "Thứ nhất, tuyên truyền.\nThứ hai, kiểm tra.\nHọp vào thứ Hai."
    assert _found(text) == [("thứ Hai", "2021-08-02", None)]


@pytest.mark.parametrize(
    "hostile",
    [
        "ngày 1 tháng " * 2000,
        "từ 1/2 đến " * 2000,
        "năm " * 5000,
        "1/" * 10000,
        "thứ hai tuần " * 2000,
        "ngày" + " " * 20000,
    ],
    ids=["date words", "ranges", "năm", "slashes", "weekdays", "spaces"],
)
def test_date_rules_stay_fast_on_hostile_text(hostile: str) -> None:
    from unionextract.context import Context
    from unionextract.normalize import normalize

    ctx = Context(normalize(hostile), REF)
    start = time.perf_counter()
    dates.extract(ctx)
    assert time.perf_counter() - start < 5.0
