"""CLI: ``serve`` (the API and dashboard) and ``keys create``; FastAPI and uvicorn load only when called."""

from __future__ import annotations

from pathlib import Path

import typer

from ..errors import SitroomError
from .app import app, console, err_console, fail

DB_HELP = "Database URL or SQLite path (default: SITROOM_DB or ./sitroom.db)."
keys_app = typer.Typer(help="API keys for writes to 'sitroom serve' (stored hashed).", no_args_is_help=True)
app.add_typer(keys_app, name="keys")


@app.command()
def serve(
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on; not loopback needs an API key."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
) -> None:
    """Serve the REST API (/api/v1) and the dashboard (/) over the store."""
    from ..api import ApiSettings, create_app
    from ..api.security import check_bind

    try:
        settings = ApiSettings.load(db, host=host, port=port)
        check_bind(settings)
        application = create_app(settings)
    except SitroomError as exc:
        fail(exc)
    import uvicorn

    shown = f"[{host}]" if ":" in host else host
    err_console.print(f"sitroom: dashboard at http://{shown}:{port}/ · API at http://{shown}:{port}/api/v1 "
                      f"({settings.db_url}; {len(settings.key_hashes)} API key(s) for writes)")
    uvicorn.run(application, host=host, port=port, log_level="info", server_header=False, proxy_headers=False)


@keys_app.command("create")
def keys_create(
    name: str = typer.Option("default", "--name", help="A label to tell keys apart."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    keys_file: Path | None = typer.Option(None, "--file", help="Keys file (default: beside the SQLite store, "
                                                                "or SITROOM_API_KEYS_FILE)."),
) -> None:
    """Create an API key: printed once; only its hash is kept (the server reads it at start)."""
    from ..api.keys import create_key
    from ..api.settings import default_keys_file
    from ..config import Settings

    path = keys_file or default_keys_file((Settings(db=db) if db else Settings()).db_url)
    try:
        key = create_key(path, name)
    except OSError as exc:
        fail(SitroomError(f"cannot write the keys file: {exc}", where=str(path), hint="check the folder"))
    console.print(key, highlight=False, soft_wrap=True)
    err_console.print(f"key {name!r} saved (hashed) in {path}; restart 'sitroom serve' to use it. "
                      "Send it as 'Authorization: Bearer KEY'; it is not shown again.")
