"""The HTML page, read back without a browser: structure, values, escaping, overlaps.

The same page is opened in headless Chromium by tests/browser/test_page_in_browser.py.
"""

from __future__ import annotations

import base64
import hashlib
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.browser.pagecheck import HOSTILE_TEXT, hostile_document, read_page
from unionextract import (
    Count,
    DateMention,
    Document,
    MoneyAmount,
    Organization,
    Percent,
    extract,
)
from unionextract.html import CSP, KIND_LABELS, document_page, format_number, write_page

FIXTURES = sorted((Path(__file__).parent.parent / "fixtures").glob("*.txt"))


def _sha(s: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"


def _check_against(doc: Document, html: str) -> None:
    """Everything a reader needs is on the page, and nothing from the text became markup."""
    page = read_page(html)
    assert page.unclosed == []
    assert page.texts == [doc.text]
    assert len(page.scripts) == 1 and len(page.styles) == 1
    assert _sha(page.scripts[0]) in CSP and _sha(page.styles[0]) in CSP
    mentions = doc.mentions()
    heads = [m for m in page.marks.values() if m.head]
    assert len(heads) == len(page.marks) == len(mentions)
    for kind in KIND_LABELS:
        assert sum(m.kind == kind for m in heads) == sum(m.kind == kind for m in mentions)
    assert sorted(m.text for m in heads) == sorted(m.text for m in mentions)
    assert len(page.ids) == len(set(page.ids))
    assert all(f"{m.ident}-v" in page.ids for m in heads)
    for tag, attrs in page.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        if tag == "a":
            assert str(attrs.get("href")).startswith("#")
        assert tag not in {"img", "iframe", "link", "object", "b", "textarea"}, (tag, attrs)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_fixture_page_holds_every_mention(path: Path) -> None:
    doc = extract(path.read_text(encoding="utf-8"))
    _check_against(doc, doc.to_html(title=path.name))


def test_values_are_written_for_people() -> None:
    doc = Document(
        text="38.5 triệu đồng; LĐLĐ tỉnh; 20/4 - 30/4/2022; 65 suất quà; 12,5%",
        money=(
            MoneyAmount(
                text="38.5 triệu đồng",
                start=0,
                end=15,
                rule="r",
                amount=Decimal("38500000"),
                low=Decimal("38500000"),
                high=Decimal("38500000"),
                currency="VND",
            ),
        ),
        organizations=(
            Organization(
                text="LĐLĐ tỉnh",
                start=17,
                end=26,
                rule="r",
                name="LĐLĐ tỉnh",
                canonical="Liên đoàn Lao động tỉnh",
                org_type="trade_union",
                abbreviation="LĐLĐ",
            ),
        ),
        dates=(
            DateMention(
                text="20/4 - 30/4/2022",
                start=28,
                end=44,
                rule="r",
                value="2022-04-20",
                grain="day",
                until="2022-04-30",
            ),
        ),
        counts=(Count(text="65 suất quà", start=46, end=57, rule="r", value=65, unit="suất quà"),),
        percents=(Percent(text="12,5%", start=59, end=64, rule="r", value=Decimal("12.5")),),
    )
    html = doc.to_html()
    _check_against(doc, html)
    for shown in (
        "38.500.000 VND",
        "Liên đoàn Lao động tỉnh",
        "2022-04-20 → 2022-04-30",
        "65 suất quà",
        "12,5 %",
    ):
        assert f'<div class="vh">{shown}</div>' in html


def test_number_formatting() -> None:
    assert format_number(Decimal("3200000000")) == "3.200.000.000"
    assert format_number(Decimal("0.75")) == "0,75"
    assert format_number(999) == "999"


def test_hostile_text_and_values_stay_text() -> None:
    doc = hostile_document()
    assert isinstance(doc, Document)
    html = document_page(doc, title="</title><script>alert(1)</script>")
    _check_against(doc, html)
    page = read_page(html)
    assert page.title == "</title><script>alert(1)</script>"
    assert "<script>window.__pwned" not in html and "<img" not in html
    assert "\r" not in html and "&#13;" in html  # CR survives the parser's newline folding
    assert HOSTILE_TEXT.count("<") == page.texts[0].count("<")


def test_overlapping_mentions_nest_and_stack() -> None:
    text = "Công văn 294-CV/TU ngày 21/7/2021 của Tỉnh ủy Lai Châu nhé"
    a = text.index("Công văn")
    t = text.index("Tỉnh ủy")
    org = Organization(
        text=text[t:-4],
        start=t,
        end=len(text) - 4,
        rule="r",
        name=text[t:-4],
        canonical=text[t:-4],
        org_type="party",
    )
    outer = Organization(  # a long span holding a date and an organization
        text=text[a:-4],
        start=a,
        end=len(text) - 4,
        rule="r",
        name="x",
        canonical="x",
        org_type="other",
    )
    d = text.index("ngày")
    date = DateMention(
        text=text[d : d + 14], start=d, end=d + 14, rule="r", value="2021-07-21", grain="day"
    )
    cross = MoneyAmount(  # crosses the date's end: split into fragments
        text=text[d + 5 : t + 3],
        start=d + 5,
        end=t + 3,
        rule="r",
        amount=Decimal(1),
        currency="VND",
    )
    doc = Document(text=text, organizations=(outer, org), dates=(date,), money=(cross,))
    html = doc.to_html()
    _check_against(doc, html)
    page = read_page(html)
    by_text = {m.text: m for m in page.marks.values()}
    o, i, dm, c = by_text[outer.text], by_text[org.text], by_text[date.text], by_text[cross.text]
    assert o.depth == 0 and i.depth >= 1 and dm.depth == 1
    assert o.level is not None and i.level is not None and dm.level is not None
    assert o.level > dm.level and o.level > i.level  # outer underline below the inner ones
    assert c.fragments >= 2 and c.level is not None and dm.level > c.level


@settings(max_examples=60, deadline=None)
@given(
    st.text(min_size=1, max_size=40),
    st.lists(st.tuples(st.integers(0, 40), st.integers(1, 12), st.booleans()), max_size=6),
)
def test_any_spans_render_faithfully(text: str, spans: list[tuple[int, int, bool]]) -> None:
    dates, orgs = [], []
    for start, length, as_date in spans:
        start = min(start, len(text) - 1)
        end = min(len(text), start + length)
        target = dates if as_date else orgs
        if any(m.start < end and start < m.end for m in target):
            continue  # within one kind mentions do not overlap
        if as_date:
            dates.append(
                DateMention(
                    text=text[start:end], start=start, end=end, rule="r", value="2021", grain="year"
                )
            )
        else:
            orgs.append(
                Organization(
                    text=text[start:end],
                    start=start,
                    end=end,
                    rule="r",
                    name="n",
                    canonical="n",
                    org_type="other",
                )
            )
    doc = Document(
        text=text,
        dates=tuple(sorted(dates, key=lambda m: m.start)),
        organizations=tuple(sorted(orgs, key=lambda m: m.start)),
    )
    html = doc.to_html()
    page = read_page(html)
    assert page.texts == [text.replace("\x00", "\ufffd")]
    assert sorted(m.text for m in page.marks.values()) == sorted(
        m.text.replace("\x00", "\ufffd") for m in doc.mentions()
    )


def test_several_documents_make_one_page_with_a_list(tmp_path: Path) -> None:
    items = [(p.name, extract(p.read_text(encoding="utf-8"))) for p in FIXTURES]
    items.append(("<b>hostile & name</b>", hostile_document()))  # type: ignore[arg-type]
    out = tmp_path / "all.html"
    write_page(out, items)
    html = out.read_text(encoding="utf-8")
    page = read_page(html)
    assert page.texts == [doc.text for _, doc in items]
    links = [a.get("href") for t, a in page.tags if t == "a"]
    assert links == [f"#doc-{i}" for i in range(len(items))]
    assert [f"doc-{i}" for i in range(len(items))] == [i for i in page.ids if i.startswith("doc-")]
    assert len(page.marks) == sum(len(doc.mentions()) for _, doc in items)
    assert "&lt;b&gt;hostile &amp; name&lt;/b&gt;" in html
    with pytest.raises(ValueError, match="at least one"):
        write_page(tmp_path / "none.html", [])
