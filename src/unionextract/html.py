"""A self-contained HTML page that shows a Document: every mention highlighted over the text.

Each mention is a ``<mark class="m k-KIND">`` over its span, in its kind's colour; its typed value
(amount with thousands separators, ISO date and its end, the expanded organization name, the
fields of a document number) appears on hover and on keyboard focus. A legend counts mentions per
kind (and switches a kind's highlights off), and the metadata frame is a table. Overlapping mentions
nest, and each level's underline sits below the one inside it, so no span is lost; a mention that
crosses another's boundary is split into fragments sharing one ``data-m`` id.

The page fetches nothing: CSS and JS are inline and a Content-Security-Policy allows only those two
blocks (by hash), so even a mistake in escaping could not run a script. Everything that comes from
the text or the records is escaped.

>>> from unionextract import extract
>>> page = extract("Hỗ trợ 38.5 triệu đồng ngày 27/7/2021.").to_html(title="<demo>")
>>> "38.500.000 VND" in page and "&lt;demo&gt;" in page and "<demo>" not in page
True
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import os
from collections.abc import Iterable, Sequence
from decimal import Decimal

from ._page_assets import CSS, JS
from .models import (
    Count,
    DateMention,
    Document,
    DocumentNumber,
    Mention,
    Metadata,
    MoneyAmount,
    Organization,
    Percent,
)

#: Kinds in the order the legend lists them, with their labels.
KIND_LABELS: dict[str, str] = {
    "date": "Dates",
    "document_number": "Document numbers",
    "money": "Money",
    "organization": "Organizations",
    "count": "Counts",
    "percent": "Percents",
}
_KIND_RANK = {k: i for i, k in enumerate(KIND_LABELS)}
_QUALIFIER_SIGN = {
    "approx": "≈ ",
    "over": "> ",
    "under": "< ",
    "nearly": "≲ ",
    "at_least": "≥ ",
    "at_most": "≤ ",
}
#: Levels of stacked underlines that get their own offset; deeper nesting shares the last one.
MAX_LEVEL = 4


def _sha256(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode() + "'"


#: Only the page's own style and script blocks may apply; nothing may be fetched.
CSP = (
    f"default-src 'none'; style-src {_sha256(CSS)}; script-src {_sha256(JS)}; "
    "img-src data:; base-uri 'none'; form-action 'none'"
)


def escape(value: object) -> str:
    """Text → HTML text or attribute value: ``& < > " '`` escaped, CR kept, NUL made visible.

    >>> escape('<script>"x" & \\'y\\'</script>')
    '&lt;script&gt;&quot;x&quot; &amp; &#x27;y&#x27;&lt;/script&gt;'
    """
    s = str(value)
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = s.replace('"', "&quot;").replace("'", "&#x27;")
    # HTML parsing turns CR and CRLF into LF and drops NUL; keep the text as it was
    return s.replace("\r", "&#13;").replace("\x00", "\ufffd")


def format_number(value: Decimal | int) -> str:
    """Digits grouped by thousands the Vietnamese way: ``.`` between groups, ``,`` before decimals.

    >>> format_number(Decimal("38500000")), format_number(Decimal("12.5")), format_number(-1234)
    ('38.500.000', '12,5', '-1.234')
    >>> format_number(Decimal("3.8E+7")), format_number(Decimal("1000.50"))
    ('38.000.000', '1.000,5')
    """
    d = Decimal(value)
    if d == d.to_integral_value():
        return f"{int(d):,}".replace(",", ".")
    whole, _, frac = format(d.normalize(), "f").partition(".")
    return f"{int(whole):,}".replace(",", ".") + "," + frac


def _bounds(low: Decimal | int | None, high: Decimal | int | None) -> str:
    return f"{'…' if low is None else format_number(low)} – {'…' if high is None else format_number(high)}"


def value_summary(m: Mention) -> tuple[str, list[tuple[str, str]]]:
    """The headline value of a mention and its fields as (label, text) rows, for the tooltip."""
    rows: list[tuple[str, str]] = []
    head = m.text
    if isinstance(m, MoneyAmount):
        cur = f" {m.currency}"
        if m.amount is not None:
            head = _QUALIFIER_SIGN.get(m.qualifier, "") + format_number(m.amount) + cur
        else:
            head = _bounds(m.low, m.high) + cur
        if m.per:
            head += f"/{m.per}"
        if m.amount is not None and m.qualifier != "exact" and (m.low, m.high) != (None, None):
            rows.append(("bounds", _bounds(m.low, m.high) + cur))
        rows += [("qualifier", m.qualifier), ("per", m.per or "")]
    elif isinstance(m, Count):
        num = _bounds(m.low, m.high) if m.value is None else format_number(m.value)
        head = f"{_QUALIFIER_SIGN.get(m.qualifier, '')}{num} {m.unit}".strip()
        if m.value is not None and m.qualifier != "exact" and (m.low, m.high) != (None, None):
            rows.append(("bounds", _bounds(m.low, m.high)))
        rows += [("unit", m.unit), ("qualifier", m.qualifier)]
    elif isinstance(m, Percent):
        num = _bounds(m.low, m.high) if m.value is None else format_number(m.value)
        head = f"{_QUALIFIER_SIGN.get(m.qualifier, '')}{num} %"
        rows.append(("qualifier", m.qualifier))
    elif isinstance(m, DateMention):
        head = m.value if m.until is None else f"{m.value} → {m.until}"
        if m.lunar:
            head += " (âm lịch)"
        rows += [("grain", m.grain), ("until", m.until or ""), ("lunar", "yes" if m.lunar else "")]
    elif isinstance(m, Organization):
        head = m.canonical
        rows += [("type", m.org_type), ("abbreviation", m.abbreviation or "")]
        rows += [("as written", m.name if m.name != m.canonical else "")]
        rows.append(("evidence", m.evidence or ""))
    elif isinstance(m, DocumentNumber):
        head = m.symbol
        rows += [("number", m.number), ("year", "" if m.year is None else str(m.year))]
        rows += [("type", " · ".join(x for x in (m.doc_type, m.doc_type_name) if x))]
        rows += [("issuer", " · ".join(x for x in (m.issuer, m.issuer_name) if x))]
        rows += [("unit", m.issuer_unit or ""), ("style", m.style)]
        rows += [("issued on", m.issued_on or ""), ("issued by", m.issued_by or "")]
    rows.append(("rule", m.rule))
    return head, [(k, v) for k, v in rows if v]


def _kind_class(kind: str) -> str:
    return f"k-{kind}" if kind in KIND_LABELS else "k-other"


def _sort_key(m: Mention) -> tuple[int, int, int, str]:
    """Outer before inner: earlier start, then longer, then legend order."""
    return (m.start, -m.end, _KIND_RANK.get(m.kind, len(_KIND_RANK)), m.kind)


def _levels(ms: Sequence[Mention]) -> list[int]:
    """For mentions in `_sort_key` order: 0 for a mention with nothing nested inside it, else one
    more than the deepest mention rendered inside it — so each outer underline sits lower."""
    levels = [0] * len(ms)
    for i in range(len(ms) - 1, -1, -1):
        j = i + 1
        # every later mention that starts before this one ends is rendered inside it
        while j < len(ms) and ms[j].start < ms[i].end:
            levels[i] = max(levels[i], levels[j] + 1)
            j += 1
    return levels


def render_text(text: str, mentions: Iterable[Mention], prefix: str) -> str:
    """``text`` escaped, with a ``<mark>`` around every mention (nested where they overlap)."""
    ms = sorted((m for m in mentions if m.end > m.start), key=_sort_key)
    levels = _levels(ms)
    points = sorted({0, len(text)} | {m.start for m in ms} | {m.end for m in ms})
    out: list[str] = []
    stack: list[int] = []  # indices into ms of the open <mark>s, outermost first
    opened: set[int] = set()
    nxt = 0  # next mention (in ms) not yet active
    active: list[int] = []
    for a, b in itertools.pairwise(points):
        active = [i for i in active if ms[i].end > a]
        while nxt < len(ms) and ms[nxt].start <= a:
            active.append(nxt)
            nxt += 1
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep] == active[keep]:
            keep += 1
        out.append("</mark>" * (len(stack) - keep))
        stack = stack[:keep]
        for i in active[keep:]:
            m = ms[i]
            ident = f"{prefix}m{i}"
            classes = f"m {_kind_class(m.kind)} lv{min(levels[i], MAX_LEVEL)}"
            if i in opened:  # a continuation of a mention split by a crossing one
                out.append(f'<mark class="{classes} cont" data-m="{ident}">')
            else:
                opened.add(i)
                out.append(
                    f'<mark class="{classes}" data-m="{ident}" data-kind="{escape(m.kind)}" '
                    f'tabindex="0" aria-describedby="{ident}-v">'
                )
            stack.append(i)
        out.append(escape(text[a:b]))
    out.append("</mark>" * len(stack))
    return "".join(out)


def render_values(mentions: Iterable[Mention], prefix: str) -> str:
    """The hidden value cards the tooltip shows, one per mention, ids matching `render_text`."""
    out = []
    for i, m in enumerate(sorted((m for m in mentions if m.end > m.start), key=_sort_key)):
        head, rows = value_summary(m)
        label = KIND_LABELS.get(m.kind, m.kind)
        dl = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in rows)
        out.append(
            f'<div class="val {_kind_class(m.kind)}" id="{prefix}m{i}-v">'
            f'<div class="vk">{escape(label)} · <q>{escape(m.text)}</q></div>'
            f'<div class="vh">{escape(head)}</div><dl>{dl}</dl></div>'
        )
    return f'<div class="vals" hidden>{"".join(out)}</div>'


def counts(doc: Document) -> dict[str, int]:
    """Mentions per kind, in legend order."""
    by_kind = {k: 0 for k in KIND_LABELS}
    for m in doc.mentions():
        by_kind[m.kind] = by_kind.get(m.kind, 0) + 1
    return by_kind


def render_legend(doc: Document) -> str:
    items = []
    for kind, n in counts(doc).items():
        items.append(
            f'<li><button type="button" class="{_kind_class(kind)}{" zero" if not n else ""}" data-kind="{escape(kind)}" '
            f'aria-pressed="true" title="show or hide these highlights">'
            f'<span class="sw"></span><span class="lk">{escape(KIND_LABELS.get(kind, kind))}</span>'
            f'<span class="n">{n}</span></button></li>'
        )
    return f'<ul class="legend" aria-label="mentions per kind">{"".join(items)}</ul>'


_META_LABELS: dict[str, str] = {
    "number": "Số (number)",
    "place": "Địa danh (place)",
    "issued_on": "Ngày (issued on)",
    "subject": "V/v (subject)",
    "recipients": "Kính gửi (recipients)",
    "copies_to": "Nơi nhận (copies to)",
    "signing_capacity": "Thẩm quyền ký (capacity)",
    "signer_title": "Chức vụ (signer title)",
    "signer": "Người ký (signer)",
    "author": "Tác giả (author)",
    "source": "Nguồn (source)",
    "views": "Lượt xem (views)",
}


def render_metadata(meta: Metadata) -> str:
    rows = []
    for field, label in _META_LABELS.items():
        value = getattr(meta, field)
        if value is None:
            continue
        if isinstance(value, DocumentNumber):
            cell = escape(value.symbol)
        elif isinstance(value, tuple):
            cell = "<ul>" + "".join(f"<li>{escape(v)}</li>" for v in value) + "</ul>"
        elif isinstance(value, int):
            cell = escape(format_number(value))
        else:
            cell = escape(value)
        rows.append(
            f'<tr data-field="{field}"><th scope="row">{escape(label)}</th><td>{cell}</td></tr>'
        )
    if not rows:
        return '<p class="none">No metadata frame found.</p>'
    return f'<table class="meta"><caption>Metadata</caption>{"".join(rows)}</table>'


def render_document(doc: Document, name: str | None, index: int) -> str:
    """One ``<section>`` for a document: heading, legend, metadata table and highlighted text."""
    prefix = f"d{index}-"
    total = len(doc.mentions())
    heading = f"<h2>{escape(name)}</h2>" if name else ""
    return (
        f'<section class="doc" id="doc-{index}" data-doc="{index}">'
        f'{heading}<div class="cols"><aside>'
        f'<p class="tot">{total} mention{"" if total == 1 else "s"} · {len(doc.text):,} characters</p>'
        f"{render_legend(doc)}{render_metadata(doc.metadata)}</aside>"
        f'<div class="text" lang="vi">{render_text(doc.text, doc.mentions(), prefix)}</div>'
        f"</div>{render_values(doc.mentions(), prefix)}</section>"
    )


def render_page(items: Sequence[tuple[str | None, Document]], title: str | None = None) -> str:
    """The whole page for one or more (name, Document) pairs; a document list when several."""
    title = title or (items[0][0] if len(items) == 1 and items[0][0] else None) or "unionextract"
    nav = ""
    if len(items) > 1:
        links = []
        for i, (name, doc) in enumerate(items):
            summary = ", ".join(
                f"{n} {KIND_LABELS.get(k, k).lower()}" for k, n in counts(doc).items() if n
            )
            links.append(
                f'<li><a href="#doc-{i}">{escape(name or f"document {i + 1}")}</a>'
                f'<span class="sum">{escape(summary or "no mentions")}</span></li>'
            )
        nav = f'<nav aria-label="documents"><h2>Documents</h2><ol class="doclist">{"".join(links)}</ol></nav>'
    single = len(items) == 1
    sections = "".join(
        render_document(doc, None if single else (name or f"document {i + 1}"), i)
        for i, (name, doc) in enumerate(items)
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="generator" content="unionextract">'
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body>"
        f"<header><h1>{escape(title)}</h1>"
        '<p class="hint">Hover over or tab to a highlight to see its value. '
        "Click a legend entry to hide or show that kind.</p></header>"
        f'{nav}<main>{sections}</main><div id="ue-tip" class="tip" role="tooltip" hidden></div>'
        f"<script>{JS}</script></body></html>\n"
    )


def document_page(doc: Document, title: str | None = None) -> str:
    """The page for one Document (what :meth:`Document.to_html` returns)."""
    return render_page([(title, doc)], title)


def write_page(
    path: str | os.PathLike[str],
    items: list[tuple[str, Document]],
    title: str | None = None,
) -> None:
    """Write one self-contained page for several (name, Document) pairs, with a document list."""
    if not items:
        raise ValueError("write_page needs at least one (name, Document) pair")
    page = render_page(items, title or (None if len(items) == 1 else "unionextract"))
    with open(path, "w", encoding="utf-8", errors="replace", newline="\n") as fh:
        fh.write(page)
