"""Readers: turn files, folders, pages, feeds, JSONL dumps and stdin into Documents."""

from . import text  # noqa: F401  (registers the reader)
from .base import READERS, Failure, Source
from .text import document_from_text

__all__ = ["READERS", "Failure", "Source", "document_from_text"]
