"""Duckling's Vietnamese Time corpus and NeMo's date pairs, run against the date extractor.

Scope (../shared/conformance/README.md): Duckling Time examples with a single value at grain
day/week/month/quarter/year, reference 2017-02-02. An example passes when exactly one date
mention spans the whole text with Duckling's value at that grain (week → ISO week, quarter →
``2017-Q1``).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from unionextract import extract

DATA = Path(__file__).parent / "data"
REFERENCE = dt.date(2017, 2, 2)
GRAINS = ("day", "week", "month", "quarter", "year")


def duckling_value(expected: dict[str, Any]) -> str:
    """Duckling's value at its grain, in the format of CONTRACT.md."""
    day = dt.date.fromisoformat(expected["value"][:10])
    grain = expected["grain"]
    if grain == "day":
        return day.isoformat()
    if grain == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if grain == "month":
        return f"{day.year}-{day.month:02d}"
    if grain == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    return f"{day.year}"


def _duckling_cases() -> list[Any]:
    cases = []
    lines = (DATA / "duckling_vi.jsonl").read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines, 1):
        ex = json.loads(line)
        exp = ex["expected"]
        if ex["dimension"] != "Time" or exp.get("type") != "value":
            continue
        if exp.get("grain") not in GRAINS:
            continue
        cases.append(pytest.param(ex["text"], duckling_value(exp), id=f"L{i}:{ex['text']}"))
    return cases


DUCKLING = _duckling_cases()


def test_duckling_scope_size() -> None:
    # 95 examples (88 distinct texts: Duckling lists some twice); none has a time of day
    assert len(DUCKLING) == 95


@pytest.mark.parametrize(("text", "value"), DUCKLING)
def test_duckling_time(text: str, value: str) -> None:
    dates = extract(text, reference_date=REFERENCE, kinds=["dates"]).dates
    assert [(d.start, d.end, d.value) for d in dates] == [(0, len(text), value)]


# --- NeMo date pairs -----------------------------------------------------------------------

NEMO_REFERENCE = dt.date(2025, 5, 19)
#: Pairs whose written side is a sentence around dates, not one date.
NEMO_SENTENCES = {"nemo-tn-date-10", "nemo-tn-date-11", "nemo-itn-date-15", "nemo-itn-date-16"}
#: "tháng năm" alone is also "months and years"; read as May only when capitalised
#: ("tháng Năm"), with a year, or after a cue ("vào tháng năm").
NEMO_XFAIL = {"nemo-itn-date-8", "nemo-itn-date-27"}


def _nemo_cases(xfail: bool) -> list[Any]:
    out = []
    for line in (DATA / "nemo_vi_tn_itn.jsonl").read_text(encoding="utf-8").splitlines():
        ex = json.loads(line)
        if ex["class"] != "date":
            continue
        marks = []
        if xfail and ex["id"] in NEMO_XFAIL:
            marks = [pytest.mark.xfail(strict=True, reason="bare lowercase 'tháng năm'")]
        out.append(pytest.param(ex, id=ex["id"], marks=marks))
    return out


def _values(text: str) -> list[tuple[str, str | None]]:
    doc = extract(text, reference_date=NEMO_REFERENCE, kinds=["dates"])
    return [(d.value, d.until) for d in doc.dates]


@pytest.mark.parametrize("ex", _nemo_cases(xfail=True))
def test_nemo_written_is_one_date(ex: dict[str, Any]) -> None:
    text = ex["written"]
    dates = extract(text, reference_date=NEMO_REFERENCE, kinds=["dates"]).dates
    if ex["id"] in NEMO_SENTENCES:
        assert dates
    else:
        assert [(d.start, d.end) for d in dates] == [(0, len(text))]


@pytest.mark.parametrize("ex", _nemo_cases(xfail=False))
def test_nemo_spoken_reads_like_written(ex: dict[str, Any]) -> None:
    """The form read aloud ("ngày mười lăm tháng một năm hai nghìn hai mươi tư") gives the same
    values as the written one ("ngày 15/01/2024")."""
    assert _values(ex["spoken"]) == _values(ex["written"])
