"""CLI: ledger verbs: claims, claim, timeline, actors, versions (see docs/ledger.md).

Each command opens the store, calls one function of ``sitroom.ledger.queries``
and renders its rows: a rich table for people, ``--format json|csv`` for scripts.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

import typer

from ..errors import BadDate, BadOption, DocumentNotFound, SitroomError
from .app import app, console, fail
from .tables import Col, render

DB_HELP = "Database URL or SQLite path (default: SITROOM_DB or ./sitroom.db)."
FORMAT_HELP = "table | json | csv"
WIDE_HELP = "Every column, cells folded instead of cut (default: one line per row, fits 80 columns)."


def _queries() -> Any:
    """The query module, imported by the first command that runs one (it brings SQLAlchemy)."""
    from ..ledger import queries

    return queries


def _store_versions() -> Any:
    """The store's version reader, imported by the command that uses it."""
    from ..store import versions

    return versions


def _query(db: str | None, fn: Callable[[Any], Any]) -> Any:
    from ..config import Settings
    from ..store import Store

    settings = Settings(db=db) if db else Settings()
    try:
        with Store.open(settings.db_url, create=False) as store, store.engine.connect() as conn:
            return fn(conn)
    except SitroomError as exc:
        fail(exc)


def check_limit(limit: int) -> None:
    if limit < 1:
        fail(BadOption(f"--limit {limit} shows nothing", hint="give a number of rows, 1 or more"))


def _check(fmt: str, since: str | None = None, until: str | None = None) -> None:
    if fmt not in ("table", "json", "csv"):
        fail(BadOption(f"unknown --format {fmt!r}", hint="use table, json or csv"))
    _check_dates(since, until)


def _check_dates(since: str | None, until: str | None) -> None:
    for flag, value in (("--since", since), ("--until", until)):
        if value:
            try:
                date.fromisoformat(value)
            except ValueError:
                fail(BadDate(f"{flag} {value!r} is not an ISO date", hint="write it as YYYY-MM-DD"))


