"""The frame of an official document or article (Document.metadata), on dispatch and PDF text."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unionextract import extract, metadata
from unionextract.context import Context
from unionextract.extractors import document_numbers
from unionextract.models import Metadata
from unionextract.normalize import normalize
from unionextract.pipeline import Pipeline
from unionextract.rules import resolve_overlaps

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _meta(text: str) -> Metadata:
    return extract(text).metadata


def test_seed_dispatch_frame() -> None:
    m = _meta((FIXTURES / "003_5c656b334ad581d3.txt").read_text(encoding="utf-8"))
    assert m.number is not None and m.number.symbol == "732/LĐLĐ"
    assert (m.place, m.issued_on) == ("Lai Châu", "2021-07-27")
    assert m.subject == "tăng cường công tác phòng, chống dịch bệnh Covid - 19"
    assert m.recipients == (
        "LĐLĐ các huyện, thành phố",
        "Các Công đoàn Ngành",
        "Công đoàn Viên chức",
        "Các Công đoàn cơ sở trực thuộc",
    )
    assert m.copies_to is not None and m.copies_to[0] == "Như kính gửi"
    assert m.copies_to[-1] == "Lưu: VT, TgNc"
    assert (m.signing_capacity, m.signer_title, m.signer) == (
        "TM. BAN THƯỜNG VỤ",
        "PHÓ CHỦ TỊCH",
        "Đông Thị Nghĩa",
    )
    assert m.author is None and m.views is None


def test_seed_articles() -> None:
    a = _meta((FIXTURES / "000_a11d75e56b140112.txt").read_text(encoding="utf-8"))
    assert (a.author, a.source, a.number, a.signer) == (
        "Diệp Chi",
        "http://baodienbienphu.info.vn",
        None,
        None,
    )
    b = _meta((FIXTURES / "004_ce804392d7ac2fde.txt").read_text(encoding="utf-8"))
    assert (b.author, b.views, b.issued_on) == ("Lê Thị Hải", 611, "2019-08-30")
    assert b.signer is None and b.signer_title is None


DECREE = """CÔNG BÁO/Số 447 + 448/Ngày 25-6-2022 \n  \nVĂN BẢN QUY PHẠM PHÁP LUẬT \n \nCHÍNH PHỦ \n \n \
\nSố: 38/2022/NĐ-CP \nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \nĐộc lập - Tự do - Hạnh phúc \n \nHà Nội, \
ngày 12 tháng 6 năm 2022 \n \nNGHỊ ĐỊNH \nQuy định mức lương tối thiểu \nđối với người lao động làm \
việc theo hợp đồng lao động \n \nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; \nTheo đề \
nghị của Bộ trưởng Bộ Lao động - Thương binh và Xã hội; \nĐiều 1. Phạm vi điều chỉnh \nNghị định này \
quy định ... thi hành Nghị định này./. \n \nTM. CHÍNH PHỦ \nKT. THỦ TƯỚNG \nPHÓ THỦ TƯỚNG \n[daky] \
\nLê Minh Khái \n \n\nCÔNG BÁO/Số 447 + 448/Ngày 25-6-2022 \nPhụ lục \nMẪU ĐƠN \nKính gửi: ……(3)…… \
\nNơi nhận: \n- (4) \nGIÁM ĐỐC \n(Ký, ghi rõ họ tên) \n"""


def test_gazette_decree() -> None:
    m = _meta(DECREE)
    assert m.number is not None and m.number.symbol == "38/2022/NĐ-CP"
    assert (m.place, m.issued_on) == ("Hà Nội", "2022-06-12")
    assert m.subject == (
        "Quy định mức lương tối thiểu đối với người lao động làm việc theo hợp đồng lao động"
    )
    assert (m.signing_capacity, m.signer_title, m.signer) == (
        "TM. CHÍNH PHỦ KT. THỦ TƯỚNG",
        "PHÓ THỦ TƯỚNG",
        "Lê Minh Khái",
    )
    # the blanks of an annexed form are not the document's recipients
    assert m.recipients is None and m.copies_to is None
    assert m.source is None  # "Theo đề nghị của …" is not a source


def test_consolidated_text_frame_at_the_end() -> None:
    text = (
        "LUẬT \nAN TOÀN, VỆ SINH LAO ĐỘNG \n \nLuật số 84/2015/QH13 ngày 25 tháng 6 năm 2015 của"
        " Quốc hội \nĐiều 1. Phạm vi \nNội dung./. \n \n VĂN PHÒNG QUỐC HỘI \nSố: 22/VBHN-VPQH \n"
        " \nXÁC THỰC VĂN BẢN HỢP NHẤT \nHà Nội, ngày 26 tháng 02 năm 2025 \nCHỦ NHIỆM \n \n"
        "Lê Quang Tùng \n"
    )
    m = _meta(text)
    assert m.number is not None and m.number.symbol == "22/VBHN-VPQH"
    assert (m.place, m.issued_on) == ("Hà Nội", "2025-02-26")
    assert (m.signing_capacity, m.signer_title, m.signer) == (None, "CHỦ NHIỆM", "Lê Quang Tùng")
    assert m.subject == "AN TOÀN, VỆ SINH LAO ĐỘNG"


def test_law_header_and_signature_without_capacity() -> None:
    text = (
        "QUỐC HỘI \n \nBộ luật số: 45/2019/QH14 \n \nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \n"
        "BỘ LUẬT \nLAO ĐỘNG \n \nCăn cứ Hiến pháp; \nĐiều 1. ...\nBộ luật này được Quốc hội thông"
        " qua ngày 20 tháng 11 năm 2019./. \n \nCHỦ TỊCH QUỐC HỘI \n \nNguyễn Thị Kim Ngân \n"
    )
    m = _meta(text)
    assert m.number is not None and m.number.symbol == "45/2019/QH14"
    assert (m.signer_title, m.signer) == ("CHỦ TỊCH QUỐC HỘI", "Nguyễn Thị Kim Ngân")
    assert m.subject == "LAO ĐỘNG"


def test_two_columns_on_one_line() -> None:
    text = (
        "BỘ NỘI VỤ        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 05/BNV-VP        Hà Nội, ngày 3 tháng 4 năm 2024\n"
        "V/v triển khai công tác      \n văn thư năm 2024\n\n"
        "Kính gửi: Các Sở Nội vụ; Văn phòng Bộ.\n\nNội dung công văn.\n\n"
        "Nơi nhận:                                   KT. BỘ TRƯỞNG\n"
        "- Như trên;                                 THỨ TRƯỞNG\n"
        "- Lưu: VT, VP.\n"
        "                                            (Đã ký)\n\n"
        "                                            Nguyễn Văn A\n"
    )
    m = _meta(text)
    assert m.number is not None and m.number.symbol == "05/BNV-VP"
    assert (m.place, m.issued_on) == ("Hà Nội", "2024-04-03")
    assert m.subject == "triển khai công tác văn thư năm 2024"
    assert m.recipients == ("Các Sở Nội vụ", "Văn phòng Bộ")
    assert m.copies_to == ("Như trên", "Lưu: VT, VP")
    assert (m.signing_capacity, m.signer_title, m.signer) == (
        "KT. BỘ TRƯỞNG",
        "THỨ TRƯỞNG",
        "Nguyễn Văn A",
    )


def test_party_header_and_slash_capacity() -> None:
    text = (
        "ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY LAI CHÂU\n*\nSố 13-KH/TU\n\nLai Châu, ngày 5 tháng 8 năm"
        " 2021\n\nKẾ HOẠCH\nthực hiện Kết luận số 07-KL/TW\n\nNội dung.\n\nT/M BAN THƯỜNG VỤ\n"
        "PHÓ BÍ THƯ THƯỜNG TRỰC\n\nVũ Văn Hoàn\n"
    )
    m = _meta(text)
    assert m.number is not None and (m.number.symbol, m.number.style) == ("13-KH/TU", "party")
    assert m.subject == "thực hiện Kết luận số 07-KL/TW"
    assert (m.signing_capacity, m.signer_title, m.signer) == (
        "T/M BAN THƯỜNG VỤ",
        "PHÓ BÍ THƯ THƯỜNG TRỰC",
        "Vũ Văn Hoàn",
    )


def test_rank_before_name_and_glued_prefix() -> None:
    text = (
        "Số: 86/2025/TT-BCA \nHà Nội, ngày 1 tháng 9 năm 2025 \nTHÔNG TƯ \nQuy định về ... \n\n"
        "Nội dung./. \n \nKT.BỘ TRƯỞNG \nTHỨ TRƯỞNG \n \nThượng tướng Lê Quốc Hùng \n"
    )
    m = _meta(text)
    assert (m.signing_capacity, m.signer_title, m.signer) == (
        "KT. BỘ TRƯỞNG",
        "THỨ TRƯỞNG",
        "Thượng tướng Lê Quốc Hùng",
    )


@pytest.mark.parametrize(
    ("text", "author", "source", "views"),
    [
        ("Tin tức.\n\nNội dung bài viết dài.\n\nBài, ảnh: Minh Hoa\n", "Minh Hoa", None, None),
        (
            "Tin.\n\nNội dung.\n\nBài và ảnh: Minh Anh - Hồng Nhung\n",
            "Minh Anh - Hồng Nhung",
            None,
            None,
        ),
        ("Tiêu đề\n\nNội dung.\n\nTin: Thu Hà (LĐLĐ tỉnh)\n\n(Theo VOV)\n", "Thu Hà", "VOV", None),
        (
            "Tiêu đề\n\nNội dung.\n\nHoàng Anh\nNguồn: laodong.vn\nLượt xem: 1.250\n",
            "Hoàng Anh",
            "laodong.vn",
            1250,
        ),
        (
            "Tiêu đề\n\nTheo đó, LĐLĐ tỉnh đã tổ chức nhiều hoạt động.\n\nNội dung.\n",
            None,
            None,
            None,
        ),
    ],
)
def test_article_byline_source_views(
    text: str, author: str | None, source: str | None, views: int | None
) -> None:
    m = _meta(text)
    assert (m.author, m.source, m.views) == (author, source, views)


def test_empty_and_plain_text_have_no_frame() -> None:
    assert _meta("Hôm nay trời đẹp.") == Metadata()
    assert extract("").metadata == Metadata()


def test_frame_is_fast_on_long_text() -> None:
    body = "Điều 1. Nội dung của văn bản, dòng dài có nhiều chữ.\n" * 20000
    text = (
        "Số: 12/2024/NĐ-CP\nHà Nội, ngày 5 tháng 1 năm 2024\n"
        + body
        + "TM. CHÍNH PHỦ\nTHỦ TƯỚNG\n\nPhạm Minh Chính\n"
    )
    ctx = Context(normalize(text), None)
    cands = resolve_overlaps(document_numbers.extract(ctx))
    t0 = time.perf_counter()
    m = metadata.extract(ctx, cands, lambda c: Pipeline._record(c, ctx))
    assert time.perf_counter() - t0 < 5.0
    assert (m.signer, m.place) == ("Phạm Minh Chính", "Hà Nội")


def test_adoption_date_of_a_law() -> None:
    text = (
        "QUỐC HỘI \nLuật số: 45/2019/QH14 \n \nBỘ LUẬT \nLAO ĐỘNG \n \nĐiều 1. Nội dung. \n"
        "Bộ luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIV, \n"
        "kỳ họp thứ 8 thông qua ngày 20 tháng 11 năm 2019./. \n \nCHỦ TỊCH QUỐC HỘI \n \n"
        "Nguyễn Thị Kim Ngân \n"
    )
    m = _meta(text)
    assert (m.place, m.issued_on) == (None, "2019-11-20")


@pytest.mark.parametrize(
    "line",
    ["30-8-2019", "10:20 30/08/2019", "Thứ Hai, 30/08/2019 - 10:20 (GMT+7)", "Cập nhật: 30/8/2019"],
)
def test_article_date_line(line: str) -> None:
    m = _meta(f"Tiêu đề bài viết\n{line}\n\nNội dung bài viết về công đoàn.\n")
    assert m.issued_on == "2019-08-30"


def test_a_date_inside_the_body_is_not_the_article_date() -> None:
    m = _meta("Tiêu đề\n\nNgày 30/8/2019, LĐLĐ tỉnh tổ chức hội nghị.\n")
    assert m.issued_on is None


@pytest.mark.parametrize(
    "text",
    [
        " " * 100000,
        " " * 50000 + "Số",
        "a   " * 30000,
        "Kính gửi:" + " " * 50000,
        "Hà Nội, " * 20000,
        "TM. " * 30000,
        "A " * 40000 + "\n",
        "Theo " + "a." * 40000,
        "này được " * 20000,
    ],
)
def test_frame_is_linear_on_adversarial_input(text: str) -> None:
    ctx = Context(normalize(text), None)
    t0 = time.perf_counter()
    metadata.extract(ctx, [], lambda c: Pipeline._record(c, ctx))
    assert time.perf_counter() - t0 < 3.0


_SIGNATURE_TEXTS = [
    *(p.read_text(encoding="utf-8") for p in sorted(Path("fixtures").glob("*.txt"))),
    "Số: 5/QĐ\nNội dung.\nTM.\u2009BAN CHẤP HÀNH\nCHỦ TỊCH\n\nNguyễn Văn An\n",
    "Số: 5/QĐ\nNơi nhận:            **KT. BỘ\u00a0 TRƯỞNG**\n- Như trên;      THỨ  TRƯỞNG\n"
    "                     (Đã ký)\n                     Trần Văn Bình\n",
    "Số: 5/QĐ\nVăn bản.\nBỘ TRƯỞNG\n\nLê Thị Cúc\nQ. GIÁM ĐỐC\nPhạm Văn Dũng\n",
]


@pytest.mark.parametrize("text", _SIGNATURE_TEXTS, ids=range(len(_SIGNATURE_TEXTS)))
@pytest.mark.parametrize("official", [True, False])
def test_signature_cue_prefilter_changes_nothing(
    text: str, official: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading only the lines with a capacity or title cue equals reading every line."""
    import regex

    from unionextract import metadata_signature
    from unionextract.metadata_lines import Lines

    lines = Lines(normalize(text).text)
    fast = metadata_signature.read(lines, 0, official)
    monkeypatch.setattr(metadata_signature, "_CUE", regex.compile(r"(?m)^"))
    assert metadata_signature.read(lines, 0, official) == fast


