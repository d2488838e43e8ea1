"""extract_many: input order, identical to serial with a process pool, bounded, loud on misuse."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from unionextract import InputTypeError, OptionError, UnknownKindError, extract, extract_many
from unionextract.batch import Failure, run
from unionextract.pipeline import Pipeline

SEEDS = sorted(Path(__file__).resolve().parent.parent.glob("fixtures/*.txt"))


def corpus() -> list[str]:
    """Many different documents: the seeds cut into overlapping runs of paragraphs."""
    paras = [p for s in SEEDS for p in s.read_text(encoding="utf-8").split("\n") if p.strip()]
    return ["\n".join(paras[i : i + 5]) for i in range(0, len(paras), 2)] + ["", "  "]


def test_serial_results_are_extract_in_input_order() -> None:
    texts = corpus()
    ref = dt.date(2021, 7, 27)
    docs = list(extract_many(texts, reference_date=ref, kinds=["dates", "money"]))
    assert [d.text for d in docs] == texts
    assert docs == [extract(t, reference_date=ref, kinds=["dates", "money"]) for t in texts]


def test_a_process_pool_gives_the_same_documents_in_the_same_order() -> None:
    texts = corpus()
    serial = list(extract_many(texts))
    pooled = list(extract_many(texts, workers=2, chunksize=3))
    assert pooled == serial


def test_input_is_consumed_lazily_so_memory_stays_bounded() -> None:
    read = 0

    def endless() -> Iterator[str]:
        nonlocal read
        while True:
            read += 1
            yield "Ngày 27/7/2021 trao 5 suất quà."

    docs = extract_many(endless(), workers=2, chunksize=4)
    first = [next(docs) for _ in range(10)]
    assert all(len(d.dates) == 1 for d in first)
    assert read <= 10 + 2 * 3 * 4 + 4  # what was asked for, plus the chunks in flight
    docs.close()  # type: ignore[attr-defined]  # a generator: closing shuts the pool down


@pytest.mark.parametrize("workers", [0, -1])
def test_workers_below_one_is_an_option_error_at_once(workers: int) -> None:
    with pytest.raises(OptionError, match=rf"at least 1.*{workers}"):
        extract_many(["x"], workers=workers)


@pytest.mark.parametrize("workers", [1.5, "2", True, None])
def test_workers_not_an_int_is_a_type_error(workers: object) -> None:
    with pytest.raises(InputTypeError, match="workers must be an int"):
        extract_many(["x"], workers=workers)  # type: ignore[arg-type]


def test_other_bad_arguments_fail_before_any_text_is_read() -> None:
    def never() -> Iterator[str]:
        raise AssertionError("input read before the arguments were checked")
        yield ""

    with pytest.raises(UnknownKindError, match="valid kinds"):
        extract_many(never(), kinds=["dates", "money_amounts"])
    with pytest.raises(InputTypeError, match="reference_date"):
        extract_many(never(), reference_date="2021-07-27")  # type: ignore[arg-type]
    with pytest.raises(OptionError, match="chunksize"):
        extract_many(never(), chunksize=0)
    with pytest.raises(InputTypeError, match="use extract"):
        extract_many("one text")  # type: ignore[arg-type]
    with pytest.raises(InputTypeError, match="iterable"):
        extract_many(5)  # type: ignore[arg-type]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_text_that_is_not_a_str_raises_when_reached(workers: int) -> None:
    docs = extract_many(["Số: 12/CV", b"bytes"], workers=workers)  # type: ignore[list-item]
    with pytest.raises(InputTypeError, match="decode it first"):
        list(docs)


class _Exploding(Pipeline):
    def __call__(self, text: str, reference_date: dt.date | None = None):  # type: ignore[no-untyped-def]
        if "boom" in text:
            raise RuntimeError("boom\nsecond line")
        return super().__call__(text, reference_date)


@pytest.mark.parametrize("workers", [1, 2])
def test_safe_runs_report_a_failing_item_and_go_on(workers: int) -> None:
    items = [("5%", None), ("boom", None), ("7%", None)]
    out = list(run(_Exploding(), items, workers=workers, chunksize=1, safe=True))
    assert [type(x).__name__ for x in out] == ["Document", "Failure", "Document"]
    assert out[1] == Failure("RuntimeError: boom")
    with pytest.raises(RuntimeError):
        list(run(_Exploding(), items, workers=1, safe=False))


@pytest.mark.skipif(
    not os.environ.get("UNIONEXTRACT_SLOW") or (os.cpu_count() or 1) < 2,
    reason="benchmark: set UNIONEXTRACT_SLOW=1 on a machine with 2 idle cores",
)
def test_two_workers_are_at_least_1_7_times_faster_on_many_documents() -> None:
    texts = corpus() * 40
    list(extract_many(texts[:5]))  # load everything before timing
    start = time.perf_counter()
    serial = list(extract_many(texts))
    t_serial = time.perf_counter() - start
    start = time.perf_counter()
    pooled = list(extract_many(texts, workers=2))
    t_pooled = time.perf_counter() - start
    print(
        f"{len(texts)} documents: serial {t_serial:.2f}s, 2 workers {t_pooled:.2f}s, "
        f"speed-up {t_serial / t_pooled:.2f}×"
    )
    assert pooled == serial
    assert t_serial / t_pooled >= 1.7
