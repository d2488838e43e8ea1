"""The anchored run of the quantity kinds (money, counts, percents) finds exactly what a full
scan finds: rules tried only at numbers and at lead words before them (issue #7), and for money
and percents only in the stretches read back from a cue (a currency, "%")."""

from __future__ import annotations

import json
import random
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
import regex

from unionextract import lexicons, quantity, quantity_anchors, rules
from unionextract.context import Context
from unionextract.extractors import counts, money, money_cues, percents
from unionextract.normalize import normalize
from unionextract.numbers import NUMBER_WORDS

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = sorted((ROOT / "fixtures").glob("*.txt"))
MODULES = (money, counts, percents)


def _longest(words: Iterable[str]) -> str:
    return max(words, key=len)


_CUE = _longest([*lexicons.words("money_cues.tsv"), *(f"mỗi {u}" for u in money._PER_UNITS)])
_QUAL = _longest(quantity.QUALIFIER_WORDS)

HOSTILE = [
    "khoảng          5 người, trên\t3 hộ, từ    5   đến   7   triệu đồng",
    "TRÊN 5 TỶ ĐỒNG, Khoảng 30% và HÀNG CHỤC NGƯỜI",
    "5tiền 3 triệu, 12số tiền 4 tỷ, ²tiền 5 triệu.",
    "không một đồng nào, không 5 người, không quá 7 người",
    "VN$1000, US$ 5, $1,500, € 20, EUR 20-EUR 30, xấp xỉ VND1000-VND2000",
    f"{_CUE} : trung bình {_QUAL} 5 triệu.",
    f"{_CUE}    :    trung bình    {_QUAL}     5 triệu.",
    f"khoảng từ {_QUAL} 30 người và giữa 5 và 7 %",
    "mỗi người 1,5 triệu; mỗi suất   500 nghìn.",
    "dăm ba trăm người, vài chục triệu đồng, mấy nghìn lượt đoàn viên",
    "năm sáu người, hai ba triệu đồng, một trăm linh năm hộ",
    "1" * 300 + " người " + "trên " * 200 + "5 hộ",
    " " * 500 + "khoảng" + " " * 500 + "5 người",
    "từ 5 đến 7 người Điều 5 Luật 3 Thông tư 10 4,20 x 3 phần trăm",
    "xấp xỉ USDhai-USDba, từ VNDmột trăm - VNDhai trăm, EUR5-EUR7 và giữa 5 EUR và 7 EUR",
    "5 US$, 7US$, 9 VN$, triệu$, 1.000đ-2.000đ, 5 đ/c, năm 2020 đồng, 5 đ",
    "İstanbul: trên 5 triệu đồng, 12% và số tiền 3 tỷ",
    "Kinh phí   :   là   khoảng 1.200.000; mỗi năm 5 triệu; mỗi   người 2 tỷ, tiền 5",
    "5 PHẦN TRĂM, 7 Phần Trăm, 9 phần trămx, 3 % - 4 %, 5 ~ 6 phần trăm, 10%%",
    "5%5%6%7 % 8 phần trăm 9 PHẦN TRĂM 10 % 11%",
    "5% ĐẾN 7%, 3 TỚI 4 %, GIỮA 5 VÀ 6 PHẦN TRĂM",
    "mỗi F0 5 triệu; mỗi F1 1.200.000, mỗi F2: 3 tỷ. MỖI F3   2,5 TRIỆU, mỗi F01.200.000",
    "tiền 1.200.000; Kinh phí:1.200.000. mỗi năm 5 triệu, mỗi năm 1.2.3.400 và tiền5 triệu",
]


def _full(mod: Any, ctx: Context) -> list[tuple[Any, ...]]:
    return _rows(quantity.run(mod.RULES, ctx))


def _anchored(mod: Any, ctx: Context) -> list[tuple[Any, ...]]:
    return _rows(mod.extract(ctx))


def _rows(cands: Any) -> list[tuple[Any, ...]]:
    return [(c.kind, c.start, c.end, c.rule, c.priority, sorted(c.fields.items())) for c in cands]


@pytest.mark.parametrize("mod", MODULES, ids=lambda m: m.KIND)
@pytest.mark.parametrize("text", HOSTILE)
def test_anchored_equals_full_scan_on_hostile_text(mod: Any, text: str) -> None:
    ctx = Context(normalize(text), None)
    assert _anchored(mod, ctx) == _full(mod, ctx)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_anchored_equals_full_scan_on_fixtures(path: Path) -> None:
    ctx = Context(normalize(path.read_text(encoding="utf-8")), None)
    for mod in MODULES:
        assert _anchored(mod, ctx) == _full(mod, ctx), mod.KIND


