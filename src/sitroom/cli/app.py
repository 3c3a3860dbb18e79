"""The Typer app, shared options and the mapping from coded errors to exit codes."""

from __future__ import annotations

import sys
import warnings

import typer
from rich.console import Console

from .. import __version__
from ..errors import SitroomError, SitroomWarning

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Sourced situation pictures from news.")
console = Console()
err_console = Console(stderr=True)


def _version(value: bool) -> None:
    if value:
        console.print(f"sitroom {__version__}")
        raise typer.Exit()


def _show_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                  file: object = None, line: str | None = None) -> None:
    """Coded warnings as one line for people, without the source file and line they came from."""
    from .safe_text import safe

    if issubclass(category, SitroomWarning):
        err_console.print(f"[yellow]warning[/] {safe(message)}")
    else:
        _default_showwarning(message, category, filename, lineno, file, line)  # type: ignore[arg-type]


_default_showwarning = warnings.showwarning


@app.callback()
def root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
) -> None:
    """sitroom: who did what to whom, and who says so."""
    warnings.showwarning = _show_warning


def fail(exc: SitroomError) -> None:
    from .safe_text import safe

    err_console.print(f"[bold red]error[/] {safe(exc)}")
    raise typer.Exit(exc.exit_code)


def main() -> None:
    try:
        app()
    except SitroomError as exc:  # pragma: no cover - commands catch their own
        from .safe_text import safe

        err_console.print(f"[bold red]error[/] {safe(exc)}")
        sys.exit(exc.exit_code)
