"""Held-out gold: COVID-era news (2020–2022)."""

from __future__ import annotations

from tests.heldout.gold import C, D, Item, M, N, O, P

TU = "trade_union"
ST = "state"
EN = "enterprise"
HE = "health"
MA = "mass_organization"
OT = "other"
LDLD = "Liên đoàn Lao động"
HCM = "Thành phố Hồ Chí Minh"

ITEMS = [
    Item(
        "c001",
        "Từ 0h ngày 24/7, TP.HCM tiếp tục thực hiện giãn cách xã hội theo Chỉ thị 16/CT-TTg trong 14 ngày.",
        [D("ngày 24/7", "2021-07-24"), N("16/CT-TTg", "16/CT-TTg")],
        ref="2021-07-23",
    ),
    Item(
        "c002",
        "Sở Y tế Hà Nội cho biết, trong 24 giờ qua, thành phố ghi nhận 87 ca mắc COVID-19, trong đó 42 "
        "ca tại cộng đồng.",
        [
            O("Sở Y tế Hà Nội", "Sở Y tế Hà Nội", ST),
            C("87 ca mắc", 87, "ca mắc"),
            C("42 ca", 42, "ca"),
        ],
        ref="2021-08-05",
    ),
    Item(
        "c003",
        "Bộ Y tế yêu cầu người về từ vùng dịch phải cách ly tập trung 14 ngày, sau đó tự theo dõi sức "
        "khỏe tại nhà thêm 14 ngày.",
        [O("Bộ Y tế", "Bộ Y tế", ST)],
    ),
    Item(
        "c004",
        "Ngày 27/7/2021, CDC Bắc Giang thông báo đã lấy 12.540 mẫu xét nghiệm, kết quả 12.535 mẫu âm "
        "tính, 5 mẫu dương tính với SARS-CoV-2.",
        [
            D("Ngày 27/7/2021", "2021-07-27"),
            O("CDC Bắc Giang", "Trung tâm Kiểm soát bệnh tật tỉnh Bắc Giang", HE, "CDC"),
            C("12.540 mẫu xét nghiệm", 12540, "mẫu xét nghiệm"),
            C("12.535 mẫu", 12535, "mẫu"),
            C("5 mẫu", 5, "mẫu"),
        ],
    ),
    Item(
        "c005",
        "Tỉnh Bình Dương đã tiêm được hơn 1,2 triệu liều vắc-xin, đạt tỷ lệ 65% dân số từ 18 tuổi trở lên.",
        [C("hơn 1,2 triệu liều vắc-xin", 1200000, "liều vắc-xin", "over"), P("65%", 65)],
    ),
    Item(
        "c006",
        "UBND TP Đà Nẵng quyết định phong tỏa tạm thời chợ Hòa Khánh từ 12h ngày 31/7/2021 cho đến khi "
        "có thông báo mới.",
        [
            O("UBND TP Đà Nẵng", "Ủy ban nhân dân thành phố Đà Nẵng", ST, "UBND"),
            D("ngày 31/7/2021", "2021-07-31"),
        ],
    ),
    Item(
        "c007",
        "Đến 18h ngày 2/8, Việt Nam ghi nhận tổng cộng 157.281 ca nhiễm, trong đó 52.489 bệnh nhân đã "
        "khỏi bệnh.",
        [
            D("ngày 2/8", "2021-08-02"),
            C("157.281 ca nhiễm", 157281, "ca nhiễm"),
            C("52.489 bệnh nhân", 52489, "bệnh nhân"),
        ],
        ref="2021-08-02",
    ),
    Item(
        "c008",
        "F0 điều trị tại nhà được cấp túi thuốc; F1 phải cách ly 7 ngày và xét nghiệm vào ngày thứ 7.",
        [],
        note="hard negative: contact classes, a duration, 'ngày thứ 7' is the 7th day (not Saturday)",
    ),
    Item(
        "c009",
        "Hà Nội: Thêm 3 ca dương tính SARS-CoV-2 tại phường Văn Chương, quận Đống Đa ngày 3/8.",
        [C("3 ca dương tính", 3, "ca dương tính"), D("ngày 3/8", "2021-08-03")],
        ref="2021-08-04",
    ),
    Item(
        "c010",
        "Người dân gọi đường dây nóng 1900 9095 hoặc 0912.345.678 để được hỗ trợ 24/7.",
        [],
        note="hard negative: phone numbers and '24/7'",
    ),
    Item(
        "c011",
        "Tỉnh Đồng Nai chi hơn 62 tỷ đồng hỗ trợ người lao động theo Nghị quyết 68/NQ-CP ngày 1/7/2021 "
        "của Chính phủ.",
        [
            M("hơn 62 tỷ đồng", 62000000000, "over"),
            N("68/NQ-CP", "68/NQ-CP"),
            D("ngày 1/7/2021", "2021-07-01"),
            O("Chính phủ", "Chính phủ", ST),
        ],
    ),
    Item(
        "c012",
        "Theo Quyết định 23/2021/QĐ-TTg, người lao động ngừng việc được hỗ trợ một lần 1.000.000 "
        "đồng/người.",
        [
            N("23/2021/QĐ-TTg", "23/2021/QĐ-TTg"),
            M("1.000.000 đồng/người", 1000000, per="người"),
        ],
    ),
    Item(
        "c013",
        "Trẻ em, người chưa tiêm vắc-xin được hỗ trợ thêm 1 triệu đồng; trường hợp F0 điều trị tại nhà "
        "được hỗ trợ 80.000 đồng/ngày, tối đa 45 ngày.",
        [M("1 triệu đồng", 1000000), M("80.000 đồng/ngày", 80000, per="ngày")],
    ),
    Item(
        "c014",
        "Thực hiện Công văn số 4153/UBND-VX ngày 20/8/2021 của UBND tỉnh Quảng Nam, các huyện, thị xã, "
        "thành phố rà soát, lập danh sách người lao động trước ngày 25/8/2021.",
        [
            N("4153/UBND-VX", "4153/UBND-VX"),
            D("ngày 20/8/2021", "2021-08-20"),
            O("UBND tỉnh Quảng Nam", "Ủy ban nhân dân tỉnh Quảng Nam", ST, "UBND"),
            D("ngày 25/8/2021", "2021-08-25"),
        ],
    ),
    Item(
        "c015",
        "Từ ngày 19/7 đến ngày 1/8/2021, 19 tỉnh, thành phía Nam thực hiện giãn cách xã hội.",
        [
            D("Từ ngày 19/7 đến ngày 1/8/2021", "2021-07-19", "2021-08-01"),
            C("19 tỉnh, thành", 19, "tỉnh, thành"),
        ],
    ),
    Item(
        "c016",
        "TP Hồ Chí Minh kéo dài giãn cách thêm 1 tháng, từ 16/8 đến hết 15/9.",
        [D("từ 16/8 đến hết 15/9", "2021-08-16", "2021-09-15")],
        ref="2021-08-14",
    ),
    Item(
        "c017",
        "Bệnh viện Bệnh Nhiệt đới Trung ương đang điều trị cho 120 bệnh nhân nặng, trong đó 15 người "
        "phải thở máy.",
        [
            O("Bệnh viện Bệnh Nhiệt đới Trung ương", "Bệnh viện Bệnh Nhiệt đới Trung ương", HE),
            C("120 bệnh nhân", 120, "bệnh nhân"),
            C("15 người", 15, "người"),
        ],
    ),
    Item(
        "c018",
        "Trong ngày 15/8, Bình Dương ghi nhận 3.546 ca mắc mới, nâng tổng số ca nhiễm lên 87.210 ca.",
        [
            D("ngày 15/8", "2021-08-15"),
            C("3.546 ca mắc", 3546, "ca mắc"),
            C("87.210 ca", 87210, "ca"),
        ],
        ref="2021-08-16",
        note="'ca mắc mới': trailing adjective 'mới' left out of the unit (fixture convention)",
    ),
    Item(
        "c019",
        "Chốt kiểm soát dịch tại cửa ngõ ra vào thành phố được duy trì 24/24 giờ.",
        [],
        note="hard negative: '24/24 giờ'",
    ),
    Item(
        "c020",
        "Khoảng 2.000 công nhân Công ty TNHH Changshin Việt Nam thực hiện “3 tại chỗ” từ ngày 20/7/2021.",
        [
            C("Khoảng 2.000 công nhân", 2000, "công nhân", "approx"),
            O(
                "Công ty TNHH Changshin Việt Nam",
                "Công ty Trách nhiệm hữu hạn Changshin Việt Nam",
                EN,
                "TNHH",
            ),
            D("ngày 20/7/2021", "2021-07-20"),
        ],
    ),
    Item(
        "c021",
        "Chính phủ đã dành gói hỗ trợ 26.000 tỷ đồng cho người lao động, người sử dụng lao động gặp khó "
        "khăn do đại dịch.",
        [O("Chính phủ", "Chính phủ", ST), M("26.000 tỷ đồng", 26000000000000)],
    ),
    Item(
        "c022",
        "Thủ tướng Chính phủ ban hành Chỉ thị số 15/CT-TTg ngày 27/3/2020 về quyết liệt thực hiện đợt cao "
        "điểm phòng, chống dịch.",
        [
            O("Thủ tướng Chính phủ", "Thủ tướng Chính phủ", ST),
            N("15/CT-TTg", "15/CT-TTg"),
            D("ngày 27/3/2020", "2020-03-27"),
        ],
    ),
    Item(
        "c023",
        "Tại các khu vực phong tỏa, chỉ được tập trung tối đa 2 người nơi công cộng, giữ khoảng cách tối "
        "thiểu 2m.",
        [C("tối đa 2 người", 2, "người", "at_most")],
        note="'2m' is a measure",
    ),
    Item(
        "c024",
        "Đợt này, tỉnh Hòa Bình tiếp nhận 50.400 liều vắc xin AstraZeneca do Bộ Y tế phân bổ.",
        [C("50.400 liều vắc xin", 50400, "liều vắc xin"), O("Bộ Y tế", "Bộ Y tế", ST)],
    ),
    Item(
        "c025",
        "Tỷ lệ bao phủ mũi 2 ở người trên 50 tuổi mới đạt gần 40%.",
        [P("gần 40%", 40, "nearly")],
    ),
    Item(
        "c026",
        "Quảng Ninh: 5.000 lao động mất việc do dịch, mỗi người được hỗ trợ từ 1,5 đến 3,7 triệu đồng.",
        [
            C("5.000 lao động", 5000, "lao động"),
            M("từ 1,5 đến 3,7 triệu đồng", None, "range", 1500000, 3700000),
        ],
    ),
    Item(
        "c027",
        "Sáng 9/9, Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Kiên Giang quyết định áp dụng Chỉ thị 16 "
        "đối với TP Phú Quốc.",
        [
            D("9/9", "2021-09-09"),
            O(
                "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Kiên Giang",
                "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Kiên Giang",
                ST,
            ),
        ],
        ref="2021-09-09",
    ),
    Item(
        "c028",
        "Xét nghiệm tầm soát cho 100% người dân trong khu phong tỏa, với khoảng 4.500 mẫu gộp.",
        [P("100%", 100), C("khoảng 4.500 mẫu gộp", 4500, "mẫu gộp", "approx")],
    ),
    Item(
        "c029",
        "Ngày 5/10/2021, Bảo hiểm xã hội Việt Nam cho biết đã giải quyết hỗ trợ cho gần 11,9 triệu lao "
        "động với số tiền hơn 26.000 tỷ đồng theo Nghị quyết số 116/NQ-CP.",
        [
            D("Ngày 5/10/2021", "2021-10-05"),
            O("Bảo hiểm xã hội Việt Nam", "Bảo hiểm xã hội Việt Nam", ST),
            C("gần 11,9 triệu lao động", 11900000, "lao động", "nearly"),
            M("hơn 26.000 tỷ đồng", 26000000000000, "over"),
            N("116/NQ-CP", "116/NQ-CP"),
        ],
    ),
    Item(
        "c030",
        "Người lao động đã đóng BHXH dưới 12 tháng được hỗ trợ 1,8 triệu đồng; đóng đủ từ 12 tháng đến "
        "dưới 60 tháng được hỗ trợ 2,1 triệu đồng.",
        [M("1,8 triệu đồng", 1800000), M("2,1 triệu đồng", 2100000)],
    ),
    Item(
        "c031",
        "Sở Lao động - Thương binh và Xã hội tỉnh Bến Tre đã chi trả hơn 4 tỷ đồng cho 2.873 lao động "
        "tự do.",
        [
            O(
                "Sở Lao động - Thương binh và Xã hội tỉnh Bến Tre",
                "Sở Lao động - Thương binh và Xã hội tỉnh Bến Tre",
                ST,
            ),
            M("hơn 4 tỷ đồng", 4000000000, "over"),
            C("2.873 lao động tự do", 2873, "lao động tự do"),
        ],
    ),
    Item(
        "c032",
        "Cà Mau hỗ trợ mỗi người lao động tự do 1,5 triệu đồng, dự kiến khoảng 18.000 người được thụ "
        "hưởng với kinh phí 27 tỷ đồng.",
        [
            M("1,5 triệu đồng", 1500000),
            C("khoảng 18.000 người", 18000, "người", "approx"),
            M("27 tỷ đồng", 27000000000),
        ],
    ),
    Item(
        "c033",
        "Hiện 3 phường Phúc Tân, Phúc Xá, Chương Dương vẫn phong tỏa, khoảng 20.000 hộ dân bị ảnh hưởng.",
        [C("3 phường", 3, "phường"), C("khoảng 20.000 hộ dân", 20000, "hộ dân", "approx")],
    ),
    Item(
        "c034",
        "Từ 6h ngày 21/9/2021, Hà Nội điều chỉnh các biện pháp phòng dịch, chia thành 3 vùng theo mức "
        "độ nguy cơ.",
        [D("ngày 21/9/2021", "2021-09-21"), C("3 vùng", 3, "vùng")],
    ),
    Item(
        "c035",
        "Tổng Công ty Đường sắt Việt Nam dừng chạy 4 đôi tàu khách Thống Nhất từ ngày 14/5 đến ngày "
        "31/5/2021.",
        [
            O("Tổng Công ty Đường sắt Việt Nam", "Tổng Công ty Đường sắt Việt Nam", EN),
            C("4 đôi tàu khách", 4, "đôi tàu khách"),
            D("từ ngày 14/5 đến ngày 31/5/2021", "2021-05-14", "2021-05-31"),
        ],
    ),
    Item(
        "c036",
        "Công an tỉnh Bình Thuận lập chốt kiểm soát, xử phạt 35 trường hợp không đeo khẩu trang với số "
        "tiền 70 triệu đồng.",
        [
            O("Công an tỉnh Bình Thuận", "Công an tỉnh Bình Thuận", ST),
            C("35 trường hợp", 35, "trường hợp"),
            M("70 triệu đồng", 70000000),
        ],
    ),
    Item(
        "c037",
        "Cán bộ y tế được hưởng phụ cấp chống dịch 450.000 đồng/người/ngày theo Nghị quyết 37/NQ-CP.",
        [
            M("450.000 đồng/người/ngày", 450000, per="người/ngày"),
            N("37/NQ-CP", "37/NQ-CP"),
        ],
    ),
    Item(
        "c038",
        "Ca bệnh BN 3008 là nam, 35 tuổi, làm việc tại Công ty Điện tử Meiko (KCN Thạch Thất - Quốc Oai).",
        [O("Công ty Điện tử Meiko", "Công ty Điện tử Meiko", EN)],
        note="'BN 3008' is a patient code; age is not a count; KCN is a place",
    ),
    Item(
        "c039",
        "Thành phố đã thiết lập 537 Tổ COVID cộng đồng với hơn 3.000 thành viên.",
        [
            C("537 Tổ COVID cộng đồng", 537, "Tổ COVID cộng đồng"),
            C("hơn 3.000 thành viên", 3000, "thành viên", "over"),
        ],
    ),
    Item(
        "c040",
        "Kết quả xét nghiệm lần 3 cho 1.246 công nhân đều âm tính.",
        [C("1.246 công nhân", 1246, "công nhân")],
    ),
    Item(
        "c041",
        "Đà Nẵng yêu cầu người dân “ai ở đâu ở yên đó” trong 7 ngày, từ 18h ngày 16/8 đến 18h ngày "
        "22/8/2021.",
        [D("từ 18h ngày 16/8 đến 18h ngày 22/8/2021", "2021-08-16", "2021-08-22")],
        note="range with clock times inside: span chosen from 'từ' to the last date",
    ),
    Item(
        "c042",
        "Đến nay, tỉnh Long An có 2.145 F0 đang điều trị tại nhà, 312 F0 tại các cơ sở thu dung.",
        [C("2.145 F0", 2145, "F0"), C("312 F0", 312, "F0")],
    ),
    Item(
        "c043",
        "Cách ly y tế 21 ngày đối với các trường hợp F1, theo dõi sức khỏe 14 ngày tiếp theo.",
        [],
        note="hard negative: durations and F1",
    ),
    Item(
        "c044",
        "Hôm qua, Hà Nội tiêm thêm 98.000 mũi vắc-xin, nâng tổng số mũi đã tiêm lên hơn 2,3 triệu mũi.",
        [
            D("Hôm qua", "2021-08-19"),
            C("98.000 mũi vắc-xin", 98000, "mũi vắc-xin"),
            C("hơn 2,3 triệu mũi", 2300000, "mũi", "over"),
        ],
        ref="2021-08-20",
    ),
    Item(
        "c045",
        "Tuần trước, LĐLĐ thành phố Cần Thơ đã trao 300 túi an sinh cho công nhân lưu trú tại các khu "
        "nhà trọ.",
        [
            D("Tuần trước", "2021-W33"),
            O("LĐLĐ thành phố Cần Thơ", f"{LDLD} thành phố Cần Thơ", TU, "LĐLĐ"),
            C("300 túi an sinh", 300, "túi an sinh"),
        ],
        ref="2021-08-25",
    ),
    Item(
        "c046",
        "Dự kiến trong tháng 9 năm nay, Bộ Y tế sẽ phân bổ thêm 8 triệu liều vắc-xin cho các tỉnh phía Nam.",
        [
            D("tháng 9 năm nay", "2021-09"),
            O("Bộ Y tế", "Bộ Y tế", ST),
            C("8 triệu liều vắc-xin", 8000000, "liều vắc-xin"),
        ],
        ref="2021-08-20",
    ),
    Item(
        "c047",
        "Công ty CP Thép Hòa Phát Dung Quất bố trí cho 1.500 công nhân ăn, ở tại nhà máy với chi phí "
        "khoảng 2 tỷ đồng mỗi tháng.",
        [
            O(
                "Công ty CP Thép Hòa Phát Dung Quất",
                "Công ty Cổ phần Thép Hòa Phát Dung Quất",
                EN,
                "CP",
            ),
            C("1.500 công nhân", 1500, "công nhân"),
            M("khoảng 2 tỷ đồng", 2000000000, "approx"),
        ],
    ),
    Item(
        "c048",
        "Tháng trước, Sở Y tế tỉnh Bắc Giang đã điều động 200 nhân viên y tế hỗ trợ các khu công nghiệp.",
        [
            D("Tháng trước", "2021-05"),
            O("Sở Y tế tỉnh Bắc Giang", "Sở Y tế tỉnh Bắc Giang", ST),
            C("200 nhân viên y tế", 200, "nhân viên y tế"),
        ],
        ref="2021-06-15",
    ),
    Item(
        "c049",
        "Thủ tướng yêu cầu hoàn thành tiêm vắc-xin cho toàn dân trước quý I/2022.",
        [D("quý I/2022", "2022-Q1")],
    ),
    Item(
        "c050",
        "Tỉnh Thừa Thiên Huế ghi nhận ca mắc đầu tiên trong cộng đồng vào ngày 12.7.2021 sau 63 ngày "
        "không có ca bệnh.",
        [D("ngày 12.7.2021", "2021-07-12")],
    ),
    Item(
        "c051",
        "Mức hỗ trợ đối với hộ kinh doanh là 3.000.000 đồng/hộ; đối với trẻ em dưới 16 tuổi là 1.000.000 "
        "đồng/trẻ em.",
        [
            M("3.000.000 đồng/hộ", 3000000, per="hộ"),
            M("1.000.000 đồng/trẻ em", 1000000, per="trẻ em"),
        ],
    ),
    Item(
        "c052",
        "Đến ngày 30/9/2021, số F0 tại TP.HCM đã giảm 30% so với đỉnh dịch.",
        [D("ngày 30/9/2021", "2021-09-30"), P("30%", 30)],
    ),
    Item(
        "c053",
        "Ngày 27/7, LĐLĐ tỉnh Kon Tum trao 200 suất quà cho công nhân.",
        [
            D("Ngày 27/7", "2021-07-27"),
            O("LĐLĐ tỉnh Kon Tum", f"{LDLD} tỉnh Kon Tum", TU, "LĐLĐ"),
            C("200 suất quà", 200, "suất quà"),
        ],
        ref="2021-07-28",
    ),
    Item(
        "c054",
        "Từ 0 giờ ngày 09/7/2021 đến 0 giờ ngày 24/7/2021, tỉnh Khánh Hòa áp dụng giãn cách theo Chỉ thị "
        "số 16/CT-TTg.",
        [
            D("Từ 0 giờ ngày 09/7/2021 đến 0 giờ ngày 24/7/2021", "2021-07-09", "2021-07-24"),
            N("16/CT-TTg", "16/CT-TTg"),
        ],
    ),
    Item(
        "c055",
        "Kế hoạch có hiệu lực đến hết ngày 30-9.",
        [D("ngày 30-9", "2021-09-30")],
        ref="2021-09-01",
    ),
    Item(
        "c056",
        "Sở Y tế TP.HCM cho biết, tính đến ngày 22/8, thành phố có 1.025 trạm y tế lưu động.",
        [
            O("Sở Y tế TP.HCM", f"Sở Y tế {HCM}", ST),
            D("ngày 22/8", "2021-08-22"),
            C("1.025 trạm y tế", 1025, "trạm y tế"),
        ],
        ref="2021-08-23",
        note="'lưu động' (mobile) is a trailing adjective",
    ),
    Item(
        "c057",
        "Tháng 8 năm 2021 là thời điểm căng thẳng nhất của đợt dịch thứ tư.",
        [D("Tháng 8 năm 2021", "2021-08")],
    ),
    Item(
        "c058",
        "Từ tháng 10/2021, các hoạt động dần trở lại bình thường.",
        [D("tháng 10/2021", "2021-10")],
    ),
    Item(
        "c059",
        "Hạn chót nộp hồ sơ là 17h00 ngày 15 tháng 9.",
        [D("ngày 15 tháng 9", "2021-09-15")],
        ref="2021-09-01",
    ),
    Item(
        "c060",
        "Chiều ngày 5-8, đoàn công tác đã đến thăm 3 khu cách ly tập trung.",
        [D("ngày 5-8", "2021-08-05"), C("3 khu cách ly tập trung", 3, "khu cách ly tập trung")],
        ref="2021-08-06",
    ),
    Item(
        "c061",
        "Công điện số 1099/CĐ-TTg ngày 18/8/2021 của Thủ tướng Chính phủ yêu cầu không để đứt gãy chuỗi "
        "cung ứng.",
        [
            N("1099/CĐ-TTg", "1099/CĐ-TTg"),
            D("ngày 18/8/2021", "2021-08-18"),
            O("Thủ tướng Chính phủ", "Thủ tướng Chính phủ", ST),
        ],
    ),
    Item(
        "c062",
        "Sau ngày 15/9, nếu kiểm soát được dịch, thành phố sẽ nới lỏng dần.",
        [D("ngày 15/9", "2021-09-15")],
        ref="2021-08-20",
    ),
    Item(
        "c063",
        "Vào lúc 22h40 phút ngày 30/7/2021, bệnh nhân được chuyển viện.",
        [D("ngày 30/7/2021", "2021-07-30")],
    ),
    Item(
        "c064",
        "Theo Kế hoạch 3399/KH-UBND ngày 20/10/2021 của UBND TP.HCM, trẻ em từ 12 đến 17 tuổi được tiêm "
        "vắc-xin.",
        [
            N("3399/KH-UBND", "3399/KH-UBND"),
            D("ngày 20/10/2021", "2021-10-20"),
            O("UBND TP.HCM", f"Ủy ban nhân dân {HCM}", ST, "UBND"),
        ],
    ),
    Item(
        "c065",
        "Thành uỷ Hải Phòng chỉ đạo xét nghiệm cho 100% công nhân tại các KCN trước ngày 15/5.",
        [
            O("Thành uỷ Hải Phòng", "Thành ủy Hải Phòng", "party"),
            P("100%", 100),
            D("ngày 15/5", "2021-05-15"),
        ],
        ref="2021-05-10",
    ),
    Item(
        "c066",
        "LĐLĐ Tp. Cần Thơ phối hợp Hội LHPN thành phố trao tặng 1.000 bình ô xy cho các bệnh viện.",
        [
            O("LĐLĐ Tp. Cần Thơ", f"{LDLD} thành phố Cần Thơ", TU, "LĐLĐ"),
            O("Hội LHPN thành phố", "Hội Liên hiệp Phụ nữ thành phố Cần Thơ", MA, "LHPN"),
            C("1.000 bình ô xy", 1000, "bình ô xy"),
        ],
    ),
    Item(
        "c067",
        "Nhà máy có khoảng 3.500 công nhân, trong đó 2/3 là lao động nữ.",
        [C("khoảng 3.500 công nhân", 3500, "công nhân", "approx")],
        note="'2/3' is a fraction",
    ),
    Item(
        "c068",
        "Bệnh viện Chợ Rẫy đã cử 300 nhân viên y tế sang hỗ trợ Bệnh viện Hồi sức COVID-19.",
        [
            O("Bệnh viện Chợ Rẫy", "Bệnh viện Chợ Rẫy", HE),
            C("300 nhân viên y tế", 300, "nhân viên y tế"),
            O("Bệnh viện Hồi sức COVID-19", "Bệnh viện Hồi sức COVID-19", HE),
        ],
    ),
    Item(
        "c069",
        "Công ty TNHH Nobland Việt Nam đã trả lương ngừng việc bằng 70% tiền lương cho 1.800 công nhân "
        "trong thời gian giãn cách.",
        [
            O(
                "Công ty TNHH Nobland Việt Nam",
                "Công ty Trách nhiệm hữu hạn Nobland Việt Nam",
                EN,
                "TNHH",
            ),
            P("70%", 70),
            C("1.800 công nhân", 1800, "công nhân"),
        ],
    ),
    Item(
        "c070",
        "Trung tâm Y tế huyện Hóc Môn tổ chức tiêm vắc-xin cho hơn 4.000 công nhân ngày 12/8.",
        [
            O("Trung tâm Y tế huyện Hóc Môn", "Trung tâm Y tế huyện Hóc Môn", HE),
            C("hơn 4.000 công nhân", 4000, "công nhân", "over"),
            D("ngày 12/8", "2021-08-12"),
        ],
        ref="2021-08-13",
    ),
    Item(
        "c071",
        "Năm 2021, cả nước có khoảng 2,3 triệu đoàn viên bị ảnh hưởng bởi dịch, trong đó hơn 500.000 "
        "người bị mất việc làm.",
        [
            D("Năm 2021", "2021"),
            C("khoảng 2,3 triệu đoàn viên", 2300000, "đoàn viên", "approx"),
            C("hơn 500.000 người", 500000, "người", "over"),
        ],
    ),
    Item(
        "c072",
        "Ngày 15/3/2022, Bộ Y tế ghi nhận 161.250 ca nhiễm; đến nay cả nước đã có hơn 7 triệu người "
        "khỏi bệnh.",
        [
            D("Ngày 15/3/2022", "2022-03-15"),
            O("Bộ Y tế", "Bộ Y tế", ST),
            C("161.250 ca nhiễm", 161250, "ca nhiễm"),
            C("hơn 7 triệu người", 7000000, "người", "over"),
        ],
    ),
    Item(
        "c073",
        "Tối 31/12/2021, Hà Nội cho phép tổ chức bắn pháo hoa ở 2 điểm.",
        [D("31/12/2021", "2021-12-31"), C("2 điểm", 2, "điểm")],
    ),
    Item(
        "c074",
        "Sau khi khảo sát 80 doanh nghiệp, hơn 70% người lao động cho biết thu nhập bị giảm.",
        [C("80 doanh nghiệp", 80, "doanh nghiệp"), P("hơn 70%", 70, "over")],
    ),
    Item(
        "c075",
        "Trong 2 ngày 25 - 26/8, hội nghị trực tuyến với 63 điểm cầu được tổ chức.",
        [D("25 - 26/8", "2021-08-25", "2021-08-26"), C("63 điểm cầu", 63, "điểm cầu")],
        ref="2021-08-20",
        note="'2 ngày' is a duration; the day range span starts at the first day",
    ),
    Item(
        "c076",
        "Giá xét nghiệm RT-PCR giảm còn 501.800 đồng/mẫu, test nhanh 78.000 đồng/test.",
        [
            M("501.800 đồng/mẫu", 501800, per="mẫu"),
            M("78.000 đồng/test", 78000, per="test"),
        ],
    ),
    Item(
        "c077",
        "Trên 70% doanh nghiệp trong KCN đã hoạt động trở lại, thu hút khoảng 45 nghìn lao động quay "
        "lại làm việc.",
        [P("Trên 70%", 70, "over"), C("khoảng 45 nghìn lao động", 45000, "lao động", "approx")],
    ),
    Item(
        "c078",
        "Hàng nghìn công nhân xếp hàng chờ xét nghiệm từ 5 giờ sáng.",
        [C("Hàng nghìn công nhân", None, "công nhân", "range", 1000, 10000)],
    ),
    Item(
        "c079",
        "Hôm nay (28/7), cả nước kỷ niệm 92 năm Ngày thành lập Công đoàn Việt Nam.",
        [
            D("Hôm nay", "2021-07-28"),
            D("28/7", "2021-07-28"),
            O("Công đoàn Việt Nam", "Công đoàn Việt Nam", TU),
        ],
        ref="2021-07-28",
        note="relative 'Hôm nay' and its parenthesised day are both dates (same value)",
    ),
    Item(
        "c080",
        "Sáng thứ Hai (2/8), LĐLĐ quận Gò Vấp tổ chức lễ ra quân hỗ trợ công nhân khó khăn.",
        [D("2/8", "2021-08-02"), O("LĐLĐ quận Gò Vấp", f"{LDLD} quận Gò Vấp", TU, "LĐLĐ")],
        ref="2021-08-03",
        note="weekday plus parenthesised day: the day is the date",
    ),
]
