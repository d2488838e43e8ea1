"""Authoring helpers for the held-out gold (tests/heldout_b/heldout_b.jsonl).

Set B (second blind set, written independently of set A). The gold was written by reading each sentence, WITHOUT looking at the extractor code or the project's
tests/corpus; only CONTRACT.md, the fixture gold and its notes were consulted for conventions.
Offsets are computed mechanically: each mention's surface is searched in the text, in order within its
kind, at word boundaries (so "5 đoàn viên" never matches inside "15 đoàn viên").

Helpers (value fields follow CONTRACT.md and fixtures/*.expected.json):
    D(text, value, until=None)                          date (value at its grain, ISO-8601)
    M(text, amount, q="exact", low=, high=, cur="VND", per=None)   money
    C(text, value, unit, q="exact", low=, high=)        count
    P(text, value, q="exact")                           percent
    N(text, symbol)                                     document number
    O(text, canonical, org_type, abbr=None)             organization
Bounds follow the contract: exact → low = high = value; over/at_least → low; under/at_most/nearly →
high; approx → none; range → give low/high explicitly.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

_WORD = re.compile(r"\w")


def _bounds(value: Any, q: str, low: Any, high: Any) -> tuple[Any, Any]:
    if q == "range":
        return low, high
    if q == "exact":
        return value, value
    if q in ("over", "at_least"):
        return value, None
    if q in ("under", "at_most", "nearly"):
        return None, value
    return None, None  # approx


def _num(x: Any) -> str | None:
    if x is None:
        return None
    d = Decimal(str(x))
    if d == d.to_integral_value():
        return str(int(d))
    return format(d.normalize(), "f")


@dataclass
class G:
    kind: str
    text: str
    fields: dict[str, Any] = field(default_factory=dict)


def D(text: str, value: str, until: str | None = None) -> G:
    return G("date", text, {"value": value, "until": until, **_grain(value)})


def _grain(value: str) -> dict[str, Any]:
    if "-Q" in value:
        return {"grain": "quarter", "year": int(value[:4]), "month": None, "day": None}
    if "-W" in value:
        return {"grain": "week", "year": int(value[:4]), "month": None, "day": None}
    parts = value.lstrip("-").split("-")
    year = int(value[:4]) if not value.startswith("--") else None
    nums = [int(p) for p in parts]
    if year is not None:
        nums = nums[1:]
    month = nums[0] if nums else None
    day = nums[1] if len(nums) > 1 else None
    grain = "day" if day else "month" if month else "year"
    return {"grain": grain, "year": year, "month": month, "day": day}


def M(
    text: str,
    amount: Any = None,
    q: str = "exact",
    low: Any = None,
    high: Any = None,
    cur: str = "VND",
    per: str | None = None,
) -> G:
    lo, hi = _bounds(amount, q, low, high)
    return G(
        "money",
        text,
        {
            "amount": _num(amount),
            "low": _num(lo),
            "high": _num(hi),
            "currency": cur,
            "qualifier": q,
            "per": per,
        },
    )


def C(text: str, value: Any, unit: str, q: str = "exact", low: Any = None, high: Any = None) -> G:
    lo, hi = _bounds(value, q, low, high)
    return G(
        "count",
        text,
        {
            "value": value,
            "low": lo,
            "high": hi,
            "qualifier": q,
            "unit": unit,
        },
    )


def P(text: str, value: Any, q: str = "exact") -> G:
    lo, hi = _bounds(value, q, None, None)
    return G(
        "percent", text, {"value": _num(value), "low": _num(lo), "high": _num(hi), "qualifier": q}
    )


def N(text: str, symbol: str) -> G:
    return G("document_number", text, {"symbol": symbol})


def O(text: str, canonical: str, org_type: str, abbr: str | None = None) -> G:  # noqa: E743
    return G(
        "organization",
        text,
        {"name": text, "canonical": canonical, "org_type": org_type, "abbreviation": abbr},
    )


@dataclass
class Item:
    id: str
    text: str
    mentions: list[G]
    ref: str | None = None
    nfd: bool = False
    note: str | None = None


def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    first, last = text[start], text[end - 1]
    ok_before = not (_WORD.match(before) and _WORD.match(first))
    ok_after = not (_WORD.match(after) and _WORD.match(last))
    return ok_before and ok_after


def locate(item: Item) -> dict[str, Any]:
    text = unicodedata.normalize("NFD", item.text) if item.nfd else item.text
    cursors: dict[str, int] = {}
    out = []
    for g in item.mentions:
        surface = unicodedata.normalize("NFD", g.text) if item.nfd else g.text
        pos = cursors.get(g.kind, 0)
        while True:
            start = text.find(surface, pos)
            if start < 0:
                raise ValueError(f"{item.id}: {g.kind} {g.text!r} not found after {pos}")
            end = start + len(surface)
            if _bounded(text, start, end):
                break
            pos = start + 1
        cursors[g.kind] = end
        fields = dict(g.fields)
        if "name" in fields:
            fields["name"] = surface
        out.append({"kind": g.kind, "text": surface, "start": start, "end": end, **fields})
    out.sort(key=lambda m: (m["start"], m["kind"]))
    record: dict[str, Any] = {
        "id": item.id,
        "text": text,
        "reference_date": item.ref,
        "mentions": out,
    }
    if item.note:
        record["note"] = item.note
    return record


def write(items: list[Item], path: Path) -> int:
    ids = set()
    lines = []
    for it in items:
        if it.id in ids:
            raise ValueError(f"duplicate id {it.id}")
        ids.add(it.id)
        rec = locate(it)
        for m in rec["mentions"]:
            assert rec["text"][m["start"] : m["end"]] == m["text"]
        lines.append(json.dumps(rec, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)
