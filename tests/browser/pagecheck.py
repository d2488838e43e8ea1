"""Reading a unionextract page back with the standard library's HTML parser (no browser needed).

`read_page` returns what a browser would build: the text of each document's text block, the text
of each mention (its fragments joined), the script and style blocks, and every attribute seen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"meta", "link", "br", "img", "input", "hr", "wbr", "source", "area", "base", "col"}


@dataclass
class Mark:
    ident: str
    kind: str | None = None
    level: int | None = None
    head: bool = False
    text: str = ""
    fragments: int = 0
    depth: int = 0  # how many marks enclose its first fragment


@dataclass
class Page:
    texts: list[str] = field(default_factory=list)  # one per .text block
    marks: dict[str, Mark] = field(default_factory=dict)  # by data-m, in document order
    scripts: list[str] = field(default_factory=list)
    styles: list[str] = field(default_factory=list)
    tags: list[tuple[str, dict[str, str | None]]] = field(default_factory=list)
    title: str = ""
    ids: list[str] = field(default_factory=list)
    unclosed: list[str] = field(default_factory=list)


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.in_text = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.page.tags.append((tag, a))
        if a.get("id"):
            self.page.ids.append(str(a["id"]))
        if tag in VOID:
            return
        self.stack.append((tag, a))
        classes = (a.get("class") or "").split()
        if tag == "div" and "text" in classes:
            self.in_text = len(self.stack)
            self.page.texts.append("")
        if tag == "mark" and "m" in classes:
            ident = str(a["data-m"])
            mark = self.page.marks.get(ident)
            if mark is None:
                depth = sum(1 for t, _ in self.stack[:-1] if t == "mark")
                mark = self.page.marks[ident] = Mark(ident, depth=depth)
            mark.fragments += 1
            if "cont" not in classes:
                mark.head = True
                mark.kind = a.get("data-kind")
                mark.level = int(next(c[2:] for c in classes if c.startswith("lv")))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1:]}"
        if self.in_text == len(self.stack):
            self.in_text = 0
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not self.stack:
            return
        tag = self.stack[-1][0]
        if tag == "script":
            self.page.scripts.append(data)
        elif tag == "style":
            self.page.styles.append(data)
        elif tag == "title":
            self.page.title += data
        if self.in_text:
            self.page.texts[-1] += data
            for t, a in self.stack:
                if t == "mark":
                    self.page.marks[str(a["data-m"])].text += data


def read_page(html: str) -> Page:
    reader = _Reader()
    reader.feed(html)
    reader.close()
    reader.page.unclosed = [t for t, _ in reader.stack]
    return reader.page


HOSTILE_TEXT = (
    "Số: 1/<script>window.__pwned=1</script>\n"
    "Tên \"trích dẫn\" & 'nháy' </style><style>body{display:none}</style> "
    '<img src=x onerror="window.__pwned=2;alert(1)"> </textarea></title></mark>'
    '<!-- --> ]]> <a href="javascript:alert(3)">x</a> &amp;lt; \r\nCông đoàn <b>X</b> ngày 1/2/2021.'
)


def hostile_document() -> object:
    """A Document whose text, values and metadata all try to break out of their context."""
    from unionextract import DateMention, Document, DocumentNumber, Metadata, Organization

    text = HOSTILE_TEXT
    s1 = text.index("<script>")
    org_start = text.index("Công đoàn")
    org_end = text.index("</b>") + 4
    d_start = text.index("ngày 1/2")
    bad = '<img src=x onerror="window.__pwned=3">\'"&</script>'
    number = DocumentNumber(
        text=text[4 : s1 + 8],
        start=4,
        end=s1 + 8,
        rule="<n>/<script>",
        symbol=bad,
        number="1",
        issuer=bad,
        issuer_name=bad,
        style="state",
    )
    return Document(
        text=text,
        document_numbers=(number,),
        organizations=(
            Organization(
                text=text[org_start:org_end],
                start=org_start,
                end=org_end,
                rule=bad,
                name=text[org_start:org_end],
                canonical=bad,
                org_type="trade_union",
            ),
        ),
        dates=(
            DateMention(
                text=text[d_start:-1],
                start=d_start,
                end=len(text) - 1,
                rule="r",
                value="2021-02-01",
                grain="day",
                until=bad,
            ),
        ),
        metadata=Metadata(number=number, subject=bad, recipients=(bad, "</td></table>"), views=3),
    )