def test_the_longest_prefix_is_found() -> None:
    """The longest cue, filler and qualifier (one not starting with a number word, which
    would be an anchor itself) before a number: within REACH, and a shorter reach misses it."""
    qual = _longest(w for w in quantity.QUALIFIER_WORDS if w.split()[0] not in NUMBER_WORDS)
    text = f"{_CUE} : {_longest(money._FILLERS)} {qual} 5 triệu."
    ctx = Context(normalize(text), None)
    found = _anchored(money, ctx)
    assert [r[1:3] for r in found] == [(text.index(qual), len(text) - 1)]
    assert found == _full(money, ctx)
    distance = text.index(" 5 ") + 1
    assert distance <= money.REACH
    short = quantity.Anchors(money.ANCHORS.leads, (), distance - 1)
    assert quantity.run_anchored(money.RULES, ctx, short) == []


def test_reach_counts_a_run_of_spaces_as_one() -> None:
    a = quantity.Anchors(quantity.first_words(["khoảng"]), (), len("khoảng "))
    assert a.starts("khoảng 5") == [0, 7]
    assert a.starts("khoảng" + " " * 50 + "5") == [0, 56]
    assert a.starts("x khoảng 5") == [2, 9]
    assert a.starts("khoảngx 5") == [8]


def test_lead_signs_must_be_signs() -> None:
    with pytest.raises(ValueError):
        quantity.Anchors((), ["a"], 5)


