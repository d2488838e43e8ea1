"""Which rules are tried at a start of the anchored date run, and their gates (issue #7).

A start of :mod:`.dates_anchors` has a key: its first word, lower-cased, or the kind of its
figure's tail; :data:`_FIRST_KEYS` names the rules that may begin with each key,
:data:`_NEXT` those a word's mark (a figure after it or not) leaves out, :data:`NGAY_TAILS`
those the tail of the figure after "ngày" leaves out, and :func:`_key_gates` /
:func:`_char_gates` give the gates (:mod:`.dates_gates`) of the rules tried there, compiled
once, for the text's lower case (``checks``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import chain

import regex

# every rule module, so that FIRST_WORDS holds the first words of every date rule
from . import dates_absolute, dates_gates, dates_lists, dates_ranges, dates_relative  # noqa: F401
from .dates_common import FIRST_WORDS, FLAGS, lead
from .dates_gates import LUNAR_RULE

#: The first word of each rule's first words, by rule ("#": a figure); a start whose first word
#: (lower-cased) is one of :data:`_KNOWN` is tried by the rules that list it only.
_FIRST_KEYS: dict[str, frozenset[str]] = {
    name: frozenset(w.split()[0].lower() for w in first) for name, first in FIRST_WORDS.items()
}
#: What follows its figure when a rule's match begins with one, by rule: a slash or a dot
#: ("f_sep": "27/7", "20 . 10"), a dash ("f_dash": "27-7", "2021-07-27", "20 - 25/7"), "tháng"
#: ("f_month": "27 tháng 7") or "đến"/"tới" ("f_to": "5 đến 9/8"). A figure start is tried by
#: the rules of its tail only (a test checks each match of these rules against it).
_FIGURE_TAILS: dict[str, tuple[str, ...]] = {
    "ngày <d> tháng <m> năm <y>": ("f_month",),
    "<d>/<m>/<y>": ("f_sep", "f_dash"),
    "<y>-<m>-<d>": ("f_dash",),
    "ngày <d>/<m>": ("f_sep", "f_dash"),
    "<m>/<y> after a cue": ("f_sep", "f_dash"),
    "<d>/<m> âm lịch": ("f_sep", "f_dash", "f_month"),
    "từ <date> đến <date>": ("f_sep", "f_dash", "f_month"),
    "<d>-<d>/<m>/<y>": ("f_dash", "f_to"),
    "<n> tháng đầu năm <y>": ("f_month",),
    "ngày <d>/<m> và <d>/<m>/<y>": ("f_sep", "f_dash"),
}
_FIGURE_KEYS = frozenset(chain.from_iterable(_FIGURE_TAILS.values()))
for _name, _tails in _FIGURE_TAILS.items():
    _FIRST_KEYS[_name] |= frozenset(_tails)
_KNOWN = frozenset(chain.from_iterable(_FIRST_KEYS.values()))


def _accepts(first: tuple[str, ...]) -> Callable[[str], bool]:
    """Whether a rule's lookahead on its first characters accepts a character (cached)."""
    if not first:
        return lambda c: True
    pattern = regex.compile(lead(first), FLAGS)
    cache: dict[str, bool] = {}

    def accepts(c: str) -> bool:
        ok = cache.get(c)
        if ok is None:
            ok = cache[c] = pattern.match(c) is not None
        return ok

    return accepts


_ACCEPTS: dict[str, Callable[[str], bool]] = {}


_GATE_MATCH: dict[str, Callable[[str, int], re.Match[str] | None]] = {}


