"""Document.to_rows(): one flat dict per mention, the same columns for every kind."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from unionextract import Document, MoneyAmount, extract
from unionextract.rows import BASE_COLUMNS, columns, document_rows, rows_of, scalar

SEEDS = sorted(Path(__file__).resolve().parent.parent.glob("fixtures/*.txt"))


@pytest.fixture(scope="module")
def docs() -> list[tuple[str, Document]]:
    return [(p.stem, extract(p.read_text(encoding="utf-8"))) for p in SEEDS]


def test_one_row_per_mention_with_offsets_into_the_text(docs: list[tuple[str, Document]]) -> None:
    assert docs, "the seed fixtures are missing"
    for name, doc in docs:
        rows = doc.to_rows(name)
        assert len(rows) == len(doc.mentions())
        for row, mention in zip(rows, doc.mentions(), strict=True):
            assert tuple(row) == columns()
            assert row["doc_id"] == name
            assert (row["kind"], row["text"], row["rule"]) == (
                mention.kind,
                mention.text,
                mention.rule,
            )
            assert doc.text[row["start"] : row["end"]] == row["text"]


def test_every_value_field_of_every_kind_is_a_column() -> None:
    from unionextract.pipeline import MODELS

    assert columns()[: len(BASE_COLUMNS)] == BASE_COLUMNS
    for model in MODELS.values():
        assert set(model.model_fields) <= set(columns()), model.__name__


def test_values_are_flat_exact_scalars() -> None:
    money = MoneyAmount(
        text="38,5 triệu đồng",
        start=0,
        end=15,
        rule="r",
        amount=Decimal("38500000.50"),
        low=Decimal("38500000.50"),
        high=None,
        currency="VND",
    )
    doc = Document(text="38,5 triệu đồng", money=(money,))
    (row,) = document_rows(doc)
    assert row["doc_id"] is None
    assert row["amount"] == "38500000.50"  # a Decimal keeps every digit, as text
    assert row["high"] is None
    assert row["currency"] == "VND"
    assert row["value"] is None  # a field of other kinds
    for value in row.values():
        assert value is None or isinstance(value, (str, int, bool))


def test_scalar_flattens_without_loss() -> None:
    assert scalar(Decimal("1E+3")) == "1000"
    assert scalar(("Ban Thường vụ", "Lưu VT")) == "Ban Thường vụ; Lưu VT"
    assert scalar(True) is True


def test_rows_of_tags_each_document(docs: list[tuple[str, Document]]) -> None:
    rows = rows_of(docs)
    assert len(rows) == sum(len(d.mentions()) for _, d in docs)
    assert {r["doc_id"] for r in rows} <= {name for name, _ in docs}


def test_an_empty_document_has_no_rows() -> None:
    assert extract("   ").to_rows("x") == []
