"""Linear time: every rule's pattern, and extract() itself, on long adversarial input.

Each family of hostile text (repeated separators, digit runs, scale words, "Số:", capitalized
words, nested parentheses, and each rule's own examples repeated back to back) is built at two
sizes, 4× apart; the larger may take at most 6× the time of the smaller (plus a small allowance
for timer noise on a shared machine). A pattern that backtracks catastrophically is stopped by
the ``regex`` module's timeout instead of hanging the suite. The 1 MB and 10 MB checks are in the
slow group (``UNIONEXTRACT_SLOW=1``) and in ``scripts/fuzz.py --huge``.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

import pytest

from unionextract import extract
from unionextract.extractors import ALL_RULES
from unionextract.rules import Rule

SLOW = pytest.mark.skipif(
    not os.environ.get("UNIONEXTRACT_SLOW"), reason="slow: set UNIONEXTRACT_SLOW=1 to run"
)

PROSE = (
    "Ngày 27/7/2021, LĐLĐ tỉnh Lai Châu trao 65 suất quà trị giá 38,5 triệu đồng cho đoàn "
    "viên (Công văn số 732/LĐLĐ), tăng 12% so với năm 2020.\n"
)

#: name → a function giving about ``n`` characters of that hostile text.
FAMILIES: dict[str, Callable[[int], str]] = {
    "slashes": lambda n: "1/" * (n // 2),
    "dots": lambda n: "1." * (n // 2),
    "commas": lambda n: "1," * (n // 2),
    "dashes": lambda n: "12-" * (n // 3),
    "mixed separators": lambda n: "1/2-3.4,5 " * (n // 10),
    "digits": lambda n: "7" * n,
    "spaced digits": lambda n: "12 " * (n // 3),
    "grouped digits": lambda n: "123.456." * (n // 8),
    "scale words": lambda n: "triệu nghìn tỷ " * (n // 15),
    "number words": lambda n: "hai mươi mốt " * (n // 13),
    "số:": lambda n: "Số: " * (n // 4),
    "số: number": lambda n: "Số: 12/" * (n // 7),
    "capitalized words": lambda n: "Ban Chấp Hành Công Đoàn " * (n // 24),
    "organization heads": lambda n: "Liên đoàn Lao động " * (n // 19),
    "nested parentheses": lambda n: "(" * (n // 2) + ")" * (n // 2),
    "open parentheses": lambda n: "(a " * (n // 3),
    "date words": lambda n: "ngày 1 tháng " * (n // 13),
    "percent signs": lambda n: "5%" * (n // 2),
    # short mentions before longer ones: overlap resolution once inserted each short one in
    # front of all the longer ones kept before it (quadratic)
    "short then long": lambda n: "5% " * (n // 7) + "55% " * (n // 7),
    "currency": lambda n: "đồng " * (n // 5),
    "prose": lambda n: PROSE * max(1, n // len(PROSE)),
    # sentence ends in a row: the sentence split once looked back over the run at each end
    "runs of ends": lambda n: ".?!" * (n // 3),
    "ends between words": lambda n: "Xã. Ấp? Tổ! " * (n // 12),
}

SMALL = 2_000
RATIO = 6.0
NOISE = 0.01  # seconds: timer noise (CPU time is measured, so other processes hardly count)
TIMEOUT = 2.0  # seconds for one scan before the regex module gives up
CONFIRM_AT = 0.03  # a suspect ratio is measured again on input long enough to take this long


def _example_families(rule: Rule) -> dict[str, Callable[[int], str]]:
    """Each example repeated back to back, and with its last character cut (a near miss)."""
    out: dict[str, Callable[[int], str]] = {}
    for i, ex in enumerate(rule.examples[:3]):
        for label, unit in ((f"example {i}", ex), (f"example {i} cut", ex[:-1] or ex)):
            out[label] = lambda n, u=unit: u * max(1, n // len(u))
    return out


def families_of(rule: Rule) -> dict[str, Callable[[int], str]]:
    return {**FAMILIES, **_example_families(rule)}


def _best(run: Callable[[str], object], text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()  # CPU time: other processes on the machine do not count
        run(text)
        best = min(best, time.process_time() - start)
    return best


def nonlinear(run: Callable[[str], object], make: Callable[[int], str], small: int) -> str | None:
    """How ``run`` fails to scale linearly on ``make(n)`` texts, or None when it does.

    A quick look at ``small`` and 4× ``small``; a suspect ratio is measured again on longer
    input (so that timer noise cannot fail a linear pattern) before it is reported.
    """
    n, repeat, measured = small, 1, small
    for _attempt in range(3):
        try:
            t1 = _best(run, make(n), repeat)
            t4 = _best(run, make(4 * n), repeat)
        except TimeoutError:
            return f"timed out after {TIMEOUT}s on {len(make(4 * n))} characters"
        if t4 <= RATIO * t1 + NOISE:
            return None
        measured = len(make(n))
        # suspect: measure again, longer and best of three, before calling it nonlinear
        n, repeat = (n * 2 if t1 >= CONFIRM_AT else n * 4), 3
    return f"{measured} chars: {t1:.4f}s, ×4: {t4:.4f}s (> {RATIO}×, 3 times)"


def scan(rule: Rule) -> Callable[[str], object]:
    def run(text: str) -> object:
        return sum(1 for _ in rule.pattern.finditer(text, timeout=TIMEOUT))

    return run


# Known nonlinear (rule name, family) pairs, each reported to the rule's owner. They are
# checked below as xfail(strict=True): fixing one makes that test fail until it is removed here.
KNOWN_NONLINEAR: frozenset[tuple[str, str]] = frozenset()
RULES = {rule.name: rule for rule in ALL_RULES}


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.name)
def test_every_rule_pattern_is_linear_on_adversarial_input(rule: Rule) -> None:
    failures = {}
    for family, make in families_of(rule).items():
        if (rule.name, family) in KNOWN_NONLINEAR:
            continue
        problem = nonlinear(scan(rule), make, SMALL)
        if problem:
            failures[family] = problem
    assert not failures, f"rule {rule.name!r} is not linear: {failures}"


@pytest.mark.parametrize(
    ("name", "family"),
    [
        pytest.param(*pair, marks=pytest.mark.xfail(strict=True, raises=AssertionError))
        for pair in sorted(KNOWN_NONLINEAR)
    ],
)
def test_known_nonlinear_rule(name: str, family: str) -> None:
    if name not in RULES:
        pytest.fail(f"no rule {name!r} any more: remove it from KNOWN_NONLINEAR")
    problem = nonlinear(scan(RULES[name]), families_of(RULES[name])[family], SMALL)
    assert problem is None, f"rule {name!r} on {family}: {problem}"


def _extract(text: str) -> object:
    return extract(text)


# extract() on these families is nonlinear because of the rules above (see the report).
KNOWN_NONLINEAR_EXTRACT: frozenset[str] = frozenset()


@pytest.mark.parametrize(
    "family",
    [
        pytest.param(
            f,
            marks=[pytest.mark.xfail(strict=True, raises=AssertionError)]
            if f in KNOWN_NONLINEAR_EXTRACT
            else [],
        )
        for f in sorted(FAMILIES)
    ],
)
def test_extract_is_linear_on_adversarial_input(family: str) -> None:
    make = FAMILIES[family]
    extract(make(200))  # load lexicons and models outside the timing
    problem = nonlinear(_extract, make, SMALL)
    assert problem is None, f"extract() on {family}: {problem}"


#: Seconds of CPU time 1 MB of any family may take (the slowest, "percent signs", is half a
#: million mentions and takes about 7 s; most take under 2 s).
MEGABYTE_SECONDS = 12.0


@SLOW
@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_one_megabyte_of_adversarial_input_takes_seconds(family: str) -> None:
    """1 MB in seconds, and within 6× the time of 250 kB: a quadratic step that only shows on
    long lines (a slice back to the line start) is caught here, not at the small sizes above."""
    make = FAMILIES[family]
    quarter = _best(_extract, make(250_000), 1)
    whole = _best(_extract, make(1_000_000), 1)
    assert whole < MEGABYTE_SECONDS, f"{family}: {whole:.1f} s for 1 MB"
    assert whole <= RATIO * quarter + 0.1, f"{family}: 250 kB {quarter:.2f} s, 1 MB {whole:.2f} s"


def test_the_checker_catches_a_quadratic_pattern() -> None:
    import regex

    quadratic = regex.compile(r"\d+[a-z]")  # from every start, runs to the end of the digits
    linear = regex.compile(r"(?<!\d)\d++[a-z]")

    def runner(pattern: regex.Pattern[str]) -> Callable[[str], object]:
        return lambda text: sum(1 for _ in pattern.finditer(text, timeout=TIMEOUT))

    assert nonlinear(runner(quadratic), FAMILIES["digits"], SMALL) is not None
    assert nonlinear(runner(linear), FAMILIES["digits"], SMALL) is None
