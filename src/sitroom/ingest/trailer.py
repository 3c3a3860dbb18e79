"""Lines inside and after the body that are not the story: editor credits, update notes, link blocks.

Web copy carries them between and after paragraphs ("Edited by …", "Updated to include …",
"RELATED STORIES" followed by headlines, "Opens in new window ]" residue of links); each
removed line is kept with the rule that removed it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_EDITOR = re.compile(r"^(?:edited|produced|translated) by\s+(?P<name>[A-Z][\w.'\- ]+?)\.?$", re.I)
_UPDATE_NOTE = re.compile(r"^(?:this (?:story|article) (?:has been|was) updated|updated to (?:include|add|reflect|"
                          r"correct|clarify)|corrected to|correction:|editor'?s note:)", re.I)
_RELATED = re.compile(r"^(?:related(?: stories| articles| coverage| content)?|read more|see also|"
                      r"more on this story):?$", re.I)
_LINK_RESIDUE = re.compile(r"\s*Opens in new window\s*\]?\s*$", re.I)


@dataclass
class Trailer:
    body: str = ""
    editor: str | None = None
    update_notes: list[str] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)


def is_short_heading(line: str) -> bool:
    """Headline-like: short, and not ending like a sentence (a question headline is allowed)."""
    if line.endswith("?"):
        return len(line) < 140 and len(line.split()) >= 2
    return len(line) < 200 and not re.search(r"[.!][\"”]?$", line) and len(line.split()) >= 2


def _classify(line: str) -> tuple[str, str] | None:
    if m := _EDITOR.match(line):
        return "editor", m.group("name").strip()
    if _UPDATE_NOTE.match(line):
        return "update_note", line
    if _RELATED.match(line):
        return "related", line
    if _LINK_RESIDUE.search(line):
        return "link_residue", line
    return None


def read_body(lines: list[str]) -> Trailer:
    """The body with trailer and inline boilerplate (editor line, update notes, link blocks) removed."""
    out = Trailer()
    body_lines: list[str] = []
    in_related = False
    for line in lines:
        if not line:
            in_related = False
            body_lines.append("")
            continue
        kind = _classify(line)
        if kind is None and in_related and is_short_heading(line):
            kind = ("related", line)
        if kind is None:
            body_lines.append(line)
            continue
        label, value = kind
        if label == "editor":
            out.editor = value
        elif label == "update_note":
            out.update_notes.append(line)
        elif label == "related":
            in_related = True
        out.boilerplate.append(f"{label}: {line}")
    out.body = re.sub(r"\n{3,}", "\n\n", "\n".join(body_lines)).strip()
    return out
