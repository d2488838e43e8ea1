"""Build tests/heldout_b/heldout_b.jsonl from the item files.

.venv/bin/python -m tests.heldout_b.build
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout_b import items_covid, items_docs, items_hard, items_union
from tests.heldout_b.gold import write

OUT = Path(__file__).with_name("heldout_b.jsonl")


def main() -> None:
    items = items_union.ITEMS + items_covid.ITEMS + items_docs.ITEMS + items_hard.ITEMS
    n = write(items, OUT)
    print(f"{OUT}: {n} items, {sum(len(i.mentions) for i in items)} mentions")


if __name__ == "__main__":
    main()
