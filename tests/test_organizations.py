"""Organizations in context: offsets, neighbours, nested bodies, lists, the document's province."""

from __future__ import annotations

import time
import unicodedata

import pytest

from unionextract import extract
from unionextract.extractors.organizations_grammar import parse
from unionextract.extractors.organizations_places import document_places


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(o.text, o.canonical) for o in extract(text, kinds=["organizations"]).organizations]


def test_offsets_point_into_the_original_text() -> None:
    text = "Thực hiện chỉ đạo của Uỷ ban nhân dân tỉnh Kon Tum và Bộ Y tế, CĐCS đã họp."
    doc = extract(text, kinds=["organizations"])
    assert [(o.text, o.canonical) for o in doc.organizations] == [
        ("Uỷ ban nhân dân tỉnh Kon Tum", "Ủy ban nhân dân tỉnh Kon Tum"),
        ("Bộ Y tế", "Bộ Y tế"),
    ]
    for o in doc.organizations:
        assert text[o.start : o.end] == o.text == o.name


def test_decomposed_input_keeps_offsets() -> None:
    text = unicodedata.normalize("NFD", "Gửi Liên đoàn Lao động huyện Mộc Châu.")
    (o,) = extract(text, kinds=["organizations"]).organizations
    assert text[o.start : o.end] == o.text
    assert o.canonical == "Liên đoàn Lao động huyện Mộc Châu"


def test_nested_body_is_one_organization_of_the_outer_type() -> None:
    doc = extract(
        "Công văn của Ban cán sự Đảng UBND tỉnh Lai Châu về việc", kinds=["organizations"]
    )
    (o,) = doc.organizations
    assert (o.text, o.org_type, o.abbreviation) == (
        "Ban cán sự Đảng UBND tỉnh Lai Châu",
        "party",
        "UBND",
    )


def test_board_takes_the_type_of_its_body() -> None:
    (a,) = extract("Ban Thường vụ Tỉnh ủy Sơn La", kinds=["organizations"]).organizations
    (b,) = extract("Ban Thường vụ LĐLĐ tỉnh Sơn La", kinds=["organizations"]).organizations
    assert (a.org_type, b.org_type) == ("party", "trade_union")


def test_coordinated_list_gives_one_organization_per_place() -> None:
    text = "LĐLĐ tỉnh tiếp nhận hỗ trợ của LĐLĐ các tỉnh: Sơn La, Lào Cai và Lai Châu."
    doc = extract(text, kinds=["organizations"])
    got = [(o.text, o.canonical, o.abbreviation) for o in doc.organizations]
    assert got[1:] == [
        ("Sơn La", "Liên đoàn Lao động tỉnh Sơn La", None),
        ("Lào Cai", "Liên đoàn Lao động tỉnh Lào Cai", None),
        ("Lai Châu", "Liên đoàn Lao động tỉnh Lai Châu", None),
    ]


def test_plural_level_without_places_is_not_an_organization() -> None:
    assert _orgs("Kính gửi: LĐLĐ các huyện, thành phố; UBND các xã.") == []


def test_province_from_place_date_line_with_evidence() -> None:
    text = "Lai Châu, ngày 27 tháng 7 năm 2021\nBan Thường vụ LĐLĐ tỉnh yêu cầu UBND tỉnh."
    orgs = extract(text, kinds=["organizations"]).organizations
    assert [o.canonical for o in orgs] == [
        "Ban Thường vụ Liên đoàn Lao động tỉnh Lai Châu",
        "Ủy ban nhân dân tỉnh Lai Châu",
    ]
    assert all(o.evidence and "Lai Châu" in o.evidence for o in orgs)


def test_province_from_a_district_named_in_the_text() -> None:
    text = "LĐLĐ TP. Điện Biên Phủ thăm hỏi đoàn viên. LĐLĐ tỉnh đã hỗ trợ 5 suất quà."
    orgs = extract(text, kinds=["organizations"]).organizations
    assert orgs[1].canonical == "Liên đoàn Lao động tỉnh Điện Biên"
    assert orgs[1].evidence is not None and "Điện Biên Phủ" in orgs[1].evidence


def test_province_from_the_source_address() -> None:
    text = "LĐLĐ tỉnh trao quà cho đoàn viên.\n\nTheo http://baodienbienphu.info.vn"
    (o,) = extract(text, kinds=["organizations"]).organizations
    assert o.canonical == "Liên đoàn Lao động tỉnh Điện Biên"


def test_district_resolution() -> None:
    text = "Liên đoàn Lao động huyện Đăk Hà phát động. Các CĐCS trực thuộc LĐLĐ huyện đã làm."
    assert _orgs(text)[-1] == ("LĐLĐ huyện", "Liên đoàn Lao động huyện Đăk Hà")


