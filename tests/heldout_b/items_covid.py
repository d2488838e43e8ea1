"""Set B — COVID-era news 2020–2022 (gold written by reading; see gold.py)."""

from __future__ import annotations

from tests.heldout_b.gold import C, D, Item, M, N, O, P

ITEMS: list[Item] = [
    Item(
        "bc01",
        "Từ 18h ngày 11/7 đến 18h ngày 12/7, tỉnh Bình Dương ghi nhận thêm 214 ca mắc COVID-19 "
        "mới, nâng tổng số ca mắc trên địa bàn lên 1.708 ca.",
        [
            D("Từ 18h ngày 11/7 đến 18h ngày 12/7", "2021-07-11", "2021-07-12"),
            C("214 ca mắc", 214, "ca mắc"),
            C("1.708 ca", 1708, "ca"),
        ],
        ref="2021-07-13",
        note="Range with times of day is one date mention from 'Từ' to the end date (times kept "
        "inside, as in the README). 'ca mắc COVID-19 mới': unit 'ca mắc' (the disease name and "
        "'mới' are complements). 'tỉnh Bình Dương' is a place.",
    ),
    Item(
        "bc02",
        "Sở Y tế Nghệ An cho biết, tính đến 6h sáng 2/10/2021, toàn tỉnh đã tiêm được 1.245.370 "
        "liều vắc-xin, trong đó 312.054 người đã tiêm đủ 2 mũi.",
        [
            O("Sở Y tế Nghệ An", "Sở Y tế Nghệ An", "state"),
            D("2/10/2021", "2021-10-02"),
            C("1.245.370 liều vắc-xin", 1245370, "liều vắc-xin"),
            C("312.054 người", 312054, "người"),
            C("2 mũi", 2, "mũi"),
        ],
        note="Time and part of day ('6h sáng') are left out of the date span.",
    ),
    Item(
        "bc03",
        "UBND thành phố Hà Nội quyết định thực hiện giãn cách xã hội theo Chỉ thị 16/CT-TTg trên "
        "toàn thành phố từ 6h ngày 24/7/2021, trong thời gian 15 ngày.",
        [
            O("UBND thành phố Hà Nội", "Ủy ban nhân dân thành phố Hà Nội", "state", "UBND"),
            N("16/CT-TTg", "16/CT-TTg"),
            D("ngày 24/7/2021", "2021-07-24"),
        ],
        note="An open start ('từ 6h ngày 24/7/2021', no end date) is not a range: the date mention "
        "is 'ngày 24/7/2021' (ambiguous: 'từ' could be included). '15 ngày' is a duration.",
    ),
    Item(
        "bc04",
        "Theo Nghị quyết số 68/NQ-CP ngày 01/7/2021 của Chính phủ, lao động tạm hoãn hợp đồng từ "
        "15 ngày trở lên được hỗ trợ 1.855.000 đồng/người; từ 1 tháng trở lên được 3.710.000 "
        "đồng/người.",
        [
            N("68/NQ-CP", "68/NQ-CP"),
            D("ngày 01/7/2021", "2021-07-01"),
            O("Chính phủ", "Chính phủ", "state"),
            M("1.855.000 đồng/người", 1855000, per="người"),
            M("3.710.000 đồng/người", 3710000, per="người"),
        ],
        note="'từ 15 ngày trở lên', 'từ 1 tháng trở lên' are durations.",
    ),
    Item(
        "bc05",
        "Ngày 14/8/2021, LĐLĐ tỉnh Long An đã trao 5.000 túi an sinh Công đoàn cho công nhân lao "
        "động đang ở trọ, mỗi túi trị giá 500.000 đồng gồm gạo, mì tôm, dầu ăn.",
        [
            D("Ngày 14/8/2021", "2021-08-14"),
            O("LĐLĐ tỉnh Long An", "Liên đoàn Lao động tỉnh Long An", "trade_union", "LĐLĐ"),
            C("5.000 túi an sinh Công đoàn", 5000, "túi an sinh Công đoàn"),
            M("500.000 đồng", 500000),
        ],
        note="'túi an sinh Công đoàn' is the name of the item (compound noun): kept whole in the "
        "unit; 'Công đoàn' there is not an organization.",
    ),
    Item(
        "bc06",
        "Bệnh viện dã chiến số 3 tại Khu công nghiệp Quế Võ có quy mô 1.000 giường, dự kiến tiếp "
        "nhận bệnh nhân từ ngày 20/5.",
        [
            O("Bệnh viện dã chiến số 3", "Bệnh viện dã chiến số 3", "health"),
            C("1.000 giường", 1000, "giường"),
            D("ngày 20/5", "--05-20"),
        ],
        note="No reference date: the year stays unknown. 'số 3' is part of the hospital's name. "
        "'Khu công nghiệp Quế Võ' is a place.",
    ),
    Item(
        "bc07",
        "CDC Đà Nẵng thông báo khẩn: tìm người đến các địa điểm sau trong khoảng thời gian từ ngày "
        "25/7 đến 28/7/2020.",
        [
            O("CDC Đà Nẵng", "Trung tâm Kiểm soát bệnh tật Đà Nẵng", "health", "CDC"),
            D("từ ngày 25/7 đến 28/7/2020", "2020-07-25", "2020-07-28"),
        ],
        note="CDC is expanded to 'Trung tâm Kiểm soát bệnh tật' (ambiguous: the full local name "
        "is 'Trung tâm Kiểm soát bệnh tật thành phố Đà Nẵng').",
    ),
    Item(
        "bc08",
        "Trong 24 giờ qua, Thành phố Hồ Chí Minh có 3.815 F0, trong đó 1.926 ca cộng đồng; "
        "có 42 ca tử vong, giảm 9 ca so với hôm qua.",
        [
            C("3.815 F0", 3815, "F0"),
            C("1.926 ca cộng đồng", 1926, "ca cộng đồng"),
            C("42 ca tử vong", 42, "ca tử vong"),
            C("9 ca", 9, "ca"),
            D("hôm qua", "2021-10-03"),
        ],
        ref="2021-10-04",
        note="'F0' after a number is the counted noun (COVID case class). '24 giờ qua' is a "
        "duration. 'hôm qua' is relative to the reference date.",
    ),
    Item(
        "bc09",
        "Tỉnh Kiên Giang thực hiện phong tỏa tạm thời thị trấn Dương Đông từ 0h ngày 05/9/2021 "
        "đến hết ngày 18/9/2021 để truy vết, xét nghiệm cho khoảng 35 ngàn người dân.",
        [
            D("từ 0h ngày 05/9/2021 đến hết ngày 18/9/2021", "2021-09-05", "2021-09-18"),
            C("khoảng 35 ngàn người dân", 35000, "người dân", "approx"),
        ],
        note="Range span from 'từ' to the end date, times and 'hết' kept inside.",
    ),
    Item(
        "bc10",
        "Công ty TNHH Changshin Việt Nam (huyện Vĩnh Cửu) đã tạm dừng sản xuất sau khi phát hiện 27 "
        "công nhân dương tính với SARS-CoV-2; khoảng 15.000 lao động phải nghỉ việc.",
        [
            O(
                "Công ty TNHH Changshin Việt Nam",
                "Công ty trách nhiệm hữu hạn Changshin Việt Nam",
                "enterprise",
                "TNHH",
            ),
            C("27 công nhân", 27, "công nhân"),
            C("khoảng 15.000 lao động", 15000, "lao động", "approx"),
        ],
        note="'SARS-CoV-2' contains a digit but is a virus name.",
    ),
    Item(
        "bc11",
        "Tính đến ngày 20/12/2021, tỷ lệ người từ 18 tuổi trở lên tiêm ít nhất 1 mũi vắc-xin của "
        "tỉnh Quảng Ngãi đạt 99,2%; tiêm mũi 2 đạt 93,7%.",
        [
            D("ngày 20/12/2021", "2021-12-20"),
            C("ít nhất 1 mũi vắc-xin", 1, "mũi vắc-xin", "at_least"),
            P("99,2%", 99.2),
            P("93,7%", 93.7),
        ],
        note="'18 tuổi' is an age, 'mũi 2' an ordinal: neither is a count.",
    ),
    Item(
        "bc12",
        "Bộ Y tế vừa có Công văn số 5599/BYT-MT gửi UBND các tỉnh, thành phố hướng dẫn cách ly "
        "F1 tại nhà; theo đó F1 phải cách ly 7 ngày.",
        [
            O("Bộ Y tế", "Bộ Y tế", "state"),
            N("5599/BYT-MT", "5599/BYT-MT"),
        ],
        note="'UBND các tỉnh, thành phố' is a plural generic reference. 'F1' is a contact class; "
        "'7 ngày' a duration.",
    ),
    Item(
        "bc13",
        "Ngày 5/9, Bệnh viện Hồi sức COVID-19 (TP Thủ Đức) tiếp nhận 150 máy thở do các doanh "
        "nghiệp trao tặng, trị giá khoảng 45 tỉ đồng.",
        [
            D("Ngày 5/9", "2021-09-05"),
            O("Bệnh viện Hồi sức COVID-19", "Bệnh viện Hồi sức COVID-19", "health"),
            C("150 máy thở", 150, "máy thở"),
            M("khoảng 45 tỉ đồng", 45000000000, "approx"),
        ],
        ref="2021-09-06",
    ),
    Item(
        "bc14",
        "Quỹ Vắc-xin phòng COVID-19 đã tiếp nhận hơn 8.700 tỷ đồng tính đến hết tháng 8/2021.",
        [
            M("hơn 8.700 tỷ đồng", 8700000000000, "over"),
            D("tháng 8/2021", "2021-08"),
        ],
        note="'Quỹ Vắc-xin phòng COVID-19' is a national fund (a state-created body); not "
        "annotated, like other funds in this set (ambiguous).",
    ),
    Item(
        "bc15",
        "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Đồng Tháp cho biết đến nay đã có 41/144 xã, "
        "phường thuộc vùng xanh; 12 xã thuộc vùng cam.",
        [
            O(
                "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Đồng Tháp",
                "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Đồng Tháp",
                "state",
            ),
            C("41/144 xã", 41, "xã"),
            C("12 xã", 12, "xã"),
        ],
        note="'41/144 xã, phường' is a count of 41 out of 144 (not a date) — ambiguous, the unit "
        "could be 'xã, phường'; gold keeps the first noun as in fixture 004.",
    ),
    Item(
        "bc16",
        "Từ ngày 1/10, người lao động tại các khu công nghiệp được đi làm trở lại nếu đã tiêm ít "
        "nhất một mũi vắc-xin sau 14 ngày và có kết quả xét nghiệm âm tính.",
        [
            D("ngày 1/10", "2021-10-01"),
            C("ít nhất một mũi vắc-xin", 1, "mũi vắc-xin", "at_least"),
        ],
        ref="2021-09-30",
        note="Open start 'Từ ngày 1/10' without an end: the date is 'ngày 1/10'. '14 ngày' is a "
        "duration.",
    ),
    Item(
        "bc17",
        "Sáng 27/4/2021, Sở Y tế tỉnh Hà Nam tiếp nhận 200 triệu đồng từ Ngân hàng TMCP Công "
        "Thương Việt Nam chi nhánh Hà Nam để mua sắm trang thiết bị phòng dịch.",
        [
            D("27/4/2021", "2021-04-27"),
            O("Sở Y tế tỉnh Hà Nam", "Sở Y tế tỉnh Hà Nam", "state"),
            M("200 triệu đồng", 200000000),
            O(
                "Ngân hàng TMCP Công Thương Việt Nam chi nhánh Hà Nam",
                "Ngân hàng Thương mại cổ phần Công Thương Việt Nam chi nhánh Hà Nam",
                "enterprise",
                "TMCP",
            ),
        ],
        note="A bank branch is kept whole (nested). TMCP → 'Thương mại cổ phần'.",
    ),
    Item(
        "bc18",
        "Thực hiện Nghị quyết 68, đến ngày 15/11/2021 toàn tỉnh Thanh Hóa đã giải quyết hỗ trợ cho "
        "hơn 350 nghìn lượt người lao động với tổng kinh phí trên 500 tỷ đồng.",
        [
            D("ngày 15/11/2021", "2021-11-15"),
            C("hơn 350 nghìn lượt người lao động", 350000, "lượt người lao động", "over"),
            M("trên 500 tỷ đồng", 500000000000, "over"),
        ],
        note="'Nghị quyết 68' without a symbol is not a document number (no type/issuer written; "
        "ambiguous).",
    ),
    Item(
        "bc19",
        "Ngày 18/7/2021, Bộ Y tế đã thành lập Trung tâm Hồi sức tích cực người bệnh COVID-19 thuộc "
        "Bệnh viện Bạch Mai tại TP. Hồ Chí Minh với quy mô 500 giường.",
        [
            D("Ngày 18/7/2021", "2021-07-18"),
            O("Bộ Y tế", "Bộ Y tế", "state"),
            O(
                "Trung tâm Hồi sức tích cực người bệnh COVID-19 thuộc Bệnh viện Bạch Mai",
                "Trung tâm Hồi sức tích cực người bệnh COVID-19 thuộc Bệnh viện Bạch Mai",
                "health",
            ),
            C("500 giường", 500, "giường"),
        ],
        note="A centre 'thuộc' its hospital is one nested organization (ambiguous: two mentions "
        "would also be defensible).",
    ),
    Item(
        "bc20",
        "Chiều 30/1/2022, CDC tỉnh Quảng Ninh ghi nhận 1.032 ca mắc mới; trong đó 986 ca cộng đồng "
        "đã được cách ly, điều trị tại nhà.",
        [
            D("30/1/2022", "2022-01-30"),
            O(
                "CDC tỉnh Quảng Ninh",
                "Trung tâm Kiểm soát bệnh tật tỉnh Quảng Ninh",
                "health",
                "CDC",
            ),
            C("1.032 ca mắc", 1032, "ca mắc"),
            C("986 ca cộng đồng", 986, "ca cộng đồng"),
        ],
        note="'ca mắc mới' → unit 'ca mắc' ('mới' is a trailing adjective).",
    ),
    Item(
        "bc21",
        "Tỉnh Bình Định đón gần 3.500 người dân từ TP Hồ Chí Minh, Bình Dương, Đồng Nai về quê bằng "
        "12 chuyến tàu hỏa và 40 chuyến xe khách từ ngày 1 - 7/10/2021.",
        [
            C("gần 3.500 người dân", 3500, "người dân", "nearly"),
            C("12 chuyến tàu hỏa", 12, "chuyến tàu hỏa"),
            C("40 chuyến xe khách", 40, "chuyến xe khách"),
            D("từ ngày 1 - 7/10/2021", "2021-10-01", "2021-10-07"),
        ],
    ),
    Item(
        "bc22",
        "Mỗi F0 điều trị tại nhà được hỗ trợ gói thuốc trị giá 250 nghìn đồng và một túi quà "
        "khoảng 300 ngàn đồng.",
        [
            M("250 nghìn đồng", 250000),
            M("khoảng 300 ngàn đồng", 300000, "approx"),
        ],
        note="'Mỗi F0', 'một túi quà' name no quantity being counted (distributive 'mỗi', "
        "indefinite 'một'): not counts (ambiguous for 'một túi quà').",
    ),
    Item(
        "bc23",
        "Theo Quyết định số 23/2021/QĐ-TTg ngày 07/7/2021 của Thủ tướng Chính phủ, trẻ em phải điều "
        "trị do nhiễm COVID-19 được hỗ trợ một lần 1.000.000 đồng/trẻ em.",
        [
            N("23/2021/QĐ-TTg", "23/2021/QĐ-TTg"),
            D("ngày 07/7/2021", "2021-07-07"),
            O("Thủ tướng Chính phủ", "Thủ tướng Chính phủ", "state"),
            M("1.000.000 đồng/trẻ em", 1000000, per="trẻ em"),
        ],
    ),
    Item(
        "bc24",
        "Tại Bệnh viện Đa khoa tỉnh Vĩnh Phúc, 100% nhân viên y tế đã được tiêm 2 liều vắc-xin "
        "AstraZeneca; 3 ca có phản ứng sau tiêm.",
        [
            O("Bệnh viện Đa khoa tỉnh Vĩnh Phúc", "Bệnh viện Đa khoa tỉnh Vĩnh Phúc", "health"),
            P("100%", 100),
            C("2 liều vắc-xin", 2, "liều vắc-xin"),
            C("3 ca", 3, "ca"),
        ],
        note="The vaccine brand 'AstraZeneca' is left out of the unit (a name complement).",
    ),
    Item(
        "bc25",
        "Trong đợt dịch thứ tư (từ 27/4/2021 đến nay), Lào Cai ghi nhận 118 ca bệnh; 2 ca tử vong.",
        [
            D("27/4/2021", "2021-04-27"),
            C("118 ca bệnh", 118, "ca bệnh"),
            C("2 ca tử vong", 2, "ca tử vong"),
        ],
        ref="2021-11-02",
        note="'từ 27/4/2021 đến nay' ends at the reference date, but 'đến nay' is not a written "
        "date: gold takes only '27/4/2021' (ambiguous). 'đợt dịch thứ tư' is an ordinal.",
    ),
    Item(
        "bc26",
        "Ngày 25-8-2021, Công đoàn ngành Y tế TP Cần Thơ tặng 600 bộ đồ bảo hộ và 20.000 khẩu trang "
        "N95 cho các bệnh viện tuyến đầu, tổng giá trị hơn 250 triệu.",
        [
            D("Ngày 25-8-2021", "2021-08-25"),
            O(
                "Công đoàn ngành Y tế TP Cần Thơ",
                "Công đoàn ngành Y tế thành phố Cần Thơ",
                "trade_union",
            ),
            C("600 bộ đồ bảo hộ", 600, "bộ đồ bảo hộ"),
            C("20.000 khẩu trang", 20000, "khẩu trang"),
            M("hơn 250 triệu", 250000000, "over"),
        ],
        note="'hơn 250 triệu' after 'tổng giá trị' is money without a currency word (VND implied). "
        "'TP' is a place-level abbreviation (expanded, not an organization abbreviation).",
    ),
    Item(
        "bc27",
        "Từ 0 giờ ngày 16/9/2021, tỉnh Tiền Giang nới lỏng giãn cách tại 5 huyện; người dân ra "
        "đường phải có giấy xét nghiệm âm tính trong vòng 72 giờ.",
        [
            D("ngày 16/9/2021", "2021-09-16"),
            C("5 huyện", 5, "huyện"),
        ],
        note="Open start without an end: date 'ngày 16/9/2021'. '72 giờ' is a duration.",
    ),
    Item(
        "bc28",
        "Tính chung 9 tháng, LĐLĐ TP. Đà Nẵng đã hỗ trợ 18.640 đoàn viên, NLĐ bị ảnh hưởng bởi "
        "dịch COVID-19 với số tiền hơn 9,3 tỷ đồng từ nguồn tài chính công đoàn.",
        [
            O("LĐLĐ TP. Đà Nẵng", "Liên đoàn Lao động thành phố Đà Nẵng", "trade_union", "LĐLĐ"),
            C("18.640 đoàn viên", 18640, "đoàn viên"),
            M("hơn 9,3 tỷ đồng", 9300000000, "over"),
        ],
        note="'18.640 đoàn viên, NLĐ': the coordinated 'NLĐ' is not part of the unit.",
    ),
    Item(
        "bc29",
        "Đợt 1 năm 2022, Hà Tĩnh phân bổ 76.800 liều vắc-xin Pfizer để tiêm cho trẻ từ 12 đến 17 "
        "tuổi; dự kiến hoàn thành trước ngày 30/1.",
        [
            D("năm 2022", "2022"),
            C("76.800 liều vắc-xin", 76800, "liều vắc-xin"),
            D("ngày 30/1", "2022-01-30"),
        ],
        ref="2022-01-10",
        note="'từ 12 đến 17 tuổi' is an age range, not a count. 'Đợt 1' is an ordinal.",
    ),
    Item(
        "bc30",
        "Ngày 8/10/2021, UBND tỉnh Đắk Nông ban hành Kế hoạch số 661/KH-UBND về thích ứng an toàn, "
        "linh hoạt, kiểm soát hiệu quả dịch COVID-19.",
        [
            D("Ngày 8/10/2021", "2021-10-08"),
            O("UBND tỉnh Đắk Nông", "Ủy ban nhân dân tỉnh Đắk Nông", "state", "UBND"),
            N("661/KH-UBND", "661/KH-UBND"),
        ],
    ),
    Item(
        "bc31",
        "Sáng nay (22/2), Bộ Y tế cho biết cả nước ghi nhận 57.000 ca mắc mới, tăng 4.500 ca so "
        "với hôm qua; hiện còn 1.735 ca bệnh nặng đang điều trị.",
        [
            D("22/2", "2022-02-22"),
            O("Bộ Y tế", "Bộ Y tế", "state"),
            C("57.000 ca mắc", 57000, "ca mắc"),
            C("4.500 ca", 4500, "ca"),
            D("hôm qua", "2022-02-21"),
            C("1.735 ca bệnh", 1735, "ca bệnh"),
        ],
        ref="2022-02-22",
        note="'Sáng nay' is a part of day plus a relative word; the date is the parenthesised "
        "'22/2' (ambiguous: 'nay' alone could also be a date mention). 'ca bệnh nặng' → unit "
        "'ca bệnh'.",
    ),
    Item(
        "bc32",
        "MTTQ Việt Nam tỉnh Bắc Giang đã tiếp nhận ủng hộ phòng, chống dịch trên 52 tỉ đồng và "
        "hàng trăm tấn nông sản từ các tỉnh bạn.",
        [
            O(
                "MTTQ Việt Nam tỉnh Bắc Giang",
                "Mặt trận Tổ quốc Việt Nam tỉnh Bắc Giang",
                "mass_organization",
                "MTTQ",
            ),
            M("trên 52 tỉ đồng", 52000000000, "over"),
        ],
        note="'hàng trăm tấn nông sản' is a measure (tonnes), not a count.",
    ),
    Item(
        "bc33",
        "Ngày 26/8, tỉnh Đồng Nai ghi nhận 1.022 ca F0, trong đó Công ty TNHH Pouyuen Việt Nam có "
        "thêm 112 trường hợp; tổng cộng có 18 ổ dịch đang hoạt động.",
        [
            D("Ngày 26/8", "2021-08-26"),
            C("1.022 ca F0", 1022, "ca F0"),
            O(
                "Công ty TNHH Pouyuen Việt Nam",
                "Công ty trách nhiệm hữu hạn Pouyuen Việt Nam",
                "enterprise",
                "TNHH",
            ),
            C("112 trường hợp", 112, "trường hợp"),
            C("18 ổ dịch", 18, "ổ dịch"),
        ],
        ref="2021-08-27",
    ),
    Item(
        "bc34",
        "Năm 2020, trong đợt dịch đầu tiên, Tổng LĐLĐ Việt Nam đã dành 1.200 tỷ đồng hỗ trợ đoàn "
        "viên, người lao động; đến tháng 12/2020, đã giải ngân khoảng 60%.",
        [
            D("Năm 2020", "2020"),
            O("Tổng LĐLĐ Việt Nam", "Tổng Liên đoàn Lao động Việt Nam", "trade_union", "Tổng LĐLĐ"),
            M("1.200 tỷ đồng", 1200000000000),
            D("tháng 12/2020", "2020-12"),
            P("khoảng 60%", 60, "approx"),
        ],
    ),
    Item(
        "bc35",
        "Cơ sở cách ly tập trung Trường Cao đẳng Nghề Sóc Sơn hiện tiếp nhận 420 người, mỗi người "
        "phải tự chi trả 80.000 đồng/ngày tiền ăn.",
        [
            O("Trường Cao đẳng Nghề Sóc Sơn", "Trường Cao đẳng Nghề Sóc Sơn", "education"),
            C("420 người", 420, "người"),
            M("80.000 đồng/ngày", 80000, per="ngày"),
        ],
        note="'Cơ sở cách ly tập trung' is a function of the school, not part of its name.",
    ),
    Item(
        "bc36",
        "Trong hai ngày 4 và 5/12, thành phố Hải Phòng tiêm mũi 3 cho hơn 62 ngàn người; tỷ lệ "
        "tiêm mũi nhắc lại đạt 31,4 phần trăm.",
        [
            D("ngày 4", "2021-12-04"),
            D("5/12", "2021-12-05"),
            C("hơn 62 ngàn người", 62000, "người", "over"),
            P("31,4 phần trăm", 31.4),
        ],
        ref="2021-12-06",
        note="A day list sharing the month ('ngày 4 và 5/12'): two dates. 'mũi 3' is an ordinal.",
    ),
    Item(
        "bc37",
        "Sở Lao động – Thương binh và Xã hội tỉnh Phú Thọ đã chi trả hỗ trợ cho 2.317 hộ kinh "
        "doanh, mức 3 triệu đồng/hộ, theo Quyết định số 1135/QĐ-UBND ngày 10/8/2021.",
        [
            O(
                "Sở Lao động – Thương binh và Xã hội tỉnh Phú Thọ",
                "Sở Lao động – Thương binh và Xã hội tỉnh Phú Thọ",
                "state",
            ),
            C("2.317 hộ kinh doanh", 2317, "hộ kinh doanh"),
            M("3 triệu đồng/hộ", 3000000, per="hộ"),
            N("1135/QĐ-UBND", "1135/QĐ-UBND"),
            D("ngày 10/8/2021", "2021-08-10"),
        ],
    ),
    Item(
        "bc38",
        "Ngày 2/4/2020, Trung tâm Y tế quận Hoàng Mai phát hiện ca bệnh số 243; toàn bộ 36 nhân viên "
        "khoa Cấp cứu Bệnh viện Bạch Mai phải cách ly.",
        [
            D("Ngày 2/4/2020", "2020-04-02"),
            O("Trung tâm Y tế quận Hoàng Mai", "Trung tâm Y tế quận Hoàng Mai", "health"),
            C("36 nhân viên", 36, "nhân viên"),
            O("Bệnh viện Bạch Mai", "Bệnh viện Bạch Mai", "health"),
        ],
        note="'ca bệnh số 243' is a patient identifier (BN243), not a count. 'khoa Cấp cứu' "
        "(lower-case department) is left outside the hospital name (ambiguous).",
    ),
    Item(
        "bc39",
        "Hội Chữ thập đỏ tỉnh Tây Ninh đã trao 1.000 phần quà, mỗi phần gồm 10 kg gạo và 200.000 "
        "đồng tiền mặt, cho người dân khu phong tỏa.",
        [
            O(
                "Hội Chữ thập đỏ tỉnh Tây Ninh",
                "Hội Chữ thập đỏ tỉnh Tây Ninh",
                "mass_organization",
            ),
            C("1.000 phần quà", 1000, "phần quà"),
            M("200.000 đồng", 200000),
        ],
        note="'10 kg gạo' is a measure.",
    ),
    Item(
        "bc40",
        "Đến 17h ngày 9/6/2021, Bắc Giang có 3.854 ca mắc, chiếm hơn 40% số ca trong cả nước "
        "trong đợt dịch; 48.000 công nhân đã được tiêm vắc xin.",
        [
            D("ngày 9/6/2021", "2021-06-09"),
            C("3.854 ca mắc", 3854, "ca mắc"),
            P("hơn 40%", 40, "over"),
            C("48.000 công nhân", 48000, "công nhân"),
        ],
    ),
]
