"""Per-rule gates: what a date rule needs right after a start, checked before its pattern (issue #7).

The anchored run (:mod:`.dates_anchors`) tries a rule at every start whose first word the rule
may begin with: ten rules at a figure followed by a slash, eight at each "năm". Most of those
starts are no date in official text ("15/2020/NĐ-CP", "năm 2021" for a range), and a failing
``regex`` match of a long date pattern costs 2-9 µs. A *gate* is a short stdlib ``re`` pattern
(about 0.2 µs a try) that every match of its rule, begun at the start, also matches: the
rule's skeleton, each part widened —

- ``SP``/``OSP`` (spaces, at most one line break) and ``[ ]?`` become ``\\s+``/``\\s*``/`` ?``;
- a figure (``DAY``, ``MONTH``, ``YEAR4``) becomes one to four digits of :data:`_D`, which
  holds every digit of the ``regex`` module's Unicode ``\\d`` (``re``'s tables are older);
- a word or a run of words the gate does not spell out becomes up to ``k`` tokens of letters
  and figures, ``[^\\W_]{1,L}`` (every word of the date lexicons is made of them), with ``k``
  the most words the grammar puts there (a day in words: 3; a month in words: 2; a year read
  aloud: 8) and ``L`` the longest word, or a bounded number of non-space characters,
  ``(?:\\s*\\S){1,M}``, with ``M`` the longest month in the lexicon; a gate never reads an
  unbounded run of non-space characters, so trying gates at every start stays linear;
- the rules' word boundary before a start (WB: no date after "/", ".", ",", "-") and the end
  of a date in figures (WE) stay, as ``re`` lookarounds over ``[^\\W_]``, which holds no
  more than the rules' ``[\\p{L}\\p{N}]``; other lookarounds are dropped;
- words are matched case-insensitively by ``re`` (``re.IGNORECASE`` folds at least what the
  ``regex`` module's simple case folding folds: tests/test_dates_gates.py checks it on every
  letter of the gates); the anchored run checks the gates on the text's lower case, without
  ``re.IGNORECASE`` (:func:`gate`: tests/test_dates_anchors.py checks those letters too,
  tests/test_dates_gates.py the classes and the letters of the lookbehinds).

So a gate that fails at a start proves the rule cannot match there, and skipping it changes
nothing: the candidates equal those of the plain run (tests/test_dates_gates.py, and the
anchored-run tests, which run with the gates). Three gates go further and leave out matches
the rule's build always rejects: a range whose second side follows a dash and is a day with
dots and no year ("1/2-3.4": such a day needs a cue word right before it, and a dash is
none), a month right after a figure ("27 tháng 7": the month of a day) and a year right
after "tháng 7 " (the year of a month). Skipping a rejected match could only matter if it
hid a later start of the same rule: no month or year holds a second "tháng" or "năm" start,
and any start inside such a range meets the same second side or begins it, after the dash,
and is rejected alike (the equality tests hold hostile cases of it). The lunar rule needs a
lunar word (date_lunar.tsv): a text without one never tries it (:func:`has_lunar`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .. import lexicons
from ..numbers import NUMBER_WORDS
from .dates_common import HOLIDAYS, MONTH_WORDS, PARTS, PERIODS, RELATIVE, SUNDAYS, WEEKDAYS
from .dates_values import QUARTER_WORDS


def trie(words: Sequence[str]) -> str:
    """An alternation of ``words`` as a prefix tree, longer words first ("tháng này" before
    "tháng"): a scan tries one branch per character instead of every word at every position.

    >>> trie(["tư", "tuần", "tuầnx"])
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


def _alt(words: Iterable[str]) -> str:
    """The lexicon phrases ``words`` (single spaces) as a prefix tree: a gate that does not
    start with one of them fails on one character, not once per phrase."""
    return "(?:" + trie(sorted(set(words))) + ")"


