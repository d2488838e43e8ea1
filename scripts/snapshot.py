"""Records before and after a speed change: save them, check them, time each kind.

    .venv/bin/python scripts/snapshot.py save SNAP.json [--corpus PATH.jsonl] [--max-mb 2]
    .venv/bin/python scripts/snapshot.py check SNAP.json [--corpus PATH.jsonl] [--max-mb 2]
    .venv/bin/python scripts/snapshot.py time [--corpus PATH.jsonl] [--max-mb 2] [--kinds money]

The texts: the seed fixtures, both held-out sets, every corpus-test surface, and the first
``--max-mb`` of ``--corpus`` (default ``../shared/corpus/legal_gazette_public.jsonl`` when it
exists). ``save`` writes every record of every text (JSON, with metadata); ``check`` extracts
again and lists the texts whose records differ (exit 1 when any does), so a change meant to
be faster only can be shown to change nothing. ``time`` prints the CPU time of each kind's
extractor on the corpus (the same Context, so segmentation cached by one kind is not timed
again by the next: the order is the pipeline's).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "legal_gazette_public.jsonl"
MB = 1_000_000


def texts(corpus: Path | None, max_mb: float) -> list[tuple[str, str, dt.date | None]]:
    """(label, text, reference date) of every text the snapshot covers."""
    out: list[tuple[str, str, dt.date | None]] = []
    for p in sorted((ROOT / "fixtures").glob("*.txt")):
        out.append((f"fixture {p.name}", p.read_text(encoding="utf-8"), None))
    for gold in (ROOT / "tests/heldout/heldout.jsonl", ROOT / "tests/heldout_b/heldout_b.jsonl"):
        for line in gold.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            ref = item.get("reference_date")
            ref_date = dt.date.fromisoformat(ref) if ref else None
            out.append((f"{gold.parent.name} {item['id']}", item["text"], ref_date))
    import importlib

    from tests.corpus import MODULES  # the corpus tests' surfaces

    for name in MODULES:
        mod = importlib.import_module(f"tests.corpus.{name}")
        if not hasattr(mod, "POSITIVE"):
            continue
        ref = getattr(mod, "REFERENCE_DATE", None)
        surfaces = [s for _, group in mod.POSITIVE for s in group] + list(mod.NEGATIVE)
        for i, surface in enumerate(surfaces):
            out.append((f"corpus {name} {i}", surface, ref))
    if corpus is not None and corpus.exists():
        size = 0
        with corpus.open(encoding="utf-8") as f:
            for i, line in enumerate(f):
                if size >= max_mb * MB:
                    break
                text = json.loads(line).get("text") or ""
                size += len(text.encode("utf-8"))
                out.append((f"{corpus.name} #{i}", text, None))
    return out


def records(text: str, ref: dt.date | None) -> Any:
    from unionextract import extract

    doc = extract(text, reference_date=ref)
    return json.loads(doc.model_dump_json(exclude={"text"}))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("action", choices=("save", "check", "time"))
    ap.add_argument("path", nargs="?")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--max-mb", type=float, default=2.0)
    ap.add_argument("--kinds", default="")
    args = ap.parse_args(argv)
    items = texts(args.corpus, args.max_mb)
    if args.action == "time":
        return timing(items, [k for k in args.kinds.split(",") if k])
    if args.path is None:
        ap.error(f"{args.action} needs a snapshot path")
    if args.action == "save":
        snap = {label: records(text, ref) for label, text, ref in items}
        Path(args.path).write_text(json.dumps(snap, ensure_ascii=False), encoding="utf-8")
        print(f"saved {len(snap)} texts to {args.path}")
        return 0
    snap = json.loads(Path(args.path).read_text(encoding="utf-8"))
    differ = 0
    for label, text, ref in items:
        got = records(text, ref)
        want = snap.get(label)
        if got != want:
            differ += 1
            print(f"DIFFERS: {label}")
            if differ <= 20:
                _show(want or {}, got)
    print(f"{len(items)} texts, {differ} differ")
    return 1 if differ else 0


def _show(want: dict[str, Any], got: dict[str, Any]) -> None:
    for key in sorted(set(want) | set(got)):
        a, b = want.get(key), got.get(key)
        if a == b:
            continue
        if isinstance(a, list) and isinstance(b, list):
            sa = {json.dumps(x, ensure_ascii=False, sort_keys=True) for x in a}
            sb = {json.dumps(x, ensure_ascii=False, sort_keys=True) for x in b}
            for x in sorted(sa - sb)[:5]:
                print(f"  - {key}: {x[:300]}")
            for x in sorted(sb - sa)[:5]:
                print(f"  + {key}: {x[:300]}")
        else:
            print(f"  {key}: {str(a)[:300]} -> {str(b)[:300]}")


def timing(items: list[tuple[str, str, dt.date | None]], only: list[str]) -> int:
    from unionextract import extract
    from unionextract.context import Context
    from unionextract.extractors import EXTRACTORS
    from unionextract.normalize import normalize

    corpus = [(t, r) for label, t, r in items if "#" in label] or [(t, r) for _, t, r in items]
    size = sum(len(t.encode("utf-8")) for t, _ in corpus)
    from unionextract import segment

    for _, text, ref in items[:3]:  # warm up: rules compile, underthesea's models load
        extract(text, reference_date=ref)
    segment.pos_tags("Trao 5 bếp ăn", 0, 13)
    segment.words("Trao 5 bếp ăn", 0, 13)
    # the models loaded above are old objects: a full collection set off by the warm-up would
    # be billed to whichever kind runs then (extract() in full below pays its own)
    gc.collect()
    gc.freeze()
    totals: dict[str, float] = {}
    segment.clear_caches()
    whole = time.process_time()
    for text, ref in corpus:
        t0 = time.process_time()
        ctx = Context(normalize(text), ref)
        ctx.sentences  # noqa: B018  (the pipeline splits sentences for every text)
        totals["(normalize, sentences)"] = totals.get("(normalize, sentences)", 0.0)
        totals["(normalize, sentences)"] += time.process_time() - t0
        for plural, run in EXTRACTORS.items():
            if only and plural not in only:
                continue
            t0 = time.process_time()
            run(ctx)
            totals[plural] = totals.get(plural, 0.0) + time.process_time() - t0
    spent = time.process_time() - whole
    print(f"{len(corpus)} texts, {size / MB:.2f} MB; CPU seconds per kind:")
    for plural, secs in sorted(totals.items(), key=lambda kv: -kv[1]):
        print(f"  {plural:22} {secs:7.3f} s  {size / MB / secs if secs else 0:6.2f} MB/s")
    segment.clear_caches()  # the kinds above segmented these texts: start afresh
    t0 = time.process_time()
    for text, ref in corpus:
        extract(text, reference_date=ref)
    full = time.process_time() - t0
    print(f"  kinds together         {spent:7.3f} s")
    print(f"  extract() in full      {full:7.3f} s  {size / MB / full:6.2f} MB/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
