"""Where a date can begin: the anchored run of the date rules (issue #7).

Every date holds an *anchor*: a figure, or a word of the date lexicons — a month
(date_months.tsv), a weekday (date_weekdays.tsv, date_sundays.tsv), a holiday, a relative phrase
("hôm qua", "năm nay"), a digit word (numbers.DIGIT_WORDS: "mồng ba", "năm hai không hai mốt"),
or a Roman numeral after "quý". Before its first anchor a date puts at most
:data:`LEAD_REACH` *lead words*: the words its rules may start with (``first`` of each rule:
"ngày", "mồng", "từ", "kể", "tháng", "quý", "năm", "thứ", period words, "đầu"/"cuối"…), the
number words of a spelled day ("hai mươi"), the parts of the day of a range ("từ rạng sáng
ngày 5/8") and the words of "ngày đầu tiên của tháng ba".

One stdlib ``re`` scan finds the anchors and the lead words; a walk back from each anchor over
adjacent lead words (separated by spaces or punctuation only) gives the start positions, and
each rule is tried only at the starts whose first character its lookahead accepts, and where
its gate (:mod:`.dates_gates`: what the rule needs right after a start) matches. The
candidates equal those of ``run_rules`` over the whole text (tests/test_dates_anchors.py):
lookbehinds still see the text before a start, since ``run_at`` matches inside the full text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import chain

import regex

from ..context import Context
from ..numbers import DIGIT_WORDS, NUMBER_WORDS
from ..rules import Candidate, Rule, run_at

# every rule module, so that FIRST_WORDS holds the first words of every date rule
from . import dates_absolute, dates_gates, dates_lists, dates_ranges, dates_relative  # noqa: F401
from .dates_common import (
    _CLOCK_ROLES,
    FIRST_WORDS,
    FLAGS,
    HOLIDAYS,
    MONTH_WORDS,
    RELATIVE,
    SUNDAYS,
    WEEKDAYS,
    lead,
)

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


def _trie(words: Sequence[str]) -> str:
    """An alternation of ``words`` as a prefix tree, longer words first ("tháng này" before
    "tháng"): a scan tries one branch per character instead of every word at every position.

    >>> _trie(["tư", "tuần", "tuầnx"])
    't(?:uần(?:x)?|ư)'
    """
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = tree
        for ch in w.lower():
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" not in node:
            return body
        return f"(?:{body})?" if len(alts) == 1 and not body.startswith("(?:") else f"{body}?"

    return emit(tree)


_ANCHOR_WORDS = frozenset(
    w.lower() for w in (*MONTH_WORDS, *WEEKDAYS, *SUNDAYS, *HOLIDAYS, *RELATIVE, *DIGIT_WORDS)
)
_LEAD_WORDS = frozenset(
    word
    for phrase in chain(*FIRST_WORDS.values(), NUMBER_WORDS, _DAY_PARTS, _FIRST_OF_MONTH_WORDS)
    if phrase != "#" and phrase.lower() not in _ANCHOR_WORDS
    for word in phrase.lower().split()
)
_ROMAN = r"(?:iv|i{1,3})"  # QUARTER_NUM's numerals

#: Not glued to a letter or a digit (``[^\W_]``: a letter or a digit for ``re``).
_B = r"(?<![^\W_])"
_E = r"(?![^\W_])"
#: What follows the figure a date begins with (rules with "#" in their first words): a
#: slash or a dot and a figure ("27/7", "20 . 10 . 2021"), a dash ("2021-07-27", "20 - 25/7",
#: "20 - tối 25/7") or, after spaces, "tháng" ("27 tháng 7", "6 tháng đầu năm", "4 tháng này")
#: or the "đến"/"tới"/"cho đến" of a span of days. A figure without it is an anchor, no start.
_FIGURE_TAIL = r"(?: ?[/.] ?\d|[ \t\r\n]*[\-–]|\s+(?:tháng|cho|đến|tới))"
_TOKEN = (
    # only at the start of a word: no date begins after a letter or a digit (WB)
    rf"{_B}(?=[^\W_])(?:(?P<num>t?\d+)(?=(?P<tail>{_FIGURE_TAIL})|)"  # "T7/2021" starts at T
    rf"|(?:(?P<roman>quý\s+{_ROMAN})|(?P<word>{_trie(sorted(_ANCHOR_WORDS | _LEAD_WORDS))})){_E})"
)
#: The scan runs on the text's lower case with lower-case words, twice as fast as ignoring case
#: in ``re``. ``str.lower`` maps each character the rules' ``regex`` folding matches to a letter of
#: the words to that letter, except "ſ" (replaced by "s") and "İ" (two characters in lower case:
#: such a text is scanned ignoring case) — tests/test_dates_anchors.py checks every character.
_TOKENS_LOWER = re.compile(_TOKEN)
_TOKENS = re.compile(_TOKEN, re.IGNORECASE)
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


def _tokens(text: str) -> list[re.Match[str]]:
    """The anchors and lead words of ``text`` (their spans are those of ``text``)."""
    low = text.lower()
    if len(low) != len(text):
        return list(_TOKENS.finditer(text))
    if "ſ" in low:
        low = low.replace("ſ", "s")
    return list(_TOKENS_LOWER.finditer(low))


def starts(text: str) -> list[int]:
    """Sorted positions where a date may begin.

    >>> t = "Họp từ ngày 5 đến nay, kể từ hôm qua, năm 2021"
    >>> [t[s:s + 4] for s in starts(t)]
    ['từ n', 'ngày', '5 đế', 'kể t', 'từ h', 'hôm ', 'qua,', 'năm ']
    """
    return [s for s, _ in keyed_starts(text)]


def keyed_starts(text: str) -> list[tuple[int, str]]:
    """:func:`starts`, each with its :func:`_key`: the rules it may be tried by."""
    out: list[tuple[int, str]] = []
    dist = LEAD_REACH + 1  # lead words from here to the next anchor along adjacent words
    next_start = len(text)
    word_char = _WORD_CHAR.search
    for m in reversed(_tokens(text)):
        start, end = m.span()
        if word_char(text, end, next_start):
            dist = LEAD_REACH + 1  # a word that is neither between here and the next token
        next_start = start
        kind = m.lastgroup
        if kind == "tail":  # a figure with what follows it in a date
            dist = 0
            out.append((start, "#" if "0" <= text[start] <= "9" else _key(text, start)))
        elif kind == "num":  # an anchor; it may begin a date only as "T7/2021"
            dist = 0
            if not "0" <= text[start] <= "9":
                out.append((start, _key(text, start)))
        elif kind == "word" and not _is_anchor(m.group()):
            dist += 1
            if dist <= LEAD_REACH:
                out.append((start, _key(text, start)))
        else:
            dist = 0
            if kind == "roman" or " " in m.group():  # a phrase: a date may begin inside
                inner = [i.start() for i in _INNER_WORD.finditer(text, start + 1, end)]
                out.extend((i, _key(text, i)) for i in reversed(inner))
            out.append((start, _key(text, start)))
    out.reverse()
    return out


#: The first word of each rule's first words, by rule ("#": a figure); a start whose first word
#: (lower-cased) is one of :data:`_KNOWN` is tried by the rules that list it only.
_FIRST_KEYS: dict[str, frozenset[str]] = {
    name: frozenset(w.split()[0].lower() for w in first) for name, first in FIRST_WORDS.items()
}
_KNOWN = frozenset(chain.from_iterable(_FIRST_KEYS.values()))
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


def run(rules: Sequence[Rule], ctx: Context) -> list[Candidate]:
    """``run_rules(rules, ctx)``, trying each rule only at the :func:`starts` where its first
    words are (a figure only before a separator or "tháng", :data:`_FIGURE_TAIL`) and its gate
    lets through."""
    text = ctx.text
    by_key: dict[str, list[int]] = {}
    other: dict[str, list[int]] = {}  # starts of no known first word, by character
    for s, key in keyed_starts(text):
        if key in _NUMBER_ONLY and not _SPELLED_DAY.match(text, s):
            continue
        if key:
            by_key.setdefault(key, []).append(s)
        else:
            other.setdefault(text[s], []).append(s)
    out: list[Candidate] = []
    for rule in rules:
        accepts = _ACCEPTS.get(rule.name)
        if accepts is None:
            accepts = _ACCEPTS[rule.name] = _accepts(FIRST_WORDS.get(rule.name, ()))
        keys = _FIRST_KEYS.get(rule.name)
        if keys is None:  # a rule without first words: everywhere
            lists = [*by_key.values(), *other.values()]
        else:
            lists = [v for k, v in by_key.items() if k in keys]
            lists += [v for c, v in other.items() if accepts(c)]
        if not lists:
            continue
        at = lists[0] if len(lists) == 1 else sorted(chain.from_iterable(lists))
        gated = dates_gates.passing(rule.name, text, at)  # what the rule needs after a start
        if gated:
            out.extend(run_at((rule,), ctx, gated))
    return out
