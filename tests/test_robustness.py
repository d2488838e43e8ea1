"""Bad arguments fail at once and clearly; odd bytes are read right or refused by name.

Legacy encodings: the seed documents are written out in TCVN3, VNI and VISCII with viparse's own
tables (the way a .VnTime or VNI-Times document reaches us), then read back by the command line's
decoder; the library was chosen on these round trips (see ``unionextract.encodings``).
"""

from __future__ import annotations

import codecs
import datetime as dt
import difflib
import unicodedata
from pathlib import Path

import pytest

from unionextract import (
    InputTypeError,
    OptionError,
    UnionExtractError,
    UnknownKindError,
    extract,
    extract_many,
)
from unionextract.encodings import (
    LEGACY,
    DecodeError,
    decode,
    detect_legacy,
    fix_text,
    looks_legacy,
    syllable_rate,
    to_unicode,
)

SEEDS = sorted(Path(__file__).resolve().parent.parent.glob("fixtures/*.txt"))


# --- arguments ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", [None, 42, 3.5, ["Số 1"], b"S\xe1\xbb\x91 1", bytearray(b"x")])
def test_text_that_is_not_str_is_a_type_error_naming_what_was_given(text: object) -> None:
    with pytest.raises(InputTypeError) as exc:
        extract(text)  # type: ignore[arg-type]
    assert isinstance(exc.value, TypeError) and isinstance(exc.value, UnionExtractError)
    assert type(text).__name__ in str(exc.value) and "str" in str(exc.value)


@pytest.mark.parametrize("ref", ["2021-07-27", 20210727, (2021, 7, 27), dt.time(12)])
def test_reference_date_that_is_not_a_date_is_a_type_error(ref: object) -> None:
    with pytest.raises(InputTypeError, match=r"datetime\.date") as exc:
        extract("ngày 27/7", reference_date=ref)  # type: ignore[arg-type]
    assert type(ref).__name__ in str(exc.value)


def test_a_datetime_is_accepted_as_its_day() -> None:
    at = dt.datetime(2021, 7, 27, 9, 30)
    assert extract("ngày 2/9", reference_date=at) == extract("ngày 2/9", reference_date=at.date())


@pytest.mark.parametrize("kinds", [["dates", "moneys"], ["date"], ["DATES"]])
def test_unknown_kinds_are_a_value_error_naming_the_valid_ones(kinds: list[str]) -> None:
    with pytest.raises(UnknownKindError, match="valid kinds: dates, document_numbers") as exc:
        extract("5%", kinds=kinds)
    assert isinstance(exc.value, ValueError)


def test_workers_below_one_fail_at_once() -> None:
    with pytest.raises(OptionError, match="at least 1"):
        extract_many(["5%"], workers=0)


# --- bytes and encodings -----------------------------------------------------------------


def test_utf8_with_and_without_bom_and_utf16_with_bom() -> None:
    text = "Số: 732/LĐLĐ\r\nngày 27/7/2021"
    assert decode(text.encode()).text == text
    assert decode(codecs.BOM_UTF8 + text.encode()).text == text
    assert decode(text.encode("utf-16")).text == text  # the BOM tells the byte order
    assert decode(text.encode("utf-32")).text == text
    with pytest.raises(DecodeError, match="utf-16"):
        decode(codecs.BOM_UTF16_LE + b"\x00\xd8")  # a lone surrogate
    assert decode(b"").text == ""


def test_binary_data_is_refused() -> None:
    with pytest.raises(DecodeError, match="binary"):
        decode(b"%PDF-1.4\n\x00\x01\x02")


def test_invalid_utf8_that_is_not_legacy_vietnamese_is_refused_with_a_hint() -> None:
    with pytest.raises(DecodeError, match="--encoding") as exc:
        decode("Müller, Größe, Straße".encode("latin-1"))
    assert isinstance(exc.value, ValueError)