_LINE_PIECES = [
    "Số",
    "số",
    "SỐ",
    ": ",
    ":",
    "12/QĐ",
    "5",
    " ",
    "  ",
    "\t",
    "\n",
    "*",
    "_",
    "#",
    "Kính gửi",
    "Nơi nhận",
    "V/v",
    "Về việc",
    "Hà Nội",
    ", ",
    "ngày",
    " 5 tháng 1 năm 2022",
    "Quyết định",
    "x",
    ".",
]


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(st.sampled_from(_LINE_PIECES), max_size=40),
    pos=st.integers(0, 200),
    endpos=st.one_of(st.none(), st.integers(0, 200)),
)
def test_line_rules_find_what_their_patterns_find(
    pieces: list[str], pos: int, endpos: int | None
) -> None:
    """Searching only the lines that hold a rule's cue finds every match of its pattern."""
    from unionextract.metadata_lines import LineRule

    text = "".join(pieces)
    rules = [
        v
        for v in vars(metadata).values()
        if isinstance(v, LineRule) and v is not metadata._HEADER_COLON  # (its matches: below)
    ]
    assert len(rules) >= 5
    for rule in rules:
        plain = rule.pattern.finditer(text, pos, len(text) if endpos is None else endpos)
        got = rule.finditer(text, pos, endpos)
        assert [m.span() for m in got] == [m.span() for m in plain], rule.pattern.pattern
    colon = metadata._HEADER_COLON
    plain = colon.pattern.finditer(text, pos, len(text) if endpos is None else endpos)
    got = colon.finditer(text, pos, endpos)
    assert [m.span() for m in got if m.group("colon")] == [m.span() for m in plain if m["colon"]]
