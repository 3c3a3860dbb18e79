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

DB_HELP = "Database URL or SQLite path (default: SITROOM_DB or ./sitroom.db)."
FORMAT_HELP = "table | json | csv"
STATUS_STYLE = {"corroborated": "green", "single-source": "yellow", "disputed": "magenta", "denied": "red",
                "unconfirmed": "dim"}


def _queries() -> Any:
    """The query module, imported by the first command that runs one (it brings SQLAlchemy)."""
    from ..ledger import queries

    return queries


def _query(db: str | None, fn: Callable[[Any], Any]) -> Any:
    from ..config import Settings
    from ..store import Store

    settings = Settings(db=db) if db else Settings()
    try:
        with Store.open(settings.db_url) as store, store.engine.connect() as conn:
            return fn(conn)
    except SitroomError as exc:
        fail(exc)


def _check(fmt: str, since: str | None = None, until: str | None = None) -> None:
    if fmt not in ("table", "json", "csv"):
        fail(BadOption(f"unknown --format {fmt!r}", hint="use table, json or csv"))
    for flag, value in (("--since", since), ("--until", until)):
        if value:
            try:
                date.fromisoformat(value)
            except ValueError:
                fail(BadDate(f"{flag} {value!r} is not an ISO date", hint="write it as YYYY-MM-DD"))


