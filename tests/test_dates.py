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
        ("từ 18h ngày 26/7 đến 6h ngày 27/7", "2021-07-26", "2021-07-27"),
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
    # without punctuation the weekday is part of the date (Duckling: "thứ 2 ngày 6 tháng 2")
    assert _found("Lễ ra mắt diễn ra thứ Tư ngày 4/8/2021.") == [
        ("thứ Tư ngày 4/8/2021", "2021-08-04", None)
    ]


def test_weekday_then_comma_or_bracket_is_an_apposition_of_the_date() -> None:
    # the date alone is the mention, and the weekday gives none of its own
    assert _found("Thứ Ba, 27/07/2021 - 10:30") == [("27/07/2021", "2021-07-27", None)]
    assert _found("Hội nghị khai mạc lúc 8 giờ, thứ Năm, ngày 12/8/2021 tại hội trường.") == [
        ("ngày 12/8/2021", "2021-08-12", None)
    ]
    assert _found("Chiều thứ Ba (3/8), Công đoàn ngành tổ chức gặp mặt.") == [
        ("3/8", "2021-08-03", None)
    ]
    assert _found("Chủ nhật - 8/8 là ngày cuối.", ref=None) == [("8/8", "--08-08", None)]


def test_generic_weekdays_are_not_days() -> None:
    text = "Người lao động làm việc từ thứ Hai đến thứ Sáu; họp giao ban sáng thứ Hai hằng tuần."
    assert _found(text) == []
    assert _found("trực từ thứ Hai đến thứ Sáu tuần này") == [
        ("thứ Hai", "2021-07-26", None),
        ("thứ Sáu tuần này", "2021-07-30", None),
    ]


def test_week_numbers_need_their_year() -> None:
    text = "Số ca tăng trong tuần thứ 30 năm 2021 và tuần 12/2022; tuần thứ 2 liên tiếp giảm."
    assert _found(text, ref=None) == [
        ("tuần thứ 30 năm 2021", "2021-W30", None),
        ("tuần 12/2022", "2022-W12", None),
    ]
    assert _found("tuần thứ 5 của năm nay") == [("tuần thứ 5 của năm nay", "2021-W05", None)]
    assert [d for d, _, _ in _found("tuần thứ 60 năm 2021", ref=None)] == ["năm 2021"]


def test_times_of_day_inside_a_range_belong_to_it() -> None:
    text = "Thành phố giãn cách từ 6h ngày 12/9 đến 24h ngày 20/9/2021 theo Chỉ thị 16."
    assert _found(text, ref=None) == [
        ("từ 6h ngày 12/9 đến 24h ngày 20/9/2021", "2021-09-12", "2021-09-20")
    ]
    text = "Từ 12 giờ 00 phút ngày 01/8/2021 đến 12 giờ ngày 15/8/2021, tỉnh áp dụng biện pháp mới."
    assert _found(text, ref=None) == [
        ("Từ 12 giờ 00 phút ngày 01/8/2021 đến 12 giờ ngày 15/8/2021", "2021-08-01", "2021-08-15")
    ]
    assert _found("kể từ 0h00 ngày 5/9 đến hết ngày 15/9/2021 người dân", ref=None) == [
        ("kể từ 0h00 ngày 5/9 đến hết ngày 15/9/2021", "2021-09-05", "2021-09-15")
    ]
    assert _found("từ 21 giờ 30 phút ngày 3/10 đến 5 giờ ngày 4/10 cấm ra đường", ref=None) == [
        ("từ 21 giờ 30 phút ngày 3/10 đến 5 giờ ngày 4/10", "--10-03", "--10-04")
    ]
    assert _found("từ 18h tối 2/9 đến 6h sáng 4/9 không tụ tập") == [
        ("từ 18h tối 2/9 đến 6h sáng 4/9", "2021-09-02", "2021-09-04")
    ]
    assert _found("từ 18h ngày 5 đến 6h ngày 9/8/2021 phong tỏa", ref=None) == [
        ("từ 18h ngày 5 đến 6h ngày 9/8/2021", "2021-08-05", "2021-08-09")
    ]
    # without "từ" a leading time stays out, as before a single date
    assert _found("lúc 6h ngày 12/9 đến 24h ngày 20/9/2021 thì", ref=None) == [
        ("ngày 12/9 đến 24h ngày 20/9/2021", "2021-09-12", "2021-09-20")
    ]
    assert _found("Từ 7h đến 11h ngày 5/8, đoàn làm việc; từ 8 giờ ngày 20/9 mở cửa.") == [
        ("ngày 5/8", "2021-08-05", None),
        ("ngày 20/9", "2021-09-20", None),
    ]


