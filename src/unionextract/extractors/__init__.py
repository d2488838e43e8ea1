"""One module per kind. Each exposes ``KIND``, ``RULES`` and ``extract(ctx) -> [Candidate]``.

``EXTRACTORS`` maps the plural kind names of ``extract(kinds=...)`` to the functions;
``link`` runs after overlap resolution and may enrich candidates from their neighbours.
"""

from __future__ import annotations

from collections.abc import Callable

from ..context import Context
from ..rules import Candidate, Rule
from . import counts, dates, document_numbers, money, organizations, percents

EXTRACTORS: dict[str, Callable[[Context], list[Candidate]]] = {
    "document_numbers": document_numbers.extract,
    "dates": dates.extract,
    "money": money.extract,
    "percents": percents.extract,
    "counts": counts.extract,
    "organizations": organizations.extract,
}

ALL_RULES: tuple[Rule, ...] = (
    *document_numbers.RULES,
    *dates.RULES,
    *money.RULES,
    *percents.RULES,
    *counts.RULES,
    *organizations.RULES,
)


def link(resolved: list[Candidate], ctx: Context) -> list[Candidate]:
    """Cross-kind enrichment after resolution (a document number's date and issuer)."""
    return document_numbers.link(resolved, ctx)