def _nonspace(words: Iterable[str]) -> int:
    return max(len(w.replace(" ", "")) for w in words)


#: A digit: ``re``'s ``\\d``, and every character outside the BMP, where the ``regex`` module's
#: newer Unicode tables know more digits (tests/test_dates_gates.py).
_D = r"[\d\U00010000-\U0010ffff]"
_N = r"(?:ngày\s+)?(?:(?:mồng|mùng)\s+)?"  # NGAY
_AND = r"(?:\s*,|\s+(?:và|&)\s)"  # the joint of a list
_CLOCK_ROLES = lexicons.mapping("date_clock.tsv")
_HOURS = _alt(w for w, role in _CLOCK_ROLES.items() if role == "hour")
_MINUTES = _alt(w for w, role in _CLOCK_ROLES.items() if role == "minute")
_DAY_PART = _alt(w for w, role in _CLOCK_ROLES.items() if role == "part")
#: The end of a date in figures (WE): no letter or figure, nor a separator and one, follows
#: ("15/2020/NĐ-CP" is no date); ``[^\W_]`` holds no more than the rules' ``[\p{L}\p{N}]``.
_WE = r"(?![^\W_]|[/.-][^\W_])"
_DASH = r"\s*[-–]"
_WORD_JOINT = r"\s+(?:cho\s+)?(?:đến|tới)\s"
_JOINT = rf"(?:{_DASH}|{_WORD_JOINT})"


def _to(month: str) -> str:
    """The joint of a range and the start of its second side: a figure or a word ("ngày",
    "tháng", "sáng"). The figure is a time of day ("18h", "6 giờ"), "9 tháng 8", or a day or a
    month in figures, whole (WE: the range ends with it: "25/7", "27.7.2021"), with ``month``
    after its separator ("7", or "2021" of "7/2021" for a range of months). After a dash, a
    day with dots has its year: one without ("1/2-3.4") needs a cue word right before it
    (dates_context.dot_day_ok), and a dash is none — so the rule's match there is rejected."""
    clock_or_spelled = rf" ?{_HOURS}|\s+tháng"
    side = rf"{_D}{{1,2}}(?:[/.-]{month}(?:[/.-]{_D}{{2,4}})?{_WE}|{clock_or_spelled})"
    after_dash = (
        rf"{_D}{{1,2}}(?:[/-]{month}(?:[/.-]{_D}{{2,4}})?{_WE}"
        rf"|\.{_D}{{1,2}}\.{_D}{{2,4}}{_WE}|{clock_or_spelled})"
    )
    return rf"(?:{_DASH}\s*(?:{after_dash}|[^\W\d_])|{_WORD_JOINT}\s*(?:{side}|[^\W\d_]))"


_TO = _to(rf"{_D}{{1,4}}")
#: The same for a span of days ("20-25/7/2021"): its second side is a day, not "7/2021".
_TO_DAY = _to(rf"{_D}{{1,2}}(?!\d)")
#: "kể từ", then a time of day (CLOCK: "18h", "12 giờ 00 phút", "21h30 tối", "rạng sáng").
_FROM_CLOCK = (
    rf"(?:(?:kể\s+)?từ\s+(?:(?:{_D}{{1,2}} ?{_HOURS}(?: ?{_D}{{2}} ?{_MINUTES}?)?"
    rf"(?:\s+{_DAY_PART})?|{_DAY_PART})(?:\s*,)?\s+)?)?"
)
_REL = _alt(RELATIVE)
_DIRECTION = _alt(lexicons.mapping("date_direction.tsv"))
_MONTH_TOKEN = _nonspace([*MONTH_WORDS, "12"])


#: The longest word of a date: a word of the lexicons a gate reads as a token, or a year.
_WORD_LEN = max(
    len(word)
    for phrase in (*MONTH_WORDS, *NUMBER_WORDS, *RELATIVE, *PERIODS, *_CLOCK_ROLES, "2021")
    for word in phrase.split()
)


