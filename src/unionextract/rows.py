"""A flat table view of a Document: one dict per mention, every value a plain scalar.

Every row has the same keys, in the same order (:func:`columns`): the document id, the fields
every mention has (``kind``, ``text``, ``start``, ``end``, ``rule``), then the value fields of
every kind, ``None`` where a kind does not have that field. That shape suits ``csv.DictWriter``,
``pandas.DataFrame`` and a Dask or Spark schema alike.

Values are flattened to scalars without losing anything: ``Decimal`` becomes its exact string
("38500000"), a nested record becomes ``parent.field`` columns, a list becomes its items joined
by ``"; "``. ``int``, ``bool`` and ``str`` stay as they are.

>>> from unionextract import extract
>>> rows = extract("Trao 65 suất quà trị giá 38,5 triệu đồng.").to_rows("d1")
>>> [(r["doc_id"], r["kind"], r["text"], r["amount"], r["value"], r["unit"]) for r in rows]
[('d1', 'count', '65 suất quà', None, 65, 'suất quà'), ('d1', 'money', '38,5 triệu đồng', '38500000', None, None)]
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

if TYPE_CHECKING:
    from .models import Document

#: The columns every mention has, first in every row.
BASE_COLUMNS: tuple[str, ...] = ("doc_id", "kind", "text", "start", "end", "rule")


@cache
def columns() -> tuple[str, ...]:
    """Every column of a row: :data:`BASE_COLUMNS`, then each kind's value fields in order."""
    from .pipeline import MODELS

    out = list(BASE_COLUMNS)
    for model in MODELS.values():
        for name in model.model_fields:
            if name not in out:
                out.append(name)
    return tuple(out)


def scalar(value: Any) -> Any:
    """One value as a plain scalar (exact: ``Decimal`` keeps every digit as a string).

    >>> scalar(Decimal("38.50")), scalar(7), scalar(None), scalar(("a", "b"))
    ('38.50', 7, None, 'a; b')
    """
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, float):
        return value
    if isinstance(value, (list, tuple, set, frozenset)):
        return "; ".join(str(scalar(v)) for v in value)
    return str(value)


def _flatten(prefix: str, value: Any, out: dict[str, Any]) -> None:
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            _flatten(f"{prefix}.{name}", getattr(value, name), out)
    else:
        out[prefix] = scalar(value)


def mention_row(mention: BaseModel, doc_id: str | None = None) -> dict[str, Any]:
    """The flat row of one mention (see :func:`columns`)."""
    row: dict[str, Any] = dict.fromkeys(columns())
    row["doc_id"] = doc_id
    for name in type(mention).model_fields:
        _flatten(name, getattr(mention, name), row)
    return row


def document_rows(doc: Document, doc_id: str | None = None) -> list[dict[str, Any]]:
    """One flat dict per mention of ``doc``, ordered by ``start`` (see :func:`columns`)."""
    return [mention_row(m, doc_id) for m in doc.mentions()]


def rows_of(items: Iterable[tuple[str | None, Document]]) -> list[dict[str, Any]]:
    """The rows of several documents, each tagged with its id."""
    return [row for doc_id, doc in items for row in document_rows(doc, doc_id)]
