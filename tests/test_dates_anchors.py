"""The anchored run of the date rules equals the full scan (issue #7).

``dates_anchors.run`` tries each rule only where a date can begin; these tests check that it
finds exactly the candidates of ``run_rules`` — same rules, spans, fields and order — on the
fixtures, the held-out texts, hostile strings and random strings made of date words.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from unionextract import rules
from unionextract.context import Context
from unionextract.extractors import dates, dates_anchors, dates_keys
from unionextract.normalize import normalize
from unionextract.rules import Candidate, run_rules

ROOT = Path(__file__).resolve().parent.parent
REF = dt.date(2021, 8, 15)


def _key(cands: list[Candidate]) -> list[tuple[Any, ...]]:
    return [(c.rule, c.start, c.end, c.priority, repr(c.fields)) for c in cands]


def _same(text: str, ref: dt.date | None) -> None:
    ctx = Context(normalize(text), ref)
    full = _key(run_rules(dates.RULES, ctx))
    assert _key(dates_anchors.run(dates.RULES, ctx)) == full, text[:200]


def _heldout() -> list[tuple[str, dt.date | None]]:
    out = []
    for name in ("heldout/heldout.jsonl", "heldout_b/heldout_b.jsonl"):
        path = ROOT / "tests" / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                r = json.loads(line)
                ref = r.get("reference_date")
                out.append((r["text"], dt.date.fromisoformat(ref) if ref else None))
    return out


@pytest.mark.parametrize("path", sorted((ROOT / "fixtures").glob("*.txt")), ids=lambda p: p.name)
def test_fixtures(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    _same(text, None)
    _same(text, REF)


@pytest.mark.parametrize("path", sorted((ROOT / "fixtures").glob("*.txt")), ids=lambda p: p.name)
def test_windowed_matching_equals_full_scan(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """run_at's window, tried first once matching is slow (always, here), changes nothing."""
    monkeypatch.setattr(rules, "_SLOW_MATCH", -1.0)
    monkeypatch.setattr(rules, "WINDOW", 24)
    text = path.read_text(encoding="utf-8")
    _same(text, REF)
    _same("Từ 0 giờ ngày 09/7/2021 đến 0 giờ ngày 24/7/2021, quý III và quý IV năm 2021. " * 5, REF)


def test_heldout() -> None:
    texts = _heldout()
    assert texts
    for text, ref in texts:
        _same(text, ref)
        _same(text, REF)


