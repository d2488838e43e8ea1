"""Fuzz unionextract with hypothesis: ``make fuzz`` (``FUZZ_ARGS="--seconds 600"``).

Targets (each also runs briefly inside the test suite, tests/test_fuzz_regressions.py):

- ``extract``: any text → never raises; offsets true; per-kind sorted and disjoint; NFD gives
  the values of NFC; JSON round trip.
- ``parse_number``: any text → a Decimal or NumberParseError (a ValueError), nothing else.
- ``decode``: any bytes → text or DecodeError; legacy conversion never raises otherwise.
- ``json_record``: any line of a JSON Lines input → a record or a reported error.

A failure prints the smallest input hypothesis found; add it to ``CRASHERS`` in
tests/test_fuzz_regressions.py so it stays fixed. ``--huge`` also checks the scale limits:
extract on 2.5 MB and 10 MB of text (time grows linearly) and the command line streaming a
50 MB JSON Lines file (peak memory bounded by the largest document, not the file).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unionextract import Document, NumberParseError, extract, parse_number
from unionextract.encodings import DecodeError, decode, fix_text

_WORDS = (  # noqa: SIM905  (one readable run of words beats a 70-item literal)
    "Số: ngày tháng năm quý từ đến triệu tỷ nghìn trăm đồng VNĐ USD % phần trăm khoảng hơn gần "
    "hàng chục đoàn viên suất quà Liên đoàn Lao động LĐLĐ UBND tỉnh huyện Công đoàn hai mươi "
    "mốt rưỡi linh lẻ phẩy chấm hôm qua năm nay V/v Kính gửi: Nơi nhận: TM. ( ) / - . , : "
    "732/LĐLĐ 294-CV/TU 27/7/2021 12.000.000 38,5 2023-2028 Hoà Thuỷ âm lịch trở lên"
).split()
_ODD = list("\u200b\u200c\u200d\ufeff\u00a0\u2009\u0301\u0323\u0309\u0303\u0300\u0302\u031b")
_ODD += ["\x00", "\x1b", "\x85", "\r\n", "\u2028", "😀", "🇻🇳", "Ð", "–", "−", "∕", "“", "…"]

# letters that case folding reads as others ("ſ" as s, "İ" as i, "K" Kelvin as k) inside words
_FOLDS = {"s": "ſ", "i": "İ", "k": "\u212a"}

PIECES = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(_ODD),
    st.sampled_from(_WORDS).map(lambda w: "".join(_FOLDS.get(c, c) for c in w)),
    st.text(max_size=6),
    st.integers(0, 10**15).map(str),
    st.from_regex(r"[0-9]{1,4}([./,-][0-9]{1,4}){0,4}", fullmatch=True),
    st.builds(lambda c, n: c * n, st.sampled_from("1a/.(Đ -"), st.integers(20, 300)),
)
TEXTS = st.lists(PIECES, max_size=40).flatmap(
    lambda parts: st.sampled_from([" ", "", "\n"]).map(lambda sep: sep.join(parts))
)


def check_extract(text: str) -> None:
    doc = extract(text)
    assert doc.text == text
    for kind in ("dates", "document_numbers", "money", "organizations", "counts", "percents"):
        spans = []
        for m in getattr(doc, kind):
            assert text[m.start : m.end] == m.text, (kind, m)
            spans.append((m.start, m.end))
        assert spans == sorted(spans), kind
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), kind
    assert Document.model_validate_json(doc.model_dump_json()) == doc
    nfd = extract(unicodedata.normalize("NFD", text))
    nfc = extract(unicodedata.normalize("NFC", text))
    strip = {"text", "start", "end", "name"}
    assert [m.model_dump(exclude=strip) for m in nfd.mentions()] == [
        m.model_dump(exclude=strip) for m in nfc.mentions()
    ]


def check_parse_number(text: str) -> None:
    try:
        assert isinstance(parse_number(text), Decimal)
    except NumberParseError:
        pass


def check_decode(data: bytes) -> None:
    try:
        text = decode(data).text
    except DecodeError:
        return
    assert isinstance(text, str)
    fix_text(text)


_ARGS = argparse.Namespace(
    text_field="text", id_field="id", date_field="date", encoding="auto", reference_date=None
)


def check_record(raw: bytes) -> None:
    """A JSON Lines line of any bytes becomes a record or a reported error, never an exception."""
    from unionextract.cli import Record, _json_record

    rec = _json_record(raw, "fuzz.jsonl", 1, _ARGS)
    assert isinstance(rec, Record) and rec.line == 1
    if rec.error is None:
        assert isinstance(rec.text, str)
        rec.text.encode("utf-8")


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | TEXTS | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=8,
)
_RECORDS = st.one_of(
    st.binary(max_size=200),
    st.fixed_dictionaries(
        {}, optional={"id": _JSON_VALUES, "text": _JSON_VALUES, "date": _JSON_VALUES}
    ).map(lambda d: json.dumps(d, ensure_ascii=False).encode("utf-8", "surrogatepass")),
    st.integers(1, 5000).map(lambda n: b"[" * n),
)

TARGETS: dict[str, tuple[Callable[..., None], st.SearchStrategy[object]]] = {
    "extract": (check_extract, TEXTS),
    "parse_number": (check_parse_number, st.one_of(TEXTS, st.text(max_size=30))),
    "decode": (check_decode, st.one_of(st.binary(max_size=300), TEXTS.map(str.encode))),
    "json_record": (check_record, _RECORDS),
}


def fuzz(name: str, examples: int, seed: int | None = None) -> None:
    """Run one target for ``examples`` inputs (raises hypothesis' minimal failure)."""
    check, strategy = TARGETS[name]
    run = settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=seed is not None,
        suppress_health_check=list(HealthCheck),
    )(given(strategy)(check))
    run()


