"""Who may read and write, how much a request may send, and the headers every response carries.

Reads are open when the server listens on a loopback address (only this machine can
reach it); every write needs a key. A server bound to another address with no key
configured refuses to start, since its store would be open to the network.
"""

from __future__ import annotations

import hmac
from typing import Any

from fastapi import Request
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import KeyMissing, KeyRejected, ServeRefused
from .keys import hash_key
from .settings import ApiSettings, is_loopback

# Article text is hostile input: no inline script, nothing from elsewhere, no framing.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
# plotly.js injects its own stylesheet as a <style> element when it loads; chart pages allow that one
# kind of inline style (elements, not attributes). Scripts stay 'self' only everywhere.
CHART_CSP = CSP.replace("style-src 'self';", "style-src 'self'; style-src-elem 'self' 'unsafe-inline';")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


def check_bind(settings: ApiSettings) -> None:
    if not is_loopback(settings.host) and not settings.key_hashes:
        raise ServeRefused(
            f"will not listen on {settings.host} with no API key configured",
            hint="create one with 'sitroom keys create' or set SITROOM_API_KEYS, or serve on 127.0.0.1")


def _bearer(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if not header:
        raise KeyMissing("this request changes the store and needs an API key",
                         hint="send 'Authorization: Bearer KEY' (keys: SITROOM_API_KEYS or 'sitroom keys create')")
    if scheme.lower() != "bearer" or not token.strip():
        raise KeyMissing("the Authorization header is not 'Bearer KEY'", hint="send 'Authorization: Bearer KEY'")
    return token.strip()


def check_key(request: Request) -> None:
    settings: ApiSettings = request.app.state.settings
    token = _bearer(request)
    if not settings.key_hashes:
        raise KeyRejected("this server has no API key configured, so it accepts no writes",
                          hint="restart it with SITROOM_API_KEYS set or after 'sitroom keys create'")
    digest = hash_key(token)
    if not any(hmac.compare_digest(digest, known) for known in settings.key_hashes):
        raise KeyRejected("the API key is not one of this server's keys", hint="check the key or create a new one")


def require_write(request: Request) -> None:
    """Dependency of every route that changes the store."""
    check_key(request)


def require_read(request: Request) -> None:
    """Reads are open on loopback (or with SITROOM_API_OPEN_READS=1); otherwise they need a key too."""
    if not request.app.state.settings.open_reads:
        check_key(request)


class BodyLimit:
    """Refuse bodies over the limit with 413, whether the client declares its length or streams it."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        limit = self.max_bytes
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await _too_large(send, limit)
            return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise HTTPException(413, f"request body over {limit} bytes")
            return message

        await self.app(scope, limited, send)


async def _too_large(send: Send, limit: int) -> None:
    import json

    body = json.dumps({"error": {"code": "E005", "message": f"request body over {limit} bytes", "where": None,
                                 "hint": "send fewer or smaller documents per request"}}).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *SECURITY_HEADERS]})
    await send({"type": "http.response.body", "body": body})


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers: list[Any] = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                headers.extend(h for h in SECURITY_HEADERS if h[0] not in present)
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)
