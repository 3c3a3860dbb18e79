"""Convert the PETRARCH2 CAMEO verb dictionary and Phoenix agent dictionary into sitroom resources.

Run: ``python scripts/convert_petrarch.py DICT_DIR COMMIT`` where DICT_DIR is
``petrarch2/data/dictionaries`` of a checkout of openeventdata/petrarch2 (MIT licence)
and COMMIT the commit it was taken from. Writes
``src/sitroom/resources/petrarch_verbs.csv`` (verb phrases as event-pattern rows) and
``src/sitroom/resources/petrarch_agents.csv`` (agent nouns with their role codes),
each headed by its source, commit and licence. Only the dictionaries' data is used.

What fits sitroom's pattern language is converted, the rest is counted and left out:

- a pattern is kept for the verbs its comment says it was found with (else the block's own
  verb), not spread over every synonym of the block as PETRARCH does (a precision guard:
  "maintain *right*" says nothing about "uphold"); a synonym written with an underscore and
  a particle ("ROUND_UP") becomes the verb plus ``prt:``;
- a pattern with nothing but source/target markers before the verb and at most one
  object word (or synonym set, or multi-word noun: its last word) and one prepositional
  phrase after it becomes a frame: ``dobj:W``, ``prep:P=W``, ``prt:W`` for a particle;
- the CAMEO code goes to a PLOVER type: the type that sitroom's own pattern table gives
  that code (or its three-digit parent) most often, else the type of its root in
  ``cameo_quad.csv``, with roots 19 and 20 as ASSAULT, 02 as REQUEST and 09 as ACCUSE;
  root 01 (public statements) has no PLOVER event and is dropped.
"""

from __future__ import annotations

import csv
import io
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "src" / "sitroom" / "resources"
PARTICLES = frozenset({"up", "down", "out", "off", "in", "over", "back", "away", "on", "aside", "forward"})
EXTRA_ROOTS = {"02": "REQUEST", "09": "ACCUSE", "19": "ASSAULT", "20": "ASSAULT"}
_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_CODE = re.compile(r"\[([0-9]{2,4})\]")
_TOKEN = re.compile(r"\([^)]*\)|\{[^}]*\}|\S+")
PATTERN_COLUMNS = ["id", "lemma", "pos", "frame", "plover_type", "mode", "context", "cameo", "intensity",
                   "confidence", "roles", "source_verb"]


@dataclass
class Stats:
    blocks: int = 0
    patterns: int = 0
    converted: int = 0
    unmapped: int = 0
    too_complex: int = 0


def _load_rows(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines))


