"""The record contract ``sitroom/1``: what one analysed article becomes.

Records are frozen so that a record handed to the store, an exporter or a user
cannot drift from the evidence it was built from. Every extracted item carries
character offsets into ``document.text`` and, where a rule produced it, the
rule's name (``rule``) so that a reader can see why it is there.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA = "sitroom/1"

ActorType = Literal["state", "igo", "org", "person", "group"]
# actor types that are bodies, not people: a statement speaks for one, a body removes its members
BODY_TYPES: frozenset[str] = frozenset({"state", "igo", "org", "group"})
Stance = Literal[
    "asserted", "reported", "denied", "unconfirmed", "speculative", "planned", "conditional", "declined"
]
QuoteKind = Literal["direct", "partial", "indirect"]
Grain = Literal["day", "month", "year", "part", "time", "week", "decade", "season"]
DateSource = Literal["own", "episode", "statement", "article"]
EventType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class DateConflict(Record):
    """Something in the text that contradicts the article's date; the date is still used, but not silently."""

    kind: Literal["past_date_after", "weekday_mismatch", "sources_disagree"]
    text: str
    start: int | None = Field(None, description="offsets into document.text; null for header lines")
    end: int | None = None
    detail: str


class DateEvidence(Record):
    """Where the reference date came from: the step that found it, the text it was read from, and checks."""

    value: str
    rule: str = Field(description="the date finder that found it, e.g. lead_dateline, date_line, stamp:published")
    text: str | None = None
    start: int | None = Field(None, description="offsets into document.text when the date stayed in the body")
    end: int | None = None
    year: Literal["stated", "published", "updated", "user", "text"] = Field(
        "stated", description="where the year came from; anything but 'stated' means it was inferred")
    conflicts: list[DateConflict] = Field(default_factory=list)


class Document(Record):
    id: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    subtitle: str | None = None
    dateline: str | None = None
    published: datetime | None = None
    updated: datetime | None = None
    authors: list[str] = Field(default_factory=list)
    editor: str | None = None
    update_notes: list[str] = Field(default_factory=list)
    language: str = "en"
    text: str
    reference_date: str | None = Field(
        None, description="ISO date that relative expressions were resolved against; null if none was found"
    )
    reference_date_source: Literal["published", "updated", "dateline", "user", "none"] = "none"
    date_evidence: DateEvidence | None = None
    source_path: str | None = None
    reader: str | None = Field(None, description="which reader produced the document")
    boilerplate: list[str] = Field(default_factory=list, description="lines removed from the body")
    repairs: list[str] = Field(default_factory=list,
                               description="encoding repairs applied at ingest (ftfy steps); empty if none")


class Actor(Record):
    id: str
    name: str
    type: ActorType
    country: str | None = None
    role: str | None = None
    code: str | None = None
    mentions: list[tuple[int, int]] = Field(default_factory=list)
    rule: str | None = None


class Attribution(Record):
    source: str | None = Field(None, description="actor id of who makes the claim; null = the outlet itself")
    cue: str | None = None
    stance: Stance = "asserted"
    negated: bool = False
    via: list[str] = Field(default_factory=list, description="actor ids that relay the claim, not sources")
    date: str | None = Field(None, description="time id of when the statement was made")


class Evidence(Record):
    start: int
    end: int
    text: str


class Event(Record):
    id: str
    type: EventType
    mode: str | None = None
    context: str | None = None
    cameo: str | None = None
    intensity: float | None = None
    actor: str | None = None
    recipient: str | None = None
    date: str | None = Field(None, description="time id of the event's own time, where the text gives one")
    sort_date: str | None = Field(
        None, description="ISO date to sort on: the event's own time, else its statement's, else the article's"
    )
    date_grain: Grain | None = Field(None, description="grain of sort_date")
    date_source: DateSource | None = Field(
        None, description="where sort_date came from: own, episode (the day of the episode told), statement or article")
    place: str | None = None
    quantity: str | None = None
    attribution: Attribution = Field(default_factory=Attribution)
    evidence: Evidence
    confidence: float = 0.5
    rule: str | None = None


class Quote(Record):
    id: str
    text: str
    kind: QuoteKind
    speaker: str | None = None
    cue: str | None = None
    start: int
    end: int
    attribution: Attribution | None = None
    rule: str | None = None


class Quantity(Record):
    id: str
    value: float
    value_max: float | None = Field(None, description="upper bound of a range")
    unit: str | None = None
    approximate: bool = False
    qualifier: str | None = Field(None, description="about, almost, more than, up to …")
    text: str
    claimant: str | None = None
    event: str | None = None
    start: int
    end: int
    attribution: Attribution | None = None
    rule: str | None = None


class Time(Record):
    id: str
    text: str
    value: str | None = None
    grain: Grain | None = None
    part: str | None = Field(None, description="early, mid, late … for grain 'part'")
    value_end: str | None = Field(None, description="last value of a range ('1957-58': value 1957, value_end 1958)")
    start: int
    end: int
    rule: str | None = None


class Place(Record):
    id: str
    text: str
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str | None = Field(None, description="country, adm1, city, region")
    start: int
    end: int
    rule: str | None = None


class Analysis(Record):
    schema_: str = Field(SCHEMA, alias="schema")
    document: Document
    actors: list[Actor] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    times: list[Time] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    def to_json(self, indent: int | None = None) -> str:
        return self.model_dump_json(by_alias=True, indent=indent)

    def to_dict(self) -> dict:
        return self.model_dump(mode="json", by_alias=True)

    @classmethod
    def from_json(cls, data: str | bytes) -> Analysis:
        return cls.model_validate_json(data)


def json_schema() -> dict:
    """The JSON Schema users validate exports against (``sitroom schema``)."""
    schema = Analysis.model_json_schema(by_alias=True)
    schema["$id"] = "https://sitroom.dev/schema/sitroom-1.json"
    schema["title"] = "sitroom/1 analysis record"
    return schema
