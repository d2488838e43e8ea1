"""unionextract.distributed on a real (light) Dask cluster: the rows equal Document.to_rows()."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from unionextract import OptionError, extract
from unionextract.rows import columns

dd = pytest.importorskip(
    "dask.dataframe", reason="dask is not installed: pip install 'unionextract[dask]'"
)
db = pytest.importorskip(
    "dask.bag", reason="dask is not installed: pip install 'unionextract[dask]'"
)
distributed = pytest.importorskip(
    "dask.distributed", reason="dask.distributed is not installed: pip install 'unionextract[dask]'"
)
pd = pytest.importorskip(
    "pandas", reason="pandas is not installed: pip install 'unionextract[dask]'"
)

from unionextract.distributed import (  # noqa: E402  (after the skips: needs pandas)
    empty_rows,
    extract_bag,
    extract_dataframe,
    extract_partition,
    schema,
)

SEEDS = sorted(Path(__file__).resolve().parent.parent.glob("fixtures/*.txt"))


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def expected_rows(ref: dt.date | None = None) -> list[dict[str, Any]]:
    rows = []
    for seed in SEEDS:
        for row in extract(seed.read_text(encoding="utf-8"), reference_date=ref).to_rows(seed.stem):
            rows.append(
                {k: v if k in ("start", "end") or v is None else str(v) for k, v in row.items()}
            )
    return rows


def as_records(frame: Any) -> list[dict[str, Any]]:
    frame = frame.astype(object).where(frame.notna(), None)
    return [
        {k: (int(v) if k in ("start", "end") else v) for k, v in r.items()}
        for r in frame.to_dict("records")
    ]


def test_dataframe_over_the_fixtures_gives_the_flat_rows(client: Any) -> None:
    frame = pd.DataFrame(
        {"id": [s.stem for s in SEEDS], "text": [s.read_text(encoding="utf-8") for s in SEEDS]}
    )
    ddf = dd.from_pandas(frame, npartitions=2)
    result = extract_dataframe(ddf).compute()
    assert list(result.columns) == list(columns())
    assert str(result["start"].dtype) == "int64"
    rows = as_records(result)
    assert rows == expected_rows()
    assert len(rows) > 20  # the seeds are rich: a silent empty result would be a failure


def test_dataframe_with_a_date_column_resolves_years(client: Any) -> None:
    frame = pd.DataFrame(
        {"id": ["a", "b"], "text": ["Ngày 2/9 trao quà.", "Ngày 2/9."], "day": ["2021-03-04", None]}
    )
    result = extract_dataframe(dd.from_pandas(frame, npartitions=1), date_column="day").compute()
    assert list(result["value"]) == ["2021-09-02", "--09-02"]


def test_bag_of_texts_pairs_and_dicts(client: Any) -> None:
    items = [
        (SEEDS[0].stem, SEEDS[0].read_text(encoding="utf-8")),
        {"id": SEEDS[1].stem, "text": SEEDS[1].read_text(encoding="utf-8")},
        {"id": SEEDS[2].stem, "text": SEEDS[2].read_text(encoding="utf-8")},
    ]
    rows = extract_bag(db.from_sequence(items, npartitions=2)).compute()
    assert rows == expected_rows()
    plain = extract_bag(db.from_sequence(["Tăng 5%."], npartitions=1), kinds=["percents"]).compute()
    assert [(r["doc_id"], r["kind"], r["value"]) for r in plain] == [(None, "percent", "5")]


def test_partition_function_for_spark_map_in_pandas() -> None:
    frame = pd.DataFrame({"text": ["Tăng 5%.", "   "]}, index=[10, 11])
    out = extract_partition(frame, kinds=["percents"])
    assert list(out["doc_id"]) == ["10"] and list(out["value"]) == ["5"]
    assert extract_partition(frame.iloc[1:]).empty
    assert dict(empty_rows().dtypes.astype(str)) == schema()
    # what Spark hands over for a DateType or TimestampType column
    dated = pd.DataFrame(
        {
            "id": [1, 2, 3],
            "text": ["Ngày 2/9."] * 3,
            "day": [dt.date(2021, 1, 1), pd.Timestamp("2022-05-06"), pd.NaT],
        }
    )
    out = extract_partition(dated, date_column="day", kinds=["dates"])
    assert list(out["value"]) == ["2021-09-02", "2022-09-02", "--09-02"]
    assert list(out["doc_id"]) == ["1", "2", "3"]
    with pytest.raises(OptionError, match="no column 'body'"):
        extract_partition(frame, text_column="body")
