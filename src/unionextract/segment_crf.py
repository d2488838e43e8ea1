"""underthesea's word segmenter and POS tagger, fed their features more cheaply.

Both are CRF models from ``underthesea_core``; what costs is building their input, not tagging.
Each template ``T[a]`` or ``T[a,b]`` reads a window of words (one, or ``b - a + 1``) around the
position; every template of one window size is a string of the same window, so the strings of
a window are built once and kept (:class:`_Windows`), and a row of features is read from the
kept windows around its position, or ``BOS``/``EOS`` beyond the sentence's edges.

Word segmentation (:func:`word_segmenter`): underthesea's ``word_tokenize`` splits the chunk
into syllables with its regex tokenizer and hands them to the compiled ``CRFFeaturizer``, which
builds 43 strings per syllable and copies each into Python (most of the cost), then tags them.
Here the same tokenizer and the same ``CRFTagger`` run, with the rows built from kept windows:
the values of one syllable (its lower case, whether it is a digit, a title, a dictionary word)
are asked of a compiled featurizer once per distinct syllable; a window of two or three reads
them joined by a space, as the featurizer joins them, so its lower case is the parts' lower
cases joined (a space is neither cased nor case-ignorable, so even a final sigma lowers as it
does alone), its title test is the parts' tests together (the featurizer tests each
space-separated part), it is never a digit (a space does not parse as an integer), and it is a
dictionary word when the joined lower case is in the model's dictionary.

POS tagging (:func:`pos_tagger`): underthesea builds the POS features in Python, rebuilding the
columns of the whole sentence for every word and template (quadratic); :class:`PosFeatures`
builds the same strings from kept windows, with the same template and feature functions.

Each is checked against underthesea on a probe sentence when first used; when anything differs
(another underthesea), underthesea's own functions are used. tests/test_segment_crf.py and
tests/test_segment.py compare features, words and tags with underthesea's on gazette sentences.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from itertools import product
from pathlib import Path
from typing import Any

import regex

_PROBE = "Ngày 27/7/2021, LĐLĐ tỉnh Phú Yên trao 65 suất quà cho Công nhân  khó khăn; tặng 30 bếp"
_TEMPLATE_SYNTAX = regex.compile(
    r"T\[(?P<index1>\-?\d+)(\,(?P<index2>\-?\d+))?\](\[(?P<column>.*)\])?(\.(?P<function>.*))?"
)
#: Windows (of one, two, three words) whose feature strings are kept, per size (a window of one
#: syllable keeps about 1.5 kB of strings): past this many they are forgotten and built again.
_KEPT_WINDOWS = 8192

_Template = tuple[str, int, int | None, int | None, str | None]
#: a syllable -> (its lower case, is digit, is title, in dictionary), as the featurizer says
_Values = dict[str, tuple[str, bool, bool, bool]]


def _parse(syntax: str) -> _Template:
    """(prefix, index1, index2, column, function) of one template line."""
    m = _TEMPLATE_SYNTAX.match(syntax)
    if m is None:
        raise ValueError(syntax)
    index2 = int(m.group("index2")) if m.group("index2") else None
    column = int(m.group("column")) if m.group("column") else None
    return f"{syntax}=", int(m.group("index1")), index2, column, m.group("function")


class _Windows:
    """Feature rows built from kept windows: a template ``T[a,b]`` reads the window of
    ``b - a + 1`` words starting ``a`` words from the position, so every template of one window
    size is a string of the same window. :meth:`window` gives a window's strings (one per
    template of its size, in the order of ``groups``); they are kept per window of words, so
    a window seen before costs one dictionary look-up."""

    def __init__(self, templates: list[_Template], order: Callable[[_Template], Any]) -> None:
        by_size: dict[int, list[_Template]] = {}
        for template in templates:
            _, index1, index2, _, _ = template
            last = index1 if index2 is None else index2
            if last < index1:
                raise ValueError(f"a window this featurizer does not build: {template[0]}")
            by_size.setdefault(last - index1 + 1, []).append(template)
        self.groups = [sorted(by_size.get(n, []), key=order) for n in range(1, max(by_size) + 1)]
        place = {t: i for group in self.groups for i, t in enumerate(group)}
        slots = [(self._size(t), t[1], place[t]) for t in templates]
        self.pad = max(abs(t[1]) for t in templates)
        self.edges = [
            [tuple(t[0] + edge for t in group) for group in self.groups] for edge in ("BOS", "EOS")
        ]
        self.rows = _row_builder(slots, self.pad, len(self.groups))
        self.kept: list[dict[tuple[str, ...], tuple[str, ...]]] = [{} for _ in self.groups]

    @staticmethod
    def _size(template: _Template) -> int:
        return 1 if template[2] is None else template[2] - template[1] + 1

    def window(self, key: tuple[str, ...], values: _Values) -> tuple[str, ...]:
        """The strings of the templates of ``len(key)`` words for the window ``key`` (kept)."""
        raise NotImplementedError

    def forget(self) -> None:
        for kept in self.kept:
            kept.clear()

    def features(self, words: list[str], values: _Values | None = None) -> list[tuple[str, ...]]:
        """One tuple of feature strings per word, in template order (``values``: what
        :meth:`window` needs to know of each word, for this call)."""
        values = values or {}
        pad = self.pad
        windows: list[list[tuple[str, ...]]] = []
        for size, (kept, bos, eos) in enumerate(zip(self.kept, *self.edges, strict=True), 1):
            if len(kept) > _KEPT_WINDOWS:
                kept.clear()
            keys = list(zip(*(words[k:] for k in range(size)), strict=False))  # shortest
            inside = [kept.get(key) or self.window(key, values) for key in keys]
            windows.append([bos] * pad + inside + [eos] * (pad + size - 1))
        rows: list[tuple[str, ...]] = self.rows(len(words), *windows)
        return rows


_KINDS = (None, "lower", "isdigit", "istitle", "is_in_dict")


class _WordSegmenter(_Windows):
    """``word_tokenize`` with the featurizer's strings built from kept windows (module
    docstring)."""

    def __init__(self, ut: Any) -> None:
        import joblib  # type: ignore[import-untyped]  # underthesea's dependency, untyped
        from underthesea.pipeline import word_tokenize as module
        from underthesea.pipeline.text_normalize import token_normalize
        from underthesea.pipeline.text_normalize.character_normalize import (
            normalize_characters_in_text,
        )
        from underthesea.pipeline.word_tokenize import regex_tokenize
        from underthesea_core import CRFFeaturizer  # type: ignore[import-untyped]  # untyped

        ut.word_tokenize(_PROBE)  # loads the model
        model = module.word_tokenize_model
        base = Path(module.__file__).parent / "models" / "ws_crf_vlsp2013_20230727"
        templates = [_parse(str(t)) for t in joblib.load(base / "features.bin")]
        for prefix, _, _, column, function in templates:
            if column is not None or function not in _KINDS:
                raise ValueError(f"a template this featurizer does not build: {prefix}")
        # a window's strings: the templates with its text, then with its lower case, then the
        # flags (one tuple of strings per combination of digit, title, in dictionary)
        super().__init__(templates, lambda t: _KINDS.index(t[4]))
        words = joblib.load(base / "dictionary.bin")
        # a dict of strings, which the garbage collector does not track: a set of the same
        # 72k words would be walked by every full collection (about 4 ms each)
        self.dictionary: dict[str, None] = dict.fromkeys(words)
        self.tagger = model.estimator
        self.regex_tokenize = regex_tokenize
        self.token_normalize = token_normalize
        self.normalize_text = normalize_characters_in_text
        self.unigram = CRFFeaturizer(
            ["T[0].lower", "T[0].isdigit", "T[0].istitle", "T[0].is_in_dict"], set(words)
        )
        self.parts: list[tuple[list[str], list[str], dict[tuple[bool, ...], tuple[str, ...]]]] = []
        for group in self.groups:
            kinds = [(_KINDS.index(t[4]), t[0]) for t in group]
            flags = [(kind - 2, prefix) for kind, prefix in kinds if kind >= 2]
            table = {
                combo: tuple(f"{prefix}{combo[k]}" for k, prefix in flags)
                for combo in product((False, True), repeat=3)
            }
            texts = [prefix for kind, prefix in kinds if kind == 0]
            lows = [prefix for kind, prefix in kinds if kind == 1]
            self.parts.append((texts, lows, table))
        self.normal: dict[str, str] = {}  # a syllable -> token_normalize(syllable)
        self.values: _Values = {}  # a normalized syllable -> its values (kept)

    def forget(self) -> None:
        super().forget()
        self.normal.clear()
        self.values.clear()

    def syllables(self, chunk: str) -> list[str]:
        """underthesea's ``tokenize(chunk)``: its regex tokenizer (each match's text is the one
        named group that matched: every alternative is a named group spanning the match), then
        ``token_normalize`` on each syllable (kept)."""
        text = self.normalize_text(chunk)
        raw = [m.group() for m in self.regex_tokenize.patterns.finditer(text)]
        normal = self.normal
        if len(normal) > _KEPT_WINDOWS:
            normal.clear()
        out = []
        for t in raw:
            s = normal.get(t)
            if s is None:
                s = normal[t] = self.token_normalize(t)
            out.append(s)
        return out

    def _ask(self, words: list[str]) -> _Values:
        """The one-syllable values of ``words``: kept, or asked of the compiled featurizer."""
        kept = self.values
        if len(kept) > _KEPT_WINDOWS:
            kept.clear()
        values = {w: kept.get(w) for w in words}  # this call's (another thread may clear kept)
        new = [w for w, v in values.items() if v is None]
        if new:
            rows = self.unigram.process([[[w]] for w in new])
            for w, ((low, digit, title, in_dict),) in zip(new, rows, strict=True):
                kept[w] = values[w] = (
                    low[len("T[0].lower=") :],
                    digit.endswith("=True"),
                    title.endswith("=True"),
                    in_dict.endswith("=True"),
                )
        return values  # type: ignore[return-value]  # (no None left)

    def window(self, key: tuple[str, ...], values: _Values) -> tuple[str, ...]:
        texts, lows, table = self.parts[len(key) - 1]
        if len(key) == 1:
            raw = key[0]
            low, digit, title, in_dict = values[raw]
        else:
            parts = [values[w] for w in key]
            raw = " ".join(key)
            low = " ".join([p[0] for p in parts])
            digit = False  # "a b" does not parse as an integer
            title = all([p[2] for p in parts])
            in_dict = low in self.dictionary
        out = (*[p + raw for p in texts], *[p + low for p in lows], *table[digit, title, in_dict])
        self.kept[len(key) - 1][key] = out
        return out

    def features(self, words: list[str], values: _Values | None = None) -> list[tuple[str, ...]]:
        return super().features(words, self._ask(words) if values is None else values)

    def __call__(self, chunk: str) -> list[str]:
        words = self.syllables(chunk)
        if not words:
            return []
        tags = self.tagger.tag(self.features(words))
        out: list[str] = []
        for tag, token in zip(tags, words, strict=False):
            if tag == "I-W" and out:
                out[-1] = out[-1] + " " + token
            else:
                out.append(token)
        return out


class PosFeatures(_Windows):
    """underthesea's ``sentence2features`` (``tagged_feature``) for the rows its POS predictor
    builds, ``(word, "X")``: a window's string for a template is ``prefix + str(function(text))``
    (or the text), the text being the window's column joined by spaces, as
    ``template2features`` computes it; a window that starts before the sentence reads ``BOS``,
    one that reaches past its end ``EOS``."""

    def __init__(self, template: list[str], functions: dict[str, Callable[[str], object]]) -> None:
        templates = [_parse(t) for t in template]
        for prefix, _, _, column, function in templates:
            if column not in (None, 0, 1) or (function is not None and function not in functions):
                raise ValueError(f"a template this featurizer does not build: {prefix}")
        # a window's strings: those of column 1 (always "X": the same for every window), then
        # those of the words, grouped by function (each function is called once per window)
        super().__init__(templates, lambda t: (t[3] != 1, t[4] or ""))
        self.parts: list[
            tuple[tuple[str, ...], list[tuple[Callable[[str], object] | None, list[str]]]]
        ] = []
        for size, group in enumerate(self.groups, start=1):
            fill = " ".join(["X"] * size)
            constants = tuple(
                prefix + (fill if function is None else str(functions[function](fill)))
                for prefix, _, _, column, function in group
                if column == 1
            )
            by_function: dict[str | None, list[str]] = {}
            for prefix, _, _, column, function in group:
                if column != 1:
                    by_function.setdefault(function, []).append(prefix)
            self.parts.append(
                (
                    constants,
                    [(None if f is None else functions[f], p) for f, p in by_function.items()],
                )
            )

    def window(self, key: tuple[str, ...], values: _Values) -> tuple[str, ...]:
        constants, parts = self.parts[len(key) - 1]
        text = " ".join(key)
        out = list(constants)
        for function, prefixes in parts:
            value = text if function is None else str(function(text))
            out += [prefix + value for prefix in prefixes]
        self.kept[len(key) - 1][key] = kept = tuple(out)
        return kept


def _row_builder(slots: list[tuple[int, int, int]], pad: int, sizes: int) -> Any:
    """A function ``rows(n, w1, w2, ...)`` giving, for each position ``i < n``, the tuple of
    the features in template order: template ``(size, index1, place)`` reads
    ``w<size>[i + index1 + pad][place]``, where ``w<size>`` lists the windows of that size
    with ``pad`` edge tuples (``BOS``) before and ``pad + size - 1`` (``EOS``) after, so a
    window starting before the sentence reads ``BOS`` and one reaching past its end ``EOS``,
    as the featurizer's tests decide. The loop is written out for the template (as
    ``dataclasses`` writes ``__init__``): one list comprehension, no per-feature Python loop.
    """
    names = ", ".join(f"w{size}" for size in range(1, sizes + 1))
    items = " ".join(f"w{size}[i + {index1 + pad}][{place}]," for size, index1, place in slots)
    source = f"def rows(n, {names}):\n    return [({items}) for i in range(n)]\n"
    namespace: dict[str, Any] = {}
    exec(compile(source, "<segment_crf rows>", "exec"), namespace)  # from integers only
    return namespace["rows"]


@cache
def word_segmenter() -> Callable[[str], list[str]] | None:
    """underthesea's ``word_tokenize`` (default options), built as the module docstring says;
    ``None`` when underthesea is not the version this was written for."""
    import underthesea

    try:
        segmenter = _WordSegmenter(underthesea)
        if segmenter(_PROBE) != list(underthesea.word_tokenize(_PROBE)):
            return None
    except Exception:  # any other underthesea layout: use its word_tokenize
        return None
    return segmenter


@cache
def _pos_model() -> tuple[PosFeatures, Any] | None:
    """The POS predictor's features and model (``None`` when underthesea's layout differs)."""
    try:
        from underthesea.pipeline.pos_tag import model_crf, tagged_feature

        predictor = model_crf.CRFPOSTagPredictor.Instance()
        functions = {
            name: getattr(tagged_feature, f"text_{name}")
            for name in ("lower", "istitle", "isallcap", "isdigit", "is_in_dict")
        }
        return PosFeatures(list(predictor.transformer.template), functions), predictor.model
    except Exception:  # any other underthesea layout
        return None


@cache
def pos_tagger() -> Callable[[list[str]], list[str]] | None:
    """Tags for segmented words, as underthesea's ``pos_tag`` gives them; ``None`` when its
    POS model is not the one this was written for (checked on a probe sentence)."""
    import underthesea

    parts = _pos_model()
    if parts is None:
        return None
    features, model = parts

    def tag(words: list[str]) -> list[str]:
        return list(model.tag(features.features(words))) if words else []

    try:
        probe = underthesea.word_tokenize(_PROBE)
        if list(zip(probe, tag(probe), strict=True)) != [
            tuple(p) for p in underthesea.pos_tag(_PROBE)
        ]:
            return None
    except Exception:  # a failing probe: use underthesea's pos_tag
        return None
    return tag


def forget() -> None:
    """Forget the kept windows (see :func:`segment.clear_caches`)."""
    if word_segmenter.cache_info().currsize:
        segmenter = word_segmenter()
        if segmenter is not None:
            segmenter.forget()  # type: ignore[attr-defined]
    if _pos_model.cache_info().currsize:
        parts = _pos_model()
        if parts is not None:
            parts[0].forget()
