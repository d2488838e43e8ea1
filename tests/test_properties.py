"""Property tests over random text: never raises, offsets true, per-kind order, NFD = NFC,
and the same output in another process.

The alphabet mixes what real documents contain with what breaks naive code: Vietnamese letters
in NFC and NFD, lone combining marks, zero-width and non-breaking spaces, emoji, control
characters, digits and separators, the words the rules key on, and very long tokens.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unionextract import Document, extract

WORDS = [
    "Số:", "số", "ngày", "tháng", "năm", "quý", "từ", "đến", "triệu", "tỷ", "nghìn", "đồng",
    "VNĐ", "USD", "%", "phần trăm", "khoảng", "hơn", "gần", "hàng chục", "đoàn viên",
    "suất quà", "Liên đoàn Lao động", "LĐLĐ", "UBND", "tỉnh", "huyện", "Công đoàn", "hai mươi",
    "mốt", "rưỡi", "hôm qua", "năm nay", "V/v", "Kính gửi:", "Nơi nhận:", "TM.", "(", ")",
    "732/LĐLĐ", "294-CV/TU", "27/7/2021", "12.000.000", "38,5", "2023-2028", "Hoà", "Thuỷ",
]  # fmt: skip
ODD = [
    "\u200b", "\u200c", "\u200d", "\ufeff", "\u00a0", "\u2009", "\u3000", "\u0301", "\u0323",
    "\u0309", "\u0303", "\u0300", "\u0302", "\u031b", "\u0306", "\x00", "\x07", "\x1b", "\x85",
    "\r", "\n", "\r\n", "\t", "\u2028", "\u2029", "😀", "👍🏽", "🇻🇳", "\ud7ff", "\U0010ffff",
    "Ð", "ð", "Ɖ", "–", "—", "‑", "−", "∕", "／", "“", "”", "…",
]  # fmt: skip
VIETNAMESE = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"

pieces = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(ODD),
    st.text(alphabet=VIETNAMESE + VIETNAMESE.upper() + "0123456789 .,/-:", max_size=12),
    st.integers(0, 10**12).map(str),
    st.text(max_size=4),  # anything at all, surrogates excluded by hypothesis
    st.builds(lambda c, n: c * n, st.sampled_from("1a/.(Đ "), st.integers(50, 400)),  # long tokens
)
texts = st.lists(pieces, max_size=30).flatmap(
    lambda parts: st.sampled_from([" ", "", "\n"]).map(lambda sep: sep.join(parts))
)

FAST = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)


def check_invariants(doc: Document) -> None:
    for kind in ("dates", "document_numbers", "money", "organizations", "counts", "percents"):
        mentions = getattr(doc, kind)
        for m in mentions:
            assert 0 <= m.start < m.end <= len(doc.text)
            assert doc.text[m.start : m.end] == m.text
        spans = [(m.start, m.end) for m in mentions]
        assert spans == sorted(spans), kind
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), f"{kind} overlap"
    for s in doc.sentences:
        assert 0 <= s.start <= s.end <= len(doc.text)


def values(doc: Document) -> list[tuple[str, str]]:
    """What was found, without where: (kind, value fields) of every mention."""
    out = []
    for m in doc.mentions():
        fields = m.model_dump(mode="json", exclude={"text", "start", "end", "name"})
        out.append((m.kind, json.dumps(fields, sort_keys=True, ensure_ascii=False)))
    return out


@FAST
@given(texts)
def test_random_text_never_raises_and_keeps_every_invariant(text: str) -> None:
    doc = extract(text)
    assert doc.text == text
    check_invariants(doc)
    assert Document.model_validate_json(doc.model_dump_json()) == doc


@FAST
@given(texts)
def test_nfd_input_gives_the_same_values_as_nfc(text: str) -> None:
    nfc = unicodedata.normalize("NFC", text)
    nfd = unicodedata.normalize("NFD", text)
    doc = extract(nfd)
    check_invariants(doc)
    assert values(doc) == values(extract(nfc))


def test_the_same_input_gives_the_same_output_in_another_process() -> None:
    samples = [
        " ".join(WORDS),
        "".join(ODD) + " ".join(WORDS[::-1]),
        unicodedata.normalize("NFD", " ".join(WORDS)),
        "\n".join(w * 3 for w in WORDS),
    ]
    code = (
        "import json, sys\n"
        "from unionextract import extract\n"
        "texts = json.loads(sys.stdin.read())\n"
        "print(json.dumps([extract(t).model_dump_json() for t in texts]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps(samples),
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONHASHSEED": "12345", "PATH": ""},
    )
    theirs = json.loads(out.stdout)
    assert theirs == [extract(t).model_dump_json() for t in samples]