def _flat(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value


def _emit(rows: Sequence[dict[str, Any]], fmt: str, columns: Sequence[tuple[str, str]], title: str) -> None:
    if fmt == "json":
        sys.stdout.write(json.dumps(list(rows), ensure_ascii=False, indent=1) + "\n")
        return
    if fmt == "csv":
        keys = list(rows[0]) if rows else [k for k, _ in columns]
        writer = csv.DictWriter(sys.stdout, fieldnames=keys, extrasaction="ignore")
        writer.writeheader()
        for r in rows:
            writer.writerow({k: _flat(r.get(k)) for k in keys})
        return
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for _, label in columns:
        table.add_column(label, overflow="fold")
    for r in rows:
        cells = []
        for key, _ in columns:
            value = r.get(key)
            if key == "status" and value:
                value = f"[{STATUS_STYLE.get(value, '')}]{value}[/]"
            cells.append("" if value is None else str(value))
        table.add_row(*cells)
    console.print(table)
    if not rows:
        console.print("[dim]nothing matches; ingest articles with 'sitroom ingest' or widen the filters[/]")


def _who(sources: list[dict[str, Any]]) -> str:
    marks = {"assert": "+", "deny": "-", "hedge": "?"}
    return ", ".join(f"{marks[s['position']]}{s['name'] or s['source']}" for s in sources)


def _numbers(series: list[dict[str, Any]]) -> str:
    parts = []
    for s in series:
        low, high, latest = s["min"], s["max"], s["latest"]
        spread = f" ({low:g}–{high:g})" if low != high else ""
        parts.append(f"{s['name'] or s['claimant']}: {latest:g}{spread}")
    return "; ".join(parts)


def _display(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for r in rows:
        r["who"] = _who(r["sources"])
        r["figures"] = _numbers(r["numbers"])
        r["actor"] = r["actor_code"] or r["actor_key"]
        r["recipient"] = r["recipient_code"] or r["recipient_key"]
        r["event"] = f"{r['actor']} {r['type']} {r['recipient']}"
        r["when"] = r["date_value"] or (f"(said {r['first_stated']})" if r["first_stated"] else "")
    return rows


CLAIM_COLUMNS = [("id", "claim"), ("when", "date"), ("event", "event"), ("place_name", "place"),
                 ("status", "status"), ("n_sources", "src"), ("n_articles", "arts"),
                 ("who", "who says (+ asserts, - denies, ? hedges)"), ("figures", "numbers: latest (range)")]


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
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Merged events as claims: who asserts, who denies, the resulting status, and the numbers given."""
    _check(fmt, since, until)
    rows = _query(db, lambda conn: _queries().list_claims(conn, status=status, actor=actor, event_type=event_type,
                                                      since=since, until=until, limit=limit))
    _emit(_display(rows) if fmt == "table" else rows, fmt, CLAIM_COLUMNS, "Claims")


@app.command()
def claim(
    claim_id: str = typer.Argument(..., help="A claim id from 'sitroom claims'."),
    fmt: str = typer.Option("table", "--format", "-f", help=FORMAT_HELP),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """One claim with every mention: article, source, stance, evidence and how it was merged."""
    _check(fmt)
    detail = _query(db, lambda conn: _queries().claim_detail(conn, claim_id))
    if detail is None:
        fail(DocumentNotFound(f"no claim with id {claim_id!r}", hint="run 'sitroom claims' to see claim ids"))
    if fmt == "json":
        sys.stdout.write(json.dumps(detail, ensure_ascii=False, indent=1) + "\n")
        return
    rows = [m | {"how": "founded" if m["match"].get("founded") else ", ".join(
        f"{k}: {v}" for k, v in m["match"].items()), "state": "superseded" if m["superseded"] else ""}
        for m in detail["mentions"]]
    if fmt == "table":
        _emit(_display([detail]), fmt, CLAIM_COLUMNS, f"Claim {claim_id}")
    _emit(rows, fmt, [("stated", "said"), ("outlet", "outlet"), ("source_name", "source"), ("stance", "stance"),
                      ("evidence_text", "evidence"), ("how", "merged because"), ("state", "")], "Mentions")


@app.command()
def timeline(
    actor: str | None = typer.Option(None, "--actor", help="Actor code on either side, e.g. PRK."),
    event_type: str | None = typer.Option(None, "--type", help="PLOVER event type, e.g. ASSAULT."),
    status: str | None = typer.Option(None, "--status", help="Only claims with this status."),
    since: str | None = typer.Option(None, "--since", help="From this date (YYYY-MM-DD)."),
    until: str | None = typer.Option(None, "--until", help="Up to this date (YYYY-MM-DD)."),
    limit: int = typer.Option(200, "--limit", "-n", help="At most this many events, oldest first."),
    fmt: str = typer.Option("table", "--format", "-f", help=FORMAT_HELP),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Events in date order with their claim status."""
    _check(fmt, since, until)
    rows = _query(db, lambda conn: _queries().timeline(conn, actor=actor, event_type=event_type, status=status,
                                                   since=since, until=until, limit=limit))
    _emit(_display(rows) if fmt == "table" else rows, fmt,
          [("when", "date"), ("event", "event"), ("place_name", "place"), ("status", "status"),
           ("who", "who says"), ("id", "claim")], "Timeline")


@app.command()
def actors(
    actor: str | None = typer.Option(None, "--actor", help="Only pairs involving this actor (country/IGO key)."),
    limit: int = typer.Option(100, "--limit", "-n", help="At most this many pairs, busiest first."),
    fmt: str = typer.Option("table", "--format", "-f", help=FORMAT_HELP),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Who acts on whom: event counts per actor pair and event type."""
    _check(fmt)
    rows = _query(db, lambda conn: _queries().actor_network(conn, actor=actor, limit=limit))
    if fmt == "table":
        for r in rows:
            r["by_type"] = ", ".join(f"{t} {n}" for t, n in sorted(r["types"].items(), key=lambda kv: -kv[1]))
    _emit(rows, fmt, [("actor", "actor"), ("recipient", "recipient"), ("events", "events"),
                      ("mentions", "mentions"), ("by_type", "by type")], "Who acts on whom")


@app.command()
def versions(
    doc: str = typer.Argument(..., help="Id (or id prefix) of any version of the story."),
    fmt: str = typer.Option("table", "--format", "-f", help=FORMAT_HELP),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """The stored versions of a story and what each update added or removed."""
    _check(fmt)
    story = _query(db, lambda conn: _queries().story_versions(conn, doc))
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
    _emit(story["versions"], fmt, [("version", "v"), ("id", "document"), ("published", "published"),
                                   ("updated", "updated"), ("events", "events"), ("quotes", "quotes"),
                                   ("numbers", "numbers"), ("title", "title")], "Versions")
    _emit(change_rows, fmt, [("to", "version"), ("what", "what"), ("change", "change")], "Changes")
