"""The HTML page in a real headless Chromium: every mention shown with its value, no script
from the text ever runs, nothing is fetched, overlaps stay readable. Screenshots go to artifacts/."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.browser.pagecheck import HOSTILE_TEXT, hostile_document
from unionextract import (
    Count,
    DateMention,
    Document,
    DocumentNumber,
    Mention,
    MoneyAmount,
    Organization,
    Percent,
    extract,
)
from unionextract.html import KIND_LABELS, write_page

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = sorted((ROOT / "fixtures").glob("*.txt"))


def grouped(value: Decimal | int) -> str:
    """Thousands grouped with '.', decimals after ',' — written here independently of html.py."""
    d = Decimal(value)
    sign = "-" if d < 0 else ""
    whole, _, frac = f"{abs(d):f}".partition(".")
    frac = frac.rstrip("0")
    groups = []
    while len(whole) > 3:
        whole, groups = whole[:-3], [whole[-3:], *groups]
    return sign + ".".join([whole, *groups]) + ("," + frac if frac else "")


def expected_shown(m: Mention) -> list[str]:
    """What a reader must see in the tooltip of a mention."""
    if isinstance(m, MoneyAmount):
        shown = [grouped(x) for x in (m.amount, m.low, m.high) if x is not None]
        return [*shown, m.currency] + ([m.per] if m.per else [])
    if isinstance(m, Count):
        return [*(grouped(x) for x in (m.value, m.low, m.high) if x is not None), m.unit]
    if isinstance(m, Percent):
        return [grouped(x) + " %" for x in (m.value,) if x is not None]
    if isinstance(m, DateMention):
        return [m.value] + ([m.until] if m.until else [])
    if isinstance(m, Organization):
        return [m.canonical, m.org_type]
    if isinstance(m, DocumentNumber):
        parts = [m.symbol, m.number, m.doc_type_name, m.issuer_name, m.issued_on, m.issued_by]
        return [p for p in parts if p] + ([str(m.year)] if m.year else [])
    raise AssertionError(m)


class Opened:
    """A page opened from a file, with everything the page tried to do recorded."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.problems: list[str] = []
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        page.on("pageerror", lambda e: self.problems.append(str(e)))
        page.on(
            "console",
            lambda msg: (
                self.problems.append(msg.text) if msg.type in ("error", "warning") else None
            ),
        )

    def fetched_elsewhere(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(("file:", "data:", "about:"))]


@pytest.fixture
def opened(browser_context: Any) -> Iterator[Opened]:
    page = browser_context.new_page()
    try:
        yield Opened(page)
    finally:
        page.close()


def _shown_values(page: Any) -> dict[str, dict[str, str]]:
    """Focus every mention (as the keyboard would) and read the tooltip each time."""
    return page.evaluate(
        """() => {
          const tip = document.getElementById("ue-tip"), out = {};
          for (const el of document.querySelectorAll("mark.m[tabindex]")) {
            el.focus();
            const r = tip.getBoundingClientRect();
            out[el.dataset.m] = {kind: el.dataset.kind, text: tip.innerText,
                                 visible: !tip.hidden && r.width > 0 && r.height > 0,
                                 own: [...document.querySelectorAll(
                                   `mark.m[data-m="${el.dataset.m}"]`)].map(f => f.textContent).join("")};
          }
          document.activeElement.blur();
          return out;
        }"""
    )


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_fixture_page_shows_every_mention_with_its_value(
    path: Path, opened: Opened, tmp_path: Path, artifacts: Path
) -> None:
    doc = extract(path.read_text(encoding="utf-8"))
    out = tmp_path / f"{path.stem}.html"
    write_page(out, [(path.name, doc)])
    page = opened.page
    page.goto(out.as_uri())

    assert page.evaluate("document.querySelector('div.text').textContent") == doc.text
    mentions = doc.mentions()
    for kind in KIND_LABELS:
        n = sum(m.kind == kind for m in mentions)
        assert page.locator(f"mark.m.k-{kind}[tabindex]").count() == n, kind
        legend = page.locator(f'.legend button[data-kind="{kind}"] .n').inner_text()
        assert int(legend) == n, kind

    shown = _shown_values(page)
    assert len(shown) == len(mentions)
    remaining = list(mentions)
    for info in shown.values():
        assert info["visible"]
        match = next(m for m in remaining if m.text == info["own"] and m.kind == info["kind"])
        remaining.remove(match)
        for want in expected_shown(match):
            assert want in info["text"], (match, want, info["text"])
    assert remaining == []

    # a real keyboard: Tab through the legend to the first highlight, whose value then shows
    page.locator(".legend button").first.focus()
    for _ in range(len(KIND_LABELS) + 1):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('mark.m')"):
            break
    assert page.evaluate("document.activeElement.matches('mark.m')")
    assert page.is_visible("#ue-tip")
    first = page.evaluate("document.activeElement.textContent")
    page.screenshot(path=str(artifacts / f"html-{path.stem}-focus.png"))
    assert first in page.inner_text("#ue-tip")
    page.keyboard.press("Escape")
    assert page.is_hidden("#ue-tip")

    # and a mouse
    page.locator("mark.m.k-organization, mark.m").first.hover()
    assert page.is_visible("#ue-tip")
    page.screenshot(path=str(artifacts / f"html-{path.stem}.png"), full_page=True)

    assert opened.fetched_elsewhere() == []
    assert opened.problems == [] and opened.dialogs == []


