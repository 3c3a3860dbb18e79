"""The actor being assembled: shared by grouping, coreference and apposition so none of them imports another."""

from __future__ import annotations

from dataclasses import dataclass, field

from sitroom.nlp.actors.mentions import Mention


@dataclass
class ActorDraft:
    """An actor being assembled from its mentions (first mention decides name and code)."""

    key: tuple[str, ...]
    name: str
    type: str
    country: str | None
    role: str | None
    rule: str
    mentions: list[Mention] = field(default_factory=list)
    descriptors: set[str] = field(default_factory=set)

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        self.descriptors |= m.descriptors
