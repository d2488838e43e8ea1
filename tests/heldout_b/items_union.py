"""Set B — trade-union news and yearly reports (gold written by reading; see gold.py)."""

from __future__ import annotations

from tests.heldout_b.gold import C, D, Item, M, N, O, P

TNHH = (
    "TNHH is a legal-form abbreviation: canonical expands it ('trách nhiệm hữu hạn', lower case)."
)

ITEMS: list[Item] = [
    Item(
        "bu01",
        'Ngày 18/1/2023, LĐLĐ tỉnh Quảng Trị tổ chức chương trình "Tết Sum vầy" năm 2023, trao '
        "320 suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn, mỗi suất trị giá "
        "800.000 đồng.",
        [
            D("Ngày 18/1/2023", "2023-01-18"),
            O("LĐLĐ tỉnh Quảng Trị", "Liên đoàn Lao động tỉnh Quảng Trị", "trade_union", "LĐLĐ"),
            D("năm 2023", "2023"),
            C("320 suất quà", 320, "suất quà"),
            M("800.000 đồng", 800000),
        ],
    ),
    Item(
        "bu02",
        "Sáng 25/7, Công đoàn Công ty TNHH Giày da Phú Thịnh (KCN Long Đức, huyện Long Thành) đã "
        "tổ chức Đại hội Công đoàn cơ sở nhiệm kỳ 2023 – 2028. Đại hội đã bầu 9 đồng chí vào Ban "
        "Chấp hành khóa mới.",
        [
            D("25/7", "2023-07-25"),
            O(
                "Công đoàn Công ty TNHH Giày da Phú Thịnh",
                "Công đoàn Công ty trách nhiệm hữu hạn Giày da Phú Thịnh",
                "trade_union",
                "TNHH",
            ),
            D("nhiệm kỳ 2023 – 2028", "2023", "2028"),
            C("9 đồng chí", 9, "đồng chí"),
        ],
        ref="2023-07-26",
        note=TNHH + " 'KCN Long Đức' is a place (industrial park), not an organization; 'Ban Chấp "
        "hành khóa mới' names no body. 'Đại hội Công đoàn cơ sở' is an event.",
    ),
    Item(
        "bu03",
        "Năm 2022, toàn tỉnh Hà Giang kết nạp mới 2.416 đoàn viên, thành lập 31 CĐCS, đạt 112% "
        "kế hoạch Tổng Liên đoàn giao.",
        [
            D("Năm 2022", "2022"),
            C("2.416 đoàn viên", 2416, "đoàn viên"),
            C("31 CĐCS", 31, "CĐCS"),
            P("112%", 112),
            O("Tổng Liên đoàn", "Tổng Liên đoàn Lao động Việt Nam", "trade_union"),
        ],
        note="'Tổng Liên đoàn' is the usual short name of the national body: annotated, canonical "
        "the full name (ambiguous: elliptic name). 'toàn tỉnh Hà Giang' is a place.",
    ),
    Item(
        "bu04",
        'Từ nguồn quỹ "Mái ấm Công đoàn", LĐLĐ huyện Bù Đăng đã hỗ trợ xây mới 05 căn nhà và sửa '
        "chữa 02 căn cho đoàn viên, với tổng kinh phí 310 triệu đồng; mỗi căn xây mới được hỗ trợ "
        "50 triệu đồng.",
        [
            O("LĐLĐ huyện Bù Đăng", "Liên đoàn Lao động huyện Bù Đăng", "trade_union", "LĐLĐ"),
            C("05 căn nhà", 5, "căn nhà"),
            C("02 căn", 2, "căn"),
            M("310 triệu đồng", 310000000),
            M("50 triệu đồng", 50000000),
        ],
        note="'Mái ấm Công đoàn' is a programme/fund name, not an organization.",
    ),
    Item(
        "bu05",
        "Dịp Tháng Công nhân năm 2024, CĐCS Trường THPT Nguyễn Trãi (thị xã Ninh Hòa) đã trao "
        "tặng 12 suất học bổng, mỗi suất 1,5 triệu đồng cho con đoàn viên học giỏi.",
        [
            D("năm 2024", "2024"),
            O(
                "CĐCS Trường THPT Nguyễn Trãi",
                "Công đoàn cơ sở Trường Trung học phổ thông Nguyễn Trãi",
                "trade_union",
                "CĐCS",
            ),
            C("12 suất học bổng", 12, "suất học bổng"),
            M("1,5 triệu đồng", 1500000),
        ],
        note="'Tháng Công nhân' is a campaign month (May) without a written month number: only "
        "'năm 2024' is annotated.",
    ),
    Item(
        "bu06",
        "Trong 6 tháng đầu năm, Công đoàn ngành Giáo dục tỉnh Trà Vinh đã vận động đoàn viên "
        "đóng góp hơn 1,2 tỉ đồng ủng hộ Quỹ Vì người nghèo và các hoạt động an sinh xã hội.",
        [
            O(
                "Công đoàn ngành Giáo dục tỉnh Trà Vinh",
                "Công đoàn ngành Giáo dục tỉnh Trà Vinh",
                "trade_union",
            ),
            M("hơn 1,2 tỉ đồng", 1200000000, "over"),
        ],
        note="'6 tháng đầu năm' is a cumulative period without a year: no date. 'Quỹ Vì người "
        "nghèo' is a fund, not annotated as an organization.",
    ),
    Item(
        "bu07",
        "Ngày 28/7/2024, nhân kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 – "
        "28/7/2024), Ban Thường vụ LĐLĐ tỉnh Phú Yên đã khen thưởng 45 tập thể và 87 cá nhân có "
        "thành tích xuất sắc.",
        [
            D("Ngày 28/7/2024", "2024-07-28"),
            O("Công đoàn Việt Nam", "Công đoàn Việt Nam", "trade_union"),
            D("28/7/1929 – 28/7/2024", "1929-07-28", "2024-07-28"),
            O(
                "Ban Thường vụ LĐLĐ tỉnh Phú Yên",
                "Ban Thường vụ Liên đoàn Lao động tỉnh Phú Yên",
                "trade_union",
                "LĐLĐ",
            ),
            C("45 tập thể", 45, "tập thể"),
            C("87 cá nhân", 87, "cá nhân"),
        ],
        note="'95 năm' is a duration. 'Công đoàn Việt Nam' inside 'Ngày thành lập Công đoàn Việt "
        "Nam' names one body (unlike the generic 'ngày thành lập Công đoàn' of fixture 000): "
        "annotated; ambiguous because it sits inside a holiday name. The parenthesised pair is "
        "one range.",
    ),
    Item(
        "bu08",
        "Tính đến ngày 30/9/2023, LĐLĐ thành phố Vĩnh Yên quản lý 146 công đoàn cơ sở với "
        "11.805 đoàn viên; số lao động nữ chiếm 58,3%.",
        [
            D("ngày 30/9/2023", "2023-09-30"),
            O(
                "LĐLĐ thành phố Vĩnh Yên",
                "Liên đoàn Lao động thành phố Vĩnh Yên",
                "trade_union",
                "LĐLĐ",
            ),
            C("146 công đoàn cơ sở", 146, "công đoàn cơ sở"),
            C("11.805 đoàn viên", 11805, "đoàn viên"),
            P("58,3%", 58.3),
        ],
    ),
    Item(
        "bu09",
        "Chiều 14-12, tại Hội trường UBND huyện Yên Thủy, Công đoàn Bệnh viện Đa khoa huyện Yên "
        "Thủy tổ chức tọa đàm. Dịp này, công đoàn trao 30 phần quà (mỗi phần 500 nghìn đồng).",
        [
            D("14-12", "2022-12-14"),
            O("UBND huyện Yên Thủy", "Ủy ban nhân dân huyện Yên Thủy", "state", "UBND"),
            O(
                "Công đoàn Bệnh viện Đa khoa huyện Yên Thủy",
                "Công đoàn Bệnh viện Đa khoa huyện Yên Thủy",
                "trade_union",
            ),
            C("30 phần quà", 30, "phần quà"),
            M("500 nghìn đồng", 500000),
        ],
        ref="2022-12-15",
        note="'Hội trường UBND huyện Yên Thủy' is a hall; the committee inside it is annotated.",
    ),
    Item(
        "bu10",
        "Năm học 2022-2023, Công đoàn Giáo dục huyện Krông Pắc có 1.127 đoàn viên ở 52 CĐCS "
        "trường học; 100% CĐCS được xếp loại hoàn thành tốt nhiệm vụ trở lên.",
        [
            D("Năm học 2022-2023", "2022", "2023"),
            O(
                "Công đoàn Giáo dục huyện Krông Pắc",
                "Công đoàn Giáo dục huyện Krông Pắc",
                "trade_union",
            ),
            C("1.127 đoàn viên", 1127, "đoàn viên"),
            C("52 CĐCS trường học", 52, "CĐCS trường học"),
            P("100%", 100),
        ],
        note="'năm học 2022-2023' is a period with its period word (like 'nhiệm kỳ'): 2022 until "
        "2023.",
    ),
    Item(
        "bu11",
        "Liên đoàn Lao động tỉnh Sóc Trăng vừa tổ chức trao 200 suất quà “Tết Sum vầy – Xuân Giáp "
        "Thìn 2024”, tổng trị giá 160.000.000đ, cho công nhân lao động tại các KCN.",
        [
            O(
                "Liên đoàn Lao động tỉnh Sóc Trăng",
                "Liên đoàn Lao động tỉnh Sóc Trăng",
                "trade_union",
            ),
            C("200 suất quà", 200, "suất quà"),
            D("2024", "2024"),
            M("160.000.000đ", 160000000),
        ],
        note="'Xuân Giáp Thìn 2024': the bare year 2024 is annotated as a year date; the lunar-year "
        "name is not a separate mention.",
    ),
    Item(
        "bu12",
        "Đại hội Công đoàn tỉnh Ninh Thuận lần thứ XII, nhiệm kỳ 2023 - 2028 diễn ra trong hai "
        "ngày 20 và 21/6/2023 với 180 đại biểu chính thức.",
        [
            O("Công đoàn tỉnh Ninh Thuận", "Công đoàn tỉnh Ninh Thuận", "trade_union"),
            D("nhiệm kỳ 2023 - 2028", "2023", "2028"),
            D("ngày 20", "2023-06-20"),
            D("21/6/2023", "2023-06-21"),
            C("180 đại biểu", 180, "đại biểu"),
        ],
        note="'ngày 20 và 21/6/2023' is a list of two days sharing month and year (not a range). "
        "'lần thứ XII' is an ordinal; 'hai ngày' a duration. 'chính thức' is a trailing adjective.",
    ),
    Item(
        "bu13",
        "Quý III/2023, CĐCS Công ty Cổ phần Thủy sản Minh Hải phối hợp với Trung tâm Y tế huyện "
        "Đầm Dơi khám sức khỏe định kỳ cho 640 lượt công nhân.",
        [
            D("Quý III/2023", "2023-Q3"),
            O(
                "CĐCS Công ty Cổ phần Thủy sản Minh Hải",
                "Công đoàn cơ sở Công ty Cổ phần Thủy sản Minh Hải",
                "trade_union",
                "CĐCS",
            ),
            O("Trung tâm Y tế huyện Đầm Dơi", "Trung tâm Y tế huyện Đầm Dơi", "health"),
            C("640 lượt công nhân", 640, "lượt công nhân"),
        ],
    ),
    Item(
        "bu14",
        "Theo báo cáo, năm 2021 các cấp công đoàn tỉnh Yên Bái đã chi trên 2,8 tỷ đồng thăm hỏi, "
        "hỗ trợ 4.350 lượt đoàn viên ốm đau, tai nạn lao động.",
        [
            D("năm 2021", "2021"),
            M("trên 2,8 tỷ đồng", 2800000000, "over"),
            C("4.350 lượt đoàn viên", 4350, "lượt đoàn viên"),
        ],
        note="'các cấp công đoàn tỉnh Yên Bái' is a generic plural reference, not an organization.",
    ),
    Item(
        "bu15",
        "Đồng chí Lò Thị Hoa, Chủ tịch Công đoàn Viên chức tỉnh Điện Biên trao Bằng khen của Tổng "
        "LĐLĐVN cho 3 tập thể và 5 cá nhân.",
        [
            O(
                "Công đoàn Viên chức tỉnh Điện Biên",
                "Công đoàn Viên chức tỉnh Điện Biên",
                "trade_union",
            ),
            O("Tổng LĐLĐVN", "Tổng Liên đoàn Lao động Việt Nam", "trade_union", "Tổng LĐLĐVN"),
            C("3 tập thể", 3, "tập thể"),
            C("5 cá nhân", 5, "cá nhân"),
        ],
        note="'Bằng khen' is an award, not an organization; the person and title are not mentions.",
    ),
    Item(
        "bu16",
        "Công đoàn Khu kinh tế tỉnh Hà Tĩnh cho biết, năm 2023 có 14 doanh nghiệp nợ kinh phí công "
        "đoàn với tổng số tiền khoảng 3,4 tỷ đồng.",
        [
            O(
                "Công đoàn Khu kinh tế tỉnh Hà Tĩnh",
                "Công đoàn Khu kinh tế tỉnh Hà Tĩnh",
                "trade_union",
            ),
            D("năm 2023", "2023"),
            C("14 doanh nghiệp", 14, "doanh nghiệp"),
            M("khoảng 3,4 tỷ đồng", 3400000000, "approx"),
        ],
    ),
    Item(
        "bu17",
        'Chương trình "Phiên chợ Nghĩa tình Công đoàn" do LĐLĐ quận Ngô Quyền phối hợp Công ty CP '
        "Bia Hải Phòng tổ chức ngày 21/01/2024 đã bán 1.500 phiếu mua hàng 0 đồng, mỗi phiếu "
        "trị giá 300.000đ.",
        [
            O("LĐLĐ quận Ngô Quyền", "Liên đoàn Lao động quận Ngô Quyền", "trade_union", "LĐLĐ"),
            O("Công ty CP Bia Hải Phòng", "Công ty cổ phần Bia Hải Phòng", "enterprise", "CP"),
            D("ngày 21/01/2024", "2024-01-21"),
            C("1.500 phiếu mua hàng", 1500, "phiếu mua hàng"),
            M("0 đồng", 0),
            M("300.000đ", 300000),
        ],
        note="'0 đồng' is part of the coupon's name ('phiếu mua hàng 0 đồng') but it is an amount "
        "of money as written: annotated, value 0 (ambiguous). CP → 'cổ phần'.",
    ),
    Item(
        "bu18",
        "Hưởng ứng Tuần lễ Quốc gia về ATVSLĐ, CĐCS Nhà máy Xi măng Bỉm Sơn tổ chức huấn luyện "
        "cho gần 700 công nhân từ ngày 10 đến ngày 15/5/2022.",
        [
            O(
                "CĐCS Nhà máy Xi măng Bỉm Sơn",
                "Công đoàn cơ sở Nhà máy Xi măng Bỉm Sơn",
                "trade_union",
                "CĐCS",
            ),
            C("gần 700 công nhân", 700, "công nhân", "nearly"),
            D("từ ngày 10 đến ngày 15/5/2022", "2022-05-10", "2022-05-15"),
        ],
    ),
    Item(
        "bu19",
        "Năm 2023, Công đoàn Tổng công ty Cao su Đồng Nai đã ký kết thỏa ước lao động tập thể với "
        "mức lương bình quân 9,8 triệu đồng/người/tháng, tăng 7% so với năm 2022.",
        [
            D("Năm 2023", "2023"),
            O(
                "Công đoàn Tổng công ty Cao su Đồng Nai",
                "Công đoàn Tổng công ty Cao su Đồng Nai",
                "trade_union",
            ),
            M("9,8 triệu đồng/người/tháng", 9800000, per="người/tháng"),
            P("7%", 7),
            D("năm 2022", "2022"),
        ],
        note="A rate keeps its '/người/tháng' in the money span (per = 'người/tháng').",
    ),
    Item(
        "bu20",
        "Trong nhiệm kỳ 2018-2023, LĐLĐ huyện Lệ Thủy đã giới thiệu 126 đoàn viên ưu tú cho Đảng "
        "xem xét kết nạp; 98 đồng chí đã được kết nạp vào Đảng.",
        [
            D("nhiệm kỳ 2018-2023", "2018", "2023"),
            O("LĐLĐ huyện Lệ Thủy", "Liên đoàn Lao động huyện Lệ Thủy", "trade_union", "LĐLĐ"),
            C("126 đoàn viên", 126, "đoàn viên"),
            C("98 đồng chí", 98, "đồng chí"),
        ],
        note="Bare 'Đảng' is not an organization (fixture notes). 'ưu tú' is a trailing adjective.",
    ),
    Item(
        "bu21",
        "Chiều 9/2, Đoàn công tác của Tổng Liên đoàn Lao động Việt Nam do Phó Chủ tịch Thái Thu "
        "Xương dẫn đầu đã thăm, tặng quà công nhân Công ty TNHH MTV Cao su Chư Păh (tỉnh Gia Lai).",
        [
            D("9/2", "2024-02-09"),
            O(
                "Tổng Liên đoàn Lao động Việt Nam",
                "Tổng Liên đoàn Lao động Việt Nam",
                "trade_union",
            ),
            O(
                "Công ty TNHH MTV Cao su Chư Păh",
                "Công ty trách nhiệm hữu hạn một thành viên Cao su Chư Păh",
                "enterprise",
                "TNHH",
            ),
        ],
        ref="2024-02-12",
        note=TNHH + " MTV → 'một thành viên'. 'Đoàn công tác' is a delegation, not a body.",
    ),
    Item(
        "bu22",
        "Kết quả, 6/6 chỉ tiêu Đại hội đề ra đều đạt và vượt; trong đó tỷ lệ CĐCS đạt vững mạnh "
        "là 86,5%, vượt 6,5% so với chỉ tiêu.",
        [
            P("86,5%", 86.5),
            P("6,5%", 6.5),
        ],
        note="'6/6 chỉ tiêu' is a fraction of a group (6 of 6), not a date and not annotated as a "
        "count (ambiguous: could be read as count 6 'chỉ tiêu').",
    ),
    Item(
        "bu23",
        "LĐLĐ Thành phố Hồ Chí Minh đã trao 2.000 vé xe, vé tàu miễn phí cho công nhân về quê đón "
        "Tết Nguyên đán 2023, tổng trị giá gần 2 tỷ đồng.",
        [
            O(
                "LĐLĐ Thành phố Hồ Chí Minh",
                "Liên đoàn Lao động Thành phố Hồ Chí Minh",
                "trade_union",
                "LĐLĐ",
            ),
            C("2.000 vé xe", 2000, "vé xe"),
            D("2023", "2023"),
            M("gần 2 tỷ đồng", 2000000000, "nearly"),
        ],
        note="'2.000 vé xe, vé tàu': the count is '2.000 vé xe' (the coordinated 'vé tàu' is not "
        "part of the unit, as in fixture 004). 'Tết Nguyên đán 2023' → the year 2023.",
    ),
    Item(
        "bu24",
        'Công đoàn Trường Đại học Cần Thơ vừa tổ chức Hội thi "Nữ công duyên dáng" với sự tham '
        "gia của 24 đội đến từ các khoa, phòng, viện.",
        [
            O(
                "Công đoàn Trường Đại học Cần Thơ",
                "Công đoàn Trường Đại học Cần Thơ",
                "trade_union",
            ),
            C("24 đội", 24, "đội"),
        ],
    ),
    Item(
        "bu25",
        "Ban Nữ công LĐLĐ tỉnh Thái Bình phối hợp Hội Liên hiệp Phụ nữ tỉnh trao 15 triệu đồng "
        "cho 3 nữ công nhân bị tai nạn lao động năm 2021.",
        [
            O(
                "Ban Nữ công LĐLĐ tỉnh Thái Bình",
                "Ban Nữ công Liên đoàn Lao động tỉnh Thái Bình",
                "trade_union",
                "LĐLĐ",
            ),
            O(
                "Hội Liên hiệp Phụ nữ tỉnh",
                "Hội Liên hiệp Phụ nữ tỉnh Thái Bình",
                "mass_organization",
            ),
            M("15 triệu đồng", 15000000),
            C("3 nữ công nhân", 3, "nữ công nhân"),
            D("năm 2021", "2021"),
        ],
        note="'Hội Liên hiệp Phụ nữ tỉnh' is completed with the province the text names.",
    ),
    Item(
        "bu26",
        'Sau 5 năm triển khai, chương trình "Vì lợi ích đoàn viên" đã có 37 đơn vị ký kết thỏa '
        "thuận ưu đãi, mang lại lợi ích cho hàng chục nghìn đoàn viên trong tỉnh.",
        [
            C("37 đơn vị", 37, "đơn vị"),
            C("hàng chục nghìn đoàn viên", None, "đoàn viên", "range", 10000, 100000),
        ],
        note="'5 năm' is a duration.",
    ),
    Item(
        "bu27",
        "Tại Hội nghị lần thứ 12 Ban Chấp hành LĐLĐ tỉnh Tuyên Quang khóa XVIII, đồng chí Chủ tịch "
        "thông tin: 9 tháng năm 2023, toàn tỉnh phát triển được 1.932/2.500 đoàn viên, đạt 77,3%.",
        [
            O(
                "Ban Chấp hành LĐLĐ tỉnh Tuyên Quang",
                "Ban Chấp hành Liên đoàn Lao động tỉnh Tuyên Quang",
                "trade_union",
                "LĐLĐ",
            ),
            D("năm 2023", "2023"),
            C("1.932/2.500 đoàn viên", 1932, "đoàn viên"),
            P("77,3%", 77.3),
        ],
        note="'9 tháng năm 2023' is cumulative: only 'năm 2023' is a date. '1.932/2.500 đoàn viên' "
        "(achieved/target) is one count of 1932 (ambiguous: the span could be '2.500 đoàn viên'). "
        "'lần thứ 12', 'khóa XVIII' are ordinals.",
    ),
    Item(
        "bu28",
        "Ngày 3/3, Công đoàn cơ sở Công ty TNHH Điện tử Foster Bắc Ninh tổ chức mít tinh kỷ "
        "niệm ngày Quốc tế Phụ nữ 8/3 cho gần ba nghìn lao động nữ.",
        [
            D("Ngày 3/3", "2023-03-03"),
            O(
                "Công đoàn cơ sở Công ty TNHH Điện tử Foster Bắc Ninh",
                "Công đoàn cơ sở Công ty trách nhiệm hữu hạn Điện tử Foster Bắc Ninh",
                "trade_union",
                "TNHH",
            ),
            D("8/3", "2023-03-08"),
            C("gần ba nghìn lao động nữ", 3000, "lao động nữ", "nearly"),
        ],
        ref="2023-03-04",
        note=TNHH + " 'lao động nữ' keeps 'nữ' (it names the group, a compound noun).",
    ),
    Item(
        "bu29",
        "Toàn tỉnh hiện có 1.246 CĐCS với 96.418 đoàn viên, trong đó khu vực doanh nghiệp ngoài "
        "nhà nước chiếm hơn 60%.",
        [
            C("1.246 CĐCS", 1246, "CĐCS"),
            C("96.418 đoàn viên", 96418, "đoàn viên"),
            P("hơn 60%", 60, "over"),
        ],
    ),
    Item(
        "bu30",
        "Dịp này, Quỹ Xã hội từ thiện Tấm lòng vàng Lao Động trao tặng Công đoàn Trường Mầm non "
        "Sơn Ca (huyện Mường Khương) 01 bộ máy vi tính trị giá 12,5 triệu đồng.",
        [
            O(
                "Quỹ Xã hội từ thiện Tấm lòng vàng Lao Động",
                "Quỹ Xã hội từ thiện Tấm lòng vàng Lao Động",
                "other",
            ),
            O("Công đoàn Trường Mầm non Sơn Ca", "Công đoàn Trường Mầm non Sơn Ca", "trade_union"),
            C("01 bộ máy vi tính", 1, "bộ máy vi tính"),
            M("12,5 triệu đồng", 12500000),
        ],
        note="A registered charity fund is an organization (type other).",
    ),
    Item(
        "bu31",
        "Báo cáo tổng kết năm 2020 của LĐLĐ tỉnh Bắc Kạn nêu rõ: tổng thu tài chính công đoàn đạt "
        "28,65 tỷ đồng, bằng 104,2% dự toán; chi cho hoạt động phong trào chiếm 60 %.",
        [
            D("năm 2020", "2020"),
            O("LĐLĐ tỉnh Bắc Kạn", "Liên đoàn Lao động tỉnh Bắc Kạn", "trade_union", "LĐLĐ"),
            M("28,65 tỷ đồng", 28650000000),
            P("104,2%", 104.2),
            P("60 %", 60),
        ],
    ),
    Item(
        "bu32",
        "Từ 15/12/2022 đến 15/01/2023, các CĐCS trên địa bàn huyện Châu Thành đã tổ chức 58 "
        "chuyến xe đưa đón công nhân về quê ăn Tết.",
        [
            D("Từ 15/12/2022 đến 15/01/2023", "2022-12-15", "2023-01-15"),
            C("58 chuyến xe", 58, "chuyến xe"),
        ],
    ),
    Item(
        "bu33",
        "Năm 2019, Công đoàn Điện lực Việt Nam có 98.700 đoàn viên; thu nhập bình quân đạt 15,2 "
        "triệu đồng/người/tháng.",
        [
            D("Năm 2019", "2019"),
            O("Công đoàn Điện lực Việt Nam", "Công đoàn Điện lực Việt Nam", "trade_union"),
            C("98.700 đoàn viên", 98700, "đoàn viên"),
            M("15,2 triệu đồng/người/tháng", 15200000, per="người/tháng"),
        ],
    ),
    Item(
        "bu34",
        "Đồng chí Hoàng Văn Sơn, Phó Chủ tịch Thường trực LĐLĐ tỉnh Lạng Sơn, trao quyết định công "
        "nhận Ban Chấp hành lâm thời CĐCS Công ty CP Đầu tư Xây dựng Đồng Đăng gồm 3 đồng chí.",
        [
            O("LĐLĐ tỉnh Lạng Sơn", "Liên đoàn Lao động tỉnh Lạng Sơn", "trade_union", "LĐLĐ"),
            O(
                "Ban Chấp hành lâm thời CĐCS Công ty CP Đầu tư Xây dựng Đồng Đăng",
                "Ban Chấp hành lâm thời Công đoàn cơ sở Công ty cổ phần Đầu tư Xây dựng Đồng Đăng",
                "trade_union",
                "CĐCS",
            ),
            C("3 đồng chí", 3, "đồng chí"),
        ],
        note="The interim executive board of a named CĐCS is one nested organization.",
    ),
    Item(
        "bu35",
        "Năm 2022, các cấp công đoàn huyện Đức Trọng đã vận động ủng hộ Quỹ xã hội từ thiện "
        "Công đoàn tổng số tiền 256.750.000 đồng, hỗ trợ 19 đoàn viên khó khăn về nhà ở.",
        [
            D("Năm 2022", "2022"),
            M("256.750.000 đồng", 256750000),
            C("19 đoàn viên", 19, "đoàn viên"),
        ],
        note="'Quỹ xã hội từ thiện Công đoàn' (lower case, unnamed level) is treated as a generic "
        "fund, not an organization (ambiguous).",
    ),
    Item(
        "bu36",
        "Năm 2024, LĐLĐ tỉnh Hậu Giang phấn đấu thành lập mới ít nhất 5 CĐCS, phát triển từ 1.500 "
        "đoàn viên trở lên.",
        [
            D("Năm 2024", "2024"),
            O("LĐLĐ tỉnh Hậu Giang", "Liên đoàn Lao động tỉnh Hậu Giang", "trade_union", "LĐLĐ"),
            C("ít nhất 5 CĐCS", 5, "CĐCS", "at_least"),
            C("từ 1.500 đoàn viên trở lên", 1500, "đoàn viên", "at_least"),
        ],
    ),
    Item(
        "bu37",
        "Thay mặt Ban Thường vụ Công đoàn ngành Y tế tỉnh Nam Định, đồng chí Chủ tịch đã trao "
        "Quyết định số 42/QĐ-CĐN cho Ban Chấp hành CĐCS Bệnh viện Phụ sản Nam Định.",
        [
            O(
                "Ban Thường vụ Công đoàn ngành Y tế tỉnh Nam Định",
                "Ban Thường vụ Công đoàn ngành Y tế tỉnh Nam Định",
                "trade_union",
            ),
            N("42/QĐ-CĐN", "42/QĐ-CĐN"),
            O(
                "Ban Chấp hành CĐCS Bệnh viện Phụ sản Nam Định",
                "Ban Chấp hành Công đoàn cơ sở Bệnh viện Phụ sản Nam Định",
                "trade_union",
                "CĐCS",
            ),
        ],
    ),
    Item(
        "bu38",
        'Hai năm qua, mô hình "Bữa cơm Công đoàn" đã được 45 doanh nghiệp hưởng ứng, nâng giá trị '
        "bữa ăn ca từ 15.000 đồng lên 20.000 – 25.000 đồng/suất.",
        [
            C("45 doanh nghiệp", 45, "doanh nghiệp"),
            M("15.000 đồng", 15000),
            M("20.000 – 25.000 đồng/suất", None, "range", 20000, 25000, per="suất"),
        ],
        note="'từ 15.000 đồng lên 20.000 – 25.000' is a change from one value to a range, not one "
        "range 'từ X đến Y': two mentions, 'từ' left out. 'Hai năm qua' is a duration.",
    ),
    Item(
        "bu39",
        "Ngày 05 tháng 10 năm 2023, tại thành phố Bến Tre, LĐLĐ tỉnh Bến Tre long trọng tổ chức "
        "Đại hội Công đoàn tỉnh lần thứ XI. Về dự có đồng chí Nguyễn Đình Khang, Ủy viên Trung ương "
        "Đảng, Chủ tịch Tổng LĐLĐ Việt Nam.",
        [
            D("Ngày 05 tháng 10 năm 2023", "2023-10-05"),
            O("LĐLĐ tỉnh Bến Tre", "Liên đoàn Lao động tỉnh Bến Tre", "trade_union", "LĐLĐ"),
            O("Tổng LĐLĐ Việt Nam", "Tổng Liên đoàn Lao động Việt Nam", "trade_union", "Tổng LĐLĐ"),
        ],
        note="'Đại hội Công đoàn tỉnh lần thứ XI' is an event name; 'Trung ương Đảng' inside a "
        "person's title ('Ủy viên Trung ương Đảng') is not annotated (ambiguous: it refers to the "
        "Central Committee).",
    ),
    Item(
        "bu40",
        "Qua khảo sát tại 120 doanh nghiệp, có khoảng 18% người lao động có nhu cầu vay vốn "
        "ưu đãi từ Quỹ Trợ vượng.",
        [
            C("120 doanh nghiệp", 120, "doanh nghiệp"),
            P("khoảng 18%", 18, "approx"),
        ],
        note="'Quỹ Trợ vượng' is a union micro-credit fund (programme), not annotated.",
    ),
]
