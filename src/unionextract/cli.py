"""Command line: ``unionextract FILE... | -`` prints one JSON object per input (JSON Lines).

Inputs are text files, directories (their ``*.txt`` and ``*.jsonl`` files, recursively), glob
patterns, ``-`` for standard input, and JSON Lines files (``*.jsonl`` or ``--jsonl``) whose
records each hold one text (``--text-field``), an id (``--id-field``) and optionally the day it
was written (``--date-field``). Input is streamed: memory stays bounded by the largest document.

Exit status: 0 when every input was read, 1 when some file or record could not be (the others
are still processed, each problem reported on stderr with its file and line), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import glob
import json
import os
import sys
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any, NoReturn

from . import encodings
from .batch import Failure, check_workers, run
from .errors import UnionExtractError
from .models import KINDS, Document
from .pipeline import Pipeline, check_kinds
from .rows import columns, document_rows

_DIR_SUFFIXES = (".txt", ".jsonl")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"unionextract: error: {message} (see --help)\n")


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {value!r}") from None


def _kinds(value: str) -> frozenset[str]:
    try:
        return check_kinds([k.strip() for k in value.split(",") if k.strip()])
    except UnionExtractError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _workers(value: str) -> int:
    try:
        return check_workers(int(value))
    except (ValueError, UnionExtractError) as exc:
        raise argparse.ArgumentTypeError(
            f"--workers takes a whole number ≥ 1, not {value!r}"
        ) from exc


def _encoding(value: str) -> str:
    try:
        return encodings.canonical_encoding(value)
    except UnionExtractError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="unionextract",
        description="Extract dates, document numbers, money, organizations, counts and percents "
        "from Vietnamese text. Prints one JSON object per input document (JSON Lines).",
    )
    add = p.add_argument
    add("files", nargs="*", metavar="FILE", help="files, directories or globs; '-' reads stdin")
    add("--kinds", type=_kinds, help=f"comma-separated kinds (default: all): {','.join(KINDS)}")
    add("--reference-date", type=_date, metavar="YYYY-MM-DD", help="the day the text was written")
    add("--pretty", action="store_true", help="indent the JSON output")
    add("--encoding", type=_encoding, default="auto", help="encoding of text files: auto "
        "(UTF-8, converting legacy TCVN3/VNI/VISCII when detected), tcvn3, vni, viscii, "
        "or a Python codec such as cp1258 (default: auto)")  # fmt: skip
    add("--schema", action="store_true", help="print the JSON Schema of the output and exit")
    add("--jsonl", action="store_true", help="read every input as JSON Lines (*.jsonl always are)")
    add("--text-field", default="text", metavar="NAME", help="JSON Lines: the text (default text)")
    add("--id-field", default="id", metavar="NAME", help="JSON Lines: the record id (default id)")
    add("--date-field", metavar="NAME", help="JSON Lines: the record's YYYY-MM-DD reference date")
    add("-o", "--output", metavar="OUT", help="write the output to OUT (default: stdout)")
    add("--format", choices=("jsonl", "csv"), default="jsonl",
        help="jsonl: one Document per line; csv: one flat row per mention")  # fmt: skip
    add(
        "--html",
        metavar="OUT.html",
        help="also write one page highlighting every mention (keeps the documents in memory)",
    )
    add("--workers", type=_workers, default=1, metavar="N", help="processes to use (default 1)")
    add("--progress", choices=("auto", "always", "never"), default="auto",
        help="progress on stderr (auto: on a terminal, for runs longer than a second)")  # fmt: skip
    add("-q", "--quiet", action="store_true", help="no summary at the end")
    return p


@dataclass
class Record:
    """One document to extract, where it came from, or why it cannot be read."""

    source: str
    text: str = ""
    ref: dt.date | None = None
    id: Any = None
    line: int | None = None
    error: str | None = None

    @property
    def where(self) -> str:
        return self.source if self.line is None else f"{self.source}:{self.line}"


def expand(args: Sequence[str]) -> Iterator[str | Record]:
    """Paths to read, in order; a :class:`Record` with an error for an argument that names none."""
    for arg in args:
        if arg == "-" or os.path.isfile(arg):
            yield arg
        elif os.path.isdir(arg):
            found = sorted(
                os.path.join(root, name)
                for root, _, names in os.walk(arg)
                for name in names
                if name.endswith(_DIR_SUFFIXES)
            )
            if not found:
                yield Record(arg, error=f"directory has no {' or '.join(_DIR_SUFFIXES)} files")
            yield from found
        elif glob.has_magic(arg):
            matches = sorted(p for p in glob.glob(arg, recursive=True) if os.path.isfile(p))
            if not matches:
                yield Record(arg, error="no file matches this pattern")
            yield from matches
        elif os.path.exists(arg):
            yield Record(arg, error="not a regular file")
        else:
            yield Record(arg, error="no such file")


def _open(path: str) -> IO[bytes]:
    return sys.stdin.buffer if path == "-" else open(path, "rb")


def _read_text(path: str, name: str, encoding: str, notes: list[str]) -> Record:
    try:
        with _open(path) as fh:
            data = fh.read()
        decoded = encodings.decode(data, encoding)
    except IsADirectoryError:
        return Record(name, error="is a directory")
    except (OSError, UnionExtractError) as exc:
        return Record(name, error=getattr(exc, "strerror", None) or str(exc))
    if decoded.converted_from:
        notes.append(f"{name}: converted from {encodings.LEGACY[decoded.converted_from]}")
    return Record(name, decoded.text)


def _json_record(raw: bytes, name: str, number: int, args: argparse.Namespace) -> Record:
    rec = Record(name, line=number)
    try:
        obj = json.loads(raw.decode("utf-8-sig" if number == 1 else "utf-8"))
    except UnicodeDecodeError as exc:
        rec.error = f"not valid UTF-8 (byte {exc.start}); JSON Lines must be UTF-8"
        return rec
    except ValueError as exc:
        rec.error = f"not valid JSON: {exc}"
        return rec
    except RecursionError:
        rec.error = "not valid JSON: nested too deeply"
        return rec
    if not isinstance(obj, dict):
        rec.error = f"a record must be a JSON object, not {type(obj).__name__}"
        return rec
    rec.id = obj.get(args.id_field)
    text = obj.get(args.text_field)
    if not isinstance(text, str):
        got = "missing" if text is None else f"of type {type(text).__name__}"
        rec.error = f"field {args.text_field!r} must be a string, is {got}"
        return rec
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        rec.error = (
            f"field {args.text_field!r} is not valid Unicode (lone surrogate at {exc.start})"
        )
        return rec
    rec.text = text
    try:  # legacy Vietnamese inside JSON strings: detected (auto) or named (--encoding tcvn3)
        if args.encoding == "auto":
            rec.text, _ = encodings.fix_text(text)
        elif args.encoding in encodings.LEGACY:
            rec.text = encodings.to_unicode(text, args.encoding)
    except UnionExtractError as exc:
        rec.error = str(exc)
        return rec
    rec.ref = args.reference_date
    if args.date_field and obj.get(args.date_field) not in (None, ""):
        value = obj[args.date_field]
        try:
            rec.ref = dt.date.fromisoformat(str(value)[:10])
        except ValueError:
            rec.error = f"field {args.date_field!r} is not a YYYY-MM-DD date: {value!r}"
    return rec


def records(args: argparse.Namespace, notes: list[str]) -> Iterator[Record]:
    """Every input document, streamed: a JSON Lines file is read one line at a time."""
    for path in expand(args.files):
        if isinstance(path, Record):
            yield path
            continue
        name = "<stdin>" if path == "-" else path
        if not (args.jsonl or path.endswith(".jsonl")):
            rec = _read_text(path, name, args.encoding, notes)
            rec.ref = args.reference_date
            yield rec
            continue
        try:
            with _open(path) as fh:
                for number, raw in enumerate(fh, 1):
                    if raw.strip():
                        yield _json_record(raw, name, number, args)
        except OSError as exc:
            yield Record(name, error=exc.strerror or str(exc))


class Progress:
    """A one-line counter on stderr, shown on a terminal once a run has taken a second."""

    def __init__(self, mode: str, stream: IO[str]) -> None:
        self.on = mode == "always" or (mode == "auto" and stream.isatty())
        self.stream = stream
        self.started = self.shown = time.monotonic()
        self.drawn = False

    def update(self, done: int, mentions: int) -> None:
        now = time.monotonic()
        if not self.on or now - self.shown < 0.2 or now - self.started < 1.0:
            return
        self.shown = now
        rate = done / max(now - self.started, 1e-9)
        self.stream.write(f"\r{done} documents, {mentions} mentions, {rate:.0f} docs/s ")
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\r\033[K")
            self.stream.flush()


class Writer:
    """JSON Lines or CSV to a stream; remembers documents for ``--html``."""

    def __init__(self, out: IO[str], args: argparse.Namespace) -> None:
        self.out = out
        self.args = args
        self.csv: csv.DictWriter[str] | None = None
        if args.format == "csv":
            self.csv = csv.DictWriter(out, fieldnames=["source", *columns()], lineterminator="\n")
            self.csv.writeheader()
        self.pages: list[tuple[str, Document]] = []

    def write(self, rec: Record, doc: Document) -> None:
        if self.csv is not None:
            doc_id = rec.where if rec.id is None else str(rec.id)
            for row in document_rows(doc, doc_id):
                self.csv.writerow({"source": rec.where, **row})
        else:
            head: dict[str, Any] = {"source": rec.source}
            if rec.line is not None:
                head.update(id=rec.id, line=rec.line)
            record = {**head, **doc.model_dump(mode="json")}
            indent = 2 if self.args.pretty else None
            self.out.write(json.dumps(record, ensure_ascii=False, indent=indent) + "\n")
        if self.args.html:
            self.pages.append((rec.where if rec.id is None else str(rec.id), doc))


def _write_html(path: str, pages: list[tuple[str, Document]]) -> str | None:
    try:
        from .html import write_page
    except ImportError:
        return "--html needs unionextract.html, which this installation does not have"
    if not pages:
        return "--html: no document was extracted, no page written"
    try:
        write_page(path, pages)
    except OSError as exc:
        return f"{path}: cannot write the page: {exc.strerror or exc}"
    return None


def _paired(recs: Iterable[Record], good: deque[Record]) -> Iterator[tuple[str, dt.date | None]]:
    """The texts of readable records, remembering them (in order) for their results."""
    for rec in recs:
        good.append(rec)
        if rec.error is None:
            yield rec.text, rec.ref


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.schema:
        print(json.dumps(Document.model_json_schema(), ensure_ascii=False, indent=2))
        return 0
    if not args.files:
        parser.error("give at least one FILE, directory or glob, or '-' for standard input")
    if args.pretty and args.format == "csv":
        parser.error("--pretty applies to JSON output, not to --format csv")
    with contextlib.ExitStack() as stack:
        out: IO[str] = sys.stdout
        if args.output not in (None, "-"):
            try:
                out = stack.enter_context(open(args.output, "w", encoding="utf-8", newline=""))
            except OSError as exc:
                parser.error(f"cannot write {args.output}: {exc.strerror or exc}")
        try:
            return _run(args, out)
        except KeyboardInterrupt:
            print("unionextract: interrupted", file=sys.stderr)
            return 130
        except BrokenPipeError:  # the reader went away (`| head`): stop quietly
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 1


def _run(args: argparse.Namespace, out: IO[str]) -> int:
    pipeline = Pipeline(args.kinds if args.kinds is not None else frozenset(KINDS))
    notes: list[str] = []
    queue: deque[Record] = deque()  # records read, not yet written (errors and texts, in order)
    texts = _paired(records(args, notes), queue)
    results = run(pipeline, texts, workers=args.workers, chunksize=8, safe=True)
    writer = Writer(out, args)
    progress = Progress(args.progress, sys.stderr)
    per_kind: Counter[str] = Counter()
    done = errors = 0

    def report(rec: Record, message: str) -> None:
        nonlocal errors
        errors += 1
        progress.close()
        print(f"unionextract: {rec.where}: {message}", file=sys.stderr)

    def drain_errors() -> None:
        while queue and queue[0].error is not None:
            rec = queue.popleft()
            report(rec, rec.error or "")

    for result in results:
        drain_errors()
        rec = queue.popleft()
        while notes:
            print(f"unionextract: {notes.pop(0)}", file=sys.stderr)
        if isinstance(result, Failure):
            report(rec, f"extraction failed, record skipped ({result.error})")
            continue
        writer.write(rec, result)
        done += 1
        for m in result.mentions():
            per_kind[m.kind] += 1
        progress.update(done, sum(per_kind.values()))
    drain_errors()
    while notes:
        print(f"unionextract: {notes.pop(0)}", file=sys.stderr)
    progress.close()
    out.flush()
    if args.html:
        problem = _write_html(args.html, writer.pages)
        if problem:
            print(f"unionextract: {problem}", file=sys.stderr)
            errors += 1
    if not args.quiet:
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(per_kind.items())) or "none"
        print(
            f"unionextract: {done} documents, {sum(per_kind.values())} mentions ({kinds}), "
            f"{errors} errors",
            file=sys.stderr,
        )
    return 1 if errors else 0
