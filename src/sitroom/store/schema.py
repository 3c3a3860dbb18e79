"""The store's tables, defined in ``sitroom.tables`` (shared with the ledger's read side)."""

from ..tables import ITEM_TABLES, actors, documents, events, metadata, places, quantities, quotes, times

__all__ = ["ITEM_TABLES", "actors", "documents", "events", "metadata", "places", "quantities", "quotes", "times"]
