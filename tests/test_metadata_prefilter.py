"""The frame's prefilters (LineRule cues, the signature's cue letters) change no result."""

from __future__ import annotations

from bisect import bisect_right
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unionextract import metadata, metadata_signature
from unionextract.context import Context
from unionextract.extractors import document_numbers
from unionextract.metadata_lines import LABELS, LineRule, Lines, label_cue
from unionextract.normalize import normalize
from unionextract.rules import Candidate

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
_RULES = [
    *(v for v in vars(metadata).values() if isinstance(v, LineRule)),
    metadata_signature._CUE,
]
_RULES.remove(metadata._HEADER_COLON)  # only its matches with a colon are all found: below

_PIECES = [
    *metadata_signature._TITLES,
    *LABELS.get("capacity", ()),
    *(label for labels in LABELS.values() for label in labels),
    *"ƯÁỦÓÊỐỔĐTKQ",
    "PHÓ",
    "CHỦ\u00a0TỊCH",
    "BỘ \t TRƯỞNG",
    "THỦ\nTƯỚNG",
    ".",
    ". ",
    ":",
    ": ",
    " ",
    "   ",
    "\t",
    "\u2009",
    "\n",
    "*",
    "_",
    "(",
    ")",
    "Số",
    "số",
    "SỐ",
    "12/QĐ",
    "5",
    "Hà Nội",
    ", ",
    "ngày",
    "Nguyễn Văn An",
    "x",
    "https://a.vn",
]


def _plain(rule: LineRule, text: str, pos: int, endpos: int | None) -> list[tuple[int, int]]:
    end = len(text) if endpos is None else endpos
    return [m.span() for m in rule.pattern.finditer(text, pos, end)]


@settings(max_examples=400, deadline=None)
@given(
    pieces=st.lists(st.sampled_from(_PIECES), max_size=40),
    pos=st.integers(0, 300),
    endpos=st.one_of(st.none(), st.integers(0, 300)),
)
def test_cued_search_equals_plain_search_on_generated_text(
    pieces: list[str], pos: int, endpos: int | None
) -> None:
    text = "".join(pieces)
    for rule in _RULES:
        got = [m.span() for m in rule.finditer(text, pos, endpos)]
        assert got == _plain(rule, text, pos, endpos), rule.pattern.pattern
    _same_colon_matches(text, pos, endpos)


def _same_colon_matches(text: str, pos: int = 0, endpos: int | None = None) -> None:
    rule = metadata._HEADER_COLON
    end = len(text) if endpos is None else endpos
    plain = [m.span() for m in rule.pattern.finditer(text, pos, end) if m.group("colon")]
    assert [m.span() for m in rule.finditer(text, pos, endpos) if m.group("colon")] == plain


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.txt")), ids=lambda p: p.name)
def test_cued_search_equals_plain_search_on_fixtures(path: Path) -> None:
    text = normalize(path.read_text(encoding="utf-8")).text
    for rule in _RULES:
        assert [m.span() for m in rule.finditer(text)] == _plain(rule, text, 0, None)
    _same_colon_matches(text)


def test_every_title_holds_a_cue_literal() -> None:
    cover = metadata_signature._cover(metadata_signature._TITLES)
    assert all(any(x in title for x in cover) for title in metadata_signature._TITLES)
    assert all(not x[0].isascii() for x in cover)  # no title needs a frequent ASCII letter


def test_label_cue_is_held_by_every_label() -> None:
    import regex

    for role in LABELS:
        cue = regex.compile(label_cue(role), regex.V1)
        assert all(cue.search(label) for label in LABELS[role]), role


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.txt")), ids=lambda p: p.name)
@pytest.mark.parametrize("first", [0, 3, 40])
def test_cued_lines_are_every_line_with_a_cue_match(path: Path, first: int) -> None:
    lines = Lines(normalize(path.read_text(encoding="utf-8")).text)
    first = min(first, len(lines) - 1)
    plain = sorted(
        {
            lines.index_at(m.start())
            for m in metadata_signature._CUE.pattern.finditer(lines.source)
            if lines.index_at(m.start()) >= first
        }
    )
    assert list(metadata_signature._cued(lines, first)) == plain


def _header_plain(ctx: Context, numbers: dict[int, Candidate]) -> tuple[Candidate, int] | None:
    """``metadata._header`` as it was: every match of the pattern, in order."""
    fallback: tuple[Candidate, int] | None = None
    for m in metadata._HEADER.pattern.finditer(ctx.text):
        c = numbers.get(m.end())
        if c is None:
            continue
        if m.group("colon"):
            return c, m.start()
        if fallback is None and m.start() < metadata._PARTY_HEADER_WINDOW:
            fallback = (c, m.start())
    return fallback


def _check_header(text: str) -> None:
    ctx = Context(normalize(text), None)
    numbers = {c.start: c for c in document_numbers.extract(ctx)}
    assert metadata._header(ctx, numbers) == _header_plain(ctx, numbers)


_HEADER_PIECES = [
    "Số",
    "số",
    "SỐ",
    ": ",
    ":",
    " ",
    "  ",
    "\n",
    "12/QĐ-UBND",
    "5",
    "x",
    "Quyết định ",
]


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.txt")), ids=lambda p: p.name)
def test_header_reads_the_same_number_on_fixtures(path: Path) -> None:
    _check_header(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("pad", [0, 2990, 3010])
def test_header_reads_the_same_number_around_the_party_window(pad: int) -> None:
    for head in ("Số 5/QĐ-UBND\n", "Số 5\n", ""):
        for tail in ("Số: 7/QĐ-UBND\n", "Số 8/QĐ-UBND\nSố: 9/QĐ-UBND\n", "số 3/QĐ-UBND"):
            _check_header(head + "x" * pad + "\n" + tail)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_HEADER_PIECES), max_size=30))
def test_header_reads_the_same_number_on_generated_text(pieces: list[str]) -> None:
    _check_header("".join(pieces))


def _check_lines(text: str) -> None:
    parts = text.split("\n")
    starts = [0]
    for p in parts[:-1]:
        starts.append(starts[-1] + len(p) + 1)
    ends = [s + len(p) for s, p in zip(starts, parts, strict=True)]
    lines = Lines(text)
    assert len(lines) == len(parts) == len(lines.starts) == len(lines.ends)
    assert [lines.starts[i] for i in range(len(lines))] == starts
    assert [lines.ends[i] for i in range(len(lines))] == ends
    assert (lines.starts[-1], lines.ends[-1]) == (starts[-1], ends[-1])
    for pos in range(-2, len(text) + 3):
        want = max(0, bisect_right(starts, pos) - 1)
        assert lines.index_at(pos) == want, pos
    with pytest.raises(IndexError):
        lines.starts[len(parts)]


@pytest.mark.parametrize("size", [0, 1, 4095, 4096, 4097, 8192, 9000])
@pytest.mark.parametrize("every", [1, 7, 4096, 10_000])
def test_lines_match_a_split_of_the_text(size: int, every: int) -> None:
    text = "".join("\n" if (i + 1) % every == 0 else "x" for i in range(size))
    _check_lines(text)
    _check_lines(text + "\n")
    _check_lines("\n" + text)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="ab \n\r\u2028", max_size=300))
def test_lines_match_a_split_of_generated_text(text: str) -> None:
    _check_lines(text)
