"""Reading bytes as text, including the legacy 8-bit Vietnamese encodings of old documents.

Old dispatches were typed in TCVN3 (ABC, ``.VnTime`` fonts), VNI (``VNI-Times``) or VISCII.
Read as UTF-8 they fail; read as Latin-1 (or scraped from the web that way) they give
"Hµ Néi, ngµy 28 th¸ng 5" — text on which every extractor would silently find garbage.
This module never lets that happen: such text is either converted to Unicode or refused with
an error that names the encoding.

The conversion tables and the content-based detector are those of the ``viparse`` package
(MIT; ``pip install unionextract[legacy]``; Python ≥ 3.11), chosen after converting the seed
documents to each encoding and back (see ``tests/test_robustness.py``). Without it, text that
looks legacy-encoded is refused, naming the probable family.

>>> decode("Hà Nội".encode()).text
'Hà Nội'
>>> decode(b"\\xef\\xbb\\xbfS\\xe1\\xbb\\x91 1").text   # a UTF-8 byte-order mark is dropped
'Số 1'
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from .errors import UnionExtractError

#: Legacy Vietnamese encodings, by the name ``--encoding`` takes, with a readable label.
LEGACY: dict[str, str] = {
    "tcvn3": "TCVN3 (ABC, .VnTime fonts)",
    "vni": "VNI (VNI-Times fonts)",
    "viscii": "VISCII",
    "vps": "VPS",
}
_ALIASES = {"abc": "tcvn3", "tcvn": "tcvn3", "tcvn-3": "tcvn3", "vni-windows": "vni"}

# Latin-1 characters a Vietnamese text in Unicode never contains but legacy text read as
# Latin-1 is full of (µ=à, ¸=á, ¶=ả, ®=đ, ¬=ơ in TCVN3; Ä Ø Õ Ù Ö Ñ ö ø ï in VNI), plus the C1
# control codes VISCII puts letters in. Vietnamese letters of Latin-1 (à á â ã è é ê ì í ò ó ô
# õ ù ú ý and their capitals) are left out.
_VIETNAMESE_LATIN1 = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
_SUSPECT = frozenset(
    chr(c) for c in range(0x80, 0x100) if chr(c) not in _VIETNAMESE_LATIN1 and c != 0xA0
)
_SUSPECT_RE = regex.compile("[" + regex.escape("".join(sorted(_SUSPECT))) + "]")
_LETTER_RE = regex.compile(r"\p{L}")
# Letters only Unicode Vietnamese has (ă â đ ơ ư and the tone-marked vowels beyond Latin-1).
_UNICODE_ONLY_RE = regex.compile(r"[^\P{L}\x00-\xff]")


# byte-order marks that name their encoding (UTF-32 first: its LE mark starts like UTF-16's)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class DecodeError(UnionExtractError, ValueError):
    """Bytes that cannot be read as text; the message says why and what to do."""


class LegacyEncodingError(DecodeError):
    """Text in a legacy Vietnamese encoding that cannot be converted here."""

    def __init__(self, encoding: str, message: str) -> None:
        self.encoding = encoding
        super().__init__(message)


@dataclass(frozen=True)
class Decoded:
    """Text read from bytes, and how: ``encoding`` used, ``converted_from`` a legacy one."""

    text: str
    encoding: str
    converted_from: str | None = None


def canonical_encoding(name: str) -> str:
    """``auto``, a legacy name (``tcvn3``, ``vni``, ``viscii``, ``vps``) or a Python codec.

    >>> canonical_encoding("ABC"), canonical_encoding("UTF8"), canonical_encoding("auto")
    ('tcvn3', 'utf-8', 'auto')
    """
    key = name.strip().lower()
    key = _ALIASES.get(key, key)
    if key == "auto" or key in LEGACY:
        return key
    try:
        return codecs.lookup(key).name
    except LookupError:
        raise DecodeError(
            f"unknown encoding {name!r}; use auto, utf-8, cp1258, utf-16, "
            f"{', '.join(LEGACY)} or another Python codec name"
        ) from None


@cache
def _viparse() -> Any:
    """viparse's tables and detector, or ``None`` when it is not installed."""
    try:
        # viparse ships no type information
        from viparse.normalize import (  # type: ignore[import-untyped,import-not-found,unused-ignore]
            detector,
            encodings,
            tables,
        )
    except ImportError:  # optional: pip install unionextract[legacy]
        return None
    return detector, encodings, tables


def looks_legacy(text: str) -> bool:
    """Whether ``text`` has the marks of legacy Vietnamese read as Latin-1 (cheap pre-check).

    >>> looks_legacy("Hµ Néi, ngµy 28 th¸ng 5 n¨m 2004"), looks_legacy("Hà Nội, ngày 28 tháng 5")
    (True, False)
    """
    found = _SUSPECT_RE.finditer(text)
    if next(found, None) is None or next(found, None) is None:
        return False  # almost every text: fewer than two suspects, no need to count letters
    suspect = len(_SUSPECT_RE.findall(text))
    letters = len(_LETTER_RE.findall(text))
    unicode_only = len(_UNICODE_ONLY_RE.findall(text))
    return suspect > 4 * unicode_only and suspect * 50 >= letters


