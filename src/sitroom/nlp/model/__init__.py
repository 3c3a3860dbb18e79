"""Model pipes: faster stand-ins for the statistical model's own rule-based pipes.

Reads and writes only spaCy's token attributes. A stand-in is installed only when it can state
the model's rules exactly (``attribute_rules.compile_rules``), and it must give the same
annotations as the pipe it replaces; otherwise the model's own pipe stays.
"""
