"""Held-out gold: official dispatches (công văn), decisions, Party documents and gazette text."""

from __future__ import annotations

from tests.heldout.gold import C, D, Item, M, N, O, P

TU = "trade_union"
ST = "state"
PA = "party"
EN = "enterprise"
LDLD = "Liên đoàn Lao động"
LT = "Bộ Lao động - Thương binh và Xã hội"

ITEMS = [
    Item(
        "d001",
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG NGÃI\nSố: 215/LĐLĐ\nV/v hỗ trợ đoàn viên bị ảnh hưởng bởi dịch "
        "Covid-19\nQuảng Ngãi, ngày 09 tháng 8 năm 2021",
        [
            O("LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG NGÃI", f"{LDLD} tỉnh Quảng Ngãi", TU),
            N("215/LĐLĐ", "215/LĐLĐ"),
            D("ngày 09 tháng 8 năm 2021", "2021-08-09"),
        ],
    ),
    Item(
        "d002",
        "Kính gửi:\n- Ban Thường vụ LĐLĐ các huyện, thị xã, thành phố;\n- Các Công đoàn ngành;\n- Các "
        "CĐCS trực thuộc.",
        [],
        note="plural recipients are not organizations (fixture 003 convention)",
    ),
    Item(
        "d003",
        "Căn cứ Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ quy định chi tiết và hướng dẫn "
        "thi hành một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động;",
        [
            N("145/2020/NĐ-CP", "145/2020/NĐ-CP"),
            D("ngày 14/12/2020", "2020-12-14"),
            O("Chính phủ", "Chính phủ", ST),
        ],
    ),
    Item(
        "d004",
        "Căn cứ Luật Công đoàn số 12/2012/QH13 ngày 20 tháng 6 năm 2012;",
        [N("12/2012/QH13", "12/2012/QH13"), D("ngày 20 tháng 6 năm 2012", "2012-06-20")],
    ),
    Item(
        "d005",
        "Thực hiện Kế hoạch số 13-KH/TU ngày 5/3/2021 của Ban Thường vụ Tỉnh ủy Sơn La về việc tổ chức "
        "các hoạt động kỷ niệm.",
        [
            N("13-KH/TU", "13-KH/TU"),
            D("ngày 5/3/2021", "2021-03-05"),
            O("Ban Thường vụ Tỉnh ủy Sơn La", "Ban Thường vụ Tỉnh ủy Sơn La", PA),
        ],
    ),
    Item(
        "d006",
        "Nơi nhận:\n- Như trên;\n- Tổng LĐLĐ Việt Nam (b/c);\n- Thường trực Tỉnh ủy Vĩnh Phúc (b/c);\n- "
        "UBND tỉnh Vĩnh Phúc;\n- Lưu: VT, TC.",
        [
            O("Tổng LĐLĐ Việt Nam", "Tổng Liên đoàn Lao động Việt Nam", TU, "Tổng LĐLĐ"),
            O("Thường trực Tỉnh ủy Vĩnh Phúc", "Thường trực Tỉnh ủy Vĩnh Phúc", PA),
            O("UBND tỉnh Vĩnh Phúc", "Ủy ban nhân dân tỉnh Vĩnh Phúc", ST, "UBND"),
        ],
    ),
    Item(
        "d007",
        "QUYẾT ĐỊNH\nVề việc ban hành Quy chế chi tiêu nội bộ năm 2022\nBAN THƯỜNG VỤ LIÊN ĐOÀN LAO ĐỘNG "
        "THÀNH PHỐ HÀ NỘI",
        [
            D("năm 2022", "2022"),
            O(
                "BAN THƯỜNG VỤ LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HÀ NỘI",
                f"Ban Thường vụ {LDLD} thành phố Hà Nội",
                TU,
            ),
        ],
    ),
    Item(
        "d008",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1125/QĐ-LĐLĐ ngày "
        "28/12/2020.",
        [N("1125/QĐ-LĐLĐ", "1125/QĐ-LĐLĐ"), D("ngày 28/12/2020", "2020-12-28")],
    ),
    Item(
        "d009",
        "Mức chi tối đa không quá 2.000.000 đồng/người/năm; trường hợp đặc biệt do Thường trực xem xét.",
        [M("không quá 2.000.000 đồng/người/năm", 2000000, "at_most", per="người/năm")],
        note="'tối đa không quá' doubled qualifier; span starts at 'không quá' (boundary ambiguous)",
    ),
    Item(
        "d010",
        "Hỗ trợ mức 5.000.000 đồng đối với đoàn viên bị bệnh hiểm nghèo; 2.000.000 đồng đối với đoàn "
        "viên bị tai nạn lao động.",
        [M("5.000.000 đồng", 5000000), M("2.000.000 đồng", 2000000)],
    ),
    Item(
        "d011",
        "Thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo "
        "tư tưởng, đạo đức, phong cách Hồ Chí Minh;",
        [
            N("05-CT/TW", "05-CT/TW"),
            D("ngày 15/5/2016", "2016-05-15"),
            O("Bộ Chính trị", "Bộ Chính trị", PA),
        ],
    ),
    Item(
        "d012",
        "Căn cứ Thông tư số 03/2021/TT-BLĐTBXH ngày 30 tháng 6 năm 2021 của Bộ trưởng Bộ Lao động - "
        "Thương binh và Xã hội;",
        [
            N("03/2021/TT-BLĐTBXH", "03/2021/TT-BLĐTBXH"),
            D("ngày 30 tháng 6 năm 2021", "2021-06-30"),
            O(LT, LT, ST),
        ],
    ),
    Item(
        "d013",
        "ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH\n-------\nSố: 1823/QĐ-UBND\nTây Ninh, ngày 26 tháng 7 năm 2021",
        [
            O("ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH", "Ủy ban nhân dân tỉnh Tây Ninh", ST),
            N("1823/QĐ-UBND", "1823/QĐ-UBND"),
            D("ngày 26 tháng 7 năm 2021", "2021-07-26"),
        ],
        note="two-line upper-case header: one organization across the line break (debatable)",
    ),
    Item(
        "d014",
        "Chủ tịch UBND tỉnh Tây Ninh giao Sở Tài chính chủ trì, phối hợp với Sở Lao động - Thương binh "
        "và Xã hội tham mưu bố trí 15 tỷ đồng từ nguồn dự phòng ngân sách tỉnh năm 2021.",
        [
            O("UBND tỉnh Tây Ninh", "Ủy ban nhân dân tỉnh Tây Ninh", ST, "UBND"),
            O("Sở Tài chính", "Sở Tài chính", ST),
            O("Sở Lao động - Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội", ST),
            M("15 tỷ đồng", 15000000000),
            D("năm 2021", "2021"),
        ],
        note="departments without a level word keep their name (like 'Công đoàn Viên chức' in 003)",
    ),
    Item(
        "d015",
        "Tờ trình số 07/TTr-CĐCS ngày 15/01/2024 của BCH CĐCS Trường Tiểu học Lê Lợi về đề nghị kết nạp "
        "06 đoàn viên mới.",
        [
            N("07/TTr-CĐCS", "07/TTr-CĐCS"),
            D("ngày 15/01/2024", "2024-01-15"),
            O(
                "BCH CĐCS Trường Tiểu học Lê Lợi",
                "Ban Chấp hành Công đoàn cơ sở Trường Tiểu học Lê Lợi",
                TU,
                "BCH",
            ),
            C("06 đoàn viên", 6, "đoàn viên"),
        ],
    ),
    Item(
        "d016",
        "Công văn số 1363/TLĐ-CSPL ngày 18/7/2021 của Tổng Liên đoàn về việc hướng dẫn CĐCS tham gia "
        "phòng, chống dịch.",
        [
            N("1363/TLĐ-CSPL", "1363/TLĐ-CSPL"),
            D("ngày 18/7/2021", "2021-07-18"),
            O("Tổng Liên đoàn", "Tổng Liên đoàn Lao động Việt Nam", TU),
        ],
    ),
    Item(
        "d017",
        "Kế hoạch này được triển khai trong quý III và quý IV năm 2021.",
        [D("quý III", "2021-Q3"), D("quý IV năm 2021", "2021-Q4")],
        note="quarter list sharing its year",
    ),
    Item(
        "d018",
        "Ban hành kèm theo Quyết định số 1562/QĐ-TLĐ ngày 05/10/2021 của Đoàn Chủ tịch Tổng Liên đoàn "
        "Lao động Việt Nam",
        [
            N("1562/QĐ-TLĐ", "1562/QĐ-TLĐ"),
            D("ngày 05/10/2021", "2021-10-05"),
            O(
                "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam",
                "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam",
                TU,
            ),
        ],
    ),
    Item(
        "d019",
        "Báo cáo số 45/BC-LĐLĐ ngày 10/12/2021: các cấp công đoàn đã tổ chức 1.263 cuộc đối thoại tại "
        "nơi làm việc, tăng 12% so với năm 2020.",
        [
            N("45/BC-LĐLĐ", "45/BC-LĐLĐ"),
            D("ngày 10/12/2021", "2021-12-10"),
            C("1.263 cuộc đối thoại", 1263, "cuộc đối thoại"),
            P("12%", 12),
            D("năm 2020", "2020"),
        ],
    ),
    Item(
        "d020",
        "Điều 3. Chánh Văn phòng, Trưởng các Ban, Thủ trưởng các đơn vị có liên quan và các đồng chí có "
        "tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
        [],
        note="hard negative",
    ),
    Item(
        "d021",
        "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nNguyễn Văn Hùng",
        [],
        note="signing capacity, not an organization (fixture 003 convention)",
    ),
    Item(
        "d022",
        "Kèm theo Văn bản số 2085/BYT-MT ngày 15 tháng 4 năm 2020 của Bộ Y tế",
        [
            N("2085/BYT-MT", "2085/BYT-MT"),
            D("ngày 15 tháng 4 năm 2020", "2020-04-15"),
            O("Bộ Y tế", "Bộ Y tế", ST),
        ],
    ),
    Item(
        "d023",
        "Quyết định số 447/QĐ-UBND ngày 01/4/2020 của Chủ tịch UBND thành phố Hà Nội công bố dịch "
        "COVID-19 trên địa bàn thành phố.",
        [
            N("447/QĐ-UBND", "447/QĐ-UBND"),
            D("ngày 01/4/2020", "2020-04-01"),
            O("UBND thành phố Hà Nội", "Ủy ban nhân dân thành phố Hà Nội", ST, "UBND"),
        ],
    ),
    Item(
        "d024",
        "Thông báo kết luận số 82-TB/ĐU ngày 7/9/2021 của Đảng ủy Khối Doanh nghiệp tỉnh Thái Nguyên.",
        [
            N("82-TB/ĐU", "82-TB/ĐU"),
            D("ngày 7/9/2021", "2021-09-07"),
            O(
                "Đảng ủy Khối Doanh nghiệp tỉnh Thái Nguyên",
                "Đảng ủy Khối Doanh nghiệp tỉnh Thái Nguyên",
                PA,
            ),
        ],
    ),
    Item(
        "d025",
        "Thời gian: bắt đầu từ 8 giờ 00, thứ Sáu, ngày 20/8/2021.\nĐịa điểm: Hội trường tầng 3, trụ sở "
        "LĐLĐ tỉnh Lào Cai, số 08 đường Hoàng Liên.",
        [
            D("ngày 20/8/2021", "2021-08-20"),
            O("LĐLĐ tỉnh Lào Cai", f"{LDLD} tỉnh Lào Cai", TU, "LĐLĐ"),
        ],
    ),
    Item(
        "d026",
        "Tổng thu kinh phí công đoàn năm 2021 đạt 38.456.720.000 đồng, bằng 96,4% dự toán.",
        [
            D("năm 2021", "2021"),
            M("38.456.720.000 đồng", 38456720000),
            P("96,4%", "96.4"),
        ],
    ),
    Item(
        "d027",
        "Dự toán chi năm 2022: 12,5 tỷ đồng, trong đó chi lương, phụ cấp chiếm không quá 40%.",
        [D("năm 2022", "2022"), M("12,5 tỷ đồng", 12500000000), P("không quá 40%", 40, "at_most")],
    ),
    Item(
        "d028",
        "Nghị quyết số 30/2021/QH15 ngày 28/7/2021 của Quốc hội về Kỳ họp thứ nhất.",
        [
            N("30/2021/QH15", "30/2021/QH15"),
            D("ngày 28/7/2021", "2021-07-28"),
            O("Quốc hội", "Quốc hội", ST),
        ],
    ),
    Item(
        "d029",
        "Hướng dẫn số 38-HD/BTCTW ngày 02/6/2021 của Ban Tổ chức Trung ương về công tác nhân sự.",
        [
            N("38-HD/BTCTW", "38-HD/BTCTW"),
            D("ngày 02/6/2021", "2021-06-02"),
            O("Ban Tổ chức Trung ương", "Ban Tổ chức Trung ương", PA),
        ],
    ),
    Item(
        "d030",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 03 tháng 9 năm 2021",
        [D("ngày 03 tháng 9 năm 2021", "2021-09-03")],
    ),
    Item(
        "d031",
        "Thực hiện Kế hoạch số 27-KH/DU ngày 9/3/2022 của Đảng ủy xã Tân Phú.",
        [
            N("27-KH/DU", "27-KH/ĐU"),
            D("ngày 9/3/2022", "2022-03-09"),
            O("Đảng ủy xã Tân Phú", "Đảng ủy xã Tân Phú", PA),
        ],
        note="OCR 'DU' for 'ĐU' (reference doc 2.5)",
    ),
    Item(
        "d032",
        "Căn cứ Quyết định số 1234 /QĐ-UBND ngày 10/9/2021 của UBND huyện Củ Chi.",
        [
            N("1234 /QĐ-UBND", "1234/QĐ-UBND"),
            D("ngày 10/9/2021", "2021-09-10"),
            O("UBND huyện Củ Chi", "Ủy ban nhân dân huyện Củ Chi", ST, "UBND"),
        ],
    ),
    Item(
        "d033",
        "Căn cứ Thông tư liên tịch số 37/2012/TTLT-BLĐTBXH-BYT-BTC-BGDĐT quy định về công tác chăm sóc "
        "sức khỏe người lao động.",
        [N("37/2012/TTLT-BLĐTBXH-BYT-BTC-BGDĐT", "37/2012/TTLT-BLĐTBXH-BYT-BTC-BGDĐT")],
    ),
    Item(
        "d034",
        "Báo cáo quyết toán theo Mẫu B07-TLĐ, gửi về LĐLĐ tỉnh Bắc Kạn trước ngày 15/01/2022.",
        [
            O("LĐLĐ tỉnh Bắc Kạn", f"{LDLD} tỉnh Bắc Kạn", TU, "LĐLĐ"),
            D("ngày 15/01/2022", "2022-01-15"),
        ],
        note="'B07-TLĐ' is a form code",
    ),
    Item(
        "d035",
        "CÔNG BÁO/Số 1023 + 1024/Ngày 25-11-2021",
        [D("Ngày 25-11-2021", "2021-11-25")],
    ),
    Item(
        "d036",
        "Điều 5. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành từ ngày 01 tháng 02 năm 2021.\n"
        "2. Bãi bỏ Nghị định số 05/2015/NĐ-CP ngày 12 tháng 01 năm 2015 của Chính phủ.",
        [
            D("ngày 01 tháng 02 năm 2021", "2021-02-01"),
            N("05/2015/NĐ-CP", "05/2015/NĐ-CP"),
            D("ngày 12 tháng 01 năm 2015", "2015-01-12"),
            O("Chính phủ", "Chính phủ", ST),
        ],
    ),
    Item(
        "d037",
        "Mức lương tối thiểu vùng áp dụng đối với người lao động làm việc theo hợp đồng lao động như "
        "sau:\na) Mức 4.420.000 đồng/tháng, áp dụng đối với doanh nghiệp hoạt động trên địa bàn thuộc "
        "vùng I.",
        [M("4.420.000 đồng/tháng", 4420000, per="tháng")],
    ),
    Item(
        "d038",
        "TM. CHÍNH PHỦ\nTHỦ TƯỚNG\n\nNguyễn Xuân Phúc",
        [],
        note="signing capacity, not an organization",
    ),
    Item(
        "d039",
        "Người lao động được hưởng trợ cấp bằng 60% mức bình quân tiền lương tháng đóng bảo hiểm thất "
        "nghiệp của 06 tháng liền kề trước khi thất nghiệp.",
        [P("60%", 60)],
    ),
    Item(
        "d040",
        "Nghị định này quy định chi tiết khoản 3 Điều 23 của Luật Việc làm số 38/2013/QH13.",
        [N("38/2013/QH13", "38/2013/QH13")],
    ),
    Item(
        "d041",
        "Số: 68/NQ-CP\nHà Nội, ngày 01 tháng 7 năm 2021\nNGHỊ QUYẾT\nVề một số chính sách hỗ trợ người lao "
        "động và người sử dụng lao động gặp khó khăn do đại dịch COVID-19",
        [N("68/NQ-CP", "68/NQ-CP"), D("ngày 01 tháng 7 năm 2021", "2021-07-01")],
    ),
    Item(
        "d042",
        "a) Mức hỗ trợ 1.855.000 đồng/người đối với người lao động tạm hoãn từ 15 ngày liên tục trở lên "
        "đến dưới 01 tháng;\nb) Mức hỗ trợ 3.710.000 đồng/người đối với người lao động tạm hoãn từ 01 "
        "tháng trở lên.",
        [
            M("1.855.000 đồng/người", 1855000, per="người"),
            M("3.710.000 đồng/người", 3710000, per="người"),
        ],
    ),
    Item(
        "d043",
        "Người lao động mang thai được hỗ trợ thêm 1.000.000 đồng/người; nuôi con chưa đủ 06 tuổi được "
        "hỗ trợ thêm 1.000.000 đồng/trẻ em và chỉ tính hỗ trợ cho 01 người là mẹ hoặc cha.",
        [
            M("1.000.000 đồng/người", 1000000, per="người"),
            M("1.000.000 đồng/trẻ em", 1000000, per="trẻ em"),
            C("01 người", 1, "người"),
        ],
    ),
    Item(
        "d044",
        "Kinh phí thực hiện khoảng 26.000 tỷ đồng từ nguồn Quỹ bảo hiểm thất nghiệp.",
        [M("khoảng 26.000 tỷ đồng", 26000000000000, "approx")],
    ),
    Item(
        "d045",
        "Thời gian thực hiện: Từ ngày 01 tháng 7 năm 2021 đến hết ngày 31 tháng 12 năm 2021.",
        [
            D(
                "Từ ngày 01 tháng 7 năm 2021 đến hết ngày 31 tháng 12 năm 2021",
                "2021-07-01",
                "2021-12-31",
            )
        ],
    ),
    Item(
        "d046",
        "Hồ sơ đề nghị gửi trước ngày 31/01/2022; quá thời hạn trên, các trường hợp không được xem xét.",
        [D("ngày 31/01/2022", "2022-01-31")],
    ),
    Item(
        "d047",
        "Nghị quyết này có hiệu lực thi hành kể từ ngày 01 tháng 7\nnăm 2021.",
        [D("ngày 01 tháng 7\nnăm 2021", "2021-07-01")],
        note="gazette line break inside the date",
    ),
    Item(
        "d048",
        "Chủ tịch UBND TP. Hà Nội Chu Ngọc Anh ký Công văn số 2288/UBND-KGVX ngày 22/7/2021.",
        [
            O("UBND TP. Hà Nội", "Ủy ban nhân dân thành phố Hà Nội", ST, "UBND"),
            N("2288/UBND-KGVX", "2288/UBND-KGVX"),
            D("ngày 22/7/2021", "2021-07-22"),
        ],
    ),
    Item(
        "d049",
        "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW.",
        [
            N("01-KL/TW", "01-KL/TW"),
            D("ngày 18/5/2021", "2021-05-18"),
            O("Bộ Chính trị", "Bộ Chính trị", PA),
            N("05-CT/TW", "05-CT/TW"),
        ],
    ),
    Item(
        "d050",
        "Ngày 16 tháng 8 năm 2021, Uỷ ban nhân dân tỉnh Đồng Tháp ban hành Quyết định số 1256/QĐ-UBND.",
        [
            D("Ngày 16 tháng 8 năm 2021", "2021-08-16"),
            O("Uỷ ban nhân dân tỉnh Đồng Tháp", "Ủy ban nhân dân tỉnh Đồng Tháp", ST),
            N("1256/QĐ-UBND", "1256/QĐ-UBND"),
        ],
        nfd=True,
        note="NFD text with old tone mark 'Uỷ'",
    ),
    Item(
        "d051",
        "Số tiền: 500.000.000 đồng (Bằng chữ: Năm trăm triệu đồng chẵn).",
        [M("500.000.000 đồng", 500000000), M("Năm trăm triệu đồng", 500000000)],
        note="the amount in words is a second mention of the same value",
    ),
    Item(
        "d052",
        "Dự án do ILO tài trợ với kinh phí 150,000 USD trong 3 năm.",
        [
            O("ILO", "Tổ chức Lao động Quốc tế", "other", "ILO"),
            M("150,000 USD", 150000, cur="USD"),
        ],
        note="English digit grouping with USD",
    ),
    Item(
        "d053",
        "Luật Công đoàn số 50/2024/QH15 được Quốc hội thông qua ngày 27 tháng 11 năm 2024 với 447 đại "
        "biểu tán thành, có hiệu lực từ ngày 1-7-2025.",
        [
            N("50/2024/QH15", "50/2024/QH15"),
            O("Quốc hội", "Quốc hội", ST),
            D("ngày 27 tháng 11 năm 2024", "2024-11-27"),
            C("447 đại biểu", 447, "đại biểu"),
            D("ngày 1-7-2025", "2025-07-01"),
        ],
    ),
]
