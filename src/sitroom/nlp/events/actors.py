"""A person coded by the office held when the event happened, not when the article appeared.

The actor layer codes each person once, by the article's date: an article of 2025
codes Mark Rutte as NATO. "In 2023, Rutte met …" is the Dutch prime minister
meeting someone, so that event's actor must be coded NLDGOV. An Actor record has
one code, so such an event points to a separate Actor record for the (person,
code) pair: the same name, the code valid on the event's date, the mentions that
event used, rule ``recoded_by_event_date``.

Only a person named in the text is recoded. One found from a title alone ("the NATO
chief", rule ``title_lookup``) stands for the office, and the holder on another date
may be someone else. A date that spans two offices (a year in which the person
changed jobs) recodes nothing.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from sitroom.nlp.actors.lexicon import code_person, load_actor_lexicon
from sitroom.records import Actor, Event
from sitroom.timevalues import bounds as value_bounds

_BY_TITLE = frozenset({"title_lookup"})


def _code_on(actor: Actor, days: tuple[date, date], extra: tuple[str, ...]) -> str | None:
    """The person's code over the whole stretch of days, or None when unknown or not one code."""
    codes = {code_person(actor.name, day, extra) for day in days}
    return codes.pop() if len(codes) == 1 else None


def _used_mentions(actor: Actor, event: Event) -> list[tuple[int, int]]:
    """The actor's mentions in the event's evidence, else the one nearest to it (a role borrowed
    from the clause that reports it)."""
    ev = event.evidence
    inside = [m for m in actor.mentions if ev.start <= m[0] and m[1] <= ev.end]
    if inside or not actor.mentions:
        return inside
    return [min(actor.mentions, key=lambda m: min(abs(m[0] - ev.start), abs(m[1] - ev.end)))]


class _Recoder:
    def __init__(self, doc: Doc, extra: tuple[str, ...]) -> None:
        self.doc = doc
        self.extra = extra
        self.actors: list[Actor] = list(doc._.actors or [])
        self.by_id = {a.id: a for a in self.actors}
        self.made: dict[tuple[str, str], str] = {}
        self.next_id = 1 + max((int(a.id[1:]) for a in self.actors if a.id[1:].isdigit()), default=0)

    def recoded(self, actor_id: str | None, days: tuple[date, date], event: Event) -> str | None:
        """Id of the actor record for ``actor_id`` coded on ``days`` (the same id when nothing changes)."""
        actor = self.by_id.get(actor_id) if actor_id else None
        if actor is None or actor.type != "person" or actor.rule in _BY_TITLE:
            return actor_id
        code = _code_on(actor, days, self.extra)
        if code is None or code == actor.code:
            return actor_id
        used = _used_mentions(actor, event)
        key = (actor.name, code)
        if key in self.made:
            old = self.by_id[self.made[key]]
            merged = sorted(set(old.mentions) | set(used))
            self._put(old.model_copy(update={"mentions": merged}))
            return old.id
        country, role, _ = self._office(actor, days[0])
        new = Actor(id=f"a{self.next_id}", name=actor.name, type="person", country=country, role=role,
                    code=code, mentions=sorted(set(used)), rule="recoded_by_event_date")
        self.next_id += 1
        self.made[key] = new.id
        self._put(new)
        return new.id

    def _office(self, actor: Actor, day: date) -> tuple[str | None, str | None, bool]:
        lex = load_actor_lexicon(self.extra)
        person = lex.find_person(actor.name)
        return lex.person_office(person, day) if person is not None else (None, None, False)

    def _put(self, actor: Actor) -> None:
        if actor.id in self.by_id:
            self.actors = [actor if a.id == actor.id else a for a in self.actors]
        else:
            self.actors.append(actor)
        self.by_id[actor.id] = actor


def recode_by_event_date(doc: Doc, events: list[Event], actor_files: tuple[str, ...] = ()) -> list[Event]:
    """``events`` with person actors/recipients recoded by each event's date.

    The new Actor records go to ``doc._.dated_actors``: ``doc._.actors`` belongs to the actor
    layer, and the records layer joins the two lists."""
    values = {t.id: t.value for t in doc._.times or []}
    ref: date | None = doc._.ref_date
    recoder = _Recoder(doc, actor_files)
    out = []
    for event in events:
        days = value_bounds(values.get(event.date)) if event.date else None
        # on the article's own date the actor layer's code stands (a title in the text may have set it)
        if days is None or (ref is not None and days[0] <= ref <= days[1]) or (
                event.actor is None and event.recipient is None):
            out.append(event)
            continue
        actor = recoder.recoded(event.actor, days, event)
        recipient = recoder.recoded(event.recipient, days, event)
        if (actor, recipient) != (event.actor, event.recipient):
            event = event.model_copy(update={"actor": actor, "recipient": recipient})
        out.append(event)
    doc._.dated_actors = recoder.actors[len(doc._.actors or []):]
    return out
