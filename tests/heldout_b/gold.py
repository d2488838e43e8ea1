"""Authoring helpers for held-out set B (tests/heldout_b/heldout_b.jsonl).

Set B was written independently of set A and blind (without reading the extractor code, the
project's tests/corpus or set A's items); it reuses set A's authoring helpers and record format
(tests/heldout/gold.py) so that scripts/evaluate.py reads both alike.
"""

from tests.heldout.gold import C, D, G, Item, M, N, O, P, locate, write

__all__ = ["C", "D", "G", "Item", "M", "N", "O", "P", "locate", "write"]
