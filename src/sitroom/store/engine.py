"""The Store: one object over a SQLAlchemy engine, migrated on open, one transaction per article or batch."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Connection, Engine, event, func, select
from sqlalchemy.exc import SQLAlchemyError

from ..errors import DocumentNotFound, StoreError, StoreMissing
from ..ingest.identity import story_key
from ..ledger import bulk
from ..ledger.update import apply_many
from ..records import Analysis
from ..tables import like_prefix
from . import schema
from .connect import INGEST_LOCK, engine_for, migrate, store_exists
from .linking import Candidate, link, stored_candidates
from .rows import ITEM_COLUMNS, document_row, item_values, now

WAL_CHECKPOINT_PAGES = 16384   # 64 MiB of 4 KiB pages
CACHE_KIB = 64 * 1024

IngestStatus = Literal["stored", "unchanged", "new_version"]


@dataclass(frozen=True)
class IngestResult:
    status: IngestStatus
    doc_id: str
    previous_id: str | None = None
    version: int = 1
    rule: str | None = None  # why it is a new version of previous_id (store.linking)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    # Checkpoint the WAL into the database every 64 MiB rather than every 1000 pages: a batch writes
    # more than that, and checkpointing each one re-copies the same index pages and syncs each
    # time (about a tenth of bulk-ingest time). Durability is WAL's either way.
    cur.execute(f"PRAGMA wal_autocheckpoint={WAL_CHECKPOINT_PAGES}")
    # A batch touches pages of every index of the claims and events tables; with SQLite's default
    # 2 MiB cache they are evicted and re-read within one transaction (a memory ceiling, not a reservation).
    cur.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    cur.execute("PRAGMA temp_store=MEMORY")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()




def _one_writer(conn: Connection) -> None:
    """Let one ingest transaction at a time decide identities, versions and claim merges.

    Two processes ingesting into one PostgreSQL database would otherwise both see an article or a
    claim as absent and both insert it (a failed batch, or one event split into two claims). The lock
    is held only while a batch is written, not while articles are analysed, which is the slow part.
    SQLite takes its database lock on the first write and needs nothing more.
    """
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({INGEST_LOCK})")


class Store:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str, *, migrate_schema: bool = True, create: bool = True) -> Store:
        """The store at ``url``; with ``create`` False (read commands) a missing store is E014, not made."""
        if "://" not in url:
            url = f"sqlite:///{url}"
        engine = engine_for(url)
        try:
            if engine.dialect.name == "sqlite":
                event.listen(engine, "connect", _sqlite_pragmas)
            if not create and not store_exists(engine):
                engine.dispose()
                raise StoreMissing("no store at that path", where=url,
                                   hint="check --db or SITROOM_DB; 'sitroom ingest' creates a store")
            if migrate_schema:
                migrate(engine)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open the store: {exc.__class__.__name__}: {exc}", where=url,
                             hint="check the --db URL, that the folder exists and is writable") from exc
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -----------------------------------------------------------
    def has(self, doc_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(schema.documents.c.id).where(schema.documents.c.id == doc_id)).first() \
                is not None

    def ingest(self, analysis: Analysis) -> IngestResult:
        """Store one article atomically: its rows, its version link and the ledger update, or nothing."""
        return self.ingest_many([analysis])[0]

    def ingest_many(self, analyses: Sequence[Analysis]) -> list[IngestResult]:
        """Store a batch in one transaction (one executemany per table, one ledger update), or nothing.

        Batching is what makes bulk ingest fast; callers that must isolate a bad article
        retry its batch one article at a time (see ``ingest_each``).
        """
        docs = schema.documents
        try:
            with bulk.no_cyclic_gc(), self.engine.begin() as conn:
                _one_writer(conn)
                ids = [a.document.id for a in analyses]
                existing = set(conn.execute(select(docs.c.id).where(docs.c.id.in_(ids))).scalars())
                keys = {a.document.id: story_key(a.document.url, a.document.outlet, a.document.title)
                        for a in analyses}
                latest = stored_candidates(conn, {k for k in keys.values() if k})
                results: list[IngestResult] = []
                stamp = now()
                doc_rows: list[dict[str, Any]] = []
                tables: dict[str, list[tuple[Any, ...]]] = {}
                ledger_items: list[tuple[Analysis, str | None]] = []
                for analysis in analyses:
                    doc_id = analysis.document.id
                    if doc_id in existing:
                        results.append(IngestResult("unchanged", doc_id))
                        continue
                    existing.add(doc_id)
                    key = keys[doc_id]
                    ref = analysis.document.reference_date
                    found = link(conn, key, latest.get(key or "", []), doc_id, analysis.document.text, ref)
                    version = found.previous.version + 1 if found.previous else 1
                    previous_id = found.previous.id if found.previous else None
                    if key and found.story_key:
                        latest.setdefault(key, []).append(
                            Candidate(doc_id, version, ref, found.story_key, analysis.document.text))
                    row = document_row(analysis, found.story_key, version, previous_id, stamp)
                    doc_rows.append({**row, "version_rule": found.rule})
                    for table_name, rows in item_values(analysis).items():
                        tables.setdefault(table_name, []).extend(rows)
                    ledger_items.append((analysis, previous_id))
                    results.append(IngestResult("new_version" if previous_id else "stored", doc_id, previous_id,
                                                version, found.rule))
                bulk.insert(conn, docs, doc_rows)
                for table_name, rows in tables.items():
                    bulk.insert_values(conn, schema.metadata.tables[table_name], ITEM_COLUMNS[table_name], rows)
                if ledger_items:
                    _apply_ledger(conn, ledger_items)
        except SQLAlchemyError as exc:
            first = analyses[0].document.id if analyses else "-"
            what = f"document {first}" if len(analyses) == 1 else f"a batch of {len(analyses)} documents"
            raise StoreError(f"could not store {what}: {exc.__class__.__name__}: {exc}",
                             hint="nothing of this batch was written; check the database and retry") from exc
        return results

    def ingest_each(self, analyses: Sequence[Analysis], *, stop_at_error: bool = False,
                    ) -> list[IngestResult | StoreError]:
        """A batch if it goes through; otherwise article by article, so one bad article fails alone.

        Errors are returned in place of results, not raised; with ``stop_at_error`` nothing after the
        first failing article is stored (``--fail-fast``).
        """
        if not analyses:
            return []
        try:
            return list(self.ingest_many(analyses))
        except StoreError as exc:
            if len(analyses) == 1:
                return [exc]
        out: list[IngestResult | StoreError] = []
        for analysis in analyses:
            try:
                out.append(self.ingest(analysis))
            except StoreError as exc:
                out.append(exc)
                if stop_at_error:
                    break
        return out

    # -- reading -----------------------------------------------------------
    def resolve_id(self, prefix: str) -> str:
        docs = schema.documents
        with self.engine.connect() as conn:
            found = conn.execute(select(docs.c.id).where(docs.c.id.like(like_prefix(prefix), escape="\\"))
                                 .limit(2)).all()
        if len(found) != 1:
            what = "no document" if not found else "more than one document"
            raise DocumentNotFound(f"{what} with id {prefix!r}", hint="run 'sitroom list' to see stored ids")
        return str(found[0].id)

    def get(self, doc_id: str) -> Analysis:
        doc_id = self.resolve_id(doc_id)
        with self.engine.connect() as conn:
            row = conn.execute(select(schema.documents.c.record).where(schema.documents.c.id == doc_id)).one()
        return Analysis.from_json(row.record)

    def documents(self, limit: int | None = None, offset: int = 0) -> list[dict]:
        docs = schema.documents
        q = select(docs.c.id, docs.c.version, docs.c.previous_id, docs.c.title, docs.c.outlet,
                   docs.c.reference_date, docs.c.n_events, docs.c.n_quotes, docs.c.ingested_at)
        q = q.order_by(docs.c.ingested_at, docs.c.id).offset(offset)
        if limit:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(schema.documents)).scalar_one())

    def iter_analyses(self, batch: int = 200) -> Iterator[Analysis]:
        """Stream stored records without holding them all in memory."""
        docs = schema.documents
        with self.engine.connect() as conn:
            result = conn.execution_options(stream_results=True, yield_per=batch).execute(
                select(docs.c.record).order_by(docs.c.ingested_at, docs.c.id))
            for row in result:
                yield Analysis.from_json(row.record)


def _apply_ledger(conn: Connection, items: list[tuple[Analysis, str | None]]) -> None:
    apply_many(conn, items)
