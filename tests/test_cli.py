"""The command line: inputs of every shape, JSON Lines records, outputs, errors and exit codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from unionextract import cli, extract
from unionextract.rows import columns

SEEDS = sorted(Path(__file__).resolve().parent.parent.glob("fixtures/*.txt"))


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str], str]:
    code = cli.main([*args])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def write(path: Path, data: bytes | str) -> Path:
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def test_text_files_give_one_json_object_each_with_offsets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, lines, err = run(capsys, *map(str, SEEDS))
    assert code == 0
    assert len(lines) == len(SEEDS)
    for line, seed in zip(lines, SEEDS, strict=True):
        record = json.loads(line)
        assert record["source"] == str(seed)
        assert record["text"] == seed.read_text(encoding="utf-8")
        assert record["dates"] == extract(record["text"]).model_dump(mode="json")["dates"]
    assert f"{len(SEEDS)} documents" in err and "0 errors" in err


def test_bom_and_crlf_keep_offsets_true(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bom = write(tmp_path / "bom.txt", "\ufeffNgày 27/7/2021 hỗ trợ 5%.".encode())
    crlf = write(tmp_path / "crlf.txt", "Dòng một.\r\nNgày 27/7/2021 hỗ trợ 5%.\r\n".encode())
    code, lines, _ = run(capsys, str(bom), str(crlf))
    assert code == 0
    for line in lines:
        record = json.loads(line)
        assert not record["text"].startswith("\ufeff")
        assert record["percents"], record["text"]
        for kind in ("dates", "percents"):
            for m in record[kind]:
                assert record["text"][m["start"] : m["end"]] == m["text"]
    assert json.loads(lines[1])["text"].count("\r\n") == 2


def test_unreadable_inputs_are_named_and_the_others_still_processed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write(tmp_path / "good.txt", "Tăng 5%.")
    empty = write(tmp_path / "empty.txt", b"")
    binary = write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    latin = write(tmp_path / "latin.txt", "Señor García está aquí mañana".encode("latin-1"))
    missing = tmp_path / "missing.txt"
    code, lines, err = run(capsys, str(missing), str(binary), str(latin), str(empty), str(good))
    assert code == 1
    assert [json.loads(x)["source"] for x in lines] == [str(empty), str(good)]
    assert f"{missing}: no such file" in err
    assert f"{binary}: looks like a binary file" in err
    assert f"{latin}: not valid UTF-8" in err and "--encoding" in err
    assert "2 documents" in err and "3 errors" in err


def test_an_explicit_encoding_reads_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Ngày 27/7/2021 tăng 5%."
    f = write(tmp_path / "cp1258.txt", text.encode("cp1258"))
    code, lines, _ = run(capsys, "--encoding", "cp1258", str(f))
    assert code == 0
    record = json.loads(lines[0])
    assert record["percents"][0]["text"] == "5%"
    assert record["text"][record["dates"][0]["start"] :].startswith("Ngày")


def test_directories_and_globs_expand_in_sorted_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    d = tmp_path / "archive"
    (d / "sub").mkdir(parents=True)
    write(d / "b.txt", "5%")
    write(d / "sub" / "a.txt", "6%")
    write(d / "notes.md", "ignored")
    write(tmp_path / "x1.txt", "7%")
    write(tmp_path / "x2.txt", "8%")
    code, lines, err = run(capsys, str(d), str(tmp_path / "x*.txt"), str(tmp_path / "zz*.txt"))
    sources = [json.loads(x)["source"] for x in lines]
    assert sources == [
        str(d / "b.txt"),
        str(d / "sub" / "a.txt"),
        *(str(tmp_path / f"x{i}.txt") for i in (1, 2)),
    ]
    assert code == 1 and "no file matches" in err


JSONL = [
    '{"id": "r1", "text": "Ngày 2/9 trao 5 suất quà.", "date": "2021-03-04"}',
    "not json at all",
    '{"id": "r3", "text": 5}',
    "",
    '{"id": "r5", "text": "Ngày 2/9.", "date": "2021-13-40"}',
    '["a list"]',
    '{"id": "r7", "text": "Ngày 2/9, tăng 10%."}',
]


def test_json_lines_keep_ids_use_per_record_dates_and_skip_bad_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = write(tmp_path / "in.jsonl", "\n".join(JSONL) + "\n")
    code, lines, err = run(capsys, "--date-field", "date", str(f))
    assert code == 1
    records = [json.loads(x) for x in lines]
    assert [(r["id"], r["line"]) for r in records] == [("r1", 1), ("r7", 7)]
    assert records[0]["dates"][0]["value"] == "2021-09-02"  # year from the record's date
    assert records[1]["dates"][0]["value"] == "--09-02"  # no date: the year stays unknown
    for n, what in [
        (2, "not valid JSON"),
        (3, "field 'text' must be a string"),
        (5, "field 'date'"),
        (6, "a record must be a JSON object"),
    ]:
        assert f"{f}:{n}: {what}" in err
    assert "2 documents" in err and "4 errors" in err


def test_json_lines_fields_are_configurable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = write(tmp_path / "in.json", '{"key": 9, "body": "Tăng 5%", "day": "2020-01-02"}\n')
    code, lines, _ = run(
        capsys,
        "--jsonl",
        "--text-field",
        "body",
        "--id-field",
        "key",
        "--date-field",
        "day",
        str(f),
    )
    assert code == 0
    assert json.loads(lines[0])["id"] == 9


def test_output_to_a_file_and_csv_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "rows.csv"
    code, lines, _ = run(capsys, "--format", "csv", "-o", str(out), str(SEEDS[0]))
    assert code == 0 and lines == []
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    doc = extract(SEEDS[0].read_text(encoding="utf-8"))
    assert len(rows) == len(doc.mentions())
    assert list(rows[0]) == ["source", *columns()]
    for row in rows:
        assert doc.text[int(row["start"]) : int(row["end"])] == row["text"]
        assert row["doc_id"] == str(SEEDS[0])


def test_workers_give_the_same_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = write(tmp_path / "in.jsonl", "\n".join(JSONL) + "\n")
    args = ["-q", "--date-field", "date", str(f), *map(str, SEEDS)]
    assert run(capsys, *args)[:2] == run(capsys, "--workers", "2", *args)[:2]


def test_html_page_is_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "out.html"
    code, _, err = run(capsys, "-q", "--html", str(page), str(SEEDS[0]))
    try:
        import unionextract.html  # noqa: F401
    except ImportError:
        assert code == 1 and "--html needs" in err
        return
    assert code == 0, err
    assert "<html" in page.read_text(encoding="utf-8").lower()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "give at least one FILE"),
        (["--workers", "0", "x"], "--workers"),
        (["--workers", "two", "x"], "--workers"),
        (["--reference-date", "27/7/2021", "x"], "YYYY-MM-DD"),
        (["--kinds", "dates,moneys", "x"], "valid kinds"),
        (["--encoding", "klingon", "x"], "unknown encoding"),
        (["--format", "csv", "--pretty", "x"], "--pretty"),
        (["--format", "xml", "x"], "--format"),
    ],
)
def test_usage_errors_exit_2_with_one_line(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(args)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err


def test_progress_only_on_a_terminal_and_only_for_long_runs() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    quiet = cli.Progress("auto", io.StringIO())
    assert not quiet.on
    tty = Tty()
    progress = cli.Progress("auto", tty)
    progress.update(5, 7)
    assert tty.getvalue() == ""  # the first second stays silent
    progress.started -= 2
    progress.shown -= 1
    progress.update(50, 70)
    assert "50 documents, 70 mentions" in tty.getvalue()
    progress.close()
    assert tty.getvalue().endswith("\r\033[K")


def test_python_dash_m_and_stdin(tmp_path: Path) -> None:
    base = [sys.executable, "-m", "unionextract", "-q"]
    plain = subprocess.run(
        [*base, "-"], input="Tăng 5%.", capture_output=True, text=True, check=True
    )
    assert json.loads(plain.stdout)["source"] == "<stdin>"
    jsonl = subprocess.run(
        [*base, "--jsonl", "-"],
        input='{"id": 1, "text": "Tăng 5%."}\n{"id": 2, "text": "Giảm 3%."}\n',
        capture_output=True,
        text=True,
        check=True,
    )
    assert [json.loads(x)["id"] for x in jsonl.stdout.splitlines()] == [1, 2]


def test_legacy_encoded_files_and_records_are_converted_or_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("viparse", reason="viparse (unionextract[legacy]) is not installed")
    tcvn3 = "Hµ Néi, ngµy 28 th¸ng 5 n¨m 2004, hç trî 5 triÖu ®ång"
    f = write(tmp_path / "old.txt", tcvn3.encode("latin-1"))
    j = write(tmp_path / "old.jsonl", json.dumps({"id": 1, "text": tcvn3}) + "\n")
    code, lines, err = run(capsys, str(f), str(j))
    assert code == 0
    for line in lines:
        record = json.loads(line)
        assert record["text"].startswith("Hà Nội, ngày 28 tháng 5 năm 2004")
        assert record["money"][0]["amount"] == "5000000"
    assert f"{f}: converted from TCVN3" in err
    code, lines, _ = run(capsys, "--encoding", "tcvn3", "--jsonl", str(j))
    assert json.loads(lines[0])["text"].startswith("Hà Nội")
