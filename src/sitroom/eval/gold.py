"""Gold files: hand annotations of one article, in the shape of the record contract.

A gold file is a partial ``sitroom/1`` record that names actors instead of
pointing at ids, so that people can write it by hand. A component left out of
the file is not scored for that article; a component given is taken as
complete. Inside an item, a key left out is not checked, ``null`` means "there
is none" and a value must match (see ``docs/eval.md``). Every text a gold item
quotes from the article is checked against the article when the file loads,
so a typo in the gold fails loudly instead of silently lowering a score.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from ..errors import GoldFormatError
from ..records import SCHEMA, Document, EventType, QuoteKind, Stance
from .corpus import corpus_document


class GoldItem(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    def given(self, key: str) -> bool:
        """Whether the annotator wrote ``key`` (null included): keys left out are not checked."""
        return key in self.model_fields_set


class GoldSource(GoldItem):
    text_file: str | None = Field(None, description="article text, relative to the gold file")
    text: str | None = None
    corpus: str | None = Field(None, description="a corpus read at evaluation time, e.g. 'newswire'")
    corpus_id: str | None = Field(None, description="the article's id in that corpus")
    reference_date: str | None = Field(None, description="ISO date for undated articles")

    @model_validator(mode="after")
    def _one_text(self) -> GoldSource:
        given = [self.text_file is not None, self.text is not None, self.corpus is not None]
        if sum(given) != 1:
            raise ValueError("give exactly one of 'text_file', 'text' or 'corpus' (with 'corpus_id')")
        if (self.corpus is None) != (self.corpus_id is None):
            raise ValueError("'corpus' and 'corpus_id' go together")
        return self


class GoldActor(GoldItem):
    name: str
    code: str | None = None
    aliases: list[str] = Field(default_factory=list)


class GoldEvent(GoldItem):
    type: list[EventType] = Field(description="first type is the primary; others are accepted alternatives")
    actor: str | None = None
    recipient: str | None = None
    date: str | None = None
    stance: Stance = "asserted"
    negated: bool = False
    source: str | None = None
    evidence: str | None = None

    @field_validator("type", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    @field_validator("type")
    @classmethod
    def _not_empty(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError("an event needs at least one type")
        return value


class GoldQuote(GoldItem):
    text: str
    speaker: str | None = None
    kind: QuoteKind = "direct"


class GoldTime(GoldItem):
    text: str
    value: str | None = None


class GoldQuantity(GoldItem):
    value: float
    value_max: float | None = Field(None, description="upper bound of a range")
    text: str | None = None
    unit: str | None = None
    claimant: str | None = None


class GoldPlace(GoldItem):
    text: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


class GoldFile(GoldItem):
    schema_: str = Field(SCHEMA, alias="schema")
    document: GoldSource
    actors: list[GoldActor] | None = None
    events: list[GoldEvent] | None = None
    quotes: list[GoldQuote] | None = None
    times: list[GoldTime] | None = None
    quantities: list[GoldQuantity] | None = None
    places: list[GoldPlace] | None = None

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    @field_validator("schema_")
    @classmethod
    def _known_schema(cls, value: str) -> str:
        if value != SCHEMA:
            raise ValueError(f"unknown schema {value!r}; this sitroom reads {SCHEMA!r}")
        return value


class GoldDocument(BaseModel):
    """A validated gold file with its article text loaded."""

    model_config = ConfigDict(frozen=True)

    path: str
    text: str
    gold: GoldFile
    document: Document | None = None

    @property
    def name(self) -> str:
        return Path(self.path).name.removesuffix(".json").removesuffix(".gold")


def fold(text: str) -> str:
    """Case- and quote-mark-insensitive form with the same length, so offsets stay valid."""
    out = []
    for ch in text:
        low = ch.lower()
        ch = low if len(low) == 1 else ch
        out.append(_MARKS.get(ch, ch))
    return "".join(out)


_MARKS = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
          "\u00a0": " "}


def _json_path(loc: tuple[int | str, ...]) -> str:
    path = "$"
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def _fail(where: Path, path: str, problem: str) -> GoldFormatError:
    return GoldFormatError(
        f"bad gold at {path}: {problem}", where=str(where),
        hint="fix the gold file (format in docs/eval.md); quoted texts must be copied from the article",
    )


def _text_checks(gold: GoldFile) -> list[tuple[str, str]]:
    """(JSON path, text) pairs that must occur in the article."""
    checks: list[tuple[str, str]] = []
    for i, e in enumerate(gold.events or []):
        if e.evidence:
            checks.append((f"$.events[{i}].evidence", e.evidence))
    for i, q in enumerate(gold.quotes or []):
        checks.append((f"$.quotes[{i}].text", q.text))
    for i, t in enumerate(gold.times or []):
        checks.append((f"$.times[{i}].text", t.text))
    for i, p in enumerate(gold.places or []):
        checks.append((f"$.places[{i}].text", p.text))
    for i, n in enumerate(gold.quantities or []):
        if n.text:
            checks.append((f"$.quantities[{i}].text", n.text))
    return checks


def parse_gold(data: Any, where: Path) -> GoldDocument:
    """Validate one parsed gold object and load its article; raise E030 naming the JSON path."""
    try:
        gold = GoldFile.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        raise _fail(where, _json_path(tuple(err["loc"])), err["msg"]) from None
    document = _corpus_article(gold.document, where) if gold.document.corpus is not None else None
    if document is not None:
        text = document.text
    elif gold.document.text is not None:
        text = gold.document.text
    else:
        text_path = (where.parent / str(gold.document.text_file)).resolve()
        try:
            text = text_path.read_text(encoding="utf-8")
        except OSError as exc:
            raise _fail(where, "$.document.text_file", f"cannot read {text_path}: {exc.strerror}") from None
    folded = fold(text)
    for path, snippet in _text_checks(gold):
        if fold(snippet) not in folded:
            raise _fail(where, path, f"{snippet!r} does not occur in the article")
    return GoldDocument(path=str(where), text=text, gold=gold, document=document)


def _corpus_article(source: GoldSource, where: Path) -> Document:
    try:
        return corpus_document(str(source.corpus), str(source.corpus_id), source.reference_date)
    except (KeyError, OSError, ValueError) as exc:
        raise _fail(where, "$.document.corpus_id", str(exc).strip("'\"")) from None


def load_gold_file(path: Path) -> GoldDocument:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise GoldFormatError(f"cannot read gold file: {exc.strerror}", where=str(path),
                              hint="pass a gold JSON file or a folder of *.gold.json files") from None
    except json.JSONDecodeError as exc:
        raise _fail(path, "$", f"not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}") from None
    return parse_gold(data, path)


def gold_files(path: Path) -> list[Path]:
    """A folder holds ``*.gold.json`` files (any depth); plain ``*.json`` if there are none."""
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise GoldFormatError("no such gold file or folder", where=str(path),
                              hint="pass a gold JSON file or a folder of *.gold.json files")
    found = sorted(path.rglob("*.gold.json")) or sorted(path.rglob("*.json"))
    if not found:
        raise GoldFormatError("the folder holds no gold JSON files", where=str(path),
                              hint="name gold files <article>.gold.json")
    return found


def load_gold(paths: list[Path] | Path) -> list[GoldDocument]:
    """Load gold from files and folders, in a stable order."""
    if isinstance(paths, Path):
        paths = [paths]
    return [load_gold_file(f) for p in paths for f in gold_files(p)]


def gold_json_schema() -> dict[str, Any]:
    """JSON Schema of a gold file, for editors and CI checks of hand-written gold."""
    schema = GoldFile.model_json_schema(by_alias=True)
    schema["title"] = "sitroom/1 gold file"
    return schema
