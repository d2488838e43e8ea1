"""Command line: ``unionextract FILE... | -`` prints one JSON object per input (JSON Lines).

Exit status: 0 when every input was read, 1 when some input could not be read (the others are
still processed), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from typing import NoReturn

from .errors import UnionExtractError
from .models import KINDS, Document
from .pipeline import Pipeline, check_kinds


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


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="unionextract",
        description="Extract dates, document numbers, money, organizations, counts and percents "
        "from Vietnamese text. Prints one JSON object per input file (JSON Lines).",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="text files; '-' reads stdin")
    parser.add_argument(
        "--kinds",
        type=_kinds,
        default=None,
        help=f"comma-separated kinds to extract (default: all): {','.join(KINDS)}",
    )
    parser.add_argument(
        "--reference-date",
        type=_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="the day the text was written; resolves relative dates and missing years",
    )
    parser.add_argument("--pretty", action="store_true", help="indent the JSON output")
    parser.add_argument("--encoding", default="utf-8", help="encoding of the input files")
    parser.add_argument(
        "--schema", action="store_true", help="print the JSON Schema of the output and exit"
    )
    return parser


def _read(path: str, encoding: str) -> str:
    if path == "-":
        data = sys.stdin.buffer.read()
    else:
        with open(path, "rb") as fh:
            data = fh.read()
    if b"\x00" in data[:8192]:
        raise ValueError("looks like a binary file (it contains NUL bytes)")
    text = data.decode(encoding)
    return text[1:] if text.startswith("\ufeff") else text


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.schema:
        print(json.dumps(Document.model_json_schema(), ensure_ascii=False, indent=2))
        return 0
    if not args.files:
        parser.error("give at least one FILE, or '-' for standard input")
    pipeline = Pipeline(args.kinds if args.kinds is not None else frozenset(KINDS))
    status = 0
    for path in args.files:
        name = "<stdin>" if path == "-" else path
        try:
            text = _read(path, args.encoding)
        except FileNotFoundError:
            print(f"unionextract: {name}: no such file", file=sys.stderr)
            status = 1
            continue
        except IsADirectoryError:
            print(f"unionextract: {name}: is a directory", file=sys.stderr)
            status = 1
            continue
        except UnicodeDecodeError as exc:
            print(
                f"unionextract: {name}: not valid {args.encoding} text (byte {exc.start}); "
                "choose the encoding with --encoding",
                file=sys.stderr,
            )
            status = 1
            continue
        except (OSError, ValueError) as exc:
            print(f"unionextract: {name}: {exc}", file=sys.stderr)
            status = 1
            continue
        doc = pipeline(text, args.reference_date)
        record = {"source": name, **doc.model_dump(mode="json")}
        print(json.dumps(record, ensure_ascii=False, indent=2 if args.pretty else None))
    return status