def test_no_resolution_without_evidence_or_with_a_tie() -> None:
    assert _orgs("LĐLĐ tỉnh đã họp.") == [("LĐLĐ tỉnh", "Liên đoàn Lao động tỉnh")]
    text = "Tỉnh ủy Sơn La và Tỉnh ủy Lai Châu ký kết; UBND tỉnh chỉ đạo."
    assert _orgs(text)[-1] == ("UBND tỉnh", "Ủy ban nhân dân tỉnh")


def test_a_city_is_not_a_province() -> None:
    text = "Hà Nội, ngày 5 tháng 6 năm 2021\nỦy ban nhân dân tỉnh báo cáo Bộ Tài chính."
    assert _orgs(text)[0] == ("Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh")


def test_person_name_after_a_place_is_not_part_of_it() -> None:
    text = "Chủ tịch UBND xã Mường Phăng Nguyễn Văn An phát biểu."
    assert _orgs(text) == [("UBND xã Mường Phăng", "Ủy ban nhân dân xã Mường Phăng")]


def test_upper_case_title_and_lower_case_typo() -> None:
    text = "TRONG TỔ CHỨC CÔNG ĐOÀN HUYỆN ĐĂK HÀ\nLĐLĐ huyện Đăk hà chỉ đạo."
    assert _orgs(text) == [
        ("CÔNG ĐOÀN HUYỆN ĐĂK HÀ", "Công đoàn huyện Đăk Hà"),
        ("LĐLĐ huyện Đăk hà", "Liên đoàn Lao động huyện Đăk Hà"),
    ]


def test_issuer_inside_a_document_number_is_not_an_organization() -> None:
    assert _orgs("Số: 732/LĐLĐ\nV/v phòng chống dịch") == []


def test_signing_capacity_is_not_an_organization() -> None:
    assert _orgs("TM. BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH") == []


def test_segmentation_extends_a_name_over_lower_case_syllables() -> None:
    assert _orgs("Tập đoàn Điện lực Việt Nam tổ chức hội nghị") == [
        ("Tập đoàn Điện lực Việt Nam", "Tập đoàn Điện lực Việt Nam")
    ]


def test_grammar_alone_without_segmentation() -> None:
    got = parse("CĐCS Trường THCS Chu Văn An vận động", 0)
    assert got is not None
    assert (got.end, got.canonical) == (27, "Công đoàn cơ sở Trường Trung học cơ sở Chu Văn An")
    assert parse("Công đoàn các cấp", 0) is None


def test_document_places_prefers_the_place_date_line() -> None:
    text = "Lai Châu, ngày 1 tháng 2 năm 2022\nTỉnh ủy Sơn La"
    got = parse(text, text.index("Tỉnh ủy"))
    assert got is not None
    assert document_places(text, [got])["province"].name == "Lai Châu"


def test_two_line_header_is_one_mention_over_the_line_break() -> None:
    text = "HỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ GIANG\n-------\nSố: 15/NQ-HĐND"
    doc = extract(text, kinds=["organizations"])
    (o,) = doc.organizations
    assert (o.text, o.canonical) == (
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ GIANG",
        "Hội đồng nhân dân tỉnh Hà Giang",
    )
    assert text[o.start : o.end] == o.text


def test_an_upper_case_headline_does_not_run_into_a_dateline() -> None:
    text = "LÃNH ĐẠO TỈNH THĂM CÔNG NHÂN, LIÊN ĐOÀN LAO ĐỘNG\nHÀ GIANG - Sáng 5/8, đoàn đến thăm."
    assert _orgs(text) == [("LIÊN ĐOÀN LAO ĐỘNG", "Liên đoàn Lao động")]


