"""Runs the corpus modules of tests/corpus (see its __init__ for the format)."""

from __future__ import annotations

import importlib
from decimal import Decimal
from typing import Any

import pytest

from tests.corpus import MODULES
from unionextract import extract

_MODULES = []
for _name in MODULES:
    try:
        _MODULES.append(importlib.import_module(f"tests.corpus.{_name}"))
    except ModuleNotFoundError:
        pass
_KIND_MODULES = [m for m in _MODULES if getattr(m, "KIND", None)]


def _cases(positive: bool) -> list[Any]:
    out = []
    for mod in _KIND_MODULES:
        xfail = getattr(mod, "XFAIL", {})
        if positive:
            items = [(mod, exp, s) for exp, surfaces in mod.POSITIVE for s in surfaces]
        else:
            items = [(mod, None, s) for s in mod.NEGATIVE]
        for mod_, exp, surface in items:
            marks = (
                [pytest.mark.xfail(reason=xfail[surface], strict=True)] if surface in xfail else []
            )
            out.append(pytest.param(mod_, exp, surface, id=f"{mod_.KIND}:{surface}", marks=marks))
    return out


def _norm(value: Any) -> Any:
    if isinstance(value, float):
        return Decimal(str(value))
    return value


@pytest.mark.parametrize(("mod", "expected", "surface"), _cases(True))
def test_positive(mod: Any, expected: dict[str, Any], surface: str) -> None:
    doc = extract(surface, reference_date=getattr(mod, "REFERENCE_DATE", None), kinds=[mod.KIND])
    found = getattr(doc, mod.KIND)
    assert len(found) == 1, [m.text for m in found]
    (m,) = found
    assert (m.start, m.end) == (0, len(surface)), m.text
    got = {k: getattr(m, k) for k in expected}
    assert got == {k: _norm(v) for k, v in expected.items()}


@pytest.mark.parametrize(("mod", "expected", "surface"), _cases(False))
def test_negative(mod: Any, expected: None, surface: str) -> None:
    doc = extract(surface, reference_date=getattr(mod, "REFERENCE_DATE", None), kinds=[mod.KIND])
    assert [m.text for m in getattr(doc, mod.KIND)] == []
