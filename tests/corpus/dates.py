"""Date corpus: expected fields → surface forms (each one date mention spanning the surface).

Reference date 2021-07-27 (the day of the seed dispatch 003): relative forms and dates
without a year resolve against it. See tests/corpus/__init__.py for the format.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

KIND = "dates"
REFERENCE_DATE = dt.date(2021, 7, 27)  # a Tuesday, ISO week 2021-W30


def _day(value: str, **extra: Any) -> dict[str, Any]:
    return {"value": value, "grain": "day", **extra}


def _span(value: str, until: str, grain: str) -> dict[str, Any]:
    return {"value": value, "until": until, "grain": grain}


POSITIVE: list[tuple[dict[str, Any], list[str]]] = [
    # --- days, formal and in figures ---
    (
        _day("2021-07-27", year=2021, month=7, day=27, until=None, lunar=False),
        [
            "ngày 27 tháng 7 năm 2021",
            "Ngày 27 tháng 7 năm 2021",
            "NGÀY 27 THÁNG 7 NĂM 2021",
            "ngày 27 tháng 07 năm 2021",
            "ngày  27  tháng 7  năm 2021",
            "ngày 27 tháng 7\nnăm 2021",
            "ngày 27 tháng \r\n7 năm 2021",
            "27 tháng 7 năm 2021",
            "ngày 27/7/2021",
            "27/7/2021",
            "27/07/2021",
            "27-7-2021",
            "27-07-2021",
            "27.7.2021",
            "27.07.2021",
            "27/7/21",
            "ngày 27-7-2021",
            "ngày 27.7.2021",
            "ngày 27.7",
            "ngày 27/7",
            "27/7",
            "ngày 27-7",
            "ngày 27 tháng 7",
            "27 tháng 7",
            "ngày 27 tháng bảy năm 2021",
            "ngày 27 tháng Bảy",
            "hôm nay",
            "ngày hôm nay",
            "Thứ Ba, 27/7/2021",
            "thứ ba ngày 27/7/2021",
            "thứ Ba, ngày 27 tháng 7 năm 2021",
            "Thứ 3, 27/07/2021",
            "ngày hai mươi bảy tháng bảy năm hai nghìn không trăm hai mươi mốt",
            "ngày 27 tháng này",
        ],
    ),
    (
        _day("2020-01-05"),
        [
            "ngày 05 tháng 01 năm 2020",
            "05/01/2020",
            "5/1/2020",
            "ngày 5-1-2020",
            "mồng 5 tháng 1 năm 2020",
        ],
    ),
    (_day("2021-07-21"), ["ngày 21/7/2021", "21/7/2021", "21-07-2021"]),
    (_day("2021-07-26"), ["ngày 26/7/2021", "hôm qua", "ngày hôm qua", "thứ Hai vừa rồi"]),
    (_day("2021-06-11"), ["ngày 11/6/2021", "11/06/2021"]),
    (_day("2019-08-30"), ["30-8-2019", "30/8/2019", "ngày 30 tháng 8 năm 2019"]),
    (_day("2021-07-25"), ["hôm kia", "ngày hôm kia", "Chủ nhật vừa rồi"]),
    (_day("2021-07-28"), ["ngày mai", "thứ Tư", "thứ 4", "thứ tư tới", "thứ tư tuần này"]),
    (_day("2021-07-29"), ["ngày kia", "thứ năm tuần này", "thứ 5 này"]),
    (_day("2021-08-01"), ["Chủ nhật", "chủ nhật", "chúa nhật", "Chủ nhật tuần này", "ngày 1/8"]),
    (
        _day("2021-08-02"),
        ["thứ Hai", "thứ 2 tuần sau", "thứ hai tuần tới", "thứ hai tới", "mồng 2 tháng 8"],
    ),
    (_day("2021-07-20"), ["thứ ba tuần trước", "ngày 20/7", "20/07", "ngày 20 tháng 7"]),
    (_day("2021-07-03"), ["mồng 3", "mùng 3", "ngày mồng 3", "ngày 3/7", "mồng 3 tháng 7"]),
    (_day("2021-09-02"), ["ngày 2/9", "2-9-2021", "mùng 2 tháng 9", "ngày mồng 2/9"]),
    (_day("2017-03-03"), ["3/3/2017", "3/3/17", "03/03/2017", "ngày mồng 3 tháng 3 năm 2017"]),
    (_day("1991-09-03"), ["3/9/91", "03/09/1991", "ngày 3 tháng 9 năm 1991"]),
    (_day("1975-04-30"), ["30/4/1975", "ngày 30 tháng 4 năm 1975", "30-4-1975"]),
    (_day("2020-02-29"), ["29/02/2020", "ngày 29 tháng 2 năm 2020"]),
    (_day("2022-01-01"), ["01/01/2022", "1/1/2022", "ngày 01 tháng 01 năm 2022"]),
    (_day("2021-12-25"), ["giáng sinh", "ngày giáng sinh", "Noel", "25/12"]),
    (_day("2021-01-01"), ["tết dương lịch", "Tết Dương lịch", "ngày 1 tháng 1"]),
    (_day("2021-03-01"), ["ngày đầu tiên của tháng ba", "ngày đầu tiên của tháng 3"]),
    (_day("2021-02-28"), ["ngày cuối cùng của tháng 2"]),
    # --- lunar ---
    (
        _day("2021-08-15", lunar=True),
        ["15/8 âm lịch", "ngày 15/8 âm lịch", "15/8 (âm lịch)", "15/8 ÂL", "rằm tháng 8"],
    ),
    (_day("2021-01-15", lunar=True), ["rằm tháng Giêng", "ngày 15 tháng Giêng", "15 tháng giêng"]),
    (_day("2021-01-01", lunar=True), ["mùng 1 Tết", "mồng 1 Tết"]),
    (_day("2021-07-15", lunar=True), ["rằm tháng 7", "15/7 âm lịch", "ngày 15 tháng 7 âm lịch"]),
    # --- months ---
    (
        {"value": "2021-07", "grain": "month", "year": 2021, "month": 7, "day": None},
        [
            "tháng 7/2021",
            "tháng 07/2021",
            "Tháng 7/2021",
            "tháng 7 năm 2021",
            "tháng 7-2021",
            "tháng 7 2021",
            "tháng bảy năm 2021",
            "tháng Bảy",
            "tháng bảy",
            "tháng 7",
            "Tháng 7",
            "T7/2021",
            "tháng này",
            "tháng nay",
            "tháng 7 năm nay",
            "tháng 7 này",
            "cuối tháng 7",
            "đầu tháng 7",
            "giữa tháng 7",
            "cuối tháng 7/2021",
            "cuối tháng này",
        ],
    ),
    (
        {"value": "2021-06", "grain": "month"},
        ["tháng trước", "tháng 6", "tháng sáu", "tháng qua", "tháng vừa qua"],
    ),
    (
        {"value": "2021-08", "grain": "month"},
        ["tháng sau", "tháng tới", "tháng 8", "tháng Tám", "đầu tháng tới"],
    ),
    (
        {"value": "2022-03", "grain": "month"},
        ["tháng 3 tới", "tháng 3/2022", "tháng ba năm 2022", "tháng 3 năm sau"],
    ),
    (
        {"value": "2020-12", "grain": "month"},
        ["tháng 12 năm ngoái", "tháng 12/2020", "tháng mười hai năm 2020"],
    ),
    ({"value": "2021-05", "grain": "month"}, ["tháng Năm", "tháng năm năm 2021", "tháng 5"]),
    ({"value": "2021-11", "grain": "month"}, ["tháng mười một", "tháng 11", "tháng 11/2021"]),
    ({"value": "2021-01", "grain": "month", "lunar": True}, ["tháng Giêng"]),
    ({"value": "2021-12", "grain": "month", "lunar": True}, ["tháng Chạp", "tháng chạp"]),
    ({"value": "1969-04", "grain": "month"}, ["tháng 04/1969", "tháng 4 năm 1969"]),
    # --- quarters ---
    (
        {"value": "2021-Q2", "grain": "quarter", "year": 2021},
        [
            "quý II/2021",
            "quý 2/2021",
            "Quý II năm 2021",
            "quý hai năm 2021",
            "quý 2 năm 2021",
            "quý II-2021",
            "quý trước",
        ],
    ),
    (
        {"value": "2022-Q3", "grain": "quarter"},
        ["quý 3 năm 2022", "quý III/2022", "quý III năm 2022"],
    ),
    (
        {"value": "2021-Q3", "grain": "quarter"},
        ["quý này", "quý 3", "quý III", "quý ba", "quý hiện tại"],
    ),
    (
        {"value": "2021-Q4", "grain": "quarter"},
        ["quý tới", "quý sau", "quý IV", "quý 4 của năm 2021"],
    ),
    (
        {"value": "2021-Q1", "grain": "quarter"},
        ["quý I/2021", "quý I", "quý 1 năm 2021", "cuối quý I"],
    ),
    # --- weeks ---
    ({"value": "2021-W30", "grain": "week"}, ["tuần này", "tuần nay", "cuối tuần này"]),
    ({"value": "2021-W29", "grain": "week"}, ["tuần trước", "tuần qua", "tuần vừa qua"]),
    ({"value": "2021-W31", "grain": "week"}, ["tuần sau", "tuần tới", "tuần tiếp theo"]),
    ({"value": "2021-W36", "grain": "week"}, ["tuần đầu tiên của tháng 9"]),
    # --- years ---
    (
        {"value": "2021", "grain": "year", "year": 2021, "month": None, "day": None},
        [
            "năm 2021",
            "Năm 2021",
            "NĂM 2021",
            "năm nay",
            "đầu năm 2021",
            "cuối năm 2021",
            "giữa năm nay",
            "cuối năm nay",
        ],
    ),
    ({"value": "2020", "grain": "year"}, ["năm ngoái", "năm trước", "năm 2020", "năm vừa qua"]),
    (
        {"value": "2022", "grain": "year"},
        ["năm sau", "năm tới", "năm tiếp theo", "năm kế tiếp", "năm 2022"],
    ),
    ({"value": "1945", "grain": "year"}, ["năm 1945"]),
    ({"value": "0938", "grain": "year"}, ["năm 938"]),
    (
        {"value": "2023", "grain": "year"},
        ["năm hai không hai ba", "năm hai nghìn không trăm hai mươi ba"],
    ),
    # --- ranges ---
    (
        _span("2022-04-20", "2022-04-30", "day"),
        [
            "từ ngày 20/4 đến ngày 30/4/2022",
            "từ 20/4 đến 30/4/2022",
            "Từ ngày 20/4/2022 đến ngày 30/4/2022",
            "từ 20-4 đến 30-4-2022",
            "20-30/4/2022",
            "20 - 30/4/2022",
            "từ ngày 20 đến ngày 30/4/2022",
            "từ 20 đến 30/4/2022",
            "ngày 20/4 - 30/4/2022",
            "từ ngày 20 tháng 4 đến ngày 30 tháng 4 năm 2022",
            "ngày 20 - 30 tháng 4 năm 2022",
        ],
    ),
    (
        _span("2021-07-20", "2021-07-25", "day"),
        ["20-25/7/2021", "từ 20-25/7", "ngày 20 - 25/7", "20/7 - 25/7/2021"],
    ),
    (
        _span("2021-07-24", "2021-07-31", "day"),
        ["từ 24-7 đến 31-7", "từ ngày 24/7 đến ngày 31/7", "từ 24/7 đến hết 31/7"],
    ),
    (
        _span("2021-12-25", "2022-01-05", "day"),
        ["từ 25/12 đến 5/1/2022", "từ ngày 25/12/2021 đến ngày 05/01/2022"],
    ),
    (_span("2021-04-30", "2021-05-01", "day"), ["30/4 - 1/5/2021", "từ 30/4 đến 1/5"]),
    (
        _span("2021-07", "2021-09", "month"),
        [
            "từ tháng 7 đến tháng 9/2021",
            "tháng 7 - tháng 9/2021",
            "từ tháng 7/2021 đến tháng 9/2021",
        ],
    ),
    (
        _span("2021", "2025", "year"),
        [
            "giai đoạn 2021–2025",
            "giai đoạn 2021-2025",
            "giai đoạn 2021 - 2025",
            "từ năm 2021 đến năm 2025",
            "từ 2021 đến 2025",
            "thời kỳ 2021-2025",
            "năm 2021 - 2025",
        ],
    ),
    (
        _span("2023", "2028", "year"),
        ["nhiệm kỳ 2023 - 2028", "nhiệm kỳ 2023-2028", "nhiệm kỳ 2023–2028"],
    ),
    (
        _span("2021", "2022", "year"),
        ["năm học 2021-2022", "năm học 2021 - 2022", "niên khóa 2021-2022"],
    ),
    (_span("2020", "2030", "year"), ["giai đoạn 2020-2030", "từ năm 2020 đến 2030"]),
    (
        _span("2022-01", "2022-06", "month"),
        ["6 tháng đầu năm 2022", "sáu tháng đầu năm 2022", "nửa đầu năm 2022"],
    ),
    (
        _span("2021-01", "2021-06", "month"),
        ["6 tháng đầu năm", "6 tháng đầu năm nay", "nửa đầu năm nay"],
    ),
    (
        _span("2021-01", "2021-09", "month"),
        ["9 tháng đầu năm 2021", "9 tháng năm 2021", "chín tháng đầu năm"],
    ),
    (_span("2021-07", "2021-12", "month"), ["6 tháng cuối năm", "6 tháng cuối năm 2021"]),
    (_span("2021-01", "2021-03", "month"), ["3 tháng đầu năm 2021"]),
]

NEGATIVE: list[str] = [
    # durations and ages
    "10 năm",
    "6 tháng",
    "3 tháng",
    "15 ngày",
    "2 tuần",
    "trong 5 năm qua",
    "Trong những năm qua",
    "hàng năm",
    "hằng năm",
    "hàng tháng",
    "mỗi tháng 2 lần",
    "2 năm trước",
    "những năm trước",
    "3 tháng tới",
    "5 năm tới",
    "56 tuổi",
    "ông Nguyễn Văn A, 56 tuổi",
    "cháu bé 3 tuổi",
    # ordinals and enumerations
    "lần thứ 4",
    "đợt bùng phát dịch lần thứ 4",
    "lần thứ hai",
    "Đại hội lần thứ XIII",
    "nhiệm kỳ Đại hội XIII",
    "khóa XIII",
    "Thứ hai, tăng cường công tác tuyên truyền",
    "thứ nhất",
    "ngày thứ 2 liên tiếp",
    "ngày thứ hai liên tiếp",
    "ngày thứ ba của đợt giãn cách",
    # invalid days
    "31/02/2021",
    "30/2/2020",
    "32/7/2021",
    "29/02/2021",
    "31/4",
    "ngày 31 tháng 6 năm 2021",
    "0/7/2021",
    "15/13/2021",
    # document numbers
    "145/2020/NĐ-CP",
    "Nghị định số 145/2020/NĐ-CP",
    "Số: 732/LĐLĐ",
    "294-CV/TU",
    "07-KL/TW",
    "78/NQ-CP",
    "12/2021/QH15",
    # round the clock, scores, fractions, Covid
    "24/7",
    "phục vụ 24/7",
    "trực 24/7",
    "thắng 3-1",
    "tỷ số 2-1",
    "chiếm 2/3",
    "2/3 số đoàn viên",
    "tỷ lệ 1/5",
    "Covid-19",
    "COVID-19",
    "dịch Covid -19",
    "F0, F1, F2",
    # phone numbers, money, counts, percents
    "0912.345.678",
    "0214 3876 123",
    "(0214) 3.876.123",
    "1900 9095",
    "38.5 triệu đồng",
    "12.000.000 đồng",
    "3.5",
    "1.5 triệu",
    "65 suất quà",
    "223 đoàn viên",
    "100%",
    "5K",
    # shares and grades in legal text, generic and anaphoric periods
    "nửa (1/2) năm",
    "thợ bậc 5/6",
    "năm trước liền kề",
    "tháng trước khi nghỉ việc",
    "năm sau đó",
    "các ngày thứ bảy",
    "mỗi chủ nhật",
    # words that are not dates
    "Tháng hành động về an toàn vệ sinh lao động",
    "tháng năm",
    "năm ba người",
    "hai tháng ba ngày",
    "quý khách",
    "quý vị",
    "chủ nhiệm",
    "năm",
    "thứ",
    "2021",
    "2021-2025",
    "ngày thành lập Công đoàn",
    "ngày truyền thống",
    "nhiều năm",
    "các năm",
    "version 1.2.3",
    "điểm 8.5",
    "từ 1.5 đến 2.5 triệu đồng",
    "tăng 2.5 lần",
    "đến 2.5%",
    "sáng 3.5 triệu",
]

XFAIL: dict[str, str] = {}
