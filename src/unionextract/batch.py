"""Batch extraction: ``extract_many`` in input order, optionally over a process pool.

With ``workers > 1`` the texts go to a pool of processes in chunks of ``chunksize``; each worker
builds its pipeline and loads the lexicons and models once (in the pool initializer), and at most
a few chunks per worker are in flight, so an endless stream of texts is processed in bounded
memory. Documents come back in input order and are identical to a serial run.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from typing import Any

from .errors import InputTypeError, OptionError
from .models import Document
from .pipeline import Pipeline, check_kinds, check_reference_date, check_text

#: One unit of work: a text and the day it was written.
Item = tuple[str, "dt.date | None"]

# chunks in flight per worker: enough to keep every worker busy, few enough to bound memory
_IN_FLIGHT_PER_WORKER = 3
_WARM_UP = "Ngày 27/7/2021, LĐLĐ tỉnh trao 65 suất quà trị giá 38,5 triệu đồng (Số: 12/CV-LĐLĐ)."


@dataclass(frozen=True)
class Failure:
    """An item whose extraction raised (only with ``safe=True``): the error, as text."""

    error: str


def check_workers(workers: object) -> int:
    """Validate ``workers``: an ``int`` of at least 1."""
    if isinstance(workers, bool) or not isinstance(workers, int):
        raise InputTypeError(
            f"workers must be an int (the number of processes, 1 for none), "
            f"not {type(workers).__name__} ({workers!r})"
        )
    if workers < 1:
        raise OptionError(f"workers must be at least 1 (1 runs in this process), not {workers}")
    return workers


def check_chunksize(chunksize: object) -> int:
    if isinstance(chunksize, bool) or not isinstance(chunksize, int) or chunksize < 1:
        raise OptionError(f"chunksize must be a positive int, not {chunksize!r}")
    return chunksize


def extract_many(
    texts: Iterable[str],
    *,
    reference_date: dt.date | None = None,
    kinds: Iterable[str] | None = None,
    workers: int = 1,
    chunksize: int = 16,
) -> Iterator[Document]:
    """Documents for ``texts`` in input order; ``workers > 1`` uses a process pool.

    Arguments are checked at once (before the first text is read); a text that is not a
    ``str`` raises :class:`~unionextract.InputTypeError` when the iterator reaches it.

    >>> [len(d.money) for d in extract_many(["Hỗ trợ 2 triệu đồng.", "Không có gì."])]
    [1, 0]
    """
    check_workers(workers)
    check_chunksize(chunksize)
    if isinstance(texts, (str, bytes)):
        raise InputTypeError(
            f"extract_many() takes an iterable of str, not one {type(texts).__name__}; "
            "use extract() for a single text"
        )
    try:
        iterator = iter(texts)
    except TypeError:
        raise InputTypeError(
            f"extract_many() takes an iterable of str, not {type(texts).__name__}"
        ) from None
    ref = check_reference_date(reference_date)
    pipeline = Pipeline(check_kinds(kinds))
    items = ((check_text(t), ref) for t in iterator)
    docs = run(pipeline, items, workers=workers, chunksize=chunksize)
    return (d for d in docs if isinstance(d, Document))


def run(
    pipeline: Pipeline,
    items: Iterable[Item],
    *,
    workers: int = 1,
    chunksize: int = 16,
    safe: bool = False,
) -> Iterator[Document | Failure]:
    """Run ``pipeline`` over ``(text, reference_date)`` items, in order.

    With ``safe=True`` an item whose extraction raises gives a :class:`Failure` instead of
    ending the run (the command line reports it and goes on).
    """
    if workers == 1:
        return (_one(pipeline, item, safe) for item in items)
    return _pooled(pipeline, items, workers, chunksize, safe)


def _one(pipeline: Pipeline, item: Item, safe: bool) -> Document | Failure:
    text, ref = item
    if not safe:
        return pipeline(text, ref)
    try:
        return pipeline(text, ref)
    except Exception as exc:  # reported per item by the caller; one bad text never ends a run
        first_line = str(exc).strip().split("\n", 1)[0]
        return Failure(f"{type(exc).__name__}: {first_line}")


# --- process pool ------------------------------------------------------------------------

_worker_pipeline: Pipeline | None = None


def _init_worker(pipeline: Pipeline) -> None:
    """Pool initializer: keep the pipeline and load lexicons and models once per worker."""
    global _worker_pipeline
    _worker_pipeline = pipeline
    try:
        pipeline(_WARM_UP, None)
    except Exception:  # warming up is best effort: a real text that fails is reported itself
        pass


def _work(chunk: list[Item], safe: bool) -> list[Document | Failure]:
    pipeline = _worker_pipeline
    assert pipeline is not None, "worker used without its initializer"
    return [_one(pipeline, item, safe) for item in chunk]


def _pooled(
    pipeline: Pipeline, items: Iterable[Item], workers: int, chunksize: int, safe: bool
) -> Iterator[Document | Failure]:
    iterator = iter(items)
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(pipeline,))
    pending: deque[tuple[Future[list[Document | Failure]], list[Item]]] = deque()

    def finish(future: Future[list[Document | Failure]], chunk: list[Item]) -> list[Any]:
        try:
            return future.result()
        except BrokenProcessPool:
            if not safe:
                raise
            # a worker died (killed, out of memory): finish this chunk here, item by item
            return [_one(pipeline, item, safe) for item in chunk]

    try:
        while chunk := list(islice(iterator, chunksize)):
            try:
                future = pool.submit(_work, chunk, safe)
            except BrokenProcessPool:
                if not safe:
                    raise
                future = Future()
                future.set_exception(BrokenProcessPool("the process pool is broken"))
            pending.append((future, chunk))
            while len(pending) >= workers * _IN_FLIGHT_PER_WORKER:
                yield from finish(*pending.popleft())
        while pending:
            yield from finish(*pending.popleft())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
