"""Recall of each gazette document's own number among the extracted document numbers.

Usage: python scripts/gazette_recall.py PATH/legal_gazette_public.jsonl [--limit N] [--verbose]

Each line of the corpus is a JSON object with ``text`` and ``gold_so_hieu_ascii``: the
document's own number rebuilt from its official URL (Đ written as D, dots and leading
zeros dropped — approximate). A document counts as found when one of the extracted
symbols has the same comparison key (upper case, Đ→D, dots removed, leading zeros of
each digit run dropped). Misses are listed with the nearest extracted symbols and the
text around the "Số" header, and a guess whether the gold itself is wrong.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

import regex

from unionextract import extract
from unionextract.context import Context
from unionextract.extractors import document_numbers
from unionextract.normalize import normalize


def key(symbol: str) -> str:
    """Comparison key: "05/2024/TT-BLĐTBXH" and "5/2024/TT-BLDTBXH" agree.

    >>> key("05/2024/TT-BLĐTBXH") == key("5/2024/tt-bldtbxh")
    True
    """
    s = symbol.upper().replace("Đ", "D").replace(".", "")
    s = regex.sub(r"\s+", "", s)
    return str(regex.sub(r"(?<!\d)0+(?=\d)", "", s))


def _header_context(text: str) -> str:
    m = regex.search(r"Số\s*:?\s*\d", text[:20000])
    if not m:
        return text[:160].replace("\n", "⏎")
    return text[max(0, m.start() - 40) : m.start() + 80].replace("\n", "⏎")


def _gold_suspect(gold: str, text: str) -> str | None:
    """Why the gold cannot be found in this text (the text lacks the document's number)."""
    flat = key(text)
    if key(gold) in flat:
        return None
    number = key(gold).split("/")[0]
    if not regex.search(r"(?<![\d.])" + regex.escape(number) + r"[/-]\p{L}", flat):
        return (
            f"text error: number {number} is written nowhere in the text "
            f"({len(text):,} characters; scanned or missing pages)"
        )
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("path")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument(
        "--numbers-only",
        action="store_true",
        help="run only the document-number extractor (fast; skips the other kinds' overlaps)",
    )
    args = ap.parse_args(argv)
    with open(args.path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    if args.limit:
        rows = rows[: args.limit]
    found = 0
    chars = 0
    t0 = time.perf_counter()
    misses: list[tuple[dict[str, object], list[str]]] = []
    for row in rows:
        text = str(row["text"])
        chars += len(text)
        if args.numbers_only:
            ctx = Context(normalize(text), None)
            symbols = [c.fields["symbol"] for c in document_numbers.extract(ctx)]
        else:
            doc = extract(text, kinds=["document_numbers"])
            symbols = [d.symbol for d in doc.document_numbers]
        gold = key(str(row["gold_so_hieu_ascii"]))
        if any(key(s) == gold for s in symbols):
            found += 1
        else:
            misses.append((row, symbols))
    elapsed = time.perf_counter() - t0
    total = len(rows)
    absent = [r for r, _ in misses if _gold_suspect(str(r["gold_so_hieu_ascii"]), str(r["text"]))]
    print(f"documents: {total}  found: {found}  recall: {found / total:.1%}")
    present = total - len(absent)
    print(
        f"documents whose text contains their number: {present}  found: {found}  "
        f"recall: {found / max(present, 1):.1%}"
    )
    print(f"characters: {chars:,}  time: {elapsed:.1f}s  ({chars / elapsed / 1e6:.2f} M chars/s)")
    for row, symbols in misses:
        gold = str(row["gold_so_hieu_ascii"])
        number = key(gold).split("/")[0]
        near = [s for s in dict.fromkeys(symbols) if key(s).split("/")[0] == number][:5]
        suspect = _gold_suspect(gold, str(row["text"]))
        print(f"\nMISS {row['id']}\n  gold: {gold}  extracted with that number: {near}")
        print(f"  header: {_header_context(str(row['text']))}")
        if suspect:
            print(f"  gold/text error: {suspect}")
        if args.verbose:
            print(f"  first extracted: {symbols[:8]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
