"""Text from an article made inert before Rich prints it.

Rich reads square brackets as markup (a headline with "[/bold]" would raise MarkupError,
"[link=…]" would hide a hyperlink), and a terminal obeys escape sequences (ANSI colours,
cursor moves, OSC-8 hyperlinks, window titles). Everything a table or panel shows that came
from an article goes through ``safe``: escape sequences and other control characters are
removed (line breaks and tabs kept), then the markup is escaped.
"""

from __future__ import annotations

import re

from rich.markup import escape

# OSC (ESC ] … BEL or ESC \), CSI (ESC [ … final byte), other two-byte ESC sequences, then any
# C0/C1 control character left (8-bit CSI/OSC included) except tab and line feed
_SEQUENCES = re.compile(
    r"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b[@-Z\\-_]?"
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]"
)


def clean(value: object) -> str:
    """``value`` as text without escape sequences or control characters."""
    return _SEQUENCES.sub("", "" if value is None else str(value))


def safe(value: object) -> str:
    """``value`` as text that Rich prints literally: no markup, no escape sequences."""
    return escape(clean(value))
