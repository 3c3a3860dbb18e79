"""Coded errors and warnings.

Every failure a user can cause carries a stable code, says what was wrong,
where, and what to do, so that scripts can branch on the code and people can
look it up in the README.
"""

from __future__ import annotations

import warnings


class SitroomError(Exception):
    """Base class: ``code`` is stable, ``where`` names the input, ``hint`` says what to do."""

    code = "E000"
    exit_code = 1

    def __init__(self, message: str, *, where: str | None = None, hint: str | None = None) -> None:
        self.message = message
        self.where = where
        self.hint = hint
        super().__init__(str(self))

    def __reduce__(self) -> tuple:
        # Keep the parts apart when an error travels between processes (Dask workers).
        return (_rebuild, (type(self), self.message, self.where, self.hint))

    def __str__(self) -> str:
        parts = [f"{self.code}: {self.message}"]
        if self.where:
            parts.append(f"(in {self.where})")
        text = " ".join(parts)
        if self.hint:
            text += f" — {self.hint}"
        return text


def _rebuild(cls: type[SitroomError], message: str, where: str | None, hint: str | None) -> SitroomError:
    return cls(message, where=where, hint=hint)


class InputNotFound(SitroomError):
    code = "E001"
    exit_code = 3


class InputUnreadable(SitroomError):
    code = "E002"
    exit_code = 3


class UnsupportedFormat(SitroomError):
    code = "E003"
    exit_code = 3


class EmptyInput(SitroomError):
    code = "E004"
    exit_code = 3


class InputTooLarge(SitroomError):
    code = "E005"
    exit_code = 3


class BrokenJsonLine(SitroomError):
    code = "E006"
    exit_code = 3


class FeedUnparsable(SitroomError):
    code = "E007"
    exit_code = 3


class ArticleTooSlow(SitroomError):
    """An article ran past the per-article time budget; the others go on."""

    code = "E008"
    exit_code = 3


class FetchRefused(SitroomError):
    """A URL that sitroom will not fetch: not http(s), or a non-public address without permission."""

    code = "E009"
    exit_code = 3


class StoreError(SitroomError):
    code = "E010"
    exit_code = 4


class DocumentNotFound(SitroomError):
    code = "E011"
    exit_code = 4


class StoreDriverMissing(SitroomError):
    """A database URL whose driver is unknown or not installed."""

    code = "E013"
    exit_code = 4


class StoreMissing(SitroomError):
    """A read command pointed at a store that does not exist (it is never created by reading)."""

    code = "E014"
    exit_code = 4


class BadDate(SitroomError):
    code = "E012"
    exit_code = 2


class ModelMissing(SitroomError):
    code = "E020"
    exit_code = 5


class ResourceError(SitroomError):
    code = "E021"
    exit_code = 5


class GoldFormatError(SitroomError):
    code = "E030"
    exit_code = 3


class BadOption(SitroomError):
    code = "E040"
    exit_code = 2


class KeyMissing(SitroomError):
    """A write reached the API without ``Authorization: Bearer KEY`` (HTTP 401)."""

    code = "E050"
    exit_code = 2


class KeyRejected(SitroomError):
    """A key was given but is not one of the configured keys, or none are configured (HTTP 403)."""

    code = "E051"
    exit_code = 2


class ServeRefused(SitroomError):
    """``sitroom serve`` on a non-loopback address with no API key would open the store to the network."""

    code = "E052"
    exit_code = 2


class ClusterUnreachable(SitroomError):
    """The Dask scheduler named by --scheduler could not be reached."""

    code = "E060"
    exit_code = 4


class SitroomWarning(UserWarning):
    """Base class for coded warnings (W001 …)."""

    code = "W000"


class DecodingFallback(SitroomWarning):
    code = "W001"


class NoReferenceDate(SitroomWarning):
    code = "W002"


class DateContradicted(SitroomWarning):
    code = "W003"


class EncodingRepaired(SitroomWarning):
    code = "W004"


def warn(category: type[SitroomWarning], message: str) -> None:
    warnings.warn(f"{category.code}: {message}", category, stacklevel=3)
