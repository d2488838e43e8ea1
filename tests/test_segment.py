"""Sentences and words, re-anchored: the fast paths agree with underthesea and the slow walk."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unionextract import segment, segment_crf
from unionextract.context import Context
from unionextract.normalize import fold, normalize

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "fixtures").glob("*.txt"))
GAZETTE = ROOT.parent / "shared" / "corpus" / "legal_gazette_public.jsonl"


def _reference_sentences(text: str) -> list[tuple[int, int]]:
    """The plain path: underthesea's sent_tokenize per block, anchored, trimmed."""
    split = segment._sent_tokenize()
    spans = []
    for para in segment._LINE_BLOCK.finditer(text):
        block = para.group()
        if not block.strip():
            continue
        for tok in segment.anchor(text, split(block), para.start(), para.end()):
            s, e = tok.start, tok.end
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                spans.append((s, e))
    return spans


def _reference_anchor(text: str, pieces: list[str], start: int = 0) -> list[segment.Token]:
    """The character walk alone (what anchor did before its exact-substring fast path)."""
    limit = len(text)
    out, pos = [], start
    for piece in pieces:
        chars = [ch for ch in piece if not ch.isspace()]
        if not chars:
            continue
        while pos < limit and text[pos].isspace():
            pos += 1
        found = segment._match_at(text, pos, limit, chars)
        if found is None:
            probe = pos
            for _ in range(64):
                probe += 1
                if probe >= limit:
                    break
                found = segment._match_at(text, probe, limit, chars)
                if found is not None:
                    pos = probe
                    break
        if found is None:
            continue
        out.append(segment.Token(pos, found, text[pos:found]))
        pos = found
    return out


def test_the_port_is_active() -> None:
    assert segment._sent_module() is not None, "underthesea's sent_tokenize module not found"


@pytest.mark.parametrize(
    "text",
    [
        "Xin chào. Tôi là Claude.",
        "Giá 1.500.000 đồng. Ngày 15.12.2025 họp.",
        "Tp. Hồ Chí Minh và TS. Nguyễn Văn A dự họp.",
        "Chờ đã... Xong rồi... và tiếp... Hết",
        "Thật sao?! Đúng vậy!!! Được.",
        "   \n ",
        "Không có dấu chấm",
        "a.b.c. D. e. F",
        "Kết thúc...",
        "...Mở đầu. Rồi\n\n\nxuống dòng.  \t",
    ],
)
def test_split_sentences_equals_sent_tokenize(text: str) -> None:
    pieces = segment._sent_tokenize()(text)
    assert [text[s:e] for s, e in segment.split_sentences(text)] == pieces


