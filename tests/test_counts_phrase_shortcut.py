"""counts_phrase.longer_word_at: the word the segmenter starts at a head, read only when it may
reach past the head (issue #7: no tagging of a table cell "02 cái" whose span ends there)."""

from __future__ import annotations

from pathlib import Path

import regex

from unionextract.context import Context
from unionextract.extractors.counts_phrase import longer_word_at, token_at
from unionextract.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
_WORD = regex.compile(r"[\p{L}\p{M}]+", regex.V1)

TEXTS = [
    "Kính bảo hộ \n02 cái \n \n \n \nQuần áo bảo hộ \n04 bộ \n \nGăng tay \n02 đôi \n \n",
    "Dao mổ \n01 cái\n\nỐng fancol 15mL \n07 cái   \n",
    "tặng 3 cái áo, 2 bộ quần áo; 5 chiếc máy thở và 4 tổ chức công đoàn.",
    "mua 10 nhà máy, 2 xe đạp \n 3 cái\t\n",
    *(p.read_text(encoding="utf-8")[:3000] for p in sorted((ROOT / "fixtures").glob("*.txt"))),
]


def test_longer_word_at_equals_token_at_where_it_reaches_past() -> None:
    for text in TEXTS:
        ctx = Context(normalize(text), None)
        for m in _WORD.finditer(ctx.text):
            start, end = m.span()
            full = token_at(ctx, start)
            want = full if full is not None and full[1] > end else None
            got = longer_word_at(ctx, start, end)
            assert (got if got is not None and got[1] > end else None) == want, (text, start)


def test_table_cell_is_not_tagged() -> None:
    ctx = Context(normalize("Kính bảo hộ \n02 cái \n \n \n"), None)
    start = ctx.text.index("cái")
    assert longer_word_at(ctx, start, start + 3) is None
    assert not ctx._tags  # nothing was tagged
