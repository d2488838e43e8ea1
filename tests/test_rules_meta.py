"""Every rule has a unique name and examples, and matches each example."""

from __future__ import annotations

from collections import Counter

import pytest

from unionextract.context import Context
from unionextract.extractors import ALL_RULES
from unionextract.normalize import normalize
from unionextract.rules import Rule


def test_rule_names_are_unique() -> None:
    dupes = [n for n, c in Counter(r.name for r in ALL_RULES).items() if c > 1]
    assert dupes == []


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.name)
def test_rule_has_examples(rule: Rule) -> None:
    assert rule.examples, f"{rule.name} has no examples"


@pytest.mark.parametrize(
    ("rule", "example"),
    [(r, e) for r in ALL_RULES for e in r.examples],
    ids=lambda x: x.name if isinstance(x, Rule) else x,
)
def test_rule_matches_its_example(rule: Rule, example: str) -> None:
    ctx = Context(normalize(example), None)
    spans = [(c.start, c.end) for c in rule.candidates(ctx)]
    assert (0, len(ctx.text)) in spans, spans
