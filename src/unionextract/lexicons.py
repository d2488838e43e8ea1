"""Load the word lists in ``data/`` (package data, read with importlib.resources, cached).

Files are UTF-8 TSV: one entry a line, columns separated by a tab, ``#`` starts a comment
line, blank lines are ignored. Every string is returned in NFC.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from importlib import resources


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """All rows of ``data/<name>`` as tuples of stripped columns."""
    raw = (
        resources.files("unionextract").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    )
    out: list[tuple[str, ...]] = []
    for line in raw.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append(tuple(unicodedata.normalize("NFC", col.strip()) for col in line.split("\t")))
    return tuple(out)


@cache
def words(name: str) -> tuple[str, ...]:
    """The first column of ``data/<name>``."""
    return tuple(r[0] for r in rows(name))


@cache
def mapping(name: str) -> dict[str, str]:
    """First column → second column of ``data/<name>`` (first occurrence wins)."""
    out: dict[str, str] = {}
    for r in rows(name):
        if len(r) >= 2:
            out.setdefault(r[0], r[1])
    return out