def _words(least: int, most: int) -> str:
    """``least`` to ``most`` words (letters or figures, at most :data:`_WORD_LEN` each: a gate
    reads a bounded stretch, so trying it at every start stays linear) separated by spaces.

    A word of a date ends where no letter or figure follows (the rules' ``(?![\\p{L}\\p{N}])``,
    ``(?!\\d)`` before a separator or a space; ``[^\\W_]`` holds no character the ``regex``
    module counts as neither: tests/test_dates_gates.py), so the gate reads whole words only."""
    word = rf"[^\W_]{{1,{_WORD_LEN}}}(?![^\W_])"  # a whole word: no backtracking inside
    return rf"{word}(?:\s+{word}){{{least - 1},{most - 1}}}"


#: A figure of one or two digits (a day, a month): whole, as the rules' ``(?!\\d)`` reads it.
_NUM = rf"{_D}{{1,2}}(?!\d)"
_NUMBER_WORD = rf"{_alt(NUMBER_WORDS)}(?![^\W_])"
#: A day in figures or in words (DAY_WORDS: at most three number words).
_DAY = rf"(?:{_NUM}|{_NUMBER_WORD}(?:\s+{_NUMBER_WORD}){{0,2}})"
#: What follows "tháng" or "quý": a month or quarter in figures or words ("bảy", "II", "ba"),
#: or the rest of a relative month ("này", "tiếp theo": "ngày 4 tháng này").
_MONTH_OR_QUARTER = _alt(
    [
        *MONTH_WORDS,
        *QUARTER_WORDS,
        "i",
        "ii",
        "iii",
        "iv",
        *(p.split(" ", 1)[1] for p in RELATIVE if p.split()[0] in ("tháng", "quý")),
    ]
)
_MQ = rf"(?:{_NUM}|{_MONTH_OR_QUARTER}(?![^\W_]))"
#: What follows "tháng" in a day: a month in figures or words, or the rest of a relative month.
_MONTH = _alt([*MONTH_WORDS, *(p.split(" ", 1)[1] for p in RELATIVE if p.split()[0] == "tháng")])
_M = rf"(?:{_NUM}|{_MONTH}(?![^\W_]))"
#: A year after "năm": "2021", "938", "hai không hai mốt" (YEAR_WORDS: 2 to 8 number words).
_YEAR = rf"(?:{_D}{{3,4}}(?!\d)|{_NUMBER_WORD}(?:\s+{_NUMBER_WORD}){{1,7}})"
_YEAR4 = rf"{_D}{{4}}(?!\d)"
#: After a month or a quarter: "/2021", "-2021", " năm 2021", " của năm hai không hai mốt",
#: " năm nay" (a relative year), " 2021".
_YEAR_TAIL = rf"(?:\s*[/-]\s*{_YEAR4}|\s+(?:của\s+)?năm\s+{_YEAR}|\s+{_REL}|\s+{_YEAR4})?"
_DAY_SEP_MONTH = rf"{_N}{_D}{{1,2}} ?[/.-] ?{_D}{{1,2}}"

LUNAR_RULE = "<d>/<m> âm lịch"
#: A weekday: "thứ Hai", "thứ 5", "Chủ nhật".
_WEEKDAY = rf"(?:thứ\s+{_alt(WEEKDAYS)}|{_alt(SUNDAYS)})"

