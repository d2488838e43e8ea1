"""unionextract: typed, offset-true records from Vietnamese union, Party and state text.

>>> from unionextract import extract
>>> doc = extract("Số: 732/LĐLĐ ngày 27/7/2021: hỗ trợ 65 suất quà, 38.5 triệu đồng.")
>>> [(m.kind, m.text) for m in doc.mentions()]
[('document_number', '732/LĐLĐ'), ('date', 'ngày 27/7/2021'), ('count', '65 suất quà'), ('money', '38.5 triệu đồng')]
"""

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
from .numbers import parse_number
from .pipeline import extract, extract_many

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
