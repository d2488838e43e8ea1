"""Held-out gold: hard negatives, qualifiers, number words, spacing and spelling variants."""

from __future__ import annotations

from tests.heldout.gold import C, D, Item, M, N, O, P

TU = "trade_union"
ST = "state"
PA = "party"
EN = "enterprise"
HE = "health"
MA = "mass_organization"
OT = "other"
LDLD = "Liên đoàn Lao động"
TLD = "Tổng Liên đoàn Lao động Việt Nam"
HCM = "Thành phố Hồ Chí Minh"

ITEMS = [
    Item(
        "h001",
        "Đồng chí Nguyễn Văn Sơn - UV BCH Tổng Liên đoàn, Chủ tịch LĐLĐ tỉnh Sóc Trăng phát biểu tại "
        "hội nghị.",
        [
            O("BCH Tổng Liên đoàn", f"Ban Chấp hành {TLD}", TU, "BCH"),
            O("LĐLĐ tỉnh Sóc Trăng", f"{LDLD} tỉnh Sóc Trăng", TU, "LĐLĐ"),
        ],
        note="'UV BCH Tổng Liên đoàn': the body is 'BCH Tổng Liên đoàn' (debatable vs 'Tổng Liên đoàn')",
    ),
    Item(
        "h002",
        "Hội nghị lần thứ 4 Ban Chấp hành Trung ương Đảng khóa XIII diễn ra trong 5 ngày.",
        [O("Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương Đảng", PA)],
    ),
    Item(
        "h003",
        "Cộng đồng doanh nghiệp đồng thời kiến nghị được lùi thời hạn đóng kinh phí công đoàn đến hết "
        "tháng 12.",
        [D("tháng 12", "--12")],
        note="no reference date: month with unknown year; 'đồng' inside words is not money",
    ),
    Item(
        "h004",
        "Quãng đường từ Hà Nội đến điểm cách ly dài 45km, xe chạy mất 2 giờ.",
        [],
        note="hard negative: measure and duration",
    ),
    Item(
        "h005",
        "Trường hợp F1 (Fl) phải thực hiện nghiêm 5K và khai báo y tế.",
        [],
        note="hard negative: F1/Fl, 5K",
    ),
    Item(
        "h006",
        "Bài học rút ra sau 2 năm chống dịch: đoàn kết là sức mạnh.",
        [],
    ),
    Item(
        "h007",
        "Số điện thoại đường dây nóng của Công đoàn: 024.3942.1234.",
        [],
        note="bare 'Công đoàn' is generic; phone number",
    ),
    Item(
        "h008",
        "Căn hộ số 12/3 đường Nguyễn Trãi bị phong tỏa từ chiều nay.",
        [],
        note="address '12/3' is not a date",
    ),
    Item(
        "h009",
        "Dịch COVID-19 trên địa bàn ở cấp độ 3/4 theo Nghị quyết 128.",
        [],
        note="level '3/4'; 'Nghị quyết 128' has no symbol",
    ),
    Item(
        "h010",
        "Giờ làm việc từ 7h30 đến 17h, nghỉ trưa 60 phút.",
        [],
    ),
    Item(
        "h011",
        "Tổ chức Lao động Quốc tế (ILO) dự báo tỷ lệ thất nghiệp của Việt Nam năm 2021 khoảng 3,2%.",
        [
            O("Tổ chức Lao động Quốc tế", "Tổ chức Lao động Quốc tế", OT),
            D("năm 2021", "2021"),
            P("khoảng 3,2%", "3.2", "approx"),
        ],
    ),
    Item(
        "h012",
        "Trường hợp vi phạm bị phạt từ 15 đến 20 triệu đồng theo Nghị định 117/2020/NĐ-CP.",
        [
            M("từ 15 đến 20 triệu đồng", None, "range", 15000000, 20000000),
            N("117/2020/NĐ-CP", "117/2020/NĐ-CP"),
        ],
    ),
    Item(
        "h013",
        "Lương hưu được điều chỉnh tăng 7,4% từ ngày 1/1/2022.",
        [P("7,4%", "7.4"), D("ngày 1/1/2022", "2022-01-01")],
        ref="2021-12-01",
    ),
    Item(
        "h014",
        "Khoản vay 2 triệu USD từ Ngân hàng Thế giới sẽ được giải ngân trong năm nay.",
        [
            M("2 triệu USD", 2000000, cur="USD"),
            O("Ngân hàng Thế giới", "Ngân hàng Thế giới", OT),
            D("năm nay", "2021"),
        ],
        ref="2021-05-01",
    ),
    Item(
        "h015",
        "Doanh nghiệp có vốn FDI chiếm 60% lực lượng lao động, khoảng 12.000 người, chủ yếu là lao động "
        "nữ (chiếm 75%).",
        [
            P("60%", 60),
            C("khoảng 12.000 người", 12000, "người", "approx"),
            P("75%", 75),
        ],
    ),
    Item(
        "h016",
        "Theo Tổng cục Thống kê, quý III/2021 GDP giảm 6,17%, mức giảm sâu nhất kể từ năm 2000.",
        [
            O("Tổng cục Thống kê", "Tổng cục Thống kê", ST),
            D("quý III/2021", "2021-Q3"),
            P("6,17%", "6.17"),
            D("năm 2000", "2000"),
        ],
    ),
    Item(
        "h017",
        "Giai đoạn 2016 - 2020, tỉnh đã giải quyết việc làm cho hơn 160.000 lượt lao động.",
        [
            D("Giai đoạn 2016 - 2020", "2016", "2020"),
            C("hơn 160.000 lượt lao động", 160000, "lượt lao động", "over"),
        ],
    ),
    Item(
        "h018",
        "Năm ngoái, công đoàn đã vận động được 1,7 tỷ đồng ủng hộ đồng bào miền Trung.",
        [D("Năm ngoái", "2020"), M("1,7 tỷ đồng", 1700000000)],
        ref="2021-03-10",
    ),
    Item(
        "h019",
        "Mỗi suất quà trị giá 1.000.000\u00a0đồng, gồm tiền mặt và nhu yếu phẩm.",
        [M("1.000.000\u00a0đồng", 1000000)],
        note="no-break space",
    ),
    Item(
        "h020",
        "Đồng Nai: 15 doanh nghiệp nợ đọng kinh phí công đoàn với số tiền gần 3 tỷ đồng.",
        [C("15 doanh nghiệp", 15, "doanh nghiệp"), M("gần 3 tỷ đồng", 3000000000, "nearly")],
    ),
    Item(
        "h021",
        "Đến ngày 31-12-2021, số dư Quỹ xã hội là 1.235.600.000đ.",
        [D("ngày 31-12-2021", "2021-12-31"), M("1.235.600.000đ", 1235600000)],
    ),
    Item(
        "h022",
        "Từ đầu năm đến nay, Trung tâm Tư vấn pháp luật Công đoàn tỉnh Bình Phước đã tư vấn cho 1.320 "
        "lượt người.",
        [
            O(
                "Trung tâm Tư vấn pháp luật Công đoàn tỉnh Bình Phước",
                "Trung tâm Tư vấn pháp luật Công đoàn tỉnh Bình Phước",
                TU,
            ),
            C("1.320 lượt người", 1320, "lượt người"),
        ],
    ),
    Item(
        "h023",
        "Bộ LĐ-TB&XH đề xuất hỗ trợ 3,7 triệu đồng cho mỗi lao động bị chấm dứt hợp đồng.",
        [
            O("Bộ LĐ-TB&XH", "Bộ Lao động - Thương binh và Xã hội", ST, "LĐ-TB&XH"),
            M("3,7 triệu đồng", 3700000),
        ],
    ),
    Item(
        "h024",
        "BHXH tỉnh Bình Dương đã giải quyết chế độ ốm đau cho 26.345 lượt người với số tiền 15,2 tỷ đồng.",
        [
            O("BHXH tỉnh Bình Dương", "Bảo hiểm xã hội tỉnh Bình Dương", ST, "BHXH"),
            C("26.345 lượt người", 26345, "lượt người"),
            M("15,2 tỷ đồng", 15200000000),
        ],
    ),
    Item(
        "h025",
        "LĐLĐ TP.HCM đã chi gần 240 tỷ đồng, hỗ trợ cho hơn 480.000 lượt đoàn viên, người lao động.",
        [
            O("LĐLĐ TP.HCM", f"{LDLD} {HCM}", TU, "LĐLĐ"),
            M("gần 240 tỷ đồng", 240000000000, "nearly"),
            C("hơn 480.000 lượt đoàn viên", 480000, "lượt đoàn viên", "over"),
        ],
    ),
    Item(
        "h026",
        "Cty CP Đầu tư Nam Long đóng góp 1 tỷ đồng cho Ủy ban MTTQ Việt Nam tỉnh Long An.",
        [
            O("Cty CP Đầu tư Nam Long", "Công ty Cổ phần Đầu tư Nam Long", EN, "Cty"),
            M("1 tỷ đồng", 1000000000),
            O(
                "Ủy ban MTTQ Việt Nam tỉnh Long An",
                "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Long An",
                MA,
                "MTTQ",
            ),
        ],
    ),
    Item(
        "h027",
        "Liên đoàn Lao động tỉnh Vĩnh Long trao 120 phần quà cho công nhân khó khăn, mỗi phần 700.000 "
        "đồng.",
        [
            O("Liên đoàn Lao động tỉnh Vĩnh Long", f"{LDLD} tỉnh Vĩnh Long", TU),
            C("120 phần quà", 120, "phần quà"),
            M("700.000 đồng", 700000),
        ],
        nfd=True,
        note="NFD text",
    ),
    Item(
        "h028",
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh và Tổng LĐLĐ Việt Nam ký kết Chương trình phối hợp giai "
        "đoạn 2022 - 2027.",
        [
            O("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", MA),
            O("Tổng LĐLĐ Việt Nam", TLD, TU, "Tổng LĐLĐ"),
            D("giai đoạn 2022 - 2027", "2022", "2027"),
        ],
    ),
    Item(
        "h029",
        "Uỷ ban MTTQ Việt Nam tỉnh Quảng Ngãi tiếp nhận hơn 9,6 tỷ đồng ủng hộ phòng, chống dịch.",
        [
            O(
                "Uỷ ban MTTQ Việt Nam tỉnh Quảng Ngãi",
                "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ngãi",
                MA,
                "MTTQ",
            ),
            M("hơn 9,6 tỷ đồng", 9600000000, "over"),
        ],
    ),
    Item(
        "h030",
        "Ngày 20 - 10 - 2021, CĐCS Công ty Điện lực Sơn La tổ chức kỷ niệm 91 năm Ngày thành lập Hội "
        "LHPN Việt Nam.",
        [
            D("Ngày 20 - 10 - 2021", "2021-10-20"),
            O(
                "CĐCS Công ty Điện lực Sơn La",
                "Công đoàn cơ sở Công ty Điện lực Sơn La",
                TU,
                "CĐCS",
            ),
            O("Hội LHPN Việt Nam", "Hội Liên hiệp Phụ nữ Việt Nam", MA, "LHPN"),
        ],
    ),
    Item(
        "h031",
        "Sáng 23/12, Công đoàn Tổng công ty Hàng không Việt Nam trao 200 vé máy bay miễn phí cho công "
        "nhân về quê đón Tết.",
        [
            D("23/12", "2021-12-23"),
            O(
                "Công đoàn Tổng công ty Hàng không Việt Nam",
                "Công đoàn Tổng công ty Hàng không Việt Nam",
                TU,
            ),
            C("200 vé máy bay", 200, "vé máy bay"),
        ],
        ref="2021-12-24",
    ),
    Item(
        "h032",
        "Đại hội đại biểu Công đoàn thành phố Hồ Chí Minh lần thứ XII, nhiệm kỳ 2023-2028 bầu 55 đồng chí "
        "vào Ban Chấp hành.",
        [
            O("Công đoàn thành phố Hồ Chí Minh", f"Công đoàn {HCM}", TU),
            D("nhiệm kỳ 2023-2028", "2023", "2028"),
            C("55 đồng chí", 55, "đồng chí"),
        ],
    ),
    Item(
        "h033",
        "Trong tháng 7 và tháng 8/2021, LĐLĐ tỉnh Bạc Liêu đã hỗ trợ 1.026 đoàn viên với tổng số tiền "
        "615,6 triệu đồng.",
        [
            D("tháng 7", "2021-07"),
            D("tháng 8/2021", "2021-08"),
            O("LĐLĐ tỉnh Bạc Liêu", f"{LDLD} tỉnh Bạc Liêu", TU, "LĐLĐ"),
            C("1.026 đoàn viên", 1026, "đoàn viên"),
            M("615,6 triệu đồng", 615600000),
        ],
    ),
    Item(
        "h034",
        "Từ ngày 1/7/2020 đến 30/6/2021, Quỹ đã hỗ trợ 4.200 trường hợp.",
        [
            D("Từ ngày 1/7/2020 đến 30/6/2021", "2020-07-01", "2021-06-30"),
            C("4.200 trường hợp", 4200, "trường hợp"),
        ],
    ),
    Item(
        "h035",
        "Đợt 1 (từ ngày 15/7 - 30/7/2021) có 28 CĐCS đăng ký tham gia.",
        [
            D("từ ngày 15/7 - 30/7/2021", "2021-07-15", "2021-07-30"),
            C("28 CĐCS", 28, "CĐCS"),
        ],
    ),
    Item(
        "h036",
        "Năm 2019 tăng 8,5%, năm 2020 chỉ tăng 2,9% và năm 2021 giảm 1,2%.",
        [
            D("Năm 2019", "2019"),
            P("8,5%", "8.5"),
            D("năm 2020", "2020"),
            P("2,9%", "2.9"),
            D("năm 2021", "2021"),
            P("1,2%", "1.2"),
        ],
    ),
    Item(
        "h037",
        "Ngân sách tỉnh hỗ trợ 50% chi phí xét nghiệm, doanh nghiệp chi trả 50% còn lại.",
        [P("50%", 50), P("50%", 50)],
    ),
    Item(
        "h038",
        "Lễ ra quân diễn ra lúc 7 giờ 30 phút ngày 01/5/2023 tại Công viên 30/4.",
        [D("ngày 01/5/2023", "2023-05-01")],
        note="'Công viên 30/4' is a name",
    ),
    Item(
        "h039",
        "Đường 3/2, quận 10 là tuyến phố được phép hoạt động trở lại từ 1/10.",
        [D("1/10", "2021-10-01")],
        ref="2021-09-28",
        note="'Đường 3/2' is a street name",
    ),
    Item(
        "h040",
        "Tập đoàn Viettel tặng 10.000 máy tính bảng, trị giá khoảng 20 tỷ đồng, cho con công nhân học "
        "trực tuyến.",
        [
            O("Tập đoàn Viettel", "Tập đoàn Viettel", EN),
            C("10.000 máy tính bảng", 10000, "máy tính bảng"),
            M("khoảng 20 tỷ đồng", 20000000000, "approx"),
        ],
    ),
    Item(
        "h041",
        "Ông Nguyễn Văn Thắng, Trưởng Ban Quan hệ lao động Tổng LĐLĐ Việt Nam, cho biết hơn 70% người "
        "lao động có thu nhập giảm.",
        [
            O(
                "Ban Quan hệ lao động Tổng LĐLĐ Việt Nam",
                f"Ban Quan hệ lao động {TLD}",
                TU,
                "Tổng LĐLĐ",
            ),
            P("hơn 70%", 70, "over"),
        ],
    ),
    Item(
        "h042",
        "Năm 2023, tiền lương bình quân của người lao động đạt 7,1 triệu đồng/tháng, tăng 6,9% so với năm "
        "2022.",
        [
            D("Năm 2023", "2023"),
            M("7,1 triệu đồng/tháng", 7100000, per="tháng"),
            P("6,9%", "6.9"),
            D("năm 2022", "2022"),
        ],
    ),
    Item(
        "h043",
        "Khoảng 1/3 số doanh nghiệp phải cắt giảm lao động.",
        [],
        note="fraction",
    ),
    Item(
        "h044",
        "CĐCS Bệnh viện Đa khoa Xanh Pôn vận động 1.250 đoàn viên đóng góp 1 ngày lương, được 320 triệu "
        "đồng.",
        [
            O(
                "CĐCS Bệnh viện Đa khoa Xanh Pôn",
                "Công đoàn cơ sở Bệnh viện Đa khoa Xanh Pôn",
                TU,
                "CĐCS",
            ),
            C("1.250 đoàn viên", 1250, "đoàn viên"),
            M("320 triệu đồng", 320000000),
        ],
    ),
    Item(
        "h045",
        "Ước tính thiệt hại lên tới hàng trăm tỷ đồng.",
        [M("hàng trăm tỷ đồng", None, "range", 100000000000, 1000000000000)],
    ),
    Item(
        "h046",
        "Có hàng chục doanh nghiệp đã phải tạm dừng hoạt động.",
        [C("hàng chục doanh nghiệp", None, "doanh nghiệp", "range", 10, 100)],
    ),
    Item(
        "h047",
        "Mức phạt thấp nhất 1 triệu đồng, tối đa 3 triệu đồng.",
        [M("1 triệu đồng", 1000000), M("tối đa 3 triệu đồng", 3000000, "at_most")],
    ),
    Item(
        "h048",
        "Ông Sáu có 2 người con đều là công nhân, thu nhập mỗi người chừng 6 triệu đồng.",
        [C("2 người con", 2, "người con"), M("chừng 6 triệu đồng", 6000000, "approx")],
    ),
    Item(
        "h049",
        "Có ít nhất 12 công nhân bị ngộ độc thực phẩm, trong đó 3 người phải nhập viện.",
        [
            C("ít nhất 12 công nhân", 12, "công nhân", "at_least"),
            C("3 người", 3, "người"),
        ],
    ),
    Item(
        "h050",
        "Số lao động mất việc dưới 1.000 người, chưa đến 2% tổng số lao động.",
        [C("dưới 1.000 người", 1000, "người", "under"), P("chưa đến 2%", 2, "under")],
    ),
    Item(
        "h051",
        "Ngót 300 hộ dân được cấp gạo hỗ trợ.",
        [C("Ngót 300 hộ dân", 300, "hộ dân", "nearly")],
    ),
    Item(
        "h052",
        "Tỷ lệ tiêm chủng trong công nhân xấp xỉ 98%.",
        [P("xấp xỉ 98%", 98, "approx")],
    ),
    Item(
        "h053",
        "Người lao động làm thêm không quá 40 giờ/tháng và 300 giờ/năm.",
        [],
        note="overtime hours are durations",
    ),
    Item(
        "h054",
        "Kỷ niệm 135 năm Ngày Quốc tế Lao động 1/5, CĐCS tặng 135 cây xanh cho trường học.",
        [D("1/5", "--05-01"), C("135 cây xanh", 135, "cây xanh")],
        note="no reference date: recurring holiday day keeps an unknown year",
    ),
    Item(
        "h055",
        "Tổng số đoàn viên\ncông đoàn tại thời điểm 31/12/2022 là 4.512 người.",
        [D("31/12/2022", "2022-12-31"), C("4.512 người", 4512, "người")],
    ),
    Item(
        "h056",
        "Vào năm 2020 và 2021, nhiều CĐCS không tổ chức được đại hội.",
        [D("năm 2020", "2020"), D("2021", "2021")],
        note="year list",
    ),
    Item(
        "h057",
        "Ngày 8/3/2022 vừa qua, Ban Nữ công LĐLĐ huyện Châu Thành tổ chức tọa đàm với 60 nữ đoàn viên.",
        [
            D("Ngày 8/3/2022", "2022-03-08"),
            O(
                "Ban Nữ công LĐLĐ huyện Châu Thành",
                f"Ban Nữ công {LDLD} huyện Châu Thành",
                TU,
                "LĐLĐ",
            ),
            C("60 nữ đoàn viên", 60, "nữ đoàn viên"),
        ],
    ),
    Item(
        "h058",
        "Hạn sử dụng của lô vắc-xin đến tháng 11/2021.",
        [D("tháng 11/2021", "2021-11")],
    ),
    Item(
        "h059",
        "Năng suất lao động tăng 5 %, thu nhập tăng 3,5 phần trăm.",
        [P("5 %", 5), P("3,5 phần trăm", "3.5")],
    ),
    Item(
        "h060",
        "Nghệ An: 9 tháng năm 2022, toàn tỉnh có 58.120 lao động đi làm việc ở nước ngoài.",
        [D("9 tháng năm 2022", "2022-01", "2022-09"), C("58.120 lao động", 58120, "lao động")],
        note="cumulative period (reference §5.5): January to September 2022, one range mention",
    ),
    Item(
        "h061",
        "Trong tuần từ 10-16/1/2022, số ca mắc tăng 15% so với cùng kỳ.",
        [D("từ 10-16/1/2022", "2022-01-10", "2022-01-16"), P("15%", 15)],
    ),
    Item(
        "h062",
        "Ngày  27/7 , công đoàn trao 5 triệu đồng cho gia đình anh Tâm.",
        [D("Ngày  27/7", "2021-07-27"), M("5 triệu đồng", 5000000)],
        ref="2021-07-28",
        note="double space inside the date",
    ),
    Item(
        "h063",
        "Chi hỗ trợ hàng trăm triệu đồng mỗi năm cho hàng nghìn đoàn viên.",
        [
            M("hàng trăm triệu đồng", None, "range", 100000000, 1000000000),
            C("hàng nghìn đoàn viên", None, "đoàn viên", "range", 1000, 10000),
        ],
    ),
    Item(
        "h064",
        "Ông Hai đóng góp 2 tỉ đồng xây nhà văn hóa cho công nhân.",
        [M("2 tỉ đồng", 2000000000)],
        note="'tỉ' spelling",
    ),
    Item(
        "h065",
        "Một trăm linh năm hộ gia đình được nhận quà.",
        [C("Một trăm linh năm hộ gia đình", 105, "hộ gia đình")],
    ),
    Item(
        "h066",
        "Hai triệu rưỡi đồng là mức hỗ trợ cho mỗi đoàn viên nghỉ việc không lương.",
        [M("Hai triệu rưỡi đồng", 2500000)],
    ),
    Item(
        "h067",
        "Tổng kinh phí 1.250.000.000 đồng (một tỷ hai trăm năm mươi triệu đồng).",
        [M("1.250.000.000 đồng", 1250000000), M("một tỷ hai trăm năm mươi triệu đồng", 1250000000)],
    ),
    Item(
        "h068",
        "Cả nước có trên 8.000 CĐCS được thành lập mới trong nhiệm kỳ 2018 - 2023.",
        [
            C("trên 8.000 CĐCS", 8000, "CĐCS", "over"),
            D("nhiệm kỳ 2018 - 2023", "2018", "2023"),
        ],
    ),
    Item(
        "h069",
        "Ngày 11/11/2021, Công ty TNHH Hưng Nghiệp Formosa trao 2 tỷ đồng ủng hộ Quỹ vắc-xin.",
        [
            D("Ngày 11/11/2021", "2021-11-11"),
            O(
                "Công ty TNHH Hưng Nghiệp Formosa",
                "Công ty Trách nhiệm hữu hạn Hưng Nghiệp Formosa",
                EN,
                "TNHH",
            ),
            M("2 tỷ đồng", 2000000000),
        ],
    ),
    Item(
        "h070",
        "Khen thưởng 12 tập thể và 25 cá nhân có thành tích xuất sắc trong công tác phòng, chống dịch.",
        [C("12 tập thể", 12, "tập thể"), C("25 cá nhân", 25, "cá nhân")],
    ),
    Item(
        "h071",
        "UBND huyện Đông Anh đã hỗ trợ 45 F0 và 120 F1 có hoàn cảnh khó khăn, mỗi người 500 nghìn đồng.",
        [
            O("UBND huyện Đông Anh", "Ủy ban nhân dân huyện Đông Anh", ST, "UBND"),
            C("45 F0", 45, "F0"),
            C("120 F1", 120, "F1"),
            M("500 nghìn đồng", 500000),
        ],
    ),
    Item(
        "h072",
        "Bệnh viện Đa khoa tỉnh Quảng Ninh tiếp nhận 20 máy thở do Tập đoàn Vingroup trao tặng.",
        [
            O("Bệnh viện Đa khoa tỉnh Quảng Ninh", "Bệnh viện Đa khoa tỉnh Quảng Ninh", HE),
            C("20 máy thở", 20, "máy thở"),
            O("Tập đoàn Vingroup", "Tập đoàn Vingroup", EN),
        ],
    ),
]
