"""How far the counted noun phrase after a number reaches (a count's ``unit``).

The contract's unit is "the counted noun phrase as written after the number": the head (a
counted noun or a classifier of ``data/count_units.tsv``) and the noun compound built on it —
a classifier's noun ("lượt học sinh", "liều vắc-xin", "cuộc đối thoại"), a noun modifier
("nhân viên y tế", "đoàn viên công đoàn", "đơn vị máu", "vé máy bay"), the purpose of a
device, place or body ("máy thở", "khu cách ly", "hội đồng hòa giải") — and nothing after it:
not a describing adjective ("mới", "khó khăn", "tiêu biểu"), a verb, a preposition, a
quantifier, a place, a time word or a proper name.

The next word is classified from lexicons first (``count_stops.tsv`` ends the phrase,
``count_modifiers.tsv`` and the counted nouns continue it; ``count_purpose_heads.tsv`` lists
the nouns that take a verb as their purpose); only a word none of them knows is looked up in
underthesea's POS tags (of the sentence or, in a long one, the clause or block around the
word: :meth:`Context.tag_span`; cached by the Context): a noun (N, Nc) continues the
phrase, a verb (V) completes a classifier or a purpose head right after it, anything else
ends it. A noun followed by a figure is a label ("tổ 5") and ends it too.

Decisions: "ca mắc", "ca nhiễm", "ca tử vong" keep their verb (a case *of* something: the
verb names what is counted), "ca mắc mới" drops the adjective; "F0", "F1" … after a number
count people (cases, contacts) and are units of their own ("2.145 F0"); "nữ đoàn viên" and
"lao động nữ" keep the gender word (it says who is counted, it does not describe them).
"""

from __future__ import annotations

import regex

from .. import lexicons
from ..context import Context
from ..numbers import NUMBER_WORDS
from ..rules import alternation

ROLES: dict[str, str] = lexicons.mapping("count_units.tsv")
_CLASSIFIER_ROLES = ("classifier", "classifier_only")
_PURPOSE_HEADS = frozenset(lexicons.words("count_purpose_heads.tsv"))
#: Longest phrase extension after the head and its complement, in words.
_MAX_WORDS = 3


def _classes() -> dict[str, str]:
    out: dict[str, str] = {}
    for w, r in ROLES.items():
        if r == "noun":
            out[w.lower()] = "noun"
    for w, r in lexicons.mapping("count_modifiers.tsv").items():
        out[w.lower()] = "noun" if r == "noun" else "complement"
    stops = set(lexicons.words("count_stops.tsv")) | set(lexicons.words("money_cues.tsv"))
    stops |= {r[0] for r in lexicons.rows("count_not_units.tsv") if r[1:2] != ("street",)}
    for w in stops:
        out[w.lower()] = "stop"  # a stop wins: "xã" after a noun is a place, not a compound
    for w in NUMBER_WORDS:
        out.setdefault(w, "stop")  # another number begins: "5 hộ dân hai ..."
    return out


#: Lower-cased word → "noun" (continues the phrase), "complement" (completes a classifier or a
#: purpose head) or "stop" (ends it).
WORD_CLASSES = _classes()
_WE = r"(?![\p{L}\p{M}\p{N}])"
_CLASS = regex.compile(
    rf"[ ](?P<w>{alternation(WORD_CLASSES)})(?![\p{{L}}\p{{M}}\p{{N}}]|-\p{{L}})",
    regex.V1 | regex.IGNORECASE,
)
# An upper-case code ("COVID", "F0"), not one with a number joined by a hyphen ("COVID-19").
_ACRONYM = regex.compile(r"\p{Lu}[\p{Lu}\d]+(?![\p{L}\p{M}\p{N}]|-[\p{L}\p{N}])", regex.V1)
_FIGURE_NEXT = regex.compile(r"[ ]+\d")
_LOWER_NEXT = regex.compile(r"[ ]\p{Ll}", regex.V1)
_TAGS = {"N": "noun", "Nc": "noun", "V": "verb"}

Tagged = tuple[int, int, str]  # (start, end, POS tag)


def token_at(ctx: Context, pos: int) -> Tagged | None:
    """The word underthesea segments at ``pos`` (start, end, tag), if one starts there.

    The tagger calls the last word of an unpunctuated span a numeral ("M") when it is not
    one ("25 điểm cầu"): a last word of letters tagged M is read as a noun.
    """
    tagged = ctx.pos_tags_near(pos)
    for i, (tok, tag) in enumerate(tagged):
        if tok.start == pos:
            if tag == "M" and i == len(tagged) - 1 and tok.text.replace(" ", "").isalpha():
                tag = "N"
            return tok.start, tok.end, tag
        if tok.start > pos:
            break
    return None


