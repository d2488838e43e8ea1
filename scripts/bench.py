"""Benchmark: unionextract against its peers, on the same text, in one run.

Usage: python scripts/bench.py [--corpus PATH.jsonl] [--max-mb 2] [--repeat 3] [--quick]

Default corpus: the seed fixtures repeated to about 1 MB. ``--corpus`` takes a JSON Lines
file whose records carry the document in ``text`` (the first ``--max-mb`` of it).
MB are megabytes of UTF-8 (10^6 bytes); every figure is single-threaded.

Printed: the machine and its load; throughput of ``extract`` (best and median of
``--repeat`` runs) and the time per stage and per kind, from one instrumented run (thin
timing wrappers around the pipeline's stages: the records are checked equal to the plain
run); the slowest rules as run (at their anchors); underthesea's ``word_tokenize`` per sentence on
the same text, its ``ner`` on a bounded sample of sentences (extrapolated), and Duckling
through pyduckling-native-phihos on a sample when it is installed; cost growth (one 1 MB
document against the same text as four of 250 kB); peak RSS of a fresh process extracting
the corpus; latency of one ~200-character sentence (median and p99 after warm-up); cold
start (``import unionextract`` and the first call, in a fresh process).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000


def nbytes(texts: list[str]) -> int:
    return sum(len(t.encode("utf-8")) for t in texts)


# ---------------------------------------------------------------------------- corpus


def load_corpus(path: str | None, size_mb: float, max_mb: float) -> tuple[str, list[str]]:
    if path is None:
        seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures").glob("*.txt"))]
        docs: list[str] = []
        while nbytes(docs) < size_mb * MB:
            docs.extend(seeds)
        return f"fixtures ({len(seeds)} seeds) repeated", docs
    docs, total, size = [], 0, 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            text = json.loads(line).get("text") or ""
            total += 1
            if max_mb <= 0 or size < max_mb * MB:
                docs.append(text)
                size += len(text.encode("utf-8"))
    return f"{path} (first {len(docs)} of {total} records)", docs


def cut_lines(text: str, size: int) -> str:
    """A prefix of ``text`` of about ``size`` UTF-8 bytes, ending after a newline."""
    prefix = text.encode("utf-8")[:size].decode("utf-8", errors="ignore")
    nl = prefix.rfind("\n")
    return prefix[: nl + 1] if nl > 0 else prefix


# ---------------------------------------------------------------------------- timing


class Stages:
    """Exclusive time per stage: wrappers that subtract the time of nested stages."""

    def __init__(self) -> None:
        self.own: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self._stack: list[float] = []  # children time of the open stages

    def wrap(self, name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            self._stack.append(0.0)
            t0 = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                elapsed = time.perf_counter() - t0
                children = self._stack.pop()
                self.own[name] += elapsed - children
                self.calls[name] += 1
                if self._stack:
                    self._stack[-1] += elapsed

        return timed


@contextmanager
def instrumented(stages: Stages) -> Iterator[None]:
    """Wrap the pipeline's stages for one run; everything is restored afterwards."""
    from unionextract import metadata, pipeline, segment
    from unionextract.extractors import EXTRACTORS

    patches: list[tuple[Any, str, Any]] = []

    def patch(owner: Any, attr: str, name: str) -> None:
        if hasattr(owner, attr):
            original = getattr(owner, attr)
            patches.append((owner, attr, original))
            setattr(owner, attr, stages.wrap(name, original))

    patch(pipeline, "normalize", "normalize")
    patch(segment, "sentences", "sentences (segment)")
    patch(segment, "words", "words (underthesea)")
    patch(segment, "pos_tags", "pos tags (underthesea)")
    patch(pipeline, "resolve_overlaps", "resolve overlaps")
    patch(pipeline, "link", "link")
    patch(metadata, "extract", "metadata")
    extractors = EXTRACTORS  # the dict the pipeline reads
    originals = dict(extractors)
    for plural, func in originals.items():
        extractors[plural] = stages.wrap(f"kind: {plural}", func)
    try:
        yield
    finally:
        extractors.update(originals)
        for owner, attr, original in reversed(patches):
            setattr(owner, attr, original)


