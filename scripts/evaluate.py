"""Evaluate unionextract against a JSONL gold file (default: tests/heldout/heldout.jsonl).

    .venv/bin/python scripts/evaluate.py [GOLD.jsonl] [--kinds date,money] [--no-errors] [--json OUT]

Each gold line: {"id", "text", "reference_date": "YYYY-MM-DD" | null,
                 "mentions": [{"kind", "text", "start", "end", <value fields>}]}

Scores per kind, micro-averaged over items:
  span        a prediction is right when (start, end) equals a gold mention's of the same kind;
  span+value  the span is right AND the kind's key fields agree:
                date: value, until          money: amount, low, high, currency, qualifier
                count: value, low, high, qualifier, unit     percent: value, qualifier
                document_number: symbol     organization: canonical
  value~      (diagnostic) span+value with strings compared case-insensitively (canonical-name case);
  overlap     (diagnostic) a prediction overlapping a gold mention of the same kind counts, one-to-one.
Strings are compared after NFC; numbers as decimals.

Errors are listed with their context: MISSED (gold with no overlapping prediction), SPURIOUS (prediction
with no overlapping gold), BOUNDARY (overlapping, different span — counted as one miss and one spurious
in the strict scores), VALUE (right span, wrong key fields).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT / "tests" / "heldout" / "heldout.jsonl"

KINDS = ("date", "money", "count", "percent", "document_number", "organization")
KEYS: dict[str, tuple[str, ...]] = {
    "date": ("value", "until"),
    "money": ("amount", "low", "high", "currency", "qualifier"),
    "count": ("value", "low", "high", "qualifier", "unit"),
    "percent": ("value", "qualifier"),
    "document_number": ("symbol",),
    "organization": ("canonical",),
}
DOC_FIELDS = {
    "date": "dates",
    "money": "money",
    "count": "counts",
    "percent": "percents",
    "document_number": "document_numbers",
    "organization": "organizations",
}


def _norm(v: Any) -> Any:
    if v is None:
        return None
    if isinstance(v, bool):
        return v
    if isinstance(v, (int, float, Decimal)):
        return Decimal(str(v)).normalize()
    if isinstance(v, str):
        s = unicodedata.normalize("NFC", v)
        try:
            if s and (s[0].isdigit() or s[0] == "-") and "-" not in s[1:] and "/" not in s:
                return Decimal(s).normalize()
        except InvalidOperation:
            pass
        return s
    return v


def key_of(kind: str, m: dict[str, Any], fold: bool = False) -> tuple[Any, ...]:
    vals = tuple(_norm(m.get(k)) for k in KEYS[kind])
    if fold:
        vals = tuple(v.casefold() if isinstance(v, str) else v for v in vals)
    return vals


@dataclass
class Tally:
    gold: int = 0
    pred: int = 0
    span_tp: int = 0
    value_tp: int = 0
    value_ci_tp: int = 0
    overlap_tp: int = 0

    @staticmethod
    def prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
        p = tp / pred if pred else 1.0
        r = tp / gold if gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def scores(self) -> dict[str, Any]:
        out: dict[str, Any] = {"gold": self.gold, "pred": self.pred}
        for name, tp in (
            ("span", self.span_tp),
            ("value", self.value_tp),
            ("value_casefold", self.value_ci_tp),
            ("overlap", self.overlap_tp),
        ):
            p, r, f = self.prf(tp, self.pred, self.gold)
            out[name] = {"tp": tp, "precision": p, "recall": r, "f1": f}
        return out


@dataclass
class Result:
    tallies: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in KINDS})
    errors: list[dict[str, Any]] = field(default_factory=list)
    items: int = 0
    seconds: float = 0.0

    def scores(self) -> dict[str, Any]:
        return {k: t.scores() for k, t in self.tallies.items()}


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    return f"{left}[{text[start:end]}]{right}".replace("\n", "⏎")


def _predictions(doc: Any, kind: str) -> list[dict[str, Any]]:
    return [m.model_dump(mode="json") for m in getattr(doc, DOC_FIELDS[kind])]


def _overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return bool(a["start"] < b["end"] and b["start"] < a["end"])


def score_item(rec: dict[str, Any], doc: Any, result: Result, kinds: tuple[str, ...]) -> None:
    text = rec["text"]
    for kind in kinds:
        gold = [m for m in rec["mentions"] if m["kind"] == kind]
        pred = _predictions(doc, kind)
        t = result.tallies[kind]
        t.gold += len(gold)
        t.pred += len(pred)
        by_span = {(p["start"], p["end"]): p for p in pred}
        used_pred: set[int] = set()
        unmatched_gold = []
        for g in gold:
            p = by_span.get((g["start"], g["end"]))
            if p is None:
                unmatched_gold.append(g)
                continue
            used_pred.add(id(p))
            t.span_tp += 1
            t.overlap_tp += 1
            if key_of(kind, g, fold=True) == key_of(kind, p, fold=True):
                t.value_ci_tp += 1
            if key_of(kind, g) == key_of(kind, p):
                t.value_tp += 1
            else:
                diff = {
                    k: {"gold": g.get(k), "pred": p.get(k)}
                    for k in KEYS[kind]
                    if _norm(g.get(k)) != _norm(p.get(k))
                }
                result.errors.append(
                    {
                        "id": rec["id"],
                        "kind": kind,
                        "type": "VALUE",
                        "text": g["text"],
                        "diff": diff,
                        "rule": p.get("rule"),
                        "case_only": key_of(kind, g, fold=True) == key_of(kind, p, fold=True),
                        "context": _context(text, g["start"], g["end"]),
                    }
                )
        free_pred = [p for p in pred if id(p) not in used_pred]
        for g in unmatched_gold:
            partner = next((p for p in free_pred if _overlaps(g, p)), None)
            if partner is not None:
                free_pred.remove(partner)
                t.overlap_tp += 1
                result.errors.append(
                    {
                        "id": rec["id"],
                        "kind": kind,
                        "type": "BOUNDARY",
                        "text": g["text"],
                        "pred_text": partner["text"],
                        "value_ok": key_of(kind, g) == key_of(kind, partner),
                        "gold_key": [g.get(k) for k in KEYS[kind]],
                        "pred_key": [partner.get(k) for k in KEYS[kind]],
                        "rule": partner.get("rule"),
                        "context": _context(text, g["start"], g["end"]),
                    }
                )
            else:
                result.errors.append(
                    {
                        "id": rec["id"],
                        "kind": kind,
                        "type": "MISSED",
                        "text": g["text"],
                        "gold_key": [g.get(k) for k in KEYS[kind]],
                        "context": _context(text, g["start"], g["end"]),
                    }
                )
        for p in free_pred:
            result.errors.append(
                {
                    "id": rec["id"],
                    "kind": kind,
                    "type": "SPURIOUS",
                    "text": p["text"],
                    "pred_key": [p.get(k) for k in KEYS[kind]],
                    "rule": p.get("rule"),
                    "context": _context(text, p["start"], p["end"]),
                }
            )


def load(path: Path) -> list[dict[str, Any]]:
    records = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            rec = json.loads(line)
            for m in rec["mentions"]:
                if rec["text"][m["start"] : m["end"]] != m["text"]:
                    raise ValueError(f"{path}:{n}: offsets of {m['text']!r} do not match the text")
            records.append(rec)
    return records


def evaluate(path: Path = DEFAULT_GOLD, kinds: tuple[str, ...] = KINDS) -> Result:
    from unionextract import extract

    result = Result()
    t0 = time.perf_counter()
    for rec in load(path):
        ref = rec.get("reference_date")
        ref_date = dt.date.fromisoformat(ref) if ref else None
        doc = extract(rec["text"], reference_date=ref_date)
        score_item(rec, doc, result, kinds)
        result.items += 1
    result.seconds = time.perf_counter() - t0
    return result


def format_table(result: Result, kinds: tuple[str, ...] = KINDS) -> str:
    head = (
        f"{'kind':<16}{'gold':>5}{'pred':>5} | {'span P':>7}{'R':>7}{'F1':>7} |"
        f" {'+value P':>8}{'R':>7}{'F1':>7} | {'value~ F1':>9} {'overlap F1':>10}"
    )
    lines = [head, "-" * len(head)]
    for kind in kinds:
        s = result.tallies[kind].scores()
        sp, va, vc, ov = s["span"], s["value"], s["value_casefold"], s["overlap"]
        lines.append(
            f"{kind:<16}{s['gold']:>5}{s['pred']:>5} | {sp['precision']:>7.3f}{sp['recall']:>7.3f}"
            f"{sp['f1']:>7.3f} | {va['precision']:>8.3f}{va['recall']:>7.3f}{va['f1']:>7.3f} |"
            f" {vc['f1']:>9.3f} {ov['f1']:>10.3f}"
        )
    return "\n".join(lines)


def format_errors(result: Result) -> str:
    lines = []
    order = {"MISSED": 0, "SPURIOUS": 1, "BOUNDARY": 2, "VALUE": 3}
    errs = sorted(result.errors, key=lambda e: (KINDS.index(e["kind"]), order[e["type"]], e["id"]))
    kind = None
    for e in errs:
        if e["kind"] != kind:
            kind = e["kind"]
            lines.append(f"\n== {kind}")
        if e["type"] == "VALUE":
            diff = "; ".join(
                f"{k}: gold={v['gold']!r} pred={v['pred']!r}" for k, v in e["diff"].items()
            )
            detail = f"{diff} (rule {e['rule']})" + (" [case only]" if e["case_only"] else "")
        elif e["type"] == "BOUNDARY":
            detail = f"pred {e['pred_text']!r}"
            if not e["value_ok"]:
                detail += f" {e['pred_key']} vs gold {e['gold_key']}"
        elif e["type"] == "MISSED":
            detail = f"gold {e['gold_key']}"
        else:
            detail = f"pred {e['pred_key']} (rule {e['rule']})"
        lines.append(
            f"{e['type']:<9}{e['id']:<6}{e['text']!r}: {detail}\n           … {e['context']}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--kinds", default=",".join(KINDS), help="comma-separated kinds to score")
    ap.add_argument("--no-errors", action="store_true", help="print only the score table")
    ap.add_argument("--json", type=Path, help="also write the scores and errors as JSON here")
    args = ap.parse_args(argv)
    kinds = tuple(k.strip() for k in args.kinds.split(",") if k.strip())
    bad = [k for k in kinds if k not in KINDS]
    if bad:
        ap.error(f"unknown kinds {bad}; valid: {', '.join(KINDS)}")
    result = evaluate(args.gold, kinds)
    print(f"{args.gold}: {result.items} items, {result.seconds:.2f}s")
    print(format_table(result, kinds))
    if not args.no_errors:
        print(format_errors(result))
    if args.json:
        payload = {"items": result.items, "scores": result.scores(), "errors": result.errors}
        args.json.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