@pytest.mark.parametrize("with_csp", [True, False], ids=["csp", "escaping-alone"])
def test_hostile_document_runs_nothing(
    with_csp: bool, opened: Opened, tmp_path: Path, artifacts: Path
) -> None:
    doc = hostile_document()
    assert isinstance(doc, Document)
    out = tmp_path / "hostile.html"
    write_page(out, [("<img src=x onerror=alert(9)>", doc), ('"quoted" & </style>', doc)])
    html = out.read_text(encoding="utf-8")
    if not with_csp:  # prove the escaping holds by itself, without the policy's second guard
        html, n = re.subn(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
        assert n == 1
        out.write_text(html, encoding="utf-8")
    page = opened.page
    page.goto(out.as_uri())
    for el in page.locator("mark.m[tabindex]").all():  # show every value card
        el.hover()
        el.focus()
    page.locator(".legend button").first.click()
    page.wait_for_timeout(100)
    assert page.evaluate("window.__pwned === undefined")
    assert opened.dialogs == []
    assert opened.fetched_elsewhere() == []
    assert page.evaluate("document.scripts.length") == 1
    texts = page.evaluate("[...document.querySelectorAll('div.text')].map(e => e.textContent)")
    assert texts == [HOSTILE_TEXT, HOSTILE_TEXT]
    assert page.is_visible("main")  # the injected </style><style>body{display:none} is text
    if with_csp:
        assert opened.problems == []
        page.screenshot(path=str(artifacts / "html-hostile.png"), full_page=True)


def test_overlapping_mentions_stay_readable(
    opened: Opened, tmp_path: Path, artifacts: Path
) -> None:
    text = "Theo Công văn số 294-CV/TU ngày 21/7/2021 của Tỉnh ủy Lai Châu, hỗ trợ 20% kinh phí."
    t = text.index("Tỉnh ủy")
    e = text.index(",")
    d = text.index("ngày")
    c = text.index("Công văn")
    outer = Organization(  # a long span around a date and an organization
        text=text[c:e],
        start=c,
        end=e,
        rule="r",
        name=text[c:e],
        canonical="(outer)",
        org_type="other",
    )
    inner = Organization(
        text=text[t:e],
        start=t,
        end=e,
        rule="r",
        name=text[t:e],
        canonical="Tỉnh ủy Lai Châu",
        org_type="party",
    )
    date = DateMention(
        text=text[d : d + 14], start=d, end=d + 14, rule="r", value="2021-07-21", grain="day"
    )
    cross = Percent(  # crosses the date's end
        text=text[d + 10 : t + 4], start=d + 10, end=t + 4, rule="r", value=Decimal(20)
    )
    doc = Document(text=text, organizations=(outer, inner), dates=(date,), percents=(cross,))
    out = tmp_path / "overlaps.html"
    write_page(out, [("overlaps", doc)])
    page = opened.page
    page.goto(out.as_uri())
    shown = _shown_values(page)
    assert sorted(v["own"] for v in shown.values()) == sorted(m.text for m in doc.mentions())
    bottoms = page.evaluate(
        """() => Object.fromEntries([...document.querySelectorAll("mark.m[tabindex]")].map(
             el => [[...document.querySelectorAll(`mark.m[data-m="${el.dataset.m}"]`)]
                      .map(f => f.textContent).join(""), el.getBoundingClientRect().bottom]))"""
    )
    # each enclosing mention's underline sits lower than those inside it
    assert bottoms[outer.text] > bottoms[date.text] > bottoms[cross.text]
    assert bottoms[outer.text] > bottoms[cross.text] > bottoms[inner.text]
    # hovering the inner organization shows it and the span around it
    page.locator("mark.m.k-organization", has_text="Tỉnh ủy Lai Châu").last.hover()
    tip = page.inner_text("#ue-tip")
    assert "Tỉnh ủy Lai Châu" in tip and "(outer)" in tip
    page.screenshot(path=str(artifacts / "html-overlaps.png"))


def test_document_list_and_legend_switches(opened: Opened, tmp_path: Path, artifacts: Path) -> None:
    items = [(p.name, extract(p.read_text(encoding="utf-8"))) for p in FIXTURES]
    out = tmp_path / "all.html"
    write_page(out, items)
    page = opened.page
    page.goto(out.as_uri())
    assert page.locator("nav .doclist a").all_inner_texts() == [name for name, _ in items]
    assert page.locator("section.doc").count() == len(items)
    page.screenshot(path=str(artifacts / "html-several.png"))
    page.locator("nav .doclist a").last.click()
    assert page.evaluate("location.hash") == f"#doc-{len(items) - 1}"
    top = page.locator("section.doc").last.evaluate("e => e.getBoundingClientRect().top")
    assert abs(top) < 50  # scrolled to the document

    section = page.locator("section.doc").first
    mark = section.locator("mark.m.k-organization").first
    before = mark.evaluate("e => getComputedStyle(e).backgroundColor")
    section.locator('.legend button[data-kind="organization"]').click()
    assert mark.evaluate("e => getComputedStyle(e).backgroundColor") == "rgba(0, 0, 0, 0)" != before
    # the other documents keep their highlights
    other = page.locator("section.doc").last.locator("mark.m.k-organization").first
    assert other.evaluate("e => getComputedStyle(e).backgroundColor") == before
    assert opened.fetched_elsewhere() == [] and opened.problems == []