HOSTILE = [
    # the longest prefix before an anchor: LEAD_REACH lead words
    "kể từ rạng sáng, ngày mồng mươi trăm nghìn tháng 7 đến ngày 9/8/2021",
    "Kể từ rạng sáng ngày mồng 5 tháng 8 đến tối 9/8",
    "từ rạng sáng mươi trăm nghìn tháng 7 đến 2/9",
    "ngày      27/7 và ngày\n  28 tháng\n 7 năm     2021",
    "ngày\n\n27/7",
    ".ngày hôm qua, -ngày hôm kia, /ngày mai",
    "CÔNG BÁO/Số 1023/Ngày 25-11-2021",
    "T7/2021, t12/2020, AT7/2021",
    "quý II/2021, quý\nIII và quý IV năm 2021, quý ba, QUÝ I",
    "thứ Năm tuần tới " + "x " * 3000,
    "\u212aể từ ngày 5/8 đến ngày 9/8",  # a Kelvin sign folds to k
    "NGÀY 5 THÁNG 8 NĂM 2021, Tháng Giêng, THỨ HAI",
    "mươi tháng cuối năm tháng đầu năm 2022",
    "20 – 25/7/2021, 20 - 25/7, 20–25/7, 5 cho đến 9/8, 5 tới 9/8",
    "hai mươi tư tháng bảy năm hai không hai mốt",
    "ngày đầu tiên của tháng ba, tuần cuối cùng của tháng 9 năm 2017",
    "giai đoạn 2021–2025, nhiệm kỳ 2023 - 2028, các năm 2019, 2020 và 2021",
    "nửa đầu năm nay, nửa năm, 6 tháng đầu năm 2022",
    "rằm tháng Giêng, mùng 1 Tết, mồng 3, lễ giáng sinh, Noel",
    "thứ Sáu, ngày 20/8/2021; thứ Hai (2/8); Chủ nhật ngày mồng 9 tháng 4",
    "2021-07-27 12/2021 7/2021 3/3/17 27.7.2021 38.5 2/3 24/7",
    "tuần thứ 30 năm 2021, tuần 12/2022, tuần thứ 5 của năm nay",
    "năm2021 tháng7 ngày5/8 x5/8 _năm 2021 5/8_",
    "từ 18h ngày 16/8 đến 18h ngày 22/8/2021, từ 12 giờ 00 phút ngày 1/8",
    "١٢ tháng đầu năm 2022, ٣/٨",
    "Ngày 20 . 10 . 2021, 20 / 10 / 2021, 27. 7, Điều 5. Khoản 1.2 và 1.500.000 đồng",
    # case variants str.lower does not map to the rules' folding: "ſ" (s), "İ" (i, two chars)
    "từ ſáng 2/9 đến tối 4/9, kể từ \u212aỳ này, ngày 5 tháng 8 năm 2021",
    "HỌP NGÀY 5/8 LẦN THỨ İİ, từ 5 đến 9/8, Năm 2021",
    # a day with dots and no year after a dash is rejected by the rule; the gate skips it
    "1/2 - 3.4 - 5/6/2021, ngày 5 tháng 7 - 3.4 đến 5/6, từ 1/2 - 3.4.2021, 20-7 - 3.4 và 5.6",
    "sáng 1/2-3.4,5 1/2 – 3.4 đến ngày 9.8 và 2 - 3.4.21, 2 - sáng 3.4, 2 - 18h 3.4",
    "27 tháng 7 năm 2021, 5  tháng 7/2021 và tháng 8, Tháng 12 năm 2020, tháng 7 năm nay",
    "Hà Nội, ngày 5/8; trong 2 ngày 25 - 26/8, suốt hai  ngày\n27/8, trong 3 ngày, 28/8",
    # "ngày" and a figure: its tail names the rules tried (dates_keys.NGAY_TAILS)
    "ngày 5 tháng 8, ngày 5/8, ngày 5 - 8 - 2021, ngày 5 đến 9/8, ngày 5 tới ngày 9/8",
    "ngày 5 và 6/8/2021, ngày: 5/8, ngày 5 . 8 . 2021, NGÀY 5\nTHÁNG 8, ngày 20 - 25/7/2021",
    "ngày 5, 6 và 7/8; ngày 5/8 đến 9/8; ngày 5 tháng 8 và ngày 9 tháng 9 năm 2021, ngày T7/2021",
    "ngày 12/2020/NĐ-CP, ngày 5 - 18h 9/8, ngày 1/2-3.4, ngày 5 cho đến 9/8, ngày ١٢/٨",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile(text: str) -> None:
    _same(text, None)
    _same(text, REF)


#: The words the anchors are made of, a few capitalised, the joints of ranges and lists, figures.
_VOCAB = [
    *sorted(dates_anchors._LEAD_WORDS),
    *sorted(dates_anchors._ANCHOR_WORDS),
    *("Ngày", "Năm", "Tháng", "Tết", "I", "II", "III", "IV", "T7", "đến", "tới", "cho", "hết"),
    *("2021", "7", "27", "5", "12", "30", "2/8", "20-25", "7/2021", "15/8", "3", "18h"),
]
_SEPS = (" ", " ", " ", "  ", ", ", " - ", "–", "/", "-", ".", "\n", " (", ") ", " và ")


def random_texts(
    seed: int,
    count: int,
    vocab: Sequence[str] = _VOCAB,
    seps: Sequence[str] = _SEPS,
    most: int = 14,
) -> Iterator[str]:
    """``count`` texts of one to ``most`` words of ``vocab``, each followed by one of ``seps``."""
    rng = random.Random(seed)
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, most)):
            parts.append(rng.choice(vocab))
            parts.append(rng.choice(seps))
        yield "".join(parts)


def test_random_strings() -> None:
    for text in random_texts(7, 400):
        _same(text, REF)


def test_figure_rules_are_known() -> None:
    """``_AFTER_FIGURE`` lists what follows the figure of the rules that can begin with one;
    a new such rule must be checked against it."""
    figure_rules = {n for n, keys in dates_keys._FIRST_KEYS.items() if "#" in keys}
    assert figure_rules == {
        "<d>-<d>/<m>/<y>",
        "<d>/<m> âm lịch",
        "<d>/<m>/<y>",
        "<m>/<y> after a cue",
        "<n> tháng đầu năm <y>",
        "<y>-<m>-<d>",
        "ngày <d> tháng <m> năm <y>",
        "ngày <d>/<m>",
        "ngày <d>/<m> và <d>/<m>/<y>",
        "từ <date> đến <date>",
    }
    assert set(dates_keys._FIRST_KEYS) == {r.name for r in dates.RULES}
    assert set(dates_keys._FIGURE_TAILS) == figure_rules


