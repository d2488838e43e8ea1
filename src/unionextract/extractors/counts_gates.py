"""The gates of :mod:`.counts_starts` (issue #7): what must follow a figure where a count
may begin, and a number in words as the rules read it (the module docstring of
:mod:`.counts_starts` says why each is a necessary condition)."""

from __future__ import annotations

import regex

from ..numbers import NUMBER_START, WORDS
from ..quantity import SIMPLE_FOLD
from .counts_words import _SEP_SIGNS

__all__ = ["FIGURE_GATE", "NUMBER_IN_WORDS"]

_RUN = r"\d++(?:[.,]\d++)*+"  # a figure's digits and single separators, read whole
_GROUPED = r"\d{1,3}[ ]\d{3}"  # "1 000": groups after a space, let through
_SIGN = f"[{''.join(regex.escape(s) for s in _SEP_SIGNS)}]" if _SEP_SIGNS else "(?!)"
_SECOND = rf"(?P<letter>\p{{L}})|{_GROUPED}|{_RUN}[ ]*+\p{{L}}"
_GATE = (
    rf"{NUMBER_START}(?:(?P<grouped>{_GROUPED})|{_RUN}[ ]*+"
    rf"(?:(?P<next>\p{{L}}[\p{{L}}\p{{M}}]*+)|{_SIGN}[ ]*+(?:{{second}})))"
)
#: A figure followed by spaces and a word (``next``: the whole run of letters), or by a range
#: sign and a second number; or groups of three after a space (``grouped``).
FIGURE_GATE = regex.compile(
    _GATE.replace("{second}", _SECOND.replace("(?P<letter>", "(?:")), regex.V1
)
#: The same, with where the second number after a sign begins (``second``; ``letter`` when it
#: is a letter): matched again only where the gate finds a sign (a group more in the gate
#: scanned at every position costs time on every text).
_SIGN_GATE = regex.compile(_GATE.replace("{second}", f"(?P<second>{_SECOND})"), regex.V1)

#: A number in words, as the rules read it at a start (the same pattern and flags).
NUMBER_IN_WORDS = regex.compile(rf"{SIMPLE_FOLD}{WORDS}", regex.V1 | regex.IGNORECASE)
_NEXT = regex.compile(rf"[ ]*+(?:(?P<next>\p{{L}}[\p{{L}}\p{{M}}]*+)|{_SIGN})", regex.V1)
