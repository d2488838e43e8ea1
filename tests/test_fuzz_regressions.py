"""Inputs that once crashed or hung something, kept fixed; and a short bounded fuzz run.

The longer run is ``make fuzz`` (scripts/fuzz.py); whatever it finds is added here.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from unionextract import extract
from unionextract.cli import _json_record
from unionextract.encodings import DecodeError, decode

ROOT = Path(__file__).resolve().parent.parent


def _fuzz_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("unionextract_fuzz", ROOT / "scripts" / "fuzz.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


FUZZ = _fuzz_module()

#: Texts for extract(): the shapes that break naive offset and regex code. None of these crashed
#: the library when written; what ``make fuzz`` finds is added here.
CRASHERS: list[str] = [
    # NEL, line and paragraph separators split lines in str.splitlines but not in "\n" splits
    "Ngày 27/7\x85/2021 tăng 5%\u2028 hai mươi\u2029 triệu đồng",
    # combining marks with no base letter, and a tone mark after a digit
    "\u0301\u0323 5\u0301% Số\u0309: 12/CV",
    # zero-width and non-breaking spaces inside numbers and symbols
    "12\u200b.000\u00a0000 đồng, Số:\u200b732/LĐ\u200dLĐ",
    # a very long token of digits and separators
    "1/" * 3000 + "2021",
    # unbalanced and nested parentheses around organizations and numbers
    "(" * 500 + "Liên đoàn Lao động (tỉnh (Lai Châu" + ")" * 3,
    # an emoji flag and a keycap between the number and its unit
    "65 🇻🇳 suất quà, 5️⃣ triệu đồng",
]


@pytest.mark.parametrize("text", CRASHERS, ids=range(len(CRASHERS)))
def test_crasher_stays_fixed(text: str) -> None:
    FUZZ.check_extract(text)


#: Letters the rules' case folding reads as "s" and "i" where ``str.lower`` does not: a rule
#: matched them and a lexicon look-up by lower case then raised KeyError/ValueError (found by
#: the dates engineer, then in every kind by rewriting the corpus surfaces with them).
ODD_FOLDS: list[str] = [
    "thứ ſáu tuần tới",
    "tháng ſáu năm 2021",
    "tuần ſau",
    "giáng ſinh",
    "quý İİ/2021",
    "hôm kİa",
    "thứ Haİ vừa rồİ",
    "hàng trăm trİệu đồng",
    "trên 1.000 lượt học ſinh",
    "ſố 5 tổ dân phố",
    "Công đoàn ngành Gİáo dục",
]


@pytest.mark.parametrize("text", ODD_FOLDS, ids=range(len(ODD_FOLDS)))
def test_odd_case_folds_read_as_their_letters(text: str) -> None:
    FUZZ.check_extract(text)
    plain = text.replace("ſ", "s").replace("İ", "I")
    got, want = extract(text), extract(plain)
    assert [(m.kind, m.start, m.end) for m in got.mentions()] == [
        (m.kind, m.start, m.end) for m in want.mentions()
    ]


#: JSON Lines lines the command line must report, not stop on. The first two crashed it when
#: found by fuzzing the record reader (RecursionError; UnicodeEncodeError on output).
BAD_LINES: list[tuple[bytes, str]] = [
    (b"[" * 100_000, "nested too deeply"),  # RecursionError in json.loads
    (b'{"text": "\\ud800 5%"}', "lone surrogate"),  # could not be written back as UTF-8
    (b'{"text": "x", "date": 12345678901234567890}', "not a YYYY-MM-DD date"),
    (b'{"text": "x", "date": "2021-02-30"}', "not a YYYY-MM-DD date"),
    (b"\xff\xfe{}", "not valid UTF-8"),
]


@pytest.mark.parametrize(("raw", "message"), BAD_LINES, ids=range(len(BAD_LINES)))
def test_bad_json_lines_are_reported_not_raised(raw: bytes, message: str) -> None:
    args = argparse.Namespace(
        text_field="text", id_field="id", date_field="date", encoding="auto", reference_date=None
    )
    rec = _json_record(raw, "in.jsonl", 3, args)
    assert rec.error is not None and message in rec.error
    assert rec.where == "in.jsonl:3"


#: Bytes that crashed the decoder (found by ``make fuzz``): a UTF-16 byte-order mark followed
#: by an odd number of bytes raised UnicodeDecodeError instead of DecodeError.
BAD_BYTES: list[bytes] = [
    b"\xfe\xff\x00\x00\x00\x00\x00\x00\x00\x00\x00",
    b"\xff\xfe\x00\x00\x00",
    b"\xff\xfeA",
]


@pytest.mark.parametrize("data", BAD_BYTES, ids=range(len(BAD_BYTES)))
def test_bad_bytes_are_a_decode_error(data: bytes) -> None:
    FUZZ.check_decode(data)
    with pytest.raises(DecodeError, match="not valid utf-"):
        decode(data)


@pytest.mark.parametrize("target", sorted(FUZZ.TARGETS))
def test_short_fuzz_run(target: str) -> None:
    FUZZ.fuzz(target, examples=40, seed=0)


def test_extract_survives_every_piece_of_the_fuzz_alphabet() -> None:
    for piece in [*FUZZ._WORDS, *FUZZ._ODD]:
        extract(piece * 3)