def test_lists_of_quarters_months_and_days_share_the_last_year() -> None:
    assert _found("Dự án hoàn thành trong quý I và quý II năm 2023.", ref=None) == [
        ("quý I", "2023-Q1", None),
        ("quý II năm 2023", "2023-Q2", None),
    ]
    assert _found("báo cáo quý II, III/2022 của đơn vị", ref=None) == [
        ("quý II", "2022-Q2", None),
        ("III/2022", "2022-Q3", None),
    ]
    assert _found("tổ chức vào tháng Năm và tháng Sáu năm 2020", ref=None) == [
        ("tháng Năm", "2020-05", None),
        ("tháng Sáu năm 2020", "2020-06", None),
    ]
    assert _found("các ngày 30/12 và 2/1/2022; ngày 2/8, 5/8 và 9/8/2021", ref=None) == [
        ("ngày 30/12", "2021-12-30", None),
        ("2/1/2022", "2022-01-02", None),
        ("ngày 2/8", "2021-08-02", None),
        ("5/8", "2021-08-05", None),
        ("9/8/2021", "2021-08-09", None),
    ]
    assert _found("Hội nghị ngày 28 tháng 7 và ngày 3 tháng 8 năm 2021", ref=None) == [
        ("ngày 28 tháng 7", "2021-07-28", None),
        ("ngày 3 tháng 8 năm 2021", "2021-08-03", None),
    ]
    # "năm" after "tháng 7 và" is the year's word, not the month May
    assert _found("tháng 7 và năm 2021", ref=None) == [
        ("tháng 7", "--07", None),
        ("năm 2021", "2021", None),
    ]


def test_a_quarter_without_any_year() -> None:
    # without reference_date and with no year in the text the quarter's year stays unknown
    assert _found("trong quý III và quý IV", ref=None) == [
        ("quý III", "--Q3", None),
        ("quý IV", "--Q4", None),
    ]
    assert _found("trong quý III và quý IV") == [
        ("quý III", "2021-Q3", None),
        ("quý IV", "2021-Q4", None),
    ]


def test_the_days_of_a_duration_leave_its_ngay_out() -> None:
    assert _found("Trong 3 ngày 12 - 14/9, đoàn công tác làm việc tại tỉnh.") == [
        ("12 - 14/9", "2021-09-12", "2021-09-14")
    ]
    assert _found("trong hai ngày 5 và 6/10 diễn ra hội thao") == [
        ("5", "2021-10-05", None),
        ("6/10", "2021-10-06", None),
    ]
    # a count that labels something else keeps the date's "ngày"
    assert _found("đợt 1 ngày 28/7 và đợt 2 ngày 3/8/2021; thứ Năm ngày 5/8") == [
        ("ngày 28/7", "2021-07-28", None),
        ("ngày 3/8/2021", "2021-08-03", None),
        ("thứ Năm ngày 5/8", "2021-08-05", None),
    ]


def test_spaced_hyphens_and_gazette_headers() -> None:
    assert _found("Ngày 05 - 9 - 2021, Công đoàn tổ chức lễ; 15 - 11 - 2020 là hạn chót") == [
        ("Ngày 05 - 9 - 2021", "2021-09-05", None),
        ("15 - 11 - 2020", "2020-11-15", None),
    ]
    assert _found("CÔNG BÁO/Số 12 + 13/Ngày 03-02-2022") == [
        ("Ngày 03-02-2022", "2022-02-03", None)
    ]
    # a spaced day–month after "ngày" that cannot be an ascending span of days
    assert _found("Nhân kỷ niệm ngày 20 - 10, Công đoàn tặng quà; ngày 5 - 7 hội thao") == [
        ("ngày 20 - 10", "2021-10-20", None)
    ]
    # not a date: a score and a range of numbers with spaces, no full year
    assert _found("tỷ số 2 - 1 - 0; lớp 10 - 12 - 15") == []


