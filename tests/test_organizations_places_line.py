"""The place–date line is found by its tail (", ngày 5") first, and is what the plain search
of every line start finds (issue #7)."""

from __future__ import annotations

import random
from pathlib import Path

from unionextract.extractors import organizations_places as places

ROOT = Path(__file__).resolve().parent.parent

_PIECES = [
    "Lai Châu",
    "Hà Nội",
    ", ngày 5",
    ",ngày  27",
    ", ngày x",
    "ngày 3",
    ",",
    " ",
    "\n",
    "\n  ",
    "* ",
    "> ",
    "-",
    "TP. Điện Biên Phủ",
    "a",
    "Đ",
    ".",
    "\t",
    "x" * 45,
]


def _span(m: object) -> tuple[int, int] | None:
    return None if m is None else m.span()  # type: ignore[attr-defined]


def test_place_date_line_equals_the_search() -> None:
    rng = random.Random(5)
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures").glob("*.txt"))]
    texts += [
        "".join(rng.choice(_PIECES) for _ in range(rng.randrange(1, 30))) for _ in range(4000)
    ]
    found = 0
    for text in texts:
        want = places._PLACE_DATE.search(text)
        assert _span(places.place_date_line(text)) == _span(want), text
        found += want is not None
    assert found > 100  # the generated text has place–date lines, and lines that only look so
