"""Set B — hard negatives and variants (NFD, old tone marks, spacing, words, look-alikes)."""

from __future__ import annotations

from tests.heldout_b.gold import C, D, Item, M, N, O, P

ITEMS: list[Item] = [
    Item(
        "bh01",
        "Năm 2022, Công đoàn Công ty Điện lực Quảng Ngãi đã chi 185 triệu đồng thăm hỏi 74 đoàn "
        "viên ốm đau; tỷ lệ đoàn viên tham gia đạt 97,8%.",
        [
            D("Năm 2022", "2022"),
            O(
                "Công đoàn Công ty Điện lực Quảng Ngãi",
                "Công đoàn Công ty Điện lực Quảng Ngãi",
                "trade_union",
            ),
            M("185 triệu đồng", 185000000),
            C("74 đoàn viên", 74, "đoàn viên"),
            P("97,8%", 97.8),
        ],
        nfd=True,
        note="The whole text is in NFD (decomposed tone marks); gold values are NFC.",
    ),
    Item(
        "bh02",
        "Sau hai ngày phát động, đoàn viên công đoàn huyện đã quyên góp được hai mươi lăm triệu "
        "đồng, giúp đỡ một trăm lẻ năm hộ nghèo.",
        [
            M("hai mươi lăm triệu đồng", 25000000),
            C("một trăm lẻ năm hộ", 105, "hộ"),
        ],
        note="'hai ngày' is a duration. 'hộ nghèo' → unit 'hộ' ('nghèo' is a trailing adjective).",
    ),
    Item(
        "bh03",
        "Trụ sở công ty tại số 12, đường 30/4, phường 3, Quốc lộ 1A; khu nhà ở công nhân có 4 tầng "
        "cách trung tâm 5 km, dành cho người từ 18 đến 35 tuổi.",
        [
            C("4 tầng", 4, "tầng"),
        ],
        note="Street name 'đường 30/4', 'phường 3', 'số 12', 'Quốc lộ 1A' are names, not dates or "
        "counts; '5 km' a measure; ages not counts. '4 tầng' (four storeys) is a count "
        "(ambiguous: could be read as a measure of height).",
    ),
    Item(
        "bh04",
        "Mọi thông tin xin liên hệ đường dây nóng 0913.456.789 hoặc tổng đài 1900 9095 từ 7h30 "
        "đến 17h00 các ngày trong tuần.",
        [],
        note="Phone numbers and clock times are not numbers of any kind.",
    ),
    Item(
        "bh05",
        "Ngày 20 / 11 / 2023, Công đoàn trường trao thưởng 15.000.000 đ cho 30 giáo viên, tăng 5 "
        "% so với năm trước.",
        [
            D("Ngày 20 / 11 / 2023", "2023-11-20"),
            M("15.000.000 đ", 15000000),
            C("30 giáo viên", 30, "giáo viên"),
            P("5 %", 5),
            D("năm trước", "2022"),
        ],
        ref="2023-11-21",
        note="Spaced separators. 'năm trước' is relative to the reference date. 'Công đoàn "
        "trường' (unnamed school) is generic.",
    ),
    Item(
        "bh06",
        "Chị em nữ công góp được 3tr8, mỗi suất quà 500k, tặng 7 chị có hoàn cảnh khó khăn nhé!",
        [
            M("3tr8", 3800000),
            M("500k", 500000),
            C("7 chị", 7, "chị"),
        ],
        note="Informal money: '3tr8' = 3,8 triệu (elliptic), '500k' = 500 nghìn; currency VND "
        "implied.",
    ),
    Item(
        "bh07",
        "Tổ chức Lao động Quốc tế (ILO) tài trợ 50.000 USD cho dự án; Quỹ Friedrich Ebert hỗ trợ "
        "thêm khoảng 2,5 triệu USD trong giai đoạn 2022 – 2024.",
        [
            O("Tổ chức Lao động Quốc tế (ILO)", "Tổ chức Lao động Quốc tế", "other", "ILO"),
            M("50.000 USD", 50000, cur="USD"),
            O("Quỹ Friedrich Ebert", "Quỹ Friedrich Ebert", "other"),
            M("khoảng 2,5 triệu USD", 2500000, "approx", cur="USD"),
            D("giai đoạn 2022 – 2024", "2022", "2024"),
        ],
        note="The parenthesised acronym is kept inside the organization span (ambiguous: span "
        "without '(ILO)' is defensible).",
    ),
    Item(
        "bh08",
        "Hàng nghìn công nhân đã được hỗ trợ, với tổng số tiền lên tới hàng trăm triệu đồng; vài "
        "chục doanh nghiệp tham gia tài trợ.",
        [
            C("Hàng nghìn công nhân", None, "công nhân", "range", 1000, 10000),
            M("hàng trăm triệu đồng", None, "range", 100000000, 1000000000),
        ],
        note="'lên tới' before an order-of-magnitude range is not kept. 'vài chục doanh nghiệp' "
        "is vague ('a few tens'): not annotated (ambiguous: a range 20..90 is conceivable).",
    ),
    Item(
        "bh09",
        "Quý 4/2022, công ty tuyển mới 230 lao động; đến tháng Mười Hai năm 2022 tổng số lao động "
        "là 4.120 người.",
        [
            D("Quý 4/2022", "2022-Q4"),
            C("230 lao động", 230, "lao động"),
            D("tháng Mười Hai năm 2022", "2022-12"),
            C("4.120 người", 4120, "người"),
        ],
    ),
    Item(
        "bh10",
        "Thứ Bảy, ngày 15/10/2022, tại Nhà Văn hóa Lao động tỉnh Quảng Nam diễn ra Ngày hội Văn "
        "hóa công nhân lần thứ 3 với 18 đội tham gia.",
        [
            D("Thứ Bảy, ngày 15/10/2022", "2022-10-15"),
            C("18 đội", 18, "đội"),
        ],
        note="A weekday written before a date is in its span (README). 'Nhà Văn hóa Lao động tỉnh "
        "Quảng Nam' is a venue (ambiguous: it is also a union institution).",
    ),
    Item(
        "bh11",
        "Năm nay, công đoàn dự kiến tổ chức cho đoàn viên nghỉ mát vào tháng 7; năm ngoái chỉ có "
        "40 người tham gia.",
        [
            D("Năm nay", "2024"),
            D("tháng 7", "2024-07"),
            C("40 người", 40, "người"),
            D("năm ngoái", "2023"),
        ],
        ref="2024-03-12",
        note="Relative years resolved from the reference date; 'tháng 7' takes the reference year.",
    ),
    Item(
        "bh12",
        "Nhân dịp kỷ niệm 48 năm Ngày Giải phóng miền Nam 30-4 và Quốc tế Lao động 1-5, công đoàn "
        "tổ chức giải bóng đá với 16 đội.",
        [
            D("30-4", "2023-04-30"),
            D("1-5", "2023-05-01"),
            C("16 đội", 16, "đội"),
        ],
        ref="2023-04-20",
        note="Holiday day-month with hyphen take the reference year (the anniversary is of this "
        "year). '48 năm' is a duration.",
    ),
    Item(
        "bh13",
        "Biểu mẫu kèm theo: Mẫu số 02-LĐTBXH, Biểu 8c-BTCTW; các trường hợp F0/F1 khai báo "
        "theo mẫu B14-TLĐ.",
        [],
        note="Form codes and COVID contact classes look like document numbers but are not.",
    ),
    Item(
        "bh14",
        "Theo Chỉ thị 15 và Nghị định 145, doanh nghiệp phải bố trí tối thiểu 3 người trực.",
        [
            C("tối thiểu 3 người", 3, "người", "at_least"),
        ],
        note="'Chỉ thị 15', 'Nghị định 145' carry no symbol: not document numbers (ambiguous: "
        "the number alone identifies the text in context).",
    ),
    Item(
        "bh15",
        "Đến nay, toàn huyện đã kết nạp được hai nghìn không trăm linh năm đoàn viên, vượt chỉ "
        "tiêu ba trăm đoàn viên.",
        [
            C("hai nghìn không trăm linh năm đoàn viên", 2005, "đoàn viên"),
            C("ba trăm đoàn viên", 300, "đoàn viên"),
        ],
    ),
    Item(
        "bh16",
        "Quỹ đã giải ngân 1 tỉ 500 triệu đ cho 60 hộ vay, mỗi hộ 25 triệu đ, lãi suất 0,5%/tháng.",
        [
            M("1 tỉ 500 triệu đ", 1500000000),
            C("60 hộ", 60, "hộ"),
            M("25 triệu đ", 25000000),
            P("0,5%/tháng", 0.5),
        ],
        note="A rate '0,5%/tháng' keeps '/tháng' in the span (as money keeps '/người'); ambiguous.",
    ),
    Item(
        "bh17",
        "Công đoàn cơ sở Trường Đại học Thuỷ lợi phối hợp Bệnh viện Đa khoa Hoà Bình khám bệnh "
        "miễn phí cho 215 đoàn viên.",
        [
            O(
                "Công đoàn cơ sở Trường Đại học Thuỷ lợi",
                "Công đoàn cơ sở Trường Đại học Thủy lợi",
                "trade_union",
            ),
            O("Bệnh viện Đa khoa Hoà Bình", "Bệnh viện Đa khoa Hòa Bình", "health"),
            C("215 đoàn viên", 215, "đoàn viên"),
        ],
        note="Old tone marks (Thuỷ, Hoà) are modernized in canonical names.",
    ),
    Item(
        "bh18",
        "Tổng kinh phí hỗ trợ là 12,5\ntriệu đồng, được trích từ quỹ cơ quan; số còn lại khoảng "
        "một triệu rưỡi chuyển sang năm sau.",
        [
            M("12,5\ntriệu đồng", 12500000),
            M("khoảng một triệu rưỡi", 1500000, "approx"),
        ],
        note="A PDF line break inside the amount. 'một triệu rưỡi' without a currency word in a "
        "money context is money (VND implied). 'năm sau' needs a reference date (none): no date "
        "(ambiguous).",
    ),
    Item(
        "bh19",
        "Tuần qua, trên địa bàn có 3 doanh nghiệp nợ lương với 1.2OO công nhân; cơ quan chức năng "
        "đang xác minh.",
        [
            C("3 doanh nghiệp", 3, "doanh nghiệp"),
        ],
        note="OCR '1.2OO' (letter O) is not a number: not annotated (ambiguous: a robust reader "
        "could restore 1200). 'Tuần qua' is a vague relative period without reference date.",
    ),
    Item(
        "bh20",
        "Giải thưởng Nguyễn Đức Cảnh lần thứ V năm 2024 đã vinh danh 100 công nhân, lao động tiêu "
        "biểu, mỗi người nhận 10 triệu đồng tiền thưởng.",
        [
            D("năm 2024", "2024"),
            C("100 công nhân", 100, "công nhân"),
            M("10 triệu đồng", 10000000),
        ],
        note="'Giải thưởng Nguyễn Đức Cảnh' is an award, 'lần thứ V' an ordinal; '100 công nhân, "
        "lao động tiêu biểu' → unit 'công nhân' (coordination not included).",
    ),
    Item(
        "bh21",
        "Ngày 1.6.2022, Hội LHPN huyện Tam Nông phối hợp Đoàn Thanh niên xã Phú Cường trao 50 "
        "suất quà cho thiếu nhi, mỗi suất 200 ngàn đồng.",
        [
            D("Ngày 1.6.2022", "2022-06-01"),
            O(
                "Hội LHPN huyện Tam Nông",
                "Hội Liên hiệp Phụ nữ huyện Tam Nông",
                "mass_organization",
                "LHPN",
            ),
            O(
                "Đoàn Thanh niên xã Phú Cường",
                "Đoàn Thanh niên xã Phú Cường",
                "mass_organization",
            ),
            C("50 suất quà", 50, "suất quà"),
            M("200 ngàn đồng", 200000),
        ],
        note="Dotted date. Commune youth union is a named body.",
    ),
    Item(
        "bh22",
        "Căn cứ Quyết định số 1234 /QĐ–UBND ngày 05/8/2021 của UBND tỉnh Quảng Trị và Thông tư số "
        "07/2021/TT-BLÐTBXH của Bộ LĐ-TB&XH, mức hỗ trợ là 1,5 triệu đồng/tháng.",
        [
            N("1234 /QĐ–UBND", "1234/QĐ-UBND"),
            D("ngày 05/8/2021", "2021-08-05"),
            O("UBND tỉnh Quảng Trị", "Ủy ban nhân dân tỉnh Quảng Trị", "state", "UBND"),
            N("07/2021/TT-BLÐTBXH", "07/2021/TT-BLĐTBXH"),
            O("Bộ LĐ-TB&XH", "Bộ Lao động - Thương binh và Xã hội", "state", "LĐ-TB&XH"),
            M("1,5 triệu đồng/tháng", 1500000, per="tháng"),
        ],
        note="En dash inside a symbol and Latin ETH 'Ð' for 'Đ' are canonicalized in the symbol.",
    ),
]
