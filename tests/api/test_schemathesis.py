"""Property tests from the OpenAPI document: generated requests never get a 500, and responses match the schema.

Writes are exercised without a key (they must answer 401, as documented); with a key
they would run the NLP pipeline on random text, which the uvicorn test covers once.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from sitroom.api import create_app
from sitroom.store import Store

from ..ledger.builders import story_article, story_names
from .conftest import settings_for
from .hostile import hostile_article


def _app():  # built at import: schemathesis reads the schema when the module is collected
    import tempfile
    from pathlib import Path

    path = Path(tempfile.mkdtemp(prefix="sitroom-schemathesis-")) / "s.db"
    store = Store.open(str(path))
    for name in story_names():
        store.ingest(story_article(name))
    store.ingest(hostile_article())
    return create_app(settings_for(store), store=store)


schema = schemathesis.openapi.from_asgi("/openapi.json", _app())
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.mark.slow
@schema.parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_schema(case):
    case.call_and_validate(checks=CHECKS)