def plover_map() -> dict[str, str]:
    """CAMEO code (and parents) → PLOVER type, from sitroom's own tables."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for row in _load_rows(RESOURCES / "event_patterns.csv"):
        code = (row.get("cameo") or "").strip()
        if code:
            votes[code][row["plover_type"]] += 1
            votes[code[:3]][row["plover_type"]] += 1
    out = {code: c.most_common(1)[0][0] for code, c in votes.items()}
    for row in _load_rows(RESOURCES / "cameo_quad.csv"):
        out.setdefault("root" + row["root"], row["plover"])
    for root, kind in EXTRA_ROOTS.items():
        out.setdefault("root" + root, kind)
    return out


def plover_type(code: str, table: dict[str, str]) -> str | None:
    if code.startswith("01"):
        return None
    return table.get(code) or table.get(code[:3]) or table.get("root" + code[:2])


def synsets(lines: Iterable[str]) -> dict[str, list[str]]:
    """``&NAME`` followed by ``+WORD`` lines: word classes that patterns refer to."""
    out: dict[str, list[str]] = {}
    current: str | None = None
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if line.startswith("&") and " " not in line:
            current = line[1:].upper()
            out[current] = []
        elif line.startswith("+") and current:
            out[current].append(line[1:].strip().split()[0].lower())
        elif line.startswith("---"):
            current = None
    return out


def _words(token: str, sets: dict[str, list[str]]) -> list[str] | None:
    """Head words of one pattern element: a word, a {multi word} (its last word) or a &SET."""
    token = token.strip("{}")
    if token.startswith("&"):
        return sets.get(token[1:].upper())
    parts = [p for p in token.replace("_", " ").split() if p not in ("$", "+", "%", "^")]
    if not parts or not all(p.isalpha() or "-" in p for p in parts):
        return None
    return [parts[-1].lower()]


def frame_of(pattern: str, sets: dict[str, list[str]]) -> str | None:
    """A sitroom frame for the part of a pattern after ``*``, or None when it does not fit."""
    before, star, after = pattern.partition("*")
    if not star or any(t not in ("$", "+", "%", "-") for t in before.split()):
        return None
    conds: list[str] = []
    kinds: set[str] = set()
    for tok in _TOKEN.findall(after):
        if tok in ("$", "+", "%", "^"):
            continue
        if tok.startswith("("):
            inner = [t for t in tok.strip("()").split() if t not in ("$", "+", "%", "^")]
            if not inner or "prep" in kinds:
                return None
            prep = inner[0].lower()
            words = _words(" ".join(inner[1:]), sets) if len(inner) > 1 else []
            if words is None or not prep.isalpha():
                return None
            conds.append(f"prep:{prep}" + (f"={'|'.join(sorted(set(words)))}" if words else ""))
            kinds.add("prep")
            continue
        words = _words(tok, sets)
        if words is None or "dobj" in kinds or "prep" in kinds:
            return None
        if len(words) == 1 and words[0] in PARTICLES and not conds:
            conds.append(f"prt:{words[0]}")
            kinds.add("prt")
            continue
        conds.append("dobj:" + "|".join(sorted(set(words))))
        kinds.add("dobj")
    return " + ".join(conds) if conds else None


def _synonym(line: str) -> tuple[str, str | None] | None:
    word = line.split("#", 1)[0].split("{", 1)[0].strip()
    if not word or not re.fullmatch(r"[A-Za-z_]+", word):
        return None
    parts = word.lower().split("_")
    if len(parts) == 1:
        return parts[0], None
    if len(parts) == 2 and parts[1] in PARTICLES:
        return parts[0], parts[1]
    return None


def _origin(block: list[tuple[str, str | None]], line: str, name: str) -> list[tuple[str, str | None]]:
    """The synonyms a pattern was written for: those its comment names (the verb it was found with),
    else the block's own verb. A pattern is not spread over every synonym: "maintain *right*" says
    nothing about "uphold"."""
    comment = line.split("#", 1)[1] if "#" in line else ""
    named = {w.lower() for w in re.findall(r"[A-Za-z_]+", comment)}
    if not named:
        named = {name}
    return [(lemma, particle) for lemma, particle in block
            if (f"{lemma}_{particle}" if particle else lemma) in named]


def convert_verbs(text: str, table: dict[str, str], stats: Stats) -> list[dict[str, str]]:
    lines = text.splitlines()
    sets = synsets(lines)
    rows: list[dict[str, str]] = []
    block: list[tuple[str, str | None]] = []
    name = ""
    seen: set[tuple[str, str]] = set()
    for raw in lines:
        if m := _HEADER.match(raw):
            stats.blocks += 1
            block, name = [], m.group(1).lower()
            continue
        line = raw.strip()
        if not name or not line or line.startswith("#") or line.startswith("&") or line.startswith("+"):
            continue
        if not line.startswith("-"):
            syn = _synonym(line)
            if syn:
                block.append(syn)
            continue
        stats.patterns += 1
        code = _CODE.search(line)
        kind = plover_type(code.group(1), table) if code else None
        if code is None or kind is None:
            stats.unmapped += 1
            continue
        frame = frame_of(line[1:].split("[", 1)[0], sets)
        if frame is None:
            stats.too_complex += 1
            continue
        for lemma, particle in _origin(block, line, name):
            full = " + ".join(x for x in (f"prt:{particle}" if particle else "", frame) if x)
            if "prt:" in full and full.count("prt:") > 1 or (lemma, full) in seen:
                continue
            seen.add((lemma, full))
            stats.converted += 1
            rows.append({"id": f"petrarch.{lemma}.{len(rows) + 1}", "lemma": lemma, "pos": "VERB",
                         "frame": full, "plover_type": kind, "mode": "", "context": "",
                         "cameo": code.group(1), "intensity": "", "confidence": "0.55", "roles": "",
                         "source_verb": name})
    return rows


def _expand(word: str, macros: dict[str, list[str]]) -> list[str]:
    for key, values in macros.items():
        if f"!{key}!" in word:
            return [w for v in values for w in _expand(word.replace(f"!{key}!", v), macros)]
    return [word]


def convert_agents(text: str) -> list[dict[str, str]]:
    """``NOUN_PHRASE [~CODE]`` lines (with ``!MACRO!`` expansions) → noun phrase, role code."""
    macros: dict[str, list[str]] = {}
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if m := re.match(r"^!(\w+)!\s*=\s*(.+)$", line):
            macros[m.group(1).lower()] = [w.strip().lower() for w in m.group(2).split(",") if w.strip()]
            continue
        if not (m := re.match(r"^([A-Z0-9_!'.&-]+)\s*\[~(\w+)\]", line)):
            continue
        for phrase in _expand(m.group(1).lower(), macros):
            phrase = phrase.replace("_", " ").strip()
            if phrase and phrase not in seen and "!" not in phrase:
                seen.add(phrase)
                rows.append({"phrase": phrase, "code": m.group(2)})
    return rows


def _write(path: Path, header: str, columns: list[str], rows: list[dict[str, str]]) -> None:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(header + buf.getvalue(), encoding="utf-8")


def _header(what: str, source: str, commit: str, extra: str) -> str:
    return (f"# {what}\n# Converted by scripts/convert_petrarch.py from openeventdata/petrarch2 {source}\n"
            f"# at commit {commit}. Licence: MIT, Copyright (c) 2014 Open Event Data (data only; no code).\n"
            f"# {extra}\n")


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__)
        return 2
    folder, commit = Path(argv[1]), argv[2]
    stats = Stats()
    verbs = convert_verbs((folder / "CAMEO.2.0.txt").read_text(encoding="utf-8", errors="replace"),
                          plover_map(), stats)
    _write(RESOURCES / "petrarch_verbs.csv",
           _header("CAMEO verb phrases as event-pattern rows (columns as in event_patterns.csv, plus the "
                   "PETRARCH verb block).", "petrarch2/data/dictionaries/CAMEO.2.0.txt", commit,
                   f"{stats.converted} rows from {stats.patterns} patterns in {stats.blocks} verb blocks; "
                   f"{stats.unmapped} without a PLOVER type, {stats.too_complex} beyond sitroom's frames."),
           PATTERN_COLUMNS, verbs)
    agents = convert_agents((folder / "Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace"))
    _write(RESOURCES / "petrarch_agents.csv",
           _header("Phoenix agent nouns with their agent codes (COP police, MIL military, REB rebels …).",
                   "petrarch2/data/dictionaries/Phoenix.agents.txt", commit, f"{len(agents)} phrases."),
           ["phrase", "code"], agents)
    print(f"verbs: {stats}; agents: {len(agents)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
