"""The cheap head matching of the organizations extractor finds exactly what the head patterns
find: every match of every rule (``rule_matches`` against ``finditer``) and every head match at
any position (``match_head`` against ``head_pattern(tails).match``), on the fixtures and on
generated text full of heads in odd cases, glued codes and characters that fold to more than
one (issue #7)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import regex

from unionextract.extractors import organizations as org
from unionextract.extractors import organizations_heads as heads
from unionextract.extractors import organizations_lexicon as lx
from unionextract.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = sorted((ROOT / "fixtures").glob("*.txt"))
TAILS: list[frozenset[str] | None] = [
    None,
    *dict.fromkeys(tails for _, tails, _ in org._SPECS),
    frozenset({"name"}),
]

_SURFACES = sorted(h.surface for h in lx.heads().values())
_PIECES = [
    " ",
    "  ",
    "\n",
    "-",
    "/",
    ".",
    "&",
    "(",
    "7",
    "a",
    "x",
    "tỉnh Lai Châu",
    "Việt Nam",
    "ß",
    "ẞ",
    "ſ",
    "K",  # the Kelvin sign: folds to "k"
    "ﬁ",
    "İ",
    "\u0301",
    "ǅ",
    "ss",
]

_GLUE = [" ", " ", " ", " ", "", "-", "/", "\n", "  "]


def _mangle(rng: random.Random, word: str) -> str:
    pick = rng.randrange(7)
    if pick == 0:
        return word.upper()
    if pick == 1:
        return word.lower()
    if pick == 2:
        return word.swapcase()
    if pick == 3:
        return word.title()
    if pick == 4 and len(word) > 2:  # a head cut short or run on
        return word[: rng.randrange(1, len(word))] if rng.random() < 0.5 else word + "n"
    if pick == 5:  # confusable letters folded like the ones they replace
        return word.replace("s", "ſ").replace("S", "ſ").replace("K", "K").replace("k", "K")
    return word


def _generated(seed: int) -> str:
    rng = random.Random(seed)
    parts = []
    for _ in range(rng.randrange(5, 40)):
        if rng.random() < 0.5:
            parts.append(_mangle(rng, rng.choice(_SURFACES)))
        else:
            parts.append(rng.choice(_PIECES))
        parts.append(rng.choice(_GLUE))
    return "".join(parts)


GENERATED = [_generated(seed) for seed in range(300)]


def _plain_rule_matches(text: str) -> list[tuple[str, int]]:
    return [(r.name, m.start()) for r in org.RULES for m in r.pattern.finditer(text)]


def _cheap_rule_matches(text: str) -> list[tuple[str, int]]:
    return [(r.name, pos) for r, pos in org.rule_matches(text)]


def _head_matches_agree(text: str, positions: range | list[int]) -> None:
    for tails in TAILS:
        pattern = lx.head_pattern(tails)
        for pos in positions:
            plain = pattern.match(text, pos)
            cheap = heads.match_head(text, pos, tails)
            want = None if plain is None else (plain.span(), plain.group())
            got = None if cheap is None else ((cheap.start(), cheap.end()), cheap.group())
            assert got == want, (text[max(0, pos - 10) : pos + 40], pos, tails)


def _starts_cover_every_match(text: str) -> None:
    starts = {pos for pos, _, _ in heads.head_starts(text)}
    for m in lx.head_pattern().finditer(text, overlapped=True):
        assert m.start() in starts, text[m.start() : m.start() + 40]


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_cheap_head_matching_equals_the_patterns_on_fixtures(path: Path) -> None:
    text = normalize(path.read_text(encoding="utf-8")).text
    assert _cheap_rule_matches(text) == _plain_rule_matches(text)
    _starts_cover_every_match(text)
    # every position after no letter, mark or digit (where a head pattern may match at all)
    edges = [m.start() for m in regex.finditer(r"(?<![\p{L}\p{M}\p{N}]).", text, flags=regex.S)]
    _head_matches_agree(text, edges)


@pytest.mark.parametrize("chunk", range(6))
def test_cheap_head_matching_equals_the_patterns_on_generated_text(chunk: int) -> None:
    for text in GENERATED[chunk::6]:
        for t in (text, normalize(text).text):
            assert _cheap_rule_matches(t) == _plain_rule_matches(t), t
            _starts_cover_every_match(t)
            _head_matches_agree(t, range(len(t) + 1))


def test_generated_text_has_matches_of_every_rule_and_folds_to_more() -> None:
    """The generated text exercises what it should: each rule, and the slow path."""
    names = {name for text in GENERATED for name, _ in _plain_rule_matches(text)}
    assert names == {r.name for r in org.RULES}
    assert any("ß" in t or "ﬁ" in t for t in GENERATED)


def test_every_head_begins_with_an_upper_case_word() -> None:
    """What :func:`heads.head_starts` relies on (the table refuses a head that does not)."""
    exact, folded = heads._first_words()
    assert sum(map(len, exact.values())) + sum(map(len, folded.values())) == len(lx.heads())
