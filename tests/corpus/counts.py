"""Counts: expected value → surface forms (each must be one mention spanning the surface)."""

from __future__ import annotations

KIND = "counts"


def _exact(value: int, unit: str) -> dict[str, object]:
    return {"value": value, "low": value, "high": value, "qualifier": "exact", "unit": unit}


def _q(qualifier: str, value: int, unit: str) -> dict[str, object]:
    low = value if qualifier in ("over", "at_least") else None
    high = value if qualifier in ("under", "at_most", "nearly") else None
    return {"value": value, "low": low, "high": high, "qualifier": qualifier, "unit": unit}


def _range(low: int, high: int, unit: str) -> dict[str, object]:
    return {"value": None, "low": low, "high": high, "qualifier": "range", "unit": unit}


POSITIVE: list[tuple[dict[str, object], list[str]]] = [
    (_exact(65, "suất quà"), ["65 suất quà", "sáu mươi lăm suất quà", "sáu lăm suất quà"]),
    (_exact(5, "suất quà"), ["5 suất quà", "05 suất quà", "năm suất quà"]),
    (_exact(2, "mô hình"), ["02 mô hình", "2 mô hình", "hai mô hình"]),
    (_exact(23, "mô hình"), ["23 mô hình", "hai mươi ba mô hình"]),
    (_exact(4, "xã"), ["04 xã", "4 xã", "bốn xã"]),
    (_exact(23, "lượt đoàn viên"), ["23 lượt đoàn viên"]),
    (_exact(821, "lượt học sinh"), ["821 lượt học sinh"]),
    (_exact(25, "hộ dân"), ["25 hộ dân", "hai mươi lăm hộ dân"]),
    (_exact(650, "vườn rau xanh"), ["650 vườn rau xanh"]),
    (_exact(15, "đoàn viên"), ["15 đoàn viên", "mười lăm đoàn viên"]),
    (_exact(223, "đoàn viên"), ["223 đoàn viên", "hai trăm hai mươi ba đoàn viên"]),
    (_exact(965, "đoàn viên công đoàn"), ["965 đoàn viên công đoàn"]),
    (_exact(1250, "đoàn viên"), ["1.250 đoàn viên", "1250 đoàn viên"]),
    (_exact(1250, "người lao động"), ["1.250 người lao động"]),
    (_exact(300, "công nhân lao động"), ["300 công nhân lao động"]),
    (_exact(12, "CĐCS"), ["12 CĐCS"]),
    (_exact(5, "công đoàn cơ sở"), ["5 công đoàn cơ sở", "05 công đoàn cơ sở"]),
    (_exact(12, "chiếc xe máy"), ["12 chiếc xe máy"]),
    (_exact(3, "căn nhà"), ["3 căn nhà", "ba căn nhà"]),
    (_exact(5, "ngôi nhà"), ["5 ngôi nhà"]),
    (_exact(3, "trường hợp"), ["ba trường hợp", "03 trường hợp"]),
    (_exact(2, "đoàn viên"), ["hai đoàn viên"]),
    (_exact(10, "hộ nghèo"), ["mười hộ nghèo", "10 hộ nghèo"]),
    (_exact(5, "người"), ["năm người", "5 người"]),
    (_exact(5, "hộ dân"), ["năm hộ dân"]),
    (_exact(7, "mô hình"), ["bảy mô hình", "bẩy mô hình"]),
    (_exact(40, "tủ sách"), ["40 tủ sách"]),
    (_exact(120, "lượt người"), ["120 lượt người"]),
    (_exact(35, "doanh nghiệp"), ["35 doanh nghiệp"]),
    (_exact(1500, "suất quà"), ["1.500 suất quà", "một nghìn năm trăm suất quà"]),
    (_exact(200, "phần quà"), ["200 phần quà"]),
    (_exact(3, "buổi tập huấn"), ["3 buổi tập huấn"]),
    (_exact(6, "lớp tập huấn"), ["6 lớp tập huấn"]),
    (_exact(48, "đảng viên"), ["48 đảng viên"]),
    (_exact(100, "học sinh"), ["100 học sinh", "một trăm học sinh"]),
    (_exact(11, "huyện"), ["11 huyện"]),
    (_exact(35, "đồng chí"), ["35 đồng chí", "ba mươi lăm đồng chí"]),
    (_exact(45, "bản thỏa ước lao động tập thể"), ["45 bản thỏa ước lao động tập thể"]),
    (_exact(12000, "lượt người"), ["12 nghìn lượt người", "12.000 lượt người"]),
    (_exact(1_200_000, "đoàn viên"), ["1,2 triệu đoàn viên", "1.200.000 đoàn viên"]),
    (_exact(2500, "lao động"), ["2.500 lao động"]),
    (
        _q("over", 1000, "lượt học sinh"),
        [
            "trên 1.000 lượt học sinh",
            "hơn 1.000 lượt học sinh",
            "trên 1000 lượt học sinh",
            "trên một nghìn lượt học sinh",
            "Trên 1.000 lượt học sinh",
        ],
    ),
    (_q("nearly", 300, "công nhân"), ["gần 300 công nhân", "ngót 300 công nhân"]),
    (_q("approx", 200, "đoàn viên"), ["khoảng 200 đoàn viên", "xấp xỉ 200 đoàn viên"]),
    (_q("under", 30, "người"), ["dưới 30 người", "chưa đến 30 người"]),
    (
        _q("at_least", 50, "đoàn viên"),
        ["từ 50 đoàn viên trở lên", "ít nhất 50 đoàn viên", "tối thiểu 50 đoàn viên"],
    ),
    (_q("at_most", 30, "người"), ["tối đa 30 người", "không quá 30 người"]),
    (_range(100, 1000, "hộ gia đình"), ["hàng trăm hộ gia đình", "Hàng trăm hộ gia đình"]),
    (_range(1000, 10000, "đoàn viên"), ["hàng nghìn đoàn viên", "hàng ngàn đoàn viên"]),
    (_range(10_000, 100_000, "công nhân"), ["hàng chục nghìn công nhân"]),
    (_range(20, 100, "người"), ["vài chục người", "mấy chục người"]),
    (_range(100, 1000, "lượt người"), ["hàng trăm lượt người"]),
    (
        _range(5, 7, "người"),
        ["từ 5 đến 7 người", "5-7 người", "5 - 7 người", "từ năm đến bảy người"],
    ),
    (_range(30, 40, "hộ dân"), ["khoảng 30 - 40 hộ dân", "từ 30 đến 40 hộ dân"]),
    # --- the counted noun phrase reaches over its noun compound (follow-up of issue #3) ---
    # classifier + noun, noun + noun modifier; describing adjectives stay out
    (_exact(18, "tình nguyện viên"), ["18 tình nguyện viên"]),
    (_exact(40, "nữ công nhân"), ["40 nữ công nhân", "bốn mươi nữ công nhân"]),
    (_exact(3, "mũi vắc xin"), ["3 mũi vắc xin"]),
    (_exact(2, "mũi"), ["2 mũi"]),
    (_exact(48, "đơn vị máu"), ["48 đơn vị máu"]),
    (_exact(100, "thẻ bảo hiểm y tế"), ["100 thẻ bảo hiểm y tế"]),
    (_exact(500, "phiếu mua hàng"), ["500 phiếu mua hàng"]),
    (_exact(100, "vé xe"), ["100 vé xe"]),
    (_exact(80, "túi quà an sinh"), ["80 túi quà an sinh"]),
    (_exact(4, "đôi giày"), ["4 đôi giày"]),
    (_exact(6, "đôi tàu"), ["6 đôi tàu"]),
    # devices, places and bodies named by their purpose (noun + verb)
    (_exact(600, "máy tạo ô-xy"), ["600 máy tạo ô-xy"]),
    (_exact(90, "bình oxy"), ["90 bình oxy"]),
    (_exact(50, "bình chữa cháy"), ["50 bình chữa cháy"]),
    (_exact(12, "xe cứu thương"), ["12 xe cứu thương"]),
    (_exact(15, "bếp ăn tập thể"), ["15 bếp ăn tập thể"]),
    (_exact(8, "tổ tuần tra"), ["8 tổ tuần tra"]),
    (_exact(5, "chốt kiểm soát dịch"), ["5 chốt kiểm soát dịch"]),
    (_exact(6, "điểm cách ly"), ["6 điểm cách ly"]),
    (_exact(4, "khu cách ly tập trung"), ["4 khu cách ly tập trung"]),
    (_exact(7, "ban chấp hành công đoàn"), ["7 ban chấp hành công đoàn"]),
    (_exact(9, "hội đồng thi đua"), ["9 hội đồng thi đua"]),
    (_exact(20, "Tổ COVID"), ["20 Tổ COVID"]),
    # events: classifier + verb
    (_exact(2, "cuộc đình công"), ["2 cuộc đình công"]),
    (_exact(11, "cuộc tọa đàm"), ["11 cuộc tọa đàm"]),
    (_exact(12, "buổi tọa đàm"), ["12 buổi tọa đàm"]),
    # COVID-era counted nouns: cases keep what they are cases of, adjectives stay out
    (_exact(45, "ca tử vong"), ["45 ca tử vong"]),
    (_exact(9, "ca dương tính"), ["9 ca dương tính"]),
    (_exact(14, "ca F0"), ["14 ca F0"]),
    (_exact(230, "F1"), ["230 F1"]),
    (_exact(3200, "mẫu bệnh phẩm"), ["3.200 mẫu bệnh phẩm"]),
    (_exact(300, "mẫu nước thải"), ["300 mẫu nước thải"]),
    (_q("approx", 900, "mẫu gộp"), ["khoảng 900 mẫu gộp"]),
    (_exact(25, "điểm cầu"), ["25 điểm cầu"]),
    (_exact(62, "tỉnh, thành phố"), ["62 tỉnh, thành phố"]),
    (_exact(20, "hộ kinh doanh cá thể"), ["20 hộ kinh doanh cá thể"]),
    (_exact(1800, "lao động tự do"), ["1.800 lao động tự do"]),
    # "năm sáu người": five or six, not 56 (two digit words in a row, the second one more)
    (_range(5, 6, "người"), ["năm sáu người"]),
    (_range(2, 3, "hộ dân"), ["hai ba hộ dân"]),
    (_exact(45, "người"), ["bốn lăm người"]),
    # labels cancelled by what comes before them
]

