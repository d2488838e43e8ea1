"""unionextract: typed, offset-true records from Vietnamese union, Party and state text.

>>> from unionextract import extract
>>> doc = extract("Số: 732/LĐLĐ ngày 27/7/2021: hỗ trợ 65 suất quà, 38.5 triệu đồng.")
>>> [(m.kind, m.text) for m in doc.mentions()]
[('document_number', '732/LĐLĐ'), ('date', 'ngày 27/7/2021'), ('count', '65 suất quà'), ('money', '38.5 triệu đồng')]
"""

import datetime as _dt
from collections.abc import Iterable as _Iterable
from collections.abc import Iterator as _Iterator
from decimal import Decimal as _Decimal

from .errors import (
    InputTypeError,
    NumberParseError,
    OptionError,
    UnionExtractError,
    UnknownKindError,
)
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
    Span,
)

# The rules compile hundreds of kilobytes of patterns; they load on the first call, not at import,
# so that ``import unionextract`` stays cheap (the pipeline modules are imported on first use).


def extract(
    text: str,
    reference_date: _dt.date | None = None,
    kinds: _Iterable[str] | None = None,
) -> Document:
    """Extract every mention from ``text`` → :class:`Document` (see CONTRACT.md).

    ``reference_date`` resolves relative dates and missing years; ``kinds`` restricts the output
    to some of ``KINDS``. Raises ``TypeError`` for non-str text and ``UnknownKindError`` (a
    ``ValueError``) for an unknown kind.
    """
    from .pipeline import extract as _extract

    return _extract(text, reference_date, kinds)


def extract_many(
    texts: _Iterable[str],
    *,
    reference_date: _dt.date | None = None,
    kinds: _Iterable[str] | None = None,
    workers: int = 1,
    chunksize: int = 16,
) -> _Iterator[Document]:
    """Documents for ``texts`` in input order; ``workers > 1`` uses a process pool."""
    from .batch import extract_many as _extract_many

    return _extract_many(
        texts, reference_date=reference_date, kinds=kinds, workers=workers, chunksize=chunksize
    )


def parse_number(s: str) -> _Decimal:
    """One number in digits, words or both ("38,5 triệu", "hai mươi mốt") → ``Decimal``.

    Raises :class:`NumberParseError` (a ``ValueError``) with a reason when ``s`` is not one number.
    """
    from .numbers import parse_number as _parse_number

    return _parse_number(s)


__version__ = "0.1.0"

__all__ = [
    "KINDS",
    "Count",
    "DateMention",
    "Document",
    "DocumentNumber",
    "InputTypeError",
    "Mention",
    "Metadata",
    "MoneyAmount",
    "NumberParseError",
    "OptionError",
    "Organization",
    "Percent",
    "Span",
    "UnionExtractError",
    "UnknownKindError",
    "__version__",
    "extract",
    "extract_many",
    "parse_number",
]
