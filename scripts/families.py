"""Seconds per MB of each hostile family of tests/test_linear_time.py, per kind and in full.

    .venv/bin/python scripts/families.py [SIZE] ["family,family"]

SIZE is the length of each family's text in characters (default 250000); the figures are CPU
seconds scaled to 1 MB. Columns: normalization and the sentence split, each kind's extractor on
one Context (in the pipeline's order), and ``extract()`` in full (which adds the frame, overlap
resolution and the records).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str]) -> int:
    from tests.test_linear_time import FAMILIES

    from unionextract import extract, segment
    from unionextract.context import Context
    from unionextract.extractors import EXTRACTORS
    from unionextract.normalize import normalize

    size = int(argv[0]) if argv else 250_000
    names = argv[1].split(",") if len(argv) > 1 else list(FAMILIES)
    extract("Ngày 27/7/2021 LĐLĐ tỉnh trao 65 suất quà 38,5 triệu đồng, tăng 12%.")
    per_mb = 1_000_000 / size
    print(f"{'family':20} {'full':>6} {'sent.':>6} " + " ".join(f"{k[:8]:>8}" for k in EXTRACTORS))
    for name in names:
        text = FAMILIES[name](size)
        segment.clear_caches()
        t0 = time.process_time()
        ctx = Context(normalize(text), None)
        ctx.sentences  # noqa: B018  (timed apart)
        row = [time.process_time() - t0]
        for run in EXTRACTORS.values():
            t = time.process_time()
            run(ctx)
            row.append(time.process_time() - t)
        segment.clear_caches()
        t = time.process_time()
        extract(text)
        full = time.process_time() - t
        cells = " ".join(f"{v * per_mb:8.2f}" for v in row[1:])
        print(f"{name:20} {full * per_mb:6.2f} {row[0] * per_mb:6.2f} {cells}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
