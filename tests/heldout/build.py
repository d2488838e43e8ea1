"""Regenerate tests/heldout/heldout.jsonl from the item modules.

.venv/bin/python -m tests.heldout.build
"""

from __future__ import annotations

from pathlib import Path

from tests.heldout import items_covid, items_docs, items_hard, items_union
from tests.heldout.gold import Item, write

OUT = Path(__file__).with_name("heldout.jsonl")


def all_items() -> list[Item]:
    return items_union.ITEMS + items_covid.ITEMS + items_docs.ITEMS + items_hard.ITEMS


def main() -> None:
    n = write(all_items(), OUT)
    print(f"wrote {n} items to {OUT}")


if __name__ == "__main__":
    main()