def run_extract(docs: list[str]) -> tuple[float, list[Any]]:
    """Extract ``docs``, timed, as if for the first time: the segmenter's remembered chunks
    from an earlier run of the same text are forgotten first, and the garbage of earlier runs
    collected, so that every timed run starts from the same state. The collector stays on
    during the run (its cost is part of the figure): a full collection walks every object
    of the process (about 35 ms with underthesea's word lists loaded), and without this
    start it fell inside some runs and not others, which swung the growth ratio between
    about 1.0 and 1.25 from one bench to the next."""
    from unionextract import extract, segment

    segment.clear_caches()
    gc.collect()
    t0 = time.perf_counter()
    out = [extract(d) for d in docs]
    return time.perf_counter() - t0, out


def best_median(values: list[float]) -> str:
    return f"best {min(values):.3f} s, median {statistics.median(values):.3f} s"


# ---------------------------------------------------------------------------- peers


def sentence_texts(docs: list[str], results: list[Any]) -> list[str]:
    return [d[s.start : s.end] for d, r in zip(docs, results, strict=True) for s in r.sentences]


def sample(sentences: list[str], budget_chars: int) -> list[str]:
    """Sentences spread evenly over the corpus, up to ``budget_chars`` characters."""
    if not sentences:
        return []
    total = sum(map(len, sentences))
    step = max(1, round(total / max(budget_chars, 1)))
    picked, size = [], 0
    for s in sentences[::step] if step > 1 else sentences:
        if size >= budget_chars:
            break
        picked.append(s)
        size += len(s)
    return picked


def time_per_sentence(func: Callable[[str], Any], sentences: list[str]) -> tuple[float, int]:
    t0 = time.perf_counter()
    for s in sentences:
        func(s)
    return time.perf_counter() - t0, nbytes(sentences)


def duckling_parser() -> tuple[str, Callable[[str], Any]] | None:
    try:
        import duckling  # type: ignore[import-untyped, import-not-found, unused-ignore]
    except ImportError:
        return None
    if not hasattr(duckling, "parse_dimensions"):
        return None
    try:
        from importlib.metadata import version

        dist = f"pyduckling-native-phihos {version('pyduckling-native-phihos')}"
    except Exception:
        dist = "duckling"
    tz = duckling.load_time_zones("/usr/share/zoneinfo")
    ref = duckling.parse_ref_time(tz, "Asia/Ho_Chi_Minh", 1627344000)
    lang = duckling.parse_lang("VI")
    locale = duckling.parse_locale("VI_VN", duckling.default_locale_lang(lang))
    context = duckling.Context(ref, locale)
    dims = duckling.parse_dimensions(["time", "number", "amount-of-money"])

    def parse(text: str) -> Any:
        return duckling.parse(text, context, dims, False)

    return f"{dist}, locale VI_VN, dims time+number+amount-of-money", parse


# ---------------------------------------------------------------------------- fresh processes

_RSS_CODE = """
import json, resource, sys

def peak_kb():
    # VmHWM is this process's own high-water mark; ru_maxrss can carry the parent's peak
    # over fork + exec on Linux
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

import unionextract
after_import = peak_kb()
docs = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
for d in docs:
    unionextract.extract(d)
print(json.dumps({"import_kb": after_import, "peak_kb": peak_kb()}))
"""

_COLD_CODE = """
import json, sys, time
t0 = time.perf_counter()
import unionextract
t1 = time.perf_counter()
unionextract.extract(sys.argv[1])
t2 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "first_call_s": t2 - t1}))
"""


def fresh(code: str, *args: str) -> dict[str, Any]:
    """Run ``code`` in a fresh interpreter; its last line of output is a JSON object."""
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True)
    if out.returncode != 0:
        last = (out.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"fresh process failed: {last}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


# ---------------------------------------------------------------------------- report


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (
        f"{os.cpu_count()} cores ({usable} usable), {model}; Python {platform.python_version()} "
        f"({platform.python_implementation()}), {platform.system()} {platform.release()}"
    )


def load() -> str:
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "n/a"
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f} (1/5/15 min)"


def versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    parts = []
    for dist in ("unionextract", "regex", "underthesea", "pydantic"):
        try:
            parts.append(f"{dist} {version(dist)}")
        except PackageNotFoundError:
            parts.append(f"{dist} (not installed)")
    return ", ".join(parts)


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--corpus", help="JSON Lines file with a 'text' field per record")
    ap.add_argument("--size-mb", type=float, default=1.0, help="fixture corpus size (default 1)")
    ap.add_argument("--max-mb", type=float, default=2.0, help="cap on --corpus (0: all; def. 2)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per timed measurement")
    ap.add_argument("--ner-kb", type=float, default=15, help="characters (k) of ner sample")
    ap.add_argument("--duckling-kb", type=float, default=100, help="characters (k) for Duckling")
    ap.add_argument("--word-mb", type=float, default=0, help="cap word_tokenize text (0: all)")
    ap.add_argument("--latency-calls", type=int, default=1000)
    ap.add_argument("--budget", type=float, default=100, help="seconds; fewer runs when slow")
    ap.add_argument("--quick", action="store_true", help="one run each, small samples")
    args = ap.parse_args(argv)
    if args.quick:
        args.repeat, args.ner_kb, args.duckling_kb, args.latency_calls = 1, 3, 20, 200
        args.word_mb = args.word_mb or 0.3

    started = time.perf_counter()
    print(f"unionextract benchmark, {dt.datetime.now().isoformat(timespec='seconds')}")
    print(f"machine : {machine()}")
    print(f"packages: {versions()}")
    print(f"load    : {load()} at start (other processes share these cores)")
    label, docs = load_corpus(args.corpus, args.size_mb, args.max_mb)
    size = nbytes(docs)
    print(
        f"corpus  : {label}: {len(docs)} documents, {size / MB:.2f} MB, {sum(map(len, docs))} chars"
    )
    print()

    # ---- throughput
    from unionextract import extract

    # warm-up: lazy loads (underthesea's models on the first word or POS request) stay out of
    # the timed runs; the cold start below reports them
    for d in docs[:3]:
        extract(d)
    first_took, results = run_extract(docs)
    times = [first_took]
    # keep the default run near two minutes even when extraction is slow: a quarter of the
    # budget for throughput, a quarter for growth
    repeat = max(1, min(args.repeat, int(args.budget / 4 / first_took)))
    # at least two interleaved rounds: one round each is at the mercy of the load of the moment
    growth_rounds = max(2, min(args.repeat, int(args.budget / 4 / (2 * first_took * MB / size))))
    if repeat < args.repeat or growth_rounds < args.repeat:
        print(
            f"(time budget {args.budget:.0f} s: {repeat} throughput runs, {growth_rounds} growth rounds)"
        )
    for _ in range(repeat - 1):
        results = []  # a user's process does not hold the last run's records through this one
        took, results = run_extract(docs)
        times.append(took)
    best, med = min(times), statistics.median(times)
    ours = size / MB / best
    print(f"extract (all kinds + metadata), {len(times)} runs: {best_median(times)}")
    print(f"  throughput: {ours:.2f} MB/s best, {size / MB / med:.2f} MB/s median")
    print(
        f"  per document: {best / len(docs) * 1000:.2f} ms; sentences: "
        f"{sum(len(r.sentences) for r in results)}; mentions: "
        f"{sum(len(r.mentions()) for r in results)}"
    )

    stages = Stages()
    with instrumented(stages):
        took, checked = run_extract(docs)
    same = checked == results
    del checked
    print(
        f"  time per stage (one instrumented run, {took:.3f} s; exclusive times; records "
        f"{'identical to' if same else 'DIFFERENT from'} the plain run):"
    )
    accounted = 0.0
    for name, own in sorted(stages.own.items(), key=lambda kv: -kv[1]):
        accounted += own
        print(f"    {name:28s} {own:7.3f} s {own / took:6.1%}  ({stages.calls[name]} calls)")
    rest = took - accounted
    print(f"    {'records, Document, other':28s} {rest:7.3f} s {rest / took:6.1%}")
    slowest_rules(docs)
    print()

    # ---- peers
    import underthesea

    sentences = sentence_texts(docs, results)
    del results  # the records of the runs above are not kept alive through the runs below
    word_sents = sentences
    if args.word_mb > 0:
        word_sents = sample(sentences, int(args.word_mb * MB / 1.4))
    underthesea.word_tokenize("Khởi động.")  # load the model before timing
    wt_time, wt_bytes = time_per_sentence(underthesea.word_tokenize, word_sents)
    wt = wt_bytes / MB / wt_time
    scope = "the whole corpus" if word_sents is sentences else "an even sample"
    print(
        f"underthesea {underthesea.__version__} word_tokenize, per sentence, {scope}: "
        f"{len(word_sents)} sentences, {wt_bytes / MB:.2f} MB in {wt_time:.2f} s = {wt:.3f} MB/s"
    )
    print(f"  extract is {ours / wt:.1f}x faster than word_tokenize")
    ner_sents = sample(sentences, int(args.ner_kb * 1000))
    underthesea.ner("Khởi động.")
    ner_time, ner_bytes = time_per_sentence(underthesea.ner, ner_sents)
    ner = ner_bytes / MB / ner_time
    print(
        f"underthesea ner, per sentence, SAMPLED: {len(ner_sents)} sentences spread over the "
        f"corpus, {ner_bytes / 1000:.1f} kB in {ner_time:.2f} s = {ner:.4f} MB/s; extrapolated "
        f"to the corpus: {size / MB / ner:.0f} s"
    )
    print(f"  extract is {ours / ner:.0f}x faster than ner")
    parser = duckling_parser()
    if parser is None:
        print("Duckling: not installed (pip install pyduckling-native-phihos to compare)")
    else:
        name, parse = parser
        duck_sents = sample(sentences, int(args.duckling_kb * 1000))
        parse("Khởi động ngày 27 tháng 7.")
        dk_time, dk_bytes = time_per_sentence(parse, duck_sents)
        dk = dk_bytes / MB / dk_time
        print(
            f"Duckling ({name}), per sentence, SAMPLED: {len(duck_sents)} sentences, "
            f"{dk_bytes / 1000:.1f} kB in {dk_time:.2f} s = {dk:.3f} MB/s"
        )
        print(f"  extract is {ours / dk:.1f}x faster than Duckling")
    print()

    # ---- growth with document size
    pool = docs * (MB // max(size, 1) + 1)  # at least 1 MB of text
    stream = cut_lines("\n\n".join(pool) + "\n", MB)
    quarter = len(stream) // 4
    parts, pos = [], 0
    for i in range(4):
        end = len(stream) if i == 3 else stream.find("\n", pos + quarter) + 1 or len(stream)
        parts.append(stream[pos:end])
        pos = end
    big = "".join(parts)
    big_t, parts_t = [], []
    for _ in range(growth_rounds):
        big_t.append(run_extract([big])[0])
        parts_t.append(run_extract(parts)[0])
    ratio = min(big_t) / min(parts_t)
    print(
        f"growth: one document of {nbytes([big]) / MB:.2f} MB: {best_median(big_t)}; the same "
        f"text as 4 documents of ~{nbytes(parts) / 4 / 1000:.0f} kB: {best_median(parts_t)}"
    )
    print(f"  per-byte cost ratio (1 MB / 250 kB, best runs): {ratio:.2f}")
    # the extractors' own growth: the same runs with the garbage collector off (a full
    # collection walks the whole process, and whether one falls inside a run depends on how
    # many objects that run keeps alive at once, which a bigger document does)
    quiet_big, quiet_parts = [], []
    gc.disable()
    try:
        for _ in range(growth_rounds):
            quiet_big.append(run_extract([big])[0])
            quiet_parts.append(run_extract(parts)[0])
    finally:
        gc.enable()
    print(
        "  the same without the garbage collector: "
        f"{min(quiet_big) / min(quiet_parts):.2f} ({best_median(quiet_big)}; {best_median(quiet_parts)})"
    )

    # ---- peak memory, in a fresh process
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for d in [*docs, big]:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
        tmp = f.name
    try:
        rss = fresh(_RSS_CODE, tmp)
    finally:
        os.unlink(tmp)
    peak = rss["peak_kb"] / 1024
    print(
        f"peak RSS, fresh process extracting the corpus and the 1 MB document: {peak:.0f} MB "
        f"(after import: {rss['import_kb'] / 1024:.0f} MB; VmHWM)"
    )

    # ---- latency of one short sentence
    pool = [s for s in sentences if 180 <= len(s) <= 220 and any(c.isdigit() for c in s)]
    pool = pool[:200] or [s[:200] for s in sentences if len(s) >= 200][:200]
    for s in pool[:50] * 2:
        extract(s)
    lat = []
    from unionextract import segment

    for i in range(args.latency_calls):
        s = pool[i % len(pool)]
        segment.clear_caches()  # a sentence comes back: time it as new
        t0 = time.perf_counter()
        extract(s)
        lat.append(time.perf_counter() - t0)
    lat.sort()
    p50 = statistics.median(lat) * 1000
    p99 = lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1000
    print(
        f"latency, one ~200-character sentence ({len(pool)} distinct, {len(lat)} calls after "
        f"warm-up): median {p50:.2f} ms, p99 {p99:.2f} ms"
    )

    # ---- cold start
    cold = [fresh(_COLD_CODE, pool[0]) for _ in range(args.repeat)]
    imp = [c["import_s"] for c in cold]
    first = [c["first_call_s"] for c in cold]
    print(
        f"cold start, fresh process x{len(cold)}: import unionextract {min(imp):.3f} s best / "
        f"{statistics.median(imp):.3f} s median; first extract() of the ~200-character sentence "
        f"{min(first):.3f} s best / {statistics.median(first):.3f} s median"
    )
    doc = cut_lines(docs[0], 20_000)
    first_doc = [fresh(_COLD_CODE, doc)["first_call_s"] for _ in range(args.repeat)]
    print(
        f"  first extract() of a document instead ({nbytes([doc]) / 1000:.0f} kB, may load "
        f"underthesea's models): {min(first_doc):.3f} s best / "
        f"{statistics.median(first_doc):.3f} s median"
    )
    print()

    # ---- targets
    rows = [
        (f"extract >= 10x word_tokenize ({ours / wt:.1f}x)", ours >= 10 * wt),
        (f"1 MB document within 1.3x per-byte cost of 250 kB ({ratio:.2f})", ratio <= 1.3),
        (f"peak RSS < 300 MB ({peak:.0f} MB)", peak < 300),
        (f"short sentence < 2 ms median ({p50:.2f} ms)", p50 < 2),
        (
            f"import unionextract < 0.3 s ({statistics.median(imp):.3f} s median)",
            statistics.median(imp) < 0.3,
        ),
    ]
    print("targets:")
    for text, ok in rows:
        print(f"  {verdict(ok)}  {text}")
    print(f"load    : {load()} at end; bench took {time.perf_counter() - started:.0f} s")
    return 0


def slowest_rules(docs: list[str], top: int = 8) -> None:
    """Time each rule as the pipeline runs it: ``rules.run_at`` at the kind's anchors, match
    and build together, on a quarter of the corpus (rules a kind runs otherwise are not
    listed; their kind's time is above)."""
    from unionextract import extract, rules

    original = rules.run_at
    costs: dict[tuple[str, str], float] = defaultdict(float)
    starts_seen: dict[tuple[str, str], int] = defaultdict(int)

    def per_rule(rule_list: Any, ctx: Any, starts: Any, *, retry: bool = False) -> list[Any]:
        out: list[Any] = []
        for rule in rule_list:  # run_at's loop is per rule: one rule at a time is the same
            t0 = time.perf_counter()
            out.extend(original((rule,), ctx, starts, retry=retry))
            costs[rule.kind, rule.name] += time.perf_counter() - t0
            starts_seen[rule.kind, rule.name] += len(starts)
        return out

    patched = [
        m
        for name, m in list(sys.modules.items())
        if name.startswith("unionextract") and getattr(m, "run_at", None) is original
    ]
    sample_docs = docs[: max(1, len(docs) // 4)]
    size = nbytes(sample_docs)
    try:
        for m in patched:
            m.run_at = per_rule  # type: ignore[attr-defined]
        for d in sample_docs:
            extract(d)
    finally:
        for m in patched:
            m.run_at = original  # type: ignore[attr-defined]
    ranked = sorted(costs.items(), key=lambda kv: -kv[1])
    total = sum(costs.values())
    print(
        f"  rules run at their anchors ({len(ranked)} rules over {size / MB:.2f} MB: {total:.3f} s"
        ", match and build); slowest:"
    )
    for (kind, name), cost in ranked[:top]:
        print(
            f"    {kind:16s} {name[:44]:44s} {cost:6.3f} s  "
            f"{starts_seen[kind, name] / size * 1000:5.1f} starts/kB"
        )


if __name__ == "__main__":
    sys.exit(main())
