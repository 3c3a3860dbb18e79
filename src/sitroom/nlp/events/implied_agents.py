"""The police as the doer of an arrest told in the passive with no agent.

"Gascoigne has been arrested", "a 38-year-old man was arrested": crime reports name the
arresting force elsewhere in the article ("Merseyside Police said …") and leave it out of the
sentence. Arrests are made by the police, so when the article names a police body, the
nearest one told before the arrest (else the first told after it) is the actor. A passive
arrest with a ``by`` agent, or one in an article that names no police body, keeps what the
roles step found. Only arrests and inquiries are read this way ("investigations had been
started", "he was questioned"), and inquiries only where the article names a police body:
seizures, bans or curfews are done by many kinds of authority.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.nlp.events.arguments import prep_objects
from sitroom.nlp.events.frame_roles import actor_roles
from sitroom.nlp.events.patterns import Pattern
from sitroom.nlp.events.roles import actor_of
from sitroom.records import BODY_TYPES

_MODES = frozenset({"arrest", "investigate"})
_POLICE = "COP"


def _agentless_passive(token: Token) -> bool:
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children) or (
        token.dep_ == "acl" and token.tag_ == "VBN")
    return passive and not any(c.dep_ == "agent" for c in token.children)


def _agentless(token: Token, pattern: Pattern) -> bool:
    """A passive verb with no agent, or an inquiry noun that is the subject of one ("an investigation
    was opened")."""
    if pattern.pos == "VERB":
        return _agentless_passive(token)
    return pattern.mode == "investigate" and token.dep_ == "nsubjpass" and _agentless_passive(token.head)


def _police_mentions(doc: Doc) -> list[tuple[int, str]]:
    """(start offset, actor id) of every mention of a police body, in text order."""
    return sorted((start, a.id) for a in doc._.actors or [] if _POLICE in actor_roles(a.role)
                  for start, _ in a.mentions)


Roles = tuple[str | None, str | None]


def implied_police(doc: Doc, found: list[tuple[Token, Pattern]], table: dict[int, Roles]) -> None:
    """Give an agentless passive arrest the police body the article names nearest before it."""
    mentions: list[tuple[int, str]] | None = None
    for token, pattern in found:
        if pattern.mode not in _MODES or table[token.i][0] is not None or not _agentless(token, pattern):
            continue
        mentions = _police_mentions(doc) if mentions is None else mentions
        if not mentions:
            return
        before = [actor for start, actor in mentions if start < token.idx]
        actor = before[-1] if before else mentions[0][1]
        if actor != table[token.i][1]:
            table[token.i] = (actor, table[token.i][1])


def removed_from(doc: Doc, found: list[tuple[Token, Pattern]], table: dict[int, Roles]) -> None:
    """"was expelled from the ruling party", "was dismissed from the government": a body removes its own
    member, so the body named after "from" is the actor of an agentless passive removal and the member the
    recipient (the roles step, reading prepositions, takes the body for the recipient)."""
    types = {a.id: a.type for a in doc._.actors or []}
    for token, pattern in found:
        if pattern.type != "SANCTION" or pattern.pos != "VERB" or not _agentless_passive(token):
            continue
        if table[token.i][0] is not None:
            continue
        body = next((actor_of(doc, o) for p in token.children if p.dep_ == "prep" and p.lower_ == "from"
                     for o in prep_objects(p)), None)
        member = next((actor_of(doc, s) for s in token.children if s.dep_ == "nsubjpass"), None)
        if body is not None and types.get(body) in BODY_TYPES and body != member:
            table[token.i] = (body, member)