def test_an_explicit_codec_decodes_strictly() -> None:
    cp1258 = unicodedata.normalize("NFD", "Đảng").encode("cp1258")  # tone marks as combining
    assert unicodedata.normalize("NFC", decode(cp1258, "cp1258").text) == "Đảng"
    with pytest.raises(DecodeError, match="not valid utf-8"):
        decode(b"\xff\xfe\xfa", "utf-8")
    with pytest.raises(DecodeError, match="unknown encoding"):
        decode(b"x", "klingon")


def _legacy_bytes(text: str, encoding: str) -> bytes:
    """``text`` as a legacy-font document's bytes, by viparse's tables read backwards."""
    from viparse.normalize.encodings import CHARMAPS

    back: dict[str, str] = {}
    for legacy, uni in CHARMAPS[encoding].pairs:
        back.setdefault(unicodedata.normalize("NFC", uni), legacy)
    return "".join(back.get(ch, ch) for ch in unicodedata.normalize("NFC", text)).encode(
        "latin-1", errors="replace"
    )


needs_viparse = pytest.mark.skipif(
    __import__("importlib").util.find_spec("viparse") is None,
    reason="viparse (unionextract[legacy]) is not installed",
)


@needs_viparse
@pytest.mark.parametrize("encoding", ["tcvn3", "vni", "viscii"])
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_legacy_documents_are_detected_and_converted(seed: Path, encoding: str) -> None:
    text = seed.read_text(encoding="utf-8")
    data = _legacy_bytes(text, encoding)
    decoded = decode(data)
    assert decoded.converted_from == encoding
    assert decode(data, encoding).text == decoded.text

    # TCVN3 has no capital accented letters and the tables cannot hold “ ” as one byte, so
    # compare case-folded, letters only; at least 99% of the characters come back the same
    def letters(s: str) -> str:
        return "".join(ch for ch in s.casefold() if ch.isalnum())

    got, want = letters(decoded.text), letters(text)
    assert difflib.SequenceMatcher(None, got, want, autojunk=False).ratio() > 0.99
    # and what is extracted is the same money and dates as from the Unicode original
    assert [m.amount for m in extract(decoded.text).money] == [
        m.amount for m in extract(text).money
    ]


@needs_viparse
@pytest.mark.parametrize(
    ("mojibake", "encoding", "unicode"),
    [
        ("Hµ Néi, ngµy 28 th¸ng 5 n¨m 2004", "tcvn3", "Hà Nội, ngày 28 tháng 5 năm 2004"),
        ("Ban ChÊp hµnh Trung ­¬ng", "tcvn3", "Ban Chấp hành Trung ương"),
        ("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "vni", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("Ñoäc laäp - Töï do - Haïnh phuùc", "vni", "Độc lập - Tự do - Hạnh phúc"),
    ],
)
def test_legacy_text_read_as_latin1_is_recognised_and_fixed(
    mojibake: str, encoding: str, unicode: str
) -> None:
    assert looks_legacy(mojibake)
    assert detect_legacy(mojibake) == encoding
    assert fix_text(mojibake) == (unicode, encoding)
    assert to_unicode(mojibake, encoding) == unicode
    assert decode(mojibake.encode("latin-1")).text == unicode


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_unicode_vietnamese_is_never_converted(seed: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    assert fix_text(text) == (text, None)
    assert fix_text(unicodedata.normalize("NFD", text))[1] is None


@needs_viparse
@pytest.mark.parametrize(
    "text",
    [
        "Señor García está aquí mañana con el niño",
        "Müller, Größe, Straße und Äpfel",
        "Café crème brûlée à la française, ½ €",
        "© 2021 ® ± µm ¼ ¾",
    ],
)
def test_other_latin_text_is_not_mistaken_for_legacy_vietnamese(text: str) -> None:
    assert fix_text(text) == (text, None)


def test_syllable_check() -> None:
    assert syllable_rate("Cộng hòa xã hội chủ nghĩa Việt Nam, nghiêng, khuỷu") == 1.0
    assert syllable_rate("Seđor mađana niđo") == 0.0


@needs_viparse
def test_legacy_names_and_aliases() -> None:
    assert set(LEGACY) == {"tcvn3", "vni", "viscii", "vps"}
    assert decode("Hµ Néi".encode("latin-1"), "ABC").text == "Hà Nội"