def test_names_built_from_dates_are_not_dates() -> None:
    text = (
        "Đoàn đi qua Đường 30/4 rồi đến Quảng trường 3/2; trường Tiểu học 2/9 và Trường THCS "
        "1/5 được khen; Sân vận động 19/8 đông người; Cầu 2/9 thông xe; phường 26/3; "
        "đường 3 tháng 2, quận 10."
    )
    assert _found(text) == []
    text = "Ngày 30/4 tại Công viên 30/4 có lễ hội; thị trường 2/3 trầm lắng."
    assert _found(text) == [("Ngày 30/4", "2021-04-30", None), ("2/3", "2021-03-02", None)]
    assert _found("Sáng 30/4, đoàn dâng hương tại Công viên ngày 30/4.") == [
        ("30/4", "2021-04-30", None),
        ("ngày 30/4", "2021-04-30", None),
    ]


def test_fractions_of_a_group_are_not_dates() -> None:
    text = (
        "Doanh nghiệp có 1.200 lao động, trong đó 1/3 là đoàn viên nữ; khoảng 3/4 các hộ "
        "đã nhận hỗ trợ; 2/5 người được hỏi đồng ý; lương tăng 1/4."
    )
    assert _found(text) == []
    # a cue or "là ngày" keeps the date
    assert _found("1/5 là ngày Quốc tế Lao động. Sáng 2/3 các đơn vị ra quân.") == [
        ("1/5", "2021-05-01", None),
        ("2/3", "2021-03-02", None),
    ]


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
        "từ 18h ngày 1 đến " * 2000,
        "Trường Công Viên Đường " * 2000 + "3/2",
        "quý I, " * 3000 + "II/2021",
        "ngày 1/2, " * 3000,
        "từ thứ Hai đến " * 2000,
        "trong 2 ngày " * 2000,
    ],
    ids=[
        "date words",
        "ranges",
        "năm",
        "slashes",
        "weekdays",
        "spaces",
        "clock ranges",
        "name heads",
        "quarter lists",
        "day lists",
        "weekday spans",
        "durations",
    ],
)
def test_date_rules_stay_fast_on_hostile_text(hostile: str) -> None:
    from unionextract.context import Context
    from unionextract.normalize import normalize

    ctx = Context(normalize(hostile), REF)
    start = time.perf_counter()
    dates.extract(ctx)
    assert time.perf_counter() - start < 5.0


def test_month_days_equal_calendar() -> None:
    """``dates_values._month_days`` is ``calendar.monthrange(...)[1]``, raising alike."""
    import calendar

    from unionextract.extractors.dates_values import _month_days

    for year in (*range(-401, 2401), 9999, 10000, 123456):
        for month in range(1, 13):
            assert _month_days(year, month) == calendar.monthrange(year, month)[1]
    for month in (-1, 0, 13, 99):
        with pytest.raises(calendar.IllegalMonthError):
            _month_days(2021, month)


def test_iso_equals_its_format() -> None:
    """``dates_values.iso`` looks its two-figure parts up: the same strings as formatting."""
    from unionextract.extractors.dates_values import When, iso

    for y in (None, -5, 0, 5, 99, 938, 999, 1000, 2021, 9999, 10000):
        for m in (1, 7, 12, 0, 99, 100, 123):
            yy = "-" if y is None else f"{y:04d}"
            assert iso(When("day", y, m, m % 32)) == f"{yy}-{m:02d}-{m % 32:02d}"
            assert iso(When("month", y, m)) == f"{yy}-{m:02d}"
            assert iso(When("week", y, week=m)) == f"{yy}-W{m:02d}"
            assert iso(When("quarter", y, quarter=m % 5)) == f"{yy}-Q{m % 5}"
            if y is not None:
                assert iso(When("year", y)) == f"{y:04d}"