_MEASURED_CLI = (
    "import sys\n"
    "from unionextract.cli import main\n"
    "try:\n"
    "    code = main(sys.argv[1:])\n"
    "finally:\n"
    "    with open('/proc/self/status') as fh:\n"
    "        peak = [line.split()[1] for line in fh if line.startswith('VmHWM')]\n"
    "    print('PEAK_KIB', *peak, file=sys.stderr)\n"
    "raise SystemExit(code)\n"
)


def _cli_peak(args: list[str]) -> tuple[float, int]:
    """Seconds and peak resident memory (KiB, VmHWM of that process alone) of a CLI run."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _MEASURED_CLI, *args], capture_output=True, text=True, check=False
    )
    peaks = [line.split()[1] for line in done.stderr.splitlines() if line.startswith("PEAK_KIB")]
    return time.perf_counter() - start, int(peaks[0]) if peaks else -1


def huge() -> None:
    paragraph = (
        "Ngày 27/7/2021, LĐLĐ tỉnh Lai Châu trao 65 suất quà trị giá 38,5 triệu đồng cho đoàn "
        "viên (Công văn số 732/LĐLĐ), tăng 12% so với năm 2020.\n"
    )
    with tempfile.TemporaryDirectory() as tmp:
        cases = [  # label, records, paragraphs per record, paragraphs of one extra record
            ("small file", 20, 40, 0),
            ("50 MB file", 50_000_000 // (len(paragraph.encode()) * 40 + 20), 40, 0),
            ("small file + one record 100× larger", 20, 40, 4000),
        ]
        for label, count, paragraphs, extra in cases:
            path = os.path.join(tmp, "in.jsonl")
            record = json.dumps({"id": 0, "text": paragraph * paragraphs}, ensure_ascii=False)
            with open(path, "w", encoding="utf-8") as fh:
                for _ in range(count):
                    fh.write(record + "\n")
                if extra:
                    fh.write(json.dumps({"id": 1, "text": paragraph * extra}) + "\n")
            seconds, peak = _cli_peak(["-q", "-o", os.devnull, path])
            mb = os.path.getsize(path) / 1e6
            print(
                f"CLI, {label}: {mb:.1f} MB of JSON Lines ({count} records of "
                f"{len(record) / 1e3:.0f} kB): {seconds:.1f}s, peak RSS {peak / 1024:.0f} MiB",
                flush=True,
            )
    times = {}
    for size in (2_500_000, 10_000_000):
        text = paragraph * (size // len(paragraph))
        start = time.perf_counter()
        extract(text)
        times[size] = time.perf_counter() - start
        print(f"extract {len(text) / 1e6:.1f} M chars: {times[size]:.1f}s", flush=True)
    ratio = times[10_000_000] / times[2_500_000]
    print(f"4× the text took {ratio:.2f}× the time ({'linear' if ratio <= 6 else 'NOT LINEAR'})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=120, help="time budget (default 120)")
    parser.add_argument("--targets", default=",".join(TARGETS), help="comma-separated targets")
    parser.add_argument("--huge", action="store_true", help="also run the scale checks")
    args = parser.parse_args()
    names = [n for n in args.targets.split(",") if n]
    deadline = time.monotonic() + args.seconds
    rounds = 0
    while time.monotonic() < deadline:
        for name in names:
            fuzz(name, examples=200)
        rounds += 1
        print(f"round {rounds}: {len(names)} targets × 200 inputs, no failure", flush=True)
    if args.huge:
        huge()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