@pytest.mark.parametrize("path", FIXTURES[:3], ids=lambda p: p.stem)
def test_windowed_matching_equals_full_scan(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window tried first once matching is slow (always, here) changes nothing."""
    monkeypatch.setattr(rules, "_SLOW_MATCH", -1.0)
    monkeypatch.setattr(rules, "WINDOW", 24)
    for text in (path.read_text(encoding="utf-8"), *HOSTILE):
        ctx = Context(normalize(text), None)
        for mod in MODULES:
            assert _anchored(mod, ctx) == _full(mod, ctx), mod.KIND


def test_simple_case_folding_keeps_the_meaning() -> None:
    """Simple and full case folding differ only where a character folds to several letters
    ("ß" → "ss"): no rule pattern contains such letters, nor such a character."""
    folds = {f for f in (chr(c).casefold() for c in range(0x110000)) if len(f) > 1}
    for mod in MODULES:
        for rule in mod.RULES:
            assert rule.pattern.pattern.startswith(quantity.SIMPLE_FOLD), rule.name
            text = rule.pattern.pattern.casefold()
            assert not [f for f in folds if f in text], rule.name
            assert not [c for c in set(rule.pattern.pattern) if len(c.casefold()) > 1]


# --- cue-first (quantity.Stretch): money and percents -----------------------------------------

_CUED = (money, percents)
_MORE_PIECES = (
    "5 12 007 38,5 38.5 1.200.000 150,000 12 000 1tr2 5tr 500k 3M 2021 mỗi người tháng Điều"
    " khoản năm hợp x USDhai VNĐ5 ĐỒNG TRIỆU Tỷ : , . ; ( ) - / ~ $ % € 5% 12,5 % 7phần 5-7%"
    " 3 tỷ 1.200.000đ 5 đồng $5 USD 5 1tr2đ hai mươi"
)
_PIECES = [
    *money.CURRENCIES,
    *money._PREFIXES,
    *money._CUE_WORDS,
    *money._FILLERS,
    *money._SUBUNITS,
    *NUMBER_WORDS,
    *quantity.QUALIFIER_WORDS,
    *quantity.RANGE_WORDS,
    *quantity.TAIL_WORDS,
    *quantity.MAGNITUDE_WORDS,
    *lexicons.words("percent_signs.tsv"),
    *_MORE_PIECES.split(" "),
]
_SEPARATORS = ["", " ", " ", " ", "  ", "   "]


def _generated(seed: int, n: int = 80) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(_PIECES) + rng.choice(_SEPARATORS) for _ in range(n))


@pytest.mark.parametrize("seed", range(60))
def test_cue_first_equals_full_scan_on_generated_text(seed: int) -> None:
    ctx = Context(normalize(_generated(seed)), None)
    for mod in _CUED:
        assert _anchored(mod, ctx) == _full(mod, ctx), mod.KIND


_GAZETTE = ROOT.parent / "shared" / "corpus" / "legal_gazette_public.jsonl"


@pytest.mark.skipif(not _GAZETTE.exists(), reason="the gazette corpus is not here")
def test_cue_first_equals_anchored_run_on_the_gazette() -> None:
    """On 400 kB of legal text, the cue-first run finds what the run at every anchor finds
    (equal to a full scan, as the tests above show)."""
    size = 0
    with _GAZETTE.open(encoding="utf-8") as f:
        for line in f:
            text = json.loads(line).get("text") or ""
            ctx = Context(normalize(text), None)
            for mod in _CUED:
                plain = _rows(quantity.run_anchored(mod.RULES, ctx, mod.ANCHORS))
                assert _anchored(mod, ctx) == plain, mod.KIND
            size += len(text)
            if size > 400_000:
                break


def test_cue_first_reads_no_rule_where_there_is_no_cue() -> None:
    text = "Điều 5. Khoản 3 Điều 12 Nghị định số 15/2020, ngày 3 tháng 5 năm 2021, hợp đồng"
    spans = money._STRETCH.spans(text, [text.index("đồng")])
    assert spans == [(len(text) - 5, len(text) - 4)]  # " " before "đồng", then "hợp" stops it
    assert money.ANCHORS.starts_in(text, spans) == []  # "ĐỒNG" leads, but to no number
    ctx = Context(normalize(text), None)
    assert money.extract(ctx) == percents.extract(ctx) == []


def test_lower_casing_finds_every_case_insensitive_cue() -> None:
    """A cue the rules match with simple case folding is found in the lower-cased text: every
    character that folds to one of its letters lower-cases to the same letter, or to several
    (and then the lower-cased text is longer, and the kind runs at every anchor instead)."""
    literals = [*money.SCALE_WORDS, *lexicons.words("percent_signs.tsv"), *quantity.SEP_WORDS]
    letters = {c for w in literals for c in w if c.isalpha()}
    for c in sorted(letters):
        fold = regex.compile(quantity.SIMPLE_FOLD + regex.escape(c), regex.V1 | regex.IGNORECASE)
        for code in range(0x110000):
            other = chr(code)
            if fold.fullmatch(other):
                assert other.lower() == c.lower() or len(other.lower()) > 1, (c, hex(code))


def test_a_cue_inside_a_later_span_adds_nothing() -> None:
    s = quantity.Stretch(["trên", "đồng"])
    text = "x trên 5 đồng 6 đồng 7 đồng"
    cues = [i for i in range(len(text)) if text.startswith("đồng", i)]
    assert s.spans(text, cues) == s.spans(text, cues[-1:]) == [(1, len(text) - 4)]


@pytest.mark.parametrize("seed", range(30))
def test_starts_in_spans_are_the_starts_there(seed: int) -> None:
    """Anchors.starts_in reads only the spans (and a lead word's reach after one) and gives
    what Anchors.starts gives there."""
    text = normalize(_generated(seed, 60)).text
    rng = random.Random(seed)
    tokens = sorted(m.start() for m in quantity_anchors._TOKEN.finditer(text))
    for anchors in (*(mod.ANCHORS for mod in (*_CUED, counts)), money._FOUR_ANCHORS):
        starts = anchors.starts(text)
        assert anchors.starts_in(text, [(0, len(text))]) == starts
        cut = sorted(rng.sample(tokens, 6))
        spans = [(cut[0], cut[1]), (cut[2], cut[3] - 1), (cut[4], cut[5])]
        want = [p for p in starts if any(a <= p <= b for a, b in spans)]
        assert anchors.starts_in(text, spans) == want


@pytest.mark.parametrize("window", [6, 7, 8, 11, 16, 29])
def test_reading_back_by_windows_changes_nothing(
    window: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stretch is read back a window at a time; a window that cuts a run of letters
    reads on, so the spans are those of one reading (here windows of a few characters)."""
    s = quantity.Stretch(["triệu", "nghìn", "trên"])
    texts = [
        "x " + "triệu nghìn " * 40 + "5 đồng",
        "Điều trên  5   triệu, xtriệu 5 nghìn đồng; trên 7 đồng",
        "abcdefghijklmnop triệu đồng",
    ]
    for text in texts:
        cues = [i for i in range(len(text)) if text.startswith("đồng", i)]
        want = s.spans(text, cues)
        monkeypatch.setattr(quantity_anchors, "_BACK_WINDOW", window)
        assert s.spans(text, cues) == want
        monkeypatch.undo()
    assert s.spans(texts[0], [len(texts[0]) - 4]) == [(1, len(texts[0]) - 4)]


def _reference_starts(anchors: quantity.Anchors, text: str) -> list[int]:
    """Anchors.starts written plainly: a loop over the words, each number, and each lead word
    within reach before a number."""
    numbers, leads = [], []
    for m in quantity_anchors._TOKEN.finditer(text):
        w, f = m.group(), m.group().casefold()
        if w[0].isdecimal() or f in quantity_anchors._CORE_FOLDED:
            numbers.append(m.start())
        elif f in anchors.leads or w in anchors.cased:
            leads.append(m.start())
    out = set(numbers)
    for a in numbers:
        first = quantity.reach_back(text, a, anchors.reach)
        out.update(p for p in leads if first <= p < a)
    return sorted(out)


@pytest.mark.parametrize("seed", range(20))
def test_starts_equal_a_plain_reading(seed: int) -> None:
    texts = [_generated(seed), *HOSTILE, "", "5", "$", "khoảng", " ²³ 5\u0663 đồng"]
    if seed < len(FIXTURES):
        texts.append(FIXTURES[seed].read_text(encoding="utf-8"))
    for text in texts:
        text = normalize(text).text
        for anchors in (*(mod.ANCHORS for mod in MODULES), money._FOUR_ANCHORS):
            assert anchors.starts(text) == _reference_starts(anchors, text)


def test_cased_lead_words_lead_only_as_written() -> None:
    """Money's first four rules match a currency code before the amount with its case: "ĐỒNG
    5" may begin one, "đồng 5" not (and the rules find the same there: tests above)."""
    text = "ĐỒNG 5, đồng 5, Đồng 5, USD 7, usd 7"
    a = money._FOUR_ANCHORS
    want = [0, 5, 13, 21, 24, 28, 35]  # ĐỒNG and USD, and the figures
    assert a.starts(text) == _reference_starts(a, text) == a.starts_in(text, [(0, 40)]) == want


def test_a_cue_after_a_stop_sign_reads_nothing_back() -> None:
    """A cue right after an ASCII sign the stretch has no place for ("%%", "$$") gets an
    empty span without reading: the same span the reading gives."""
    for mod, s in ((money, money._STRETCH), (percents, percents.STRETCH)):
        for text in ("%%5%%%", "$$5$ $", "(5%)-5%~5%;5%", "x-5 ~ 5,5.%", "5%\n5%"):
            cues = [i for i, c in enumerate(text) if c in "%$"]
            read = quantity.Stretch.__new__(quantity.Stretch)
            read.__dict__.update(s.__dict__, _stops=frozenset())
            assert s.spans(text, cues) == read.spans(text, cues), (mod.KIND, text)


@pytest.mark.parametrize("seed", range(20))
def test_cue_scan_equals_cue_positions(seed: int) -> None:
    """One pass for every cue (money_cues.CueScan) finds, list by list, each position that a
    str.find per literal finds, in the text as written or, for a folded list, lower-cased (and
    perhaps more, each a literal in some case):
    money's currencies and scale words, odd literals of repeated and shared characters (an
    anchor that is a literal alone, one inside another, one of both kinds of lists)."""
    groups = [
        money._CURRENCY_CUES,
        money._SCALE_CUES,
        ["aa", "a", "aaa", "ba", "ab", "a b", "$", "us$", "ơ-rô", "tỷ", " ", "ệ"],
        ["aa", "a", "ab", "ơ-rô", "tỷ", "ệ", "nghìn", "triệu", "đồng"],
    ]
    folded = [False, True, False, True]
    scan = money_cues.CueScan(groups, folded)
    texts = [_generated(seed), "aaaa baab a b a$us$$ AAb Aa", "", "đồng", " ²³ 5\u0663 ĐỒNG"]
    if seed < len(FIXTURES):
        texts.append(FIXTURES[seed].read_text(encoding="utf-8"))
    rng = random.Random(seed)
    texts.append("".join(rng.choice("aAb $us-ơƠrôtỷỶđồngỆệ") for _ in range(300)))
    texts.append("".join(rng.choice("nNgGhHìÌàÀtTrRiIệỆuU ") for _ in range(300)))
    for text in texts:
        text = normalize(text).text
        lowered = Context(normalize(text), None).lower
        got = scan.positions(text, lowered)
        for g, literals in enumerate(groups):
            want = quantity.cue_positions(lowered if folded[g] else text, literals)
            if folded[g]:  # perhaps more: every one a literal matched case-insensitively
                assert set(want) <= set(got[g]), (g, text)
                assert all(any(_folds_to(text, p, lit) for lit in literals) for p in got[g])
            else:
                assert sorted(got[g]) == sorted(want), (g, text)


def _folds_to(text: str, p: int, literal: str) -> bool:
    return regex.match(f"(?i){regex.escape(literal)}", text[p:]) is not None


def test_cue_scan_looks_for_every_case_of_a_folded_anchor() -> None:
    """A folded list's anchor is looked for in each character that lower-cases to it."""
    anchors = {lit[money_cues._anchor(lit)] for lit in money._SCALE_CUES}
    for a in sorted(anchors):
        preimages = [c for c in map(chr, range(0x110000)) if c.lower() == a]
        assert set(preimages) <= set(money_cues._cases(a)), a