def test_figure_tails_hold_every_match() -> None:
    """A rule's match that begins with a figure has, after the figure, a tail of the rule's
    kinds (``_FIGURE_TAILS``): checked at every position of the test texts."""
    texts = [*HOSTILE, *(p.read_text(encoding="utf-8") for p in (ROOT / "fixtures").glob("*.txt"))]
    texts += [t for t, _ in _heldout()[:100]]
    tail = re.compile(rf"t?\d+(?:{dates_anchors._FIGURE_TAIL})", re.IGNORECASE)
    for raw in texts:
        text = normalize(raw).text
        for rule in dates.RULES:
            kinds = dates_keys._FIGURE_TAILS.get(rule.name)
            if kinds is None:
                continue
            for p in range(len(text)):
                if not text[p].isdigit() or rule.pattern.match(text, p) is None:
                    continue
                m = tail.match(text, p)
                assert m is not None and m.lastgroup in kinds, (rule.name, text[p : p + 30])


def test_next_after_first_word_holds_every_match() -> None:
    """``_NEXT``: a rule listed as needing a figure (a word) right after its first word never
    matches at that word when the scan's mark says otherwise — at every position of the texts."""
    texts = [*HOSTILE, *(p.read_text(encoding="utf-8") for p in (ROOT / "fixtures").glob("*.txt"))]
    texts += [t for t, _ in _heldout()[:100]]
    mark = re.compile(r"[\W_]*t?\d")
    for raw in texts:
        text = normalize(raw).text
        for word, (need_figure, need_word) in dates_keys._NEXT.items():
            for w in re.finditer(rf"(?<![^\W_]){word}(?![^\W_])", text, re.IGNORECASE):
                marked = mark.match(text, w.end()) is not None
                for rule in dates.RULES:
                    if rule.name in (need_word if marked else need_figure):
                        assert rule.pattern.match(text, w.start()) is None, (rule.name, w.group())


def test_ngay_tails_hold_every_match() -> None:
    """``NGAY_TAILS``: a rule tried at "ngày" and a figure matches there only when the figure's
    tail (read on the lower case, as the scan does) is one of the rule's — at every "ngày"
    followed by a figure in the texts; every rule tried at "ngày#" is listed."""
    rules = [r for r in dates.RULES if "ngày" in dates_keys._FIRST_KEYS[r.name]]
    names = {r.name for r in rules} - dates_keys._NEXT["ngày"][1]
    assert set(dates_keys.NGAY_TAILS) == names
    texts = [*HOSTILE, *(p.read_text(encoding="utf-8") for p in (ROOT / "fixtures").glob("*.txt"))]
    texts += [t for t, _ in _heldout()[:100]]
    texts += [
        "ngày 5 tháng 8, ngày 5/8, ngày 5 - 8 - 2021, ngày 5 đến 9/8, ngày 5 tới ngày 9/8",
        "ngày 5 và 6/8/2021, ngày: 5/8, ngày 5 . 8 . 2021, NGÀY 5\nTHÁNG 8, ngày 20 - 25/7/2021",
        "ngày 5, 6 và 7/8; ngày 5/8 đến 9/8; ngày 5 tháng 8 và ngày 9 tháng 9 năm 2021",
    ]
    tail = re.compile(rf"\d+(?:{dates_anchors._FIGURE_TAIL})")
    for raw in texts:
        text = normalize(raw).text
        low = text.lower()
        for w in re.finditer(r"(?<![^\W_])ngày(?![^\W_])[\W_]*(?=\d)", low):
            t = tail.match(low, w.end())
            if t is None:
                continue  # no figure token: all the rules of "ngày#" are tried
            for rule in rules:
                if rule.name in names and rule.pattern.match(text, w.start()) is not None:
                    assert t.lastgroup in dates_keys.NGAY_TAILS[rule.name], (rule.name, w.group())


def test_lower_case_scan_folds_what_the_rules_fold() -> None:
    """The anchor scan reads ``text.lower()`` of normalized text: every character the rules'
    ``regex`` folding matches to a letter of the scan's words lowers to that letter, but for
    those normalization replaces ("ſ", "İ")."""
    import regex

    from unionextract.extractors.dates_common import FLAGS

    chars = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    from unionextract.extractors import dates_gates

    words = dates_anchors._ANCHOR_WORDS | dates_anchors._LEAD_WORDS | {"quý", "t"}
    words |= set(dates_gates.PATTERNS.values())  # the scan checks the figure rules' gates
    for letter in sorted({c for w in words for c in w if c.isalpha() and c == c.lower()}):
        for m in regex.finditer(regex.escape(letter), chars, FLAGS):
            c = m.group()
            assert c.lower() == letter or normalize(c).text != c, (letter, c)


def test_lookbehind_sees_before_the_start() -> None:
    """``run_at`` matches inside the full text: "x5/8" is no date though 5 is a start."""
    ctx = Context(normalize("x5/8 và 5/8"), REF)
    assert [(c.start, c.end) for c in dates_anchors.run(dates.RULES, ctx)] == [(8, 11)]
