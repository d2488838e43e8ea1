"""The document's own places, used to complete "LĐLĐ tỉnh", "UBND tỉnh", "LĐLĐ huyện", "Tỉnh ủy".

A level word written without its place names the document's own unit. That unit is found, in
order of trust, from:

1. the place–date line of an official document ("Lai Châu, ngày 27 tháng 7 năm 2021");
2. places written inside the document's organization names ("Tỉnh ủy Lai Châu", "UBND tỉnh
   Lai Châu"; a district such as "TP. Điện Biên Phủ" counts for its province) — the most
   frequent wins, coordinated lists ("LĐLĐ các tỉnh: Sơn La, …") do not vote;
3. a web address naming a province ("baodienbienphu.info.vn").

Each resolution carries its evidence as a short text for the record's ``evidence`` field.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import regex

from ..normalize import fold
from . import organizations_lexicon as lx
from .organizations_spans import Parse, PlaceRef, known_place

_PLACE_DATE = regex.compile(
    r"(?m)^[ \t*_>-]*(?P<place>\p{Lu}[\p{L}\p{M}. ]{1,40}?),[ ]*ngày[ ]+\d", regex.V1
)
#: what every place–date line holds after its place: read first, it spares the scan of every
#: line start for a place
_COMMA_DATE = regex.compile(r",[ ]*ngày[ ]+\d")
_URL = regex.compile(r"(?:https?://|www\.)[^\s/]+", regex.V1)


@dataclass(frozen=True)
class Resolved:
    name: str
    evidence: str


def province_kind(name: str) -> str:
    """ "tỉnh" or "thành phố" for a province name, "" when unknown."""
    return next((p.kind for p in lx.places().get(fold(name), []) if p.rank == "province"), "")


def document_places(text: str, parses: list[Parse]) -> dict[str, Resolved]:
    """rank (province, city, district, commune) → the document's own unit of that rank."""
    out: dict[str, Resolved] = {}
    refs = [(p, r) for p in parses if not p.items for r in p.places]

    line = place_date_line(text)
    if line:
        kp = known_place(text, line.start("place"), None)
        if kp and kp[2].province:
            ev = f"place-date line '{line.group('place')}'"
            out["province"] = Resolved(kp[2].province, ev)
            if kp[2].rank == "district":
                out.setdefault(_district_rank(kp[2]), Resolved(kp[1], ev))

    for rank in ("province", "district", "city", "commune"):
        if rank in out:
            continue
        pick = _most_frequent(text, [(p, r) for p, r in refs if r.rank == rank])
        if pick:
            out[rank] = pick
    if "province" not in out:
        with_province = [(p, r) for p, r in refs if r.province and r.rank != "province"]
        counts = Counter(r.province or "" for _, r in with_province)
        if counts:
            name, n = counts.most_common(1)[0]
            if name and list(counts.values()).count(n) == 1:
                p, r = next((p, r) for p, r in with_province if r.province == name)
                ev = f"{name}: province of '{text[r.start : r.end]}' in '{text[p.start : p.end]}'"
                out["province"] = Resolved(name, ev)
    if "province" not in out:
        url = _from_url(text)
        if url:
            out["province"] = url
    if "province" in out and province_kind(out["province"].name) == "thành phố":
        # "LĐLĐ thành phố" in a Hà Nội text is the city's; "UBND tỉnh" there is no unit of it
        out.setdefault("city", out["province"])
        del out["province"]
    return out


def place_date_line(text: str) -> regex.Match[str] | None:
    """``_PLACE_DATE.search(text)``, tried only at the starts of the lines that hold its tail
    (", ngày 5"). A match lies on one line (none of its pieces reads a line break) and begins
    at that line's start, and its tail is found on that line: the first line with a match is
    among the lines where the tail is found, which are taken in order."""
    pos = 0
    while (tail := _COMMA_DATE.search(text, pos)) is not None:
        start = text.rfind("\n", 0, tail.start()) + 1
        m = _PLACE_DATE.match(text, start)
        if m is not None:
            return m
        end = text.find("\n", tail.end())
        if end < 0:
            return None
        pos = end + 1
    return None


def _district_rank(place: lx.Place) -> str:
    return "city" if place.kind == "thành phố" else "district"


def _most_frequent(text: str, refs: list[tuple[Parse, PlaceRef]]) -> Resolved | None:
    counts = Counter(fold(r.name) for _, r in refs)
    if not counts:
        return None
    key, n = counts.most_common(1)[0]
    if list(counts.values()).count(n) > 1:
        return None  # a tie: the document names several units of this rank
    p, r = next((p, r) for p, r in refs if fold(r.name) == key)
    name = text[r.start : r.end] if r.province is None else r.name
    if r.province is None or r.rank != "province":
        name = regex.sub(r"[\p{L}\p{M}]+", lambda m: lx.title(m.group()), text[r.start : r.end])
    return Resolved(name, f"{name}: from '{text[p.start : p.end]}'")


def _from_url(text: str) -> Resolved | None:
    best: tuple[int, str, str] | None = None
    for m in _URL.finditer(text):
        host = regex.sub(r"[^a-z]", "", fold(m.group()))
        for key, found in lx.places().items():
            squashed = key.replace(" ", "").replace("-", "")
            if len(squashed) < 5 or squashed not in host:
                continue
            prov = next((p for p in found if p.rank == "province"), None)
            if prov and (best is None or len(squashed) > best[0]):
                best = (len(squashed), prov.name, m.group())
    if best is None:
        return None
    return Resolved(best[1], f"{best[1]}: from the source address '{best[2]}'")
