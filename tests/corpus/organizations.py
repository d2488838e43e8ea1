"""Organizations: canonical name, type and abbreviation → surface forms (see __init__ for the format).

Names are the kind found in union news and dispatches, Party and state documents, and COVID-era
news (ministries, departments, hospitals, CDCs), written as they appear: abbreviated, in upper
case, with old tone marks or spelling variants. A surface alone names one organization, so no
level word is left to complete from a document.
"""

from __future__ import annotations

from typing import Any

KIND = "organizations"

TU, PA, ST, MO, ED, HE, EN = (
    "trade_union",
    "party",
    "state",
    "mass_organization",
    "education",
    "health",
    "enterprise",
)


def _o(canonical: str, org_type: str, abbreviation: str | None = None) -> dict[str, Any]:
    return {"canonical": canonical, "org_type": org_type, "abbreviation": abbreviation}


POSITIVE: list[tuple[dict[str, Any], list[str]]] = [
    # --- trade unions
    (
        _o("Tổng Liên đoàn Lao động Việt Nam", TU),
        ["Tổng Liên đoàn Lao động Việt Nam", "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM"],
    ),
    (_o("Tổng Liên đoàn Lao động Việt Nam", TU, "Tổng LĐLĐ"), ["Tổng LĐLĐ Việt Nam"]),
    (_o("Tổng Liên đoàn Lao động Việt Nam", TU, "TLĐ"), ["TLĐ"]),
    (_o("Tổng Liên đoàn Lao động Việt Nam", TU, "Tổng LĐLĐVN"), ["Tổng LĐLĐVN"]),
    (_o("Liên đoàn Lao động huyện Mộc Châu", TU, "LĐLĐ"), ["LĐLĐ huyện Mộc Châu"]),
    (
        _o("Liên đoàn Lao động huyện Mộc Châu", TU),
        [
            "Liên đoàn Lao động huyện Mộc Châu",
            "LIÊN ĐOÀN LAO ĐỘNG HUYỆN MỘC CHÂU",
        ],
    ),
    # words written in full keep their written case; only an all-caps title takes the lexicon's
    (_o("Liên đoàn lao động huyện Mộc Châu", TU), ["Liên đoàn lao động huyện Mộc Châu"]),
    (
        _o("Liên đoàn Lao động tỉnh Tây Ninh", TU),
        ["LIÊN ĐOÀN LAO ĐỘNG TỈNH TÂY NINH", "Liên đoàn Lao động tỉnh Tây Ninh"],
    ),
    (_o("Liên đoàn Lao động tỉnh Kon Tum", TU, "LĐLĐ"), ["LĐLĐ tỉnh Kon Tum"]),
    (_o("Liên đoàn Lao động tỉnh Kontum", TU, "LĐLĐ"), ["LĐLĐ tỉnh Kontum"]),
    (_o("Liên đoàn Lao động tỉnh Đắk Lắk", TU, "LĐLĐ"), ["LĐLĐ tỉnh Đắk Lắk"]),
    (
        _o("Liên đoàn Lao động tỉnh Hòa Bình", TU, "LĐLĐ"),
        ["LĐLĐ tỉnh Hoà Bình", "LĐLĐ tỉnh Hòa Bình"],
    ),
    (_o("Liên đoàn Lao động huyện Đăk Hà", TU, "LĐLĐ"), ["LĐLĐ huyện Đăk Hà", "LĐLĐ huyện Đăk hà"]),
    (_o("Liên đoàn Lao động huyện Đắk Hà", TU, "LĐLĐ"), ["LĐLĐ huyện Đắk Hà"]),
    (
        _o("Liên đoàn Lao động thành phố Điện Biên Phủ", TU),
        [
            "Liên đoàn Lao động TP. Điện Biên Phủ",
            "Liên đoàn Lao động thành phố Điện Biên Phủ",
        ],
    ),
    (
        _o("Liên đoàn Lao động thành phố Điện Biên Phủ", TU, "LĐLĐ"),
        ["LĐLĐ TP Điện Biên Phủ", "LĐLĐ Tp. Điện Biên Phủ"],
    ),
    (
        _o("Liên đoàn Lao động thành phố Hà Nội", TU, "LĐLĐ"),
        ["LĐLĐ thành phố Hà Nội", "LĐLĐ TP Hà Nội"],
    ),
    (
        _o("Liên đoàn Lao động Thành phố Hồ Chí Minh", TU, "LĐLĐ"),
        ["LĐLĐ TP.HCM", "LĐLĐ TPHCM", "LĐLĐ TP. Hồ Chí Minh"],
    ),
    (_o("Liên đoàn Lao động quận Hoàng Mai", TU, "LĐLĐ"), ["LĐLĐ quận Hoàng Mai"]),
    (_o("Liên đoàn Lao động thị xã Sơn Tây", TU, "LĐLĐ"), ["LĐLĐ thị xã Sơn Tây"]),
    (_o("Liên đoàn Lao động tỉnh Bà Rịa - Vũng Tàu", TU, "LĐLĐ"), ["LĐLĐ tỉnh Bà Rịa - Vũng Tàu"]),
    (_o("Liên đoàn Lao động tỉnh Thừa Thiên Huế", TU, "LĐLĐ"), ["LĐLĐ tỉnh Thừa Thiên Huế"]),
    (_o("Liên đoàn Lao động tỉnh Thanh Hóa", TU), ["Liên đoàn Lao động tỉnh Thanh Hoá"]),
    (_o("Công đoàn huyện Đăk Hà", TU), ["CÔNG ĐOÀN HUYỆN ĐĂK HÀ", "Công đoàn huyện Đăk Hà"]),
    (_o("Công đoàn Viên chức", TU), ["Công đoàn Viên chức"]),
    (_o("Công đoàn Viên chức tỉnh Lai Châu", TU), ["Công đoàn Viên chức tỉnh Lai Châu"]),
    (_o("Công đoàn Viên chức Việt Nam", TU), ["Công đoàn Viên chức Việt Nam"]),
    (_o("Công đoàn Viên chức tỉnh Điện Biên", TU, "CĐVC"), ["CĐVC tỉnh Điện Biên"]),
    (_o("Công đoàn ngành Giáo dục", TU), ["Công đoàn ngành Giáo dục", "CÔNG ĐOÀN NGÀNH GIÁO DỤC"]),
    (_o("Công đoàn Ngành Giáo dục", TU), ["Công đoàn Ngành Giáo dục"]),
    (_o("Công đoàn ngành Y tế tỉnh Sơn La", TU), ["Công đoàn ngành Y tế tỉnh Sơn La"]),
    (_o("Công đoàn ngành Giáo dục tỉnh Kon Tum", TU, "CĐN"), ["CĐN Giáo dục tỉnh Kon Tum"]),
    (_o("Công đoàn Giáo dục Việt Nam", TU), ["Công đoàn Giáo dục Việt Nam"]),
    (_o("Công đoàn Y tế Việt Nam", TU), ["Công đoàn Y tế Việt Nam"]),
    (_o("Công đoàn Việt Nam", TU), ["Công đoàn Việt Nam"]),
    (_o("Công đoàn Khu kinh tế tỉnh Hà Tĩnh", TU), ["Công đoàn Khu kinh tế tỉnh Hà Tĩnh"]),
    (
        _o("Công đoàn các Khu công nghiệp tỉnh Bắc Ninh", TU),
        [
            "Công đoàn các Khu công nghiệp tỉnh Bắc Ninh",
        ],
    ),
    (
        _o("Công đoàn cơ sở Trường Tiểu học Tô Vĩnh Diện", TU, "CĐCS"),
        [
            "CĐCS Trường Tiểu học Tô Vĩnh Diện",
            "CĐCS Trường TH Tô Vĩnh Diện",
        ],
    ),
    (
        _o("Công đoàn cơ sở Trường Trung học cơ sở Chu Văn An", TU, "CĐCS"),
        [
            "CĐCS Trường THCS Chu Văn An",
        ],
    ),
    (_o("Công đoàn cơ sở Trường mầm non Hoa Hồng", TU, "CĐCS"), ["CĐCS Trường mầm non Hoa Hồng"]),
    (
        _o("Công đoàn cơ sở Trường Trung học phổ thông Nguyễn Du", TU, "THPT"),
        [
            "Công đoàn cơ sở Trường THPT Nguyễn Du",
        ],
    ),
    (_o("Công đoàn cơ sở xã Hà Mòn", TU, "CĐCS"), ["CĐCS xã Hà Mòn"]),
    (
        _o("Công đoàn cơ sở Công ty Cổ phần May Xuất khẩu", TU, "CĐCS"),
        [
            "CĐCS Công ty CP May Xuất khẩu",
        ],
    ),
    (
        _o("Công đoàn Công ty Trách nhiệm hữu hạn Pouyuen Việt Nam", TU, "TNHH"),
        [
            "Công đoàn Công ty TNHH Pouyuen Việt Nam",
        ],
    ),
    (_o("Công đoàn Bệnh viện Bạch Mai", TU), ["Công đoàn Bệnh viện Bạch Mai"]),
    (
        _o("Ban Thường vụ Liên đoàn Lao động tỉnh Lai Châu", TU, "LĐLĐ"),
        [
            "Ban Thường vụ LĐLĐ tỉnh Lai Châu",
        ],
    ),
    (
        _o("Ban Thường vụ Liên đoàn Lao động tỉnh Lai Châu", TU, "BTV"),
        [
            "BTV LĐLĐ tỉnh Lai Châu",
        ],
    ),
    (
        _o("Ban Chấp hành Liên đoàn Lao động tỉnh Sơn La", TU, "BCH"),
        [
            "BCH LĐLĐ tỉnh Sơn La",
        ],
    ),
    (
        _o("Ban Chấp hành Công đoàn cơ sở Trường Tiểu học Kim Đồng", TU),
        [
            "Ban Chấp hành Công đoàn cơ sở Trường Tiểu học Kim Đồng",
        ],
    ),
    (
        _o("Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam", TU),
        [
            "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam",
        ],
    ),
    (
        _o("Ủy ban Kiểm tra Liên đoàn Lao động tỉnh Lào Cai", TU, "LĐLĐ"),
        [
            "Ủy ban Kiểm tra LĐLĐ tỉnh Lào Cai",
        ],
    ),
    (_o("Tổng Liên đoàn Lao động Việt Nam", TU, "Tổng LĐLĐ"), ["Tổng LĐLĐ"]),
    (
        _o("Công đoàn cơ sở Cơ quan Liên đoàn Lao động tỉnh Sơn La", TU, "CĐCS"),
        [
            "CĐCS Cơ quan LĐLĐ tỉnh Sơn La",
        ],
    ),
    # --- Party
    (_o("Bộ Chính trị", PA), ["Bộ Chính trị", "BỘ CHÍNH TRỊ"]),
    (_o("Ban Bí thư", PA), ["Ban Bí thư"]),
    (_o("Ban Chấp hành Trung ương Đảng", PA), ["Ban Chấp hành Trung ương Đảng"]),
    (_o("Ban Chấp hành Trung ương", PA), ["Ban Chấp hành Trung ương"]),
    (_o("Đảng Cộng sản Việt Nam", PA), ["Đảng Cộng sản Việt Nam", "ĐẢNG CỘNG SẢN VIỆT NAM"]),
    (_o("Tỉnh ủy Lai Châu", PA), ["Tỉnh ủy Lai Châu", "Tỉnh uỷ Lai Châu", "TỈNH ỦY LAI CHÂU"]),
    (_o("Tỉnh ủy Điện Biên", PA), ["Tỉnh ủy Điện Biên"]),
    (_o("Thành ủy Hà Nội", PA), ["Thành ủy Hà Nội"]),
    (_o("Thành ủy Thành phố Hồ Chí Minh", PA), ["Thành ủy TP.HCM"]),
    (_o("Huyện ủy Mường Nhé", PA), ["Huyện ủy Mường Nhé"]),
    (_o("Đảng ủy xã Mường Phăng", PA), ["Đảng ủy xã Mường Phăng"]),
    (
        _o("Ban cán sự Đảng Ủy ban nhân dân tỉnh Lai Châu", PA, "UBND"),
        [
            "Ban cán sự Đảng UBND tỉnh Lai Châu",
        ],
    ),
    (_o("Ban cán sự Đảng Bộ Y tế", PA), ["Ban cán sự Đảng Bộ Y tế"]),
    (
        _o("Đảng đoàn Tổng Liên đoàn Lao động Việt Nam", PA),
        [
            "Đảng đoàn Tổng Liên đoàn Lao động Việt Nam",
        ],
    ),
    (_o("Ban Dân vận Tỉnh ủy Lai Châu", PA), ["Ban Dân vận Tỉnh ủy Lai Châu"]),
    (_o("Ban Dân vận Trung ương", PA), ["Ban Dân vận Trung ương"]),
    (_o("Ban Tuyên giáo Tỉnh ủy Sơn La", PA), ["Ban Tuyên giáo Tỉnh ủy Sơn La"]),
    (_o("Ban Tuyên giáo Trung ương", PA), ["Ban Tuyên giáo Trung ương"]),
    (_o("Ban Tổ chức Huyện ủy Mộc Châu", PA), ["Ban Tổ chức Huyện ủy Mộc Châu"]),
    (_o("Văn phòng Tỉnh ủy Lai Châu", PA), ["Văn phòng Tỉnh ủy Lai Châu"]),
    (_o("Chi bộ Trường Tiểu học Kim Đồng", PA), ["Chi bộ Trường Tiểu học Kim Đồng"]),
    (_o("Tổng Liên đoàn Lao động Việt Nam", TU), ["Tổng Liên đoàn"]),
    (
        _o("Ban Tuyên giáo Liên đoàn Lao động tỉnh Sơn La", TU, "LĐLĐ"),
        [
            "Ban Tuyên giáo LĐLĐ tỉnh Sơn La",
        ],
    ),
    (_o("Ban Tổ chức Trung ương", PA), ["Ban Tổ chức Trung ương"]),
    (_o("Đảng bộ tỉnh Lai Châu", PA), ["Đảng bộ tỉnh Lai Châu"]),
    # --- state
    (_o("Quốc hội", ST), ["Quốc hội"]),
    (
        _o("Ủy ban Thường vụ Quốc hội", ST),
        ["Ủy ban Thường vụ Quốc hội", "Uỷ ban Thường vụ Quốc hội"],
    ),
    (_o("Chính phủ", ST), ["Chính phủ", "CHÍNH PHỦ"]),
    (_o("Thủ tướng Chính phủ", ST), ["Thủ tướng Chính phủ"]),
    (_o("Văn phòng Chính phủ", ST), ["Văn phòng Chính phủ"]),
    (_o("Bộ Y tế", ST), ["Bộ Y tế", "BỘ Y TẾ"]),
    (_o("Bộ Y Tế", ST), ["Bộ Y Tế"]),
    (_o("Bộ Lao động - Thương binh và Xã hội", ST), ["Bộ Lao động - Thương binh và Xã hội"]),
    (_o("Bộ Lao động - Thương binh và Xã hội", ST, "LĐ-TB&XH"), ["Bộ LĐ-TB&XH"]),
    (_o("Bộ Lao động - Thương binh và Xã hội", ST, "LĐTB&XH"), ["Bộ LĐTB&XH"]),
    (_o("Bộ Tài chính", ST), ["Bộ Tài chính"]),
    (_o("Bộ Nội vụ", ST), ["Bộ Nội vụ"]),
    (_o("Bộ Công an", ST), ["Bộ Công an"]),
    (_o("Bộ Quốc phòng", ST), ["Bộ Quốc phòng"]),
    (_o("Bộ Ngoại giao", ST), ["Bộ Ngoại giao"]),
    (_o("Bộ Công Thương", ST), ["Bộ Công Thương", "BỘ CÔNG THƯƠNG"]),
    (_o("Bộ Công thương", ST), ["Bộ Công thương"]),
    (_o("Bộ Giao thông vận tải", ST), ["Bộ Giao thông vận tải"]),
    (_o("Bộ Thông tin và Truyền thông", ST), ["Bộ Thông tin và Truyền thông"]),
    (_o("Bộ Kế hoạch và Đầu tư", ST), ["Bộ Kế hoạch và Đầu tư"]),
    (
        _o("Bộ Văn hóa, Thể thao và Du lịch", ST),
        ["Bộ Văn hóa, Thể thao và Du lịch", "Bộ Văn hoá, Thể thao và Du lịch"],
    ),
    (_o("Bộ Nông nghiệp và Phát triển nông thôn", ST), ["Bộ Nông nghiệp và Phát triển nông thôn"]),
    (_o("Bộ Khoa học và Công nghệ", ST), ["Bộ Khoa học và Công nghệ"]),
    (_o("Bộ Giáo dục và Đào tạo", ED), ["Bộ Giáo dục và Đào tạo"]),
    (_o("Bộ Giáo dục và Đào tạo", ED, "GD&ĐT"), ["Bộ GD&ĐT"]),
    (_o("Sở Y tế Hà Nội", ST), ["Sở Y tế Hà Nội"]),
    (_o("Sở Y tế Thành phố Hồ Chí Minh", ST), ["Sở Y tế TP.HCM", "Sở Y tế TPHCM"]),
    (_o("Sở Y tế tỉnh Bắc Giang", ST), ["Sở Y tế tỉnh Bắc Giang"]),
    (
        _o("Sở Lao động - Thương binh và Xã hội tỉnh Lai Châu", ST),
        [
            "Sở Lao động - Thương binh và Xã hội tỉnh Lai Châu",
        ],
    ),
    (
        _o("Sở Lao động - Thương binh và Xã hội tỉnh Lai Châu", ST, "LĐ-TB&XH"),
        [
            "Sở LĐ-TB&XH tỉnh Lai Châu",
        ],
    ),
    (_o("Sở Giáo dục và Đào tạo tỉnh Kon Tum", ED), ["Sở Giáo dục và Đào tạo tỉnh Kon Tum"]),
    (_o("Sở Giáo dục và Đào tạo tỉnh Kon Tum", ED, "GD&ĐT"), ["Sở GD&ĐT tỉnh Kon Tum"]),
    (
        _o("Phòng Giáo dục và Đào tạo huyện Đăk Hà", ED),
        [
            "Phòng Giáo dục và Đào tạo huyện Đăk Hà",
        ],
    ),
    (
        _o("Phòng Lao động - Thương binh và Xã hội huyện Mường Tè", ST),
        [
            "Phòng Lao động - Thương binh và Xã hội huyện Mường Tè",
        ],
    ),
    (_o("Ủy ban nhân dân tỉnh Kon Tum", ST, "UBND"), ["UBND tỉnh Kon Tum"]),
    (
        _o("Ủy ban nhân dân tỉnh Kon Tum", ST),
        [
            "Ủy ban nhân dân tỉnh Kon Tum",
            "Uỷ ban nhân dân tỉnh Kon Tum",
            "ỦY BAN NHÂN DÂN TỈNH KON TUM",
        ],
    ),
    (_o("Ủy ban Nhân dân tỉnh Kon Tum", ST), ["Ủy ban Nhân dân tỉnh Kon Tum"]),
    (
        _o("Ủy ban nhân dân thành phố Hà Nội", ST, "UBND"),
        ["UBND TP Hà Nội", "UBND thành phố Hà Nội"],
    ),
    (
        _o("Ủy ban nhân dân Thành phố Hồ Chí Minh", ST, "UBND"),
        ["UBND TP.HCM", "UBND TP. Hồ Chí Minh"],
    ),
    (_o("Ủy ban nhân dân huyện Đăk Hà", ST, "UBND"), ["UBND huyện Đăk Hà"]),
    (_o("Ủy ban nhân dân xã Mường Phăng", ST, "UBND"), ["UBND xã Mường Phăng"]),
    (
        _o("Ủy ban nhân dân phường Hòa Khánh", ST, "UBND"),
        ["UBND phường Hòa Khánh", "UBND phường Hoà Khánh"],
    ),
    (_o("Ủy ban nhân dân thị trấn Đăk Hà", ST, "UBND"), ["UBND thị trấn Đăk Hà"]),
    (_o("Ủy ban nhân dân quận 1", ST, "UBND"), ["UBND quận 1"]),
    (_o("Hội đồng nhân dân tỉnh Sơn La", ST, "HĐND"), ["HĐND tỉnh Sơn La"]),
    (_o("Hội đồng nhân dân tỉnh Sơn La", ST), ["Hội đồng nhân dân tỉnh Sơn La"]),
    (
        _o("Thường trực Hội đồng nhân dân tỉnh Sơn La", ST, "HĐND"),
        [
            "Thường trực HĐND tỉnh Sơn La",
        ],
    ),
    (
        _o("Ban Chỉ đạo Quốc gia phòng, chống dịch Covid-19", ST),
        [
            "Ban Chỉ đạo Quốc gia phòng, chống dịch Covid -19",
            "Ban Chỉ đạo Quốc gia phòng, chống dịch Covid-19",
            "Ban Chỉ đạo Quốc gia phòng, chống dịch Covid - 19",
        ],
    ),
    (
        _o("Ban Chỉ đạo Quốc gia phòng chống dịch COVID-19", ST),
        [
            "Ban Chỉ đạo Quốc gia phòng chống dịch COVID-19",
        ],
    ),
    (
        _o("Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Lai Châu", ST),
        [
            "Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Lai Châu",
        ],
    ),
    (
        _o("Ban Chỉ đạo phòng, chống dịch COVID-19 thành phố Hà Nội", ST),
        [
            "Ban Chỉ đạo phòng, chống dịch COVID-19 thành phố Hà Nội",
        ],
    ),
    (_o("Bảo hiểm xã hội Việt Nam", ST), ["Bảo hiểm xã hội Việt Nam"]),
    (_o("Bảo hiểm xã hội tỉnh Điện Biên", ST, "BHXH"), ["BHXH tỉnh Điện Biên"]),
    (_o("Bảo hiểm xã hội Việt Nam", ST, "BHXH"), ["BHXH Việt Nam"]),
    (_o("Công an tỉnh Lai Châu", ST), ["Công an tỉnh Lai Châu"]),
    (_o("Công an thành phố Hà Nội", ST), ["Công an TP Hà Nội", "Công an thành phố Hà Nội"]),
    (_o("Công an huyện Mường Tè", ST), ["Công an huyện Mường Tè"]),
    (_o("Bộ Chỉ huy Quân sự tỉnh Kon Tum", ST), ["Bộ Chỉ huy Quân sự tỉnh Kon Tum"]),
    (_o("Bộ đội Biên phòng tỉnh Lai Châu", ST), ["Bộ đội Biên phòng tỉnh Lai Châu"]),
    (_o("Tòa án nhân dân tối cao", ST), ["Tòa án nhân dân tối cao", "Toà án nhân dân tối cao"]),
    (_o("Tòa án nhân dân tỉnh Sơn La", ST), ["Tòa án nhân dân tỉnh Sơn La"]),
    (_o("Viện kiểm sát nhân dân huyện Mộc Châu", ST), ["Viện kiểm sát nhân dân huyện Mộc Châu"]),
    (_o("Ngân hàng Nhà nước Việt Nam", ST), ["Ngân hàng Nhà nước Việt Nam"]),
    (_o("Kho bạc Nhà nước tỉnh Điện Biên", ST), ["Kho bạc Nhà nước tỉnh Điện Biên"]),
    (_o("Cục Thuế tỉnh Lai Châu", ST), ["Cục Thuế tỉnh Lai Châu"]),
    (_o("Cục Y tế dự phòng", ST), ["Cục Y tế dự phòng"]),
    (_o("Cục Quản lý Khám, chữa bệnh", ST), ["Cục Quản lý Khám, chữa bệnh"]),
    (_o("Văn phòng Ủy ban nhân dân tỉnh Lai Châu", ST, "UBND"), ["Văn phòng UBND tỉnh Lai Châu"]),
    (_o("Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh", ST), ["Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh"]),
    (_o("Bộ Tư lệnh Thủ đô Hà Nội", ST), ["Bộ Tư lệnh Thủ đô Hà Nội"]),
    (_o("Quân khu 7", ST), ["Quân khu 7"]),
    (
        _o("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", MO, "MTTQ"),
        [
            "Ủy ban Trung ương MTTQ Việt Nam",
        ],
    ),
    (_o("Bệnh viện dã chiến số 2", HE), ["Bệnh viện dã chiến số 2"]),
    (_o("Trường Đại học Y Dược Thành phố Hồ Chí Minh", ED), ["Trường Đại học Y Dược TP.HCM"]),
    (
        _o("Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam", EN, "TMCP"),
        [
            "Ngân hàng TMCP Ngoại thương Việt Nam",
        ],
    ),
    (
        _o("Ủy ban nhân dân Thành phố Hồ Chí Minh", ST),
        ["Ủy ban nhân dân Thành phố Hồ Chí Minh", "Ủy ban nhân dân thành phố Hồ Chí Minh"],
    ),
    (_o("Cục An toàn lao động", ST), ["Cục An toàn lao động"]),
    (_o("Cục Quản lý lao động ngoài nước", ST), ["Cục Quản lý lao động ngoài nước"]),
    (_o("Vụ Pháp chế", ST), ["Vụ Pháp chế"]),
    (
        _o("Tổng công ty Đầu tư và Kinh doanh vốn nhà nước", EN),
        [
            "Tổng công ty Đầu tư và Kinh doanh vốn nhà nước",
        ],
    ),
    (_o("Ủy ban nhân dân tỉnh Lai Châu", ST, "UBND"), ["Ủy ban nhân dân (UBND) tỉnh Lai Châu"]),
    (_o("Thanh tra tỉnh Sơn La", ST), ["Thanh tra tỉnh Sơn La"]),
    # --- health
    (_o("Bệnh viện Bạch Mai", HE), ["Bệnh viện Bạch Mai", "BỆNH VIỆN BẠCH MAI"]),
    (_o("Bệnh viện Chợ Rẫy", HE), ["Bệnh viện Chợ Rẫy"]),
    (_o("Bệnh viện Bệnh Nhiệt đới Trung ương", HE), ["Bệnh viện Bệnh Nhiệt đới Trung ương"]),
    (_o("Bệnh viện Nhiệt đới Thành phố Hồ Chí Minh", HE), ["Bệnh viện Nhiệt đới TP.HCM"]),
    (_o("Bệnh viện Đa khoa tỉnh Điện Biên", HE), ["Bệnh viện Đa khoa tỉnh Điện Biên"]),
    (_o("Bệnh viện đa khoa Đức Giang", HE), ["Bệnh viện đa khoa Đức Giang"]),
    (_o("Bệnh viện Đa khoa Đức Giang", HE, "ĐK"), ["Bệnh viện ĐK Đức Giang"]),
    (_o("Bệnh viện Phổi Trung ương", HE), ["Bệnh viện Phổi Trung ương"]),
    (_o("Bệnh viện Nhi Trung ương", HE), ["Bệnh viện Nhi Trung ương"]),
    (_o("Bệnh viện Hữu nghị Việt Đức", HE), ["Bệnh viện Hữu nghị Việt Đức"]),
    (_o("Bệnh viện K", HE), ["Bệnh viện K"]),
    (_o("Bệnh viện E", HE), ["Bệnh viện E"]),
    (_o("Bệnh viện Trung ương Quân đội 108", HE), ["Bệnh viện Trung ương Quân đội 108"]),
    (_o("Bệnh viện Thanh Nhàn", HE), ["Bệnh viện Thanh Nhàn"]),
    (_o("Bệnh viện Đa khoa tỉnh Bắc Giang", HE), ["Bệnh viện Đa khoa tỉnh Bắc Giang"]),
    (_o("Bệnh viện Đa khoa huyện Mường Chà", HE), ["Bệnh viện Đa khoa huyện Mường Chà"]),
    (
        _o("Trung tâm Kiểm soát bệnh tật tỉnh Quảng Ninh", HE),
        [
            "Trung tâm Kiểm soát bệnh tật tỉnh Quảng Ninh",
        ],
    ),
    (
        _o("Trung tâm Kiểm soát bệnh tật thành phố Hà Nội", HE),
        [
            "Trung tâm Kiểm soát bệnh tật thành phố Hà Nội",
        ],
    ),
    (_o("Trung tâm Kiểm soát bệnh tật thành phố Hà Nội", HE, "CDC"), ["CDC Hà Nội"]),
    (_o("Trung tâm Kiểm soát bệnh tật tỉnh Bắc Ninh", HE, "CDC"), ["CDC Bắc Ninh"]),
    (_o("Trung tâm Kiểm soát bệnh tật tỉnh Hải Dương", HE, "CDC"), ["CDC tỉnh Hải Dương"]),
    (_o("Trung tâm Kiểm soát bệnh tật Thành phố Hồ Chí Minh", HE, "CDC"), ["CDC TP.HCM"]),
    (_o("Trung tâm Y tế huyện Đăk Hà", HE), ["Trung tâm Y tế huyện Đăk Hà"]),
    (_o("Trung tâm Y tế quận Hoàng Mai", HE), ["Trung tâm Y tế quận Hoàng Mai"]),
    (_o("Trạm Y tế xã Mường Phăng", HE), ["Trạm Y tế xã Mường Phăng"]),
    (_o("Viện Vệ sinh dịch tễ Trung ương", HE), ["Viện Vệ sinh dịch tễ Trung ương"]),
    (_o("Viện Pasteur Thành phố Hồ Chí Minh", HE), ["Viện Pasteur TP.HCM"]),
    (_o("Viện Pasteur Nha Trang", HE), ["Viện Pasteur Nha Trang"]),
    (_o("Tổ chức Y tế Thế giới", HE), ["Tổ chức Y tế Thế giới"]),
    # --- education
    (_o("Trường Tiểu học Tô Vĩnh Diện", ED), ["Trường Tiểu học Tô Vĩnh Diện"]),
    (_o("Trường Tiểu học Tô Vĩnh Diện", ED, "TH"), ["Trường TH Tô Vĩnh Diện"]),
    (_o("Trường Trung học cơ sở Chu Văn An", ED, "THCS"), ["Trường THCS Chu Văn An"]),
    (_o("Trường Trung học phổ thông Lê Quý Đôn", ED, "THPT"), ["Trường THPT Lê Quý Đôn"]),
    (_o("Trường mầm non Hoa Hồng", ED), ["Trường mầm non Hoa Hồng"]),
    (_o("Trường Mầm non Hoa Sen", ED), ["Trường Mầm non Hoa Sen"]),
    (
        _o("Trường Phổ thông Dân tộc nội trú tỉnh Kon Tum", ED, "PTDTNT"),
        [
            "Trường PTDTNT tỉnh Kon Tum",
        ],
    ),
    (_o("Trường Đại học Bách Khoa Hà Nội", ED), ["Trường Đại học Bách Khoa Hà Nội"]),
    (_o("Trường Đại học Y Hà Nội", ED), ["Trường Đại học Y Hà Nội"]),
    (_o("Trường Cao đẳng Cộng đồng Lai Châu", ED), ["Trường Cao đẳng Cộng đồng Lai Châu"]),
    (_o("Trường Trung học cơ sở thị trấn Đăk Hà", ED, "THCS"), ["Trường THCS thị trấn Đăk Hà"]),
    (_o("Đại học Quốc gia Hà Nội", ED), ["Đại học Quốc gia Hà Nội"]),
    (
        _o("Học viện Chính trị Quốc gia Hồ Chí Minh", ED),
        [
            "Học viện Chính trị Quốc gia Hồ Chí Minh",
        ],
    ),
    # --- enterprises
    (
        _o("Công ty Trách nhiệm hữu hạn Pouyuen Việt Nam", EN, "TNHH"),
        [
            "Công ty TNHH Pouyuen Việt Nam",
        ],
    ),
    (
        _o("Công ty Trách nhiệm hữu hạn Samsung Electronics Việt Nam", EN, "TNHH"),
        [
            "Công ty TNHH Samsung Electronics Việt Nam",
        ],
    ),
    (
        _o("Công ty Trách nhiệm hữu hạn Một thành viên Cao su Điện Biên", EN, "TNHH MTV"),
        [
            "Công ty TNHH MTV Cao su Điện Biên",
        ],
    ),
    (_o("Công ty Cổ phần Tập đoàn Vingroup", EN), ["Công ty Cổ phần Tập đoàn Vingroup"]),
    (_o("Công ty Cổ phần Thủy điện Nậm Chiến", EN, "CP"), ["Công ty CP Thủy điện Nậm Chiến"]),
    (_o("Công ty Cổ phần May 10", EN), ["Công ty Cổ phần May 10"]),
    (_o("Công ty Nanogen", EN), ["Công ty Nanogen"]),
    (_o("Tập đoàn Điện lực Việt Nam", EN), ["Tập đoàn Điện lực Việt Nam"]),
    (_o("Tập đoàn Dầu khí Việt Nam", EN), ["Tập đoàn Dầu khí Việt Nam"]),
    (_o("Tổng công ty Điện lực miền Bắc", EN), ["Tổng công ty Điện lực miền Bắc"]),
    (_o("Ngân hàng Chính sách xã hội", EN), ["Ngân hàng Chính sách xã hội"]),
    (_o("Ngân hàng Vietcombank", EN), ["Ngân hàng Vietcombank"]),
    # --- mass organizations
    (_o("Mặt trận Tổ quốc Việt Nam", MO), ["Mặt trận Tổ quốc Việt Nam"]),
    (
        _o("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lai Châu", MO),
        [
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lai Châu",
        ],
    ),
    (_o("Ủy ban Mặt trận Tổ quốc tỉnh Sơn La", MO, "MTTQ"), ["Ủy ban MTTQ tỉnh Sơn La"]),
    (_o("Mặt trận Tổ quốc huyện Đăk Hà", MO, "MTTQ"), ["MTTQ huyện Đăk Hà"]),
    (_o("Hội Liên hiệp Phụ nữ Việt Nam", MO), ["Hội Liên hiệp Phụ nữ Việt Nam"]),
    (_o("Hội Liên hiệp Phụ nữ tỉnh Điện Biên", MO, "LHPN"), ["Hội LHPN tỉnh Điện Biên"]),
    (_o("Đoàn Thanh niên Cộng sản Hồ Chí Minh", MO), ["Đoàn Thanh niên Cộng sản Hồ Chí Minh"]),
    (_o("Tỉnh đoàn Lai Châu", MO), ["Tỉnh đoàn Lai Châu"]),
    (_o("Hội Nông dân tỉnh Kon Tum", MO), ["Hội Nông dân tỉnh Kon Tum"]),
    (_o("Hội Cựu chiến binh huyện Đăk Hà", MO), ["Hội Cựu chiến binh huyện Đăk Hà"]),
    (_o("Hội Chữ thập đỏ tỉnh Điện Biên", MO), ["Hội Chữ thập đỏ tỉnh Điện Biên"]),
    (
        _o("Liên đoàn Thương mại và Công nghiệp Việt Nam", MO),
        [
            "Liên đoàn Thương mại và Công nghiệp Việt Nam",
        ],
    ),
    # --- canonical case (NĐ 30/2020): an expansion capitalizes the words naming the type of an
    # organization; words written in full keep their case; Hồ Chí Minh city is always
    # "Thành phố Hồ Chí Minh", other cities keep "thành phố"
    (
        _o("Công ty Trách nhiệm hữu hạn Một thành viên Môi trường Đô thị Hà Nội", EN, "TNHH MTV"),
        ["Công ty TNHH MTV Môi trường Đô thị Hà Nội"],
    ),
    (_o("Công ty Cổ phần Dược Hậu Giang", EN, "CP"), ["Công ty CP Dược Hậu Giang"]),
    (_o("Công ty cổ phần Sữa Việt Nam", EN), ["Công ty cổ phần Sữa Việt Nam"]),
    (_o("Tổng Công ty Hàng không Việt Nam", EN), ["Tổng Công ty Hàng không Việt Nam"]),
    (_o("Tổng công ty Bưu điện Việt Nam", EN), ["Tổng công ty Bưu điện Việt Nam"]),
    (
        _o("Ngân hàng Thương mại Cổ phần Công Thương Việt Nam", EN, "TMCP"),
        ["Ngân hàng TMCP Công Thương Việt Nam"],
    ),
    (
        _o("Hội Liên hiệp Phụ nữ Thành phố Hồ Chí Minh", MO, "LHPN"),
        ["Hội LHPN TP. Hồ Chí Minh", "Hội LHPN TP.HCM"],
    ),
    (
        _o("Công an Thành phố Hồ Chí Minh", ST),
        ["Công an thành phố Hồ Chí Minh", "Công an Tp HCM", "Công an TP.Hồ Chí Minh"],
    ),
    (_o("Thành đoàn Thành phố Hồ Chí Minh", MO), ["Thành đoàn TP.HCM"]),
    (_o("Bệnh viện Ung bướu Thành phố Hồ Chí Minh", HE), ["Bệnh viện Ung bướu Tp HCM"]),
    (_o("Công an thành phố Đà Nẵng", ST), ["Công an TP. Đà Nẵng", "Công an Tp Đà Nẵng"]),
    (
        _o("Liên đoàn Lao động Thủ đô Hà Nội", TU, "LĐLĐ"),
        ["LĐLĐ thủ đô Hà Nội", "LĐLĐ Thủ đô Hà Nội"],
    ),
    # an abbreviated head expands to the official name, which writes the province's level
    (_o("Bảo hiểm xã hội tỉnh Nghệ An", ST, "BHXH"), ["BHXH Nghệ An"]),
    (_o("Trung tâm Kiểm soát bệnh tật thành phố Đà Nẵng", HE, "CDC"), ["CDC Đà Nẵng"]),
    (_o("Ủy ban nhân dân tỉnh Hà Tĩnh", ST, "UBND"), ["UBND Hà Tĩnh"]),
    # a province wins over a district of the same name; a district of one province takes
    # its own level
    (_o("Trung tâm Kiểm soát bệnh tật tỉnh Phú Yên", HE, "CDC"), ["CDC Phú Yên"]),
    (_o("Bảo hiểm xã hội huyện Mộc Châu", ST, "BHXH"), ["BHXH Mộc Châu"]),
    (_o("Sở Y tế Nghệ An", ST), ["Sở Y tế Nghệ An"]),
    # --- a department, board, centre or bloc and its parent body are one organization
    (
        _o("Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Quảng Trị", PA),
        ["Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Quảng Trị"],
    ),
    (_o("Đảng ủy Khối các cơ quan tỉnh Nghệ An", PA), ["Đảng ủy Khối các cơ quan tỉnh Nghệ An"]),
    (
        _o("Văn phòng Tư vấn pháp luật Liên đoàn Lao động tỉnh Đắk Nông", TU, "LĐLĐ"),
        ["Văn phòng Tư vấn pháp luật LĐLĐ tỉnh Đắk Nông"],
    ),
    (
        _o("Ban Công tác nữ công Liên đoàn Lao động tỉnh Hà Giang", TU, "LĐLĐ"),
        ["Ban Công tác nữ công LĐLĐ tỉnh Hà Giang"],
    ),
    (
        _o("Ban Nữ công Công đoàn Viên chức tỉnh Sơn La", TU),
        ["Ban Nữ công Công đoàn Viên chức tỉnh Sơn La"],
    ),
    (_o("Vụ Tổ chức cán bộ Bộ Nội vụ", ST), ["Vụ Tổ chức cán bộ Bộ Nội vụ"]),
    (_o("Vụ Pháp chế Bộ Y tế", ST), ["Vụ Pháp chế Bộ Y tế"]),
    (_o("Vụ Bảo hiểm xã hội", ST), ["Vụ Bảo hiểm xã hội"]),
    (
        _o("Văn phòng Đăng ký đất đai Sở Tài nguyên và Môi trường tỉnh Lai Châu", ST),
        ["Văn phòng Đăng ký đất đai Sở Tài nguyên và Môi trường tỉnh Lai Châu"],
    ),
    (
        _o("Tổng cục Giáo dục nghề nghiệp Bộ Lao động - Thương binh và Xã hội", ST, "LĐ-TB&XH"),
        ["Tổng cục Giáo dục nghề nghiệp Bộ LĐ-TB&XH"],
    ),
    (
        _o("Phòng Hành chính - Tổng hợp Sở Y tế tỉnh Bình Định", ST),
        ["Phòng Hành chính - Tổng hợp Sở Y tế tỉnh Bình Định"],
    ),
    (
        _o("Phòng Cảnh sát giao thông Công an tỉnh Quảng Ninh", ST),
        ["Phòng Cảnh sát giao thông Công an tỉnh Quảng Ninh"],
    ),
    (
        _o("Ban Kinh tế - Xã hội Hội đồng nhân dân tỉnh Lai Châu", ST, "HĐND"),
        ["Ban Kinh tế - Xã hội HĐND tỉnh Lai Châu"],
    ),
    (
        _o("Trung tâm Dịch vụ việc làm tỉnh Bắc Ninh", ST),
        ["Trung tâm Dịch vụ việc làm tỉnh Bắc Ninh"],
    ),
    (
        _o("Trung tâm Văn hóa - Thể thao huyện Tam Đường", ST),
        ["Trung tâm Văn hóa - Thể thao huyện Tam Đường"],
    ),
    (_o("Ban Dân tộc tỉnh Sơn La", ST), ["Ban Dân tộc tỉnh Sơn La"]),
    (
        _o("Ban Bồi thường giải phóng mặt bằng huyện Mường Tè", ST),
        ["Ban Bồi thường giải phóng mặt bằng huyện Mường Tè"],
    ),
    (
        _o("Ban Giám đốc Bệnh viện Bạch Mai", HE),
        ["Ban Giám đốc Bệnh viện Bạch Mai"],
    ),
    (
        _o("Trung tâm Công tác xã hội tỉnh Lào Cai", ST),
        ["Trung tâm Công tác xã hội tỉnh Lào Cai"],
    ),
    (
        _o("Vụ Bảo hiểm xã hội Bộ Lao động - Thương binh và Xã hội", ST, "LĐ-TB&XH"),
        ["Vụ Bảo hiểm xã hội Bộ LĐ-TB&XH"],
    ),
    (
        _o("Trung tâm Y tế dự phòng tỉnh Hà Giang", HE),
        ["Trung tâm Y tế dự phòng tỉnh Hà Giang"],
    ),
    (
        _o("Ban Quản lý dự án Đầu tư xây dựng huyện Sìn Hồ", ST),
        ["Ban Quản lý dự án Đầu tư xây dựng huyện Sìn Hồ"],
    ),
    (
        _o("Phòng Tài chính - Kế hoạch huyện Than Uyên", ST),
        ["Phòng Tài chính - Kế hoạch huyện Than Uyên"],
    ),
    (_o("Viện Dinh dưỡng Quốc gia", ST), ["Viện Dinh dưỡng Quốc gia"]),
    (_o("Ban Đối ngoại Trung ương", PA), ["Ban Đối ngoại Trung ương"]),
    (
        _o("Đảng ủy Khối Doanh nghiệp Trung ương", PA),
        ["Đảng ủy Khối Doanh nghiệp Trung ương", "ĐẢNG ỦY KHỐI DOANH NGHIỆP TRUNG ƯƠNG"],
    ),
    (_o("Bệnh viện Đại học Y Hà Nội", HE), ["Bệnh viện Đại học Y Hà Nội"]),
    (
        _o("Ngân hàng Chính sách xã hội huyện Mường Tè", EN),
        ["Ngân hàng Chính sách xã hội huyện Mường Tè"],
    ),
    (
        _o("Công đoàn các Khu công nghiệp tỉnh Bình Dương", TU, "KCN"),
        ["Công đoàn các KCN Bình Dương", "Công đoàn các KCN tỉnh Bình Dương"],
    ),
    (
        _o("Ban Quản lý các Khu công nghiệp tỉnh Bắc Giang", ST, "KCN"),
        ["Ban Quản lý các KCN tỉnh Bắc Giang"],
    ),
    (
        _o("Ban Quản lý các Khu công nghiệp tỉnh Bắc Giang", ST, "BQL"),
        ["BQL các KCN tỉnh Bắc Giang"],
    ),
    (_o("Trường Đại học Công đoàn", ED), ["Trường Đại học Công đoàn"]),
    (_o("Ban Bí thư Trung ương Đảng", PA), ["Ban Bí thư Trung ương Đảng"]),
    (_o("Bệnh viện Công an tỉnh Lai Châu", HE), ["Bệnh viện Công an tỉnh Lai Châu"]),
    (
        _o("Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam", EN),
        ["Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam"],
    ),
    (_o("Công ty Xăng dầu khu vực II", EN), ["Công ty Xăng dầu khu vực II"]),
    (_o("Bệnh viện Nhi đồng 1", HE), ["Bệnh viện Nhi đồng 1"]),
    # --- an issuing body printed on two upper-case lines is one mention over the line break
    (_o("Công đoàn Viên chức tỉnh Đắk Lắk", TU), ["CÔNG ĐOÀN VIÊN CHỨC\nTỈNH ĐẮK LẮK"]),
    (_o("Hội đồng nhân dân huyện Mộc Châu", ST), ["HỘI ĐỒNG NHÂN DÂN\nHUYỆN MỘC CHÂU"]),
    (_o("Sở Y tế tỉnh Quảng Nam", ST), ["SỞ Y TẾ\nTỈNH QUẢNG NAM"]),
    (
        _o("Ban Chấp hành Công đoàn ngành Giáo dục", TU),
        ["BAN CHẤP HÀNH\nCÔNG ĐOÀN NGÀNH GIÁO DỤC"],
    ),
    (_o("Liên đoàn Lao động tỉnh Yên Bái", TU), ["LIÊN ĐOÀN LAO ĐỘNG\r\nTỈNH YÊN BÁI"]),
    # --- international organizations
    (_o("Tổ chức Di cư Quốc tế", "other"), ["Tổ chức Di cư Quốc tế"]),
    (_o("Tổ chức Di cư Quốc tế", "other", "IOM"), ["IOM"]),
    (_o("Quỹ Nhi đồng Liên hợp quốc", "other"), ["Quỹ Nhi đồng Liên hợp quốc"]),
    (_o("Liên Hợp Quốc", "other"), ["Liên Hợp Quốc"]),
    (_o("Ngân hàng Thế giới", "other"), ["Ngân hàng Thế giới"]),
    (_o("Hiệp hội các quốc gia Đông Nam Á", "other", "ASEAN"), ["ASEAN"]),
    (_o("Chương trình Phát triển Liên hợp quốc", "other", "UNDP"), ["UNDP"]),
    (_o("Tổ chức Y tế Thế giới", HE, "WHO"), ["WHO"]),
    # --- "Cty" abbreviates Công ty; lower-case region words inside a name
    (
        _o("Công ty Trách nhiệm hữu hạn Thương mại Dịch vụ Hoàng Long", EN, "Cty"),
        ["Cty TNHH Thương mại Dịch vụ Hoàng Long"],
    ),
    (_o("Công ty Cổ phần Bia Sài Gòn", EN, "Cty."), ["Cty. CP Bia Sài Gòn"]),
    (_o("Công ty Lương thực miền Nam", EN), ["Công ty Lương thực miền Nam"]),
]

