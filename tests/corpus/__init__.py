"""The project's own corpus: expected value → surface forms, per kind (Duckling style).

Each module ``tests/corpus/<kind>.py`` defines:

- ``KIND``: the plural kind name ("money", "dates", ...);
- ``POSITIVE``: a list of ``(expected, [surface, ...])`` where ``expected`` is a dict of record
  fields (only the fields given are compared) — each surface must give exactly one mention of
  that kind spanning the whole surface, with those field values;
- ``NEGATIVE``: surfaces that must give no mention of that kind;
- optionally ``REFERENCE_DATE`` (a ``datetime.date``) used for every surface;
- optionally ``XFAIL``: ``{surface: reason}`` for known gaps (run as strict xfail).

``tests/test_corpus.py`` runs every module listed in ``MODULES``.
"""

MODULES = ("numbers", "money", "counts", "percents", "dates", "document_numbers", "organizations")
