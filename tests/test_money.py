"""Money in running text: offsets, neighbours, formal "(Bằng chữ: …)" lines and traps."""

from __future__ import annotations

from decimal import Decimal

import pytest

from unionextract import extract


def _money(text: str) -> list[tuple[str, Decimal | None, str, str | None]]:
    return [(m.text, m.amount, m.qualifier, m.per) for m in extract(text, kinds=["money"]).money]


def test_offsets_point_into_the_original_text() -> None:
    text = "LĐLĐ tỉnh tiếp nhận 125 triệu đồng của Tổng LĐLĐ Việt Nam và hỗ trợ 403 triệu đồng."
    doc = extract(text, kinds=["money"])
    assert [m.text for m in doc.money] == ["125 triệu đồng", "403 triệu đồng"]
    for m in doc.money:
        assert text[m.start : m.end] == m.text


def test_offsets_survive_normalization() -> None:
    text = "Tổng kinh phí\u00a012.000.000\u00a0đồng (do Nhân dân đóng góp)"
    (m,) = extract(text, kinds=["money"]).money
    assert text[m.start : m.end] == m.text == "12.000.000\u00a0đồng"
    assert m.amount == 12_000_000


def test_amount_in_words_line_of_a_formal_document() -> None:
    text = (
        "Tổng số tiền: 250.000.000 đồng (Bằng chữ: Hai trăm năm mươi triệu đồng chẵn./.)\n"
        "Số tiền thanh toán: 1.050.000 đồng (Bằng chữ: Một triệu không trăm năm mươi nghìn đồng)."
    )
    assert _money(text) == [
        ("250.000.000 đồng", 250_000_000, "exact", None),
        ("Hai trăm năm mươi triệu đồng", 250_000_000, "exact", None),
        ("1.050.000 đồng", 1_050_000, "exact", None),
        ("Một triệu không trăm năm mươi nghìn đồng", 1_050_000, "exact", None),
    ]


def test_rates_and_ranges_in_a_sentence() -> None:
    text = "Mức hỗ trợ từ 5 đến 7 triệu đồng/người, riêng đoàn viên khó khăn 6,5 triệu đồng/người."
    doc = extract(text, kinds=["money"])
    assert [(m.text, m.low, m.high, m.qualifier, m.per) for m in doc.money] == [
        ("từ 5 đến 7 triệu đồng/người", 5_000_000, 7_000_000, "range", "người"),
        ("6,5 triệu đồng/người", 6_500_000, 6_500_000, "exact", "người"),
    ]


def test_the_number_beside_the_currency_is_read_not_the_first_number() -> None:
    assert _money("3 suất quà trị giá 300.000 VND") == [("300.000 VND", 300_000, "exact", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Các đồng chí trong Ban Thường vụ đồng thời là ủy viên Hội đồng thi đua.",
        "5 đồng chí được khen thưởng, 3 đồng nghiệp và hai đồng đội cùng đồng hành.",
        "thực hiện nghiêm quy định 5K của Bộ Y tế; F0, F1 và F2 bị ảnh hưởng bởi dịch Covid-19",
        "Hotline 0912 345 678, ngày 21/7/2021, Số: 732/LĐLĐ, giai đoạn 2021-2025",
        "trên 1.000 lượt học sinh và 100% hộ dân đồng thuận, trồng 5km hoa trên 20 ha",
    ],
)
def test_traps_are_not_money(text: str) -> None:
    assert _money(text) == []


def test_nam_is_five_before_a_scale_and_year_before_a_year() -> None:
    assert _money("Năm 2021 quỹ hỗ trợ năm triệu đồng") == [
        ("năm triệu đồng", 5_000_000, "exact", None)
    ]
    assert _money("mỗi hộ nhận năm trăm nghìn đồng") == [
        ("năm trăm nghìn đồng", 500_000, "exact", None)
    ]


def test_dollar_sign_is_usd_and_codes_come_first_or_last() -> None:
    doc = extract("Giá trị hợp đồng $1.500, tương đương 1.500 USD hay EUR 1.400.", kinds=["money"])
    assert [(m.text, m.amount, m.currency) for m in doc.money] == [
        ("$1.500", 1500, "USD"),
        ("1.500 USD", 1500, "USD"),
        ("EUR 1.400", 1400, "EUR"),
    ]


