"""Mojibake repaired at ingest, and the repair recorded.

Copy that went through a wrong encoding on its way ("â€œweâ€\x9d", "CafÃ©") would otherwise give
wrong quote pairs, names and places. ftfy undoes only encoding damage here: quotes, ligatures,
widths, line breaks, control characters and Unicode normalisation are left as written, so that
what is not broken keeps its exact characters. The steps applied go into ``Document.repairs``
and a W004 warning.
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


def repair_text(text: str) -> tuple[str, list[str]]:
    """The text with encoding damage undone, and the names of the steps that changed it (empty: untouched)."""
    fixed = ftfy.fix_and_explain(text, config=_config())
    if fixed.text == text:
        return text, []
    steps = [f"{action}:{name}" for action, name in fixed.explanation or []]
    return fixed.text, list(dict.fromkeys(steps)) or ["ftfy"]
