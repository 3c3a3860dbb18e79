"""Evaluation: gold files, scorers and reports (``sitroom eval``)."""
