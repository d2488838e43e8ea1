"""One exception family. Each also subclasses the built-in it resembles."""

from __future__ import annotations


class UnionExtractError(Exception):
    """Base of every error this package raises on purpose."""


class InputTypeError(UnionExtractError, TypeError):
    """An argument has the wrong type (e.g. ``bytes`` where ``str`` is expected)."""


class OptionError(UnionExtractError, ValueError):
    """An option has a value outside what is accepted."""


class UnknownKindError(OptionError):
    """``kinds`` names a kind that does not exist."""


class NumberParseError(UnionExtractError, ValueError):
    """``parse_number`` was given something that is not one number.

    ``reason`` is a short machine-readable code (``"empty"``, ``"not_a_number"``,
    ``"trailing_text"``, ...).
    """

    def __init__(self, text: str, reason: str, detail: str = "") -> None:
        self.text = text
        self.reason = reason
        message = f"not one number: {text!r} ({reason})"
        if detail:
            message += f": {detail}"
        super().__init__(message)
