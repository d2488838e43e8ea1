"""The seed documents against their hand-checked gold (fixtures/*.expected.json).

The gold was written by reading the text (see each file's "notes" for the decisions); the
comparison is exact for every field of every record except ``rule`` (provenance) and
``evidence`` (free text).
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from unionextract import extract
from unionextract.models import KINDS

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
NAMES = sorted(p.name.removesuffix(".expected.json") for p in FIXTURES.glob("*.expected.json"))
_SKIP = {"rule", "evidence", "kind"}
_DECIMAL_FIELDS = {"money": {"amount", "low", "high"}, "percents": {"value", "low", "high"}}

# (fixture, kind) pairs not yet right. Remove an entry when its test passes (strict xfail).
KNOWN_GAPS: dict[tuple[str, str], str] = {}


def _load(name: str) -> tuple[str, dict[str, Any]]:
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    gold = json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))
    return text, gold


def _plain(record: Any) -> dict[str, Any]:
    data = record.model_dump(mode="python")
    return {k: v for k, v in data.items() if k not in _SKIP}


def _gold_record(entry: dict[str, Any], kind: str = "") -> dict[str, Any]:
    out = {}
    for k, v in entry.items():
        if k in _SKIP:
            continue
        if k in _DECIMAL_FIELDS.get(kind, ()) and isinstance(v, str):
            v = Decimal(v)
        out[k] = v
    return out


def _gold_metadata(meta: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in meta.items():
        if k == "number" and v is not None:
            v = _gold_record(v)
        elif isinstance(v, list):
            v = tuple(v)
        out[k] = v
    return out


def _params() -> list[Any]:
    out = []
    for name in NAMES:
        for kind in [*KINDS, "metadata"]:
            marks = []
            if (name, kind) in KNOWN_GAPS:
                marks.append(pytest.mark.xfail(reason=KNOWN_GAPS[(name, kind)], strict=True))
            out.append(pytest.param(name, kind, id=f"{name[:3]}-{kind}", marks=marks))
    return out


@pytest.fixture(scope="module")
def documents() -> dict[str, Any]:
    return {name: extract(_load(name)[0]) for name in NAMES}


def test_every_seed_has_gold() -> None:
    seeds = sorted(p.stem for p in FIXTURES.glob("*.txt"))
    assert seeds == NAMES
    assert len(NAMES) >= 3


@pytest.mark.parametrize(("name", "kind"), _params())
def test_fixture(documents: dict[str, Any], name: str, kind: str) -> None:
    text, gold = _load(name)
    doc = documents[name]
    if kind == "metadata":
        got_meta = doc.metadata.model_dump(mode="python")
        if got_meta.get("number") is not None:
            got_meta["number"] = {k: v for k, v in got_meta["number"].items() if k not in _SKIP}
        expected = {k: None for k in got_meta} | _gold_metadata(gold["metadata"])
        assert got_meta == expected
        return
    expected = [_gold_record(e, kind) for e in gold[kind]]
    for e in expected:  # the gold itself must be offset-true
        assert text[e["start"] : e["end"]] == e["text"]
    got = [_plain(m) for m in getattr(doc, kind)]
    assert got == expected