def detect_legacy(text: str) -> str | None:
    """The legacy encoding ``text`` (read as Latin-1) is in, or ``None`` for Unicode text.

    Uses viparse's content detector; without viparse, raises :class:`LegacyEncodingError`
    for text that :func:`looks_legacy` (it cannot be read correctly either way).
    """
    if not looks_legacy(text):
        return None
    lib = _viparse()
    if lib is None:
        raise LegacyEncodingError(
            "legacy",
            "looks like Vietnamese in a legacy 8-bit encoding (TCVN3/ABC, VNI or VISCII); "
            "install unionextract[legacy] (viparse) to convert it, or convert it to UTF-8 first",
        )
    detector, encodings, tables = lib
    found = detector.detect_encoding_by_content(text, encodings.AUTO_DETECT_CHARMAPS)
    if found.encoding not in LEGACY:
        return None
    # viparse's own guard against other Latin languages is weak on short text ("Señor
    # mañana" reads as VNI): accept only a conversion whose new words are Vietnamese syllables
    converted = tables.convert(text, encodings.CHARMAPS[found.encoding], "NFC")
    return str(found.encoding) if syllable_rate(converted) >= _MIN_SYLLABLE_RATE else None


_TONES = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))
_SYLLABLE = regex.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"[aăâeêioôơuưy]{1,3}(?:ng|nh|ch|[cmnpt])?"
)
_WORD = regex.compile(r"[^\W\d_]{2,}")
_MIN_SYLLABLE_RATE = 0.85


def syllable_rate(text: str) -> float:
    """Share of the non-ASCII words of ``text`` that are well-formed Vietnamese syllables.

    >>> syllable_rate("Hà Nội, ngày 28 tháng 5"), syllable_rate("Seđor García mađana")
    (1.0, 0.0)
    """
    words = [w for w in _WORD.findall(text) if not w.isascii()]
    if not words:
        return 1.0
    good = 0
    for word in words:
        bare = unicodedata.normalize(
            "NFC", unicodedata.normalize("NFD", word.lower()).translate(_TONES)
        )
        good += _SYLLABLE.fullmatch(bare) is not None
    return good / len(words)


def to_unicode(text: str, encoding: str) -> str:
    """Convert ``text`` holding legacy ``encoding`` code points (read as Latin-1) to NFC."""
    encoding = canonical_encoding(encoding)
    if encoding not in LEGACY:
        raise DecodeError(
            f"not a legacy Vietnamese encoding: {encoding!r}; use {', '.join(LEGACY)}"
        )
    lib = _viparse()
    if lib is None:
        raise LegacyEncodingError(
            encoding,
            f"text in {LEGACY[encoding]} needs the viparse package to convert: "
            "pip install unionextract[legacy] (Python ≥ 3.11)",
        )
    _, encodings, tables = lib
    converted: str = tables.convert(text, encodings.CHARMAPS[encoding], "NFC")
    return converted


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def _surface(data: bytes) -> str:
    """Legacy bytes as the code points viparse's tables key on (UTF-8 if it is, else Latin-1)."""
    try:
        return _strip_bom(data.decode("utf-8"))
    except UnicodeDecodeError:
        return data.decode("latin-1")


def decode(data: bytes, encoding: str = "auto") -> Decoded:
    """Read ``data`` as text. ``auto``: UTF-8 (or UTF-16 with its byte-order mark), converting
    legacy Vietnamese when detected; a legacy name converts; any other codec decodes strictly.

    Raises :class:`DecodeError` for binary data and bytes that are not text in the encoding.
    """
    encoding = canonical_encoding(encoding)
    if encoding == "auto":
        for bom, codec in _BOMS:
            if data.startswith(bom):
                try:
                    return Decoded(data.decode(codec), codec)
                except UnicodeDecodeError as exc:
                    raise DecodeError(f"not valid {codec} text (byte {exc.start})") from None
    if b"\x00" in data[:65536] and not encoding.startswith(("utf-16", "utf-32")):
        raise DecodeError("looks like a binary file (it contains NUL bytes), not text")
    if encoding in LEGACY:
        return Decoded(to_unicode(_surface(data), encoding), encoding, encoding)
    if encoding != "auto":
        try:
            return Decoded(_strip_bom(data.decode(encoding)), encoding)
        except UnicodeDecodeError as exc:
            raise DecodeError(
                f"not valid {encoding} text (byte {exc.start}); choose the encoding with --encoding"
            ) from None
    try:
        text = _strip_bom(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        surface = data.decode("latin-1")
        legacy = detect_legacy(surface)
        if legacy is None:
            raise DecodeError(
                f"not valid UTF-8 text (byte {exc.start}) and not a legacy Vietnamese encoding "
                "that could be recognised; choose the encoding with --encoding "
                f"(e.g. cp1258, utf-16, {', '.join(LEGACY)})"
            ) from None
        return Decoded(to_unicode(surface, legacy), legacy, legacy)
    legacy = detect_legacy(text)
    if legacy is None:
        return Decoded(text, "utf-8")
    return Decoded(to_unicode(text, legacy), "utf-8", legacy)


def fix_text(text: str) -> tuple[str, str | None]:
    """``text`` with legacy Vietnamese converted when detected, and the encoding it was in.

    >>> fix_text("Hà Nội")
    ('Hà Nội', None)
    """
    legacy = detect_legacy(text)
    if legacy is None:
        return text, None
    return unicodedata.normalize("NFC", to_unicode(text, legacy)), legacy