def _flat(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value


def _emit(rows: Sequence[dict[str, Any]], fmt: str, columns: Sequence[Col], title: str, wide: bool = False) -> None:
    if fmt == "json":
        sys.stdout.write(json.dumps(list(rows), ensure_ascii=False, indent=1) + "\n")
        return
    if fmt == "csv":
        keys = list(rows[0]) if rows else [c.key for c in columns]
        writer = csv.DictWriter(sys.stdout, fieldnames=keys, extrasaction="ignore")
        writer.writeheader()
        for r in rows:
            writer.writerow({k: _flat(r.get(k)) for k in keys})
        return
    render(console, rows, columns, title, wide)
    if not rows:
        console.print("[dim]nothing matches; ingest articles with 'sitroom ingest' or widen the filters[/]")


_MARKS = {"assert": "+", "deny": "-", "unconfirm": "~", "hedge": "?"}


def _who(sources: list[dict[str, Any]], wide: bool = True) -> str:
    """"+KOR -RUS ~USA": codes when compact, names with --wide."""
    return (", " if wide else " ").join(
        f"{_MARKS.get(s['position'], '?')}{(s['name'] or s['source']) if wide else _short_source(s['source'])}"
        for s in sources)


def _short_source(key: str) -> str:
    return key.removeprefix("outlet:").removeprefix("name:")[:14]


def _numbers(series: list[dict[str, Any]], wide: bool = True) -> str:
    parts = []
    for s in series:
        low, high, latest = s["min"], s["max"], s["latest"]
        spread = f" ({low:g}–{high:g})" if low != high else ""
        parts.append(f"{s['name'] or s['claimant']}: {latest:g}{spread}" if wide else f"{latest:g}{spread}")
    return "; ".join(parts)


def _display(rows: list[dict[str, Any]], wide: bool = True) -> list[dict[str, Any]]:
    for r in rows:
        r["who"] = _who(r["sources"], wide)
        r["figures"] = _numbers(r["numbers"], wide)
        r["actor"] = r["actor_code"] or r["actor_key"]
        r["recipient"] = r["recipient_code"] or r["recipient_key"]
        r["event"] = f"{r['actor']} {r['type']} {r['recipient']}"
        said = r["first_stated"] or ""
        r["when"] = r["date_value"] or ((f"(said {said})" if said else "") if wide else said[:10])
    return rows


# Compact widths add up to 80 columns with the padding (claims are a one-line-per-row listing).
CLAIM_COLUMNS = [Col("id", "claim", 9), Col("when", "date", 10), Col("event", "event", 14),
                 Col("place_name", "place", wide_only=True), Col("status", "status", 6), Col("n_sources", "src", 3),
                 Col("n_articles", "arts", wide_only=True),
                 Col("who", "who +-~?", 19, "who says (+ asserts, - denies, ~ cannot confirm, ? hedges)"),
                 Col("figures", "numbers", 12, "numbers: latest (range)")]


WIDE = typer.Option(False, "--wide", "-w", help=WIDE_HELP)
MENTION_COLUMNS = [Col("stated", "said", 10), Col("outlet", "outlet", 14), Col("source_key", "src", 8, "source key"),
                   Col("source_name", "source", wide_only=True), Col("stance", "stance", 9),
                   Col("evidence_text", "evidence", 34), Col("how", "merged because", wide_only=True),
                   Col("state", "", wide_only=True)]
NUMBER_COLUMNS = [Col("stated", "said", 10), Col("claimant", "claimant", 10), Col("value", "value", 8),
                  Col("text", "as written", 40), Col("unit", "unit", wide_only=True),
                  Col("document", "article", wide_only=True)]


@app.command()
def claims(
    status: str | None = typer.Option(None, "--status", help="corroborated | single-source | disputed | denied | "
                                                              "unconfirmed"),
    actor: str | None = typer.Option(None, "--actor", help="Actor code on either side, e.g. PRK or PRKMIL."),
    event_type: str | None = typer.Option(None, "--type", help="PLOVER event type, e.g. ASSAULT."),
    since: str | None = typer.Option(None, "--since", help="Events on or after this date (YYYY-MM-DD)."),
    until: str | None = typer.Option(None, "--until", help="Events on or before this date (YYYY-MM-DD)."),
    limit: int = typer.Option(50, "--limit", "-n", help="At most this many claims, newest first."),
    fmt: str = typer.Option("table", "--format", "-f", help=FORMAT_HELP),
    wide: bool = WIDE,
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Merged events as claims: who asserts, who denies, the resulting status, and the numbers given."""
    _check(fmt, since, until)
    check_limit(limit)
    rows = _query(db, lambda conn: _queries().list_claims(conn, status=status, actor=actor, event_type=event_type,
                                                      since=since, until=until, limit=limit))
    _emit(_display(rows, wide) if fmt == "table" else rows, fmt, CLAIM_COLUMNS, "Claims", wide)


def _header(c: dict[str, Any]) -> None:
    """One claim as labelled lines: everything fits 80 columns without a table."""
    place = ", ".join(str(v) for v in (c["place_name"], c["place_country"]) if v)
    lines = [("claim", c["id"]), ("event", c["event"]), ("date", c["when"]), ("place", place),
             ("status", f"{c['status']} ({c['n_sources']} sources, {c['n_articles']} articles)"),
             ("who", c["who"]), ("numbers", c["figures"])]
    for label, value in lines:
        if value:
            console.print(f"[bold]{label:>8}[/] {value}", overflow="fold", highlight=False)


def number_trail(series: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every figure of a claim in statement order, with who gave it."""
    points = [p | {"claimant": s["claimant"], "unit": s["unit"]} for s in series for p in s["points"]]
    return sorted(points, key=lambda p: (p["stated"] or "", p["claimant"]))


@app.command()
def claim(
    claim_id: str = typer.Argument(..., help="A claim id (or a unique prefix) from 'sitroom claims'."),
    fmt: str = typer.Option("table", "--format", "-f", help=FORMAT_HELP),
    wide: bool = WIDE,
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """One claim with every mention (article, source, stance, evidence, why merged) and its figures over time."""
    _check(fmt)
    detail = _query(db, lambda conn: _queries().claim_detail(conn, _queries().resolve_claim_id(conn, claim_id)))
    if detail is None:
        fail(DocumentNotFound(f"no claim with id {claim_id!r}", hint="run 'sitroom claims' to see claim ids"))
    if fmt == "json":
        sys.stdout.write(json.dumps(detail, ensure_ascii=False, indent=1) + "\n")
        return
    rows = [m | {"how": "founded" if m["match"].get("founded") else ", ".join(
        f"{k}: {v}" for k, v in m["match"].items()), "state": "superseded" if m["superseded"] else ""}
        for m in detail["mentions"]]
    if fmt == "table":
        _header(_display([dict(detail)], True)[0])
    _emit(rows, fmt, MENTION_COLUMNS, "Mentions", wide)
    if fmt == "table" and detail["numbers"]:
        _emit(number_trail(detail["numbers"]), fmt, NUMBER_COLUMNS, "Figures over time", wide)


@app.command()
def timeline(
    actor: str | None = typer.Option(None, "--actor", help="Actor code on either side, e.g. PRK."),
    event_type: str | None = typer.Option(None, "--type", help="PLOVER event type, e.g. ASSAULT."),
    status: str | None = typer.Option(None, "--status", help="Only claims with this status."),
    since: str | None = typer.Option(None, "--since", help="From this date (YYYY-MM-DD)."),
    until: str | None = typer.Option(None, "--until", help="Up to this date (YYYY-MM-DD)."),
    limit: int = typer.Option(200, "--limit", "-n", help="At most this many events, oldest first."),
    fmt: str = typer.Option("table", "--format", "-f", help=FORMAT_HELP),
    wide: bool = WIDE,
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Events in date order with their claim status."""
    _check(fmt, since, until)
    check_limit(limit)
    rows = _query(db, lambda conn: _queries().timeline(conn, actor=actor, event_type=event_type, status=status,
                                                   since=since, until=until, limit=limit))
    _emit(_display(rows, wide) if fmt == "table" else rows, fmt,
          [Col("when", "date", 10), Col("event", "event", 18), Col("place_name", "place", 12),
           Col("status", "status"), Col("who", "who says", 22), Col("id", "claim")], "Timeline", wide)


@app.command()
def actors(
    actor: str | None = typer.Option(None, "--actor", help="Only pairs involving this actor (country/IGO key)."),
    limit: int = typer.Option(100, "--limit", "-n", help="At most this many pairs, busiest first."),
    fmt: str = typer.Option("table", "--format", "-f", help=FORMAT_HELP),
    wide: bool = WIDE,
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Who acts on whom: event counts per actor pair and event type."""
    _check(fmt)
    check_limit(limit)
    rows = _query(db, lambda conn: _queries().actor_network(conn, actor=actor, limit=limit))
    if fmt == "table":
        for r in rows:
            r["by_type"] = ", ".join(f"{t} {n}" for t, n in sorted(r["types"].items(), key=lambda kv: -kv[1]))
    _emit(rows, fmt, [Col("actor", "actor", 10), Col("recipient", "recipient", 10), Col("events", "events"),
                      Col("mentions", "mentions"), Col("by_type", "by type", 36)], "Who acts on whom", wide)


@app.command()
def versions(
    doc: str = typer.Argument(..., help="Id (or id prefix) of any version of the story."),
    fmt: str = typer.Option("table", "--format", "-f", help=FORMAT_HELP),
    wide: bool = WIDE,
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """The stored versions of a story and what each update added or removed."""
    _check(fmt)
    story = _query(db, lambda conn: _store_versions().story_versions(conn, doc))
    if fmt == "json":
        sys.stdout.write(json.dumps(story, ensure_ascii=False, indent=1) + "\n")
        return
    change_rows = [
        {"to": ch["to"], "what": what, "change": sign + " " + line}
        for ch in story["changes"]
        for what in ("claims", "quotes", "numbers")
        for sign, key in (("+", "added"), ("-", "removed"))
        for line in ch[what][key]
    ] + [{"to": ch["to"], "what": "note", "change": note} for ch in story["changes"] for note in ch["notes"]]
    if fmt == "csv":
        _emit(change_rows, fmt, [], "")
        return
    _emit(story["versions"], fmt, [Col("version", "v"), Col("id", "document"), Col("published", "published", 16),
                                   Col("updated", "updated", 16, wide_only=True), Col("events", "events"),
                                   Col("quotes", "quotes"), Col("numbers", "numbers", wide_only=True),
                                   Col("title", "title", 30)], "Versions", wide)
    _emit(change_rows, fmt, [Col("to", "version"), Col("what", "what"), Col("change", "change", 60)], "Changes", wide)
