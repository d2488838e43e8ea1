"""``known_place`` stops folding longer word runs once the run begins no key of the place table
(issue #7): the same places as folding every run up to the longest, on every spelling of the
table (in odd cases, cut, run on, joined by " - ") and on generated runs of words."""

from __future__ import annotations

import random

import pytest

from unionextract import lexicons
from unionextract.extractors import organizations_lexicon as lx
from unionextract.extractors import organizations_spans as spans
from unionextract.normalize import fold


def _reference(text: str, pos: int, rank: str | None) -> tuple[int, str, lx.Place] | None:
    """known_place as it was: every run of words folded, longest first."""
    if not text[pos : pos + 1].isupper():
        return None
    words = spans._words(text, pos, min(lx.max_place_words(), spans.MAX_PLACE_WORDS))
    for k in range(len(words), 0, -1):
        found = lx.places().get(fold(text[pos : words[k - 1][1]]))
        pick = spans._pick(found, rank) if found else None
        if pick is None:
            continue
        end = words[k - 1][1]
        if pick.with_level:
            return end, f"{pick.kind} {pick.name}", pick
        return end, spans._render(text, words[:k], pos, force_title=True), pick
    return None


def _spellings() -> list[str]:
    out = []
    for row in lexicons.rows("provinces.tsv"):
        out.append(row[0])
        out.extend(s for s in (row[2].split(";") if len(row) > 2 else []) if s)
    out.extend(row[0] for row in lexicons.rows("places_districts.tsv"))
    return out


SPELLINGS = _spellings()
TAILS = ["", " Mới", " - Vũng Tàu", " Hà", " tỉnh", " Nguyễn Văn An", "-Sơn", " 12", "  Hà"]
RANKS = [None, "province", "district", "city", "commune"]


def _variants(rng: random.Random, spelling: str) -> list[str]:
    cut = spelling.rsplit(" ", 1)[0]
    return [
        spelling,
        spelling.upper(),
        spelling.title(),
        fold(spelling).title(),
        cut,
        spelling.replace(" ", " - ", 1),
        spelling + rng.choice(TAILS),
        rng.choice(SPELLINGS) + " " + spelling,
    ]


@pytest.mark.parametrize("chunk", range(4))
def test_known_place_equals_folding_every_run(chunk: int) -> None:
    rng = random.Random(chunk)
    for spelling in SPELLINGS[chunk::4]:
        for v in _variants(rng, spelling):
            text = f"UBND {v}, ngày"
            for rank in RANKS:
                assert spans.known_place(text, 5, rank) == _reference(text, 5, rank), (v, rank)


def test_the_table_is_exercised() -> None:
    found = [spans.known_place(f"{s} ", 0, None) for s in SPELLINGS if s[:1].isupper()]
    assert sum(f is not None for f in found) > 0.9 * len(found)
