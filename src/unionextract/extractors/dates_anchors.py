"""Where a date can begin: the anchored run of the date rules (issue #7).

Every date holds an *anchor*: a figure, or a word of the date lexicons — a month
(date_months.tsv), a weekday (date_weekdays.tsv, date_sundays.tsv), a holiday, a relative phrase
("hôm qua", "năm nay"), a digit word (numbers.DIGIT_WORDS: "mồng ba", "năm hai không hai mốt"),
or a Roman numeral after "quý". Before its first anchor a date puts at most
:data:`LEAD_REACH` *lead words*: the words its rules may start with (``first`` of each rule:
"ngày", "mồng", "từ", "kể", "tháng", "quý", "năm", "thứ", period words, "đầu"/"cuối"…), the
number words of a spelled day ("hai mươi"), the parts of the day of a range ("từ rạng sáng
ngày 5/8") and the words of "ngày đầu tiên của tháng ba".

One stdlib ``re`` scan of the text's lower case finds the anchors and the lead words
(:mod:`.dates_scan`: each read with the character before it; a lead word only before a figure
or another token, as no other can be walked back over); a walk back from each anchor over
adjacent lead words (separated by spaces or punctuation only) gives the start positions. A
figure is reported only where a date can begin with it (a tail such as "/7" or " tháng" and
the gate of a rule that begins with a figure, checked inside the scan); any other figure is an
anchor for the word right before it only, which the scan marks. Each start has a key — its
first word (with the mark, and for "ngày" the tail of the figure after it), or the kind of its
figure's tail — that names the rules it may be tried by (:mod:`.dates_keys`); their gates (:mod:`.dates_gates`: what each rule needs right after a
start) are checked there, and each rule is tried at the starts its gate lets through. The
candidates equal those of ``run_rules`` over the whole text (tests/test_dates_anchors.py):
lookbehinds still see the text before a start, since ``run_at`` matches inside the full text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from itertools import chain

from ..context import Context
from ..numbers import DIGIT_WORDS, NUMBER_WORDS
from ..rules import Candidate, Rule, run_at

# every rule module, so that FIRST_WORDS holds the first words of every date rule
from . import dates_absolute, dates_gates, dates_lists, dates_ranges, dates_relative, dates_scan  # noqa: F401
from .dates_common import (
    _CLOCK_ROLES,
    FIRST_WORDS,
    HOLIDAYS,
    MONTH_WORDS,
    RELATIVE,
    SUNDAYS,
    WEEKDAYS,
)
from .dates_keys import (
    _FIGURE_KEYS,
    _FIGURE_TAILS,
    _KNOWN,
    _NEXT,
    _char_gates,
    _key_gates,
)
from .dates_scan import KINDS

#: Words inside "ngày đầu tiên của tháng ba" / "tuần cuối cùng của tháng 9" (FIRST_OF_MONTH)
#: between its first word and the month.
_FIRST_OF_MONTH_WORDS = ("đầu tiên", "cuối cùng", "của")
#: Parts of the day a range may put between "từ" and its first date ("từ rạng sáng ngày 5/8").
_DAY_PARTS = tuple(w for w, role in _CLOCK_ROLES.items() if role == "part")


def _words(phrases: Sequence[str]) -> int:
    return max(len(p.split()) for p in phrases)


#: How many lead words a date may put before its first anchor. The longest prefix is that of a
#: range: "kể từ" + a part of the day ("rạng sáng") + "ngày mồng" + a day in number words that
#: are not digit words (up to 3: "mươi", "trăm") + "tháng", then the month (an anchor).
LEAD_REACH = 2 + _words(_DAY_PARTS) + 2 + 3 + 1


_ANCHOR_WORDS = frozenset(
    w.lower() for w in (*MONTH_WORDS, *WEEKDAYS, *SUNDAYS, *HOLIDAYS, *RELATIVE, *DIGIT_WORDS)
)
_LEAD_WORDS = frozenset(
    word
    for phrase in chain(*FIRST_WORDS.values(), NUMBER_WORDS, _DAY_PARTS, _FIRST_OF_MONTH_WORDS)
    if phrase != "#" and phrase.lower() not in _ANCHOR_WORDS
    for word in phrase.lower().split()
)
_FIGURE_TAIL = dates_scan.FIGURE_TAIL


#: The scan runs on the text's lower case with lower-case words, twice as fast as ignoring case
#: in ``re``. ``str.lower`` maps each character the rules' ``regex`` folding matches to a letter of
#: the words (and of the gates) to that letter, except "ſ" and "İ", which normalization has
#: already replaced (:attr:`.Context.lower`) — tests/test_dates_anchors.py checks every
#: character. A figure is a token only with its date tail and where the gate of a rule that may
#: begin with it matches (:data:`_FIGURE_TAILS`, :mod:`.dates_gates`): one without is an anchor
#: for the words before it only, which the scan marks (``figure``) instead. A text with no
#: character beyond the Basic Multilingual Plane is scanned without the lookbehind after the
#: separator (:func:`.dates_scan.may_hold_astral`).
_SCANNERS: dict[tuple[bool, bool], re.Pattern[str]] = {}


def _scanner(lunar: bool, astral: bool = True) -> re.Pattern[str]:
    """The scan (:func:`.dates_scan.fast_token`, reading the character before a token), with
    the lunar rule's gate or without, for a text that may hold a character beyond the Basic
    Multilingual Plane (``astral``) or for one that holds none; compiled when first needed."""
    scanner = _SCANNERS.get((lunar, astral))
    if scanner is None:
        names = [n for n in _FIGURE_TAILS if lunar or n != dates_gates.LUNAR_RULE]
        gates = "(?:" + "|".join(f"(?:{dates_gates.PATTERNS[n]})" for n in names) + ")"
        words = _ANCHOR_WORDS | _LEAD_WORDS
        token = dates_scan.fast_token(words, _ANCHOR_WORDS, gates, astral)
        scanner = _SCANNERS[(lunar, astral)] = re.compile(token)
    return scanner


_ANCHOR = re.compile("|".join(re.escape(w) for w in sorted(_ANCHOR_WORDS)), re.IGNORECASE)
_WORD_CHAR = re.compile(r"[^\W_]")
_INNER_WORD = re.compile(r"(?<=\s)\S")


def _is_anchor(word: str) -> bool:
    low = word.lower()
    if low in _ANCHOR_WORDS:
        return True
    if low in _LEAD_WORDS:
        return False
    return _ANCHOR.fullmatch(word) is not None  # a case variant .lower() does not fold


def _tokens(text: str, low: str, lunar: bool) -> Iterator[re.Match[str]]:
    """The anchors and lead words of ``text``, each match beginning with the character before
    it in ``" " + text`` (so a match's start is the token's start in ``text``, its end one past
    the token's end); ``low`` is ``text.lower()`` of normalized text (the same length);
    ``lunar``: whether the lunar rule is tried."""
    if len(low) != len(text):
        raise ValueError("the date scan reads normalized text ('İ' lower-cased is longer)")
    return _scanner(lunar, dates_scan.may_hold_astral(low)).finditer(" " + low)


def starts(text: str) -> list[int]:
    """Sorted positions where a date may begin.

    >>> t = "Họp từ ngày 5 đến nay, kể từ hôm qua, năm 2021"
    >>> [t[s:s + 4] for s in starts(t)]
    ['từ n', 'ngày', '5 đế', 'kể t', 'từ h', 'hôm ', 'qua,', 'năm ']
    """
    return [s for s, _ in keyed_starts(text, text.lower(), True)]


def keyed_starts(text: str, low: str, lunar: bool) -> list[tuple[int, str]]:
    """:func:`starts`, each with its :func:`_key`: the rules it may be tried by."""
    starts_, keys = _keyed_starts(text, low, lunar)
    return list(zip(starts_, keys, strict=True))


def _keyed_starts(text: str, low: str, lunar: bool) -> tuple[list[int], list[str]]:
    """:func:`keyed_starts` as two lists, starts and keys, read in one pass over the scan: a
    lead word waits until an anchor follows it within :data:`LEAD_REACH` adjacent lead words
    (no other word between them). Holding ints and strings, not the scan's matches, leaves the
    garbage collector little to do (the scan yields tens of thousands of tokens a MB)."""
    starts_: list[int] = []
    keys: list[str] = []
    lead_starts: list[int] = []  # the adjacent lead words since the last anchor (at most
    lead_keys: list[str] = []  # LEAD_REACH: no earlier one can be within reach of an anchor)
    prev_end = 0
    ngay_at = ngay_figure = -1  # the last "ngày#" start (its place in keys) and its figure's
    word_char = _WORD_CHAR.search
    info = _WORD_KEYS.get
    kinds = KINDS.get
    for m in _tokens(text, low, lunar):
        start, end = m.span()
        end -= 1  # the scan reads " " + text and begins with the character before the token
        # one character between two tokens is no letter nor figure (the scan's SEP and
        # lookbehind): a word may stand between them only when more do
        if lead_starts and start - prev_end > 1 and word_char(text, prev_end, start):
            lead_starts.clear()  # a word that is neither between them and this token
            lead_keys.clear()
        prev_end = end
        kind = m.lastgroup
        kind = kinds(kind, kind)  # the fast scan's groups, named as the plain scan's
        if kind in _FIGURE_KEYS:  # a figure and what follows it in a date
            reach, phrase = LEAD_REACH, False
            if "0" <= text[start] <= "9":
                key = kind
                if start == ngay_figure:  # the figure of "ngày 5/8": its tail narrows the
                    keys[ngay_at] = "ngày#" + kind  # rules tried at "ngày" (NGAY_TAILS)
            else:
                key = _key(text, start)
        else:
            word = low[start:end]
            word_keys = info(word)
            if word_keys is None:  # a case variant: "THÁNG" in a text scanned ignoring case
                word_keys = _marked(kind == "roman" or _is_anchor(word), _key(text, start), word)
            anchor, key_figure, key_word = word_keys
            key = key_figure if kind == "figure" else key_word
            if not anchor and kind != "figure":
                lead_starts.append(start)
                lead_keys.append(key)
                if len(lead_starts) > LEAD_REACH:
                    del lead_starts[0], lead_keys[0]
                continue
            # an anchor, or a lead word right before a figure (an anchor for the words before
            # it, and the first of the LEAD_REACH lead words it may begin)
            reach = LEAD_REACH if anchor else LEAD_REACH - 1
            phrase = anchor and (" " in word or kind == "roman")
        if lead_starts:
            if reach < len(lead_starts):
                del lead_starts[: len(lead_starts) - reach], lead_keys[: len(lead_keys) - reach]
            starts_ += lead_starts
            keys += lead_keys
            lead_starts.clear()
            lead_keys.clear()
        starts_.append(start)
        keys.append(key)
        if key == "ngày#":  # the mark ends one past the figure's first digit (in " " + text)
            ngay_at, ngay_figure = len(keys) - 1, m.end(m.lastindex or 0) - 2
        if phrase:
            for i in _INNER_WORD.finditer(text, start + 1, end):  # a phrase: a date may
                starts_.append(i.start())  # begin inside
                keys.append(_key(text, i.start()))
    return starts_, keys


_LETTERS = re.compile(r"[^\W\d_]+")
#: A day in number words (dates_common.DAY_WORDS: at most three words) is followed by "tháng"
#: ("hai mươi tư tháng bảy", "sáu tháng đầu năm", "mồng ba tháng này").
_DAY_WORDS_MAX = 3
_SPELLED_DAY = re.compile(
    rf"[^\W_]+(?:\s+[^\W_]+){{0,{_DAY_WORDS_MAX - 1}}}\s+tháng(?![^\W_])", re.IGNORECASE
)
#: First words that only begin a day in number words ("hai", "mười"; not "năm": "năm 2021").
_NUMBER_ONLY = frozenset(w.lower() for w in NUMBER_WORDS) - frozenset(
    w.split()[0].lower() for first in FIRST_WORDS.values() for w in first if w not in NUMBER_WORDS
)


def _key(text: str, s: int) -> str:
    """The first word at a start, lower-cased; ``"#"`` for a figure; ``""`` when no rule lists
    it as a first word (then a rule is tried there if its lookahead accepts the character)."""
    c = text[s]
    if "0" <= c <= "9":
        return "#"
    m = _LETTERS.match(text, s)
    key = m.group().lower() if m else ""
    return key if key in _KNOWN else ""


#: Whether each word of the scan (lower case) is an anchor, and its :func:`_key`.
_WORD_INFO: dict[str, tuple[bool, str]] = {
    w: (w in _ANCHOR_WORDS, _key(w, 0)) for w in _ANCHOR_WORDS | _LEAD_WORDS
}


def _marked(anchor: bool, key: str, word: str) -> tuple[bool, str, str]:
    """Whether a word is an anchor, and its key when a figure follows it and when not: for a
    word of :data:`_NEXT`, what follows it says which rules may match."""
    if key in _NEXT and " " not in word:
        return anchor, key + "#", key + "~"
    return anchor, key, key


#: :func:`_marked` of each word of the scan (lower case).
_WORD_KEYS = {w: _marked(anchor, key, w) for w, (anchor, key) in _WORD_INFO.items()}


#: The gates tried at a start, each with the ``append`` of its rule's starts.
_Checks = tuple[tuple[Callable[[str, int], object], Callable[[int], None]], ...]


def run(rules: Sequence[Rule], ctx: Context) -> list[Candidate]:
    """``run_rules(rules, ctx)``, trying each rule only at the :func:`starts` where its first
    words are (a figure only before a separator or "tháng", :data:`_FIGURE_TAIL`) and its gate
    (:mod:`.dates_gates`) lets through. The gates read the text's lower case, as the scan
    does (:data:`_SCANNERS`), a third faster than ignoring case."""
    text = ctx.text
    low = ctx.lower
    lunar = dates_gates.has_lunar(low)
    at: dict[str, list[int]] = {}
    # each gate with where its starts go, by key (a start of no known first word: by character)
    key_checks: dict[str, _Checks] = {}
    char_checks: dict[str, _Checks] = {}
    starts_, keys = _keyed_starts(text, low, lunar)
    for s, key in zip(starts_, keys, strict=True):
        if key in _NUMBER_ONLY and not _SPELLED_DAY.match(text, s):
            continue
        checks = key_checks.get(key) if key else char_checks.get(text[s])
        if checks is None:
            gates = _key_gates(key, lunar) if key else _char_gates(text[s], lunar)
            checks = tuple((match, at.setdefault(name, []).append) for name, match in gates.checks)
            (key_checks if key else char_checks)[key or text[s]] = checks
        for match, append in checks:
            if match(low, s):  # a match object is true
                append(s)
    out: list[Candidate] = []
    for rule in rules:
        rule_starts = at.get(rule.name)
        if rule_starts:
            out.extend(run_at((rule,), ctx, rule_starts))
    return out
