"""Percents: expected value → surface forms (each must be one mention spanning the surface)."""

from __future__ import annotations

KIND = "percents"


def _q(qualifier: str, value: float | int) -> dict[str, object]:
    low = value if qualifier in ("exact", "over", "at_least") else None
    high = value if qualifier in ("exact", "under", "at_most", "nearly") else None
    return {"value": value, "low": low, "high": high, "qualifier": qualifier}


def _range(low: float | int, high: float | int) -> dict[str, object]:
    return {"value": None, "low": low, "high": high, "qualifier": "range"}


POSITIVE: list[tuple[dict[str, object], list[str]]] = [
    (
        _q("exact", 100),
        ["100%", "100 %", "một trăm phần trăm", "100 phần trăm", "Một trăm phần trăm"],
    ),
    (_q("exact", 12.5), ["12,5%", "12.5%", "12,5 %", "mười hai phẩy năm phần trăm"]),
    (_q("exact", 2), ["2%", "2 phần trăm", "hai phần trăm"]),
    (_q("exact", 0.5), ["0,5%", "không phẩy năm phần trăm"]),
    (_q("exact", 98.75), ["98,75%"]),
    (_q("over", 90), ["trên 90%", "hơn 90%", "Trên 90%", "trên chín mươi phần trăm"]),
    (_q("nearly", 30), ["gần 30%", "ngót 30%"]),
    (_q("approx", 30), ["khoảng 30%", "xấp xỉ 30%", "khoảng ba mươi phần trăm"]),
    (_q("under", 5), ["dưới 5%", "chưa đến 5%"]),
    (_q("at_least", 50), ["ít nhất 50%", "từ 50% trở lên", "tối thiểu 50%", "không dưới 50%"]),
    (_q("at_most", 10), ["tối đa 10%", "không quá 10%"]),
    (
        _range(5, 7),
        ["5-7%", "5 - 7%", "từ 5% đến 7%", "từ 5 đến 7%", "5% - 7%", "từ 5 tới 7 phần trăm"],
    ),
    (_range(10, 15), ["khoảng 10 - 15 phần trăm", "10-15%"]),
    (_range(2.5, 3.5), ["2,5 - 3,5%", "từ 2,5% đến 3,5%"]),
]

NEGATIVE: list[str] = [
    "5 phần",
    "100 đồng",
    "phần trăm",
    "25 hộ dân",
    "2021",
    "12,5 triệu đồng",
    "một số nội dung",
    "Covid-19",
]
