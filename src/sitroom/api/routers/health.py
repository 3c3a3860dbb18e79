"""GET /healthz: the server is up and its store answers."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from sqlalchemy import func, select

from ... import __version__
from ...store import schema
from ..deps import Conn
from ..models import Health
from ..security import require_read

router = APIRouter(tags=["health"], dependencies=[Depends(require_read)])


@router.get("/healthz", response_model=Health, summary="Liveness and store check")
def healthz(conn: Conn) -> Health:
    n = conn.execute(select(func.count()).select_from(schema.documents)).scalar_one()
    return Health(status="ok", version=__version__, documents=int(n), store=conn.engine.dialect.name)
