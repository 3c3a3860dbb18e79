"""The cross-article ledger: merged events (claims), their sources and status, numbers, story versions.

``update.apply`` is the store's hook (one article, inside its transaction);
``queries`` is the read side the CLI, API and exporters use. The rules
themselves (identity, claims, numbers, versions) are pure functions over
``mentions.Mention`` values and can be used without a database.
"""

from __future__ import annotations

from .claims import STATUSES, Statement, polarity, status, summarise
from .identity import COMPATIBLE_TYPES, family, match
from .mentions import Mention
from .reading import mentions_from
from .versions import VersionDiff, diff_versions

__all__ = [
    "COMPATIBLE_TYPES",
    "STATUSES",
    "Mention",
    "Statement",
    "VersionDiff",
    "diff_versions",
    "family",
    "match",
    "mentions_from",
    "polarity",
    "status",
    "summarise",
]
