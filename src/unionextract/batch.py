"""Batch extraction: ``extract_many`` in input order, optionally over a process pool."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import partial

from .errors import InputTypeError, OptionError
from .models import Document
from .pipeline import Pipeline, check_kinds, check_reference_date, check_text


def _one(pipeline: Pipeline, ref: dt.date | None, text: str) -> Document:
    return pipeline(check_text(text), ref)


def extract_many(
    texts: Iterable[str],
    *,
    reference_date: dt.date | None = None,
    kinds: Iterable[str] | None = None,
    workers: int = 1,
    chunksize: int = 16,
) -> Iterator[Document]:
    """Documents for ``texts`` in input order; ``workers > 1`` uses a process pool."""
    if isinstance(workers, bool) or not isinstance(workers, int):
        raise InputTypeError(f"workers must be an int, not {type(workers).__name__}")
    if workers < 1:
        raise OptionError(f"workers must be at least 1, not {workers}")
    if isinstance(chunksize, bool) or not isinstance(chunksize, int) or chunksize < 1:
        raise OptionError(f"chunksize must be a positive int, not {chunksize!r}")
    if isinstance(texts, (str, bytes)):
        raise InputTypeError(
            f"extract_many() takes an iterable of str, not one {type(texts).__name__}; "
            "use extract() for a single text"
        )
    ref = check_reference_date(reference_date)
    pipeline = Pipeline(check_kinds(kinds))
    work = partial(_one, pipeline, ref)
    if workers == 1:
        return map(work, texts)
    return _pooled(work, texts, workers, chunksize)


def _pooled(
    work: partial[Document], texts: Iterable[str], workers: int, chunksize: int
) -> Iterator[Document]:
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(work, texts, chunksize=chunksize)
