"""What the claim page shows: who says what with which stance and when, each sentence, the numbers trail."""

from __future__ import annotations

from typing import Any

from . import charts
from .highlight import segments, term_spans

STANCE_ORDER = ["asserted", "reported", "denied", "unconfirmed", "speculative", "planned", "conditional", "declined"]
STANCE_TITLES = {"asserted": "asserts", "reported": "reports", "denied": "denies", "unconfirmed": "cannot confirm",
                 "speculative": "speculates", "planned": "announces as planned", "conditional": "makes conditional",
                 "declined": "declines to comment"}


def _stance(m: dict[str, Any]) -> str:
    return "denied" if m["negated"] and m["stance"] == "asserted" else m["stance"]


def claim_context(detail: dict[str, Any]) -> dict[str, Any]:
    terms = [detail.get("actor_name"), detail.get("recipient_name"), detail.get("place_name")]
    mentions = []
    for m in detail["mentions"]:
        anchor = f"ev-{m['event_id']}"
        mentions.append(m | {
            "stance_shown": _stance(m),
            "segments": segments(m["evidence_text"], term_spans(m["evidence_text"], terms)),
            "href": f"/documents/{m['document_id']}?focus={anchor}#{anchor}",
        })
    by_stance: dict[str, list[dict[str, Any]]] = {}
    for m in sorted(mentions, key=lambda m: (m["stated"] or "", m["document_id"])):
        by_stance.setdefault(m["stance_shown"], []).append(m)
    groups = [(s, STANCE_TITLES.get(s, s), by_stance[s]) for s in STANCE_ORDER if s in by_stance]
    groups += [(s, s, v) for s, v in by_stance.items() if s not in STANCE_ORDER]
    articles: dict[str, dict[str, Any]] = {}
    for m in mentions:
        articles.setdefault(m["document_id"], {"id": m["document_id"], "outlet": m["outlet"], "url": m["url"],
                                               "stated": m["stated"]})
    figure = charts.numbers_trail(detail["numbers"]) if detail["numbers"] else None
    return {"claim": detail, "groups": groups, "mentions": mentions, "articles": list(articles.values()),
            "figure": figure}
