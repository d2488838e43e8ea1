"""Extraction over a Dask bag or dataframe, one flat row per mention (``unionextract[dask]``).

Example (run by ``tests/test_distributed.py``)::

    import dask.dataframe as dd, pandas as pd
    docs = dd.from_pandas(pd.DataFrame({"id": ["a"], "text": ["Hỗ trợ 2 triệu đồng."]}))
    extract_dataframe(docs).compute()[["doc_id", "kind", "text", "amount"]]
    #   doc_id   kind          text   amount
    # 0      a  money  2 triệu đồng  2000000

Each partition runs :func:`extract_partition` (a plain ``pandas.DataFrame`` → ``DataFrame``
function, so the same code serves PySpark's ``mapInPandas``). The rows have the columns of
:func:`unionextract.rows.columns`: ``doc_id``, ``kind``, ``text``, ``start``, ``end``, ``rule``
and every value field; ``start``/``end`` are integers and every other column holds strings
(``None`` where a kind has no such field), so the schema is the same for every partition and
every kind — Decimal amounts keep all their digits as text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

from .errors import OptionError
from .pipeline import Pipeline, check_kinds, check_reference_date, check_text
from .rows import columns, document_rows

_INT_COLUMNS = ("start", "end")
_MISSING = frozenset({"", "None", "nan", "NaN", "NaT", "<NA>"})


def _pandas() -> Any:
    try:
        import pandas  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError:  # optional dependency
        raise ImportError(
            "unionextract.distributed needs pandas and dask: pip install 'unionextract[dask]'"
        ) from None
    return pandas


def schema() -> dict[str, str]:
    """Column name → dtype of the rows (``int64`` for offsets, ``object`` strings otherwise)."""
    return {c: ("int64" if c in _INT_COLUMNS else "object") for c in columns()}


def empty_rows() -> Any:
    """An empty ``pandas.DataFrame`` with the row schema (Dask's ``meta``)."""
    pd = _pandas()
    return pd.DataFrame({c: pd.Series([], dtype=t) for c, t in schema().items()})


def _stringify(row: dict[str, Any]) -> dict[str, Any]:
    return {
        k: v if k in _INT_COLUMNS or v is None or isinstance(v, str) else str(v)
        for k, v in row.items()
    }


def _to_date(value: Any) -> dt.date | None:
    if value is None:
        return None
    try:
        if value != value:  # NaN and pandas.NaT are not equal to themselves
            return None
    except TypeError:  # pandas.NA has no truth value
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if hasattr(value, "date") and callable(value.date):  # pandas.Timestamp
        stamp = value.date()
        return stamp if isinstance(stamp, dt.date) else None
    text = str(value).strip()
    if text in _MISSING:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise OptionError(f"not a YYYY-MM-DD date: {value!r}") from None


def iter_rows(
    records: Iterable[tuple[Any, str, dt.date | None]], pipeline: Pipeline
) -> Iterator[dict[str, Any]]:
    """Rows of ``(doc_id, text, reference_date)`` records, strings except the offsets."""
    for doc_id, text, ref in records:
        doc = pipeline(check_text(text), ref)
        ident = None if doc_id is None else str(doc_id)
        for row in document_rows(doc, ident):
            yield _stringify(row)


def extract_partition(
    frame: Any,
    *,
    text_column: str = "text",
    id_column: str | None = "id",
    date_column: str | None = None,
    reference_date: dt.date | None = None,
    kinds: Iterable[str] | None = None,
) -> Any:
    """One ``pandas.DataFrame`` of documents → its mention rows (see :func:`schema`).

    The document id is ``id_column`` when the frame has it, else the frame's index.
    ``date_column`` (optional) holds each document's reference date.
    """
    pd = _pandas()
    ref = check_reference_date(reference_date)
    pipeline = Pipeline(check_kinds(kinds))
    if text_column not in frame.columns:
        raise OptionError(f"no column {text_column!r}; columns: {list(frame.columns)}")
    ids = frame[id_column] if id_column and id_column in frame.columns else frame.index
    dates = frame[date_column] if date_column else [None] * len(frame)
    refs = [(_to_date(d) if date_column else None) or ref for d in dates]
    rows = list(iter_rows(zip(ids, frame[text_column], refs, strict=True), pipeline))
    out = pd.DataFrame(rows, columns=list(columns())) if rows else empty_rows()
    return out.astype(schema())


def extract_dataframe(
    ddf: Any,
    *,
    text_column: str = "text",
    id_column: str | None = "id",
    date_column: str | None = None,
    reference_date: dt.date | None = None,
    kinds: Iterable[str] | None = None,
) -> Any:
    """A Dask dataframe of documents → a Dask dataframe of mention rows (``map_partitions``)."""
    check_kinds(kinds)
    check_reference_date(reference_date)
    return ddf.map_partitions(
        extract_partition,
        text_column=text_column,
        id_column=id_column,
        date_column=date_column,
        reference_date=reference_date,
        kinds=None if kinds is None else sorted(kinds),
        meta=empty_rows(),
        align_dataframes=False,
    )


def _bag_partition(
    items: Iterable[Any], reference_date: dt.date | None, kinds: list[str] | None
) -> list[dict[str, Any]]:
    pipeline = Pipeline(check_kinds(kinds))

    def records() -> Iterator[tuple[Any, str, dt.date | None]]:
        for item in items:
            if isinstance(item, str):
                yield None, item, reference_date
            elif isinstance(item, dict):
                ref = _to_date(item.get("date")) or reference_date
                yield item.get("id"), item["text"], ref
            else:
                doc_id, text = item
                yield doc_id, text, reference_date

    return list(iter_rows(records(), pipeline))


def extract_bag(
    bag: Any, *, reference_date: dt.date | None = None, kinds: Iterable[str] | None = None
) -> Any:
    """A Dask bag of texts, ``(id, text)`` pairs or ``{"id", "text", "date"}`` dicts → a bag of
    mention rows (dicts, see :func:`schema`)."""
    ref = check_reference_date(reference_date)
    chosen = None if kinds is None else sorted(check_kinds(kinds))
    return bag.map_partitions(_bag_partition, ref, chosen)
