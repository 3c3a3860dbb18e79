"""Readers: turn files, folders, pages, feeds, JSONL dumps and stdin into Documents."""

from . import feed, html, jsonl, text  # noqa: F401  (register the readers)
from .base import READERS, Failure, Source
from .sources import read_inputs
from .text import document_from_text

__all__ = ["READERS", "Failure", "Source", "document_from_text", "read_inputs"]
