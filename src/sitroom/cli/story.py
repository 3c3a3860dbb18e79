"""CLI: ``sitroom story``: one screen per story (see docs/ledger.md).

The main claims with their status and who asserts, denies or cannot confirm
them; the figures over time; who said what, day by day; the articles. As
tables (compact by default, ``--wide`` for everything), JSON or Markdown.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import typer

from ..errors import BadOption, DocumentNotFound
from .app import app, console, fail
from .ledger import DB_HELP, WIDE, _check_dates, _query
from .tables import Col, render

CLAIMS = [Col("id", "claim"), Col("event", "event", 16), Col("status", "status"), Col("asserts", "asserts", 14),
          Col("denies", "denies", 10), Col("cannot_confirm", "can't conf.", 10),
          Col("when", "date", 10, wide_only=True), Col("n_articles", "arts", wide_only=True)]
NUMBERS = [Col("stated", "said", 10), Col("claimant", "claimant", 10), Col("value", "value", 8),
           Col("text", "as written", 30), Col("claim", "claim", wide_only=True)]
TIMELINE = [Col("stated", "said", 10), Col("claim_id", "claim", 9), Col("source_key", "source", 8),
            Col("stance", "stance", 11), Col("outlet", "outlet", 12), Col("evidence_text", "evidence", 24)]
ARTICLES = [Col("published", "published", 16), Col("outlet", "outlet", 16), Col("title", "title", 42),
            Col("id", "document", wide_only=True), Col("url", "url", wide_only=True)]


def _event(c: dict[str, Any]) -> str:
    return f"{c['actor_code'] or c['actor_key'] or '?'} {c['type']} {c['recipient_code'] or c['recipient_key'] or '?'}"


def _prepared(story: dict[str, Any]) -> dict[str, Any]:
    for c in story["claims"]:
        c["event"] = _event(c)
        c["when"] = c["date_value"] or c["first_stated"]
        for key in ("asserts", "denies", "cannot_confirm"):
            c[key] = " ".join(c[key])
    return story


def markdown(story: dict[str, Any]) -> str:
    """The story as a Markdown page: one section per part of the screen."""
    lines = ["# Story" + (f" around claim `{story['seed']}`" if story["seed"] else ""), "", "## Claims", "",
             "| claim | event | status | asserts | denies | cannot confirm |", "|---|---|---|---|---|---|"]
    lines += [f"| `{c['id']}` | {c['event']} | {c['status']} | {c['asserts']} | {c['denies']} | "
              f"{c['cannot_confirm']} |" for c in story["claims"]]
    lines += ["", "## Numbers over time", "", "| said | claimant | value | as written |", "|---|---|---|---|"]
    lines += [f"| {p['stated']} | {p['claimant']} | {p['value']:g} | {p['text']} |" for p in story["numbers"]]
    lines += ["", "## Timeline", "", "| said | source | stance | outlet | evidence |", "|---|---|---|---|---|"]
    lines += [f"| {t['stated']} | {t['source_key']} | {t['stance']} | {t['outlet'] or ''} | "
              f"{(t['evidence_text'] or '').replace('|', '/')} |" for t in story["timeline"]]
    lines += ["", "## Articles", ""]
    lines += [f"- {a['published'] or ''} {a['outlet'] or ''}: {a['title'] or a['id']}"
              + (f" <{a['url']}>" if a["url"] else "") for a in story["articles"]]
    return "\n".join(lines) + "\n"


@app.command()
def story(
    claim_id: str | None = typer.Argument(None, help="A claim id (or prefix): the story its articles tell."),
    actor: str | None = typer.Option(None, "--actor", help="Or: the claims of this actor (e.g. PRK) ..."),
    since: str | None = typer.Option(None, "--since", help="... from this date (YYYY-MM-DD) ..."),
    until: str | None = typer.Option(None, "--until", help="... up to this date (YYYY-MM-DD)."),
    limit: int = typer.Option(6, "--limit", "-n", help="At most this many main claims."),
    fmt: str = typer.Option("table", "--format", "-f", help="table | json | markdown"),
    wide: bool = WIDE,
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """One story on one screen: main claims and their status, who asserts / denies / cannot confirm,
    the numbers over time, the timeline and the articles."""
    if fmt not in ("table", "json", "markdown", "md"):
        fail(BadOption(f"unknown --format {fmt!r}", hint="use table, json or markdown"))
    _check_dates(since, until)
    from ..ledger.story import story as read_story  # SQLAlchemy: only for this command

    found = _query(db, lambda conn: read_story(conn, claim_id=claim_id, actor=actor, since=since, until=until,
                                               limit=limit))
    if not found["claims"]:
        fail(DocumentNotFound("no claims for this story", hint="check the claim id or widen --actor/--since"))
    if fmt == "json":
        sys.stdout.write(json.dumps(found, ensure_ascii=False, indent=1) + "\n")
        return
    found = _prepared(found)
    if fmt in ("markdown", "md"):
        sys.stdout.write(markdown(found))
        return
    render(console, found["claims"], CLAIMS, "Claims", wide)
    if found["numbers"]:
        render(console, found["numbers"], NUMBERS, "Numbers over time", wide)
    render(console, found["timeline"], TIMELINE, "Who said what", wide)
    render(console, found["articles"], ARTICLES, "Articles", wide)
