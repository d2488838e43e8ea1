"""parse_number: the number grammar on its own (cases in tests/corpus/numbers.py)."""

from __future__ import annotations

from decimal import Decimal, localcontext

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.corpus.numbers import CASES, NOT_NUMBERS
from unionextract import parse_number
from unionextract.errors import NumberParseError, UnionExtractError


@pytest.mark.parametrize(("text", "value"), CASES, ids=[c[0] for c in CASES])
def test_parse_number(text: str, value: str) -> None:
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_not_a_number_raises_with_a_reason(text: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_number(text)
    assert isinstance(info.value, NumberParseError)
    assert isinstance(info.value, UnionExtractError)
    assert info.value.reason


def test_non_str_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="takes a str"):
        parse_number(5)  # type: ignore[arg-type]


def test_corpus_is_large() -> None:
    assert len(CASES) >= 100


_UNITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def _spell(n: int) -> str:
    """Standard spelling of 0 <= n < 10**12 (the written-out form of official documents)."""
    if n == 0:
        return "không"
    groups = []
    for scale in ("tỷ", "triệu", "nghìn", ""):
        size = {"tỷ": 10**9, "triệu": 10**6, "nghìn": 10**3, "": 1}[scale]
        groups.append((n // size % 1000 if scale != "tỷ" else n // size, scale))
    words: list[str] = []
    started = False
    for g, scale in groups:
        if g == 0:
            continue
        h, t, u = g // 100, g // 10 % 10, g % 10
        part: list[str] = []
        if started or h:
            part += [_UNITS[h], "trăm"]
        if t == 0 and u and (started or h):
            part += ["linh"]
        elif t == 1:
            part += ["mười"]
        elif t > 1:
            part += [_UNITS[t], "mươi"]
        if u:
            part += ["mốt" if u == 1 and t > 1 else "lăm" if u == 5 and t > 0 else _UNITS[u]]
        words += part + ([scale] if scale else [])
        started = True
    return " ".join(words)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_spelled_out_numbers_round_trip(n: int) -> None:
    assert parse_number(_spell(n)) == n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**15))
def test_grouped_figures_round_trip(n: int) -> None:
    assert parse_number(f"{n:,}".replace(",", ".")) == n
    assert parse_number(f"{n:,}".replace(",", " ")) == n


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_arbitrary_text_gives_a_number_or_a_value_error(text: str) -> None:
    try:
        parse_number(text)
    except ValueError:
        pass


@pytest.mark.parametrize(
    "digits",
    ["0", "5", "007", "12", "2021", "9" * 28, "1" + "0" * 40, "12345678901234567890123456789"],
)
def test_plain_digits_fast_path_equals_general_path(digits: str) -> None:
    """A plain run of digits is read without the tokenizer; the padded text takes the general
    path, and the two agree to the representation (same digits and exponent)."""
    assert repr(parse_number(digits)) == repr(parse_number(f" {digits} "))


@settings(max_examples=200, deadline=None)
@given(st.from_regex(r"\A[0-9]{1,60}\Z"))
def test_plain_digits_fast_path_property(digits: str) -> None:
    assert repr(parse_number(digits)) == repr(parse_number(f" {digits} "))


def test_plain_digits_fast_path_follows_the_context_precision() -> None:
    """Past the context's precision the general path rounds; so does the fast one."""
    digits = "12345678901234567890"
    with localcontext() as ctx:
        ctx.prec = 10
        assert repr(parse_number(digits)) == repr(parse_number(f" {digits} "))
        assert parse_number(digits) == Decimal("12345678900000000000")
