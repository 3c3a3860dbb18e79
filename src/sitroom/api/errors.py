"""Errors as JSON carrying the CLI's codes: ``{"error": {"code", "message", "where", "hint"}}``."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from ..errors import SitroomError

HTTP_STATUS = {"E005": 413, "E011": 404, "E050": 401, "E051": 403, "E003": 422, "E004": 422, "E006": 422,
               "E012": 422, "E040": 422, "E010": 503, "E020": 503, "E021": 500}
CODE_OF_STATUS = {401: "E050", 403: "E051", 404: "E011", 413: "E005", 422: "E040"}


def body(code: str, message: str, where: str | None = None, hint: str | None = None) -> dict:
    return {"error": {"code": code, "message": message, "where": where, "hint": hint}}


def _response(status: int, payload: dict) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(payload, status_code=status, headers=headers)


async def sitroom_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, SitroomError)
    return _response(HTTP_STATUS.get(exc.code, 400), body(exc.code, exc.message, exc.where, exc.hint))


async def validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = [f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors()]
    return _response(422, body("E040", "; ".join(problems) or "invalid request", hint="see /openapi.json"))


async def http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    # A body that does not even decode is a validation failure like any other: one status (422) for both.
    status = 422 if exc.status_code == 400 else exc.status_code
    code = CODE_OF_STATUS.get(status, "E040")
    hint = "see /openapi.json for the API's paths" if status in (404, 405) else None
    return _response(status, body(code, str(exc.detail), hint=hint))


def install(app: FastAPI) -> None:
    app.add_exception_handler(SitroomError, sitroom_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(HTTPException, http_error)