_PATTERNS: dict[str, str] = {
    # dates_absolute
    "ngày <d> tháng <m> năm <y>": rf"{_N}{_DAY}\s+tháng\s+{_M}",
    "<d>/<m>/<y>": rf"{_DAY_SEP_MONTH} ?[/.-] ?(?:{_D}{{4}}|{_D}{{2}}){_WE}",
    "<y>-<m>-<d>": rf"{_D}{{4}}-{_D}{{2}}-{_D}{{2}}{_WE}",
    "ngày <d>/<m>": rf"{_DAY_SEP_MONTH}{_WE}",
    "mồng <d>": r"(?:ngày\s+)?(?:mồng|mùng)\s",
    # not the month of a day ("27 tháng 7": dates_absolute._month_in_day rejects it)
    "tháng <m>/<y>": rf"(?<!\d)(?<!\d )(?<!\d  )tháng\s+(?:{_D}|{_alt(MONTH_WORDS)})",
    "T<m>/<y>": rf"t{_D}{{1,2}}/{_D}{{4}}{_WE}",
    "<m>/<y> after a cue": rf"{_D}{{1,2}}[/-]{_D}{{4}}{_WE}",
    "quý <q>/<y>": r"quý\s+[^\W_]",
    # not the year of a month ("tháng 7 năm 2021": dates_absolute._year_of_month rejects it)
    "năm <y>": rf"(?<!tháng \d )(?<!tháng \d\d )năm\s+{_YEAR}",
    LUNAR_RULE: rf"(?:{_N}{_DAY}(?:\s+tháng\s|[/.-])|tháng\s)",  # a day or a month, then
    "rằm tháng <m>": r"rằm\s+tháng\s",
    "mùng <d> Tết": rf"(?:mồng|mùng)\s+{_D}{{1,2}}\s+tết",
    "<holiday>": _alt(HOLIDAYS),
    "ngày đầu tiên của <month>": r"(?:ngày|tuần)\s+(?:đầu tiên|cuối cùng)",
    # dates_relative
    "tuần thứ <n> năm <y>": rf"tuần\s+(?:thứ\s+)?{_D}",
    "hôm nay / tuần tới / năm ngoái": _REL,
    "thứ <w>, ngày <d>/<m>": _WEEKDAY,
    "thứ <w> tuần tới": _WEEKDAY,
    "thứ <w>": _WEEKDAY,
    "tháng <m> tới": rf"tháng\s(?:\s*\S){{1,{_MONTH_TOKEN}}}?\s+{_DIRECTION}",
    # dates_ranges
    "từ <date> đến <date>": (
        rf"{_FROM_CLOCK}(?:{_N}{_D}{{1,2}}[/.-]{_D}{{1,4}}(?:[/.-]{_D}{{2,4}})?"  # 20/4, 7/2021
        rf"|(?:{_N}{_DAY}\s+)?(?:tháng|quý)\s+{_MQ}{_YEAR_TAIL}"  # tháng 7/2021
        rf"|năm\s+{_YEAR}|{_REL}){_TO}"
    ),
    "<d>-<d>/<m>/<y>": rf"{_FROM_CLOCK}(?:ngày\s+)?{_D}{{1,2}}{_TO_DAY}",
    "giai đoạn <y>-<y>": rf"{_words(1, 3)}\s+{_D}{{4}}{_JOINT}\s*(?:năm\s+)?{_D}{{2}}",
    "<n> tháng đầu năm <y>": rf"(?:{_DAY}\s+tháng|nửa)\s+(?:(?:đầu|cuối)\s+)?năm",
    "đầu/giữa/cuối <period>": rf"{_alt(PARTS)}\s+(?:tháng\s|quý\s|năm\s|{_REL})",
    # dates_lists
    "ngày <d> và <d>/<m>": rf"ngày\s+{_D}{{1,2}}{_AND}",
    "tháng <m> và <m>/<y>": rf"tháng\s(?:\s*\S){{1,{_MONTH_TOKEN}}}?{_AND}",
    "ngày <d>/<m> và <d>/<m>/<y>": rf"(?:ngày\s+)?{_D}{{1,2}}[/-]{_D}{{1,2}}{_AND}",
    "ngày <d> tháng <m> và ngày <d> tháng <m> năm <y>": (
        rf"{_N}{_D}{{1,2}}\s+tháng\s+{_D}{{1,2}}{_AND}"
    ),
    "quý <q> và quý <q>/<y>": rf"quý\s+{_words(1, 1)}{_AND}",
    "năm <y> và <y>": rf"năm\s+{_D}{{4}}{_AND}",
}
#: A date begins at no separator: WB (``(?<![\p{L}\p{N}/.,-])``, or "ngày" after a slash) of
#: every rule but the two with their own ``(?<![\p{L}\p{N}/.-])``; a test checks the rules.
#: (Letters and figures before a start are the anchor scan's business: ``(?<![^\W_])``.)
_WB = r"(?:(?<![/.,-])|(?<=/)(?=ngày\s))"
OWN_LOOKBEHIND = {"<y>-<m>-<d>": r"(?<![/.-])", "T<m>/<y>": r"(?<![/.-])"}