def longer_word_at(ctx: Context, start: int, end: int) -> Tagged | None:
    """:func:`token_at` ``(start)`` when the word the segmenter starts there may reach past
    ``end``; ``None`` without tagging when it cannot.

    A token is made of its tag span's characters (:meth:`Context.tag_span`): the anchoring
    (:func:`segment.anchor`) matches every character of a piece, none a space, to one of the
    span's and skips only spaces between them, so a token ends at a non-space character of
    its span. Where the span holds only spaces after ``end`` (a table cell: "02 cái \\n \\n"),
    no token reaches past ``end``: the callers, which only use a token that does, would
    discard it. Tests: tests/test_counts_phrase_shortcut.py.
    """
    _, span_end = ctx.tag_span(start)
    text = ctx.text
    if end >= span_end or text[end:span_end].isspace():
        return None
    return token_at(ctx, start)


def next_word(ctx: Context, pos: int) -> tuple[int, str] | None:
    """The word after ``pos`` (one space away) and its class: ``noun``, ``complement``,
    ``verb``, ``acronym`` or ``stop``; ``None`` at punctuation, a figure, a proper name or a
    word the segmenter does not start there."""
    text = ctx.text
    if not text.startswith(" ", pos):
        return None
    first = text[pos + 1 : pos + 2]
    if not first.isalpha():
        return None
    if first.isupper():
        acronym = _ACRONYM.match(text, pos + 1)
        return (acronym.end(), "acronym") if acronym else None
    m = _CLASS.match(text, pos)
    tok = None
    if m is not None:
        end, cls = m.end(), WORD_CLASSES[m.group("w").lower()]
        if cls == "complement" and " " not in m.group("w") and _LOWER_NEXT.match(text, end):
            # one syllable may begin a longer word: "thi" in "thi đua", "trực" in "trực tiếp"
            tok = token_at(ctx, pos + 1)
            if tok is not None and tok[1] > end:
                m = None
    if m is None:
        tok = tok or token_at(ctx, pos + 1)
        if tok is None:
            return None
        end, cls = tok[1], _TAGS.get(tok[2], "stop")
    if cls == "noun" and _FIGURE_NEXT.match(text, end):
        return end, "stop"  # "hộ dân tổ 5": a label, not a compound
    return end, cls


def unit_end(ctx: Context, start: int, end: int, role: str) -> int | None:
    """End of the counted noun phrase whose head spans ``start``–``end`` with ``role``
    (count_units.tsv roles); ``None`` when a classifier that needs a noun has none."""
    text = ctx.text
    if role == "noun_prefix":
        word = longer_word_at(ctx, start, end)
        if word is not None and word[1] > end and word[2] == "N":
            end = word[1]  # the segmenter's longer word: "nhà máy", "xe đạp"
    last = start  # where the noun that may take a purpose verb starts
    if role in _CLASSIFIER_ROLES:
        nxt = next_word(ctx, end)
        if nxt is not None and nxt[1] in ("complement", "verb"):
            return _extend(ctx, nxt[0])  # "cuộc đối thoại", "ca mắc", "cuộc ngừng việc"
        if nxt is not None and nxt[1] != "stop":
            last, end = end + 1, nxt[0]  # "lượt học sinh", "Tổ COVID", "chiếc máy (thở)"
        else:
            word = longer_word_at(ctx, start, end) if nxt is None else None
            if word is not None and word[1] > end and word[2] in ("N", "Nc", "V"):
                end = word[1]  # a longer word begins with the classifier: "tổ chức"
            elif role == "classifier_only":
                return None
            else:
                return end
    if " ".join(text[last:end].lower().split()) in _PURPOSE_HEADS:
        nxt = next_word(ctx, end)
        if nxt is not None and nxt[1] in ("complement", "verb"):
            end = nxt[0]  # "máy thở", "khu cách ly tập trung", "hội đồng hòa giải"
    return _extend(ctx, end)


def _extend(ctx: Context, end: int) -> int:
    """``end`` moved over the noun modifiers that follow (at most a few words)."""
    for _ in range(_MAX_WORDS):
        nxt = next_word(ctx, end)
        if nxt is None or nxt[1] != "noun":
            break
        end = nxt[0]
    return end
