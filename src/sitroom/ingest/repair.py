"""Mojibake repaired at ingest, and the repair recorded.

Copy that went through a wrong encoding on its way ("â€œweâ€\x9d", "CafÃ©") would otherwise give
wrong quote pairs, names and places. ftfy undoes only encoding damage here: quotes, ligatures,
widths, line breaks, control characters and Unicode normalisation are left as written, so that
what is not broken keeps its exact characters. The steps applied go into ``Document.repairs``
and a W004 warning.

One loss is undone before ftfy sees the text: a closing double quote (UTF-8 ``E2 80 9D``) read as
cp1252 with replacement becomes "â€" plus U+FFFD, because cp1252 has no character for byte 9D;
ftfy then can only leave U+FFFD, which breaks the quote and the parse around it. The closing
quote is by far the most frequent character with that byte, so the byte is put back first.
"""

from __future__ import annotations

from functools import lru_cache

import ftfy
from ftfy import TextFixerConfig


@lru_cache(maxsize=1)
def _config() -> TextFixerConfig:
    return TextFixerConfig(unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False,
                           fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False,
                           remove_control_chars=False, normalization=None, explain=True)


_LOST_CLOSING_QUOTE = "\u00e2\u20ac\ufffd"


def repair_text(text: str) -> tuple[str, list[str]]:
    """The text with encoding damage undone, and the names of the steps that changed it (empty: untouched)."""
    restored = text.replace(_LOST_CLOSING_QUOTE, "\u00e2\u20ac\x9d")
    fixed = ftfy.fix_and_explain(restored, config=_config())
    if fixed.text in (text, restored):  # nothing ftfy would decode: the byte stays lost
        return text, []
    steps = ["restore:closing-quote-byte"] if restored != text else []
    steps += [f"{action}:{name}" for action, name in fixed.explanation or []]
    return fixed.text, list(dict.fromkeys(steps)) or ["ftfy"]
