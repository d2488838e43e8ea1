"""Typed records: every mention kind, the metadata frame and the Document.

All models are frozen pydantic v2 models and round-trip through JSON:
``Document.model_validate_json(doc.model_dump_json()) == doc``.
Offsets (`start`, `end`) are ``str`` indices into the caller's original text.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Qualifier = Literal["exact", "approx", "over", "under", "nearly", "at_least", "at_most", "range"]
Grain = Literal["day", "week", "month", "quarter", "year"]
OrgType = Literal[
    "trade_union",
    "party",
    "state",
    "mass_organization",
    "education",
    "health",
    "enterprise",
    "other",
]
Style = Literal["state", "party"]

#: Plural names accepted by ``extract(kinds=...)`` mapped to each record's ``kind``.
KINDS: dict[str, str] = {
    "dates": "date",
    "document_numbers": "document_number",
    "money": "money",
    "organizations": "organization",
    "counts": "count",
    "percents": "percent",
}


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(_Frozen):
    """A character span of the original text (a sentence)."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Mention(_Frozen):
    """Fields every mention has."""

    kind: str
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    rule: str

    @model_validator(mode="after")
    def _span_matches_text(self) -> Mention:
        if self.end - self.start != len(self.text):
            raise ValueError(
                f"span {self.start}:{self.end} does not have the length of {self.text!r}"
            )
        return self


class DateMention(Mention):
    kind: Literal["date"] = "date"
    value: str
    grain: Grain
    year: int | None = None
    month: int | None = None
    day: int | None = None
    until: str | None = None
    #: True for a date of the lunar calendar ("15/8 âm lịch"); its value is the lunar date.
    lunar: bool = False


class MoneyAmount(Mention):
    kind: Literal["money"] = "money"
    amount: Decimal | None
    low: Decimal | None = None
    high: Decimal | None = None
    currency: str
    qualifier: Qualifier = "exact"
    per: str | None = None


class Count(Mention):
    kind: Literal["count"] = "count"
    value: int | None
    low: int | None = None
    high: int | None = None
    qualifier: Qualifier = "exact"
    unit: str


class Percent(Mention):
    kind: Literal["percent"] = "percent"
    value: Decimal | None
    low: Decimal | None = None
    high: Decimal | None = None
    qualifier: Qualifier = "exact"


class DocumentNumber(Mention):
    kind: Literal["document_number"] = "document_number"
    symbol: str
    number: str
    year: int | None = None
    doc_type: str | None = None
    doc_type_name: str | None = None
    issuer: str | None = None
    issuer_name: str | None = None
    issuer_unit: str | None = None
    style: Style
    issued_on: str | None = None
    issued_by: str | None = None


class Organization(Mention):
    kind: Literal["organization"] = "organization"
    name: str
    canonical: str
    org_type: OrgType
    abbreviation: str | None = None
    #: Where a missing part of the name came from, e.g. the province named elsewhere in the text.
    evidence: str | None = None


class Metadata(_Frozen):
    """The frame of an official document or an article; each field ``None`` when absent."""

    number: DocumentNumber | None = None
    place: str | None = None
    issued_on: str | None = None
    subject: str | None = None
    recipients: tuple[str, ...] | None = None
    copies_to: tuple[str, ...] | None = None
    signer: str | None = None
    signer_title: str | None = None
    signing_capacity: str | None = None
    author: str | None = None
    source: str | None = None
    views: int | None = None


AnyMention = DateMention | MoneyAmount | Count | Percent | DocumentNumber | Organization


class Document(_Frozen):
    """The result of :func:`unionextract.extract`."""

    text: str
    sentences: tuple[Span, ...] = ()
    dates: tuple[DateMention, ...] = ()
    document_numbers: tuple[DocumentNumber, ...] = ()
    money: tuple[MoneyAmount, ...] = ()
    organizations: tuple[Organization, ...] = ()
    counts: tuple[Count, ...] = ()
    percents: tuple[Percent, ...] = ()
    metadata: Metadata = Metadata()

    def mentions(self) -> list[AnyMention]:
        """All mentions of every kind, ordered by ``start`` (then ``end``, then kind)."""
        every: list[AnyMention] = [
            *self.dates,
            *self.document_numbers,
            *self.money,
            *self.organizations,
            *self.counts,
            *self.percents,
        ]
        return sorted(every, key=lambda m: (m.start, m.end, m.kind))

    def to_rows(self, doc_id: str | None = None) -> list[dict[str, object]]:
        """One flat dict per mention, values flattened (see :mod:`unionextract.rows`)."""
        from .rows import document_rows

        return document_rows(self, doc_id)

    def to_html(self, title: str | None = None) -> str:
        """A self-contained HTML page highlighting every mention (see :mod:`unionextract.html`)."""
        from .html import document_page

        return document_page(self, title)