def optional_as_branch(pattern: str) -> str:
    r"""``pattern`` with each greedy optional group ``(?:X)?`` written ``(?:X|)``: the same
    matches, tried in the same order (``X`` first, then nothing), but ``re`` runs the
    alternation on its branch opcode, which skips an alternative whose first character does not
    match, where ``?`` of a group goes through its repeat machinery at every try (the gates
    take a tenth less time).

    >>> optional_as_branch(r"(?:ngày\s+)?(?:(?:mồng|mùng)\s+)?[)?](?:z)??(?:w)?+(x)?\)?")
    '(?:ngày\\s+|)(?:(?:mồng|mùng)\\s+|)[)?](?:z)??(?:w)?+(x)?\\)?'
    """
    out: list[str] = []
    plain: list[bool] = []  # for each open group: whether it is a (?:...) group
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if c == "[":  # a class, whose "(", ")" and "?" are characters
            j = i + 1
            if pattern[j : j + 1] == "^":
                j += 1
            if pattern[j : j + 1] == "]":
                j += 1
            while pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            out.append(pattern[i : j + 1])
            i = j + 1
            continue
        if c == "(":
            plain.append(pattern.startswith("(?:", i))
        elif (
            c == ")"
            and plain.pop()  # every group closes here, (?:...) or not
            and pattern[i + 1 : i + 2] == "?"
            and pattern[i + 2 : i + 3] not in ("?", "+")  # not lazy, not possessive
        ):
            out.append("|)")
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


#: The gates as ``re`` reads them (:func:`optional_as_branch`).
PATTERNS: dict[str, str] = {
    name: optional_as_branch(OWN_LOOKBEHIND.get(name, _WB) + pattern)
    for name, pattern in _PATTERNS.items()
}


def gate(name: str, ignore_case: bool = True) -> re.Pattern[str]:
    """The gate of the rule ``name``, compiled; without ``ignore_case``, for the text's lower
    case of normalized text: every character the rules fold to a letter of the gates lowers to it
    (tests/test_dates_anchors.py), and lower-casing moves no character in or out of a class
    of the gates (tests/test_dates_gates.py), so the gate still matches wherever its rule does."""
    return re.compile(PATTERNS[name], re.IGNORECASE if ignore_case else 0)


#: The letters of each lunar word (date_lunar.tsv: "(âm lịch)" holds "âm lịch"), lower case.
LUNAR_CORES = sorted({w.strip("()").lower() for w in lexicons.words("date_lunar.tsv")})


def has_lunar(low: str) -> bool:
    """Whether a text may hold a lunar word ("âm lịch", "ÂL"), which every lunar date holds;
    ``low`` is the text's lower case. The ``regex`` module folds each of their letters to its
    lower or upper case only (tests/test_dates_gates.py), which ``str.lower`` maps to the lower
    case: a text whose lower case holds none of them holds no lunar word."""
    return _LUNAR_CORE.search(low) is not None  # one pass: any(core in low), four times faster


_LUNAR_CORE = re.compile("|".join(re.escape(core) for core in LUNAR_CORES))
