"""The anchored run of the document-number rules finds exactly what a full scan finds (and so
does the mix ``extract`` chooses when a separator is dense), and the form-word prefilter of
``_is_form`` rejects no form (issue #7)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from unionextract import lexicons
from unionextract.context import Context
from unionextract.extractors import document_numbers
from unionextract.extractors.document_numbers import RULES
from unionextract.extractors.document_numbers_codes import JOINT_TYPES
from unionextract.normalize import normalize
from unionextract.rules import Candidate, run_rules

FIXTURES = sorted((Path(__file__).resolve().parent.parent / "fixtures").glob("*.txt"))


def _rows(cands: list[Candidate]) -> list[tuple[Any, ...]]:
    return [(c.kind, c.start, c.end, c.rule, c.fields, c.priority) for c in cands]


def _same(text: str) -> None:
    ctx = Context(normalize(text), None)
    full = _rows(run_rules(RULES, ctx))
    assert _rows(document_numbers.extract(ctx, anchored=True)) == full
    assert _rows(document_numbers.extract(ctx, anchored=False)) == full
    assert _rows(document_numbers.extract(ctx)) == full


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_anchored_equals_full_scan_on_fixtures(path: Path) -> None:
    _same(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_anchored_equals_full_scan_on_examples(rule: Any) -> None:
    for example in rule.examples:
        for text in (example, f"Số {example} ngày 5/3/2021", f"x{example}", f"Mẫu số {example}"):
            _same(text)


HOSTILE = [
    "Số 1658/Ngày 09-12-2025, 12/Ab, 5/3/2021, 66.16/2026/NQ-CP, 1.5/QĐ, 12a/UBND",
    "123456/QĐ-UBND 12345/QĐ-UBND 7:30/QĐ 1:2/QĐ-UBND %5/QĐ x5/QĐ 5 /QĐ 5  /QĐ 5   /QĐ",
    "05/2024/TT-\nBLĐTBXH 05/2024/\nTT 18-\nNQ/TW 18 -  \n  NQ/TW 07/TTr-CĐCS/2024",
    "294- CV/TU, 367 - QĐ/TWĐTN-VP, 72-NQ-TW, 15-CT-TU, 27-KH-ĐU, 5-abcdef/TU, 5-Q-X",
    "145/2020/nđ-cp, 1234/qđ-ubnd, 51/2024/qh15, 5/2020/2021/QĐ, 5/TTLT/BTC, 5/2020/TTLT/A",
    "1/A/1/A/1/2020/1-A-1-A/1/Ngày/1/QĐi-TW/12/TgNc 3/Trading 4/QCVN 5/BNN&PTNT",
    "Mẫu số 01/TCKT, MẪU SỐ 02/TCKT, ıSO 5/QĐ-UBND, İSO 6/QĐ-UBND, ſ 7/QĐ-UBND, Tờ  khai 8/TK-CP",
    "BIỂU MẪU: 05A, 05B/BCB-QP; qcvn 9/BXD-KT tcvn 10/BKHCN-TĐC biểu số 001.H/BCB-QP",
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_anchored_equals_full_scan_on_hostile_text(text: str) -> None:
    _same(text)


_PIECES = [
    *"0123456789/-.:%&_= \nAaQĐđbg",
    "Ngày",
    "2020",
    "1999",
    "QĐ",
    "UBND",
    "TTg",
    "QH15",
    "nđ",
    "cp",
    *JOINT_TYPES,
    "Mẫu số ",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_anchored_equals_full_scan_on_generated_text(pieces: list[str]) -> None:
    _same("".join(pieces))


def test_form_words_are_found_in_the_lower_case_window() -> None:
    """What the rules' case folding equates with a form word's letter lowers to that letter,
    but for the three ``_is_form`` searches on ("ı", "İ", "ſ"); and no character folds to several
    of the words' letters."""
    words = lexicons.words("docnum_form_words.tsv")
    letters = {c for w in words for c in w if not c.isspace()}
    everything = "".join(map(chr, range(0x20, 0x110000))).encode("utf-8", "ignore").decode()
    for letter in letters:
        pattern = regex.compile(regex.escape(letter), regex.V1 | regex.IGNORECASE)
        for m in pattern.finditer(everything):
            if m.group() not in document_numbers._FOLDED_ELSEWHERE:
                assert m.group().lower() == letter.lower(), (letter, m.group())
    folded = [w.casefold() for w in words]
    for ch in everything:
        fold = ch.casefold()
        if len(fold) > 1 and ch.lower() != fold:
            assert not any(fold in w for w in folded), ch


def test_is_word_skips_no_word() -> None:
    from unionextract.extractors.document_numbers import _WORD, _is_word

    for code in ["Có", "Số", "Họ", "Ab", "CP", "QH15", "TTg", "QĐi", "A", "", "Ngày", "Xz9", "X&"]:
        assert _is_word(code) == (_WORD.fullmatch(code) is not None), code


def test_a_repeated_symbol_gets_its_own_fields() -> None:
    """``_parse_state`` keeps its answers: each candidate still gets a fresh dict of them."""
    text = "Nghị định số 145/2020/NĐ-CP, Nghị định 145/2020/NĐ-CP và 145/2020/NĐ-CP2."
    ctx = Context(normalize(text), None)
    first, second, third = document_numbers.extract(ctx)
    assert first.fields == second.fields == third.fields
    assert first.fields is not second.fields
    assert third.end - third.start == len("145/2020/NĐ-CP")  # the footnote mark cut
    first.fields["symbol"] = "changed"
    assert second.fields["symbol"] == "145/2020/NĐ-CP"
    assert document_numbers.extract(ctx)[0].fields["symbol"] == "145/2020/NĐ-CP"