class _Gates:
    """The gates of the rules a start of one first word is tried by (each compiled once),
    reading the text's lower case (:func:`.dates_anchors.run`)."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = tuple(names)
        self.checks = tuple((n, _gate_match(n)) for n in names)


def _gate_match(name: str) -> Callable[[str, int], re.Match[str] | None]:
    match = _GATE_MATCH.get(name)
    if match is None:
        match = _GATE_MATCH[name] = dates_gates.gate(name, ignore_case=False).match
    return match


_GATES_BY_NAMES: dict[tuple[str, ...], _Gates] = {}


def _gates_for(names: Sequence[str]) -> _Gates:
    """The gates of ``names``, shared by the keys whose starts are tried by the same rules."""
    gates = _GATES_BY_NAMES.get(tuple(names))
    if gates is None:
        gates = _GATES_BY_NAMES[tuple(names)] = _Gates(names)
    return gates


#: For the commonest first words, the rules that need a figure right after it ("ngày 5/8",
#: "năm 2021") and those that need a word ("ngày mai", "năm nay", "năm tháng đầu năm"). The
#: scan marks a word followed by a figure (nothing but spaces and punctuation between): its key
#: gets "#" (tried by all but the second kind) or "~" (all but the first); a test checks these
#: against every match of the rules.
_NEXT: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "ngày": (
        frozenset({"<d>-<d>/<m>/<y>", "ngày <d> và <d>/<m>", "ngày <d>/<m> và <d>/<m>/<y>"}),
        frozenset(
            {
                "mồng <d>",
                "<holiday>",
                "ngày đầu tiên của <month>",
                "hôm nay / tuần tới / năm ngoái",
            }
        ),
    ),
    "năm": (
        frozenset({"năm <y> và <y>"}),
        frozenset(
            {
                "ngày <d> tháng <m> năm <y>",
                "hôm nay / tuần tới / năm ngoái",
                "<n> tháng đầu năm <y>",
                "<d>/<m> âm lịch",
            }
        ),
    ),
    "tháng": (frozenset(), frozenset({"hôm nay / tuần tới / năm ngoái"})),
}


#: The commonest start, "ngày" and a figure, names what follows the figure too, when the scan
#: finds that figure as a token: its tail (:data:`.dates_scan.FIGURE_TAIL`, read on the lower
#: case) — "ngày#f_sep" for "ngày 5/8", "ngày#f_month" for "ngày 5 tháng 8". A rule tried at
#: "ngày#" matches at such a "ngày" only when the figure's tail is one of its tails here (its
#: figure is its day: the same tails as :data:`_FIGURE_TAILS` where it begins with one; none for
#: a list "ngày 5 và 6/8"); a test checks every match of these rules against it.
NGAY_TAILS: dict[str, frozenset[str]] = {
    "ngày <d> tháng <m> năm <y>": frozenset({"f_month"}),
    "<d>/<m>/<y>": frozenset({"f_sep", "f_dash"}),
    "ngày <d>/<m>": frozenset({"f_sep", "f_dash"}),
    "ngày <d> và <d>/<m>": frozenset(),
    "ngày <d>/<m> và <d>/<m>/<y>": frozenset({"f_sep", "f_dash"}),
    "ngày <d> tháng <m> và ngày <d> tháng <m> năm <y>": frozenset({"f_month"}),
    "từ <date> đến <date>": frozenset({"f_sep", "f_dash", "f_month"}),
    "<d>-<d>/<m>/<y>": frozenset({"f_dash", "f_to"}),
    LUNAR_RULE: frozenset({"f_sep", "f_dash", "f_month"}),
}


def _gates_of(key: str, lunar: bool) -> _Gates:
    left_out: frozenset[str] = frozenset()
    if key.startswith("ngày#f_"):  # "ngày", a figure and its tail
        tail = key[len("ngày#") :]
        key = "ngày#"
        left_out = frozenset(n for n, tails in NGAY_TAILS.items() if tail not in tails)
    if key[-1:] in ("#", "~"):
        key, mark = key[:-1], key[-1]
        left_out |= _NEXT[key][1 if mark == "#" else 0]
    return _gates_for(
        [
            name
            for name, keys in _FIRST_KEYS.items()
            if key in keys and name not in left_out and (lunar or name != dates_gates.LUNAR_RULE)
        ]
    )


#: The gates of the rules of each first word, with the lunar rule (for a text with a lunar
#: word: :func:`.dates_gates.has_lunar`) and without it; compiled when first needed.
_KEY_GATES: dict[tuple[str, bool], _Gates] = {}


def _key_gates(key: str, lunar: bool) -> _Gates:
    gates = _KEY_GATES.get((key, lunar))
    if gates is None:
        gates = _KEY_GATES[(key, lunar)] = _gates_of(key, lunar)
    return gates


_CHAR_GATES: dict[tuple[str, bool], _Gates] = {}


def _char_gates(c: str, lunar: bool) -> _Gates:
    """The gates of the rules whose lookahead accepts ``c`` (a start of no known first word)."""
    gates = _CHAR_GATES.get((c, lunar))
    if gates is None:
        names = []
        for name in _FIRST_KEYS:
            accepts = _ACCEPTS.get(name)
            if accepts is None:
                accepts = _ACCEPTS[name] = _accepts(FIRST_WORDS[name])
            if accepts(c) and (lunar or name != dates_gates.LUNAR_RULE):
                names.append(name)
        gates = _CHAR_GATES[(c, lunar)] = _gates_for(names)
    return gates
