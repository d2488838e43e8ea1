"""One segmentation per window (issue #7): :class:`Segments` gives the words and tags that
``segment.words`` and ``segment.pos_tags`` give, whichever is asked first, and for a chunk of
text seen before at another offset."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from unionextract import segment
from unionextract.extractors import organizations as org
from unionextract.extractors import organizations_heads as heads
from unionextract.extractors.organizations_segments import Segments
from unionextract.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = sorted((ROOT / "fixtures").glob("*.txt"))
GAZETTE = ROOT.parent / "shared" / "corpus" / "legal_gazette_public.jsonl"


def _windows(text: str, limit: int) -> list[tuple[int, int]]:
    """The grammar's windows around the heads of ``text`` (and just after each head)."""
    out: dict[tuple[int, int], None] = {}
    for pos, _, _ in heads.head_starts(text)[:limit]:
        out[org._window(text, pos)] = None
        word = text.find(" ", pos)
        if word >= 0:
            out[org._window(text, word + 1)] = None
    return list(out)


def _check(text: str, limit: int) -> None:
    words_first = Segments(text)
    tags_first = Segments(text)
    for i, (s, e) in enumerate(_windows(text, limit)):
        want_words = segment.words(text, s, e)
        want_tags = segment.pos_tags(text, s, e)
        assert words_first.words(s, e) == want_words
        assert words_first.tags(s, e) == want_tags
        if i % 2:  # some windows only tagged
            assert tags_first.tags(s, e) == want_tags
            assert tags_first.words(s, e) == want_words


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name[:3])
def test_segments_equal_segment_on_fixtures(path: Path) -> None:
    _check(normalize(path.read_text(encoding="utf-8")).text, 30)


@pytest.mark.skipif(not GAZETTE.is_file(), reason="shared corpus not beside the repository")
def test_segments_equal_segment_on_the_gazette() -> None:
    with GAZETTE.open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for _, line in zip(range(6), f, strict=False)]
    for raw in texts:
        _check(normalize(raw).text, 40)


def test_a_chunk_seen_before_gives_the_same_tokens_at_its_own_offsets() -> None:
    name = "đề nghị của Cục trưởng Cục Tổ chức cán bộ và Cục Kế hoạch - Tài chính"
    text = f"{name}, ông  {name}.\n  \n{name}"
    segs = Segments(text)
    starts = [i for i in range(len(text)) if text.startswith(name, i)]
    assert len(starts) == 3
    for s in starts:
        e = s + len(name)
        assert segs.words(s, e) == segment.words(text, s, e)
        assert segs.tags(s, e) == segment.pos_tags(text, s, e)
    assert len(segs._pieces) == 1  # segmented once
    blank = text.index("\n  \n")
    assert segs.words(blank, blank + 4) == [] == segment.words(text, blank, blank + 4)
    assert segs.tags(blank, blank + 4) == [] == segment.pos_tags(text, blank, blank + 4)


class _Plain:
    """What the extractor asked before: the segmenter itself, for every window."""

    def __init__(self, text: str) -> None:
        self.text = text

    def words(self, start: int, end: int) -> list[segment.Token]:
        return segment.words(self.text, start, end)

    def tags(self, start: int, end: int) -> list[tuple[segment.Token, str]]:
        return segment.pos_tags(self.text, start, end)


def _gazette(n: int) -> list[str]:
    if not GAZETTE.is_file():
        return []
    with GAZETTE.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for _, line in zip(range(n), f, strict=False)]


def test_organizations_are_the_same_with_the_segmenter_asked_per_window(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from unionextract.context import Context

    texts = [p.read_text(encoding="utf-8") for p in FIXTURES] + _gazette(4)
    contexts = [Context(normalize(t), None) for t in texts]
    shared = [org.extract(ctx) for ctx in contexts]
    monkeypatch.setattr(org, "Segments", _Plain)
    assert [org.extract(Context(normalize(t), None)) for t in texts] == shared
