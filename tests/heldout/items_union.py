"""Held-out gold: trade-union news and reports (styles of the seed articles)."""

from __future__ import annotations

from tests.heldout.gold import C, D, Item, M, N, O, P

TU = "trade_union"
ST = "state"
EN = "enterprise"
HE = "health"
PA = "party"
MA = "mass_organization"
ED = "education"
OT = "other"

LDLD = "Liên đoàn Lao động"

ITEMS = [
    Item(
        "u001",
        "Ngày 25/7/2021, LĐLĐ tỉnh Bình Dương đã trao 1.200 suất quà, mỗi suất trị giá 500.000 đồng, "
        "cho công nhân lao động bị ảnh hưởng bởi dịch Covid-19.",
        [
            D("Ngày 25/7/2021", "2021-07-25"),
            O("LĐLĐ tỉnh Bình Dương", f"{LDLD} tỉnh Bình Dương", TU, "LĐLĐ"),
            C("1.200 suất quà", 1200, "suất quà"),
            M("500.000 đồng", 500000),
        ],
    ),
    Item(
        "u002",
        "Sáng 28/7, Công đoàn các Khu công nghiệp tỉnh Bắc Ninh phối hợp với CĐCS Công ty TNHH Samsung "
        "Electronics Việt Nam tổ chức tiêm vắc-xin cho hơn 3.000 công nhân.",
        [
            D("28/7", "2021-07-28"),
            O(
                "Công đoàn các Khu công nghiệp tỉnh Bắc Ninh",
                "Công đoàn các Khu công nghiệp tỉnh Bắc Ninh",
                TU,
            ),
            O(
                "CĐCS Công ty TNHH Samsung Electronics Việt Nam",
                "Công đoàn cơ sở Công ty Trách nhiệm hữu hạn Samsung Electronics Việt Nam",
                TU,
                "CĐCS",
            ),
            C("hơn 3.000 công nhân", 3000, "công nhân", "over"),
        ],
        ref="2021-07-28",
    ),
    Item(
        "u003",
        "Tính đến hết tháng 6/2021, toàn tỉnh có 125.430 đoàn viên công đoàn, tăng 4,2% so với cùng kỳ "
        "năm 2020.",
        [
            D("tháng 6/2021", "2021-06"),
            C("125.430 đoàn viên công đoàn", 125430, "đoàn viên công đoàn"),
            P("4,2%", "4.2"),
            D("năm 2020", "2020"),
        ],
    ),
    Item(
        "u004",
        "Năm 2021, LĐLĐ huyện Krông Pắc đã phát triển mới 312 đoàn viên, thành lập 5 CĐCS, đạt 104% kế "
        "hoạch.",
        [
            D("Năm 2021", "2021"),
            O("LĐLĐ huyện Krông Pắc", f"{LDLD} huyện Krông Pắc", TU, "LĐLĐ"),
            C("312 đoàn viên", 312, "đoàn viên"),
            C("5 CĐCS", 5, "CĐCS"),
            P("104%", 104),
        ],
        ref="2021-12-20",
    ),
    Item(
        "u005",
        "Chương trình “Tết Sum vầy” năm 2022 dự kiến hỗ trợ 2.500 đoàn viên có hoàn cảnh khó khăn với "
        "tổng kinh phí gần 2,5 tỷ đồng.",
        [
            D("năm 2022", "2022"),
            C("2.500 đoàn viên", 2500, "đoàn viên"),
            M("gần 2,5 tỷ đồng", 2500000000, "nearly"),
        ],
    ),
    Item(
        "u006",
        "Đồng chí Nguyễn Thị Hương, Chủ tịch LĐLĐ thành phố Đà Nẵng, cho biết trong quý II/2021, các "
        "cấp công đoàn thành phố đã chi hơn 18 tỷ đồng chăm lo cho người lao động.",
        [
            O("LĐLĐ thành phố Đà Nẵng", f"{LDLD} thành phố Đà Nẵng", TU, "LĐLĐ"),
            D("quý II/2021", "2021-Q2"),
            M("hơn 18 tỷ đồng", 18000000000, "over"),
        ],
    ),
    Item(
        "u007",
        "Ban Thường vụ LĐLĐ tỉnh Nghệ An vừa ban hành Kế hoạch số 112/KH-LĐLĐ ngày 12/8/2021 về việc hỗ "
        "trợ đoàn viên, người lao động gặp khó khăn do dịch COVID-19.",
        [
            O(
                "Ban Thường vụ LĐLĐ tỉnh Nghệ An",
                f"Ban Thường vụ {LDLD} tỉnh Nghệ An",
                TU,
                "LĐLĐ",
            ),
            N("112/KH-LĐLĐ", "112/KH-LĐLĐ"),
            D("ngày 12/8/2021", "2021-08-12"),
        ],
    ),
    Item(
        "u008",
        "Mỗi đoàn viên bị nhiễm COVID-19 (F0) được hỗ trợ 3 triệu đồng; trường hợp F1 phải cách ly tập "
        "trung được hỗ trợ 1 triệu đồng/người.",
        [
            M("3 triệu đồng", 3000000),
            M("1 triệu đồng/người", 1000000, per="người"),
        ],
    ),
    Item(
        "u009",
        "Theo Quyết định số 2606/QĐ-TLĐ ngày 13/8/2021 của Tổng Liên đoàn Lao động Việt Nam, người lao "
        "động có hợp đồng lao động bị tạm hoãn từ 15 ngày trở lên được hỗ trợ 1.500.000 đồng.",
        [
            N("2606/QĐ-TLĐ", "2606/QĐ-TLĐ"),
            D("ngày 13/8/2021", "2021-08-13"),
            O("Tổng Liên đoàn Lao động Việt Nam", "Tổng Liên đoàn Lao động Việt Nam", TU),
            M("1.500.000 đồng", 1500000),
        ],
    ),
    Item(
        "u010",
        "Năm học 2021 - 2022, Công đoàn Giáo dục tỉnh Quảng Trị trao 150 suất học bổng, mỗi suất 2 triệu "
        "đồng cho con đoàn viên.",
        [
            D("Năm học 2021 - 2022", "2021", "2022"),
            O("Công đoàn Giáo dục tỉnh Quảng Trị", "Công đoàn Giáo dục tỉnh Quảng Trị", TU),
            C("150 suất học bổng", 150, "suất học bổng"),
            M("2 triệu đồng", 2000000),
        ],
        note="period word kept in the span, as in CONTRACT.md's 'nhiệm kỳ 2023-2028' (revised after the first run)",
    ),
    Item(
        "u011",
        "Đại hội Công đoàn tỉnh Hà Giang lần thứ XVII, nhiệm kỳ 2023 - 2028 diễn ra từ ngày 14 đến ngày "
        "15/9/2023 với sự tham dự của 250 đại biểu chính thức.",
        [
            O("Công đoàn tỉnh Hà Giang", "Công đoàn tỉnh Hà Giang", TU),
            D("nhiệm kỳ 2023 - 2028", "2023", "2028"),
            D("từ ngày 14 đến ngày 15/9/2023", "2023-09-14", "2023-09-15"),
            C("250 đại biểu", 250, "đại biểu"),
        ],
    ),
    Item(
        "u012",
        "Tổng LĐLĐVN đề xuất Chính phủ giảm 50% mức đóng kinh phí công đoàn cho các doanh nghiệp bị ảnh "
        "hưởng.",
        [
            O("Tổng LĐLĐVN", "Tổng Liên đoàn Lao động Việt Nam", TU, "Tổng LĐLĐVN"),
            O("Chính phủ", "Chính phủ", ST),
            P("50%", 50),
        ],
    ),
    Item(
        "u013",
        "Kinh phí công đoàn được đóng bằng 2% quỹ tiền lương làm căn cứ đóng BHXH cho người lao động.",
        [P("2%", 2)],
        note="BHXH here is the insurance, not the agency",
    ),
    Item(
        "u014",
        "Chiều 26/7, đồng chí Trần Văn Lâm - Phó Chủ tịch Thường trực LĐLĐ tỉnh Đồng Nai đã đến thăm, "
        "tặng quà cho 40 công nhân đang cách ly tại khu nhà trọ ở phường Tam Phước, TP. Biên Hòa.",
        [
            D("26/7", "2021-07-26"),
            O("LĐLĐ tỉnh Đồng Nai", f"{LDLD} tỉnh Đồng Nai", TU, "LĐLĐ"),
            C("40 công nhân", 40, "công nhân"),
        ],
        ref="2021-07-27",
    ),
    Item(
        "u015",
        "Tổng số tiền hỗ trợ là 3 tỷ 200 triệu đồng, trong đó nguồn xã hội hóa chiếm khoảng 35%.",
        [M("3 tỷ 200 triệu đồng", 3200000000), P("khoảng 35%", 35, "approx")],
    ),
    Item(
        "u016",
        "Ông Phạm Văn Bình, Chủ tịch CĐCS Công ty Cổ phần May Sông Hồng cho biết, công ty hiện có gần "
        "8.000 lao động, thu nhập bình quân đạt 7,8 triệu đồng/người/tháng.",
        [
            O(
                "CĐCS Công ty Cổ phần May Sông Hồng",
                "Công đoàn cơ sở Công ty Cổ phần May Sông Hồng",
                TU,
                "CĐCS",
            ),
            C("gần 8.000 lao động", 8000, "lao động", "nearly"),
            M("7,8 triệu đồng/người/tháng", 7800000, per="người/tháng"),
        ],
    ),
    Item(
        "u017",
        "Với phương châm “đâu cần công nhân có, đâu khó có công nhân”, hơn 200 đoàn viên thanh niên đã "
        "tham gia hiến máu tình nguyện, thu được 230 đơn vị máu.",
        [
            C("hơn 200 đoàn viên thanh niên", 200, "đoàn viên thanh niên", "over"),
            C("230 đơn vị máu", 230, "đơn vị máu"),
        ],
    ),
    Item(
        "u018",
        "Trong năm 2022, nguồn vốn vay ưu đãi của công đoàn đã giải ngân 4,5 tỷ đồng cho 320 hộ gia đình.",
        [
            D("năm 2022", "2022"),
            M("4,5 tỷ đồng", 4500000000),
            C("320 hộ gia đình", 320, "hộ gia đình"),
        ],
    ),
    Item(
        "u019",
        "LĐLĐ các tỉnh Bắc Giang, Bắc Ninh và Hải Dương đã ký kết chương trình phối hợp giai đoạn "
        "2021-2025.",
        [
            O("Bắc Giang", f"{LDLD} tỉnh Bắc Giang", TU),
            O("Bắc Ninh", f"{LDLD} tỉnh Bắc Ninh", TU),
            O("Hải Dương", f"{LDLD} tỉnh Hải Dương", TU),
            D("giai đoạn 2021-2025", "2021", "2025"),
        ],
        note="coordinated list: one organization per conjunct (fixture 000 convention)",
    ),
    Item(
        "u020",
        "Bà Lê Thị Mai (43 tuổi), công nhân Công ty TNHH Pou Yuen Việt Nam ở quận Bình Tân, TP.HCM, đã "
        "mất việc từ tháng 5 và chưa nhận được trợ cấp thất nghiệp.",
        [
            O(
                "Công ty TNHH Pou Yuen Việt Nam",
                "Công ty Trách nhiệm hữu hạn Pou Yuen Việt Nam",
                EN,
                "TNHH",
            ),
            D("tháng 5", "2021-05"),
        ],
        ref="2021-09-10",
    ),
    Item(
        "u021",
        "Ngày 12-10-2022, tại Hà Nội, Tổng Liên đoàn Lao động Việt Nam tổ chức hội nghị tổng kết công "
        "tác năm 2022.",
        [
            D("Ngày 12-10-2022", "2022-10-12"),
            O("Tổng Liên đoàn Lao động Việt Nam", "Tổng Liên đoàn Lao động Việt Nam", TU),
            D("năm 2022", "2022"),
        ],
    ),
    Item(
        "u022",
        "Năm 2020, toàn ngành có 1.035 CĐCS với 98.612 đoàn viên; 87,5% CĐCS được xếp loại hoàn thành "
        "tốt nhiệm vụ.",
        [
            D("Năm 2020", "2020"),
            C("1.035 CĐCS", 1035, "CĐCS"),
            C("98.612 đoàn viên", 98612, "đoàn viên"),
            P("87,5%", "87.5"),
        ],
    ),
    Item(
        "u023",
        "LĐLĐ tỉnh Khánh Hoà phối hợp với Bệnh viện Đa khoa tỉnh Khánh Hoà khám sức khoẻ miễn phí cho "
        "500 đoàn viên tại Khu công nghiệp Suối Dầu.",
        [
            O("LĐLĐ tỉnh Khánh Hoà", f"{LDLD} tỉnh Khánh Hòa", TU, "LĐLĐ"),
            O("Bệnh viện Đa khoa tỉnh Khánh Hoà", "Bệnh viện Đa khoa tỉnh Khánh Hòa", HE),
            C("500 đoàn viên", 500, "đoàn viên"),
        ],
        note="old tone marks (Hoà, khoẻ); an industrial park is a place, not an organization",
    ),
    Item(
        "u024",
        "Ủy ban nhân dân tỉnh Thanh Hóa vừa phê duyệt kinh phí 12,6 tỷ đồng hỗ trợ 8.400 lao động tự do.",
        [
            O("Ủy ban nhân dân tỉnh Thanh Hóa", "Ủy ban nhân dân tỉnh Thanh Hóa", ST),
            M("12,6 tỷ đồng", 12600000000),
            C("8.400 lao động tự do", 8400, "lao động tự do"),
        ],
        nfd=True,
        note="NFD text",
    ),
    Item(
        "u025",
        "Dịp Tháng Công nhân năm 2023, các cấp công đoàn tỉnh Long An đã thăm hỏi, tặng 6.215 phần quà "
        "với tổng trị giá trên 3,1 tỷ đồng.",
        [
            D("năm 2023", "2023"),
            C("6.215 phần quà", 6215, "phần quà"),
            M("trên 3,1 tỷ đồng", 3100000000, "over"),
        ],
    ),
    Item(
        "u026",
        "Công đoàn ngành Y tế tỉnh Tiền Giang tặng 200 triệu đồng cho tuyến đầu chống dịch tại Bệnh "
        "viện Dã chiến số 2.",
        [
            O("Công đoàn ngành Y tế tỉnh Tiền Giang", "Công đoàn ngành Y tế tỉnh Tiền Giang", TU),
            M("200 triệu đồng", 200000000),
            O("Bệnh viện Dã chiến số 2", "Bệnh viện Dã chiến số 2", HE),
        ],
    ),
    Item(
        "u027",
        "Sau 5 năm triển khai, đã có 1.247 bản thỏa ước lao động tập thể được ký kết, trong đó 65% có "
        "nhiều nội dung có lợi hơn cho người lao động.",
        [
            C("1.247 bản thỏa ước lao động tập thể", 1247, "bản thỏa ước lao động tập thể"),
            P("65%", 65),
        ],
    ),
    Item(
        "u028",
        "Liên đoàn Lao động quận Hoàng Mai (Hà Nội) trao 50 suất quà, mỗi suất 1 triệu đồng, cho đoàn "
        "viên tại các tòa nhà bị phong tỏa.",
        [
            O("Liên đoàn Lao động quận Hoàng Mai", f"{LDLD} quận Hoàng Mai", TU),
            C("50 suất quà", 50, "suất quà"),
            M("1 triệu đồng", 1000000),
        ],
    ),
    Item(
        "u029",
        "Hơn 1.000 đoàn viên, người lao động Công ty TNHH MTV Cao su Đắk Lắk đã được tiêm mũi 1 vắc-xin "
        "phòng COVID-19.",
        [
            C("Hơn 1.000 đoàn viên", 1000, "đoàn viên", "over"),
            O(
                "Công ty TNHH MTV Cao su Đắk Lắk",
                "Công ty Trách nhiệm hữu hạn Một thành viên Cao su Đắk Lắk",
                EN,
                "TNHH",
            ),
        ],
    ),
    Item(
        "u030",
        "Theo báo cáo của LĐLĐ TP. Hải Phòng, 6 tháng đầu năm 2022 có 3 cuộc ngừng việc, giảm 5 cuộc so "
        "với cùng kỳ.",
        [
            O("LĐLĐ TP. Hải Phòng", f"{LDLD} thành phố Hải Phòng", TU, "LĐLĐ"),
            D("6 tháng đầu năm 2022", "2022-01", "2022-06"),
            C("3 cuộc ngừng việc", 3, "cuộc ngừng việc"),
            C("5 cuộc", 5, "cuộc"),
        ],
        note="'6 tháng đầu năm 2022' is a cumulative period (reference §5.5): one range Jan-Jun 2022",
    ),
    Item(
        "u031",
        "Công đoàn Viên chức tỉnh Gia Lai đã tổ chức 12 lớp tập huấn cho 1.150 lượt cán bộ công đoàn.",
        [
            O("Công đoàn Viên chức tỉnh Gia Lai", "Công đoàn Viên chức tỉnh Gia Lai", TU),
            C("12 lớp tập huấn", 12, "lớp tập huấn"),
            C("1.150 lượt cán bộ công đoàn", 1150, "lượt cán bộ công đoàn"),
        ],
    ),
    Item(
        "u032",
        "Ngày 28/7/2022, kỷ niệm 93 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2022), LĐLĐ "
        "tỉnh Quảng Bình tuyên dương 93 cán bộ công đoàn tiêu biểu.",
        [
            D("Ngày 28/7/2022", "2022-07-28"),
            O("Công đoàn Việt Nam", "Công đoàn Việt Nam", TU),
            D("28/7/1929 - 28/7/2022", "1929-07-28", "2022-07-28"),
            O("LĐLĐ tỉnh Quảng Bình", f"{LDLD} tỉnh Quảng Bình", TU, "LĐLĐ"),
            C("93 cán bộ công đoàn", 93, "cán bộ công đoàn"),
        ],
        note="'(28/7/1929 - 28/7/2022)' taken as one range; '93 năm' is a duration",
    ),
    Item(
        "u033",
        "Quỹ xã hội của công đoàn đã hỗ trợ 15 đoàn viên bị tai nạn lao động, mỗi trường hợp từ 2 đến 5 "
        "triệu đồng.",
        [
            C("15 đoàn viên", 15, "đoàn viên"),
            M("từ 2 đến 5 triệu đồng", None, "range", 2000000, 5000000),
        ],
    ),
    Item(
        "u034",
        "Đến nay, 100% CĐCS khu vực doanh nghiệp đã tổ chức Hội nghị người lao động; mức lương tối thiểu "
        "vùng I tăng lên 4.680.000 đồng/tháng từ ngày 01/7/2022.",
        [
            P("100%", 100),
            M("4.680.000 đồng/tháng", 4680000, per="tháng"),
            D("ngày 01/7/2022", "2022-07-01"),
        ],
        ref="2022-06-10",
    ),
    Item(
        "u035",
        "Chị Nguyễn Thị Thu, công nhân Công ty CP Giày Thái Bình (Bình Dương) làm việc tại đây đã 12 "
        "năm, lương mỗi tháng khoảng 9 triệu đồng.",
        [
            O("Công ty CP Giày Thái Bình", "Công ty Cổ phần Giày Thái Bình", EN, "CP"),
            M("khoảng 9 triệu đồng", 9000000, "approx"),
        ],
    ),
    Item(
        "u036",
        "Ngày 3.9.2021, CĐCS Cơ quan LĐLĐ tỉnh Phú Yên đã quyên góp được 45,5 triệu đồng ủng hộ công "
        "tác phòng, chống dịch của tỉnh.",
        [
            D("Ngày 3.9.2021", "2021-09-03"),
            O(
                "CĐCS Cơ quan LĐLĐ tỉnh Phú Yên",
                f"Công đoàn cơ sở Cơ quan {LDLD} tỉnh Phú Yên",
                TU,
                "CĐCS",
            ),
            M("45,5 triệu đồng", 45500000),
        ],
    ),
    Item(
        "u037",
        "Ban Nữ công Công đoàn Khu kinh tế tỉnh Hà Tĩnh trao 30 suất quà cho nữ công nhân mang thai và "
        "nuôi con nhỏ dưới 6 tuổi.",
        [
            O(
                "Ban Nữ công Công đoàn Khu kinh tế tỉnh Hà Tĩnh",
                "Ban Nữ công Công đoàn Khu kinh tế tỉnh Hà Tĩnh",
                TU,
            ),
            C("30 suất quà", 30, "suất quà"),
        ],
        note="'dưới 6 tuổi' is an age, not a count",
    ),
    Item(
        "u038",
        "Trong tổng số 2.356 công nhân lao động, có 1.874 người đã tiêm đủ 2 mũi vắc-xin, chiếm 79,5%.",
        [
            C("2.356 công nhân lao động", 2356, "công nhân lao động"),
            C("1.874 người", 1874, "người"),
            C("2 mũi vắc-xin", 2, "mũi vắc-xin"),
            P("79,5%", "79.5"),
        ],
    ),
    Item(
        "u039",
        "Công ty TNHH Hansae Việt Nam cam kết trả đủ lương tháng 8/2021 cho hơn 9.000 lao động trước "
        "ngày 10/9.",
        [
            O(
                "Công ty TNHH Hansae Việt Nam",
                "Công ty Trách nhiệm hữu hạn Hansae Việt Nam",
                EN,
                "TNHH",
            ),
            D("tháng 8/2021", "2021-08"),
            C("hơn 9.000 lao động", 9000, "lao động", "over"),
            D("ngày 10/9", "2021-09-10"),
        ],
        ref="2021-09-01",
    ),
    Item(
        "u040",
        "Năm 2022, Tổng LĐLĐ Việt Nam dành khoảng 1.000 tỷ đồng chăm lo Tết cho đoàn viên, người lao "
        "động.",
        [
            D("Năm 2022", "2022"),
            O("Tổng LĐLĐ Việt Nam", "Tổng Liên đoàn Lao động Việt Nam", TU, "Tổng LĐLĐ"),
            M("khoảng 1.000 tỷ đồng", 1000000000000, "approx"),
        ],
    ),
    Item(
        "u041",
        "CĐCS Trường THPT Nguyễn Du đã vận động 100% đoàn viên tham gia ủng hộ, với số tiền 7.350.000đ.",
        [
            O(
                "CĐCS Trường THPT Nguyễn Du",
                "Công đoàn cơ sở Trường Trung học phổ thông Nguyễn Du",
                TU,
                "CĐCS",
            ),
            P("100%", 100),
            M("7.350.000đ", 7350000),
        ],
    ),
    Item(
        "u042",
        "Mỗi phần quà gồm gạo, mì gói và 300 ngàn đồng tiền mặt, được trao cho 450 công nhân ở trọ tại "
        "quận 12.",
        [M("300 ngàn đồng", 300000), C("450 công nhân", 450, "công nhân")],
        note="Southern 'ngàn'; 'quận 12' is a place",
    ),
    Item(
        "u043",
        "Ba mươi đoàn viên xuất sắc được nhận Bằng khen của Tổng Liên đoàn.",
        [
            C("Ba mươi đoàn viên", 30, "đoàn viên"),
            O("Tổng Liên đoàn", "Tổng Liên đoàn Lao động Việt Nam", TU),
        ],
    ),
    Item(
        "u044",
        "Đến nay, LĐLĐ huyện Mộc Châu đã xây dựng, sửa chữa hai mươi mốt nhà ở cho đoàn viên với tổng "
        "kinh phí một tỷ hai trăm triệu đồng.",
        [
            O("LĐLĐ huyện Mộc Châu", f"{LDLD} huyện Mộc Châu", TU, "LĐLĐ"),
            C("hai mươi mốt nhà ở", 21, "nhà ở"),
            M("một tỷ hai trăm triệu đồng", 1200000000),
        ],
    ),
    Item(
        "u045",
        "Tỷ lệ đoàn viên công đoàn tham gia BHXH bắt buộc đạt 92 phần trăm.",
        [P("92 phần trăm", 92)],
    ),
    Item(
        "u046",
        "Năm 2022, LĐLĐ tỉnh Yên Bái đã kiện toàn 12 hội đồng hòa giải; đồng thời đồng chí Chủ tịch yêu "
        "cầu các CĐCS tăng cường đối thoại.",
        [
            D("Năm 2022", "2022"),
            O("LĐLĐ tỉnh Yên Bái", f"{LDLD} tỉnh Yên Bái", TU, "LĐLĐ"),
            C("12 hội đồng hòa giải", 12, "hội đồng hòa giải"),
        ],
        note="'12 hội đồng' is not money (đồng inside a word)",
    ),
]
