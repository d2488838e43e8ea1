"""Set B — official dispatches, Party and state texts (gold written by reading; see gold.py)."""

from __future__ import annotations

from tests.heldout_b.gold import C, D, Item, M, N, O, P

QH = "The Quốc hiệu 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' is a motto line, not an organization."

ITEMS: list[Item] = [
    Item(
        "bd01",
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH PHƯỚC\nSố: 215/LĐLĐ-TC\nV/v hướng dẫn tổ chức Tháng Công "
        "nhân năm 2023\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nBình "
        "Phước, ngày 12 tháng 4 năm 2023\n\nKính gửi: Các Công đoàn cấp trên trực tiếp cơ sở.\n\n"
        "Căn cứ Hướng dẫn số 07/HD-TLĐ ngày 20/3/2023 của Tổng Liên đoàn Lao động Việt Nam, Ban "
        "Thường vụ LĐLĐ tỉnh hướng dẫn như sau:",
        [
            O(
                "LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH PHƯỚC",
                "Liên đoàn Lao động tỉnh Bình Phước",
                "trade_union",
            ),
            N("215/LĐLĐ-TC", "215/LĐLĐ-TC"),
            D("năm 2023", "2023"),
            D("ngày 12 tháng 4 năm 2023", "2023-04-12"),
            N("07/HD-TLĐ", "07/HD-TLĐ"),
            D("ngày 20/3/2023", "2023-03-20"),
            O(
                "Tổng Liên đoàn Lao động Việt Nam",
                "Tổng Liên đoàn Lao động Việt Nam",
                "trade_union",
            ),
            O(
                "Ban Thường vụ LĐLĐ tỉnh",
                "Ban Thường vụ Liên đoàn Lao động tỉnh Bình Phước",
                "trade_union",
                "LĐLĐ",
            ),
        ],
        note=QH + " 'Các Công đoàn cấp trên trực tiếp cơ sở' is plural/generic.",
    ),
    Item(
        "bd02",
        "ĐẢNG BỘ TỈNH QUẢNG BÌNH\nTỈNH ỦY\n*\nSố 15-KH/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nĐồng Hới, "
        "ngày 09 tháng 02 năm 2022\n\nKẾ HOẠCH\ntriển khai thực hiện Chỉ thị số 12-CT/TW của Bộ\n"
        "Chính trị",
        [
            O("ĐẢNG BỘ TỈNH QUẢNG BÌNH", "Đảng bộ tỉnh Quảng Bình", "party"),
            O("TỈNH ỦY", "Tỉnh ủy Quảng Bình", "party"),
            N("15-KH/TU", "15-KH/TU"),
            O("ĐẢNG CỘNG SẢN VIỆT NAM", "Đảng Cộng sản Việt Nam", "party"),
            D("ngày 09 tháng 02 năm 2022", "2022-02-09"),
            N("12-CT/TW", "12-CT/TW"),
            O("Bộ\nChính trị", "Bộ Chính trị", "party"),
        ],
        note="The two header lines are two bodies (the provincial Party organization and its "
        "committee); 'TỈNH ỦY' resolves to Quảng Bình from the line above. The title 'KẾ HOẠCH' is "
        "not a mention. 'Bộ Chính trị' is split by a PDF line break.",
    ),
    Item(
        "bd03",
        "Căn cứ Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ quy định chi tiết và "
        "hướng dẫn thi hành một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao "
        "động;\nCăn cứ Luật Công đoàn số 12/2012/QH13;",
        [
            N("145/2020/NĐ-CP", "145/2020/NĐ-CP"),
            D("ngày 14/12/2020", "2020-12-14"),
            O("Chính phủ", "Chính phủ", "state"),
            N("12/2012/QH13", "12/2012/QH13"),
        ],
        note="'Bộ luật Lao động' is a law, not an organization; 'một số điều' is not a count.",
    ),
    Item(
        "bd04",
        "UBND TỈNH TRÀ VINH\nSỞ Y TẾ\nSố: 2145/SYT-NVY\nV/v tăng cường giám sát ca bệnh\n\nTrà "
        "Vinh, ngày 03 tháng 11 năm 2021\n\nKính gửi:\n- Bệnh viện Đa khoa tỉnh;\n- Trung tâm "
        "Kiểm soát bệnh tật tỉnh;\n- Trung tâm Y tế các huyện, thị xã, thành phố.",
        [
            O("UBND TỈNH TRÀ VINH", "Ủy ban nhân dân tỉnh Trà Vinh", "state", "UBND"),
            O("SỞ Y TẾ", "Sở Y tế tỉnh Trà Vinh", "state"),
            N("2145/SYT-NVY", "2145/SYT-NVY"),
            D("ngày 03 tháng 11 năm 2021", "2021-11-03"),
            O("Bệnh viện Đa khoa tỉnh", "Bệnh viện Đa khoa tỉnh Trà Vinh", "health"),
            O(
                "Trung tâm Kiểm soát bệnh tật tỉnh",
                "Trung tâm Kiểm soát bệnh tật tỉnh Trà Vinh",
                "health",
            ),
        ],
        note="'SỞ Y TẾ' under 'UBND TỈNH TRÀ VINH' is the provincial department: resolved to the "
        "province of the superior line (ambiguous: the bare name has no level word). 'Trung tâm Y "
        "tế các huyện, …' is plural.",
    ),
    Item(
        "bd05",
        "Thực hiện Công văn số 1026/UBND-VX ngày 22/6/2021 của UBND tỉnh Hòa Bình, Ban Thường vụ "
        "Liên đoàn Lao động tỉnh đề nghị các cấp công đoàn triển khai một số nội dung sau:",
        [
            N("1026/UBND-VX", "1026/UBND-VX"),
            D("ngày 22/6/2021", "2021-06-22"),
            O("UBND tỉnh Hòa Bình", "Ủy ban nhân dân tỉnh Hòa Bình", "state", "UBND"),
            O(
                "Ban Thường vụ Liên đoàn Lao động tỉnh",
                "Ban Thường vụ Liên đoàn Lao động tỉnh Hòa Bình",
                "trade_union",
            ),
        ],
    ),
    Item(
        "bd06",
        "Quán triệt Nghị quyết số 02-NQ/TW, ngày 12/6/2021 của Bộ Chính trị về đổi mới tổ chức và "
        "hoạt động của Công đoàn Việt Nam trong tình hình mới và Kế hoạch số 58-KH/TU ngày\n"
        "05/10/2021 của Thành ủy Cần Thơ.",
        [
            N("02-NQ/TW", "02-NQ/TW"),
            D("ngày 12/6/2021", "2021-06-12"),
            O("Bộ Chính trị", "Bộ Chính trị", "party"),
            O("Công đoàn Việt Nam", "Công đoàn Việt Nam", "trade_union"),
            N("58-KH/TU", "58-KH/TU"),
            D("ngày\n05/10/2021", "2021-10-05"),
            O("Thành ủy Cần Thơ", "Thành ủy Cần Thơ", "party"),
        ],
        note="The date 'ngày 05/10/2021' is broken across a PDF line.",
    ),
    Item(
        "bd07",
        "Nơi nhận:\n- Tổng LĐLĐ Việt Nam (b/c);\n- Thường trực Tỉnh ủy (b/c);\n- Ban Dân vận Tỉnh "
        "ủy;\n- Các CĐCS trực thuộc;\n- Lưu: VT, ToC.\n\nTM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\nTrần Văn "
        "Bình",
        [
            O("Tổng LĐLĐ Việt Nam", "Tổng Liên đoàn Lao động Việt Nam", "trade_union", "Tổng LĐLĐ"),
            O("Thường trực Tỉnh ủy", "Thường trực Tỉnh ủy", "party"),
            O("Ban Dân vận Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "party"),
        ],
        note="No province is named in this fragment, so 'Tỉnh ủy' stays unresolved. 'TM. BAN CHẤP "
        "HÀNH' is a signing capacity; 'Các CĐCS trực thuộc' plural; 'b/c' (báo cáo) is not a "
        "date.",
    ),
    Item(
        "bd08",
        "Số: 38/QĐ-LĐLĐ\n\nQUYẾT ĐỊNH\nVề việc khen thưởng các tập thể, cá nhân có thành tích "
        "xuất sắc trong phong trào thi đua năm 2022\n\nĐiều 1. Tặng Giấy khen cho 12 tập thể và 25 "
        "cá nhân (có danh sách kèm theo).\nĐiều 2. Mỗi tập thể được thưởng 600.000 đồng, mỗi cá "
        "nhân 300.000 đồng.",
        [
            N("38/QĐ-LĐLĐ", "38/QĐ-LĐLĐ"),
            D("năm 2022", "2022"),
            C("12 tập thể", 12, "tập thể"),
            C("25 cá nhân", 25, "cá nhân"),
            M("600.000 đồng", 600000),
            M("300.000 đồng", 300000),
        ],
        note="'Điều 1', 'Điều 2' are article numbers, not counts.",
    ),
    Item(
        "bd09",
        "Thực hiện Quyết định số 1748/QĐ-TLĐ ngày 29/12/2020 của Đoàn Chủ tịch Tổng Liên đoàn Lao "
        "động Việt Nam về chi tài chính công đoàn, mức chi thăm hỏi đoàn viên ốm đau tối đa "
        "2.000.000 đồng/lần.",
        [
            N("1748/QĐ-TLĐ", "1748/QĐ-TLĐ"),
            D("ngày 29/12/2020", "2020-12-29"),
            O(
                "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam",
                "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam",
                "trade_union",
            ),
            M("tối đa 2.000.000 đồng/lần", 2000000, "at_most", per="lần"),
        ],
    ),
    Item(
        "bd10",
        "HUYỆN ỦY GIAO THỦY\nSố 47-KH/HU\n\nGiao Thủy, ngày 15 tháng 3 năm 2021\n\nKẾ HOẠCH\n"
        "tổ chức Đại hội Đảng bộ xã nhiệm kỳ 2020 - 2025 … thời gian hoàn thành trong quý II năm\n"
        "2021.",
        [
            O("HUYỆN ỦY GIAO THỦY", "Huyện ủy Giao Thủy", "party"),
            N("47-KH/HU", "47-KH/HU"),
            D("ngày 15 tháng 3 năm 2021", "2021-03-15"),
            D("nhiệm kỳ 2020 - 2025", "2020", "2025"),
            D("quý II năm\n2021", "2021-Q2"),
        ],
        note="'Đại hội Đảng bộ xã' is an event of an unnamed commune body (generic).",
    ),
    Item(
        "bd11",
        "Kính gửi: - Ủy ban MTTQ Việt Nam tỉnh Cà Mau;\n- Sở Tài chính;\n- Bảo hiểm xã hội tỉnh.",
        [
            O(
                "Ủy ban MTTQ Việt Nam tỉnh Cà Mau",
                "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cà Mau",
                "mass_organization",
                "MTTQ",
            ),
            O("Sở Tài chính", "Sở Tài chính", "state"),
            O("Bảo hiểm xã hội tỉnh", "Bảo hiểm xã hội tỉnh Cà Mau", "state"),
        ],
        note="'Sở Tài chính' has no level word: canonical as written. 'Bảo hiểm xã hội tỉnh' is "
        "completed with Cà Mau.",
    ),
    Item(
        "bd12",
        "Căn cứ Quyết định số 1090/QĐ-TTg ngày 02/7/2021 của Thủ tướng Chính phủ và Thông tư số "
        "02/2021/TT-BLĐTBXH của Bộ Lao động - Thương binh và Xã hội, UBND huyện Tân Châu đã chi "
        "trả cho 1.460 lao động tự do, tổng số tiền 2,19 tỷ đồng.",
        [
            N("1090/QĐ-TTg", "1090/QĐ-TTg"),
            D("ngày 02/7/2021", "2021-07-02"),
            O("Thủ tướng Chính phủ", "Thủ tướng Chính phủ", "state"),
            N("02/2021/TT-BLĐTBXH", "02/2021/TT-BLĐTBXH"),
            O(
                "Bộ Lao động - Thương binh và Xã hội",
                "Bộ Lao động - Thương binh và Xã hội",
                "state",
            ),
            O("UBND huyện Tân Châu", "Ủy ban nhân dân huyện Tân Châu", "state", "UBND"),
            C("1.460 lao động", 1460, "lao động"),
            M("2,19 tỷ đồng", 2190000000),
        ],
        note="'lao động tự do': 'tự do' is a trailing qualifier (ambiguous: 'lao động tự do' is a "
        "fixed category name).",
    ),
    Item(
        "bd13",
        "Số: 156 /LĐLĐ-ToC\nV/v báo cáo kết quả phát triển đoàn viên 6 tháng đầu năm 2024\n\n"
        "Hưng Yên, ngày 01 tháng 7 năm 2024",
        [
            N("156 /LĐLĐ-ToC", "156/LĐLĐ-ToC"),
            D("năm 2024", "2024"),
            D("ngày 01 tháng 7 năm 2024", "2024-07-01"),
        ],
        note="'6 tháng đầu năm 2024': only the year is a date. 'ToC' (Ban Tổ chức) keeps its "
        "mixed case in the symbol.",
    ),
    Item(
        "bd14",
        "Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương về trách nhiệm nêu "
        "gương của cán bộ, đảng viên; Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.",
        [
            N("08-QĐi/TW", "08-QĐi/TW"),
            D("ngày 25/10/2018", "2018-10-25"),
            O("Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương", "party"),
            N("05-CT/TW", "05-CT/TW"),
            D("ngày 15/5/2016", "2016-05-15"),
            O("Bộ Chính trị", "Bộ Chính trị", "party"),
        ],
    ),
    Item(
        "bd15",
        "Số: 27-KH/DU\n\nĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH\n\nThực hiện Hướng dẫn số 36-HD/VPTW ngày\n"
        "03/4/2018 của Văn phòng Trung ương Đảng về thể thức và kỹ thuật trình bày văn bản.",
        [
            N("27-KH/DU", "27-KH/ĐU"),
            O("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "Đảng ủy Khối các cơ quan tỉnh", "party"),
            N("36-HD/VPTW", "36-HD/VPTW"),
            D("ngày\n03/4/2018", "2018-04-03"),
            O("Văn phòng Trung ương Đảng", "Văn phòng Trung ương Đảng", "party"),
        ],
        note="OCR 'DU' restored to 'ĐU' in the symbol. No province is named, so the bloc committee "
        "is not completed.",
    ),
    Item(
        "bd16",
        "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 512/QĐ-UBND\n\nĐiều 1. Phê duyệt kinh phí hỗ trợ "
        "1.250.000.000 đồng (Bằng chữ: Một tỷ hai trăm năm mươi triệu đồng) cho Liên đoàn Lao động\n"
        "tỉnh để tổ chức chương trình Tết Sum vầy năm 2022.",
        [
            O("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI", "Ủy ban nhân dân tỉnh Gia Lai", "state"),
            N("512/QĐ-UBND", "512/QĐ-UBND"),
            M("1.250.000.000 đồng", 1250000000),
            M("Một tỷ hai trăm năm mươi triệu đồng", 1250000000),
            O("Liên đoàn Lao động\ntỉnh", "Liên đoàn Lao động tỉnh Gia Lai", "trade_union"),
            D("năm 2022", "2022"),
        ],
        note="The header body spans two lines (one name). The amount in words is its own money "
        "mention. 'Điều 1' is an article number.",
    ),
    Item(
        "bd17",
        "Thực hiện Báo cáo số 125-BC/ĐU ngày 10/9/2020 của Đảng ủy xã Tân Lập, Đại hội đại biểu "
        "Đảng bộ xã lần thứ XXV, nhiệm kỳ 2020-2025 có 147 đại biểu được triệu tập, 142 đại biểu "
        "có mặt, đạt 96,6%.",
        [
            N("125-BC/ĐU", "125-BC/ĐU"),
            D("ngày 10/9/2020", "2020-09-10"),
            O("Đảng ủy xã Tân Lập", "Đảng ủy xã Tân Lập", "party"),
            D("nhiệm kỳ 2020-2025", "2020", "2025"),
            C("147 đại biểu", 147, "đại biểu"),
            C("142 đại biểu", 142, "đại biểu"),
            P("96,6%", 96.6),
        ],
    ),
    Item(
        "bd18",
        "Chương trình phối hợp số 01/CTPH-LĐLĐ-SLĐTBXH giữa Liên đoàn Lao động tỉnh Vĩnh Long và "
        "Sở Lao động - Thương binh và Xã hội tỉnh Vĩnh Long giai đoạn 2021 - 2025.",
        [
            N("01/CTPH-LĐLĐ-SLĐTBXH", "01/CTPH-LĐLĐ-SLĐTBXH"),
            O(
                "Liên đoàn Lao động tỉnh Vĩnh Long",
                "Liên đoàn Lao động tỉnh Vĩnh Long",
                "trade_union",
            ),
            O(
                "Sở Lao động - Thương binh và Xã hội tỉnh Vĩnh Long",
                "Sở Lao động - Thương binh và Xã hội tỉnh Vĩnh Long",
                "state",
            ),
            D("giai đoạn 2021 - 2025", "2021", "2025"),
        ],
        note="'giai đoạn' is a period word like 'nhiệm kỳ': kept in the span (ambiguous).",
    ),
    Item(
        "bd19",
        "Luật Công đoàn số 50/2024/QH15 được Quốc hội khóa XV thông qua ngày 27/11/2024, có hiệu "
        "lực thi hành từ ngày 01/7/2025; mức đóng kinh phí công đoàn giữ nguyên 2% quỹ tiền lương.",
        [
            N("50/2024/QH15", "50/2024/QH15"),
            O("Quốc hội khóa XV", "Quốc hội khóa XV", "state"),
            D("ngày 27/11/2024", "2024-11-27"),
            D("ngày 01/7/2025", "2025-07-01"),
            P("2%", 2),
        ],
        note="'Quốc hội khóa XV' keeps its term in the name (ambiguous: 'Quốc hội' alone is also "
        "defensible). Open start 'từ ngày 01/7/2025' → the date without 'từ'.",
    ),
    Item(
        "bd20",
        "Thông báo số 245-TB/TU ngày 18/8/2021 của Ban Thường vụ Tỉnh ủy Sơn La kết luận: "
        "tạm dừng các hoạt động không thiết yếu từ 12h00 ngày 19/8/2021.",
        [
            N("245-TB/TU", "245-TB/TU"),
            D("ngày 18/8/2021", "2021-08-18"),
            O("Ban Thường vụ Tỉnh ủy Sơn La", "Ban Thường vụ Tỉnh ủy Sơn La", "party"),
            D("ngày 19/8/2021", "2021-08-19"),
        ],
    ),
    Item(
        "bd21",
        "Tổng kinh phí thực hiện Kế hoạch: 3.450.000.000 đồng (Ba tỷ, bốn trăm năm mươi triệu đồng "
        "chẵn), trong đó ngân sách tỉnh 70%, xã hội hóa 30%.",
        [
            M("3.450.000.000 đồng", 3450000000),
            M("Ba tỷ, bốn trăm năm mươi triệu đồng chẵn", 3450000000),
            P("70%", 70),
            P("30%", 30),
        ],
        note="The amount in words (with a comma after 'tỷ' and 'chẵn') is one money mention; "
        "'chẵn' is kept in the span (ambiguous).",
    ),
    Item(
        "bd22",
        "Nghị quyết số 30/2021/QH15 ngày 28/7/2021 của Quốc hội về Kỳ họp thứ nhất, Quốc hội khóa "
        "XV; Công điện số 1099/CĐ-TTg ngày 22/8/2021 của Thủ tướng Chính phủ.",
        [
            N("30/2021/QH15", "30/2021/QH15"),
            D("ngày 28/7/2021", "2021-07-28"),
            O("Quốc hội", "Quốc hội", "state"),
            O("Quốc hội khóa XV", "Quốc hội khóa XV", "state"),
            N("1099/CĐ-TTg", "1099/CĐ-TTg"),
            D("ngày 22/8/2021", "2021-08-22"),
            O("Thủ tướng Chính phủ", "Thủ tướng Chính phủ", "state"),
        ],
        note="'Kỳ họp thứ nhất' is an ordinal session.",
    ),
    Item(
        "bd23",
        "UỶ BAN NHÂN DÂN\nTỈNH THANH HOÁ\n\nThanh Hoá, ngày 10 tháng 6 năm 2020\n\nChủ tịch UBND "
        "tỉnh Thanh Hoá yêu cầu Sở Y tế, Công an tỉnh phối hợp kiểm tra.",
        [
            O("UỶ BAN NHÂN DÂN\nTỈNH THANH HOÁ", "Ủy ban nhân dân tỉnh Thanh Hóa", "state"),
            D("ngày 10 tháng 6 năm 2020", "2020-06-10"),
            O("UBND tỉnh Thanh Hoá", "Ủy ban nhân dân tỉnh Thanh Hóa", "state", "UBND"),
            O("Sở Y tế", "Sở Y tế", "state"),
            O("Công an tỉnh", "Công an tỉnh Thanh Hóa", "state"),
        ],
        note="Old tone marks (UỶ, HOÁ) are modernized in canonical names.",
    ),
    Item(
        "bd24",
        "Kính gửi: Ban Chấp hành Công đoàn Công ty Cổ phần Dệt may Nam Định.\n\nCăn cứ Điều lệ "
        "Công đoàn Việt Nam khóa XIII; căn cứ Tờ trình số 09/TTr-CĐCS ngày 04/3/2024, Ban Thường "
        "vụ LĐLĐ thành phố Nam Định đồng ý để Công đoàn Công ty tổ chức Đại hội nhiệm kỳ "
        "2024-2029.",
        [
            O(
                "Ban Chấp hành Công đoàn Công ty Cổ phần Dệt may Nam Định",
                "Ban Chấp hành Công đoàn Công ty Cổ phần Dệt may Nam Định",
                "trade_union",
            ),
            O("Công đoàn Việt Nam", "Công đoàn Việt Nam", "trade_union"),
            N("09/TTr-CĐCS", "09/TTr-CĐCS"),
            D("ngày 04/3/2024", "2024-03-04"),
            O(
                "Ban Thường vụ LĐLĐ thành phố Nam Định",
                "Ban Thường vụ Liên đoàn Lao động thành phố Nam Định",
                "trade_union",
                "LĐLĐ",
            ),
            D("nhiệm kỳ 2024-2029", "2024", "2029"),
        ],
        note="'Điều lệ Công đoàn Việt Nam khóa XIII' is the statute (a document title); the body "
        "name inside it is annotated (ambiguous). 'Công đoàn Công ty' (short back-reference) is "
        "not annotated.",
    ),
    Item(
        "bd25",
        "Ngày 24/9/2021, Chính phủ ban hành Nghị quyết số 116/NQ-CP về chính sách hỗ trợ người lao "
        "động và người sử dụng lao động bị ảnh hưởng bởi đại dịch COVID-19 từ Quỹ bảo hiểm thất "
        "nghiệp, với mức hỗ trợ từ 1,8 triệu đồng đến 3,3 triệu đồng/người.",
        [
            D("Ngày 24/9/2021", "2021-09-24"),
            O("Chính phủ", "Chính phủ", "state"),
            N("116/NQ-CP", "116/NQ-CP"),
            M(
                "từ 1,8 triệu đồng đến 3,3 triệu đồng/người",
                None,
                "range",
                1800000,
                3300000,
                per="người",
            ),
        ],
        note="'Quỹ bảo hiểm thất nghiệp' is a fund, not an organization.",
    ),
    Item(
        "bd26",
        "Căn cứ Quyết định số 28/2021/QĐ-TTg, Bảo hiểm xã hội Việt Nam có Công văn số "
        "2477/BHXH-CSXH hướng dẫn giảm mức đóng bảo hiểm thất nghiệp từ 1% xuống 0% quỹ tiền "
        "lương tháng trong 12 tháng, từ ngày 01/10/2021 đến hết ngày 30/9/2022.",
        [
            N("28/2021/QĐ-TTg", "28/2021/QĐ-TTg"),
            O("Bảo hiểm xã hội Việt Nam", "Bảo hiểm xã hội Việt Nam", "state"),
            N("2477/BHXH-CSXH", "2477/BHXH-CSXH"),
            P("1%", 1),
            P("0%", 0),
            D("từ ngày 01/10/2021 đến hết ngày 30/9/2022", "2021-10-01", "2022-09-30"),
        ],
        note="'từ 1% xuống 0%' is a change, not a range: two percents. '12 tháng' is a duration.",
    ),
    Item(
        "bd27",
        "Hội nghị lần thứ 8 Ban Chấp hành Đảng bộ tỉnh Tuyên Quang khóa XVII đã thống nhất thông "
        "qua Nghị quyết về phát triển kinh tế - xã hội năm 2023, phấn đấu tốc độ tăng trưởng "
        "GRDP đạt 7,5% trở lên.",
        [
            O(
                "Ban Chấp hành Đảng bộ tỉnh Tuyên Quang",
                "Ban Chấp hành Đảng bộ tỉnh Tuyên Quang",
                "party",
            ),
            D("năm 2023", "2023"),
            P("7,5% trở lên", 7.5, "at_least"),
        ],
        note="'… đạt 7,5% trở lên' has no 'từ' but 'trở lên' alone marks at_least; the span keeps "
        "'trở lên' (ambiguous).",
    ),
    Item(
        "bd28",
        "Tỉnh đoàn Phú Thọ, Hội Nông dân tỉnh và Hội Cựu chiến binh tỉnh ký kết Chương trình phối "
        "hợp số 05/CTPH ngày 12/01/2022 về phát triển kinh tế hộ gia đình.",
        [
            O("Tỉnh đoàn Phú Thọ", "Tỉnh đoàn Phú Thọ", "mass_organization"),
            O("Hội Nông dân tỉnh", "Hội Nông dân tỉnh Phú Thọ", "mass_organization"),
            O("Hội Cựu chiến binh tỉnh", "Hội Cựu chiến binh tỉnh Phú Thọ", "mass_organization"),
            N("05/CTPH", "05/CTPH"),
            D("ngày 12/01/2022", "2022-01-12"),
        ],
        note="'05/CTPH' has a type but no issuer: kept as written (ambiguous: a reader may not "
        "count it as a full symbol).",
    ),
    Item(
        "bd29",
        "Nơi nhận:\n- Như Điều 3;\n- Thường trực HĐND tỉnh (b/c);\n- Chủ tịch, các PCT UBND tỉnh;\n"
        "- Lưu: VT, KGVX.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Thị Kim Dung",
        [
            O("Thường trực HĐND tỉnh", "Thường trực Hội đồng nhân dân tỉnh", "state", "HĐND"),
            O("UBND tỉnh", "Ủy ban nhân dân tỉnh", "state", "UBND"),
        ],
        note="No province is named: 'tỉnh' stays unresolved. 'TM. ỦY BAN NHÂN DÂN' is a signing "
        "capacity, not an organization mention. 'Điều 3' is an article reference.",
    ),
    Item(
        "bd30",
        "Theo Hướng dẫn số 03/HD-TLĐ ngày 20/02/2020 của Tổng Liên đoàn, CĐCS được sử dụng 75% số "
        "kinh phí công đoàn thu được; 25% nộp về công đoàn cấp trên.",
        [
            N("03/HD-TLĐ", "03/HD-TLĐ"),
            D("ngày 20/02/2020", "2020-02-20"),
            O("Tổng Liên đoàn", "Tổng Liên đoàn Lao động Việt Nam", "trade_union"),
            P("75%", 75),
            P("25%", 25),
        ],
        note="'CĐCS' here is generic (any grassroots union), 'công đoàn cấp trên' too.",
    ),
    Item(
        "bd31",
        "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị "
        "05-CT/TW; Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.",
        [
            N("01-KL/TW", "01-KL/TW"),
            D("ngày 18/5/2021", "2021-05-18"),
            O("Bộ Chính trị", "Bộ Chính trị", "party"),
            N("05-CT/TW", "05-CT/TW"),
        ],
        note="Bare 'Đảng' is not an organization; 'lần thứ XIII' is an ordinal.",
    ),
    Item(
        "bd32",
        "Kính gửi: Ban Giám đốc Công ty TNHH Hansae Việt Nam\n\nNgày 11/5/2022, Công đoàn Khu chế "
        "xuất và công nghiệp TP. Hồ Chí Minh nhận được phản ánh của 35 công nhân về việc công ty "
        "chậm trả lương tháng 4/2022.",
        [
            O(
                "Ban Giám đốc Công ty TNHH Hansae Việt Nam",
                "Ban Giám đốc Công ty trách nhiệm hữu hạn Hansae Việt Nam",
                "enterprise",
                "TNHH",
            ),
            D("Ngày 11/5/2022", "2022-05-11"),
            O(
                "Công đoàn Khu chế xuất và công nghiệp TP. Hồ Chí Minh",
                "Công đoàn Khu chế xuất và công nghiệp thành phố Hồ Chí Minh",
                "trade_union",
            ),
            C("35 công nhân", 35, "công nhân"),
            D("tháng 4/2022", "2022-04"),
        ],
        note="'lương tháng 4/2022' is the month the wages are for: a month date.",
    ),
    Item(
        "bd33",
        "BCH Công đoàn Trường Tiểu học Lê Lợi gồm 05 đồng chí; Ủy ban kiểm tra gồm 03 đồng chí. "
        "Biểu mẫu báo cáo tài chính theo mẫu B07-TLĐ.",
        [
            O(
                "BCH Công đoàn Trường Tiểu học Lê Lợi",
                "Ban Chấp hành Công đoàn Trường Tiểu học Lê Lợi",
                "trade_union",
                "BCH",
            ),
            C("05 đồng chí", 5, "đồng chí"),
            C("03 đồng chí", 3, "đồng chí"),
        ],
        note="'B07-TLĐ' is a form code, not a document number. 'Ủy ban kiểm tra' (unnamed, of the "
        "same union) is not annotated.",
    ),
    Item(
        "bd34",
        "Thực hiện Kế hoạch số 15-KH/TU ngày 7/3/2021 của Tỉnh ủy Ninh Bình và Kế hoạch 94- "
        "KH/BTGTU của Ban Tuyên giáo Tỉnh ủy, Đảng ủy Công ty Xi măng Vissai xây dựng kế hoạch "
        "học tập cho 312 đảng viên.",
        [
            N("15-KH/TU", "15-KH/TU"),
            D("ngày 7/3/2021", "2021-03-07"),
            O("Tỉnh ủy Ninh Bình", "Tỉnh ủy Ninh Bình", "party"),
            N("94- KH/BTGTU", "94-KH/BTGTU"),
            O("Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy Ninh Bình", "party"),
            O("Đảng ủy Công ty Xi măng Vissai", "Đảng ủy Công ty Xi măng Vissai", "party"),
            C("312 đảng viên", 312, "đảng viên"),
        ],
    ),
]
