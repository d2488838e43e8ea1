"""normalize → segment → extractors → resolve overlaps → map offsets back → records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from . import metadata as metadata_mod
from .context import Context
from .errors import InputTypeError, UnknownKindError
from .extractors import EXTRACTORS, link
from .models import (
    KINDS,
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
from .normalize import normalize
from .rules import EXCLUSIVE_KINDS, Candidate, resolve_overlaps

MODELS: dict[str, type[Mention]] = {
    "date": DateMention,
    "document_number": DocumentNumber,
    "money": MoneyAmount,
    "organization": Organization,
    "count": Count,
    "percent": Percent,
}
_EXCLUSIVE_PLURALS = tuple(p for p, k in KINDS.items() if k in EXCLUSIVE_KINDS)


def check_kinds(kinds: Iterable[str] | None) -> frozenset[str]:
    """Validate ``kinds`` (plural names); ``None`` means all of them."""
    if kinds is None:
        return frozenset(KINDS)
    if isinstance(kinds, str):
        # a lone string would iterate per character; accept it as one kind name
        kinds = [kinds]
    try:
        chosen = frozenset(kinds)
    except TypeError:
        raise InputTypeError(
            f"kinds must be an iterable of kind names, not {type(kinds).__name__}"
        ) from None
    unknown = sorted(str(k) for k in chosen - set(KINDS))
    if unknown:
        raise UnknownKindError(
            f"unknown kind(s) {', '.join(map(repr, unknown))}; valid kinds: {', '.join(KINDS)}"
        )
    return chosen


def check_text(text: object) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise InputTypeError(
            f"extract() takes text as str, not {type(text).__name__}; "
            "decode it first, e.g. data.decode('utf-8')"
        )
    raise InputTypeError(
        f"extract() takes text as str, not {type(text).__name__}; pass the document's text"
    )


def check_reference_date(reference_date: object) -> dt.date | None:
    if reference_date is None:
        return None
    if isinstance(reference_date, dt.datetime):
        return reference_date.date()
    if isinstance(reference_date, dt.date):
        return reference_date
    raise InputTypeError(
        f"reference_date must be a datetime.date or None, not {type(reference_date).__name__}"
        f" ({reference_date!r}); e.g. datetime.date(2021, 7, 27)"
    )


@dataclass(frozen=True)
class Pipeline:
    """An immutable extraction pipeline over a fixed set of kinds."""

    kinds: frozenset[str] = frozenset(KINDS)

    def __call__(self, text: str, reference_date: dt.date | None = None) -> Document:
        if not text.strip():
            return Document(text=text)
        norm = normalize(text)
        ctx = Context(norm, reference_date)
        # readings of digits exclude each other, so they all run even when fewer are asked for
        run = set(self.kinds) | set(_EXCLUSIVE_PLURALS)
        with_metadata = self.kinds == frozenset(KINDS)
        cands: list[Candidate] = []
        for plural, extract_kind in EXTRACTORS.items():
            if plural in run:
                cands.extend(extract_kind(ctx))
        resolved = resolve_overlaps(cands)
        resolved = link(resolved, ctx)

        by_kind: dict[str, list[Any]] = {k: [] for k in MODELS}
        for c in resolved:
            by_kind[c.kind].append(self._record(c, ctx))
        meta = Metadata()
        if with_metadata:
            meta = metadata_mod.extract(ctx, resolved, lambda c: self._record(c, ctx))
        wanted = {KINDS[p] for p in self.kinds}
        return Document(
            text=text,
            # plain dicts: pydantic builds the Span records in one validation pass (faster)
            sentences=[
                {"start": s, "end": e} for s, e in (norm.to_original(*sp) for sp in ctx.sentences)
            ],
            **{
                plural: tuple(by_kind[kind]) if kind in wanted else ()
                for plural, kind in KINDS.items()
            },
            metadata=meta,
        )

    @staticmethod
    def _record(c: Candidate, ctx: Context) -> Any:
        start, end = ctx.normalized.to_original(c.start, c.end)
        text = ctx.normalized.original[start:end]
        fields = dict(c.fields)
        if c.kind == "organization":
            fields.setdefault("name", text)  # the name as written
        return MODELS[c.kind](text=text, start=start, end=end, rule=c.rule, **fields)


def extract(
    text: str,
    reference_date: dt.date | None = None,
    kinds: Iterable[str] | None = None,
) -> Document:
    """Extract every mention from ``text``; see CONTRACT.md.

    >>> doc = extract("LĐLĐ tỉnh trao 65 suất quà, tổng số tiền 38.5 triệu đồng.")
    >>> [(m.kind, m.text) for m in doc.mentions()]
    [('organization', 'LĐLĐ tỉnh'), ('count', '65 suất quà'), ('money', '38.5 triệu đồng')]
    """
    text = check_text(text)
    ref = check_reference_date(reference_date)
    return Pipeline(check_kinds(kinds))(text, ref)
