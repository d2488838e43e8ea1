"""Every rule has a unique name and examples, and matches each example.

An example is matched whole, or, when it marks a span with brackets, exactly that span:
``"số tiền [403 triệu]"`` says the rule matches "403 triệu" in the context "số tiền 403 triệu".
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from unionextract.context import Context
from unionextract.extractors import ALL_RULES
from unionextract.normalize import normalize
from unionextract.rules import Rule

REFERENCE_DATE = dt.date(2021, 7, 27)


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
    text, expected = _marked(example)
    # a reference date lets relative rules ("hôm qua", "tháng trước") resolve their examples
    ctx = Context(normalize(text), REFERENCE_DATE)
    spans = [(c.start, c.end) for c in rule.candidates(ctx)]
    assert expected in spans, spans


def _marked(example: str) -> tuple[str, tuple[int, int]]:
    """The example's text and the span it expects (brackets, or the whole text)."""
    if "[" in example and "]" in example:
        start = example.index("[")
        end = example.index("]", start) - 1
        text = example.replace("[", "", 1).replace("]", "", 1)
        return text, (start, end)
    return example, (0, len(example))


def test_marked_examples() -> None:
    assert _marked("số tiền [403 triệu]") == ("số tiền 403 triệu", (8, 17))
    assert _marked("65 suất quà") == ("65 suất quà", (0, 11))