def test_long_adversarial_input_is_fast_enough() -> None:
    import time

    text = "hai mươi mốt đồng chí " * 2000 + "1.000." * 2000 + "đồng " * 2000
    start = time.perf_counter()
    extract(text, kinds=["money"])
    assert time.perf_counter() - start < 10


def test_round_amount_leaves_chan_out_of_the_span() -> None:
    """ "đồng chẵn" (round) says the amount is exact; "chẵn" is not part of the money."""
    text = "Số tiền: 75.000.000 đồng (Bằng chữ: Bảy mươi lăm triệu đồng chẵn)."
    assert _money(text) == [
        ("75.000.000 đồng", 75_000_000, "exact", None),
        ("Bảy mươi lăm triệu đồng", 75_000_000, "exact", None),
    ]


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("quỹ tài trợ 240,000 USD cho dự án", 240_000, "USD"),
        ("giá $2,750 một chiếc", 2_750, "USD"),
        ("khoản vay $3,200,000", 3_200_000, "USD"),
        ("vé 12,500 đồng", 12_500, "VND"),
        ("38,5 triệu đồng", 38_500_000, "VND"),
        ("2,50 €", Decimal("2.5"), "EUR"),
        ("1,500 triệu USD", 1_500_000, "USD"),
        ("0,750 USD", Decimal("0.75"), "USD"),
    ],
)
def test_comma_groups_thousands_only_in_a_lone_three_digit_group(
    text: str, amount: object, currency: str
) -> None:
    """A figure like "240,000" beside a currency groups thousands (no price has three
    decimals); a comma before a scale word, or with other than three digits, is a decimal."""
    (m,) = extract(text, kinds=["money"]).money
    assert (m.amount, m.currency) == (amount, currency)


@pytest.mark.parametrize(
    ("text", "surface", "amount", "qualifier"),
    [
        ("Công đoàn hỗ trợ với số tiền 215 triệu.", "215 triệu", 215_000_000, "exact"),
        ("Tổng kinh phí 1,8 tỷ, do doanh nghiệp đóng góp", "1,8 tỷ", 1_800_000_000, "exact"),
        ("tặng 40 máy tính trị giá 360 triệu cho trường", "360 triệu", 360_000_000, "exact"),
        ("Kinh phí: khoảng 2 tỷ rưỡi", "khoảng 2 tỷ rưỡi", 2_500_000_000, "approx"),
        ("thu nhập bình quân 8,3 triệu/tháng", "8,3 triệu/tháng", 8_300_000, "exact"),
        ("số tiền 3.600.000 và", "3.600.000", 3_600_000, "exact"),
        ("với tổng giá trị hơn 900 triệu.", "hơn 900 triệu", 900_000_000, "over"),
        ("thăm và tặng mỗi hộ 2 triệu, mỗi suất", "2 triệu", 2_000_000, "exact"),
        ("chi mỗi đoàn viên 700 nghìn để", "700 nghìn", 700_000, "exact"),
    ],
)
def test_amount_after_a_money_cue_is_in_dong(
    text: str, surface: str, amount: int, qualifier: str
) -> None:
    (m,) = extract(text, kinds=["money"]).money
    assert (m.text, m.amount, m.currency, m.qualifier) == (surface, amount, "VND", qualifier)


@pytest.mark.parametrize(
    "text",
    [
        "số tiền 3 triệu người",  # a count follows
        "trị giá 2 triệu lượt truy cập",
        "kinh phí 5 và",  # no scale word, no grouped figure
        "tiền 10 năm",
        "Dự án có 3 triệu đoàn viên",  # no cue
        "hỗ trợ 3 triệu",  # no cue
        "mỗi tỉnh 2 triệu liều vắc xin",  # a count follows
        "mỗi năm 3 triệu.",  # "mỗi" takes a counted noun, not a period
    ],
)
def test_bare_amount_without_a_money_cue_is_not_money(text: str) -> None:
    assert extract(text, kinds=["money"]).money == ()