NEGATIVE: list[str] = [
    # generic references to unions and bodies
    "các cấp công đoàn",
    "Các cấp công đoàn",
    "công đoàn các cấp",
    "Công đoàn các cấp",
    "tổ chức công đoàn",
    "cán bộ công đoàn",
    "đoàn viên công đoàn",
    "ngày thành lập Công đoàn",
    "Mái ấm Công đoàn",
    "các cấp Công đoàn",
    "xây dựng công đoàn cơ sở vững mạnh",
    "các CĐCS trực thuộc",
    "đặc thù của CĐCS",
    "Các Công đoàn Ngành",
    "Các Công đoàn cơ sở trực thuộc",
    "LĐLĐ các huyện, thành phố",
    "UBND các cấp",
    "Ủy ban nhân dân các cấp",
    "Hội Nông dân các cấp",
    "các Sở, ngành",
    "Đại hội XIII của Đảng",
    "chủ trương của Đảng, chính sách, pháp luật của Nhà nước",
    "chỉ đạo của Trung ương",
    "TM. BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH",
    "Ban Thường vụ",
    "cấp ủy, chính quyền",
    # places, people and other capitalised words are not organizations
    "xã Đăk Ngok",
    "thôn Thống Nhất, xã Hà Mòn",
    "quần đảo Trường Sa",
    "dãy Trường Sơn",
    "toàn bộ hồ sơ",
    "Bộ đội",
    "Văn phòng",
    "Ủy ban nhân dân",
    "Ủy ban nhân dân cấp tỉnh",
    "UBND cấp huyện",
    "công đoàn cấp trên trực tiếp cơ sở",
    "Phó Thủ tướng",
    "Ban Tổ chức",
    "Vụ việc đang được điều tra",
    "Ban Tổ chức Hội nghị",
    "Cơ quan chức năng",
    "Ban Giám đốc Công ty",
    "Cục trưởng",
    "Công ty",
    "Trường Tiểu học",
    "Bệnh viện",
    # an issuer code inside a form code; signing capacities; generic units
    "Mẫu C02-TLĐ",
    "theo Biểu B01-LĐLĐ",
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
    "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
    "T/M BAN CHẤP HÀNH",
    "TM. CHÍNH PHỦ",
    "Phó Chủ tịch Thường trực",
    "Ban Giám khảo cuộc thi",
    "Khối thi đua số 3",
    "Trung tâm thương mại",
    "Ban Tổ chức cuộc thi",
    "Phòng họp trực tuyến",
    "vùng sâu, vùng xa",
    "Ban Thường vụ LĐLĐ các huyện, thị xã",
    "Ban Chỉ huy các huyện",
    "Ban Giám đốc Công ty đã họp",
    "Trung tâm Y tế thuộc Sở",
    "bảo đảm an sinh xã hội",
    # event committees and venues are not standing bodies; a unit whose place is not said
    "Ban Tổ chức cuộc thi tỉnh",
    "Ban Giám khảo Hội thi huyện Mường Tè",
    "Ban Tổ chức Giải chạy tỉnh Lai Châu",
    "Trung tâm Hội nghị tỉnh",
    "Phòng Khám bệnh huyện",
    # other kinds' positives
    "Số: 732/LĐLĐ",
    "294-CV/TU",
    "38.5 triệu đồng",
    "ngày 27 tháng 7 năm 2021",
    "65 suất quà",
    "100%",
]

XFAIL: dict[str, str] = {}