def test_a_complete_parent_line_and_the_issuing_body_are_two_mentions() -> None:
    text = "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\nCÔNG ĐOÀN NGÀNH XÂY DỰNG\nSố: 7/CĐN"
    assert _orgs(text) == [
        ("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "Tổng Liên đoàn Lao động Việt Nam"),
        ("CÔNG ĐOÀN NGÀNH XÂY DỰNG", "Công đoàn ngành Xây dựng"),
    ]


def test_two_column_header_reads_the_left_column_of_both_lines() -> None:
    text = (
        "HỘI ĐỒNG NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "HUYỆN MỘC CHÂU             Độc lập - Tự do - Hạnh phúc\n"
        "Số: 8/NQ-HĐND\n"
    )
    (o,) = extract(text, kinds=["organizations"]).organizations
    assert (o.text, o.canonical) == ("HỘI ĐỒNG NHÂN DÂN", "Hội đồng nhân dân huyện Mộc Châu")
    assert o.evidence is not None and "HUYỆN MỘC CHÂU" in o.evidence
    # a complete body on the first line stays as it is; the second line is its own mention
    text = "BỘ Y TẾ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCỤC QUẢN LÝ DƯỢC\tĐộc lập\n"
    assert [x for x, _ in _orgs(text)] == ["BỘ Y TẾ", "CỤC QUẢN LÝ DƯỢC"]


def test_an_upper_case_line_does_not_run_into_a_free_name() -> None:
    # "VỤ" (a head) inside a signing line must not take the next line as its name
    assert _orgs("T/M BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nTrần Văn Bình") == []


def test_a_wrapped_line_of_running_text_does_not_cut_a_name() -> None:
    text = (
        "Thực hiện kế hoạch chung, trong tháng qua đoàn công tác đã làm việc với UBND tỉnh\n"
        "Hà Giang về công tác chăm lo cho đoàn viên."
    )
    (o,) = extract(text, kinds=["organizations"]).organizations
    assert (o.text, o.canonical) == ("UBND tỉnh\nHà Giang", "Ủy ban nhân dân tỉnh Hà Giang")
    # a free proper name stops at the end of a headline
    text = "Công đoàn trao 500 suất quà cho công nhân lao động Công ty TNHH Hoa Sen\nNgày 3/8"
    assert _orgs(text)[-1] == (
        "Công ty TNHH Hoa Sen",
        "Công ty Trách nhiệm hữu hạn Hoa Sen",
    )
    # a short line (a heading or a list item) ends the name
    assert _orgs("Kính gửi: UBND tỉnh\nHà Giang là nơi") == [("UBND tỉnh", "Ủy ban nhân dân tỉnh")]


def test_signing_capacity_lines_give_no_organization() -> None:
    text = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Hùng"
    assert _orgs(text) == []
    assert _orgs("CHÍNH PHỦ\n-------\nSố: 12/NĐ-CP") == [("CHÍNH PHỦ", "Chính phủ")]


def test_standing_after_a_title_belongs_to_the_title() -> None:
    assert _orgs("Phó Chủ tịch Thường trực LĐLĐ tỉnh Yên Bái phát biểu") == [
        ("LĐLĐ tỉnh Yên Bái", "Liên đoàn Lao động tỉnh Yên Bái")
    ]
    assert _orgs("ông Lò Văn Tâm, Phó Bí thư Thường trực Huyện ủy Mường Tè") == [
        ("Huyện ủy Mường Tè", "Huyện ủy Mường Tè")
    ]
    # without a title, "Thường trực" names the standing body
    assert _orgs("Thường trực HĐND huyện Mường Tè họp") == [
        ("Thường trực HĐND huyện Mường Tè", "Thường trực Hội đồng nhân dân huyện Mường Tè")
    ]


def test_an_abbreviation_defined_in_brackets_is_not_a_second_mention() -> None:
    text = (
        "Quỹ Nhi đồng Liên hợp quốc (UNICEF) và Tổ chức Di cư Quốc tế (IOM) hỗ trợ; UNICEF cho biết"
    )
    assert [o for o, _ in _orgs(text)] == [
        "Quỹ Nhi đồng Liên hợp quốc",
        "Tổ chức Di cư Quốc tế",
        "UNICEF",
    ]


def test_another_body_in_brackets_is_a_mention() -> None:
    assert _orgs("Vụ Pháp chế (Bộ Nội vụ) và CDC tỉnh Phú Yên (CDC Phú Yên) cho biết") == [
        ("Vụ Pháp chế", "Vụ Pháp chế"),
        ("Bộ Nội vụ", "Bộ Nội vụ"),
        ("CDC tỉnh Phú Yên", "Trung tâm Kiểm soát bệnh tật tỉnh Phú Yên"),
    ]


def test_coordinated_boards_share_their_body() -> None:
    text = "Ban Thường vụ, Ban Chấp hành và Ủy ban Kiểm tra Công đoàn ngành Y tế đã họp"
    assert _orgs(text) == [
        ("Ban Thường vụ", "Ban Thường vụ Công đoàn ngành Y tế"),
        ("Ban Chấp hành", "Ban Chấp hành Công đoàn ngành Y tế"),
        ("Ủy ban Kiểm tra Công đoàn ngành Y tế", "Ủy ban Kiểm tra Công đoàn ngành Y tế"),
    ]
    # a department of the body may be coordinated with a board
    assert _orgs("Giao Ban Tuyên giáo, Ban Nữ công LĐLĐ tỉnh Sơn La theo dõi")[0] == (
        "Ban Tuyên giáo",
        "Ban Tuyên giáo Liên đoàn Lao động tỉnh Sơn La",
    )
    # a board is not coordinated with a grassroots union
    assert _orgs("Ban Thường vụ, CĐCS Trường Tiểu học Kim Đồng") == [
        ("CĐCS Trường Tiểu học Kim Đồng", "Công đoàn cơ sở Trường Tiểu học Kim Đồng")
    ]
    # Party boards without a body are not completed
    assert _orgs("Ban Dân vận, Ban Tuyên giáo đã phối hợp") == [
        ("Ban Dân vận", "Ban Dân vận"),
        ("Ban Tuyên giáo", "Ban Tuyên giáo"),
    ]


def test_coordinated_boards_resolve_the_document_province() -> None:
    text = "Sơn La, ngày 2 tháng 3 năm 2022\nBan Thường vụ, Ban Chấp hành LĐLĐ tỉnh đã họp."
    got = extract(text, kinds=["organizations"]).organizations
    assert [o.canonical for o in got] == [
        "Ban Thường vụ Liên đoàn Lao động tỉnh Sơn La",
        "Ban Chấp hành Liên đoàn Lao động tỉnh Sơn La",
    ]


def test_department_needs_its_parent_and_no_conjunction_before_it() -> None:
    assert _orgs("Phòng Nội vụ và UBND huyện Mộc Châu") == [
        ("Phòng Nội vụ", "Phòng Nội vụ"),
        ("UBND huyện Mộc Châu", "Ủy ban nhân dân huyện Mộc Châu"),
    ]
    # "thuộc" (belongs to) ends the function words: the centre is not "of" the department
    assert _orgs("Trung tâm Dịch vụ thuộc Sở Y tế tỉnh Sơn La") == [
        ("Sở Y tế tỉnh Sơn La", "Sở Y tế tỉnh Sơn La")
    ]


def test_the_issuer_of_a_form_code_is_not_an_organization() -> None:
    assert _orgs("Lập báo cáo theo Mẫu C03-TLĐ và gửi LĐLĐ tỉnh Lào Cai") == [
        ("LĐLĐ tỉnh Lào Cai", "Liên đoàn Lao động tỉnh Lào Cai")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Công ty " * 4000,
        "LĐLĐ các tỉnh: " + "Sơn La, " * 3000,
        "Bệnh viện " + "Bạch " * 6000,
        "Ban Thường vụ " * 3000 + "LĐLĐ tỉnh",
        "CĐCS Trường THCS " * 2000,
        "UBND tỉnh " + "Lai " * 5000,
        ("Ban Chỉ đạo Quốc gia phòng, chống dịch " * 1500),
        "Ban Quan hệ lao động " * 3000 + "Tổng LĐLĐ Việt Nam",
        "Ban Thường vụ, " * 3000 + "Ban Chấp hành LĐLĐ tỉnh",
        "LIÊN ĐOÀN LAO ĐỘNG\n" * 3000,
        "Phó Chủ tịch Thường trực " * 2000,
        "Đảng ủy Khối " * 3000,
        ("x" * 60 + " UBND tỉnh\n") * 2000,
        "TM. " * 3000 + "BAN THƯỜNG VỤ",
    ],
    ids=[
        "companies",
        "list",
        "long-name",
        "boards",
        "schools",
        "place",
        "steering",
        "departments",
        "coordinated",
        "header-lines",
        "titles",
        "blocs",
        "wrapped",
        "signing",
    ],
)
def test_adversarial_input_stays_fast(text: str) -> None:
    start = time.perf_counter()
    doc = extract(text, kinds=["organizations"])
    assert time.perf_counter() - start < 10
    for o in doc.organizations:
        assert text[o.start : o.end] == o.text


def test_every_tail_of_the_head_lexicon_has_a_rule() -> None:
    from unionextract import lexicons
    from unionextract.extractors import organizations
    from unionextract.extractors.organizations_grammar import _TAILS

    tails = {row[3] for row in lexicons.rows("org_heads.tsv")}
    assert tails <= set(_TAILS)
    for row in lexicons.rows("org_heads.tsv"):
        surface = row[0]
        assert any(r.pattern.fullmatch(surface) for r in organizations.RULES), surface


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đảng bộ tỉnh Lai Châu", "Đảng bộ tỉnh Lai Châu"),
        ("Thường trực Tỉnh ủy Sơn La", "Thường trực Tỉnh ủy Sơn La"),
        ("Bệnh viện Đa khoa tỉnh Sơn La", "Bệnh viện Đa khoa tỉnh Sơn La"),
        ("Ủy ban Kiểm tra Tỉnh ủy Lai Châu", "Ủy ban Kiểm tra Tỉnh ủy Lai Châu"),
    ],
)
def test_more_bodies(text: str, expected: str) -> None:
    assert _orgs(text) == [(text, expected)]
