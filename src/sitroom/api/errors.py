"""Errors as JSON carrying the CLI's codes: ``{"error": {"code", "message", "where", "hint"}}``."""

from __future__ import annotations

from html import escape

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.exceptions import HTTPException
from starlette.responses import Response

from ..errors import SitroomError

HTTP_STATUS = {"E005": 413, "E011": 404, "E050": 401, "E051": 403, "E003": 422, "E004": 422, "E006": 422,
               "E012": 422, "E040": 422, "E010": 503, "E020": 503, "E021": 500}
CODE_OF_STATUS = {401: "E050", 403: "E051", 404: "E011", 413: "E005", 422: "E040"}


def body(code: str, message: str, where: str | None = None, hint: str | None = None) -> dict:
    return {"error": {"code": code, "message": message, "where": where, "hint": hint}}


def _wants_page(request: Request) -> bool:
    """A person's browser on a dashboard page gets the error as a page; everything else as JSON."""
    return not request.url.path.startswith("/api/") and "text/html" in request.headers.get("accept", "")


def _page(status: int, error: dict) -> HTMLResponse:
    parts = [f"<b>{escape(error['code'])}</b>: {escape(error['message'])}"]
    if error.get("hint"):
        parts.append(f"<p>{escape(error['hint'])}</p>")
    html = ('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>sitroom: error</title>'
            '<link rel="stylesheet" href="/static/dashboard.css"></head><body><header class="top">'
            '<a class="brand" href="/">sitroom</a></header><main><h1>Error</h1><p class="error">'
            + "".join(parts) + "</p></main></body></html>")
    return HTMLResponse(html, status_code=status)


def _response(status: int, payload: dict, request: Request | None = None) -> Response:
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    if request is not None and _wants_page(request):
        page = _page(status, payload["error"])
        page.headers.update(headers or {})
        return page
    return JSONResponse(payload, status_code=status, headers=headers)


async def sitroom_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, SitroomError)
    return _response(HTTP_STATUS.get(exc.code, 400), body(exc.code, exc.message, exc.where, exc.hint), request)


async def validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    problems = [f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors()]
    return _response(422, body("E040", "; ".join(problems) or "invalid request", hint="see /openapi.json"), request)


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    # A body that does not even decode is a validation failure like any other: one status (422) for both.
    status = 422 if exc.status_code == 400 else exc.status_code
    code = CODE_OF_STATUS.get(status, "E040")
    hint = "see /openapi.json for the API's paths" if status in (404, 405) else None
    return _response(status, body(code, str(exc.detail), hint=hint), request)


def install(app: FastAPI) -> None:
    app.add_exception_handler(SitroomError, sitroom_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(HTTPException, http_error)