# pieces, not characters: abbreviations and ellipses need several characters in a row
sentence_pieces = st.lists(
    st.sampled_from([*"aAbTtpPsSđĐ ấ1290.?!…\n\t\r,", "Tp", "TS", "e.g", "...", "Ông"]),
    max_size=30,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(sentence_pieces)
def test_split_sentences_equals_sent_tokenize_on_random_text(text: str) -> None:
    pieces = segment._sent_tokenize()(text)
    assert [text[s:e] for s, e in segment.split_sentences(text)] == pieces


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_sentences_equal_the_plain_path_on_seeds(path: Path) -> None:
    text = normalize(path.read_text(encoding="utf-8")).text
    assert segment.sentences(text) == _reference_sentences(text)


def _gazette_texts(n: int) -> list[str]:
    """The first ``n`` gazette documents, normalized."""
    with GAZETTE.open(encoding="utf-8") as f:
        return [
            normalize(json.loads(line)["text"]).text for _, line in zip(range(n), f, strict=False)
        ]


@pytest.mark.skipif(not GAZETTE.is_file(), reason="shared corpus not beside the repository")
def test_sentences_equal_the_plain_path_on_the_gazette() -> None:
    for text in _gazette_texts(12):
        assert segment.sentences(text) == _reference_sentences(text)


# lines, list marks, sentence ends, numbers, abbreviations and the spaces str.strip and the
# regex module disagree about (\x1c-\x1f: the block-by-block path)
block_pieces = st.lists(
    st.sampled_from(
        [
            *"aAđĐ 1.?!;:*-+•–…\n\n\t\r\xa0",
            *("Tp", "...", "Ông", "1.500", "2.", "\x1c", "\u3000", "\U00011f50", "\u0663"),
        ]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(block_pieces)
def test_sentences_equal_the_plain_path_on_random_text(text: str) -> None:
    assert segment.sentences(text) == _reference_sentences(text)


def test_sentences_use_the_whole_text_path() -> None:
    """The fast path (blocks found stripped, split only at an inner end) is the one taken on
    ordinary text; text with \\x1c-\\x1f goes block by block, with the same answer."""
    text = "Điều 1. Phạm vi\nđiều chỉnh.\n- Giá 1.500 đồng. Hết \n\n  Tiếp theo\nvà nữa"
    assert segment.sentences(text) == _reference_sentences(text)
    assert segment._sentences_by_block(text) == segment.sentences(text)
    odd = text.replace("Hết", "Hết\x1c")
    assert segment.sentences(odd) == _reference_sentences(odd)


def test_re_and_regex_agree_where_the_fast_sentence_path_relies_on_it() -> None:
    """The whole-text path reads blocks with ``re`` (faster); _LINE_BLOCK uses ``regex``. They
    read \\s alike but for _ODD_SPACES, and \\d alike on the BMP (text with another digit at
    a line's start takes the block-by-block path)."""
    import re
    import sys

    import regex

    pairs = [(re.compile(c), regex.compile(c, regex.V1)) for c in (r"\s", r"\d")]
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        space, digit = (bool(a.match(ch)) != bool(b.match(ch)) for a, b in pairs)
        assert not space or ch in segment._ODD_SPACES, hex(code)
        assert not digit or code > 0xFFFF, hex(code)
    astral = "Một dòng\n \U00011f50 tiếp. Hết"
    assert segment.sentences(astral) == _reference_sentences(astral)


def test_anchor_fast_path_and_walk_agree() -> None:
    text = "Hoà  bình, nhé Lai Châu\n 65 suất\tquà"
    pieces = ["Hòa bình", ",", "nhé", "Lai Châu", "65", "suất quà", "missing", ""]
    assert segment.anchor(text, pieces) == _reference_anchor(text, pieces)


words = st.text(alphabet=st.sampled_from(list("aàhoáòĐđ1. ,")), min_size=1, max_size=5)


@settings(max_examples=300, deadline=None)
@given(st.lists(words, max_size=8), st.data())
def test_anchor_agrees_with_the_walk(parts: list[str], data: st.DataObject) -> None:
    text = " ".join(parts)
    pieces = [p for p in (w.strip() for w in text.split(",")) if p]
    # underthesea rewrites tone placement and spacing now and then
    pieces = [
        data.draw(st.sampled_from([p, fold(p), " ".join(p.split()), p + "x"])) for p in pieces
    ]
    assert segment.anchor(text, pieces) == _reference_anchor(text, pieces)


def test_context_segments_words_once_per_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[int, int]] = []

    def fake_words(text: str, start: int, end: int) -> list[segment.Token]:
        calls.append((start, end))
        return [segment.Token(start, end, text[start:end])]

    monkeypatch.setattr(segment, "words", fake_words)
    ctx = Context(normalize("Một câu. Câu hai có 65 suất quà."), None)
    first = ctx.words_at(20)
    assert ctx.words_at(25) is first
    ctx.words_at(2)
    assert calls == [(9, 32), (0, 8)]


def test_context_tags_once_per_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[int, int]] = []

    def fake_tags(text: str, start: int, end: int) -> list[tuple[segment.Token, str]]:
        calls.append((start, end))
        return [(segment.Token(start, end, text[start:end]), "N")]

    monkeypatch.setattr(segment, "pos_tags", fake_tags)
    ctx = Context(normalize("Một câu. Câu hai có 65 suất quà."), None)
    assert ctx.pos_tags_at(20) is ctx.pos_tags_at(30)
    assert calls == [(9, 32)]


def test_the_linear_pos_tagger_is_active() -> None:
    assert segment_crf.pos_tagger() is not None, "underthesea's POS model is not the known one"


def _underthesea_pos_tag(chunk: str) -> list[tuple[str, str]]:
    return [(w, t) for w, t in segment._underthesea().pos_tag(chunk)]


@pytest.mark.parametrize(
    "chunk",
    [
        "tặng 30 bếp cho công nhân",
        "Ngày 27/7/2021, LĐLĐ tỉnh trao 65 suất quà (38,5 triệu đồng).",
        "25 điểm cầu",
        "x",
        "Điều 5. Trách nhiệm  của Ủy ban nhân dân TP. Hồ Chí Minh\nvà các Sở, ngành",
        "COVID-19 ... F0, F1 — hơn 1.000 ca mắc mới; 3 Tổ COVID cộng đồng",
    ],
)
def test_pos_tag_equals_underthesea(chunk: str) -> None:
    assert segment.pos_tag(chunk) == _underthesea_pos_tag(chunk)


def test_pos_tag_features_equal_underthesea_features() -> None:
    from underthesea.pipeline.pos_tag import model_crf, tagged_feature

    predictor = model_crf.CRFPOSTagPredictor.Instance()
    template = predictor.transformer.template
    functions = {
        name: getattr(tagged_feature, f"text_{name}")
        for name in ("lower", "istitle", "isallcap", "isdigit", "is_in_dict")
    }
    fast = segment_crf.PosFeatures(list(template), functions)
    for chunk in ("tặng 30 bếp cho công nhân", "Một", "Hà Nội  mới, và 12 Tổ"):
        words = segment._underthesea().word_tokenize(chunk)
        sent = [(w, "X") for w in words]
        want = [tagged_feature.word2features(sent, i, template) for i in range(len(sent))]
        assert [list(row) for row in fast.features(words)] == want


@pytest.mark.skipif(not GAZETTE.is_file(), reason="shared corpus not beside the repository")
def test_pos_tag_equals_underthesea_on_gazette_sentences() -> None:
    for text in _gazette_texts(6):
        for s, e in segment.sentences(text)[:40]:
            chunk = text[s : min(e, s + 400)]
            assert segment.pos_tag(chunk) == _underthesea_pos_tag(chunk)


def test_tag_span_is_the_sentence_clause_or_block() -> None:
    from unionextract import context

    short = "Một câu ngắn có 30 bếp."
    ctx = Context(normalize(short), None)
    assert ctx.tag_span(17) == (0, len(short))
    clause = "tặng 30 bếp cho công nhân"
    long = ", ".join(["x " * 30] * 10 + [clause] + ["y " * 30] * 10) + "."
    ctx = Context(normalize(long), None)
    pos = long.index("30 bếp")
    a, b = ctx.tag_span(pos)
    assert long[a:b] == " " + clause  # after the comma, up to the next one
    words = " ".join(["từ"] * 400)
    ctx = Context(normalize(words), None)
    a, b = ctx.tag_span(1000)
    assert b - a <= 2 * context.TAG_BLOCK and a <= 1000 < b
    assert words[a] != " " and words[b - 1] != " "
    block = 1000 // context.TAG_BLOCK * context.TAG_BLOCK  # the clause is the whole text
    assert ctx.tag_span(block) == ctx.tag_span(block + context.TAG_BLOCK - 1) == (a, b)
    assert ctx.pos_tags_near(1000) is ctx.pos_tags(a, b)


def test_pos_tag_features_follow_any_template() -> None:
    """Bigrams with a function, columns, far offsets: as underthesea's template2features."""
    from underthesea.pipeline.pos_tag import tagged_feature

    template = ["T[-1,0].lower", "T[0,1].istitle", "T[-4][1]", "T[3]", "T[0].isdigit", "T[1,3]"]
    functions = {
        name: getattr(tagged_feature, f"text_{name}")
        for name in ("lower", "istitle", "isallcap", "isdigit", "is_in_dict")
    }
    fast = segment_crf.PosFeatures(template, functions)
    for words in (["Một"], ["Hà Nội", "12", "có", "x", "Y Z"], ["a", "b", "c", "Hà Nội", "12"]):
        sent = [(w, "X") for w in words]
        want = [tagged_feature.word2features(sent, i, template) for i in range(len(sent))]
        assert [list(row) for row in fast.features(words)] == want
    assert fast.features([]) == []


def test_remembered_chunks_give_the_same_tokens_at_any_offset() -> None:
    """The segmenter's and tagger's answers are kept per chunk; anchoring still happens per
    call, so the same chunk at another offset gets its own offsets and the same tags."""
    segment.clear_caches()
    chunk = "tặng 30 bếp cho công nhân"
    text = f"{chunk}. Rồi {chunk}"
    first = segment.pos_tags(text, 0, len(chunk))
    second = segment.pos_tags(text, len(text) - len(chunk), len(text))
    shift = len(text) - len(chunk)
    assert [(t.start + shift, t.end + shift, t.text, tag) for t, tag in first] == [
        (t.start, t.end, t.text, tag) for t, tag in second
    ]
    assert segment._pos_tag.cache_info().hits == 1
    assert segment.words(text, 0, len(chunk)) == [t for t, _ in first]
    segment.clear_caches()
    assert segment._pos_tag.cache_info().currsize == 0


def test_a_chunk_is_segmented_once_for_its_words_and_its_tags(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Words and tags of a chunk share one segmentation (organizations asks a window for both),
    and equal what underthesea gives without the kept answers."""
    name = "đề nghị của Cục trưởng Cục Tổ chức cán bộ và Cục Kế hoạch - Tài chính"
    text = f"{name}, ông  {name}.\n  \n{name}"
    ut = segment._underthesea()
    want = _underthesea_pos_tag(name)
    calls: list[str] = []

    def counting(chunk: str) -> list[str]:
        calls.append(chunk)
        return list(ut.word_tokenize(chunk))

    segment.clear_caches()
    monkeypatch.setattr(segment, "_word_tokenize", counting)
    starts = [i for i in range(len(text)) if text.startswith(name, i)]
    assert len(starts) == 3
    for s in starts:
        e = s + len(name)
        tokens = segment.words(text, s, e)
        tagged = segment.pos_tags(text, s, e)
        assert [t for t, _ in tagged] == tokens
        assert [(t.text, tag) for t, tag in tagged] == want
    assert calls == [name]  # one segmentation for three windows, words and tags
    blank = text.index("\n  \n")
    assert segment.words(text, blank, blank + 4) == [] == segment.pos_tags(text, blank, blank + 4)
    segment.clear_caches()


SENTENCE_FAMILIES = {
    "runs of ends": ".?!",
    "periods": ".",
    "ends and spaces": ". ",
    "ellipses": "A... ",
    "numbers": "1.",
    "spaces": " ",
    "blank lines": " \n",
    "trailing spaces": "a" + " " * 50 + "\n",
    "joined lines": "từ và\n",
    "ends at line ends": "a.  \n b",
    "list items": "a\n- ",
    "abbreviations": "Tp. ",
}


@pytest.mark.parametrize("unit", SENTENCE_FAMILIES.values(), ids=SENTENCE_FAMILIES.keys())
def test_sentences_are_linear(unit: str) -> None:
    """4× the text takes at most 6× the time (CPU time, best of three, plus timer noise)."""
    import time

    def best(n: int) -> float:
        text = unit * (n // len(unit))
        times = []
        for _ in range(3):
            start = time.process_time()
            segment.sentences(text)
            times.append(time.process_time() - start)
        return min(times)

    small, large = best(20_000), best(80_000)
    assert large <= 6 * small + 0.01, (small, large)
