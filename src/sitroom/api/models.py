"""Public shapes of the API (what it returns) and create shapes (what it accepts), kept apart.

The ledger hands back plain rows; these models are the contract the OpenAPI
document publishes and schemathesis checks every response against.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Status = Literal["corroborated", "single-source", "disputed", "denied", "unconfirmed"]


class Public(BaseModel):
    model_config = ConfigDict(extra="ignore")


class ErrorDetail(Public):
    code: str = Field(description="the same E-code as the CLI (see the README's error table)")
    message: str
    where: str | None = None
    hint: str | None = None


class ErrorResponse(Public):
    error: ErrorDetail


class SourcePosition(Public):
    source: str
    name: str | None = None
    position: Literal["assert", "deny", "hedge", "unconfirm"]
    stances: list[str] = []
    codes: list[str] = []   # the actor codes this source spoke as (one government, several bodies)
    mentions: int = 0
    articles: int = 0
    last_stated: str | None = None


class NumberPoint(Public):
    stated: str | None = None
    value: float
    value_max: float | None = None
    approximate: bool = False
    text: str | None = None
    document: str | None = None
    qualifier: str | None = None   # "up to", "about", "at least"


class NumberSeries(Public):
    claimant: str
    name: str | None = None
    unit: str | None = None
    latest: float
    latest_max: float | None = None
    latest_stated: str | None = None
    min: float
    max: float
    points: list[NumberPoint] = []


class ClaimPublic(Public):
    id: str
    type: str
    cameo: str | None = None
    intensity: float | None = None
    actor_code: str | None = None
    actor_key: str
    actor_name: str | None = None
    recipient_code: str | None = None
    recipient_key: str
    recipient_name: str | None = None
    date_value: str | None = None
    grain: str | None = None
    sort_date: str | None = None
    place_name: str | None = None
    place_country: str | None = None
    lat: float | None = None
    lon: float | None = None
    status: str
    n_mentions: int
    n_sources: int
    n_articles: int
    first_stated: str | None = None
    last_stated: str | None = None
    first_url: str | None = None
    sources: list[SourcePosition] = []
    numbers: list[NumberSeries] = []


class Mention(Public):
    document_id: str
    event_id: str
    type: str
    actor_code: str | None = None
    recipient_code: str | None = None
    date_value: str | None = None
    source_key: str
    source_name: str | None = None
    stance: str
    negated: bool
    via: list[str] = []
    stated: str | None = None
    outlet: str | None = None
    url: str | None = None
    evidence_start: int
    evidence_end: int
    evidence_text: str
    match: dict[str, Any] = {}
    superseded: bool


class ClaimDetail(ClaimPublic):
    mentions: list[Mention] = []


class Page(Public):
    limit: int
    offset: int
    next_offset: int | None = Field(None, description="pass as offset for the next page; null on the last page")


class ClaimPage(Page):
    items: list[ClaimPublic]


class EventPublic(Public):
    document_id: str
    id: str
    type: str
    mode: str | None = None
    cameo: str | None = None
    intensity: float | None = None
    actor_code: str | None = None
    recipient_code: str | None = None
    date: str | None = None
    source_code: str | None = None
    stance: str
    negated: bool
    confidence: float | None = None
    evidence_start: int | None = None
    evidence_end: int | None = None
    evidence_text: str | None = None


class EventPage(Page):
    items: list[EventPublic]


class ActorPair(Public):
    actor: str
    recipient: str
    events: int
    mentions: int
    types: dict[str, int]


class ActorPage(Page):
    items: list[ActorPair]


class DocumentSummary(Public):
    id: str
    version: int
    previous_id: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    reference_date: str | None = None
    n_events: int
    n_quotes: int
    ingested_at: str


class DocumentPage(Page):
    items: list[DocumentSummary]


class VersionSummary(Public):
    id: str
    version: int
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    updated: str | None = None
    events: int
    quotes: int
    numbers: int


class StoryVersions(Public):
    story: str | None = None
    versions: list[VersionSummary]
    changes: list[dict[str, Any]]


class DocumentCreate(BaseModel):
    """One article to analyse: its text, and what a reader would otherwise take from a page header."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="the article; header lines (title, dateline, byline) are recognised")
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = Field(None, description="ISO date or datetime the article was published")
    date: str | None = Field(None, description="reference date (YYYY-MM-DD) when the article carries none")


class DocumentsCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    documents: list[DocumentCreate] = Field(min_length=1, max_length=100)


class IngestItem(Public):
    status: Literal["stored", "unchanged", "new_version", "failed"]
    id: str | None = None
    previous_id: str | None = None
    version: int | None = None
    error: ErrorDetail | None = None


class IngestResponse(Public):
    items: list[IngestItem]
    counts: dict[str, int]


class Health(Public):
    status: Literal["ok"]
    version: str
    documents: int
    store: str


class StoryClaim(ClaimPublic):
    """A claim of a story with who holds each position on it."""

    asserts: list[str] = []
    denies: list[str] = []
    cannot_confirm: list[str] = []
    hedges: list[str] = []


class Story(Public):
    """One story: its main claims, the figures over time, the timeline and the articles."""

    seed: str | None
    claims: list[StoryClaim]
    numbers: list[dict[str, Any]]
    timeline: list[dict[str, Any]]
    articles: list[dict[str, Any]]
