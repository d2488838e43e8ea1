"""The public surface of CONTRACT.md: entry points, errors, records, JSON round trip."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import subprocess
import sys
from pathlib import Path

import pytest

import unionextract
from unionextract import (
    Document,
    InputTypeError,
    NumberParseError,
    UnionExtractError,
    UnknownKindError,
    extract,
    parse_number,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEEDS = sorted(FIXTURES.glob("*.txt"))


@pytest.mark.parametrize("bad", [None, b"abc", bytearray(b"x"), 12, ["a"]])
def test_non_str_text_is_a_type_error_that_says_what_was_given(bad: object) -> None:
    with pytest.raises(TypeError) as info:
        extract(bad)  # type: ignore[arg-type]
    assert isinstance(info.value, UnionExtractError)
    assert type(bad).__name__ in str(info.value)
    if isinstance(bad, bytes):
        assert "decode" in str(info.value)


def test_unknown_kind_is_a_value_error_naming_the_valid_ones() -> None:
    with pytest.raises(ValueError) as info:
        extract("x", kinds=["dates", "phones"])
    assert isinstance(info.value, UnknownKindError)
    assert "phones" in str(info.value)
    for kind in unionextract.KINDS:
        assert kind in str(info.value)


def test_bad_reference_date_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="reference_date"):
        extract("hôm qua", reference_date="2021-07-27")  # type: ignore[arg-type]
    with pytest.raises(InputTypeError):
        extract("x", reference_date=20210727)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "   ", "\n\t \n"])
def test_empty_text_gives_an_empty_document(text: str) -> None:
    doc = extract(text)
    assert doc.text == text
    assert doc.mentions() == []
    assert doc.sentences == ()


def test_parse_number_errors_carry_a_reason() -> None:
    with pytest.raises(NumberParseError) as info:
        parse_number("hai con mèo")
    assert isinstance(info.value, ValueError)
    assert info.value.reason == "not_a_number"
    with pytest.raises(NumberParseError) as info:
        parse_number("   ")
    assert info.value.reason == "empty"


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_json_round_trip(path: Path) -> None:
    doc = extract(path.read_text(encoding="utf-8"), reference_date=dt.date(2021, 7, 27))
    assert Document.model_validate_json(doc.model_dump_json()) == doc


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_mentions_are_sorted_offset_true_and_disjoint_per_kind(path: Path) -> None:
    doc = extract(path.read_text(encoding="utf-8"))
    mentions = doc.mentions()
    assert mentions, "every seed has mentions"
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    for kind in unionextract.KINDS:
        items = getattr(doc, kind)
        for a, b in itertools.pairwise(items):
            assert a.end <= b.start
        for m in items:
            assert doc.text[m.start : m.end] == m.text


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_sentences_cover_the_mentions(path: Path) -> None:
    doc = extract(path.read_text(encoding="utf-8"))
    spans = [(s.start, s.end) for s in doc.sentences]
    assert spans == sorted(spans)
    for a, b in itertools.pairwise(spans):
        assert a[1] <= b[0]
    for s, e in spans:
        assert doc.text[s:e].strip() == doc.text[s:e]
    for m in doc.mentions():
        if m.kind != "organization":
            assert any(s <= m.start and m.end <= e for s, e in spans), m.text


def test_records_are_frozen() -> None:
    doc = extract("38,5 triệu đồng")
    with pytest.raises(ValueError):
        doc.money[0].amount = 1  # type: ignore[misc]


def test_kinds_restrict_the_output_but_not_the_exclusion_between_kinds() -> None:
    text = "Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 hỗ trợ 5 triệu đồng"
    only_dates = extract(text, kinds=["dates"])
    assert [d.text for d in only_dates.dates] == ["ngày 14/12/2020"]
    assert only_dates.money == () and only_dates.document_numbers == ()
    assert extract(text, kinds="money").money[0].amount == 5_000_000


def test_import_is_cheap_and_does_not_load_underthesea() -> None:
    code = "import sys, unionextract; print('underthesea' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_cli_prints_the_json_schema() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "unionextract", "--schema"],
        capture_output=True,
        text=True,
        check=True,
    )
    schema = json.loads(out.stdout)
    assert schema["title"] == "Document"
    assert {"dates", "money", "metadata"} <= set(schema["properties"])


def test_cli_reads_files_and_prints_one_json_object_each(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text("Số: 732/LĐLĐ", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "unionextract", str(a), str(SEEDS[0])],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = out.stdout.splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert first["document_numbers"][0]["symbol"] == "732/LĐLĐ"