NEGATIVE: list[str] = [
    "10 năm",
    "10 NĂM",
    "Qua 10 năm triển khai",
    "lần thứ 4",
    "đợt bùng phát dịch lần thứ 4 đã tác động",
    "Đại hội XIII",
    "khóa XII",
    "một số nội dung",
    "5km",
    "5km hoa",
    "5 km",
    "20 ha",
    "20 ha lúa",
    "125 triệu đồng",
    "100%",
    "100% hộ dân",
    "21/7/2021",
    "Covid-19",
    "Covid -19 và",
    "F0, Fl, F2",
    "năm 2021",
    "Năm 2021 là năm",
    "trong năm học sinh",
    "trong năm người lao động được hỗ trợ",
    "60 tuổi",
    "3 ngày",
    "6 tháng",
    "2 lần",
    "Điều 5 luật",
    "thôn 3 xã",
    "Số 732/LĐLĐ",
    "0912 345 678",
    "Số lượt xem:611",
    "30-8-2019",
    "giai đoạn 2021-2025",
    "hàng chục tỷ đồng",
    "một người",
    # addresses and "số NN" labels
    "số 12 đường Lê Lợi",
    "trụ sở tại số 27 đường Trần Phú",
    "12 đường Lê Lợi",
    "số nhà 45",
    "ngõ 7 phố Huế",
    "hẻm 23 đường số 4",
    "số 5 tổ dân phố",
    "số 3 người",
    # ordinal doses and other ordinal labels
    "tiêm mũi 2 vắc xin",
    "mũi 1 vắc-xin",
    "tiêm mũi thứ 3 cho công nhân",
    "tiêm liều 3 vắc xin",
    "bệnh nhân 91 người Anh",
    "vòng 2 cuộc thi",
    "kỳ 3 năm học",
    "Ca 3 làm việc từ 22 giờ",
    "ca 2 trực đêm",
    "3 làm việc",
    # scores and land measures
    "đạt 95 điểm",
    "được 8 điểm thi",
    "thí sinh giành 27 điểm",
    "5 mẫu ruộng",
    "cấy 3 mẫu lúa",
    "2 mẫu đơn",
    # numbers before words that start another phrase
    "5 sẽ được",
    "ngày 12 và",
]
