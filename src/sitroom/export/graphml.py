"""GraphML: the actor network; one edge per (actor, recipient) weighted by merged events, per-type counts.

Edges are directed (who acts on whom). ``weight`` is the number of merged events,
``mentions`` the article mentions behind them, and one ``n_<TYPE>`` attribute per
PLOVER type holds that type's count, so Gephi/networkx users can filter by type.
"""

from __future__ import annotations

from typing import IO, Any, get_args
from xml.sax.saxutils import quoteattr

from sqlalchemy import Connection, select, union

from ..ledger.schema import edges
from ..records import EventType
from .registry import register
from .stream import rows

TYPES: tuple[str, ...] = get_args(EventType)


def _head() -> str:
    keys = ['  <key id="label" for="node" attr.name="label" attr.type="string"/>',
            '  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>',
            '  <key id="mentions" for="edge" attr.name="mentions" attr.type="int"/>',
            '  <key id="types" for="edge" attr.name="types" attr.type="string"/>']
    keys += [f'  <key id="n_{t}" for="edge" attr.name="n_{t}" attr.type="int"/>' for t in TYPES]
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n' + "\n".join(keys) + "\n"
            '  <graph id="actors" edgedefault="directed">\n')


def _edge(n: int, actor: str, recipient: str, counts: dict[str, int], mentions: int) -> str:
    data = [f'<data key="weight">{sum(counts.values())}</data>', f'<data key="mentions">{mentions}</data>',
            f'<data key="types">{";".join(f"{t}:{c}" for t, c in sorted(counts.items()))}</data>']
    data += [f'<data key="n_{t}">{c}</data>' for t, c in sorted(counts.items())]
    return (f'    <edge id="e{n}" source={quoteattr(actor)} target={quoteattr(recipient)}>'
            + "".join(data) + "</edge>\n")


@register("graphml", "actor network: directed edges weighted by merged events, counts per type", ".graphml")
def write_graphml(conn: Connection, out: IO[str]) -> int:
    e = edges.c
    out.write(_head())
    live = e.n_claims > 0
    nodes = union(select(e.actor_key.label("key")).where(live, e.actor_key != ""),
                  select(e.recipient_key.label("key")).where(live, e.recipient_key != "")).subquery()
    for r in rows(conn, select(nodes.c.key).order_by(nodes.c.key)):
        out.write(f'    <node id={quoteattr(r.key)}><data key="label">{_escape(r.key)}</data></node>\n')
    n = 0
    pair: tuple[str, str] | None = None
    counts: dict[str, int] = {}
    mentions = 0
    query = (select(e.actor_key, e.recipient_key, e.type, e.n_claims, e.n_mentions)
             .where(live, e.actor_key != "", e.recipient_key != "").order_by(e.actor_key, e.recipient_key, e.type))
    for r in rows(conn, query):
        if pair != (r.actor_key, r.recipient_key):
            if pair is not None:
                n += 1
                out.write(_edge(n, *pair, counts, mentions))
            pair, counts, mentions = (r.actor_key, r.recipient_key), {}, 0
        counts[r.type] = r.n_claims
        mentions += r.n_mentions
    if pair is not None:
        n += 1
        out.write(_edge(n, *pair, counts, mentions))
    out.write("  </graph>\n</graphml>\n")
    return n


def _escape(text: Any) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
